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
  return r.min === r.max ? number(r.min) : number(r.min) + "–" + number(r.max);
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
let markers = null;   // incidents at a point: clustered where they overlap
let areas = null;     // incidents somewhere in a district or province: the area drawn, never clustered
let labels = null;    // place names from the gazetteer, under the incidents

function initMap() {
  if (map) return;
  map = L.map("map", { worldCopyJump: true, attributionControl: true, minZoom: 2, maxZoom: 16 }).setView([30, 40], 4);
  map.attributionControl.addAttribution("Natural Earth; places: GeoNames");
  // the base map under the place names, the names under the incidents (400); names never take a click
  map.createPane("countries").style.zIndex = 250;
  map.createPane("labels").style.zIndex = 350;
  map.getPane("labels").style.pointerEvents = "none";
  fetch("vendor/countries-50m.json").then(r => r.json()).then(world => {
    const countries = topojson.feature(world, world.objects.countries);
    L.geoJSON(countries, { pane: "countries", interactive: false,
      style: { color: "#78909c", weight: 0.6, fillColor: "#f5f5f0", fillOpacity: 1 } }).addTo(map);
  });
  areas = L.layerGroup().addTo(map);
  markers = L.markerClusterGroup({ maxClusterRadius: 36, showCoverageOnHover: false,
    spiderfyDistanceMultiplier: 1.6, iconCreateFunction: clusterIcon }).addTo(map);
  labels = L.layerGroup().addTo(map);
  map.on("moveend", drawLabels);
}

/** A cluster: how many incidents it holds and, on hover, the deaths they report together. */
function clusterIcon(cluster) {
  const children = cluster.getAllChildMarkers();
  const low = children.reduce((n, m) => n + (m.options.killedMin || 0), 0);
  const high = children.reduce((n, m) => n + (m.options.killedMax || 0), 0);
  const count = el("span", { class: "cluster-count" }, String(children.length));
  cluster.bindTooltip(el("span", {}, children.length + " incidents here, " + number(low)
    + (high !== low ? "–" + number(high) : "") + " killed in all; click to spread them out"));
  const size = 26 + Math.min(18, Math.round(Math.sqrt(high)));
  return L.divIcon({ html: count, className: "incident-cluster", iconSize: [size, size] });
}

let labelRequest = 0;

/** Draws the names of the largest towns in view (and of countries when zoomed out), from the gazetteer. */
async function drawLabels() {
  const mine = ++labelRequest;
  const b = map.getBounds();
  const clamp = (v, lo, hi) => Math.max(lo, Math.min(hi, v));
  const west = b.getWest(), east = b.getEast();
  const wide = east - west >= 360;
  const bbox = [clamp(b.getSouth(), -90, 90), wide ? -180 : L.Util.wrapNum(west, [-180, 180], true),
    clamp(b.getNorth(), -90, 90), wide ? 180 : L.Util.wrapNum(east, [-180, 180], true)].map(v => v.toFixed(3));
  let data;
  try {
    const size = map.getSize();
    data = await getJson("api/places?bbox=" + bbox.join(",") + "&zoom=" + map.getZoom() + "&width=" + size.x
      + "&height=" + size.y);
  } catch (e) {
    return; // names are a help, not the record: the map works without them
  }
  if (mine !== labelRequest) return;
  labels.clearLayers();
  for (const p of data.places) {
    const name = el("span", { class: "place-label " + p.kind }, p.name);
    L.marker([p.lat, p.lon], { pane: "labels", interactive: false, keyboard: false,
      icon: L.divIcon({ html: name, className: "place-label-icon", iconSize: null }) }).addTo(labels);
  }
}

/** A number as the page writes numbers: 90,000. */
function number(n) {
  return Number(n).toLocaleString("en-US");
}

/** What hovering over an incident shows: its title, date, place and toll. */
function hoverText(i) {
  const p = i.place;
  const where = p ? p.name + ", " + p.country + (p.precision !== "locality" ? " (" + p.precision + ")" : "") : "place unknown";
  return el("span", { class: "hover" }, el("strong", {}, i.title || "untitled report"), el("br"),
    (i.date_start || "undated") + " · " + where + " · killed " + range(i.killed)
    + " · " + i.reports + (i.reports === 1 ? " report" : " reports"));
}

/** A marker that shows the toll by its size (up to 300 deaths; beyond, the same) and the place's precision by its look. */
function marker(i) {
  const p = i.place;
  if (!p || p.precision === "country") return null;
  const deaths = i.killed ? i.killed.max : 0;
  const radius = 4 + 1.6 * Math.sqrt(Math.min(deaths, 300));
  const common = { killedMin: i.killed ? i.killed.min : 0, killedMax: deaths };
  let m;
  if (p.precision === "locality") {
    m = L.circleMarker([p.lat, p.lon], { ...common, radius, color: "#7f0000", weight: 1, fillColor: "#c62828",
      fillOpacity: 0.8, className: "incident-marker precision-locality" });
  } else if (p.precision === "near") {
    m = L.circleMarker([p.lat, p.lon], { ...common, radius, color: "#c62828", weight: 2, dashArray: "3 3",
      fillColor: "#ef9a9a", fillOpacity: 0.5, className: "incident-marker precision-near" });
  } else {
    // a district or a province: the area it may be anywhere in, not a point
    m = L.circle([p.lat, p.lon], { ...common, radius: p.precision === "district" ? 25000 : 80000, color: "#6a1b9a",
      weight: 2, dashArray: "6 4", fill: false, className: "incident-marker precision-" + p.precision });
  }
  m.bindTooltip(hoverText(i)); // an element, not a string: Leaflet would parse a string as HTML
  m.on("click", () => go("/incident/" + encodeURIComponent(i.incident_id)));
  return m;
}

function filterParams(params) {
  const out = new URLSearchParams();
  for (const f of FILTERS) if (params.get(f)) out.set(f, params.get(f));
  return out;
}

/** Fits the map to a filtered country's extent (from the gazetteer), else to the incidents shown. */
async function zoomTo(country, points) {
  if (country) {
    try {
      const c = await getJson("api/countries/" + encodeURIComponent(country));
      map.fitBounds([[c.south, c.west], [c.north, c.east]], { padding: [10, 10] });
      return;
    } catch (e) {
      // an unknown country is already told by the list's answer; fall back to the incidents
    }
  }
  if (points.length) map.fitBounds(points, { maxZoom: 8, padding: [20, 20] });
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
  areas.clearLayers();
  try {
    const data = await getJson("api/incidents?" + query);
    if (mine !== generation) return;
    count.textContent = number(data.total) + (data.total === 1 ? " incident" : " incidents")
      + (data.total > PAGE_SIZE ? " (page " + data.page + ")" : "");
    list.start = (data.page - 1) * PAGE_SIZE + 1;
    const bounds = [];
    for (const i of data.items) {
      const m = marker(i);
      if (m) {
        (m instanceof L.Circle ? areas : markers).addLayer(m);
        bounds.push([i.place.lat, i.place.lon]);
      }
      const where = i.place ? i.place.name + ", " + i.place.country + (i.place.precision !== "locality"
        ? " (" + i.place.precision + ")" : "") : "place unknown";
      list.append(el("li", { "data-id": i.incident_id },
        el("a", { href: "#/incident/" + encodeURIComponent(i.incident_id) }, i.date_start || "undated"),
        " ", where, " — killed ", range(i.killed), " ",
        el("span", { class: "grade" }, i.grade.replace("_", " ")), " ",
        el("span", { class: "muted" }, i.reports + (i.reports === 1 ? " report" : " reports")),
        el("br"), el("span", { class: "item-title", dir: "auto" }, i.title || "untitled report")));
    }
    await zoomTo(params.get("country"), bounds);
    drawLabels();
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
  const undated = document.getElementById("timeline-undated");
  undated.textContent = data.undated ? number(data.undated) + (data.undated === 1 ? " undated incident is" : " undated incidents are")
    + " not on the timeline (their reports give no date that could be resolved)." : "";
  if (!months.length) return;
  const width = svg.clientWidth || 800;
  const height = 120;
  const left = 34; // room for the count axis
  const ns = "http://www.w3.org/2000/svg";
  const first = months[0].month, last = months[months.length - 1].month;
  const index = m => (parseInt(m.slice(0, 4), 10) * 12 + parseInt(m.slice(5, 7), 10) - 1);
  const span = index(last) - index(first) + 1;
  const step = (width - left) / span;
  const maxCount = Math.max(...months.map(m => m.incidents));
  const maxDeaths = Math.max(1, ...months.map(m => m.killed_max));
  for (const m of months) {
    const x = left + (index(m.month) - index(first)) * step;
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
  drawAxes(svg, { left, width, height, step, span, first: index(first), maxCount });
  const monthAt = x => {
    const i = Math.min(span - 1, Math.max(0, Math.floor((x - left) / step))) + index(first);
    return { y: Math.floor(i / 12), m: i % 12 + 1 };
  };
  const brush = document.createElementNS(ns, "rect");
  brush.setAttribute("class", "brush"); brush.setAttribute("y", 0); brush.setAttribute("height", height);
  svg.append(brush);
  const from = params.get("from"), to = params.get("to");
  if (from && to) {
    const x0 = left + (index(from.slice(0, 7)) - index(first)) * step;
    const x1 = left + (index(to.slice(0, 7)) - index(first) + 1) * step;
    brush.setAttribute("x", Math.max(left, x0)); brush.setAttribute("width", Math.max(0, x1 - Math.max(left, x0)));
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

/**
 * The timeline's axes: a baseline with a tick and label at each year (every second or fifth year on a long span;
 * months on a span of a year or less), and the count scale on the left.
 */
function drawAxes(svg, a) {
  const ns = "http://www.w3.org/2000/svg";
  const line = (x1, y1, x2, y2, cls) => {
    const l = document.createElementNS(ns, "line");
    l.setAttribute("x1", x1); l.setAttribute("y1", y1); l.setAttribute("x2", x2); l.setAttribute("y2", y2);
    l.setAttribute("class", cls);
    svg.append(l);
  };
  const text = (x, y, anchor, content) => {
    const t = document.createElementNS(ns, "text");
    t.setAttribute("x", x); t.setAttribute("y", y); t.setAttribute("text-anchor", anchor);
    t.setAttribute("class", "axis-label"); t.textContent = content;
    svg.append(t);
  };
  const base = a.height - 15;
  line(a.left, base, a.width, base, "axis");
  line(a.left, 5, a.left, base, "axis");
  text(a.left - 4, 14, "end", number(a.maxCount));
  text(a.left - 4, base, "end", "0");
  const years = a.span / 12;
  const every = years > 24 ? 5 : years > 12 ? 2 : 1;
  const names = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
  for (let k = 0; k < a.span; k++) {
    const month = (a.first + k) % 12;
    const year = Math.floor((a.first + k) / 12);
    const x = a.left + k * a.step;
    if (month === 0 || k === 0) {
      line(x, base, x, base + 4, "axis");
      if (a.span <= 12 || year % every === 0 || k === 0) {
        text(x + 2, a.height - 2, "start", a.span <= 12 ? names[month] + " " + year : String(year));
      }
    } else if (a.span <= 12) {
      line(x, base, x, base + 3, "axis");
      text(x + 2, a.height - 2, "start", names[month]);
    }
  }
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
  const deathMeasures = ["killed", "civilians_killed"];
  const groups = [["official", "Official", c.official], ["other", "Other sources", c.other],
    ["without-period", "No period given", c.without_period]];
  const rows = [];
  const others = [];
  for (const [kind, group, claims] of groups) {
    for (const a of claims) (deathMeasures.includes(a.measure) ? rows : others).push({ kind, group, claim: a });
  }
  for (const m of deathMeasures) {
    const s = c.incidents[m];
    rows.push({ kind: "incidents", group: "Incidents", min: s.min, max: s.max,
      label: (m === "killed" ? "killed" : "civilians killed") + ": sum of " + s.incidents + " incidents' ranges"
        + (s.without_figure ? " (" + s.without_figure + " give no figure)" : "") });
  }
  view.append(compareChart(rows),
    el("p", { class: "muted" }, "Each bar runs from the lowest to the highest figure a claim allows, on a"
      + " logarithmic scale (so that 20 and 90,000 can be read on one chart); a vague claim (\u201ctens of"
      + " thousands\u201d) is drawn hatched over the range harmtrack reads it as. Country " + c.country + ", "
      + (c.from || "any time") + " to " + (c.to || "now") + ". " + number(c.incidents.undated_in_country)
      + " undated incidents in the country are not summed."));
  view.append(el("h2", {}, "Also claimed, not drawn (not a death toll)"));
  view.append(others.length ? claimTable("other-claims", others) : el("p", { class: "muted" }, "None."));
  view.append(el("h2", {}, "Left out: claims of the period that name no place (" + c.unplaced.length + ")"));
  view.append(c.unplaced.length ? claimTable("unplaced-claims", c.unplaced.map(a => ({ group: "No place", claim: a })))
    : el("p", { class: "muted" }, "None."));
}

/** The words, figure and source of a claim, as the chart's rows and the tables write them. */
function claimLabel(a) {
  const figure = a.min === a.max ? number(a.min) : number(a.min) + "–" + number(a.max);
  return (a.words ? "\u201c" + a.words.replace(/\s+/g, " ") + "\u201d (" + figure + ")" : figure)
    + " — " + (a.source || "source not named") + (a.period_text ? ", " + a.period_text : "");
}

/** The comparison chart: one row per claim or sum, a bar from its minimum to its maximum on a log scale. */
function compareChart(rows) {
  const ns = "http://www.w3.org/2000/svg";
  const svg = document.createElementNS(ns, "svg");
  const labelWidth = 470, plot = 400, rowHeight = 34, top = 24;
  svg.setAttribute("id", "compare-chart");
  svg.setAttribute("width", labelWidth + plot + 20);
  svg.setAttribute("height", top + rowHeight * rows.length + 10);
  const highest = Math.max(10, ...rows.map(r => (r.claim || r).max));
  const decades = Math.ceil(Math.log10(highest));
  const x = v => labelWidth + (v <= 1 ? 0 : Math.log10(v) / decades * plot);
  const add = (tag, attrs, text) => {
    const e = document.createElementNS(ns, tag);
    for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
    if (text !== undefined) e.textContent = text;
    svg.append(e);
    return e;
  };
  const defs = add("defs", {});
  const hatch = document.createElementNS(ns, "pattern");
  for (const [k, v] of Object.entries({ id: "vague", width: 6, height: 6, patternUnits: "userSpaceOnUse",
    patternTransform: "rotate(45)" })) hatch.setAttribute(k, v);
  const stripe = document.createElementNS(ns, "rect");
  for (const [k, v] of Object.entries({ width: 3, height: 6, fill: "#555", opacity: 0.35 })) stripe.setAttribute(k, v);
  hatch.append(stripe);
  defs.append(hatch);
  for (let d = 0; d <= decades; d++) {
    const v = Math.pow(10, d);
    add("line", { x1: x(v), x2: x(v), y1: top - 4, y2: top + rowHeight * rows.length, class: "grid" });
    add("text", { x: x(v), y: top - 8, "text-anchor": "middle", class: "axis-label" }, number(v));
  }
  rows.forEach((r, k) => {
    const a = r.claim || r;
    const y = top + rowHeight * k;
    const g = add("g", { class: "claim-row bar-" + r.kind });
    const label = document.createElementNS(ns, "text");
    label.setAttribute("x", 0); label.setAttribute("y", y + 13); label.setAttribute("class", "claim-group");
    label.textContent = r.group + (r.claim ? ": " + (a.measure === "killed" ? "killed" : "civilians killed") : "");
    const words = document.createElementNS(ns, "text");
    words.setAttribute("x", 0); words.setAttribute("y", y + 27); words.setAttribute("class", "claim-words");
    const full = r.claim ? claimLabel(a) : r.label;
    words.textContent = full.length > 84 ? full.slice(0, 83) + "…" : full; // whole in the tooltip
    const tip = document.createElementNS(ns, "title");
    tip.textContent = r.claim ? claimLabel(a) + (a.title ? " — " + a.title : "") : r.label;
    const bar = document.createElementNS(ns, "rect");
    const x0 = x(Math.max(1, a.min)), x1 = x(Math.max(1, a.max));
    bar.setAttribute("x", x0); bar.setAttribute("y", y + 4); bar.setAttribute("height", 20);
    bar.setAttribute("width", Math.max(3, x1 - x0)); bar.setAttribute("class", "range");
    g.append(label, words, bar, tip);
    if (a.min !== a.max && r.claim) {
      const over = document.createElementNS(ns, "rect");
      for (const [k2, v] of Object.entries({ x: x0, y: y + 4, height: 20, width: Math.max(3, x1 - x0), fill: "url(#vague)" })) {
        over.setAttribute(k2, v);
      }
      g.append(over);
    }
    const figure = document.createElementNS(ns, "text");
    const roomRight = x1 + 90 < labelWidth + plot + 20; // else the figure goes left of the bar
    figure.setAttribute("x", roomRight ? x1 + 4 : x0 - 4); figure.setAttribute("y", y + 18);
    figure.setAttribute("text-anchor", roomRight ? "start" : "end");
    figure.setAttribute("class", "figure");
    figure.textContent = a.min === a.max ? number(a.min) : number(a.min) + "–" + number(a.max);
    g.append(figure);
  });
  return svg;
}

/** Claims as a table: group, measure, words and figure, source, period, article. */
function claimTable(id, items) {
  const table = el("table", { id }, el("tr", {}, el("th", {}, "group"), el("th", {}, "measure"),
    el("th", {}, "claim"), el("th", {}, "article")));
  for (const { group, claim: a } of items) {
    table.append(el("tr", {}, el("td", {}, group), el("td", {}, a.measure.replace("_", " ")),
      el("td", { dir: "auto" }, claimLabel(a)), el("td", { dir: "auto" }, a.title || a.article_id)));
  }
  return table;
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
