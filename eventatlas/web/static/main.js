// The map page: the filters drive the map, the timeline and the table.
"use strict";

(function (Atlas) {
  const MAP_LIMIT = 5000;
  const form = document.getElementById("filters");
  const summary = document.getElementById("summary");
  const mapElement = document.getElementById("map");
  const types = JSON.parse(mapElement.dataset.types);
  const map = Atlas.makeMap(mapElement);
  const table = Atlas.makeTable(document.getElementById("events-table"));
  const timeline = document.getElementById("timeline");
  const showIncidents = document.getElementById("show-incidents");
  let lastEvents = [];

  function fillCountries(events) {
    const list = document.getElementById("countries");
    if (list.children.length) return;
    const names = [...new Set(events.map((event) => event.country).filter(Boolean))].sort();
    list.replaceChildren(...names.map((name) => Atlas.el("option", { value: name })));
  }

  function setDownloads(params) {
    const query = params.toString() ? "?" + params : "";
    document.getElementById("download-csv").href = "/api/events.csv" + query;
    document.getElementById("download-geojson").href = "/api/events.geojson" + query;
  }

  async function refresh() {
    const params = Atlas.filterParams(form);
    history.replaceState(null, "", params.toString() ? "?" + params : location.pathname);
    setDownloads(params);
    summary.textContent = "Loading events…";
    try {
      const mapParams = new URLSearchParams(params);
      mapParams.set("limit", String(MAP_LIMIT));
      const [page] = await Promise.all([Atlas.getJSON("/api/events?" + mapParams), table.show(params)]);
      lastEvents = page.events;
      fillCountries(page.events);
      Atlas.drawTimeline(timeline, page.events, types);
      const shown = page.count > page.events.length ? " (the map and timeline show the first " + page.events.length + ")" : "";
      let mapped = "";
      if (showIncidents && showIncidents.checked) {
        const found = await Atlas.getJSON("/api/incidents?" + mapParams);
        map.show(found.incidents.map(Atlas.incidentPoint));
        mapped = " The map shows the " + found.count + " incident" + (found.count === 1 ? "" : "s") + " they report.";
      } else {
        map.show(page.events);
      }
      summary.textContent = page.count + " event" + (page.count === 1 ? "" : "s") + " selected" + shown + "." + mapped;
    } catch (error) {
      summary.textContent = "Could not load events: " + error.message;
    }
  }

  form.addEventListener("submit", (event) => { event.preventDefault(); refresh(); });
  for (const select of form.querySelectorAll("select")) select.addEventListener("change", refresh);
  if (showIncidents) showIncidents.addEventListener("change", refresh);
  let resizing = null;
  window.addEventListener("resize", () => {
    clearTimeout(resizing);
    resizing = setTimeout(() => Atlas.drawTimeline(timeline, lastEvents, types), 200);
  });
  refresh();
})(window.Atlas);
