/// A folded word packed into integers, for the hot lookups of matching.
///
/// Hashing or comparing a non-ASCII `String` normalises it every time; a `WordKey` hashes and
/// compares as five integers. Folded words are already in one canonical form, so comparing
/// their UTF-8 bytes is exact. Words of up to 32 bytes are packed whole (16 Arabic letters);
/// longer ones keep their first 24 bytes and a 64-bit digest of the rest.
struct WordKey: Hashable, Sendable {
    private var w0: UInt64 = 0
    private var w1: UInt64 = 0
    private var w2: UInt64 = 0
    private var w3: UInt64 = 0
    /// Length in UTF-8 bytes.
    private(set) var count: Int = 0

    /// One mixed word into the hasher instead of five: keys are hashed in every lookup.
    func hash(into hasher: inout Hasher) {
        var h = w0 &* 0x9E37_79B9_7F4A_7C15
        h = (h ^ (h >> 29) ^ w1) &* 0xBF58_476D_1CE4_E5B9
        h = (h ^ (h >> 31) ^ w2) &* 0x94D0_49BB_1331_11EB
        h = (h ^ (h >> 29) ^ w3 ^ UInt64(count)) &* 0x9E37_79B9_7F4A_7C15
        hasher.combine(h ^ (h >> 32))
    }

    static func == (a: WordKey, b: WordKey) -> Bool {
        a.w0 == b.w0 && a.w1 == b.w1 && a.w2 == b.w2 && a.w3 == b.w3 && a.count == b.count
    }

    /// The key of `word`.
    init(_ word: String) {
        var copy = word
        self = copy.withUTF8 { WordKey(bytes: $0) }
    }

    /// The key of `head`, `bytes` and `tail` in a row (`head` puts back the article a proclitic
    /// swallowed; `tail` the taa marbuta a pronoun suffix turned into ت).
    init(bytes: UnsafeBufferPointer<UInt8>, after head: [UInt8] = [], before tail: [UInt8] = []) {
        let total = head.count + bytes.count + tail.count
        count = total
        var k = 0
        var digest: UInt64 = 0xcbf2_9ce4_8422_2325
        let whole = total <= 32
        @inline(__always) func put(_ b: UInt8) {
            if whole || k < 24 {
                let shift = UInt64((k & 7) << 3)
                switch k >> 3 {
                case 0: w0 |= UInt64(b) << shift
                case 1: w1 |= UInt64(b) << shift
                case 2: w2 |= UInt64(b) << shift
                default: w3 |= UInt64(b) << shift
                }
            } else {
                digest = (digest ^ UInt64(b)) &* 0x0000_0100_0000_01B3
            }
            k += 1
        }
        for b in head { put(b) }
        for b in bytes { put(b) }
        for b in tail { put(b) }
        if !whole { w3 = digest }
    }
}
