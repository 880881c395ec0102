// Follows a round's computation: polls its progress and reloads the page when it is done.
// Without JavaScript, a <noscript> meta refresh reloads the page instead.
(function () {
  "use strict";
  var bar = document.querySelector("progress[data-progress-url]");
  if (!bar || !window.fetch) { return; }
  var note = document.querySelector(".round-progress-note");
  function poll() {
    fetch(bar.dataset.progressUrl, { headers: { Accept: "application/json" }, credentials: "same-origin" })
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(function (data) {
        if (!data) { window.setTimeout(poll, 5000); return; }
        bar.value = data.progress;
        bar.textContent = data.progress + " %";
        if (note) { note.textContent = data.note; }
        if (data.done) { window.location.reload(); } else { window.setTimeout(poll, 1000); }
      })
      .catch(function () { window.setTimeout(poll, 5000); });
  }
  window.setTimeout(poll, 1000);
})();
