/// Metadata at the very start of a plain-text or Markdown article.
///
/// Two forms are recognised:
/// - a block between `---` lines (closed by `---` or `...`) of YAML-style `key: value` lines;
///   unknown keys and lines that are not `key: value` are ignored, but at least one
///   `key: value` line is required so that Markdown rules are not mistaken for a block;
/// - leading `key: value` lines for the keys `title`, `date`, `url`, `source` and `id` only,
///   ended by a blank line. To stay conservative every line must use one of these keys
///   with a non-empty value, so an article opening "Cairo: ..." or "Source said ..." is
///   left alone.
///
/// Keys are case-insensitive; values are trimmed and may be quoted.
struct FrontMatter: Equatable {
    /// The recognised fields, keyed by lower-case name.
    var fields: [String: String]
    /// The article text after the block, without leading blank lines.
    var body: Substring

    /// The keys kept from a front matter block.
    static let keys: Set<String> = ["title", "date", "url", "source", "id"]

    /// Splits `text` into front matter and body, or returns nil when it has none.
    /// Expects LF line endings (the decoder has normalised them).
    static func parse(_ text: String) -> FrontMatter? {
        if text.hasPrefix("---\n") { return parseDelimited(text) }
        return parseLeadingKeys(text)
    }

    private static func parseDelimited(_ text: String) -> FrontMatter? {
        var fields: [String: String] = [:]
        var sawKeyLine = false
        var index = text.utf8.index(text.utf8.startIndex, offsetBy: 4)
        while index < text.endIndex {
            let (line, next) = self.line(in: text, from: index)
            let trimmedLine = line.trimmingTrailingSpaces()
            if trimmedLine == "---" || trimmedLine == "..." {
                guard sawKeyLine else { return nil }
                return FrontMatter(fields: fields, body: skippingBlankLines(text[next...]))
            }
            if let (key, value) = keyValue(line) {
                sawKeyLine = true
                if keys.contains(key), !value.isEmpty, fields[key] == nil { fields[key] = value }
            }
            index = next
        }
        return nil  // never closed: not front matter
    }

    private static func parseLeadingKeys(_ text: String) -> FrontMatter? {
        var fields: [String: String] = [:]
        var index = text.startIndex
        while index < text.endIndex {
            let (line, next) = self.line(in: text, from: index)
            if line.allSatisfy({ $0 == " " || $0 == "\t" }) {
                guard !fields.isEmpty else { return nil }
                return FrontMatter(fields: fields, body: skippingBlankLines(text[next...]))
            }
            guard let (key, value) = keyValue(line), keys.contains(key), !value.isEmpty else { return nil }
            if fields[key] == nil { fields[key] = value }
            index = next
        }
        return nil  // no blank line after the keys
    }

    /// The line starting at `start` (without its LF) and the index after its LF.
    private static func line(in text: String, from start: String.Index) -> (Substring, String.Index) {
        let utf8 = text.utf8
        if let newline = utf8[start...].firstIndex(of: 0x0A) {
            return (text[start..<newline], utf8.index(after: newline))
        }
        return (text[start...], text.endIndex)
    }

    /// `key: value` with an identifier-like key (letters, digits, `_`, `-`, lower-cased),
    /// or nil. The value is trimmed and stripped of matching quotes.
    static func keyValue(_ line: Substring) -> (String, String)? {
        guard let colon = line.utf8.firstIndex(of: 0x3A) else { return nil }
        let rawKey = line[line.startIndex..<colon].trimmingTrailingSpaces()
        guard !rawKey.isEmpty, rawKey.utf8.allSatisfy({ byte in
            (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
                || byte == 0x5F || byte == 0x2D
        }), let first = rawKey.utf8.first, !(0x30...0x39).contains(first) else { return nil }
        var value = line[line.utf8.index(after: colon)...].trimmingSpaces()
        if value.count >= 2, let open = value.first, open == "\"" || open == "'", value.last == open {
            value = value.dropFirst().dropLast()
        }
        return (rawKey.lowercased(), String(value))
    }

    private static func skippingBlankLines(_ text: Substring) -> Substring {
        var start = text.startIndex
        var index = text.startIndex
        while index < text.endIndex {
            let c = text[index]
            if c == "\n" {
                start = text.index(after: index)
            } else if c != " " && c != "\t" {
                break
            }
            index = text.index(after: index)
        }
        return index == text.endIndex ? text[text.endIndex...] : text[start...]
    }
}

fileprivate extension Substring {
    /// Without trailing spaces and tabs.
    func trimmingTrailingSpaces() -> Substring {
        var end = endIndex
        while end > startIndex {
            let previous = index(before: end)
            guard self[previous] == " " || self[previous] == "\t" else { break }
            end = previous
        }
        return self[startIndex..<end]
    }

    /// Without leading and trailing spaces and tabs.
    func trimmingSpaces() -> Substring {
        var start = startIndex
        while start < endIndex, self[start] == " " || self[start] == "\t" { start = index(after: start) }
        return self[start...].trimmingTrailingSpaces()
    }
}
