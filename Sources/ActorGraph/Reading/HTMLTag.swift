extension HTMLExtractor {
    /// One start or end tag: `<name attr=value ...>`, `</name>` or `<name ... />`.
    struct Tag {
        /// The lower-case element name.
        var name: String
        var isClosing: Bool
        var selfClosing: Bool
        /// Where the attributes start (just after the name).
        var attributesStart: Int
        /// The index after the closing `>`.
        var end: Int

        /// Parses the tag at `i` (which holds `<`), or returns nil when `<` is not followed by
        /// a letter (or `/` and a letter) and is therefore literal text.
        static func parse(_ b: UnsafeBufferPointer<UInt8>, at i: Int) -> Tag? {
            var j = i + 1
            let closing = j < b.count && b[j] == 0x2F
            if closing { j += 1 }
            guard j < b.count, (0x41...0x5A).contains(b[j]) || (0x61...0x7A).contains(b[j]) else { return nil }
            var nameBytes: [UInt8] = []
            while j < b.count, isNameByte(b[j]) {
                nameBytes.append(lowercased(b[j]))
                j += 1
            }
            let attributesStart = j
            var selfClosing = false
            var end = b.count
            scanAttributes(b, from: j) { _, _ in } ending: { close, slash in
                end = close
                selfClosing = slash
            }
            return Tag(name: String(decoding: nameBytes, as: UTF8.self), isClosing: closing,
                       selfClosing: selfClosing, attributesStart: attributesStart, end: end)
        }

        /// The tag's attributes (lower-case names, values with references decoded); the first
        /// occurrence of a name wins.
        func attributes(in b: UnsafeBufferPointer<UInt8>) -> [String: String] {
            var result: [String: String] = [:]
            Tag.scanAttributes(b, from: attributesStart) { name, value in
                if result[name] == nil { result[name] = value }
            } ending: { _, _ in }
            return result
        }

        /// Walks `name`, `name=value`, `name="value"` and `name='value'` pairs up to the `>`
        /// that ends the tag (a `>` inside quotes does not), then reports the index after it
        /// and whether the tag ended with `/>`.
        private static func scanAttributes(_ b: UnsafeBufferPointer<UInt8>, from start: Int,
                                           _ attribute: (String, String) -> Void,
                                           ending: (Int, Bool) -> Void) {
            var j = start
            let n = b.count
            var lastWasSlash = false
            while j < n {
                let c = b[j]
                if c == 0x3E {  // '>'
                    ending(j + 1, lastWasSlash)
                    return
                }
                if isSpace(c) || c == 0x2F {
                    lastWasSlash = c == 0x2F
                    j += 1
                    continue
                }
                lastWasSlash = false
                let nameStart = j
                while j < n, !isSpace(b[j]), b[j] != 0x3D, b[j] != 0x3E, b[j] != 0x2F || j == nameStart { j += 1 }
                let name = String(decoding: UnsafeBufferPointer(rebasing: b[nameStart..<j]), as: UTF8.self).lowercased()
                while j < n, isSpace(b[j]) { j += 1 }
                guard j < n, b[j] == 0x3D else {  // no value
                    attribute(name, "")
                    continue
                }
                j += 1
                while j < n, isSpace(b[j]) { j += 1 }
                var valueStart = j
                var valueEnd = j
                if j < n, b[j] == 0x22 || b[j] == 0x27 {
                    let quote = b[j]
                    valueStart = j + 1
                    j = valueStart
                    while j < n, b[j] != quote { j += 1 }
                    valueEnd = j
                    if j < n { j += 1 }
                } else {
                    while j < n, !isSpace(b[j]), b[j] != 0x3E { j += 1 }
                    valueEnd = j
                }
                attribute(name, characterData(UnsafeBufferPointer(rebasing: b[valueStart..<valueEnd]), collapse: false))
            }
            ending(n, false)
        }
    }
}
