// Search, and official figures beside other figures and the incidents' sums.
"use strict";

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
      h.incident_ids.forEach((id, k) => {
        const label = h.incident_ids.length === 1 ? "Open the incident it tells of"
          : "Incident " + (k + 1) + " of the " + h.incident_ids.length + " it tells of";
        item.append(el("br"), el("a", { href: "#/incident/" + encodeURIComponent(id), title: id }, label));
      });
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
