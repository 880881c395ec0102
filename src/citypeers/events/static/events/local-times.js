// Shows an event's times in the viewer's own time zone when it is not a party's zone.
// The page holds only an empty, hidden placeholder with the sentence's translated
// template: the whole line (zone, day and times) is written here, so a page without
// JavaScript shows no half-filled line.
(function () {
  "use strict";
  var block = document.querySelector(".event-times");
  var line = document.querySelector(".viewer-time");
  if (!block || !line || !window.Intl) { return; }
  var zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  var zones = (block.dataset.zones || "").split(" ").filter(Boolean);
  if (!zone || zones.indexOf(zone) !== -1) { return; }
  var start = new Date(block.dataset.start);
  var end = new Date(block.dataset.end);
  var language = block.dataset.language || "en";
  // The site's date style: CLDR's long date, English written the British way (day first).
  var dayLanguage = language === "en" ? "en-GB" : language;
  function part(date, options) {
    return new Intl.DateTimeFormat(dayLanguage, Object.assign({ timeZone: zone }, options)).format(date);
  }
  function clock(date) {
    return part(date, { hour: "2-digit", minute: "2-digit", hourCycle: "h23" });
  }
  function abbreviation(date) {
    var parts = new Intl.DateTimeFormat(language, { timeZone: zone, timeZoneName: "short" }).formatToParts(date);
    var name = parts.filter(function (p) { return p.type === "timeZoneName"; })[0];
    return name ? name.value : zone;
  }
  var template = line.dataset.template;
  if (!template) { return; }
  var day = { day: "numeric", month: "long", year: "numeric" };
  var text = part(start, day) + ", " + clock(start) + "–" + clock(end);
  if (part(start, day) !== part(end, day)) {
    text = part(start, day) + ", " + clock(start) + " – " + part(end, day) + ", " + clock(end);
  }
  line.textContent = template
    .replace("{zone}", zone.replace(/_/g, " "))
    .replace("{times}", text + " (" + abbreviation(start) + ")");
  line.hidden = false;
})();
