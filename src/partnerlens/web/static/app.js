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

(function () {
  // Sortable tables: each column heading of a data table becomes a button; numbers sort by value ("$2.1 million" < "$1.2 billion").
  const scale = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };
  function value(text) {
    const m = text.replace(/,/g, "").match(/(-?\d+(?:\.\d+)?)\s*(thousand|million|billion|trillion)?/);
    return m ? parseFloat(m[1]) * (scale[m[2]] || 1) : null;
  }
  document.querySelectorAll("table.data").forEach(function (table) {
    const body = table.tBodies[0];
    if (!table.tHead || !body || body.rows.length < 2) return;
    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th, column) {
      const button = document.createElement("button");
      button.type = "button";
      button.className = "sort";
      button.textContent = th.textContent;
      th.replaceChildren(button);
      button.addEventListener("click", function () {
        const ascending = th.getAttribute("aria-sort") !== "ascending";
        Array.prototype.forEach.call(table.tHead.rows[0].cells, function (c) { c.removeAttribute("aria-sort"); });
        th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
        const rows = Array.prototype.slice.call(body.rows);
        rows.sort(function (r1, r2) {
          const a = (r1.cells[column] || {}).textContent || "", b = (r2.cells[column] || {}).textContent || "";
          const x = value(a), y = value(b);
          const order = x !== null && y !== null ? x - y : a.localeCompare(b);
          return ascending ? order : -order;
        });
        rows.forEach(function (r) { body.appendChild(r); });
      });
    });
  });
})();
