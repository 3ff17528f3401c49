/// The legend (and title) as an HTML-like graph label: a table of the actor kinds and relation
/// types that appear in the drawing, each with its colour. A graph label is drawn by every
/// layout engine, unlike clusters, which neato and sfdp ignore.
struct Legend {
    var title: String?
    var kinds: [ActorKind]
    var types: [RelationType]
    var showsNegated: Bool
    var showsUnknown: Bool
    var language: LabelLanguage

    /// The HTML-like label text (without the outer `<` `>`).
    var html: String {
        var rows: [String] = []
        if let title, !title.isEmpty {
            rows.append(#"<TR><TD COLSPAN="3" ALIGN="LEFT"><FONT POINT-SIZE="16"><B>\#(GraphAttribute.xmlEscaped(title))</B></FONT></TD></TR>"#)
        }
        if !kinds.isEmpty || !types.isEmpty || showsUnknown {
            rows.append(heading("Legend", "دليل الرموز"))
        }
        for kind in kinds {
            rows.append(kindRow(NetworkStyle.style(for: kind)))
        }
        if showsUnknown { rows.append(kindRow(NetworkStyle.unknownKind)) }
        for type in types {
            let s = NetworkStyle.style(for: type)
            let line = type == .coOccurs ? "───" : "━━━"
            rows.append(row(swatch: #"<FONT COLOR="\#(s.color)">\#(line)</FONT>"#, s.english, s.arabic))
        }
        if showsNegated {
            rows.append(row(swatch: ##"<FONT COLOR="#555555">╍╍╍</FONT>"##, "not asserted (negated, denied …)", "منفي أو غير مؤكد"))
        }
        return #"<TABLE BORDER="0" CELLBORDER="0" CELLSPACING="1" CELLPADDING="2">\#(rows.joined())</TABLE>"#
    }

    private func kindRow(_ s: NetworkStyle.KindStyle) -> String {
        let swatch = #"<TABLE BORDER="1" CELLBORDER="0" CELLPADDING="0" CELLSPACING="0" COLOR="\#(s.border)"><TR><TD BGCOLOR="\#(s.fill)" WIDTH="28" HEIGHT="12" FIXEDSIZE="TRUE"> </TD></TR></TABLE>"#
        return row(swatch: swatch, s.english, s.arabic)
    }

    private func heading(_ english: String, _ arabic: String) -> String {
        row(swatch: "", "<B>\(english)</B>", "<B>\(arabic)</B>")
    }

    /// A swatch cell and the name in the chosen language(s); English and Arabic stay in
    /// separate cells so that each is a single run of one script.
    private func row(swatch: String, _ english: String, _ arabic: String) -> String {
        let cells: String
        switch language {
        case .en: cells = #"<TD COLSPAN="2" ALIGN="LEFT">\#(english)</TD>"#
        case .ar: cells = #"<TD COLSPAN="2" ALIGN="RIGHT">\#(arabic)</TD>"#
        case .both: cells = #"<TD ALIGN="LEFT">\#(english)</TD><TD ALIGN="RIGHT">\#(arabic)</TD>"#
        }
        return "<TR><TD>\(swatch)</TD>\(cells)</TR>"
    }
}
