/* letopis: events of a pair per month, stacked by PLOVER type, with the cooperation–conflict balance as a line.
   Written for this project; no library. Reads the JSON in #dyad-data, draws an SVG into #dyad-chart.
   Every label goes in with textContent, never as HTML. */
(function () {
  "use strict";
  var SVG = "http://www.w3.org/2000/svg";
  var COOPERATIVE = ["AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT"];
  var COLORS = {
    AGREE: "#1d6b45", CONSULT: "#2e86c1", SUPPORT: "#48a868", CONCEDE: "#82c09a", COOPERATE: "#17a2b8",
    AID: "#76b7b2", RETREAT: "#a3c4dc", REQUEST: "#f0b04f", ACCUSE: "#e67e22", REJECT: "#d35400",
    THREATEN: "#c0392b", PROTEST: "#e59866", SANCTION: "#8e44ad", MOBILIZE: "#a04000", COERCE: "#922b21",
    ASSAULT: "#641e16"
  };

  function el(name, attrs, parent) {
    var node = document.createElementNS(SVG, name);
    Object.keys(attrs || {}).forEach(function (key) { node.setAttribute(key, attrs[key]); });
    if (parent) { parent.appendChild(node); }
    return node;
  }

  function text(parent, x, y, value, attrs) {
    var node = el("text", Object.assign({ x: x, y: y, "font-size": 11, fill: "#555" }, attrs || {}), parent);
    node.textContent = value;
    return node;
  }

  function niceMax(value) {
    if (value <= 5) { return Math.max(1, value); }
    var step = Math.pow(10, Math.floor(Math.log10(value)));
    var nice = [1, 2, 2.5, 5, 10].map(function (m) { return m * step; }).find(function (n) { return n >= value; });
    return nice || value;
  }

  function draw(box, data) {
    box.textContent = "";
    var bars = data.months.map(function (m) { return { label: m.label, counts: m.counts, balance: m.balance }; });
    if (data.undated) {
      var counts = Object.assign({}, data.undated_counts || {});
      var known = Object.values(counts).reduce(function (a, n) { return a + n; }, 0);
      if (data.undated > known) { counts["?"] = data.undated - known; }
      bars.push({ label: "без даты", counts: counts, balance: null, undated: true });
    }
    if (!bars.length) {
      var empty = document.createElement("p");
      empty.className = "muted";
      empty.textContent = "Событий между ними пока нет.";
      box.appendChild(empty);
      return;
    }
    var width = Math.max(320, box.clientWidth || 640), height = 260;
    var left = 36, right = 40, top = 14, bottom = 34;
    var plotW = width - left - right, plotH = height - top - bottom;
    var totals = bars.map(function (b) { return Object.values(b.counts).reduce(function (a, n) { return a + n; }, 0); });
    var max = niceMax(Math.max.apply(null, totals));
    var svg = el("svg", { viewBox: "0 0 " + width + " " + height, width: width, height: height,
                          role: "img", "aria-label": "События по месяцам" }, box);
    var ticks = Math.min(max, 5);
    for (var t = 0; t <= ticks; t++) {
      var value = Math.round(max * t / ticks), y = top + plotH - plotH * value / max;
      el("line", { x1: left, x2: left + plotW, y1: y, y2: y, stroke: "#e3e6ec" }, svg);
      text(svg, left - 6, y + 4, String(value), { "text-anchor": "end" });
    }
    var slot = plotW / bars.length, barW = Math.max(4, Math.min(48, slot * 0.7));
    var seen = {};
    var line = [];
    bars.forEach(function (bar, i) {
      var x = left + slot * i + (slot - barW) / 2, y = top + plotH;
      var types = data.types.filter(function (type) { return bar.counts[type]; });
      if (bar.counts["?"]) { types.push("?"); }
      types.forEach(function (type) {
        var n = bar.counts[type], h = plotH * n / max;
        y -= h;
        var rect = el("rect", { x: x, y: y, width: barW, height: Math.max(h, 0.5), rx: 1.5,
                                fill: COLORS[type] || "#b0b6c2", "class": "bar", "data-type": type,
                                opacity: bar.undated ? 0.55 : 1 }, svg);
        var tip = el("title", {}, rect);
        tip.textContent = bar.label + ": " + (type === "?" ? "тип не подсчитан" : type + " — " +
          (data.names[type] || "")) + ", " + n;
        if (type !== "?") { seen[type] = true; }
      });
      var labelEvery = Math.ceil(bars.length / Math.max(1, Math.floor(plotW / 56)));
      if (i % labelEvery === 0 || i === bars.length - 1) {
        text(svg, left + slot * i + slot / 2, height - bottom + 16, bar.label, { "text-anchor": "middle" });
      }
      if (bar.balance !== null && bar.balance !== undefined) {
        line.push([left + slot * i + slot / 2, top + plotH / 2 - (plotH / 2) * bar.balance]);
      }
    });
    if (line.length) {
      text(svg, left + plotW + 6, top + 8, "+1", { fill: "#1d6b45" });
      text(svg, left + plotW + 6, top + plotH, "−1", { fill: "#b23a2e" });
      el("polyline", { points: line.map(function (p) { return p.join(","); }).join(" "), fill: "none",
                       stroke: "#333", "stroke-width": 1.5, "stroke-dasharray": "4 3", "class": "balance" }, svg);
      line.forEach(function (p) { el("circle", { cx: p[0], cy: p[1], r: 3, fill: "#333" }, svg); });
    }
    var legend = document.createElement("div");
    legend.className = "legend-row";
    data.types.filter(function (type) { return seen[type]; }).forEach(function (type) {
      var item = document.createElement("span");
      var swatch = document.createElement("span");
      swatch.className = "swatch";
      swatch.style.background = COLORS[type];
      item.appendChild(swatch);
      item.appendChild(document.createTextNode(type + " — " + (data.names[type] || "") +
        (COOPERATIVE.indexOf(type) >= 0 ? "" : " (конфликт)")));
      legend.appendChild(item);
    });
    if (line.length) {
      var note = document.createElement("span");
      note.textContent = "- - - баланс сотрудничества и конфликта (от −1 до +1)";
      legend.appendChild(note);
    }
    box.appendChild(legend);
    box.setAttribute("data-drawn", String(bars.length));
  }

  function start() {
    var box = document.getElementById("dyad-chart"), source = document.getElementById("dyad-data");
    if (!box || !source) { return; }
    var data = JSON.parse(source.textContent);
    draw(box, data);
    var timer = null;
    window.addEventListener("resize", function () {
      clearTimeout(timer);
      timer = setTimeout(function () { draw(box, data); }, 150);
    });
  }

  if (document.readyState === "loading") { document.addEventListener("DOMContentLoaded", start); } else { start(); }
})();
