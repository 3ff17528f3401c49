/// UTF-16 decoding in either byte order. Unpaired surrogates and a dangling odd byte are
/// replaced with U+FFFD.
extension TextDecoder {
    /// Decodes `source` from `start` (just past any byte order mark). Offsets are byte
    /// offsets into `source`.
    static func decodeUTF16(_ source: UnsafeBufferPointer<UInt8>, from start: Int, bigEndian: Bool) -> DecodedText {
        let count = source.count
        var invalid: [Int] = []
        var nulOffsets: [Int] = []
        // Each two-byte unit yields at most three UTF-8 bytes (a surrogate pair: four for four).
        let capacity = (count - start) / 2 * 3 + 3
        let bytes = [UInt8](unsafeUninitializedCapacity: capacity) { out, written in
            @inline(__always) func unit(_ i: Int) -> UInt32 {
                bigEndian ? UInt32(source[i]) << 8 | UInt32(source[i + 1])
                    : UInt32(source[i]) | UInt32(source[i + 1]) << 8
            }
            var o = 0
            var afterCR = false
            var i = start
            while i + 1 < count {
                var value = unit(i)
                var width = 2
                if value >= 0xD800 && value <= 0xDFFF {
                    if value <= 0xDBFF, i + 3 < count, case let low = unit(i + 2), low >= 0xDC00 && low <= 0xDFFF {
                        value = 0x10000 + ((value - 0xD800) << 10) + (low - 0xDC00)
                        width = 4
                    } else {
                        invalid.append(i)
                        value = 0xFFFD
                    }
                }
                let offset = i
                i += width
                switch value {
                case 0x00:
                    nulOffsets.append(offset)
                    continue
                case 0x0D:
                    out[o] = 0x0A
                    o += 1
                    afterCR = true
                    continue
                case 0x0A where afterCR:
                    afterCR = false
                    continue
                default:
                    afterCR = false
                }
                o += writeUTF8(value, to: out, at: o)
            }
            if i < count {
                invalid.append(i)
                o += writeUTF8(0xFFFD, to: out, at: o)
            }
            written = o
        }
        return DecodedText(text: String(decoding: bytes, as: UTF8.self), encoding: bigEndian ? .utf16be : .utf16le,
                           invalid: invalid, nulOffsets: nulOffsets)
    }

    /// Writes the UTF-8 form of `value` at `o`; returns its length.
    @inline(__always)
    static func writeUTF8(_ value: UInt32, to out: UnsafeMutableBufferPointer<UInt8>, at o: Int) -> Int {
        if value < 0x80 {
            out[o] = UInt8(truncatingIfNeeded: value)
            return 1
        }
        if value < 0x800 {
            out[o] = UInt8(truncatingIfNeeded: 0xC0 | value >> 6)
            out[o + 1] = UInt8(truncatingIfNeeded: 0x80 | value & 0x3F)
            return 2
        }
        if value < 0x10000 {
            out[o] = UInt8(truncatingIfNeeded: 0xE0 | value >> 12)
            out[o + 1] = UInt8(truncatingIfNeeded: 0x80 | (value >> 6) & 0x3F)
            out[o + 2] = UInt8(truncatingIfNeeded: 0x80 | value & 0x3F)
            return 3
        }
        out[o] = UInt8(truncatingIfNeeded: 0xF0 | value >> 18)
        out[o + 1] = UInt8(truncatingIfNeeded: 0x80 | (value >> 12) & 0x3F)
        out[o + 2] = UInt8(truncatingIfNeeded: 0x80 | (value >> 6) & 0x3F)
        out[o + 3] = UInt8(truncatingIfNeeded: 0x80 | value & 0x3F)
        return 4
    }
}
