"use strict";
// Draws the PPF report from the JSON embedded in #ppf-data. No network, no libraries.
(function () {
  var body = document.body;
  window.addEventListener("error", function (e) {
    body.setAttribute("data-error", String(e.message || e));
  });
  var data = JSON.parse(document.getElementById("ppf-data").textContent);
  var fw = data.framework;
  var ABBR = {achieved: "A", very_likely: "VL", fairly_likely: "FL", fairly_unlikely: "FU",
              very_unlikely: "VU", not_achieved: "N"};

  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) {
      if (attrs[k] !== null && attrs[k] !== undefined) { node.setAttribute(k, attrs[k]); }
    });
    (children || []).forEach(function (c) {
      node.appendChild(typeof c === "string" || typeof c === "number" ?
        document.createTextNode(String(c)) : c);
    });
    return node;
  }
  function label(list, id) {
    for (var i = 0; i < list.length; i++) { if (list[i].id === id) { return list[i].label; } }
    return id === null || id === undefined ? "—" : String(id);
  }
  function rank(list, id) {
    for (var i = 0; i < list.length; i++) { if (list[i].id === id) { return i; } }
    return list.length;
  }
  function evidence(doc, key) {
    var page = data.evidence[doc];
    return page ? page + "#" + key : null;
  }
  function countBy(rows, key) {
    var out = {};
    rows.forEach(function (r) { var k = r[key] === null ? "none" : r[key]; out[k] = (out[k] || 0) + 1; });
    return out;
  }
  function uniq(values) {
    var seen = {}, out = [];
    values.forEach(function (v) { if (!seen[v]) { seen[v] = true; out.push(v); } });
    return out;
  }
  // A coloured, linked cell: value shown, sort key in data-v.
  function linkCell(cls, text, href, title, sortKey, kind) {
    var a = el("a", {href: href, title: title, "class": "ev", "data-kind": kind}, [text]);
    if (!href) { a.removeAttribute("href"); }
    return el("td", {"class": "c " + cls, "data-v": sortKey}, [a]);
  }

  // Sortable tables: a click on a header sorts by that column (data-v, else text).
  function sortable(table) {
    var heads = table.querySelectorAll("thead th");
    Array.prototype.forEach.call(heads, function (th, index) {
      th.addEventListener("click", function () {
        var asc = !th.classList.contains("sorted-asc");
        Array.prototype.forEach.call(heads, function (h) { h.classList.remove("sorted-asc", "sorted-desc"); });
        th.classList.add(asc ? "sorted-asc" : "sorted-desc");
        var tbody = table.tBodies[0];
        var rows = Array.prototype.slice.call(tbody.rows);
        rows.sort(function (a, b) {
          var x = key(a.cells[index]), y = key(b.cells[index]);
          var r = (typeof x === "number" && typeof y === "number") ? x - y :
            String(x).localeCompare(String(y));
          return asc ? r : -r;
        });
        rows.forEach(function (r) { tbody.appendChild(r); });
      });
    });
    function key(cell) {
      if (!cell) { return ""; }
      var v = cell.getAttribute("data-v");
      if (v === null) { v = cell.textContent; }
      return v !== "" && !isNaN(Number(v)) ? Number(v) : v;
    }
    return table;
  }
  function gridTable(headers) {
    var tr = el("tr", {}, headers.map(function (h) {
      return typeof h === "string" ? el("th", {}, [h]) : el("th", {title: h.title}, [h.text]);
    }));
    return el("table", {"class": "grid"}, [el("thead", {}, [tr]), el("tbody")]);
  }

  // Summary counts.
  var docs = data.documents;
  var okDocs = docs.filter(function (d) { return !d.error; });
  var okIds = {};
  okDocs.forEach(function (d) { okIds[d.id] = true; });
  var counts = {
    documents: docs.length,
    returns: docs.filter(function (d) { return d.has_return && !d.error; }).length,
    errors: docs.filter(function (d) { return d.error; }).length,
    councils: uniq(data.returns.map(function (r) { return r.council; })).length,
    cells: data.cells.length,
    ratings: data.ratings.length,
    facts: data.facts.length
  };

  // Heatmap: councils by (milestone, deadline), latest return.
  var cellCols = [];
  fw.milestones.forEach(function (m) {
    fw.deadlines.forEach(function (d) { cellCols.push({m: m.id, d: d.id, title: m.title, dl: d.label}); });
  });
  var latestBy = {};
  data.latest.forEach(function (r) { latestBy[r.council + "|" + r.milestone + "|" + r.deadline] = r; });
  var councils = uniq(data.latest.map(function (r) { return r.council; })).sort();
  var asOf = {};  // a council's latest period among its cells
  data.latest.forEach(function (r) {
    var p = r.period || "";
    if (!(r.council in asOf) || p > asOf[r.council]) { asOf[r.council] = p; }
  });
  var heat = gridTable(["Council", {text: "As of", title: "The period of the council's latest return"}]
    .concat(cellCols.map(function (c) {
      return {text: "M" + c.m + " " + c.dl.replace(/^(\w{3})\w* \d\d(\d\d)$/, "$1 $2"),
              title: "Milestone " + c.m + ": " + c.title + ", " + c.dl};
    })));
  councils.forEach(function (council) {
    var tr = el("tr", {"data-council": council}, [el("td", {"class": "name"}, [council]),
      el("td", {"class": "asof", "data-v": asOf[council] || ""}, [asOf[council] || "undated"])]);
    cellCols.forEach(function (c) {
      var r = latestBy[council + "|" + c.m + "|" + c.d];
      if (!r) { tr.appendChild(el("td", {"class": "none", "data-v": 99}, [])); return; }
      var st = r.status || "unknown";
      var older = (r.period || "") !== (asOf[council] || "");
      tr.appendChild(linkCell("st-" + st + (older ? " older" : ""), ABBR[r.status] || "?",
        evidence(r.document_id, "milestones-" + r.seq),
        council + ", milestone " + c.m + ", " + c.dl + ": " + label(fw.statuses, r.status) +
        " (return " + (r.period || "undated") + ", " + r.document_id + ")" +
        (older ? "; from an older return than the council's latest" : ""),
        rank(fw.statuses, r.status), "milestone"));
      tr.lastChild.setAttribute("data-status", st);
    });
    heat.tBodies[0].appendChild(tr);
  });
  document.getElementById("heatmap").appendChild(sortable(heat));
  var legend = document.getElementById("status-legend");
  var select = document.getElementById("status-filter");
  fw.statuses.forEach(function (s) {
    legend.appendChild(el("span", {"class": "st-" + s.id}, [(ABBR[s.id] || "?") + " " + s.label]));
    select.appendChild(el("option", {value: s.id}, [s.label]));
  });

  // Requirements grid: one row per council and period.
  var ratingBy = {};
  data.ratings.forEach(function (r) {
    var k = r.document_id + "|" + r.requirement;
    if (!(k in ratingBy)) { ratingBy[k] = r; }
  });
  var req = gridTable(["Council", "Period"].concat(fw.requirements.map(function (r, i) {
    return {text: "R" + (i + 1), title: "R" + (i + 1) + ": " + r.wording};
  })));
  data.returns.forEach(function (ret) {
    var tr = el("tr", {"data-council": ret.council}, [
      el("td", {"class": "name"}, [ret.council]), el("td", {}, [ret.period || "—"])]);
    fw.requirements.forEach(function (q) {
      var r = ratingBy[ret.document_id + "|" + q.id];
      if (!r) { tr.appendChild(el("td", {"class": "none", "data-v": 99}, [])); return; }
      tr.appendChild(linkCell("rt-" + r.rating, label(fw.ratings, r.rating).replace(/[a-z]+/g, ""),
        evidence(r.document_id, "requirements-" + r.seq),
        ret.council + " " + (ret.period || "") + ", " + q.id + ": " + label(fw.ratings, r.rating),
        rank(fw.ratings, r.rating), "rating"));
    });
    req.tBodies[0].appendChild(tr);
  });
  document.getElementById("requirements").appendChild(sortable(req));
  var rlegend = document.getElementById("rating-legend");
  fw.ratings.forEach(function (r) { rlegend.appendChild(el("span", {"class": "rt-" + r.id}, [r.label])); });


  // Trend: per council, each return's achieved cells and green ratings.
  var cellsByDoc = {}, ratingsByDoc = {};
  data.cells.forEach(function (c) { (cellsByDoc[c.document_id] = cellsByDoc[c.document_id] || []).push(c); });
  data.ratings.forEach(function (r) { (ratingsByDoc[r.document_id] = ratingsByDoc[r.document_id] || []).push(r); });
  var periods = uniq(data.returns.map(function (r) { return r.period || "—"; })).sort();
  var trend = gridTable(["Council"].concat(periods));
  uniq(data.returns.map(function (r) { return r.council; })).sort().forEach(function (council) {
    var tr = el("tr", {"data-council": council}, [el("td", {"class": "name"}, [council])]);
    periods.forEach(function (p) {
      var ret = data.returns.filter(function (r) { return r.council === council && (r.period || "—") === p; })[0];
      if (!ret) { tr.appendChild(el("td", {"class": "none", "data-v": -1}, [])); return; }
      var cs = cellsByDoc[ret.document_id] || [], rs = ratingsByDoc[ret.document_id] || [];
      var achieved = cs.filter(function (c) { return c.status === "achieved"; }).length;
      var green = rs.filter(function (r) { return r.rating === "green"; }).length;
      var a = el("a", {href: data.evidence[ret.document_id] || null, "class": "ev", "data-kind": "return",
                       title: ret.document_id}, [
        el("span", {"class": "bar", style: "width:" + (achieved * 4) + "px"}),
        achieved + "/" + cs.length + " achieved",
        el("br"),
        el("span", {"class": "bar g", style: "width:" + (green * 4) + "px"}),
        green + "/" + rs.length + " green"]);
      tr.appendChild(el("td", {"class": "trend", "data-v": achieved}, [a]));
    });
    trend.tBodies[0].appendChild(tr);
  });
  document.getElementById("trend").appendChild(sortable(trend));

  // Facts: figures stated in prose, with their sentence and evidence.
  function factValue(f, kind) {
    var unit = kind ? kind.unit : "";
    var v = Number(f.value);
    var text = v.toLocaleString("en-GB", {maximumFractionDigits: 2});
    if (unit === "percent") { return text + "%"; }
    if (unit === "GBP") { return "£" + text; }
    return text + (unit ? " " + unit : "");
  }
  var kinds = {};
  fw.facts.forEach(function (k) { kinds[k.id] = k; });
  var ft = gridTable(["Council", "Period", "Figure", "Value", "Stated as"]);
  data.facts.forEach(function (f) {
    var kind = kinds[f.kind];
    var href = evidence(f.document_id, "facts-" + f.seq);
    var value = el("a", {href: href, "class": "ev", "data-kind": "fact",
                         title: f.document_id}, [factValue(f, kind)]);
    if (!href) { value.removeAttribute("href"); }
    ft.tBodies[0].appendChild(el("tr", {"data-council": f.council || ""}, [
      el("td", {"class": "name"}, [f.council || "—"]), el("td", {}, [f.period || "—"]),
      el("td", {"class": "left"}, [kind ? kind.label : f.kind]),
      el("td", {"class": "num", "data-v": f.value}, [value]),
      el("td", {"class": "left quote"}, ["“" + (f.text || "") + "”"])]));
  });
  if (!data.facts.length) {
    ft = el("p", {"class": "help"}, ["No figures were found in the papers."]);
  }
  document.getElementById("facts").appendChild(data.facts.length ? sortable(ft) : ft);

  // Key: the milestones, deadlines and requirements in full, and the cell codes.
  var key = document.getElementById("key");
  var mk = el("table", {"class": "key"}, [el("thead", {}, [el("tr", {}, [
    el("th", {}, ["Code"]), el("th", {}, ["Milestone"])].concat(fw.deadlines.map(function (d) {
      return el("th", {}, ["Deliverable due " + d.label]); })))]), el("tbody")]);
  fw.milestones.forEach(function (m) {
    mk.tBodies[0].appendChild(el("tr", {id: "key-m" + m.id}, [
      el("td", {"class": "name"}, ["M" + m.id]), el("td", {"class": "left"}, [m.title])]
      .concat(fw.deadlines.map(function (d) {
        return el("td", {"class": "left small"}, [(m.deliverables || {})[d.id] || "—"]); }))));
  });
  var rk = el("table", {"class": "key"}, [el("thead", {}, [el("tr", {}, [
    el("th", {}, ["Code"]), el("th", {}, ["Underpinning requirement"]),
    el("th", {}, ["Identifier"])])]), el("tbody")]);
  fw.requirements.forEach(function (r, i) {
    rk.tBodies[0].appendChild(el("tr", {id: "key-r" + (i + 1)}, [
      el("td", {"class": "name"}, ["R" + (i + 1)]), el("td", {"class": "left"}, [r.wording]),
      el("td", {"class": "left small"}, [r.id])]));
  });
  var sk = el("p", {"class": "legend"}, fw.statuses.map(function (s) {
    return el("span", {"class": "st-" + s.id}, [(ABBR[s.id] || "?") + " = " + s.label]);
  }));
  key.appendChild(el("h3", {}, ["Milestones (M) and their deadlines"]));
  key.appendChild(mk);
  key.appendChild(el("h3", {}, ["Milestone cells"]));
  key.appendChild(sk);
  key.appendChild(el("h3", {}, ["Underpinning requirements (R), rated Red, Amber/Red, Amber/Green or Green"]));
  key.appendChild(rk);

  // Counts by likelihood, status and rating.
  var byLikelihood = countBy(data.cells, "likelihood");
  var byStatusAll = countBy(data.cells, "status");
  var byStatusLatest = countBy(data.latest, "status");
  var byRating = countBy(data.ratings, "rating");
  var ct = gridTable(["Value", "All returns", "Latest per council"]);
  function countRow(name, n1, key1, n2, key2) {
    ct.tBodies[0].appendChild(el("tr", {}, [
      el("td", {"class": "name"}, [name]),
      el("td", {"class": "num", "data-count": key1}, [String(n1 || 0)]),
      el("td", {"class": "num", "data-count": key2}, key2 ? [String(n2 || 0)] : ["—"])]));
  }
  fw.likelihoods.forEach(function (l) {
    countRow("Likelihood: " + l.label, byLikelihood[l.id], "likelihood:" + l.id, null, null);
  });
  countRow("Likelihood: none given", byLikelihood.none, "likelihood:none", null, null);
  fw.statuses.forEach(function (s) {
    countRow("Status: " + s.label, byStatusAll[s.id], "status:" + s.id,
             byStatusLatest[s.id], "latest-status:" + s.id);
  });
  fw.ratings.forEach(function (r) {
    countRow("Rating: " + r.label, byRating[r.id], "rating:" + r.id, null, null);
  });
  ct.querySelectorAll("td[data-count='']").forEach(function (td) { td.removeAttribute("data-count"); });
  document.getElementById("counts").appendChild(sortable(ct));

  // Documents.
  var dt = gridTable(["Document", "Format", "Council", "Period", "Cells", "Ratings", "Status"]);
  docs.forEach(function (d) {
    var page = data.evidence[d.id];
    var name = page ? el("a", {href: page, "class": "ev", "data-kind": "document"}, [d.id]) : d.id;
    dt.tBodies[0].appendChild(el("tr", {"data-council": d.council || ""}, [
      el("td", {"class": "name"}, [name]), el("td", {}, [d.format || "—"]),
      el("td", {}, [d.council || "—"]), el("td", {}, [d.period || "—"]),
      el("td", {"class": "num"}, [String(d.cells)]), el("td", {"class": "num"}, [String(d.ratings)]),
      el("td", d.error ? {"class": "err"} : {}, [d.error ? "error: " + d.error_code :
        (d.has_return ? "return" : "no return")])]));
  });
  document.getElementById("documents").appendChild(sortable(dt));

  // Filters: council text, and status (dims other heatmap cells).
  function applyFilters() {
    var text = document.getElementById("filter").value.trim().toLowerCase();
    var status = select.value;
    document.querySelectorAll("tr[data-council]").forEach(function (tr) {
      var hit = !text || tr.getAttribute("data-council").toLowerCase().indexOf(text) >= 0;
      tr.classList.toggle("hidden", !hit);
    });
    heat.querySelectorAll("td.c").forEach(function (td) {
      td.classList.toggle("dim", !!status && td.getAttribute("data-status") !== status);
    });
  }
  document.getElementById("filter").addEventListener("input", applyFilters);
  select.addEventListener("change", applyFilters);

  Object.keys(counts).forEach(function (k) {
    document.querySelectorAll("[data-count='" + k + "']").forEach(function (n) {
      n.textContent = String(counts[k]);
    });
  });
  body.setAttribute("data-links", String(document.querySelectorAll("a.ev[href]").length));
  body.setAttribute("data-ready", "1");
}());
