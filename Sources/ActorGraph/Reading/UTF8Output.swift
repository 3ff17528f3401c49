/// A growing UTF-8 buffer used by the decoders' slow paths. It drops NUL characters
/// (remembering their input offsets), turns CRLF and lone CR into LF, and records where
/// U+FFFD replacements were made.
struct UTF8Output {
    var bytes: [UInt8] = []
    var invalid: [Int] = []
    var nulOffsets: [Int] = []
    /// The previous character was a CR that has already been written as LF.
    private var afterCR = false

    init(capacity: Int) {
        bytes.reserveCapacity(capacity)
    }

    /// Appends one scalar that was read from input offset `offset`.
    @inline(__always)
    mutating func append(scalar value: UInt32, at offset: Int) {
        if value < 0x80 {
            append(ascii: UInt8(truncatingIfNeeded: value), at: offset)
            return
        }
        afterCR = false
        if value < 0x800 {
            bytes.append(UInt8(truncatingIfNeeded: 0xC0 | (value >> 6)))
            bytes.append(UInt8(truncatingIfNeeded: 0x80 | (value & 0x3F)))
        } else if value < 0x10000 {
            bytes.append(UInt8(truncatingIfNeeded: 0xE0 | (value >> 12)))
            bytes.append(UInt8(truncatingIfNeeded: 0x80 | ((value >> 6) & 0x3F)))
            bytes.append(UInt8(truncatingIfNeeded: 0x80 | (value & 0x3F)))
        } else {
            bytes.append(UInt8(truncatingIfNeeded: 0xF0 | (value >> 18)))
            bytes.append(UInt8(truncatingIfNeeded: 0x80 | ((value >> 12) & 0x3F)))
            bytes.append(UInt8(truncatingIfNeeded: 0x80 | ((value >> 6) & 0x3F)))
            bytes.append(UInt8(truncatingIfNeeded: 0x80 | (value & 0x3F)))
        }
    }

    /// Appends one ASCII byte read from input offset `offset`, applying the NUL and
    /// line-ending rules.
    @inline(__always)
    mutating func append(ascii byte: UInt8, at offset: Int) {
        switch byte {
        case 0x00:
            nulOffsets.append(offset)  // dropped; does not end a CR pair
            return
        case 0x0D:
            bytes.append(0x0A)
            afterCR = true
            return
        case 0x0A:
            if afterCR {
                afterCR = false
                return
            }
        default:
            break
        }
        afterCR = false
        bytes.append(byte)
    }

    /// Appends bytes already known to be valid UTF-8 non-ASCII (no NUL or CR among them).
    @inline(__always)
    mutating func append(validSequence source: UnsafeBufferPointer<UInt8>, from start: Int, count: Int) {
        afterCR = false
        for k in start..<(start + count) { bytes.append(source[k]) }
    }

    /// Appends U+FFFD for an invalid sequence starting at input offset `offset`.
    mutating func appendReplacement(at offset: Int) {
        invalid.append(offset)
        afterCR = false
        bytes.append(0xEF)
        bytes.append(0xBF)
        bytes.append(0xBD)
    }

    /// The finished text (the buffer is valid UTF-8 by construction).
    func decoded(as encoding: TextEncoding) -> DecodedText {
        DecodedText(text: String(decoding: bytes, as: UTF8.self), encoding: encoding,
                    invalid: invalid, nulOffsets: nulOffsets)
    }
}
