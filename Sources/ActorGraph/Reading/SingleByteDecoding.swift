/// Decoding of the single-byte Arabic encodings through precomputed byte -> UTF-8 tables.
extension TextDecoder {
    /// The UTF-8 form of each upper-half byte, packed as `length << 24 | b0 << 16 | b1 << 8 | b2`;
    /// zero marks an undefined byte.
    private static func packedUTF8(_ table: [UInt16]) -> [UInt32] {
        table.map { value -> UInt32 in
            if value == SingleByteTables.undefined { return 0 }
            let v = UInt32(value)
            if v < 0x80 { return 1 << 24 | v << 16 }
            if v < 0x800 { return 2 << 24 | (0xC0 | v >> 6) << 16 | (0x80 | v & 0x3F) << 8 }
            return 3 << 24 | (0xE0 | v >> 12) << 16 | (0x80 | (v >> 6) & 0x3F) << 8 | (0x80 | v & 0x3F)
        }
    }

    private static let windows1256UTF8 = packedUTF8(SingleByteTables.windows1256)
    private static let iso8859_6UTF8 = packedUTF8(SingleByteTables.iso8859_6)

    /// The scalar table (upper half) of a single-byte encoding.
    static func singleByteTable(_ encoding: TextEncoding) -> [UInt16] {
        encoding == .iso8859_6 ? SingleByteTables.iso8859_6 : SingleByteTables.windows1256
    }

    /// Decodes `source` as Windows-1256 or ISO-8859-6. Undefined bytes become U+FFFD.
    static func decodeSingleByte(_ source: UnsafeBufferPointer<UInt8>, encoding: TextEncoding, base: Int) -> DecodedText {
        let packed = encoding == .iso8859_6 ? iso8859_6UTF8 : windows1256UTF8
        let count = source.count
        var invalid: [Int] = []
        var nulOffsets: [Int] = []
        var afterCR = false
        let bytes = packed.withUnsafeBufferPointer { table in
            [UInt8](unsafeUninitializedCapacity: count * 3) { out, written in
                var o = 0
                for i in 0..<count {
                    let byte = source[i]
                    if byte >= 0x80 {
                        afterCR = false
                        var entry = table[Int(byte &- 0x80)]
                        if entry == 0 {
                            invalid.append(base + i)
                            entry = 3 << 24 | 0xEF << 16 | 0xBF << 8 | 0xBD
                        }
                        let length = Int(entry >> 24)
                        out[o] = UInt8(truncatingIfNeeded: entry >> 16)
                        if length > 1 { out[o + 1] = UInt8(truncatingIfNeeded: entry >> 8) }
                        if length > 2 { out[o + 2] = UInt8(truncatingIfNeeded: entry) }
                        o += length
                    } else if byte > 0x0D {
                        afterCR = false
                        out[o] = byte
                        o += 1
                    } else if byte == 0x0D {
                        out[o] = 0x0A
                        o += 1
                        afterCR = true
                    } else if byte == 0x00 {
                        nulOffsets.append(base + i)
                    } else if byte == 0x0A && afterCR {
                        afterCR = false
                    } else {
                        afterCR = false
                        out[o] = byte
                        o += 1
                    }
                }
                written = o
            }
        }
        return DecodedText(text: String(decoding: bytes, as: UTF8.self), encoding: encoding,
                           invalid: invalid, nulOffsets: nulOffsets)
    }
}
