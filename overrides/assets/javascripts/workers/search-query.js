/* What a reader types, turned into the words the search index holds (pure functions).
 *
 * Runs inside the search worker (search-worker.js loads it before Material's worker)
 * and, for the tests, in a page. Nothing here touches lunr or the index directly: the
 * caller passes what it knows about the index as a `lexicon`:
 *   separator   the RegExp the index was cut into words with (the index's config.separator)
 *   normalize   word -> the word as the index stores it (trimmed), or "" for a stop word
 *   frequency   word -> how many index entries contain it (0: not in the index)
 *   entries     how many entries the index has
 */
var SearchQuery = (function () {
  "use strict";

  // Han characters, as hooks/search/split.py counts them: the build cuts runs of
  // them into words with jieba, and a query has to be cut into the same words.
  var HAN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+/g;
  var HAN_CHAR = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/;

  // A name as it appears in commands and prose: a flag (--build-arg, -it), a file
  // name (.dockerignore, devcontainer.json), a path (/etc/docker/daemon.json), an
  // image reference (python:3.12-slim, nvidia/cuda) or a hyphenated word (multi-stage).
  // The index's separator cuts these into plain words; the `names` field keeps each
  // one whole, as a single token made of its words joined by "_" (the separator
  // never cuts at "_"), so that the reader who types the name finds that name first.
  var NAME_RUN = /[0-9A-Za-z_.\/:@~+-]+/g;
  var NAME_PART = /[0-9A-Za-z_]+/g;
  var FLAG = /^-{1,2}(?=[A-Za-z])/;           // -it, --rm, not -1 or --
  var DOTFILE = /^\.(?=[A-Za-z])/;             // .env, .dockerignore, not ./dist
  var PATH_START = /^(?:~|\.{1,2})?\/+/;       // /etc, ./dist, ../x, ~/.bashrc
  var COMPONENT_START = /[\/:](?=[0-9A-Za-z_.-])/g;  // where a path or image reference has an inner name

  // A flag and a dotfile differ from the plain word (-it is not "it", .env is not ENV).
  var FLAG_MARK = "_", DOTFILE_MARK = "__";

  // How many characters one Chinese word in the index can have: jieba's words are short.
  var LONGEST_WORD = 12;

  // The words that make a Chinese question a question. lunr's English stop words drop
  // how, what, why and can from English queries; lunr.zh's stop words have none of these,
  // and every lesson's self-check asks 为什么, so they would rank pages by their questions.
  var QUESTION_WORDS = ["怎么", "怎样", "怎么样", "如何", "为什么", "为何", "什么", "哪些", "哪个", "哪里",
    "吗", "呢", "吧", "是否", "能否", "有没有", "请问"];

  function nameToken(run) {
    var mark = "";
    if (FLAG.test(run)) { mark = FLAG_MARK; run = run.replace(FLAG, ""); }
    else {
      run = run.replace(PATH_START, "");
      if (DOTFILE.test(run)) { mark = DOTFILE_MARK; run = run.slice(1); }
    }
    var parts = (run.match(NAME_PART) || []).map(function (part) { return part.toLowerCase(); });
    // One plain word is already a word of the index; a marked one is not.
    return parts.length > 1 || (mark && parts.length) ? mark + parts.join("_") : "";
  }

  /* The names in `text`, one token each. With `inner`, also the names inside paths and
   * image references (daemon.json in /etc/docker/daemon.json, cuda:12.4 in
   * nvidia/cuda:12.4), so that the reader may type only the end of one. */
  function names(text, inner) {
    var found = [];
    (text.match(NAME_RUN) || []).forEach(function (run) {
      run = run.replace(/[.:\/@~+-]+$/, "");   // the full stop after "see compose.yaml."
      var token = nameToken(run);
      if (!token) return;
      found.push(token);
      if (!inner) return;
      var match;
      COMPONENT_START.lastIndex = 0;
      while ((match = COMPONENT_START.exec(run))) {
        var tail = nameToken(run.slice(match.index + 1));
        if (tail && tail.indexOf("_") > 0) found.push(tail);  // still a compound name
      }
    });
    return found;
  }

  /* A run of Han characters cut into the index's words, the way jieba cut the pages:
   * the most probable sequence of words, a word's probability being how often the
   * index has it. A character no index word covers stays on its own; neighbouring
   * ones are merged ("显卡" stays "显卡"). Returns [{word, known}]. */
  function segment(run, lexicon) {
    var total = Math.max(lexicon.entries, 1);
    var unknownCost = Math.log(total) + 2;   // dearer than any word the index has
    var best = [{ cost: 0, from: -1, known: true }];
    for (var end = 1; end <= run.length; end++) {
      best[end] = { cost: Infinity, from: end - 1, known: false };
      for (var start = Math.max(0, end - LONGEST_WORD); start < end; start++) {
        var count = lexicon.frequency(run.slice(start, end));
        var cost = count > 0 ? Math.log(total / count) : (end - start === 1 ? unknownCost : Infinity);
        if (best[start].cost + cost < best[end].cost)
          best[end] = { cost: best[start].cost + cost, from: start, known: count > 0 };
      }
    }
    var words = [];
    for (var at = run.length; at > 0; at = best[at].from) {
      var word = run.slice(best[at].from, at);
      var previous = words[0];
      if (!best[at].known && previous && !previous.known) previous.word = word + previous.word;
      else words.unshift({ word: word, known: best[at].known });
    }
    return words;
  }

  /* The words of a query, in order, without stop words and question words. Text outside
   * Han runs is cut by the index's own separator and normalized by its own pipeline. */
  function words(text, lexicon) {
    var found = [];
    text.split(lexicon.separator).forEach(function (piece) {
      var at = 0;
      piece.replace(HAN, function (run, index) {
        add(piece.slice(at, index));
        segment(run, lexicon).forEach(function (part) {
          add(part.word);
        });
        at = index + run.length;
        return run;
      });
      add(piece.slice(at));
    });
    function add(piece) {
      var word = piece && lexicon.normalize(piece);
      if (word && QUESTION_WORDS.indexOf(word) < 0) found.push(word);
    }
    return found;
  }

  function unique(list) {
    return list.filter(function (item, index) { return list.indexOf(item) === index; });
  }

  /* An English word without its plural ending, by Harman's "S" stemmer (1991), the
   * lightest of stemmers: the search worker adds it to the index's pipeline, so that
   * digest finds digests and vulnerabilities finds vulnerability, while container stays
   * apart from contain (Porter's stemmer joins them) and every index word stays a word
   * (search suggestions show index words). Words of three letters or fewer are kept (ps). */
  function singular(word) {
    if (/[^ae]ies$/.test(word)) return word.slice(0, -3) + "y";
    if (/[^aeo]es$/.test(word)) return word.slice(0, -1);
    if (/[^us]s$/.test(word) && word.length > 3) return word.slice(0, -1);
    return word;
  }

  /* The query a reader typed, as search terms:
   *   words    what the reader is searching for, as index words: {word, partial} each,
   *            `partial` when it may still be being typed (the last word, no space after
   *            it), so that longer words count too (entryp -> entrypoint). Material
   *            reports each as found or missing in each result.
   *   terms    what is looked up: {term, fields, prefix, boost}
   * Characters that lunr's query syntax reads as operators (+ - ~ ^ : * ") are plain
   * text here: "-it" is a flag, not "without it". */
  function compile(query, lexicon, weights) {
    var text = String(query).normalize("NFKC").toLowerCase();
    var open = /\S$/.test(text);
    var typed = unique(words(text, lexicon));
    var last = open ? words(text.split(/\s+/).pop(), lexicon).pop() : undefined;
    var terms = [];

    function prefix(term, fields, known) {
      // What is still being typed (entryp -> entrypoint). A word the index has is most
      // likely complete: its prefix only adds longer words, at a low weight
      // (container -> containerEnv). One letter would find everything.
      if (term.length > 1 || HAN_CHAR.test(term))
        terms.push({ term: term, fields: fields, prefix: true, boost: known ? weights.prefixOfWord : weights.prefix });
    }

    var found = typed.map(function (word) {
      var known = lexicon.frequency(word) > 0;
      if (known) terms.push({ term: word, fields: HAN_CHAR.test(word) ? weights.hanFields : weights.wordFields, prefix: false, boost: weights.exact });
      if (word === last) prefix(word, weights.wordFields, known);
      return { word: word, partial: word === last };
    });

    var lastName = open ? lexicon.normalize(names(text.split(/\s+/).pop(), false).pop() || "") : "";
    var named = unique(names(text, false).map(lexicon.normalize).filter(Boolean)).map(function (name) {
      terms.push({ term: name, fields: [weights.namesField], prefix: false, boost: weights.exact });
      if (name === lastName) prefix(name, [weights.namesField], false);
      return { word: name, partial: name === lastName };
    });
    return { words: found.length ? found : named, terms: terms };
  }

  /* The words of an index entry's title or text (HTML), in order, as the index holds
   * them (without stop words). */
  function tokens(html, lexicon) {
    return html.replace(/<[^>]*>/g, " ").toLowerCase().split(lexicon.separator).map(lexicon.normalize).filter(Boolean);
  }

  // A word the reader typed is in the entry when the index word is the same, or, for a
  // word still being typed, begins with it (what the prefix search finds).
  function found(word, token) {
    return token === word.word || (word.partial && token.indexOf(word.word) === 0);
  }

  function anyFound(word, list) {
    return list.some(function (token) { return found(word, token); });
  }

  // The share of neighbouring query words that stand close together in `list`
  // (at most two other words between them).
  var NEAR = 3;
  function adjacency(words, list) {
    if (words.length < 2) return 0;
    var pairs = 0;
    for (var i = 0; i + 1 < words.length; i++) {
      for (var at = 0; at < list.length; at++) {
        if (!found(words[i], list[at])) continue;
        if (anyFound(words[i + 1], list.slice(at + 1, at + 1 + NEAR))) { pairs++; break; }
      }
    }
    return pairs / (words.length - 1);
  }

  /* Results in the order a learner would rank them. `results` are lunr's
   * ({ref, score, matched: the index words each entry matched}); `entry(ref)` gives an
   * entry's {title, text} as tokens(). On top of lunr's score (word counts, weighted by
   * field and page), an entry counts for more when it has
   *   all the query's words        coverage², as a title that has one word of two
   *                                 should not beat a section that has both
   *   them side by side            phrase: "docker exec" as a command, not two mentions
   *   a title that is about them   the share of the title the query covers: 容器是什么
   *                                 is about 容器, 与容器相处：运行、查看、进入、停止 less so
   *   a page that teaches them     every entry of a page gains with the number of its
   *                                 entries that have the whole query
   * The weights are in `weights.rank` (search-worker.js). Returns results, best first. */
  function rank(compiled, results, entry, weights) {
    var words = compiled.words;
    var scored = results.map(function (result) {
      var have = words.filter(function (word) { return anyFound(word, result.matched); });
      var parts = entry(result.ref), title = parts.title;
      var about = title.length ? title.filter(function (token) {
        return words.some(function (word) { return found(word, token); });
      }).length / title.length : 0;
      var phrase = Math.max(adjacency(words, parts.title), adjacency(words, parts.text));
      var coverage = words.length ? have.length / words.length : 1;
      return {
        result: result, page: result.ref.split("#")[0],
        // The whole query: every word, and side by side when there are several.
        complete: have.length === words.length && (words.length < 2 || phrase === 1),
        score: result.score * coverage * coverage * (1 + weights.phrase * phrase) * (1 + weights.title * about)
      };
    });
    var taught = {};
    scored.forEach(function (item) { if (item.complete) taught[item.page] = (taught[item.page] || 0) + 1; });
    scored.forEach(function (item) {
      item.result.score = item.score * (1 + weights.page * Math.log2(Math.max(taught[item.page] || 1, 1)));
    });
    return scored.map(function (item) { return item.result; })
      .sort(function (a, b) { return b.score - a.score; });
  }

  return { names: names, segment: segment, words: words, singular: singular, compile: compile, tokens: tokens, rank: rank };
})();
