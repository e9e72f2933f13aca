// The map view: incidents as markers (gathered in clusters where they are close), place names from the gazetteer,
// the list beside it, and the timeline with its axis and brush.
"use strict";

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
