/* The search worker: Material's own, with the reader's query read by search-query.js.
 *
 * overrides/partials/lazy-search.html starts this file instead of Material's worker and
 * names Material's worker in the `material` parameter of its URL. Material's worker
 * still builds the lunr index, and finds, highlights and groups the results; what
 * changes is how a query becomes lunr terms, and their order. Material rewrites the
 * query text before lunr parses it (transformSearchQuery: a leading "-" means "must not
 * contain", every word gets a "*") and segments Chinese by a greedy match against the
 * index that gives up at the first character no index word starts with (a stop word
 * such as 从) and then searches the whole question as one word. Neither has an option,
 * so this file answers for lunr at the two places Material asks it to read a query:
 *   - lunr.QueryParser#parse (Material's analysis of the query): the reader's words,
 *     so each result shows which of them it has, and the page highlights them;
 *   - lunr.Index#search (the search): the terms search-query.js compiled, the results
 *     put in order by search-query.js's rank().
 * Before Material builds the index, each entry gets the `names` field (flags, file
 * names, paths, image references: see search-query.js) when the index declares it, and
 * lunr's pipeline gets SearchQuery.singular, for the index and the queries alike.
 *
 * Runs in a real worker online, and in iframe-worker's iframe on file:// (the offline
 * edition), where importScripts is asynchronous and `document.currentScript` is this file.
 */
(function () {
  "use strict";
  var SETUP = 0, QUERY = 2;   // Material's worker messages (SearchMessageType)
  var NAMES = "names";

  var WEIGHTS = {
    // A word counts three times a longer word it begins (entryp -> entrypoint), ten
    // times when it is a word of the index itself (container -> containerEnv).
    exact: 3, prefix: 1, prefixOfWord: 0.3,
    namesField: NAMES, wordFields: ["title", "text"], hanFields: ["title", "text", "subwords"],
    // search-query.js's rank(): the most a phrase, a title about the query, and a page
    // having the whole query in two entries add to an entry's score.
    rank: { phrase: 1, title: 1, page: 0.25 }
  };

  var here = typeof document !== "undefined" && document.currentScript
    ? document.currentScript.src : self.location.href;
  var material = new URL(here).searchParams.get("material");

  var entries = {};      // the index entries by location
  var built = null;      // {index, lexicon, tokens} of the index Material built
  var query = null, compiled = null;

  // Registered before Material's worker is loaded, so it sees each message first.
  addEventListener("message", function (event) {
    var message = event.data;
    if (message.type === SETUP) prepare(message.data);
    else if (message.type === QUERY && built) {
      query = String(message.data);
      compiled = null;
      // Material's own rewriting of the text still runs first, and drops what lunr would
      // read as operators; when nothing is left ("entrypoint:") it answers "no results"
      // without asking lunr. So Material gets the reader's words, which it keeps.
      message.data = current().words.map(function (word) { return word.word; }).join(" ");
    }
  });

  function current() {
    return compiled || (compiled = SearchQuery.compile(query, built.lexicon, WEIGHTS));
  }

  function prepare(data) {
    patchLunr(self.lunr);
    entries = {};
    data.docs.forEach(function (doc) {
      entries[doc.location] = doc;
      if (!(NAMES in data.config.fields)) return;
      var found = SearchQuery.names(doc.title + " " + doc.text.replace(/<[^>]*>/g, " "), true);
      if (found.length) doc[NAMES] = found.join(" ");
    });
  }

  // What search-query.js needs to know about the index (see its header).
  function lexiconOf(lunr, index, pipeline) {
    var fields = index.fields, count = Object.keys(entries).length;
    return {
      separator: lunr.tokenizer.separator,   // the index's config.separator, set by Material
      entries: count,
      normalize: function (word) {
        var tokens = pipeline.run([new lunr.Token(word, {})]);
        return tokens.length ? tokens[0].toString() : "";
      },
      frequency: function (word) {
        var posting = index.invertedIndex[word];
        if (!posting) return 0;
        var refs = {};
        fields.forEach(function (field) { Object.assign(refs, posting[field]); });
        return Object.keys(refs).length;
      }
    };
  }

  function patchLunr(lunr) {
    if (lunr.Index.prototype.search.searchQuery) return;

    function singular(token) {
      return token.update(SearchQuery.singular);
    }
    lunr.Pipeline.registerFunction(singular, "singular");
    var add = lunr.Builder.prototype.add;
    lunr.Builder.prototype.add = function () {
      if (this.pipeline._stack.indexOf(singular) < 0) this.pipeline.add(singular);
      return add.apply(this, arguments);
    };

    var build = lunr.Builder.prototype.build;
    lunr.Builder.prototype.build = function () {
      var index = build.apply(this, arguments);
      // The pipeline the index's words went through (trimmer, stop words, singular).
      var lexicon = lexiconOf(lunr, index, this.pipeline), tokens = {};
      built = {
        index: index, lexicon: lexicon,
        tokens: function (ref) {
          var doc = entries[ref] || { title: "", text: "" };
          return tokens[ref] || (tokens[ref] = {
            title: SearchQuery.tokens(doc.title, lexicon), text: SearchQuery.tokens(doc.text, lexicon)
          });
        }
      };
      return index;
    };

    var parse = lunr.QueryParser.prototype.parse;
    lunr.QueryParser.prototype.parse = function () {
      if (query === null || built === null) return parse.apply(this, arguments);
      var target = this.query;
      current().words.forEach(function (word) {
        target.clause({ term: word.word, usePipeline: false, wildcard: lunr.Query.wildcard.TRAILING });
      });
      return target;
    };

    var search = lunr.Index.prototype.search;
    lunr.Index.prototype.search = function () {
      if (query === null || built === null || this !== built.index) return search.apply(this, arguments);
      var terms = current(), fields = this.fields;
      var results = this.query(function (target) {
        terms.terms.forEach(function (term) {
          target.clause({
            term: term.term, boost: term.boost, usePipeline: false,
            fields: term.fields.filter(function (field) { return fields.indexOf(field) >= 0; }),
            wildcard: term.prefix ? lunr.Query.wildcard.TRAILING : lunr.Query.wildcard.NONE
          });
        });
      });
      var ranked = SearchQuery.rank(terms, results.map(function (result) {
        return { ref: result.ref, score: result.score, matched: Object.keys(result.matchData.metadata), lunr: result };
      }), built.tokens, WEIGHTS.rank);
      return ranked.map(function (item) {
        item.lunr.score = item.score;
        return item.lunr;
      });
    };
    lunr.Index.prototype.search.searchQuery = true;
  }

  importScripts(new URL("search-query.js", here).href, new URL(material, here).href);
})();
