/// The report's script (inlined). It reads the JSON in `#actorgraph-data` and builds every
/// piece of text with `textContent` (never `innerHTML`), each in an element with `dir="auto"`;
/// it links only `http:`/`https:` URLs and makes no network request. Opening the report with
/// `#node_ID` or `#edge_ID` (the drawing's ids) shows that actor's or relation's evidence;
/// when the script has run, `<body>` has `data-ready="true"`.
enum HTMLReportScript {
    static let javascript = #"""
    (function () {
      'use strict';
      var data = JSON.parse(document.getElementById('actorgraph-data').textContent);
      var drawing = document.getElementById('drawing');
      var details = document.getElementById('details');
      var search = document.getElementById('search');
      var searchCount = document.getElementById('search-count');
      var nodeById = {}, nodeBySvg = {}, edgeBySvg = {}, edgesOf = {};
      data.nodes.forEach(function (n) { nodeById[n.id] = n; nodeBySvg[n.svg] = n; });
      data.edges.forEach(function (e) {
        edgeBySvg[e.svg] = e;
        (edgesOf[e.source] = edgesOf[e.source] || []).push(e);
        if (e.target !== e.source) { (edgesOf[e.target] = edgesOf[e.target] || []).push(e); }
      });

      function el(tag, cls, text) {
        var x = document.createElement(tag);
        if (cls) { x.className = cls; }
        if (text !== undefined && text !== null) { x.textContent = String(text); }
        return x;
      }
      function auto(tag, cls, text) { var x = el(tag, cls, text); x.dir = 'auto'; return x; }
      function nameOf(id) {
        var n = nodeById[id];
        if (!n) { return id; }
        if (n.name_en && n.name_ar && n.name_en !== n.name_ar) { return n.name_en + ' / ' + n.name_ar; }
        return n.name_en || n.name_ar || n.id;
      }
      function typeLabel(e) {
        var t = data.types[e.type];
        var s = t ? t.en : e.type;
        return e.negated ? s + ' (' + e.modality + ')' : s;
      }
      function webLink(url) {
        if (typeof url !== 'string') { return null; }
        try {
          var u = new URL(url);
          if (u.protocol === 'http:' || u.protocol === 'https:') { return u.href; }
        } catch (err) { }
        return null;
      }
      function plural(n, one, many) { return n + ' ' + (n === 1 ? one : many); }

      // --- the evidence panel ---
      function evidenceList(e) {
        var list = el('ol');
        e.evidence.forEach(function (v) {
          var li = el('li', 'evidence');
          li.appendChild(auto('p', 'sentence', v.sentence));
          var meta = el('div', 'meta');
          if (v.trigger) {
            var trig = el('span', 'trigger-label', 'trigger ');
            trig.appendChild(auto('b', 'trigger', v.trigger));
            meta.appendChild(trig);
          }
          var href = webLink(v.link);
          if (href) {
            var a = auto('a', 'article', v.article);
            a.href = href;
            a.target = '_blank';
            a.rel = 'noopener noreferrer';
            meta.appendChild(a);
          } else {
            meta.appendChild(auto('span', 'article', v.article));
          }
          if (v.date) { meta.appendChild(auto('span', 'date', v.date)); }
          if (v.attribution) { meta.appendChild(auto('span', 'attribution', 'according to ' + v.attribution)); }
          li.appendChild(meta);
          list.appendChild(li);
        });
        return list;
      }
      function edgeFacts(e) {
        var parts = [typeLabel(e), plural(e.weight, 'article', 'articles'), plural(e.evidence.length, 'sentence', 'sentences')];
        if (e.cameo) { parts.push('CAMEO ' + e.cameo); }
        if (e.first_date) { parts.push(e.first_date === e.last_date ? e.first_date : e.first_date + ' – ' + e.last_date); }
        return auto('p', 'facts', parts.join(' · '));
      }
      function arrow(e) { return e.symmetric ? ' — ' : ' → '; }
      function showEdge(e) {
        details.textContent = '';
        var h = el('h2');
        h.appendChild(auto('span', 'name', nameOf(e.source)));
        h.appendChild(document.createTextNode(arrow(e)));
        h.appendChild(auto('span', 'name', nameOf(e.target)));
        details.appendChild(h);
        details.appendChild(edgeFacts(e));
        details.appendChild(evidenceList(e));
      }
      function showNode(n) {
        details.textContent = '';
        details.appendChild(auto('h2', 'name', nameOf(n.id)));
        var kind = data.kinds[n.kind];
        // Typed relations before co-occurrences, then the best supported first.
        var edges = (edgesOf[n.id] || []).slice().sort(function (a, b) {
          var ca = a.type === 'co_occurs' ? 1 : 0, cb = b.type === 'co_occurs' ? 1 : 0;
          return ca - cb || b.weight - a.weight || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
        });
        details.appendChild(auto('p', 'facts', (kind ? kind.en : n.kind) + ' · ' + n.id + ' · ' + plural(edges.length, 'relation', 'relations')));
        edges.forEach(function (e) {
          var d = el('details');
          var s = el('summary');
          var other = e.source === n.id ? e.target : e.source;
          var dirText = e.symmetric ? '— ' : (e.source === n.id ? '→ ' : '← ');
          s.appendChild(document.createTextNode(dirText));
          s.appendChild(auto('span', 'name', nameOf(other)));
          s.appendChild(document.createTextNode(' · ' + typeLabel(e) + ' · ' + plural(e.weight, 'article', 'articles')));
          d.appendChild(s);
          d.addEventListener('toggle', function () {
            if (d.open && d.childNodes.length === 1) { d.appendChild(edgeFacts(e)); d.appendChild(evidenceList(e)); }
          });
          details.appendChild(d);
        });
      }
      var selected = null;
      function select(g) {
        if (selected) { selected.classList.remove('selected'); }
        selected = g;
        if (g) { g.classList.add('selected'); }
      }
      drawing.addEventListener('click', function (ev) {
        var g = ev.target.closest ? ev.target.closest('g.node, g.edge') : null;
        if (!g) { return; }
        ev.preventDefault();
        if (nodeBySvg[g.id]) { select(g); showNode(nodeBySvg[g.id]); }
        else if (edgeBySvg[g.id]) { select(g); showEdge(edgeBySvg[g.id]); }
      });

      // --- search ---
      function fold(s) {
        return String(s || '').normalize('NFKC').toLowerCase()
          .replace(/[\u064B-\u065F\u0670\u0640]/g, '')
          .replace(/[\u0622\u0623\u0625\u0671]/g, '\u0627')
          .replace(/\u0649/g, '\u064A').replace(/\u0629/g, '\u0647');
      }
      function runSearch() {
        var q = fold(search.value).trim();
        var hits = 0;
        drawing.querySelectorAll('g.node').forEach(function (g) {
          var n = nodeBySvg[g.id];
          var hit = !!q && !!n && [n.id, n.name_en, n.name_ar].some(function (s) { return fold(s).indexOf(q) >= 0; });
          g.classList.toggle('hit', hit);
          if (hit) { hits += 1; }
        });
        drawing.classList.toggle('searching', !!q);
        searchCount.textContent = q ? plural(hits, 'actor', 'actors') : '';
      }
      search.addEventListener('input', runSearch);

      // --- relation type filter ---
      function runFilter() {
        var hidden = {}, showNegated = true;
        document.querySelectorAll('#type-filter input').forEach(function (box) {
          if (box.dataset.type && !box.checked) { hidden[box.dataset.type] = true; }
          if (box.dataset.negated && !box.checked) { showNegated = false; }
        });
        drawing.querySelectorAll('g.edge').forEach(function (g) {
          var off = !showNegated && g.classList.contains('negated');
          g.classList.forEach(function (c) { if (c.indexOf('type-') === 0 && hidden[c.slice(5)]) { off = true; } });
          g.classList.toggle('filtered', off);
        });
      }
      document.getElementById('type-filter').addEventListener('change', runFilter);

      // --- a link to report.html#node_ID or #edge_ID opens that actor's or relation's evidence ---
      function showHash() {
        var id = decodeURIComponent(location.hash.slice(1));
        var g = id ? document.getElementById(id) : null;
        if (nodeBySvg[id]) { select(g); showNode(nodeBySvg[id]); }
        else if (edgeBySvg[id]) { select(g); showEdge(edgeBySvg[id]); }
      }
      window.addEventListener('hashchange', showHash);
      showHash();

      // --- zoom: fit the window or natural size ---
      var zoom = document.getElementById('zoom');
      zoom.addEventListener('click', function () {
        var actual = drawing.classList.toggle('actual');
        zoom.textContent = actual ? 'Fit to window' : 'Actual size';
      });
      document.body.setAttribute('data-ready', 'true');
    })();
    """#
}
