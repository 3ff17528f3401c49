import Foundation

/// Prepares Graphviz's SVG to sit inside the HTML report.
enum SVGInline {
    /// The `<svg>` element of `svg`, cleaned for inlining:
    ///
    /// - the XML declaration, DOCTYPE and comments before and inside it are dropped;
    /// - every `href` / `xlink:href` attribute is removed, so nothing in the drawing links or
    ///   navigates anywhere (`javascript:` included): the report's side panel links each
    ///   evidence article, and only for `http`/`https` URLs;
    /// - `<script>` and `<foreignObject>` elements, which Graphviz never writes, are refused;
    /// - bidi embedding, override and isolate controls are removed (see
    ///   ``HTMLText/withoutBidiControls(_:)``).
    ///
    /// Throws ``ActorGraphError/render(reason:)`` when there is no `<svg>` element.
    static func prepare(_ svg: [UInt8]) throws -> String {
        let text = removingComments(HTMLText.withoutBidiControls(String(decoding: svg, as: UTF8.self)))
        guard let start = text.range(of: "<svg") else {
            throw ActorGraphError.render(reason: "the drawing for the HTML report is not SVG")
        }
        guard let end = text.range(of: "</svg>", options: .backwards), end.lowerBound > start.lowerBound else {
            throw ActorGraphError.render(reason: "the drawing for the HTML report has no </svg>")
        }
        let body = String(text[start.lowerBound..<end.upperBound])
        let lower = body.lowercased()
        if lower.contains("<script") || lower.contains("<foreignobject") {
            throw ActorGraphError.render(reason: "the drawing for the HTML report holds a script or foreign object")
        }
        return removingLinks(body)
    }

    /// `text` without `<!-- ... -->` comments.
    static func removingComments(_ text: String) -> String {
        var out = ""
        var rest = Substring(text)
        while let open = rest.range(of: "<!--") {
            out += rest[..<open.lowerBound]
            guard let close = rest.range(of: "-->", range: open.upperBound..<rest.endIndex) else {
                rest = ""
                break
            }
            rest = rest[close.upperBound...]
        }
        out += rest
        return out
    }

    /// `text` without any `href="..."` or `xlink:href="..."` attribute (single or double quoted).
    static func removingLinks(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        let s = Array(text.unicodeScalars)
        var i = 0
        var inTag = false
        var quote: Unicode.Scalar? = nil
        while i < s.count {
            let c = s[i]
            if let q = quote {
                out.append(c)
                if c == q { quote = nil }
                i += 1
                continue
            }
            if !inTag {
                if c == "<" { inTag = true }
                out.append(c)
                i += 1
                continue
            }
            if c == ">" { inTag = false; out.append(c); i += 1; continue }
            if c == "\"" || c == "'" { quote = c; out.append(c); i += 1; continue }
            if c == " " || c == "\n" || c == "\t" || c == "\r", let skip = hrefAttribute(s, from: i + 1) {
                i = skip
                continue
            }
            out.append(c)
            i += 1
        }
        return String(out)
    }

    /// When an `href` or `xlink:href` attribute starts at `from`, the index just after it.
    private static func hrefAttribute(_ s: [Unicode.Scalar], from: Int) -> Int? {
        var j = from
        var name = ""
        while j < s.count, s[j] != "=", s[j] != " ", s[j] != ">", s[j] != "/", name.count <= 12 {
            name.unicodeScalars.append(s[j])
            j += 1
        }
        let lower = name.lowercased()
        guard lower == "href" || lower.hasSuffix(":href") else { return nil }
        while j < s.count, s[j] == " " { j += 1 }
        guard j < s.count, s[j] == "=" else { return nil }
        j += 1
        while j < s.count, s[j] == " " { j += 1 }
        guard j < s.count else { return nil }
        let q = s[j]
        if q == "\"" || q == "'" {
            j += 1
            while j < s.count, s[j] != q { j += 1 }
            return min(j + 1, s.count)
        }
        while j < s.count, s[j] != " ", s[j] != ">" { j += 1 }
        return j
    }
}
