// The table of the selected events: server-side paging and sorting through
// /api/events (limit, offset, order).
"use strict";

(function (Atlas) {
  const PAGE = 50;

  function cell(value) {
    return Atlas.el("td", {}, value === null || value === undefined || value === "" ? "—" : value);
  }

  function row(event) {
    const tr = Atlas.el("tr", { "data-event-id": event.event_id });
    const date = Atlas.el("td", {}, Atlas.eventLink(event, event.event_date || "no date"));
    tr.append(date, cell(event.event_type), cell(event.sub_event_type), cell(event.actor1), cell(event.actor2),
      cell(event.location), cell(event.country), cell(event.fatalities), cell(event.status),
      cell(typeof event.confidence === "number" ? event.confidence.toFixed(2) : event.confidence));
    return tr;
  }

  function makeTable(table) {
    const body = table.querySelector("tbody");
    const previous = document.getElementById("page-previous");
    const next = document.getElementById("page-next");
    const info = document.getElementById("page-info");
    const state = { params: new URLSearchParams(), offset: 0, order: "-event_date", total: 0 };

    function markSort() {
      for (const button of table.querySelectorAll("button.sort")) {
        const name = state.order.replace(/^-/, "");
        button.dataset.active = button.dataset.order === name ? (state.order.startsWith("-") ? "desc" : "asc") : "";
      }
    }

    async function load() {
      const params = new URLSearchParams(state.params);
      params.set("limit", String(PAGE));
      params.set("offset", String(state.offset));
      params.set("order", state.order);
      const page = await Atlas.getJSON("/api/events?" + params);
      body.replaceChildren(...page.events.map(row));
      state.total = page.count;
      const last = state.offset + page.events.length;
      info.textContent = page.count ? (state.offset + 1) + "–" + last + " of " + page.count : "no events";
      previous.disabled = state.offset === 0;
      next.disabled = last >= page.count;
      table.dataset.rows = String(page.events.length);
      markSort();
    }

    for (const button of table.querySelectorAll("button.sort")) {
      button.addEventListener("click", () => {
        const name = button.dataset.order;
        state.order = state.order === "-" + name ? name : "-" + name;
        state.offset = 0;
        load().catch(console.error);
      });
    }
    previous.addEventListener("click", () => { state.offset = Math.max(0, state.offset - PAGE); load().catch(console.error); });
    next.addEventListener("click", () => { state.offset += PAGE; load().catch(console.error); });

    return {
      show(params) {
        state.params = params;
        state.offset = 0;
        return load();
      },
    };
  }

  Atlas.makeTable = makeTable;
})(window.Atlas);
