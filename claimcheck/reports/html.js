"use strict";
const D = JSON.parse(document.getElementById("claimcheck-data").textContent);
const $ = (id) => document.getElementById(id);
const el = (tag, props, ...kids) => {
  const node = document.createElement(tag);
  Object.assign(node, props || {});
  for (const kid of kids) node.append(kid);
  return node;
};
const FAILING = new Set(["contradicted", "required", "wavering", "stale", "accepted"]);
const state = {row: 0, col: 0, shown: 0, places: [], list: []};

function wantedStatus(r) {
  const st = $("f-status").value;
  return st === "discrepancy" ? FAILING.has(r.status) : !st || r.status === st;
}

function wantedPlace(r) {
  const c = $("f-claim").value, a = $("f-article").value;
  return (!c || D.claims[r.c].includes(c)) && (!a || D.articles[r.a].includes(a));
}

function drawMatrix() {
  const rows = new Map(), cols = new Set();
  // the matrix shows every result of the chosen claims and articles; the
  // verdict filter only dims the cells it leaves out
  for (const r of state.places) {
    if (!rows.has(r.c)) rows.set(r.c, new Map());
    rows.get(r.c).set(r.a, r);
    cols.add(r.a);
  }
  const claims = [...rows.keys()].sort((x, y) => x - y);
  const arts = [...cols].sort((x, y) => x - y);
  const P = D.pages;
  state.row = Math.min(state.row, Math.max(0, claims.length - 1));
  state.col = Math.min(state.col, Math.max(0, arts.length - 1));
  const shownClaims = claims.slice(state.row, state.row + P.rows);
  const shownArts = arts.slice(state.col, state.col + P.columns);
  const table = $("matrix");
  table.replaceChildren();
  const head = el("tr", {}, el("th", {className: "claim", textContent: "claim"}));
  for (const a of shownArts) head.append(el("th", {textContent: D.labels[a], title: D.articles[a]}));
  table.append(el("thead", {}, head));
  const body = el("tbody");
  for (const c of shownClaims) {
    const tr = el("tr", {}, el("th", {className: "claim", textContent: D.claims[c]}));
    for (const a of shownArts) {
      const r = rows.get(c).get(a);
      const td = el("td");
      if (r) {
        td.className = "st-" + r.status + (wantedStatus(r) ? "" : " dim");
        td.textContent = D.statuses[r.status].symbol;
        td.title = D.claims[c] + " on " + D.articles[a] + ": " + D.statuses[r.status].words;
        td.onclick = () => { $("f-claim").value = D.claims[c]; $("f-article").value = D.articles[a]; $("f-status").value = ""; update(); };
      }
      tr.append(td);
    }
    body.append(tr);
  }
  table.append(body);
  const pager = $("matrix-pager");
  pager.replaceChildren();
  const step = (what, delta, size) => () => { state[what] = Math.max(0, state[what] + delta * size); drawMatrix(); };
  const span = (what, start, count, total, size, noun) => {
    if (total <= size) return;
    pager.append(
      el("button", {type: "button", textContent: "‹", disabled: start === 0, onclick: step(what, -1, size)}),
      noun + " " + (start + 1) + "–" + (start + count) + " of " + total,
      el("button", {type: "button", textContent: "›", disabled: start + count >= total, onclick: step(what, 1, size)}), " ");
  };
  span("row", state.row, shownClaims.length, claims.length, P.rows, "claims");
  span("col", state.col, shownArts.length, arts.length, P.columns, "articles");
  const used = new Set(state.places.map((r) => r.status));
  $("legend").textContent = Object.entries(D.statuses).filter(([k]) => used.has(k))
    .map(([, s]) => s.symbol + " " + s.words).join(" · ");
}

function quote(e) {
  const mark = el("mark", {textContent: e.text});
  if (e.compatible) mark.className = "ok";
  return el("blockquote", {},
    el("span", {className: "ln", textContent: e.line + ":" + e.column}),
    (e.before.length >= 160 ? "…" : "") + e.before, mark,
    e.after + (e.after.length >= 160 ? "…" : ""));
}

function drawResult(r) {
  const s = D.statuses[r.status];
  const li = el("li", {className: "result"},
    el("div", {},
      el("span", {className: "badge st-" + r.status, textContent: s.words}),
      el("strong", {textContent: r.claim}), " ",
      el("span", {className: "where", textContent: r.where})));
  const src = D.sources[r.a];
  if (src) {
    const line = el("div", {className: "source", textContent: src.text});
    // a link only to a web page; the page itself fetches nothing
    if (src.url && /^https?:\/\//i.test(src.url)) {
      line.append(" ", el("a", {href: src.url, rel: "noreferrer", textContent: src.url}));
    } else if (src.url) line.append(" " + src.url);
    li.append(line);
  }
  if (r.description) li.append(el("div", {textContent: r.description}));
  if (r.note) li.append(el("div", {className: "note", textContent: "accepted: " + r.note}));
  // a discrepancy shows the mentions that disagree; an outdated one, all
  const shown = FAILING.has(r.status) && r.verdict !== "outdated" ? r.evidence.filter((e) => e.compatible === false) : r.evidence;
  for (const e of shown) li.append(quote(e), el("div", {className: "reason", textContent: e.reason}));
  if (r.more) li.append(el("div", {className: "reason", textContent: r.more}));
  if (!r.evidence.length) {
    li.append(el("div", {className: "reason", textContent: r.candidates.length ? "not stated; nearest sentences:" : "not stated; no sentence comes close"}));
    for (const c of r.candidates) li.append(el("blockquote", {}, el("span", {className: "ln", textContent: c.line + ":" + c.column}), c.text));
  }
  return li;
}

function drawMore() {
  const next = state.list.slice(state.shown, state.shown + D.pages.results);
  $("results").append(...next.map(drawResult));
  state.shown += next.length;
  $("more").hidden = state.shown >= state.list.length;
  $("more").textContent = "show more (" + (state.list.length - state.shown) + " left)";
}

function update() {
  state.places = D.results.filter(wantedPlace);
  state.list = state.places.filter(wantedStatus);
  state.row = state.col = state.shown = 0;
  $("results").replaceChildren();
  $("results-title").textContent = "Results (" + state.list.length + ")";
  drawMatrix();
  drawMore();
}

$("claims").append(...D.claims.map((c) => el("option", {value: c})));
$("articles").append(...D.articles.map((a) => el("option", {value: a})));
for (const id of ["f-status", "f-claim", "f-article"]) $(id).addEventListener("input", update);
$("f-reset").onclick = () => { $("f-status").value = "discrepancy"; $("f-claim").value = ""; $("f-article").value = ""; update(); };
$("more").onclick = drawMore;

// per-claim and per-article totals, drawn when their list is first opened
// the outdated column only in a run that has an outdated result
const TOTALS = ["supported", "contradicted", "missing", "outdated", "accepted"].filter(
  (k) => k !== "outdated" || Object.values(D.run.totals.claims).some((t) => t.outdated));
function drawTotals(id, title, table) {
  const details = $(id);
  const names = Object.keys(table);
  details.querySelector("summary").textContent = "per " + title + " (" + names.length + ")";
  details.addEventListener("toggle", () => {
    if (!details.open || details.querySelector("table")) return;
    const cells = (t) => TOTALS.map((k) => el("td", {textContent: String(t[k])}));
    const head = el("tr", {}, el("th", {textContent: title}),
      ...TOTALS.map((k) => el("th", {textContent: k})));
    const rows = names.map((n) => el("tr", {}, el("th", {scope: "row", textContent: n}), ...cells(table[n])));
    details.append(el("div", {className: "scroll"},
      el("table", {className: "totals"}, el("thead", {}, head), el("tbody", {}, ...rows))));
  });
}
drawTotals("totals-claims", "claim", D.run.totals.claims);
drawTotals("totals-articles", "article", D.run.totals.articles);
update();
