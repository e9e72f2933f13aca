// harmtrack's web page: a map, a timeline and a list of incidents with filters kept in the URL, an incident page
// with every claim and the article text with its evidence highlighted, search, and the official-versus-local
// comparison. Article text and every other stored string is untrusted: it only ever reaches the page through
// textContent and attribute setters, never as HTML.
"use strict";

const FILTERS = ["country", "from", "to", "min_killed", "grade", "type", "target", "weapon", "text"];
const PAGE_SIZE = 50;

/** Creates an element with attributes and children (strings become text nodes). */
function el(tag, attrs, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined) continue;
    if (k === "class") e.className = v; else e.setAttribute(k, v);
  }
  for (const c of children) {
    if (c === null || c === undefined) continue;
    e.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return e;
}

async function getJson(url) {
  const r = await fetch(url);
  const body = await r.json();
  if (!r.ok) throw new Error(body.error || ("HTTP " + r.status));
  return body;
}

function range(r) {
  if (!r) return "unknown";
  return r.min === r.max ? String(r.min) : r.min + "–" + r.max;
}

/** The route and its parameters, from the URL's fragment: "#/incident/ID", "#/?country=SY". */
function route() {
  const hash = location.hash.replace(/^#/, "") || "/";
  const q = hash.indexOf("?");
  const path = q < 0 ? hash : hash.slice(0, q);
  const params = new URLSearchParams(q < 0 ? "" : hash.slice(q + 1));
  return { path, params };
}

function go(path, params) {
  const qs = params && params.toString();
  location.hash = path + (qs ? "?" + qs : "");
}

/** Counts renders, so an answer that arrives after the user has moved on is dropped. */
let generation = 0;

function show(id) {
  for (const s of document.querySelectorAll("main > section")) s.hidden = s.id !== id;
}

// ---- map view ----

let map = null;
let markers = null;

function initMap() {
  if (map) return;
  map = L.map("map", { worldCopyJump: true, attributionControl: true }).setView([30, 40], 4);
  map.attributionControl.addAttribution("Natural Earth");
  fetch("vendor/countries-50m.json").then(r => r.json()).then(world => {
    const countries = topojson.feature(world, world.objects.countries);
    L.geoJSON(countries, { style: { color: "#78909c", weight: 0.6, fillColor: "#f5f5f0", fillOpacity: 1 },
      interactive: false }).addTo(map).bringToBack();
  });
  markers = L.layerGroup().addTo(map);
}

/** A marker that shows the toll by its size and the place's precision by its look. */
function marker(i) {
  const p = i.place;
  if (!p || p.precision === "country") return null;
  const deaths = i.killed ? i.killed.max : 0;
  const radius = 4 + Math.sqrt(deaths) * 2;
  const title = (i.title || i.incident_id) + " — killed " + range(i.killed) + " (" + p.precision + ")";
  let m;
  if (p.precision === "locality") {
    m = L.circleMarker([p.lat, p.lon], { radius, color: "#7f0000", weight: 1, fillColor: "#c62828",
      fillOpacity: 0.8, className: "incident-marker precision-locality" });
  } else if (p.precision === "near") {
    m = L.circleMarker([p.lat, p.lon], { radius, color: "#c62828", weight: 2, dashArray: "3 3",
      fillColor: "#ef9a9a", fillOpacity: 0.5, className: "incident-marker precision-near" });
  } else {
    // a district or a province: the area it may be anywhere in, not a point
    m = L.circle([p.lat, p.lon], { radius: p.precision === "district" ? 25000 : 80000, color: "#6a1b9a",
      weight: 2, dashArray: "6 4", fill: false, className: "incident-marker precision-" + p.precision });
  }
  m.bindTooltip(el("span", {}, title)); // an element, not a string: Leaflet would parse a string as HTML
  m.on("click", () => go("/incident/" + encodeURIComponent(i.incident_id)));
  return m;
}

function filterParams(params) {
  const out = new URLSearchParams();
  for (const f of FILTERS) if (params.get(f)) out.set(f, params.get(f));
  return out;
}

async function showMap(params) {
  const mine = ++generation;
  show("view-map");
  initMap();
  setTimeout(() => map.invalidateSize(), 0);
  const form = document.getElementById("filters");
  for (const f of FILTERS) form.elements[f].value = params.get(f) || "";
  const page = Math.max(1, parseInt(params.get("page") || "1", 10));
  const query = filterParams(params);
  query.set("size", PAGE_SIZE);
  query.set("page", page);
  const count = document.getElementById("count");
  const list = document.getElementById("incident-list");
  list.replaceChildren();
  markers.clearLayers();
  try {
    const data = await getJson("api/incidents?" + query);
    if (mine !== generation) return;
    count.textContent = data.total + (data.total === 1 ? " incident" : " incidents")
      + (data.total > PAGE_SIZE ? " (page " + data.page + ")" : "");
    list.start = (data.page - 1) * PAGE_SIZE + 1;
    const bounds = [];
    for (const i of data.items) {
      const m = marker(i);
      if (m) { m.addTo(markers); bounds.push([i.place.lat, i.place.lon]); }
      const where = i.place ? i.place.name + ", " + i.place.country + (i.place.precision !== "locality"
        ? " (" + i.place.precision + ")" : "") : "place unknown";
      list.append(el("li", { "data-id": i.incident_id },
        el("a", { href: "#/incident/" + encodeURIComponent(i.incident_id) }, i.date_start || "undated"),
        " ", where, " — killed ", range(i.killed), " ",
        el("span", { class: "grade" }, i.grade.replace("_", " ")), " ",
        el("span", { class: "muted" }, i.reports + (i.reports === 1 ? " report" : " reports"))));
    }
    if (bounds.length) map.fitBounds(bounds, { maxZoom: 8, padding: [20, 20] });
    document.getElementById("prev").disabled = data.page <= 1;
    document.getElementById("next").disabled = data.page * PAGE_SIZE >= data.total;
  } catch (e) {
    count.replaceChildren(el("span", { class: "error" }, e.message));
  }
  drawTimeline(params);
}

// ---- timeline with a brush ----

async function drawTimeline(params) {
  const svg = document.getElementById("timeline");
  const query = filterParams(params);
  query.delete("from");
  query.delete("to");
  const data = await getJson("api/timeline?" + query);
  svg.replaceChildren();
  const months = data.months;
  if (!months.length) return;
  const width = svg.clientWidth || 800;
  const height = 120;
  const ns = "http://www.w3.org/2000/svg";
  const first = months[0].month, last = months[months.length - 1].month;
  const index = m => (parseInt(m.slice(0, 4), 10) * 12 + parseInt(m.slice(5, 7), 10) - 1);
  const span = index(last) - index(first) + 1;
  const step = width / span;
  const maxCount = Math.max(...months.map(m => m.incidents));
  const maxDeaths = Math.max(1, ...months.map(m => m.killed_max));
  for (const m of months) {
    const x = (index(m.month) - index(first)) * step;
    const h = (m.incidents / maxCount) * (height - 20);
    const bar = document.createElementNS(ns, "rect");
    bar.setAttribute("class", "bar");
    bar.setAttribute("x", x); bar.setAttribute("width", Math.max(1, step - 1));
    bar.setAttribute("y", height - 15 - h); bar.setAttribute("height", h);
    const tip = document.createElementNS(ns, "title");
    tip.textContent = m.month + ": " + m.incidents + " incidents, " + m.killed_min + "–" + m.killed_max + " killed";
    bar.append(tip);
    const d = document.createElementNS(ns, "rect");
    const dh = (m.killed_max / maxDeaths) * (height - 20) / 2;
    d.setAttribute("class", "deaths");
    d.setAttribute("x", x + step / 4); d.setAttribute("width", Math.max(1, step / 2 - 1));
    d.setAttribute("y", height - 15 - dh); d.setAttribute("height", dh);
    svg.append(bar, d);
  }
  for (const label of [first, last]) {
    const t = document.createElementNS(ns, "text");
    t.setAttribute("x", label === first ? 2 : width - 50); t.setAttribute("y", height - 2);
    t.setAttribute("font-size", "10"); t.textContent = label;
    svg.append(t);
  }
  const monthAt = x => {
    const i = Math.min(span - 1, Math.max(0, Math.floor(x / step))) + index(first);
    return { y: Math.floor(i / 12), m: i % 12 + 1 };
  };
  const brush = document.createElementNS(ns, "rect");
  brush.setAttribute("class", "brush"); brush.setAttribute("y", 0); brush.setAttribute("height", height);
  svg.append(brush);
  const from = params.get("from"), to = params.get("to");
  if (from && to) {
    const x0 = (index(from.slice(0, 7)) - index(first)) * step;
    const x1 = (index(to.slice(0, 7)) - index(first) + 1) * step;
    brush.setAttribute("x", Math.max(0, x0)); brush.setAttribute("width", Math.max(0, x1 - Math.max(0, x0)));
  }
  let start = null;
  svg.onmousedown = e => { start = e.offsetX; brush.setAttribute("x", start); brush.setAttribute("width", 0); };
  svg.onmousemove = e => {
    if (start === null) return;
    brush.setAttribute("x", Math.min(start, e.offsetX)); brush.setAttribute("width", Math.abs(e.offsetX - start));
  };
  svg.onmouseup = e => {
    if (start === null) return;
    const a = Math.min(start, e.offsetX), b = Math.max(start, e.offsetX);
    start = null;
    const next = filterParams(route().params);
    if (b - a < 3) { next.delete("from"); next.delete("to"); go("/", next); return; }
    const s = monthAt(a), t = monthAt(b);
    const lastDay = new Date(Date.UTC(t.y, t.m, 0)).getUTCDate();
    next.set("from", s.y + "-" + String(s.m).padStart(2, "0") + "-01");
    next.set("to", t.y + "-" + String(t.m).padStart(2, "0") + "-" + String(lastDay).padStart(2, "0"));
    go("/", next);
  };
}

// ---- incident page ----

async function showIncident(id) {
  const mine = ++generation;
  const view = document.getElementById("view-incident");
  show("view-incident");
  view.replaceChildren(el("p", {}, "Loading…"));
  let i;
  try {
    i = await getJson("api/incidents/" + encodeURIComponent(id));
    if (mine !== generation) return;
  } catch (e) {
    view.replaceChildren(el("p", { class: "error" }, e.message), el("a", { href: "#/" }, "Back to the map"));
    return;
  }
  const p = i.place;
  const parts = [
    el("p", {}, el("a", { href: "#/" }, "← map")),
    el("h1", {}, (i.type || "incident").replace("_", " "), " — ",
      p ? p.name + ", " + p.country : "place unknown", " — ", i.date_start || "undated"),
    el("p", {}, "Place precision: ", p ? p.precision : "none", ". Killed: ", el("strong", {}, range(i.killed)),
      ". Grade: ", el("span", { class: "grade", id: "grade" }, i.grade.grade.replace("_", " ")),
      " (", i.grade.explanation, ")."),
    el("p", {}, "On Airwars' scale: ", el("span", { class: "grade", id: "airwars-grade" }, i.airwars_grade.grade),
      " — ", el("span", { id: "airwars-explanation" }, i.airwars_grade.explanation)),
  ];
  if (i.merged_from) parts.push(el("p", { class: "muted" }, "The id " + i.merged_from + " now belongs to this incident."));
  parts.push(...details(i));
  parts.push(el("h2", {}, "Reconciled figures"));
  const figures = el("table", { id: "figures" }, el("tr", {}, el("th", {}, "measure"), el("th", {}, "who"),
    el("th", {}, "range"), el("th", {}, "rule that produced it")));
  for (const f of i.figures) {
    figures.append(el("tr", {}, el("td", {}, f.measure), el("td", {}, f.category), el("td", {}, range(f)),
      el("td", { class: "rule" }, f.explanation)));
  }
  parts.push(figures);
  parts.push(el("h2", {}, "Every claim"));
  const claims = el("table", { id: "claims" }, el("tr", {}, el("th", {}, "source"), el("th", {}, "stance"),
    el("th", {}, "figure"), el("th", {}, "article"), el("th", {}, "date of report")));
  for (const f of i.figures) {
    for (const c of f.claims) {
      claims.append(el("tr", {}, el("td", {}, c.source), el("td", {}, c.stance),
        el("td", {}, f.measure + " (" + f.category + ") " + range(c) + (c.approximate ? " ~" : "")),
        el("td", {}, c.title || c.article_id), el("td", {}, c.published || "")));
    }
  }
  parts.push(claims);
  parts.push(el("h2", {}, "Reports (" + i.reports_total + ")"));
  view.replaceChildren(...parts);
  await showReports(i, id, mine);
}

/** The article an item is quoted from, as its title when the incident's claims give one. */
function articleOf(i, id) {
  for (const f of i.figures) for (const c of f.claims) if (c.article_id === id && c.title) return c.title;
  return id;
}

/** A quote from a report, and how many reports tell of it. */
function quoted(i, item) {
  const more = item.reports.length > 1 ? " (and " + (item.reports.length - 1) + " more reports)" : "";
  return el("td", { dir: "auto" }, "“" + item.text + "” — ", articleOf(i, item.article_id), more);
}

/** What was hit and with what, the victims and each belligerent's assessments, each traced to a report. */
function details(i) {
  const out = [];
  if (i.targets.length || i.weapons.length) {
    out.push(el("h2", {}, "What was hit, and with what"));
    const table = el("table", { id: "hits" }, el("tr", {}, el("th", {}, "what"), el("th", {}, "kind"),
      el("th", {}, "told as"), el("th", {}, "words of the report")));
    for (const t of i.targets) {
      table.append(el("tr", {}, el("td", {}, "target"), el("td", {}, t.category), el("td", {}, "reported"),
        quoted(i, t)));
    }
    for (const w of i.weapons) {
      table.append(el("tr", {}, el("td", {}, "means"), el("td", {}, w.kind),
        el("td", {}, w.alleged ? "alleged by " + w.alleged_by : "reported"), quoted(i, w)));
    }
    out.push(table);
  }
  if (i.victims.length) {
    out.push(el("h2", {}, "Victims"));
    const table = el("table", { id: "victims" }, el("tr", {}, el("th", {}, "name or relation"), el("th", {}, "how many"),
      el("th", {}, "age"), el("th", {}, "gender"), el("th", {}, "outcome"), el("th", {}, "article")));
    for (const v of i.victims) {
      table.append(el("tr", {}, el("td", { dir: "auto" }, v.name ? v.name + (v.relation ? " (" + v.relation + ")" : "")
        : v.relation), el("td", {}, String(v.count)),
        el("td", {}, v.age != null ? String(v.age) : (v.age_group || "")), el("td", {}, v.gender || ""),
        el("td", {}, v.outcome), el("td", {}, articleOf(i, v.article_id))));
    }
    out.push(table);
  }
  out.push(el("h2", {}, "Belligerents' own assessments"));
  if (!i.assessments.length) {
    out.push(el("p", { class: "muted", id: "no-assessments" }, "No report gives a belligerent's assessment."));
    return out;
  }
  const table = el("table", { id: "assessments" }, el("tr", {}, el("th", {}, "belligerent"), el("th", {}, "position"),
    el("th", {}, "civilians killed it concedes"), el("th", {}, "statement"), el("th", {}, "source"),
    el("th", {}, "article")));
  for (const b of i.assessments) {
    b.statements.forEach((a, k) => {
      table.append(el("tr", { class: k ? "earlier" : "latest" }, el("td", {}, k ? "" : b.belligerent),
        el("td", {}, a.position), el("td", {}, a.killed ? range(a.killed) : "—"),
        el("td", {}, a.statement_date || "date not given"), el("td", {}, a.source),
        el("td", {}, a.title || a.article_id)));
    });
  }
  out.push(table);
  return out;
}

/** Appends a page of the incident's reports with their texts, and a button for the next page if there is one. */
async function showReports(i, id, mine) {
  const view = document.getElementById("view-incident");
  for (const r of i.reports) {
    const box = el("article", { class: "report", "data-article": r.article_id },
      el("h3", { dir: "auto" }, r.title || r.article_id), el("p", { class: "muted" },
        [r.publisher, r.published, r.url].filter(Boolean).join(" · ")));
    view.append(box);
    try {
      const a = await getJson("api/articles/" + encodeURIComponent(r.article_id));
      if (mine !== generation) return;
      box.append(highlighted(a.text, (r.evidence || []).map(s => [s.start, s.end])));
    } catch (e) {
      box.append(el("p", { class: "error" }, e.message));
    }
  }
  const next = i.reports_offset + i.reports.length;
  if (next < i.reports_total) {
    const more = el("button", { id: "more-reports", type: "button" },
      "More reports (" + (i.reports_total - next) + " left)");
    more.addEventListener("click", async () => {
      more.remove();
      try {
        const page = await getJson("api/incidents/" + encodeURIComponent(id) + "?reports_offset=" + next);
        if (mine === generation) await showReports(page, id, mine);
      } catch (e) {
        view.append(el("p", { class: "error" }, e.message));
      }
    });
    view.append(more);
  }
}

/** "rtl" for a text mostly in Arabic script (more Arabic letters than Latin ones), else "ltr". */
function direction(text) {
  const sample = (text || "").slice(0, 4000);
  const arabic = (sample.match(/[\u0620-\u064A\u0671-\u06D3]/g) || []).length;
  const latin = (sample.match(/[A-Za-z\u00C0-\u024F]/g) || []).length;
  return arabic > latin ? "rtl" : "ltr";
}

/**
 * The text with the evidence spans in <mark> elements; every piece is a text node. An Arabic report reads right
 * to left (its own lines of English keep their direction: each line is bidi-isolated by the browser's auto rule).
 */
function highlighted(text, spans) {
  const rtl = direction(text) === "rtl";
  const div = el("div", { class: "article-text", dir: rtl ? "rtl" : "ltr", lang: rtl ? "ar" : null });
  spans.sort((a, b) => a[0] - b[0]);
  let at = 0;
  for (const [s, e] of spans) {
    if (s < at) continue;
    div.append(document.createTextNode(text.slice(at, s)));
    div.append(el("mark", { class: "evidence" }, text.slice(s, e)));
    at = e;
  }
  div.append(document.createTextNode(text.slice(at)));
  return div;
}

// ---- search ----

async function showSearch(params) {
  ++generation;
  const view = document.getElementById("view-search");
  show("view-search");
  const q = params.get("q") || "";
  document.getElementById("search-q").value = q;
  view.replaceChildren(el("h1", {}, "Search: ", q));
  try {
    const data = await getJson("api/search?q=" + encodeURIComponent(q) + "&limit=50");
    if (!data.hits.length) view.append(el("p", {}, "Nothing found."));
    const list = el("ol", { id: "hits" });
    for (const h of data.hits) {
      const item = el("li", {}, el("strong", {}, h.title || h.article_id), el("br"), h.snippet);
      for (const id of h.incident_ids) {
        item.append(el("br"), el("a", { href: "#/incident/" + encodeURIComponent(id) }, "incident " + id));
      }
      list.append(item);
    }
    view.append(list);
  } catch (e) {
    view.append(el("p", { class: "error" }, e.message));
  }
}

// ---- official versus local ----

async function showCompare(params) {
  ++generation;
  const view = document.getElementById("view-compare");
  show("view-compare");
  const form = el("form", { id: "compare-form" },
    el("label", {}, "Country ", el("input", { name: "region", value: params.get("region") || "SY", size: 6 })),
    " ", el("label", {}, "From ", el("input", { name: "from", type: "date", value: params.get("from") || "" })),
    " ", el("label", {}, "To ", el("input", { name: "to", type: "date", value: params.get("to") || "" })),
    " ", el("button", { type: "submit" }, "Compare"));
  form.onsubmit = e => {
    e.preventDefault();
    const next = new URLSearchParams();
    for (const n of ["region", "from", "to"]) if (form.elements[n].value) next.set(n, form.elements[n].value);
    go("/compare", next);
  };
  view.replaceChildren(el("h1", {}, "Official figures beside other figures and the incidents"), form);
  let c;
  try {
    c = await getJson("api/compare?" + params);
  } catch (e) {
    view.append(el("p", { class: "error" }, e.message));
    return;
  }
  const bars = [];
  const deathMeasures = ["killed", "civilians_killed"];
  for (const [group, claims] of [["official", c.official], ["other", c.other], ["without period", c.without_period]]) {
    for (const a of claims) {
      if (deathMeasures.includes(a.measure)) {
        bars.push({ label: group + ": " + a.measure + " (" + (a.source || "unattributed") + ")", min: a.min, max: a.max,
          kind: group.replace(" ", "-") });
      }
    }
  }
  for (const m of deathMeasures) {
    const s = c.incidents[m];
    bars.push({ label: "incidents: " + m + " (sum of " + s.incidents + " ranges)", min: s.min, max: s.max, kind: "incidents" });
  }
  const ns = "http://www.w3.org/2000/svg";
  const svg = document.createElementNS(ns, "svg");
  svg.setAttribute("id", "compare-chart");
  svg.setAttribute("width", 820);
  svg.setAttribute("height", 24 * bars.length + 10);
  const top = Math.max(1, ...bars.map(b => b.max));
  const colours = { official: "#1565c0", other: "#ef6c00", "without-period": "#9e9e9e", incidents: "#c62828" };
  bars.forEach((b, k) => {
    const y = 5 + 24 * k;
    const w = Math.max(1, (b.max / top) * 400);
    const r = document.createElementNS(ns, "rect");
    r.setAttribute("x", 400); r.setAttribute("y", y); r.setAttribute("height", 18);
    r.setAttribute("width", w); r.setAttribute("fill", colours[b.kind]); r.setAttribute("class", "bar-" + b.kind);
    const t = document.createElementNS(ns, "text");
    t.setAttribute("x", 0); t.setAttribute("y", y + 13); t.setAttribute("font-size", "12");
    t.textContent = b.label + ": " + (b.min === b.max ? b.min : b.min + "–" + b.max).toLocaleString();
    svg.append(r, t);
  });
  view.append(svg, el("p", { class: "muted" }, "Bars are the highest figure of each claim, on one scale. Country "
    + c.country + ", " + (c.from || "any time") + " to " + (c.to || "now") + ". " + c.incidents.undated_in_country
    + " undated incidents in the country are not summed."));
}

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
