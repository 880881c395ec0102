// Event form: while a coordinator types a time in one zone, show it in every party's zone.
(function () {
  "use strict";
  var form = document.querySelector(".event-form");
  if (!form || !window.Intl || !window.fetch) { return; }
  var output = form.querySelector(".live-times");
  var field = function (name) { return form.querySelector("[name=" + name + "]"); };
  var partyZones = [];

  // Offset (minutes) of a zone at a UTC instant, read back from Intl's wall-clock parts.
  function offsetAt(utcMillis, zone) {
    var parts = new Intl.DateTimeFormat("en-GB", {
      timeZone: zone, hourCycle: "h23", year: "numeric", month: "2-digit", day: "2-digit",
      hour: "2-digit", minute: "2-digit"
    }).formatToParts(new Date(utcMillis));
    var get = function (type) { return Number(parts.filter(function (p) { return p.type === type; })[0].value); };
    var wall = Date.UTC(get("year"), get("month") - 1, get("day"), get("hour"), get("minute"));
    return Math.round((wall - Math.floor(utcMillis / 60000) * 60000) / 60000);
  }

  function toUtc(day, time, zone) {
    if (!day || !time) { return null; }
    var d = day.split("-").map(Number), t = time.split(":").map(Number);
    var wall = Date.UTC(d[0], d[1] - 1, d[2], t[0], t[1]);
    var guess = wall - offsetAt(wall, zone) * 60000;
    return wall - offsetAt(guess, zone) * 60000;
  }

  function render(start, end, zone) {
    var f = function (ms, options) {
      return new Intl.DateTimeFormat(document.documentElement.lang || "en",
        Object.assign({ timeZone: zone }, options)).format(new Date(ms));
    };
    var clock = { hour: "2-digit", minute: "2-digit", hourCycle: "h23" };
    var name = new Intl.DateTimeFormat("en", { timeZone: zone, timeZoneName: "short" })
      .formatToParts(new Date(start)).filter(function (p) { return p.type === "timeZoneName"; })[0];
    return zone + ": " + f(start, { day: "numeric", month: "short" }) + ", " + f(start, clock) +
      "–" + f(end, clock) + (name ? " (" + name.value + ")" : "");
  }

  function update() {
    var zone = field("zone").value;
    var day = field("date").value;
    var endDay = field("end_date").value || day;
    var start = toUtc(day, field("start_time").value, zone);
    var end = toUtc(endDay, field("end_time").value, zone);
    if (start === null || end === null) { output.textContent = ""; return; }
    var zones = [zone].concat(partyZones.filter(function (z) { return z !== zone; }));
    zones = zones.filter(function (z, i) { return zones.indexOf(z) === i; });
    output.textContent = zones.map(function (z) { return render(start, end, z); }).join(" / ");
  }

  var timer = null;
  function refreshParties() {
    var names = field("municipalities").value;
    clearTimeout(timer);
    timer = setTimeout(function () {
      fetch(form.dataset.zonesUrl + "?names=" + encodeURIComponent(names), { credentials: "same-origin" })
        .then(function (r) { return r.json(); })
        .then(function (data) {
          partyZones = data.municipalities.map(function (m) { return m.zone; });
          update();
        })
        .catch(function () { /* the server still checks everything on submit */ });
    }, 300);
  }

  ["zone", "date", "start_time", "end_date", "end_time"].forEach(function (name) {
    field(name).addEventListener("input", update);
    field(name).addEventListener("change", update);
  });
  field("municipalities").addEventListener("input", refreshParties);
  refreshParties();
})();
