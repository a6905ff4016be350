// The copy button of a console session copies only its commands: no prompts
// ("$ ") and no output lines. Material copies a block's whole text unless the
// block (or an ancestor) carries data-copy; this sets it on every block that
// has prompts (Pygments marks them .gp, output lines .go). Pygments also takes
// "# Don't forget -a" or "%Cpu(s):" for prompts: a "#" or "%" prompt counts only
// when a command follows it (lowercase first word, no Chinese), the rule the
// snippet check uses too (hooks/snippets/blocks.py, looks_like_command).
(function () {
  // Lines of a code element as {text, prompt}; prompts and output are left out of text.
  function lines(code) {
    var result = [{ text: "", prompt: false }];
    function newLines(count) {
      for (var i = 0; i < count; i++) result.push({ text: "", prompt: false });
    }
    function walk(node) {
      node.childNodes.forEach(function (child) {
        if (child.nodeType === Node.TEXT_NODE) {
          var parts = child.data.split("\n");
          result[result.length - 1].text += parts[0];
          parts.slice(1).forEach(function (part) {
            newLines(1);
            result[result.length - 1].text = part;
          });
        } else if (child.nodeType !== Node.ELEMENT_NODE) {
          return;
        } else if (child.classList.contains("gp")) {
          result[result.length - 1].prompt = child.textContent.trim();
        } else if (child.classList.contains("go")) {
          newLines(child.textContent.split("\n").length - 1);
        } else if (!child.classList.contains("md-annotation")) {
          walk(child);
        }
      });
    }
    walk(code);
    return result;
  }

  var AMBIGUOUS_PROMPT = /^[#%]$/;
  function looksLikeCommand(text) {
    var word = text.trim().split(/\s+/)[0] || "";
    return /^[a-z0-9_.\/:=-]+$/.test(word) && !/[\u3400-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef]/.test(text);
  }

  // A command starts at a prompt and goes on while its lines end with a backslash.
  function commands(code) {
    var kept = [];
    var continues = false;
    lines(code).forEach(function (line) {
      var isCommand = line.prompt && (!AMBIGUOUS_PROMPT.test(line.prompt) || looksLikeCommand(line.text));
      if (isCommand || continues) {
        kept.push(line.text);
        continues = /\\$/.test(line.text);
      }
    });
    return kept.join("\n");
  }

  document$.subscribe(function () {
    document.querySelectorAll(".highlight code").forEach(function (code) {
      if (code.querySelector(".gp")) code.setAttribute("data-copy", commands(code));
    });
  });
})();
