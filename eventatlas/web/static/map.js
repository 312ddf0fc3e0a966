// The map: an offline basemap of country borders (or tiles when a tile URL
// is configured) and clustered event markers coloured by event type and
// sized by fatalities.
"use strict";

(function (Atlas) {
  const MAX_ZOOM_ON_FIT = 8;

  function markerSize(fatalities) {
    const deaths = Number(fatalities) || 0;
    return Math.round(Math.min(40, 12 + 4 * Math.sqrt(deaths)));
  }

  async function addBasemap(map, element) {
    const tiles = element.dataset.tileUrl;
    if (tiles) {
      L.tileLayer(tiles, { maxZoom: 18, attribution: "map tiles: " + new URL(tiles.replace(/[{}]/g, ""), location.href).host }).addTo(map);
      return;
    }
    const topology = await Atlas.getJSON(element.dataset.basemap);
    const countries = topojson.feature(topology, topology.objects.countries);
    L.geoJSON(countries, {
      interactive: false,
      style: { color: "#9aa7b5", weight: 0.8, fillColor: "#fbfaf6", fillOpacity: 1 },
    }).addTo(map);
  }

  function popup(event) {
    const where = [event.location, event.admin1, event.country].filter(Boolean).join(", ");
    const sources = event.reports === undefined ? null
      : Atlas.el("p", {}, event.reports + " report" + (event.reports === 1 ? "" : "s") + " from " + event.corroboration + " independent outlet" + (event.corroboration === 1 ? "" : "s"));
    return Atlas.el("div", { class: "popup" },
      Atlas.el("h3", {}, Atlas.eventLink(event, (event.sub_event_type || event.event_type || "event"))),
      Atlas.el("p", {}, (event.event_date || "date unknown") + " · " + (where || "place unknown")),
      Atlas.el("p", {}, [event.actor1, event.actor2].filter(Boolean).join(" vs ") || "actors unknown"),
      Atlas.el("p", {}, "fatalities: " + (event.fatalities === null || event.fatalities === undefined ? "not reported" : event.fatalities)),
      sources);
  }

  // An incident drawn like an event: at its best place, with its middle death
  // toll; the link opens its first event, whose page lists the others.
  function incidentPoint(incident) {
    return {
      event_id: incident.event_ids[0], event_type: incident.event_type,
      sub_event_type: incident.sub_event_type, event_date: incident.event_date,
      location: incident.location, latitude: incident.latitude, longitude: incident.longitude,
      fatalities: incident.fatalities_best, reports: incident.event_ids.length,
      corroboration: incident.corroboration,
    };
  }

  function marker(event, types) {
    const size = markerSize(event.fatalities);
    const icon = L.divIcon({
      className: "event-marker " + Atlas.typeClass(types, event.event_type),
      iconSize: [size, size],
    });
    const title = (event.event_date || "") + " " + (event.sub_event_type || "") + " " + (event.location || "");
    return L.marker([event.latitude, event.longitude], { icon, title: title.trim(), alt: title.trim() })
      .bindPopup(() => popup(event));
  }

  function makeMap(element) {
    if (typeof L === "undefined") {
      return { show() { /* no Leaflet: the page says what to install */ } };
    }
    const types = JSON.parse(element.dataset.types);
    const map = L.map(element, { worldCopyJump: true, minZoom: 1, maxZoom: 18 }).setView([25, 30], 2);
    addBasemap(map, element).catch((error) => console.error("basemap:", error));
    const cluster = L.markerClusterGroup({ showCoverageOnHover: false, maxClusterRadius: 45, chunkedLoading: true });
    map.addLayer(cluster);
    return {
      show(events) {
        cluster.clearLayers();
        const placed = events.filter((event) => Number.isFinite(event.latitude) && Number.isFinite(event.longitude));
        cluster.addLayers(placed.map((event) => marker(event, types)));
        element.dataset.markers = String(placed.length);
        if (placed.length) map.fitBounds(cluster.getBounds(), { maxZoom: MAX_ZOOM_ON_FIT, padding: [20, 20] });
      },
    };
  }

  Atlas.makeMap = makeMap;
  Atlas.incidentPoint = incidentPoint;
})(window.Atlas);
