/// Turns input bytes into text. Handles UTF-8 (with or without a byte order mark),
/// UTF-16 LE/BE (with a byte order mark, or recognised without one), Windows-1256 and
/// ISO-8859-6, and detects which one applies when none is named.
///
/// The decoded text is normalised: a byte order mark is removed, NUL characters are
/// dropped, and CRLF and lone CR line endings become LF. Offsets into articles therefore
/// refer to the decoded text after this normalisation; the byte offsets in `invalid` refer
/// to the input bytes.
public enum TextDecoder {
    /// Decodes `bytes` with `encoding`, or with the detected encoding when it is nil.
    ///
    /// Detection: a byte order mark; else UTF-16 when the high bytes alternate (0x00/0x06
    /// in every other position); else UTF-8 when the bytes are valid UTF-8; else, when they
    /// look like legacy Arabic text rather than damaged UTF-8, Windows-1256 or ISO-8859-6
    /// (whichever yields more Arabic letters and fewer undefined or control characters);
    /// else UTF-8 with replacements. A named UTF-16 encoding defers to a byte order mark.
    ///
    /// Never fails: invalid sequences become U+FFFD and `invalid` lists the byte offset of
    /// each replacement.
    public static func decode(_ bytes: [UInt8], encoding: TextEncoding?) -> (text: String, encoding: TextEncoding, invalid: [Int]) {
        let decoded = decodeDetailed(bytes, encoding: encoding)
        return (decoded.text, decoded.encoding, decoded.invalid)
    }

    /// Like `decode`, also reporting dropped NULs. `hint` is a declared charset (an HTML
    /// `<meta charset>`) consulted only when the bytes are not valid UTF-8. Offsets are
    /// shifted by `base`.
    static func decodeDetailed(_ bytes: some DecodableBytes, encoding: TextEncoding?,
                               hint: TextEncoding? = nil, base: Int = 0) -> DecodedText {
        bytes.withBytes { decodeDetailed($0, encoding: encoding, hint: hint, base: base) }
    }

    static func decodeDetailed(_ source: UnsafeBufferPointer<UInt8>, encoding: TextEncoding?,
                               hint: TextEncoding? = nil, base: Int = 0) -> DecodedText {
        let bom = byteOrderMark(source)
        switch encoding {
        case .utf8?:
            return decodeUTF8(source, from: bom?.encoding == .utf8 ? 3 : 0, base: base)
        case let named? where named == .utf16le || named == .utf16be:
            if let bom, bom.encoding != .utf8 {
                return shifted(decodeUTF16(source, from: 2, bigEndian: bom.encoding == .utf16be), by: base)
            }
            return shifted(decodeUTF16(source, from: 0, bigEndian: named == .utf16be), by: base)
        case let named?:
            return decodeSingleByte(source, encoding: named, base: base)
        case nil:
            break
        }
        if let bom {
            switch bom.encoding {
            case .utf8: return decodeUTF8(source, from: 3, base: base)
            default: return shifted(decodeUTF16(source, from: 2, bigEndian: bom.encoding == .utf16be), by: base)
            }
        }
        if let utf16 = guessUTF16(source) {
            return shifted(decodeUTF16(source, from: 0, bigEndian: utf16 == .utf16be), by: base)
        }
        if let valid = decodeValidUTF8(source, base: base) { return valid }
        if let legacy = guessLegacy(source, hint: hint) {
            return decodeSingleByte(source, encoding: legacy, base: base)
        }
        return decodeRepairingUTF8(source, base: base)
    }

    /// UTF-8 from offset `start` (past a byte order mark): fast path, else repair.
    private static func decodeUTF8(_ source: UnsafeBufferPointer<UInt8>, from start: Int, base: Int) -> DecodedText {
        let rest = UnsafeBufferPointer(rebasing: source[start...])
        return decodeValidUTF8(rest, base: base + start) ?? decodeRepairingUTF8(rest, base: base + start)
    }

    private static func shifted(_ decoded: DecodedText, by base: Int) -> DecodedText {
        guard base != 0 else { return decoded }
        var result = decoded
        result.invalid = decoded.invalid.map { $0 + base }
        result.nulOffsets = decoded.nulOffsets.map { $0 + base }
        return result
    }
}

/// Byte containers the decoder can read without copying.
protocol DecodableBytes {
    func withBytes<R>(_ body: (UnsafeBufferPointer<UInt8>) -> R) -> R
}

extension Array: DecodableBytes where Element == UInt8 {
    func withBytes<R>(_ body: (UnsafeBufferPointer<UInt8>) -> R) -> R { withUnsafeBufferPointer(body) }
}

extension ArraySlice: DecodableBytes where Element == UInt8 {
    func withBytes<R>(_ body: (UnsafeBufferPointer<UInt8>) -> R) -> R { withUnsafeBufferPointer(body) }
}
