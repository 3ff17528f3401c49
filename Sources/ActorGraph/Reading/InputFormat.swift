/// How an input's content is structured, chosen by file extension.
enum InputFormat: Equatable {
    /// Plain text or Markdown, with optional front matter.
    case text
    /// An HTML page.
    case html
    /// One JSON record object, or an array of them.
    case json
    /// JSON Lines: one record object per line.
    case jsonLines

    /// Extensions (lower case) of the files taken from directories.
    static let byExtension: [String: InputFormat] = [
        "txt": .text, "text": .text, "md": .text, "markdown": .text,
        "html": .html, "htm": .html, "xhtml": .html,
        "json": .json, "jsonl": .jsonLines, "ndjson": .jsonLines,
    ]

    /// The format for a known extension of `path` (case-insensitive), else nil.
    static func known(for path: String) -> InputFormat? {
        let name = path.split(separator: "/", omittingEmptySubsequences: false).last ?? Substring(path)
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return nil }
        return byExtension[name[name.index(after: dot)...].lowercased()]
    }

    /// Guesses the format of decoded standard input: JSON when it starts with `[` or `{`
    /// (JSON Lines when a leading `{` object is followed by more), HTML when it starts with a
    /// tag, a comment or a doctype, or mentions `<html` or `<body` early on, else text.
    static func sniff(_ text: String) -> InputFormat {
        let utf8 = text.utf8
        guard let first = utf8.firstIndex(where: { !HTMLExtractor.isSpace($0) }) else { return .text }
        switch utf8[first] {
        case 0x5B:  // '['
            return .json
        case 0x7B:  // '{'
            return JSONRecords.parse(text[first...]) == nil ? .jsonLines : .json
        case 0x3C:  // '<'
            let next = utf8.index(after: first)
            if next < utf8.endIndex, let c = Optional(utf8[next]),
               c == 0x21 || (0x41...0x5A).contains(c) || (0x61...0x7A).contains(c) {
                return .html
            }
        default:
            break
        }
        let head = String(decoding: utf8.prefix(1024), as: UTF8.self).lowercased()
        return head.contains("<html") || head.contains("<body") ? .html : .text
    }
}
