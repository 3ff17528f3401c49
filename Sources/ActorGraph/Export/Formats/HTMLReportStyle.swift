/// The report's style sheet (inlined: the report loads nothing).
enum HTMLReportStyle {
    static let css = #"""
    :root { --panel: 380px; --ink: #222; --muted: #666; --line: #ddd; --accent: #c0392b; }
    * { box-sizing: border-box; }
    html, body { margin: 0; height: 100%; }
    body { font: 14px/1.45 "DejaVu Sans", "Noto Sans", "Noto Naskh Arabic", system-ui, sans-serif; color: var(--ink);
           display: flex; flex-direction: column; background: #fafafa; }
    header { display: flex; align-items: center; gap: 16px; padding: 8px 16px; border-bottom: 1px solid var(--line); background: #fff; }
    header h1 { font-size: 18px; margin: 0; flex: 1; min-width: 0; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
    header .stats { color: var(--muted); font-size: 13px; white-space: nowrap; }
    #search { width: 280px; padding: 6px 10px; font: inherit; border: 1px solid #bbb; border-radius: 4px; }
    #search-count { color: var(--muted); font-size: 13px; min-width: 70px; }
    main { flex: 1; display: flex; min-height: 0; }
    #drawing { flex: 1; overflow: auto; background: #fff; position: relative; }
    #drawing svg { display: block; width: 100%; height: auto; min-width: 600px; }
    #drawing.actual svg { width: auto; max-width: none; }
    #zoom { position: sticky; top: 8px; left: 8px; z-index: 2; margin: 8px; padding: 3px 8px; font: inherit; font-size: 12px; }
    aside { width: var(--panel); flex: none; overflow: auto; border-left: 1px solid var(--line); padding: 12px 14px; background: #fafafa; }
    aside h2 { font-size: 15px; margin: 4px 0 8px; }
    .ar { font-family: "Noto Naskh Arabic", "DejaVu Sans", sans-serif; }
    #legend ul { list-style: none; padding: 0; margin: 0 0 10px; }
    #legend li, #type-filter label { display: flex; align-items: center; gap: 8px; padding: 2px 0; }
    #legend .en { flex: 1; }
    #legend .ar { color: #444; }
    #legend .count { color: var(--muted); font-size: 12px; min-width: 2.5em; text-align: right; }
    #type-filter { border: 1px solid var(--line); border-radius: 4px; padding: 6px 10px; margin: 0 0 12px; }
    #type-filter label { cursor: pointer; }
    .swatch { display: inline-block; width: 28px; flex: none; }
    svg.swatch.kind { height: 14px; }
    .swatch.line { height: 0; border-top: 4px solid; }
    .swatch.line.thin { border-top-width: 2px; }
    .swatch.line.dashed { border-top-style: dashed; border-top-width: 3px; }
    #drawing g.node, #drawing g.edge { cursor: pointer; }
    #drawing g.edge:hover path { stroke-width: 4px; }
    #drawing g.filtered { display: none; }
    #drawing.searching g.node:not(.hit) { opacity: 0.25; }
    #drawing.searching g.edge { opacity: 0.35; }
    #drawing g.node.hit polygon, #drawing g.node.hit ellipse { stroke: var(--accent); stroke-width: 4px; }
    #drawing g.selected polygon, #drawing g.selected ellipse { stroke: #000; stroke-width: 3px; }
    #drawing g.edge.selected path { stroke-width: 5px; }
    #details .hint { color: var(--muted); }
    #details .facts { color: var(--muted); font-size: 13px; margin: 0 0 8px; }
    #details details { border-top: 1px solid var(--line); padding: 6px 0; }
    #details summary { cursor: pointer; }
    #details ol { padding-left: 0; list-style: none; margin: 6px 0; }
    #details li.evidence { background: #fff; border: 1px solid var(--line); border-radius: 4px; padding: 6px 8px; margin: 6px 0; }
    #details .sentence { margin: 0 0 4px; white-space: pre-wrap; unicode-bidi: isolate; }
    #details .meta { color: var(--muted); font-size: 12px; display: flex; flex-wrap: wrap; gap: 4px 10px; }
    #details .meta > * { unicode-bidi: isolate; }
    #details .trigger { font-weight: bold; }
    #details .tag { display: inline-block; padding: 0 6px; border-radius: 3px; color: #fff; font-size: 12px; }
    #details .tag.negated { background: #555; }
    """#
}
