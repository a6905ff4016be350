// Task-list ticks (the start page's learning path) persist in this browser's
// localStorage, so they survive reloads, online and from file://.
// An item is known by the page it links to, relative to its language's root, so
// a tick made on the Chinese start page shows on the English one too. Without
// JavaScript the boxes stay disabled, as pymdownx.tasklist renders them.
(function () {
  var STORE = "docker-notes.learning-path";

  function load() {
    try {
      return JSON.parse(localStorage.getItem(STORE)) || {};
    } catch (error) {
      return {};
    }
  }

  function save(ticks) {
    try {
      localStorage.setItem(STORE, JSON.stringify(ticks));
    } catch (error) {
      // Storage disabled or full: the tick lasts until the page is left.
    }
  }

  // Material's __config.base is this language's root (see hooks/material_config.py).
  function languageRoot() {
    var config = JSON.parse(document.getElementById("__config").textContent);
    return new URL(config.base.replace(/\/?$/, "/"), location.href).href;
  }

  function relative(url, root) {
    var href = url.split("#")[0].replace(/index\.html$/, "");
    return href.indexOf(root) === 0 ? href.slice(root.length) : href;
  }

  function itemKey(item, index, root) {
    var link = item.querySelector("a[href]");
    return link ? relative(link.href, root) : relative(location.href, root) + "#" + index;
  }

  document$.subscribe(function () {
    var root = languageRoot();
    var ticks = load();
    document.querySelectorAll(".task-list-item").forEach(function (item, index) {
      var box = item.querySelector("input[type=checkbox]");
      if (!box) return;
      var key = itemKey(item, index, root);
      if (typeof ticks[key] === "boolean") box.checked = ticks[key];
      box.disabled = false;
      box.addEventListener("change", function () {
        var current = load();
        current[key] = box.checked;
        save(current);
      });
    });
  });
})();
