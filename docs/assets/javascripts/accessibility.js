// Material wraps each code block's buttons (copy, ...) in an unnamed <nav>, so a
// page with several code blocks has several identical "navigation" landmarks
// that a screen reader lists as noise. They are a block's tools, not site
// navigation: drop the landmark role; the buttons keep their names.
// `document$` is Material's page-load stream (it also fires on instant loading).
document$.subscribe(function () {
  document.querySelectorAll(".md-code__nav:not([role])").forEach(function (nav) {
    nav.setAttribute("role", "none");
  });
});
