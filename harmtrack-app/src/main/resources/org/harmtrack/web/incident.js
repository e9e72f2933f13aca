// The incident page: its grades, what was hit and with what, the victims, the belligerents' assessments, the
// reconciled figures with every claim, and each report's text with the incident's own evidence highlighted.
"use strict";

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
