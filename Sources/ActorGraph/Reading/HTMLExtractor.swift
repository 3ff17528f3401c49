/// What an HTML page yields: its readable text and the metadata found in its head.
struct HTMLDocument: Equatable {
    /// The text with tags removed, entities decoded, whitespace collapsed, and block
    /// elements separated by blank lines ("\n\n").
    var text: String
    /// `<title>`, else `og:title`.
    var title: String?
    /// The raw date from `<meta name="date">`, `article:published_time` and similar.
    var date: String?
    /// `<link rel="canonical">` or `og:url`.
    var url: String?
    /// `og:site_name`.
    var source: String?
}

/// A small, forgiving HTML-to-text converter. It is not a full HTML parser: it strips tags,
/// drops comments, `<script>`, `<style>`, `<noscript>` and `<template>` content, decodes
/// character references, collapses runs of whitespace to one space, and turns block-level
/// elements (`p`, `div`, `br`, `li`, `h1`-`h6`, `tr`, `article`, `section`, ...) into
/// paragraph breaks so that sentence splitting sees paragraph boundaries.
enum HTMLExtractor {
    /// Elements that start or end a paragraph.
    static let blockElements: Set<String> = [
        "p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "article", "section",
        "blockquote", "ul", "ol", "dl", "dt", "dd", "table", "thead", "tbody", "tfoot", "caption",
        "header", "footer", "main", "aside", "nav", "figure", "figcaption", "pre", "hr", "address",
        "form", "fieldset", "details", "summary", "body", "center",
    ]
    /// Elements whose content is dropped.
    static let droppedElements: Set<String> = ["script", "style", "noscript", "template"]
    /// Elements that separate words without starting a paragraph.
    static let spacingElements: Set<String> = ["td", "th", "img", "input", "select", "option", "button", "label"]
    /// Meta names and properties that carry the publication date, in no particular order.
    static let dateMetaKeys: Set<String> = [
        "date", "article:published_time", "og:published_time", "pubdate", "publishdate",
        "publish-date", "publish_date", "datepublished", "dc.date", "dc.date.issued",
        "dcterms.date", "dcterms.created", "dcterms.issued", "sailthru.date", "parsely-pub-date",
    ]

    /// Converts a decoded HTML page to text and metadata.
    static func extract(_ html: String) -> HTMLDocument {
        var html = html
        return html.withUTF8 { extract(bytes: $0) }
    }

    private static func extract(bytes b: UnsafeBufferPointer<UInt8>) -> HTMLDocument {
        var out = CollapsingText(capacity: b.count / 2)
        var document = HTMLDocument(text: "")
        var metaTitle: String?
        let n = b.count
        var i = 0
        while i < n {
            let c = b[i]
            if c == 0x3C {  // '<'
                if let end = skipMarkupDeclaration(b, at: i) {
                    i = end
                    continue
                }
                guard let tag = Tag.parse(b, at: i) else {
                    out.append(byte: c)
                    i += 1
                    continue
                }
                i = tag.end
                if tag.isClosing {
                    if blockElements.contains(tag.name) { out.paragraphBreak() }
                    else if spacingElements.contains(tag.name) { out.space() }
                    continue
                }
                switch tag.name {
                case _ where droppedElements.contains(tag.name):
                    if !tag.selfClosing { i = endOfRawText(b, from: i, name: tag.name).after }
                case "title":
                    let (contentEnd, after) = endOfRawText(b, from: i, name: "title")
                    if document.title == nil {
                        document.title = characterData(UnsafeBufferPointer(rebasing: b[i..<contentEnd]), collapse: true)
                            .nonEmpty
                    }
                    i = after
                case "meta":
                    let attributes = tag.attributes(in: b)
                    let key = (attributes["name"] ?? attributes["property"] ?? attributes["itemprop"])?.lowercased()
                    guard let key, let content = attributes["content"]?.trimmedSpaces.nonEmpty else { break }
                    if dateMetaKeys.contains(key) { document.date = document.date ?? content }
                    else if key == "og:title" { metaTitle = metaTitle ?? content }
                    else if key == "og:url" { document.url = document.url ?? content }
                    else if key == "og:site_name" { document.source = document.source ?? content }
                case "link":
                    let attributes = tag.attributes(in: b)
                    if attributes["rel"]?.lowercased() == "canonical", let href = attributes["href"]?.trimmedSpaces.nonEmpty {
                        document.url = href
                    }
                default:
                    if blockElements.contains(tag.name) { out.paragraphBreak() }
                    else if spacingElements.contains(tag.name) { out.space() }
                }
            } else if c == 0x26, let (scalar, end) = characterReference(b, at: i) {  // '&'
                out.append(scalar: scalar)
                i = end
            } else if isSpace(c) {
                out.space()
                i += 1
            } else {
                out.append(byte: c)
                i += 1
            }
        }
        document.text = out.string
        if document.title == nil { document.title = metaTitle }
        return document
    }

    /// Skips `<!-- ... -->`, `<!DOCTYPE ...>`, `<![CDATA[...]]>` and `<? ... >`, returning the
    /// index after them; nil when `<` does not start one.
    private static func skipMarkupDeclaration(_ b: UnsafeBufferPointer<UInt8>, at i: Int) -> Int? {
        guard i + 1 < b.count, b[i + 1] == 0x21 || b[i + 1] == 0x3F else { return nil }  // '!' or '?'
        if i + 3 < b.count, b[i + 2] == 0x2D, b[i + 3] == 0x2D {  // "<!--"
            let close = find(b, [0x2D, 0x2D, 0x3E], from: i + 4)
            return close.map { $0 + 3 } ?? b.count
        }
        return (find(b, [0x3E], from: i + 2).map { $0 + 1 }) ?? b.count
    }

    /// The end of the content of a raw-text element (`script`, `style`, `title` ...) that
    /// starts at `start`, and the index after its closing tag.
    private static func endOfRawText(_ b: UnsafeBufferPointer<UInt8>, from start: Int, name: String) -> (contentEnd: Int, after: Int) {
        let nameBytes = Array(name.utf8)
        var i = start
        while let open = find(b, [0x3C, 0x2F], from: i) {  // "</"
            var k = 0
            var j = open + 2
            while k < nameBytes.count, j < b.count, lowercased(b[j]) == nameBytes[k] {
                k += 1
                j += 1
            }
            if k == nameBytes.count, j == b.count || !isNameByte(b[j]) {
                let after = find(b, [0x3E], from: j).map { $0 + 1 } ?? b.count
                return (open, after)
            }
            i = open + 2
        }
        return (b.count, b.count)
    }

    /// Decodes the character reference at `i` (which holds `&`): `&name;`, `&#123;` or
    /// `&#x7B;` (the `;` is optional for numeric ones). Returns the scalar and the index
    /// after the reference, or nil when it is not one (the `&` is then literal).
    static func characterReference(_ b: UnsafeBufferPointer<UInt8>, at i: Int) -> (UInt32, Int)? {
        var j = i + 1
        guard j < b.count else { return nil }
        if b[j] == 0x23 {  // '#'
            j += 1
            let hex = j < b.count && (b[j] == 0x78 || b[j] == 0x58)
            if hex { j += 1 }
            var value: UInt32 = 0
            var digits = 0
            while j < b.count, let digit = digitValue(b[j], hex: hex) {
                value = min(value &* (hex ? 16 : 10) &+ digit, 0x110000)
                digits += 1
                j += 1
            }
            guard digits > 0 else { return nil }
            if j < b.count, b[j] == 0x3B { j += 1 }
            switch value {
            case 0, 0xD800...0xDFFF, 0x110000...: value = 0xFFFD
            case 0x80...0x9F: value = HTMLEntities.windows1252C1[Int(value - 0x80)]
            default: break
            }
            return (value, j)
        }
        let nameStart = j
        while j < b.count, j - nameStart < 32, isAlphanumeric(b[j]) { j += 1 }
        guard j > nameStart, j < b.count, b[j] == 0x3B else { return nil }
        let name = String(decoding: UnsafeBufferPointer(rebasing: b[nameStart..<j]), as: UTF8.self)
        guard let value = HTMLEntities.named[name] else { return nil }
        return (value, j + 1)
    }

    /// Text with character references decoded; with `collapse`, whitespace runs become one
    /// space and the ends are trimmed.
    static func characterData(_ b: UnsafeBufferPointer<UInt8>, collapse: Bool) -> String {
        var out = CollapsingText(capacity: b.count)
        var i = 0
        while i < b.count {
            let c = b[i]
            if c == 0x26, let (scalar, end) = characterReference(b, at: i) {
                out.append(scalar: scalar)
                i = end
            } else if collapse && isSpace(c) {
                out.space()
                i += 1
            } else {
                out.append(byte: c)
                i += 1
            }
        }
        return out.string
    }

    /// The charset an HTML page declares in its first 2 KB (`<meta charset=...>` or
    /// `content="text/html; charset=..."`), when it is one the decoder knows.
    static func declaredCharset(_ bytes: [UInt8]) -> TextEncoding? {
        let limit = min(bytes.count, 2048)
        let needle = Array("charset".utf8)
        var i = 0
        while i + needle.count < limit {
            var k = 0
            while k < needle.count, lowercased(bytes[i + k]) == needle[k] { k += 1 }
            if k == needle.count {
                var j = i + k
                while j < limit, bytes[j] == 0x20 { j += 1 }
                if j < limit, bytes[j] == 0x3D {  // '='
                    j += 1
                    while j < limit, bytes[j] == 0x20 || bytes[j] == 0x22 || bytes[j] == 0x27 { j += 1 }
                    let start = j
                    while j < limit, isAlphanumeric(bytes[j]) || bytes[j] == 0x2D || bytes[j] == 0x5F || bytes[j] == 0x2E { j += 1 }
                    return TextEncoding.named(String(decoding: bytes[start..<j], as: UTF8.self))
                }
            }
            i += 1
        }
        return nil
    }

    // MARK: Byte helpers

    static func find(_ b: UnsafeBufferPointer<UInt8>, _ needle: [UInt8], from start: Int) -> Int? {
        guard let first = needle.first else { return start }
        var i = start
        while i + needle.count <= b.count {
            if b[i] == first {
                var k = 1
                while k < needle.count, b[i + k] == needle[k] { k += 1 }
                if k == needle.count { return i }
            }
            i += 1
        }
        return nil
    }

    @inline(__always) static func isSpace(_ c: UInt8) -> Bool {
        c == 0x20 || c == 0x0A || c == 0x09 || c == 0x0C || c == 0x0D
    }

    @inline(__always) static func lowercased(_ c: UInt8) -> UInt8 {
        (0x41...0x5A).contains(c) ? c + 0x20 : c
    }

    @inline(__always) static func isAlphanumeric(_ c: UInt8) -> Bool {
        (0x30...0x39).contains(c) || (0x41...0x5A).contains(c) || (0x61...0x7A).contains(c)
    }

    @inline(__always) static func isNameByte(_ c: UInt8) -> Bool {
        isAlphanumeric(c) || c == 0x2D || c == 0x3A || c == 0x5F
    }

    private static func digitValue(_ c: UInt8, hex: Bool) -> UInt32? {
        switch c {
        case 0x30...0x39: return UInt32(c - 0x30)
        case 0x61...0x66 where hex: return UInt32(c - 0x61 + 10)
        case 0x41...0x46 where hex: return UInt32(c - 0x41 + 10)
        default: return nil
        }
    }
}

private extension String {
    var nonEmpty: String? { isEmpty ? nil : self }

    var trimmedSpaces: String {
        var view = Substring(self)
        while let first = view.first, first.isWhitespace { view = view.dropFirst() }
        while let last = view.last, last.isWhitespace { view = view.dropLast() }
        return String(view)
    }
}
