import Foundation

/// Text made safe for the HTML report.
enum HTMLText {
    /// `text` with `&`, `<`, `>`, `"` and `'` escaped, for element text and quoted attributes.
    static func escaped(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for c in withoutBidiControls(text).unicodeScalars {
            switch c {
            case "&": out.append(contentsOf: "&amp;".unicodeScalars)
            case "<": out.append(contentsOf: "&lt;".unicodeScalars)
            case ">": out.append(contentsOf: "&gt;".unicodeScalars)
            case "\"": out.append(contentsOf: "&quot;".unicodeScalars)
            case "'": out.append(contentsOf: "&#39;".unicodeScalars)
            case "\0": continue
            default: out.append(c)
            }
        }
        return String(out)
    }

    /// True for the explicit bidi embedding, override and isolate controls: U+202A–U+202E
    /// (LRE, RLE, PDF, LRO, RLO) and U+2066–U+2069 (LRI, RLI, FSI, PDI).
    static func isBidiControl(_ c: Unicode.Scalar) -> Bool {
        (0x202A...0x202E).contains(c.value) || (0x2066...0x2069).contains(c.value)
    }

    /// `text` without bidi embedding, override and isolate controls. The report strips them
    /// from all article text (and from the inlined drawing), so an unbalanced U+202E in a
    /// sentence cannot reverse the text after it; each piece of text is also shown in its own
    /// `dir="auto"` element, which isolates its direction from its neighbours. The marks
    /// U+200E and U+200F, which only affect their own run, are kept.
    static func withoutBidiControls(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isBidiControl) else { return text }
        var out = String.UnicodeScalarView()
        out.append(contentsOf: text.unicodeScalars.lazy.filter { !isBidiControl($0) })
        return String(out)
    }

    /// True for a URL the report may link: `http:` or `https:` (any case) with a host part.
    static func isWebURL(_ url: String) -> Bool {
        let u = url.trimmingCharacters(in: .whitespaces).lowercased()
        return u.hasPrefix("http://") && u.count > 7 || u.hasPrefix("https://") && u.count > 8
    }
}
