// Behaviour of the site shell, kept out of the pages: the Content-Security-Policy
// allows scripts from the site's own files only, never inline ones.
"use strict";

// A select that submits its form as soon as a choice is made (the language switch).
for (const select of document.querySelectorAll("select[data-submit-on-change]")) {
  select.addEventListener("change", () => select.form.submit());
}
