// Maps of the network: every element with data-map-data becomes an ECharts map of
// municipalities (points coloured by country, each a link to its page) and the exchanges
// between them (lines, thicker for more meetings). Country outlines are the Natural Earth
// copy the site serves itself (data-outlines): no tile server, no other host.
//
// The data is a json_script element: {points: [{id, name, url, country, countryName, lat,
// lon, meetings}], links: [{source, target, meetings}], countries: [{code, name}], focus: id?}.
// With a focus the map is centred on that point and framed around its links; without, it
// shows Europe.
"use strict";

const citypeersMap = (() => {
  // ECharts' own palette and the site's blue.
  const PALETTE = [
    "#5470c6", "#91cc75", "#fac858", "#ee6666", "#73c0de",
    "#3ba272", "#fc8452", "#9a60b4", "#ea7ccc", "#0b4f8a",
  ];
  const EUROPE = [[-25, 71.5], [45, 34]]; // top-left and bottom-right corners (lon, lat)
  const loaded = {};

  // A country's colour is its place in the data's list of countries (the same list for
  // every chart of a page), so that up to ten countries never share one.
  function colours(countries) {
    return Object.fromEntries(
      countries.map((country, index) => [country.code, PALETTE[index % PALETTE.length]])
    );
  }

  function lineWidth(meetings) {
    return Math.min(1 + 2 * Math.log2(meetings), 12);
  }

  // A tooltip is HTML: every text in it is escaped.
  function tooltip(title, label, count) {
    const escape = echarts.format.encodeHTML;
    const head = escape(title);
    return label ? `${head}<br>${escape(label)}: ${Number(count)}` : head;
  }

  function readData(id) {
    const element = document.getElementById(id);
    return element ? JSON.parse(element.textContent) : null;
  }

  // A polygon that crosses the 180th meridian (Wrangel Island, Fiji) would be drawn as a
  // band across the whole map: its western points are moved past 180° instead.
  function joinAcrossTheAntimeridian(feature) {
    const geometry = feature.geometry;
    if (!geometry) return;
    const polygons = geometry.type === "Polygon" ? [geometry.coordinates]
      : geometry.type === "MultiPolygon" ? geometry.coordinates : [];
    for (const polygon of polygons) {
      const longitudes = polygon.flat().map((point) => point[0]);
      if (Math.max(...longitudes) - Math.min(...longitudes) > 180) {
        for (const ring of polygon) {
          for (const point of ring) if (point[0] < 0) point[0] += 360;
        }
      }
    }
  }

  // The outlines are fetched once per page and registered with ECharts as "world".
  function outlines(url) {
    if (!loaded[url]) {
      loaded[url] = fetch(url, { credentials: "same-origin" })
        .then((response) => {
          if (!response.ok) throw new Error(`${url}: ${response.status}`);
          return response.json();
        })
        .then((topology) => {
          const countries = topojson.feature(topology, topology.objects.countries);
          countries.features.forEach(joinAcrossTheAntimeridian);
          echarts.registerMap("world", countries);
        });
    }
    return loaded[url];
  }

  function frame(data) {
    const focus = data.points.find((point) => point.id === data.focus);
    if (!focus) return EUROPE;
    const byId = Object.fromEntries(data.points.map((point) => [point.id, point]));
    let lon = 2, lat = 1.5; // half the frame, in degrees: at least a region around the city
    for (const link of data.links) {
      for (const id of [link.source, link.target]) {
        const other = byId[id];
        if (other && other !== focus) {
          lon = Math.max(lon, Math.abs(other.lon - focus.lon) * 1.15);
          lat = Math.max(lat, Math.abs(other.lat - focus.lat) * 1.15);
        }
      }
    }
    lon = Math.min(lon, 40);
    lat = Math.min(lat, 25);
    return [[focus.lon - lon, focus.lat + lat], [focus.lon + lon, focus.lat - lat]];
  }

  function option(data, element) {
    const colourOf = colours(data.countries);
    const byId = Object.fromEntries(data.points.map((point) => [point.id, point]));
    const meetingsLabel = element.dataset.meetingsLabel || "";
    const lines = data.links
      .filter((link) => byId[link.source] && byId[link.target])
      .map((link) => {
        const a = byId[link.source], b = byId[link.target];
        return {
          name: `${a.name} – ${b.name}`,
          meetings: link.meetings,
          coords: [[a.lon, a.lat], [b.lon, b.lat]],
          lineStyle: { width: lineWidth(link.meetings) },
        };
      });
    return {
      animation: false,
      tooltip: {
        trigger: "item",
        formatter: (item) => {
          if (item.seriesType === "lines") {
            return tooltip(item.data.name, meetingsLabel, item.data.meetings);
          }
          return tooltip(`${item.data.name} (${item.data.countryName})`);
        },
      },
      geo: {
        map: "world",
        roam: true,
        boundingCoords: frame(data),
        silent: true,
        itemStyle: { areaColor: "#f2f5f9", borderColor: "#9aa5b1", borderWidth: 0.5 },
      },
      series: [
        {
          type: "lines",
          coordinateSystem: "geo",
          data: lines,
          lineStyle: { color: "#0b4f8a", opacity: 0.45, curveness: 0.2 },
          emphasis: { lineStyle: { opacity: 0.9 } },
          zlevel: 1,
        },
        {
          type: "scatter",
          coordinateSystem: "geo",
          data: data.points.map((point) => ({
            name: point.name,
            value: [point.lon, point.lat],
            url: point.url,
            countryName: point.countryName,
            symbolSize: point.id === data.focus ? 14 : 6 + Math.min(2 * Math.sqrt(point.meetings), 10),
            itemStyle: { color: colourOf[point.country], borderColor: "#1a1f2b", borderWidth: 0.5 },
          })),
          label: { show: Boolean(data.focus), position: "right", formatter: "{b}", fontSize: 11 },
          labelLayout: { hideOverlap: true },
          cursor: "pointer",
          zlevel: 2,
        },
      ],
    };
  }

  function draw(element) {
    const data = readData(element.dataset.mapData);
    if (!data) return;
    outlines(element.dataset.outlines)
      .then(() => {
        const chart = echarts.init(element);
        chart.setOption(option(data, element));
        chart.on("click", (item) => {
          if (item.seriesType === "scatter" && item.data.url) window.location.assign(item.data.url);
        });
        window.addEventListener("resize", () => chart.resize());
        element.dataset.drawn = "true";
      })
      .catch(() => { element.dataset.drawn = "failed"; });
  }

  function drawAll() {
    if (typeof echarts === "undefined" || typeof topojson === "undefined") return;
    document.querySelectorAll("[data-map-data]").forEach(draw);
  }

  return { colours, lineWidth, readData, tooltip, drawAll };
})();

citypeersMap.drawAll();
