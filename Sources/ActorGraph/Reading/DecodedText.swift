/// The result of decoding one input: the text plus what had to be repaired on the way.
/// Byte offsets refer to the bytes that were decoded (including any byte order mark).
struct DecodedText: Sendable {
    /// The decoded text, with NUL bytes dropped and CRLF / CR line endings turned into LF.
    /// Offsets into articles refer to this normalised text, not to the input bytes.
    var text: String
    /// The encoding that was used (named or detected).
    var encoding: TextEncoding
    /// Byte offsets where an invalid sequence was replaced by U+FFFD, one per replacement.
    var invalid: [Int] = []
    /// Byte offsets of the NUL characters that were dropped.
    var nulOffsets: [Int] = []

    /// The warnings for this decode: at most one for invalid bytes and one for NULs, each
    /// naming the first offset (shifted by `offsetBase`) and the total count.
    func warnings(path: String, offsetBase: Int = 0) -> [ReadWarning] {
        var result: [ReadWarning] = []
        if let first = invalid.first {
            result.append(ReadWarning(path: path, byteOffset: offsetBase + first,
                                      message: Self.invalidMessage(encoding, count: invalid.count)))
        }
        if let first = nulOffsets.first {
            result.append(ReadWarning(path: path, byteOffset: offsetBase + first,
                                      message: Self.nulMessage(count: nulOffsets.count)))
        }
        return result
    }

    /// `invalid UTF-8 (replaced)`, with the total when there is more than one.
    static func invalidMessage(_ encoding: TextEncoding, count: Int) -> String {
        let base = "invalid \(encoding.displayName) (replaced)"
        return count == 1 ? base : "\(base); \(count) invalid sequences in all"
    }

    /// `NUL byte dropped`, with the total when there is more than one.
    static func nulMessage(count: Int) -> String {
        count == 1 ? "NUL byte dropped" : "NUL byte dropped; \(count) NUL bytes in all"
    }
}
