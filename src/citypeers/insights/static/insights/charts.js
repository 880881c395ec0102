// Draws each indicator's chart from the numbers its page gives in a json_script element
// (the Content-Security-Policy allows no inline script). Without JavaScript, or without
// ECharts, the charts stay hidden and the tables under them carry the same numbers.
"use strict";

(function () {
  const COLOURS = ["#1d4ed8", "#d97706", "#059669", "#be123c", "#7c3aed", "#0891b2"];

  function option(data) {
    const base = { color: COLOURS, animation: false, tooltip: { trigger: "item" } };
    if (data.type === "pie") {
      const values = data.series[0] ? data.series[0].data : [];
      return Object.assign(base, {
        legend: { bottom: 0 },
        series: [{
          type: "pie",
          radius: ["35%", "65%"],
          label: { formatter: "{b}: {c}" },
          data: data.categories.map((name, index) => ({ name: name, value: values[index] })),
        }],
      });
    }
    return Object.assign(base, {
      tooltip: { trigger: "axis" },
      legend: data.series.length > 1 ? { top: 0 } : undefined,
      grid: { left: 8, right: 16, top: data.series.length > 1 ? 36 : 16, bottom: 8, containLabel: true },
      xAxis: { type: "category", data: data.categories, axisLabel: { interval: 0, hideOverlap: true } },
      yAxis: { type: "value", minInterval: 1 },
      series: data.series.map((serie) => ({
        name: serie.name,
        type: data.type === "line" ? "line" : "bar",
        stack: data.stacked ? "total" : undefined,
        barMaxWidth: 56,
        data: serie.data,
        label: { show: !data.stacked && data.categories.length <= 12, position: "top" },
      })),
    });
  }

  const charts = [];
  if (typeof echarts !== "undefined") {
    for (const element of document.querySelectorAll("[data-chart]")) {
      const source = document.getElementById(element.dataset.chart);
      if (!source) continue;
      element.hidden = false;
      const chart = echarts.init(element, null, { renderer: "svg" });
      chart.setOption(option(JSON.parse(source.textContent)));
      charts.push(chart);
    }
  }
  const resize = () => charts.forEach((chart) => chart.resize());
  window.addEventListener("resize", resize);
  window.addEventListener("beforeprint", resize);
  window.addEventListener("afterprint", resize);

  for (const button of document.querySelectorAll("[data-print]")) {
    button.addEventListener("click", () => window.print());
  }
})();
