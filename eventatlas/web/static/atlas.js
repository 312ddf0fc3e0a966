// Shared by every page: building elements from data (as text, never as
// markup), reading the filter form and fetching JSON from our API.
"use strict";

window.Atlas = (function () {
  const SVG = "http://www.w3.org/2000/svg";
  const FILTERS = [
    "country", "iso3", "admin1", "event_type", "sub_event_type", "actor", "modality",
    "status", "date_from", "date_to", "q", "incident_id",
  ];

  // An element with attributes; string children become text nodes, so data
  // from the store can never turn into markup.
  function el(tag, attributes, ...children) {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes || {})) {
      if (value !== null && value !== undefined) node.setAttribute(name, String(value));
    }
    for (const child of children) {
      if (child === null || child === undefined) continue;
      node.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
    return node;
  }

  function svg(tag, attributes) {
    const node = document.createElementNS(SVG, tag);
    for (const [name, value] of Object.entries(attributes || {})) {
      node.setAttribute(name, String(value));
    }
    return node;
  }

  // The filters of a form as query parameters, blank ones left out.
  function filterParams(form) {
    const params = new URLSearchParams();
    for (const [name, value] of new FormData(form).entries()) {
      if (FILTERS.includes(name) && String(value).trim() !== "") params.set(name, String(value).trim());
    }
    return params;
  }

  async function getJSON(url) {
    const response = await fetch(url, { credentials: "same-origin", headers: { Accept: "application/json" } });
    if (!response.ok) {
      let message = response.status + " " + response.statusText;
      try {
        const body = await response.json();
        if (body && body.detail) message = typeof body.detail === "string" ? body.detail : JSON.stringify(body.detail);
      } catch (ignored) { /* not JSON: keep the status line */ }
      throw new Error(message);
    }
    return response.json();
  }

  function typeClass(types, eventType) {
    const index = types.indexOf(eventType);
    return index < 0 ? "type-x" : "type-" + index;
  }

  function eventLink(event, text) {
    return el("a", { href: "/events/" + encodeURIComponent(event.event_id) }, text);
  }

  return { el, svg, filterParams, getJSON, typeClass, eventLink, FILTERS };
})();
