/// Arabic proclitics that attach to names: a conjunction (و ف), a preposition (ب ل ك) and
/// the article (ال), in that order, with ل + ال written لل.
enum ArabicClitics {
    /// Every proclitic combination with what remains to be put back (`ال` after `لل`),
    /// longest first.
    static let prefixes: [(prefix: String, restore: String)] = {
        var out: [(String, String)] = []
        for conj in ["", "و", "ف"] {
            for prep in ["", "ب", "ل", "ك"] {
                for art in ["", "ال"] {
                    if conj.isEmpty && prep.isEmpty && art.isEmpty { continue }
                    if prep == "ل" && art == "ال" {
                        out.append((conj + "لل", "ال"))  // للقاهرة = ل + القاهرة
                        out.append((conj + "لل", ""))    // للجيش... also bare
                    } else {
                        out.append((conj + prep + art, ""))
                    }
                }
            }
        }
        return out.sorted { $0.0.unicodeScalars.count > $1.0.unicodeScalars.count }
    }()

    /// The proclitic strings, for membership tests.
    static let prefixSet: Set<String> = Set(prefixes.filter { $0.restore.isEmpty }.map(\.prefix))
    /// Proclitics that swallow the alef of the article ("لل" = "ل" + "ال").
    static let restoringPrefixes: Set<String> = Set(prefixes.filter { !$0.restore.isEmpty }.map(\.prefix))

    static func preposition(in prefix: String) -> String? {
        var rest = Substring(prefix)
        if rest.hasPrefix("و") || rest.hasPrefix("ف") { rest = rest.dropFirst() }
        if rest.hasPrefix("ال") { return nil }  // the article, not "ل"
        if let first = rest.first, ["ب", "ل", "ك"].contains(first) { return String(first) }
        return nil
    }

    /// The proclitics as UTF-8 bytes, longest first.
    static let prefixBytes: [(bytes: [UInt8], prefix: String, restore: String)] = prefixes.map { (Array($0.prefix.utf8), $0.prefix, $0.restore) }

    /// The forms of `token` with proclitics removed (the token itself first), each with the
    /// prefix that was removed. Only remainders of two letters or more are kept. The hot
    /// paths use `forEachVariant(of:)`, which walks the same forms without building strings.
    static func variants(of token: String) -> [(form: String, prefix: String)] {
        var out: [(String, String)] = []
        forEachVariant(norm: token, key: WordKey(token)) { v in
            out.append((v.prefixIndex < 0 ? token : String(decoding: v.head + Array(v.rest), as: UTF8.self), v.prefix))
            return true
        }
        return out
    }
}

extension ArabicClitics {
    /// One form of a token: as written, or with proclitics removed.
    struct Variant {
        /// The form's key.
        var key: WordKey
        /// Index of the removed proclitic in `prefixBytes`, -1 for the token as written.
        var prefixIndex: Int
        /// The form is `head` followed by `rest` (`head` is the article put back after `لل`).
        var head: [UInt8]
        var rest: UnsafeBufferPointer<UInt8>

        /// The removed proclitic ("" for the token as written).
        var prefix: String { prefixIndex < 0 ? "" : ArabicClitics.prefixBytes[prefixIndex].prefix }
    }

    /// Calls `body` with each form of `token` (as written first, then without each proclitic
    /// it starts with, longest first), without building strings; `body` returns false to stop.
    /// Works on UTF-8 bytes: Arabic letters are two bytes each, with lead byte D8 or D9.
    static func forEachVariant(of token: Token, _ body: (Variant) -> Bool) {
        forEachVariant(norm: token.norm, key: token.key, body)
    }

    /// `forEachVariant(of:)` for a folded word and its key.
    static func forEachVariant(norm: String, key: WordKey, _ body: (Variant) -> Bool) {
        var norm = norm
        norm.withUTF8 { u in
            guard body(Variant(key: key, prefixIndex: -1, head: [], rest: u)) else { return }
            guard u.count >= 6, u[0] == 0xD8 || u[0] == 0xD9 else { return }
            for (index, p) in prefixBytes.enumerated() {
                let bytes = p.bytes
                guard u.count - bytes.count >= 4, startsWith(u, bytes) else { continue }
                let rest = UnsafeBufferPointer(rebasing: u[bytes.count...])
                let head = restoreBytes[index]
                if !body(Variant(key: WordKey(bytes: rest, after: head), prefixIndex: index, head: head, rest: rest)) { return }
            }
        }
    }

    /// Calls `body` with the key of each form of `token` and its proclitic's index.
    static func forEachVariantKey(of token: Token, _ body: (WordKey, Int) -> Bool) {
        forEachVariant(of: token) { body($0.key, $0.prefixIndex) }
    }

    /// The proclitic index (-1 for the token as written) of the first form of `token` whose
    /// key is in `keys`.
    static func firstForm(of token: Token, in keys: Set<WordKey>) -> Int? {
        guard !keys.isEmpty else { return nil }
        var found: Int? = nil
        forEachVariantKey(of: token) { key, index in
            if keys.contains(key) { found = index }
            return found == nil
        }
        return found
    }

    /// The form of `token` with the proclitic at `prefixIndex` removed (see `forEachVariant(of:)`).
    static func form(of token: Token, prefixIndex: Int) -> String {
        guard prefixIndex >= 0 else { return token.norm }
        let p = prefixBytes[prefixIndex]
        return p.restore + String(decoding: token.norm.utf8.dropFirst(p.bytes.count), as: UTF8.self)
    }

    /// Whether `token` or a form of it without proclitics has its key in `keys`.
    static func anyForm(of token: Token, in keys: Set<WordKey>) -> Bool { firstForm(of: token, in: keys) != nil }

    /// The bytes each proclitic puts back (`ال` after `لل`), by index in `prefixBytes`.
    static let restoreBytes: [[UInt8]] = prefixBytes.map { Array($0.restore.utf8) }

    @inline(__always) static func startsWith(_ u: UnsafeBufferPointer<UInt8>, _ p: [UInt8]) -> Bool {
        guard u.count >= p.count else { return false }
        for i in 0..<p.count where u[i] != p[i] { return false }
        return true
    }

    @inline(__always) static func endsWith(_ u: UnsafeBufferPointer<UInt8>, _ p: [UInt8]) -> Bool {
        guard u.count >= p.count else { return false }
        let offset = u.count - p.count
        for i in 0..<p.count where u[offset + i] != p[i] { return false }
        return true
    }
}

/// Arabic pronoun suffixes on nouns and verbs ("مساندته", "زيارتهم", "طلبها").
enum ArabicSuffixes {
    static let pronouns = ["هما", "هم", "ها", "ه", "كم", "نا"]

    /// Quick test: an Arabic word ending like a pronoun suffix (ه، ها، هم، هما، كم، نا).
    static func couldCarry(_ word: String) -> Bool {
        guard let last = word.unicodeScalars.last else { return false }
        return last == "ه" || last == "ا" || last == "م"
    }

    /// The suffixes, and the letters of the taa marbuta rule, as UTF-8 bytes.
    static let pronounBytes: [[UInt8]] = pronouns.map { Array($0.utf8) }
    static let taa: [UInt8] = Array("ت".utf8)
    static let haa: [UInt8] = Array("ه".utf8)

    /// The keys of the form `head` + `rest` with one pronoun suffix removed (a "ت" left before
    /// the suffix is the taa marbuta of the bare noun, folded to "ه": "مساندته" -> "مسانده"),
    /// without building strings.
    static func forEachStemKey(head: [UInt8], rest: UnsafeBufferPointer<UInt8>, _ body: (WordKey) -> Bool) {
        guard let lead = head.first ?? rest.first, lead == 0xD8 || lead == 0xD9 else { return }
        for suffix in pronounBytes {
            // At least three letters (six bytes) must remain.
            guard head.count + rest.count - suffix.count >= 6, rest.count >= suffix.count,
                  ArabicClitics.endsWith(rest, suffix) else { continue }
            let stem = UnsafeBufferPointer(rebasing: rest[..<(rest.count - suffix.count)])
            if !body(WordKey(bytes: stem, after: head)) { return }
            if ArabicClitics.endsWith(stem, taa) {
                let bare = UnsafeBufferPointer(rebasing: stem[..<(stem.count - taa.count)])
                if !body(WordKey(bytes: bare, after: head, before: haa)) { return }
            }
        }
    }
}
