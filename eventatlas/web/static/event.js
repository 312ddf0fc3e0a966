// The event page: keep type and sub-type consistent, pick a place from the
// gazetteer, and bring the evidence sentence into view.
"use strict";

(function (Atlas) {
  const evidence = document.getElementById("evidence");
  const text = document.getElementById("article-text");
  if (evidence && text) text.scrollTop = Math.max(0, evidence.offsetTop - text.offsetTop - 60);

  const typeSelect = document.getElementById("edit-event-type");
  const subSelect = document.getElementById("edit-sub-event-type");
  if (typeSelect && subSelect) {
    const taxonomy = JSON.parse(subSelect.dataset.taxonomy);
    typeSelect.addEventListener("change", () => {
      const subs = taxonomy[typeSelect.value] || [];
      if (!subs.includes(subSelect.value) && subs.length) subSelect.value = subs[0];
    });
    subSelect.addEventListener("change", () => {
      for (const [type, subs] of Object.entries(taxonomy)) {
        if (subs.includes(subSelect.value)) typeSelect.value = type;
      }
    });
  }

  const search = document.getElementById("place-search");
  if (!search) return;
  const chosenId = document.getElementById("place-geonameid");
  const chosenText = document.getElementById("place-chosen");
  const list = document.getElementById("place-suggestions");
  let waiting = null;

  function describe(place) {
    const where = [place.name, place.admin2, place.admin1, place.country].filter(Boolean).join(", ");
    return where + (place.population ? " (pop. " + place.population.toLocaleString() + ")" : "");
  }

  function choose(place) {
    chosenId.value = String(place.geonameid);
    chosenText.textContent = "New place: " + describe(place);
    list.replaceChildren();
    search.value = place.name;
  }

  async function suggest() {
    const prefix = search.value.trim();
    if (prefix.length < 2) { list.replaceChildren(); return; }
    try {
      const found = await Atlas.getJSON("/api/places?limit=8&q=" + encodeURIComponent(prefix));
      list.replaceChildren(...found.places.map((place) => {
        const button = Atlas.el("button", { type: "button" }, describe(place));
        button.addEventListener("click", () => choose(place));
        return Atlas.el("li", {}, button);
      }));
    } catch (error) {
      list.replaceChildren(Atlas.el("li", { class: "hint" }, "No place search: " + error.message));
    }
  }

  search.addEventListener("input", () => { clearTimeout(waiting); waiting = setTimeout(suggest, 250); });
  search.addEventListener("keydown", (event) => { if (event.key === "Enter") event.preventDefault(); });
})(window.Atlas);
