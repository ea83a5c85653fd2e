// partnerlens pages: party autocomplete. Charts are inline SVG rendered on the server, as in the brief.
"use strict";

(function () {
  // Autocomplete: fill the shared <datalist> with parties matching what is typed (codes and names).
  const options = document.getElementById("party-options");
  let pending = null;
  document.querySelectorAll("input[data-autocomplete]").forEach(function (input) {
    input.addEventListener("input", function () {
      const q = input.value.trim();
      if (!options || q.length < 1) return;
      clearTimeout(pending);
      pending = setTimeout(function () {
        fetch("/api/parties?limit=12&q=" + encodeURIComponent(q))
          .then(function (r) { return r.ok ? r.json() : { parties: [] }; })
          .then(function (body) {
            options.replaceChildren.apply(options, body.parties.map(function (p) {
              const o = document.createElement("option");
              o.value = p.code;
              o.label = p.name + (p.kind === "group" ? " (group)" : "");
              o.textContent = o.label;
              return o;
            }));
          });
      }, 120);
    });
  });

  // GET forms leave out blank fields, so that a blank year means "the latest year" rather than an invalid one.
  document.querySelectorAll('form[method="get"]').forEach(function (form) {
    form.addEventListener("submit", function () {
      form.querySelectorAll("input").forEach(function (input) { input.disabled = input.value === ""; });
      setTimeout(function () { form.querySelectorAll("input").forEach(function (input) { input.disabled = false; }); }, 0);
    });
  });
})();

(function () {
  // A table or chart wider than the screen scrolls inside its box; make that box reachable from the keyboard.
  function focusable() {
    document.querySelectorAll("main table, main .chart, main .table-box").forEach(function (box) {
      const scrolls = box.scrollWidth > box.clientWidth + 1;
      if (scrolls && !box.hasAttribute("tabindex")) {
        box.setAttribute("tabindex", "0");
        if (!box.hasAttribute("aria-label") && box.tagName !== "TABLE") box.setAttribute("aria-label", "scrollable chart");
      } else if (!scrolls && box.getAttribute("tabindex") === "0") {
        box.removeAttribute("tabindex");
      }
    });
  }
  focusable();
  window.addEventListener("resize", focusable);
})();
