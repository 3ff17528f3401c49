/// Text made safe for XML 1.0 (GraphML and GEXF).
enum XMLText {
    /// True for a scalar XML 1.0 allows: tab, LF, CR, U+0020–U+D7FF, U+E000–U+FFFD, U+10000 and up.
    static func isAllowed(_ c: Unicode.Scalar) -> Bool {
        switch c.value {
        case 0x9, 0xA, 0xD: return true
        case 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: return true
        default: return false
        }
    }

    /// `text` with `&`, `<`, `>`, `"` and `'` escaped, CR written as `&#13;` (so a parser
    /// does not fold it into LF), and the characters XML cannot hold at all (control
    /// characters, U+FFFE, U+FFFF) removed. Good for element text and attribute values.
    ///
    /// With `attribute` true, LF and tab are written as `&#10;` and `&#9;` too, since
    /// parsers turn them into spaces in attribute values.
    static func escaped(_ text: String, attribute: Bool = false) -> String {
        var out = String.UnicodeScalarView()
        for c in text.unicodeScalars {
            switch c {
            case "&": out.append(contentsOf: "&amp;".unicodeScalars)
            case "<": out.append(contentsOf: "&lt;".unicodeScalars)
            case ">": out.append(contentsOf: "&gt;".unicodeScalars)
            case "\"": out.append(contentsOf: "&quot;".unicodeScalars)
            case "'": out.append(contentsOf: "&apos;".unicodeScalars)
            case "\r": out.append(contentsOf: "&#13;".unicodeScalars)
            case "\n" where attribute: out.append(contentsOf: "&#10;".unicodeScalars)
            case "\t" where attribute: out.append(contentsOf: "&#9;".unicodeScalars)
            default: if isAllowed(c) { out.append(c) }
            }
        }
        return String(out)
    }

    /// An XML NMTOKEN made from `text` (GraphML edge ids must be one): letters, digits, `.`,
    /// `-`, `_` and `:` are kept, `|` becomes `:` and anything else `_`. An edge key
    /// `khalifa_haftar|egypt|visited|asserted` becomes `khalifa_haftar:egypt:visited:asserted`.
    static func nmtoken(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for c in text.unicodeScalars {
            if c == "|" { out.append(":") }
            else if c.isASCII ? (c.properties.isAlphabetic || ("0"..."9").contains(c) || ".-_:".unicodeScalars.contains(c))
                              : (c.value >= 0xC0 && (c.properties.isAlphabetic || c.properties.generalCategory == .decimalNumber)) {
                out.append(c)
            } else {
                out.append("_")
            }
        }
        return out.isEmpty ? "_" : String(out)
    }
}
