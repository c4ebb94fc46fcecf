// Small progressive enhancements; every page works without JavaScript.
document.addEventListener("DOMContentLoaded", () => {
  // Auto-submitting filter selects (the directory re-renders its results through htmx).
  document.querySelectorAll("[data-autosubmit] select, [data-autosubmit] input[type=checkbox]").forEach((el) => {
    el.addEventListener("change", () => el.form.requestSubmit());
  });
  // Focus the first field with an error so phone users land on it; a refusal that names no field (a stock
  // too low to confirm an order) has only its error summary: focus that, it may be far down the page.
  const invalid = document.querySelector(".field.has-error input, .field.has-error select, .field.has-error textarea");
  const summary = document.querySelector(".error-summary[tabindex]");
  if (invalid) invalid.focus();
  else if (summary) summary.focus();
  labelTableCells(document);
});

// Cards on a phone (.table-cards in main.css): a cell without its column's name gets it from the table's head.
function labelTableCells(root) {
  root.querySelectorAll("table.table-cards").forEach((table) => {
    const names = Array.from(table.querySelectorAll("thead th"), (th) => th.textContent.trim());
    table.querySelectorAll("tbody tr, tfoot tr").forEach((row) => {
      let column = 0;
      Array.from(row.cells).forEach((cell) => {
        if (cell.tagName === "TD" && !cell.hasAttribute("data-label") && !cell.classList.contains("empty")) {
          cell.setAttribute("data-label", names[column] || "");
        }
        column += cell.colSpan || 1;
      });
    });
  });
}

// Results swapped in by htmx after a filter changed: bring them into view (a phone shows the filters, the
// results land below the screen). Not while the person types in the search box: the box keeps the focus.
document.addEventListener("htmx:afterSwap", (event) => {
  labelTableCells(event.detail.target);
  const trigger = event.detail.requestConfig && event.detail.requestConfig.triggeringEvent;
  if (trigger && trigger.type === "input") return;
  const target = event.detail.target;
  const landing = target.matches("[data-reveal]") ? target : target.querySelector("[data-reveal]");
  if (!landing) return;
  const top = landing.getBoundingClientRect().top;
  if (top < 0 || top > window.innerHeight * 0.6) landing.scrollIntoView({ block: "start" });
  landing.focus({ preventScroll: true });
});

// Wide screens have room for every filter: open the "more filters" panel there.
if (window.matchMedia("(min-width: 40rem)").matches) {
  document.querySelectorAll("details.more-filters").forEach((details) => { details.open = true; });
}
