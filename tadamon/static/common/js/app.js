// Small progressive enhancements; every page works without JavaScript.
document.addEventListener("DOMContentLoaded", () => {
  // Auto-submitting filter selects (the directory re-renders its results through htmx).
  document.querySelectorAll("[data-autosubmit] select, [data-autosubmit] input[type=checkbox]").forEach((el) => {
    el.addEventListener("change", () => el.form.requestSubmit());
  });
  // Focus the first field with an error so phone users land on it.
  const invalid = document.querySelector(".field.has-error input, .field.has-error select, .field.has-error textarea");
  if (invalid) invalid.focus();
});

// Wide screens have room for every filter: open the "more filters" panel there.
if (window.matchMedia("(min-width: 40rem)").matches) {
  document.querySelectorAll("details.more-filters").forEach((details) => { details.open = true; });
}
