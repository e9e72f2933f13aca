// harmtrack's web page: a map, a timeline and a list of incidents with filters kept in the URL, an incident page
// with every claim and the article text with its evidence highlighted, search, and the official-versus-local
// comparison. This file routes and wires the controls; the views and helpers are in the other scripts.
"use strict";

// ---- wiring ----

function render() {
  const { path, params } = route();
  if (path.startsWith("/incident/")) showIncident(decodeURIComponent(path.slice("/incident/".length)));
  else if (path === "/search") showSearch(params);
  else if (path === "/compare") showCompare(params);
  else showMap(params);
}

document.getElementById("filters").addEventListener("submit", e => {
  e.preventDefault();
  const next = new URLSearchParams();
  for (const f of FILTERS) {
    const v = e.target.elements[f].value.trim();
    if (v) next.set(f, v);
  }
  go("/", next);
});
document.getElementById("reset").addEventListener("click", () => go("/", null));
document.getElementById("prev").addEventListener("click", () => {
  const p = route().params; p.set("page", Math.max(1, parseInt(p.get("page") || "1", 10) - 1)); go("/", p);
});
document.getElementById("next").addEventListener("click", () => {
  const p = route().params; p.set("page", parseInt(p.get("page") || "1", 10) + 1); go("/", p);
});
document.getElementById("search-form").addEventListener("submit", e => {
  e.preventDefault();
  const q = document.getElementById("search-q").value.trim();
  if (q) go("/search", new URLSearchParams({ q }));
});
window.addEventListener("hashchange", render);
render();
