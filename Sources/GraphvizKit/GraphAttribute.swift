/// One Graphviz attribute (`name=value`) of a graph, node or edge.
///
/// Values are passed to Graphviz exactly as given. Graphviz itself interprets some of them:
/// plain labels go through its escapes (`\N`, `\n`, `\l`, ...) and HTML entities, HTML-like
/// labels (`isHTML`) are parsed as Graphviz's HTML subset. Use ``escapedLabel(_:)`` and
/// ``xmlEscaped(_:)`` to show arbitrary text literally.
public struct GraphAttribute: Sendable, Hashable {
    /// The attribute name, e.g. `label`, `shape`, `color`.
    public var name: String
    /// The attribute value as Graphviz should see it.
    public var value: String
    /// True for an HTML-like value (written `<...>` in DOT); `value` then holds the markup
    /// without the outer angle brackets.
    public var isHTML: Bool

    /// Creates an attribute; `html: true` marks an HTML-like value.
    public init(_ name: String, _ value: String, html: Bool = false) {
        self.name = name
        self.value = value
        self.isHTML = html
    }
}

extension GraphAttribute {
    /// Text for a plain (non-HTML) `label`, `xlabel` or `tooltip` so that Graphviz shows it
    /// literally: backslashes are doubled (so `\N`, `\G`, `\l` ... lose their meaning), `&` is
    /// written `&amp;` (Graphviz decodes entities in plain labels), and line breaks become
    /// Graphviz's `\n` escape (a centred line break).
    public static func escapedLabel(_ text: String) -> String {
        escaped(text, backslash: #"\\"#, newline: #"\n"#)
    }

    /// Text for a `tooltip` (SVG `xlink:title`) so that it shows literally.
    ///
    /// Graphviz 2.43 decodes entities in a tooltip, then applies the label escapes (`\\` to
    /// `\`, `\n` to a line break, `\x` to `x`), then the object escapes (`\N`, `\G`, ... and
    /// `\\` to `\` again). So a backslash is written as four, `&` as `&amp;`, and a line
    /// break as `&#10;` (which the entity pass turns back into a line break and the SVG writer
    /// into `&#10;`).
    public static func escapedTooltip(_ text: String) -> String {
        escaped(text, backslash: #"\\\\"#, newline: "&#10;")
    }

    /// Escapes plain attribute text: each backslash and each line break (CR LF, CR, LF,
    /// U+2028/9, NEL) is replaced as given, `&` becomes `&amp;`, NUL is dropped (C strings end
    /// there), and so are the bidi embedding, override and isolate controls.
    private static func escaped(_ text: String, backslash: String, newline: String) -> String {
        var out = String.UnicodeScalarView()
        var scalars = text.unicodeScalars.makeIterator()
        var pending = scalars.next()
        while let c = pending {
            pending = scalars.next()
            switch c {
            case "\\":
                out.append(contentsOf: backslash.unicodeScalars)
            case "&":
                out.append(contentsOf: "&amp;".unicodeScalars)
            case "\r":
                // CR LF and a lone CR are both one line break.
                if pending == "\n" { pending = scalars.next() }
                out.append(contentsOf: newline.unicodeScalars)
            case "\n", "\u{2028}", "\u{2029}", "\u{85}":
                out.append(contentsOf: newline.unicodeScalars)
            case "\0":
                break
            case "\u{202A}"..."\u{202E}", "\u{2066}"..."\u{2069}":
                // Bidi embeddings, overrides and isolates would let a name display as
                // something else ("exe.gnp" shown as "png.exe"); dropped.
                break
            default:
                out.append(c)
            }
        }
        return String(out)
    }

    /// Text for use inside an HTML-like label: `&`, `<`, `>`, `"` and `'` become entities,
    /// NUL and other C0 control characters but tab and newline are dropped.
    public static func xmlEscaped(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for c in text.unicodeScalars {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\t", "\n": out.unicodeScalars.append(c)
            default:
                if c.value < 0x20 || c.value == 0x7F { continue }
                out.unicodeScalars.append(c)
            }
        }
        return out
    }

    /// A `URL`/`href` value that stays valid XML in Graphviz's SVG output: Graphviz 2.43
    /// copies `&` into the SVG unescaped, so it is written `&amp;` here. NUL is dropped.
    public static func escapedURL(_ url: String) -> String {
        var out = ""
        for c in url.unicodeScalars {
            switch c {
            case "&": out += "&amp;"
            case "\"": out += "%22"
            case "<": out += "%3C"
            case ">": out += "%3E"
            case "\0": continue
            default: out.unicodeScalars.append(c)
            }
        }
        return out
    }
}
