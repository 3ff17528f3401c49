/// What a token is made of.
public enum TokenKind: UInt8, Sendable {
    case word
    case number
    case punctuation
}

/// One token of an article: its folded matching form and where it stands in the original.
public struct Token: Sendable, Hashable {
    /// The folded form used for matching (see `foldForMatching`).
    public var norm: String { didSet { key = WordKey(norm) } }
    /// Unicode scalar offsets into the decoded original text, `start..<end`.
    public var start: Int
    public var end: Int
    public var kind: TokenKind
    /// Written in capitals in the original (Latin acronyms such as `US`, `LNA`).
    public var allCaps: Bool
    /// Line breaks in the white space just before the token.
    public var newlinesBefore: Int
    /// An English possessive `'s` was removed from the end.
    public var possessive: Bool
    /// `norm` packed for fast lookups.
    var key: WordKey

    public init(norm: String, start: Int, end: Int, kind: TokenKind, allCaps: Bool = false,
                newlinesBefore: Int = 0, possessive: Bool = false) {
        self.norm = norm
        self.start = start
        self.end = end
        self.kind = kind
        self.allCaps = allCaps
        self.newlinesBefore = newlinesBefore
        self.possessive = possessive
        self.key = WordKey(norm)
    }

    /// A token whose folded form is given as UTF-8 bytes (the tokenizer's way: one pass).
    init(normBytes: UnsafeBufferPointer<UInt8>, start: Int, end: Int, kind: TokenKind, allCaps: Bool,
         newlinesBefore: Int, possessive: Bool) {
        self.norm = String(decoding: normBytes, as: UTF8.self)
        self.start = start
        self.end = end
        self.kind = kind
        self.allCaps = allCaps
        self.newlinesBefore = newlinesBefore
        self.possessive = possessive
        self.key = WordKey(bytes: normBytes)
    }

    public var isWord: Bool { kind == .word }
}
