// harmtrack's web page, shared helpers: building elements, fetching JSON, the route in the URL's fragment, numbers
// and ranges as the page writes them. The views are in map.js (map, list, timeline), incident.js (an incident with
// its reports), compare.js (search, official versus local); app.js wires them. Article text and every other stored
// string is untrusted: it only ever reaches the page through textContent and attribute setters, never as HTML.
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

/** A number as the page writes numbers: 90,000. */
function number(n) {
  return Number(n).toLocaleString("en-US");
}
