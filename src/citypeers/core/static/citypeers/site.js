// Behaviour of the site shell, kept out of the pages: the Content-Security-Policy
// allows scripts from the site's own files only, never inline ones.
"use strict";

// A select that submits its form as soon as a choice is made (the language switch).
for (const select of document.querySelectorAll("select[data-submit-on-change]")) {
  select.addEventListener("change", () => select.form.submit());
}

// A form sent back with errors: its summary takes the focus, so it is announced and a
// keyboard user starts from it; each link in it moves the focus to its field.
const summary = document.querySelector("[data-error-summary]");
if (summary) {
  summary.focus();
  for (const link of summary.querySelectorAll("a[href^='#']")) {
    link.addEventListener("click", (event) => {
      const field = document.getElementById(link.getAttribute("href").slice(1));
      if (field) {
        event.preventDefault();
        field.focus();
        field.scrollIntoView({ block: "center" });
      }
    });
  }
}
