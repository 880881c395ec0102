// The network graph of exchanges: municipalities (coloured by country, as on the map) linked
// by the exchanges they held together, thicker for more meetings, laid out by force; a
// click on a city opens its page. Reads its data from the json_script element named by
// data-graph-data; needs ECharts and citypeers/map.js (for the shared colours).
"use strict";

(() => {
  function option(data, element) {
    const countryIndex = Object.fromEntries(data.countries.map((c, index) => [c.code, index]));
    const byId = Object.fromEntries(data.points.map((point) => [point.id, point]));
    const meetingsLabel = element.dataset.meetingsLabel || "";
    const colourOf = citypeersMap.colours(data.countries);
    const present = new Set(data.points.map((point) => point.country));
    const shown = data.countries.filter((country) => present.has(country.code));
    return {
      animationDuration: 600,
      color: data.countries.map((country) => colourOf[country.code]),
      tooltip: {
        formatter: (item) => {
          if (item.dataType === "edge") {
            const a = byId[item.data.source], b = byId[item.data.target];
            return citypeersMap.tooltip(`${a.name} – ${b.name}`, meetingsLabel, item.data.value);
          }
          return citypeersMap.tooltip(`${item.data.name} (${item.data.countryName})`);
        },
      },
      legend: [{ type: "scroll", bottom: 0, data: shown.map((c) => c.name) }],
      series: [
        {
          type: "graph",
          layout: "force",
          roam: true,
          draggable: true,
          categories: data.countries.map((c) => ({ name: c.name })),
          data: data.points.map((point) => ({
            id: point.id,
            name: point.name,
            url: point.url,
            countryName: point.countryName,
            category: countryIndex[point.country],
            value: point.meetings,
            symbolSize: 12 + Math.min(4 * Math.sqrt(point.meetings), 24),
          })),
          links: data.links.map((link) => ({
            source: link.source,
            target: link.target,
            value: link.meetings,
            lineStyle: { width: citypeersMap.lineWidth(link.meetings) },
          })),
          label: { show: true, position: "right", formatter: "{b}", fontSize: 13 },
          labelLayout: { hideOverlap: true },
          lineStyle: { color: "source", opacity: 0.8, curveness: 0.1 },
          emphasis: { focus: "adjacency", lineStyle: { opacity: 0.9 } },
          force: { repulsion: 320, gravity: 0.06, edgeLength: [80, 200] },
          cursor: "pointer",
        },
      ],
    };
  }

  function draw(element) {
    const data = citypeersMap.readData(element.dataset.graphData);
    if (!data) return;
    const chart = echarts.init(element);
    chart.setOption(option(data, element));
    chart.on("click", (item) => {
      if (item.dataType === "node" && item.data.url) window.location.assign(item.data.url);
    });
    window.addEventListener("resize", () => chart.resize());
    element.dataset.drawn = "true";
  }

  if (typeof echarts !== "undefined" && typeof citypeersMap !== "undefined") {
    document.querySelectorAll("[data-graph-data]").forEach(draw);
  }
})();
