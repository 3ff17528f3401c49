/// The report's legend: the actor kinds present, with the drawing's fill and border colours,
/// and the relation types present, each a checkbox that shows or hides that type's edges
/// (plus one for relations that are not asserted, when there are any).
enum HTMLReportLegend {
    static func html(_ network: ExportedNetwork) -> String {
        var out = "<section id=\"legend\" aria-label=\"Legend\">\n<h2>Legend <span lang=\"ar\" dir=\"rtl\">دليل الرموز</span></h2>\n<ul class=\"kinds\">\n"
        let present = Set(network.nodes.map(\.kind))
        var kindStyles: [(String, NetworkStyle.KindStyle)] = ActorKind.allCases
            .filter { present.contains($0.rawValue) }
            .map { ($0.rawValue, NetworkStyle.style(for: $0)) }
        if present.contains("unknown") { kindStyles.append(("unknown", NetworkStyle.unknownKind)) }
        for (kind, s) in kindStyles {
            let count = network.nodes.filter { $0.kind == kind }.count
            out += "<li>" + swatch(s)
            out += labels(s.english, s.arabic) + "<span class=\"count\">\(count)</span></li>\n"
        }
        out += "</ul>\n<fieldset id=\"type-filter\">\n<legend>Relations <span lang=\"ar\" dir=\"rtl\">العلاقات</span></legend>\n"
        for type in RelationType.allCases {
            let count = network.edges.filter { $0.edge.type == type }.count
            guard count > 0 else { continue }
            let s = NetworkStyle.style(for: type)
            let line = type == .coOccurs ? "thin" : "thick"
            out += "<label><input type=\"checkbox\" checked data-type=\"\(type.rawValue)\">"
            out += "<span class=\"swatch line \(line)\" style=\"border-top-color:\(s.color)\"></span>"
            out += labels(s.english, s.arabic) + "<span class=\"count\">\(count)</span></label>\n"
        }
        let negated = network.edges.filter { $0.edge.negated }.count
        if negated > 0 {
            out += "<label><input type=\"checkbox\" checked data-negated=\"1\">"
            out += "<span class=\"swatch line dashed\" style=\"border-top-color:#555555\"></span>"
            out += labels("not asserted (negated, denied …)", "منفي أو غير مؤكد") + "<span class=\"count\">\(negated)</span></label>\n"
        }
        return out + "</fieldset>\n</section>\n"
    }

    private static func labels(_ english: String, _ arabic: String) -> String {
        "<span class=\"en\">\(HTMLText.escaped(english))</span><span class=\"ar\" lang=\"ar\" dir=\"rtl\">\(HTMLText.escaped(arabic))</span>"
    }

    /// A small inline SVG of the node shape (ellipse, box or hexagon) in the kind's colours.
    private static func swatch(_ s: NetworkStyle.KindStyle) -> String {
        let shape: String
        switch s.shape {
        case "box": shape = "<rect x=\"1\" y=\"1\" width=\"26\" height=\"12\"/>"
        case "hexagon": shape = "<polygon points=\"6,1 22,1 27,7 22,13 6,13 1,7\"/>"
        default: shape = "<ellipse cx=\"14\" cy=\"7\" rx=\"13\" ry=\"6\"/>"
        }
        return "<svg class=\"swatch kind\" width=\"28\" height=\"14\" viewBox=\"0 0 28 14\" aria-hidden=\"true\">"
            + "<g fill=\"\(s.fill)\" stroke=\"\(s.border)\" stroke-width=\"1.5\">\(shape)</g></svg>"
    }
}
