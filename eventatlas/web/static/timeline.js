// The timeline under the map: stacked bars of events per day (per week for
// long ranges), one colour per event type.
"use strict";

(function (Atlas) {
  const HEIGHT = 150;
  const MARGIN = { top: 10, right: 8, bottom: 22, left: 30 };
  const DAY = 24 * 60 * 60 * 1000;
  const WEEKS_AFTER_DAYS = 120;

  function dayOf(text) {
    const time = Date.parse(String(text).slice(0, 10) + "T00:00:00Z");
    return Number.isNaN(time) ? null : time;
  }

  function weekOf(time) {
    const weekday = (new Date(time).getUTCDay() + 6) % 7;  // Monday first
    return time - weekday * DAY;
  }

  function iso(time) {
    return new Date(time).toISOString().slice(0, 10);
  }

  // {start: time, counts: {type: n}} for each day or week in the range.
  function buckets(events) {
    const days = events.map((event) => dayOf(event.event_date)).filter((time) => time !== null);
    if (!days.length) return { step: "day", bars: [] };
    const first = Math.min(...days), last = Math.max(...days);
    const weekly = (last - first) / DAY > WEEKS_AFTER_DAYS;
    const key = weekly ? weekOf : (time) => time;
    const bars = new Map();
    for (let time = key(first); time <= last; time += weekly ? 7 * DAY : DAY) bars.set(time, {});
    for (const event of events) {
      const time = dayOf(event.event_date);
      if (time === null) continue;
      const counts = bars.get(key(time));
      const type = event.event_type || "unknown";
      counts[type] = (counts[type] || 0) + 1;
    }
    return { step: weekly ? "week" : "day", bars: [...bars.entries()].map(([start, counts]) => ({ start, counts })) };
  }

  function clear(svg) {
    while (svg.firstChild) svg.removeChild(svg.firstChild);
  }

  function label(x, y, text, anchor) {
    const node = Atlas.svg("text", { x, y, "text-anchor": anchor || "start" });
    node.textContent = text;
    return node;
  }

  function bar(types, start, step, counts, geometry) {
    const group = Atlas.svg("g", { class: "bar" });
    const title = Atlas.svg("title", {});
    const parts = Object.entries(counts).map(([type, count]) => count + " " + type);
    title.textContent = (step === "week" ? "week of " : "") + iso(start) + ": " + (parts.join(", ") || "none");
    group.append(title);
    let y = geometry.bottom;
    for (const type of [...types, "unknown"]) {
      const count = counts[type] || 0;
      if (!count) continue;
      const height = count * geometry.scale;
      y -= height;
      group.append(Atlas.svg("rect", { x: geometry.x, y, width: geometry.width, height, class: Atlas.typeClass(types, type) }));
    }
    return group;
  }

  function drawTimeline(svg, events, types) {
    clear(svg);
    const width = svg.clientWidth || 800;
    svg.setAttribute("viewBox", "0 0 " + width + " " + HEIGHT);
    const { step, bars } = buckets(events);
    svg.dataset.bars = String(bars.length);
    svg.dataset.events = String(events.length);
    if (!bars.length) {
      svg.append(label(width / 2, HEIGHT / 2, "No dated events in this selection", "middle"));
      return;
    }
    const most = Math.max(1, ...bars.map((item) => Object.values(item.counts).reduce((a, b) => a + b, 0)));
    const inner = width - MARGIN.left - MARGIN.right;
    const slot = inner / bars.length;
    const bottom = HEIGHT - MARGIN.bottom;
    const scale = (bottom - MARGIN.top) / most;
    svg.append(Atlas.svg("line", { class: "axis", x1: MARGIN.left, x2: width - MARGIN.right, y1: bottom, y2: bottom }));
    bars.forEach((item, index) => {
      const x = MARGIN.left + index * slot + Math.min(1, slot * 0.1);
      svg.append(bar(types, item.start, step, item.counts, { x, width: Math.max(1, slot * 0.8), bottom, scale }));
    });
    svg.append(label(MARGIN.left - 4, MARGIN.top + 8, String(most), "end"));
    svg.append(label(MARGIN.left - 4, bottom, "0", "end"));
    svg.append(label(MARGIN.left, HEIGHT - 6, iso(bars[0].start)));
    svg.append(label(width - MARGIN.right, HEIGHT - 6, iso(bars[bars.length - 1].start) + " (per " + step + ")", "end"));
  }

  Atlas.drawTimeline = drawTimeline;
})(window.Atlas);
