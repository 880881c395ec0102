// The review's rows (archive/_review_rows.html): a municipality or organisation picked
// from the directory's suggestions fills its row, the bare name in the name box and the
// country or kind in the row's select, so the row reads as it will be saved.
"use strict";

document.addEventListener("directory:picked", (event) => {
  const input = event.target;
  const row = input.closest("fieldset.rows tr");
  const fields = event.detail.fields || {};
  if (!row || !fields.name) return;
  input.value = fields.name;
  for (const [part, value] of Object.entries(fields)) {
    const select = row.querySelector(`select[name$="-${part}"]`);
    if (select && [...select.options].some((option) => option.value === value)) {
      select.value = value;
    }
  }
});
