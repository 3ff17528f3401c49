#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// UTF-8 decoding: a fast path for valid input, a filter for NUL and CR, and a repairing
/// decoder that replaces each maximal invalid subpart with U+FFFD.
extension TextDecoder {
    /// Decodes valid UTF-8, or returns nil when the bytes are not valid UTF-8. Offsets
    /// are reported relative to `base` (the position of `source` in the original input).
    static func decodeValidUTF8(_ source: UnsafeBufferPointer<UInt8>, base: Int) -> DecodedText? {
        guard let start = source.baseAddress, source.count > 0 else {
            return DecodedText(text: "", encoding: .utf8)
        }
        let hasSpecial = memchr(start, 0x0D, source.count) != nil || memchr(start, 0x00, source.count) != nil
        if !hasSpecial {
            guard let text = String(validating: source, as: UTF8.self) else { return nil }
            return DecodedText(text: text, encoding: .utf8)
        }
        var nulOffsets: [Int] = []
        let filtered = filterNULAndCR(source, base: base, nulOffsets: &nulOffsets)
        guard let text = filtered.withUnsafeBufferPointer({ String(validating: $0, as: UTF8.self) }) else {
            return nil
        }
        return DecodedText(text: text, encoding: .utf8, nulOffsets: nulOffsets)
    }

    /// Copies `source` dropping NUL bytes and turning CRLF / CR into LF. Works on any
    /// ASCII-compatible bytes since 0x00 and 0x0D never occur inside a UTF-8 sequence.
    static func filterNULAndCR(_ source: UnsafeBufferPointer<UInt8>, base: Int, nulOffsets: inout [Int]) -> [UInt8] {
        let count = source.count
        return [UInt8](unsafeUninitializedCapacity: count) { out, written in
            var o = 0
            var i = 0
            while i < count {
                let byte = source[i]
                if byte > 0x0D {
                    out[o] = byte
                    o += 1
                } else if byte == 0x0D {
                    out[o] = 0x0A
                    o += 1
                    if i + 1 < count && source[i + 1] == 0x0A { i += 1 }
                } else if byte == 0x00 {
                    nulOffsets.append(base + i)
                } else {
                    out[o] = byte
                    o += 1
                }
                i += 1
            }
            written = o
        }
    }

    /// Decodes UTF-8 that may contain invalid sequences, replacing each maximal invalid
    /// subpart (Unicode's recommended practice) with U+FFFD and recording its offset.
    static func decodeRepairingUTF8(_ source: UnsafeBufferPointer<UInt8>, base: Int) -> DecodedText {
        if let start = source.baseAddress, memchr(start, 0x0D, source.count) == nil, memchr(start, 0x00, source.count) == nil {
            return decodeRepairingUTF8Runs(source, base: base)
        }
        var out = UTF8Output(capacity: source.count + source.count / 8 + 16)
        var i = 0
        let count = source.count
        while i < count {
            let byte = source[i]
            if byte < 0x80 {
                out.append(ascii: byte, at: base + i)
                i += 1
                continue
            }
            let step = utf8Step(source, i)
            if step > 0 {
                out.append(validSequence: source, from: i, count: step)
                i += step
            } else {
                out.appendReplacement(at: base + i)
                i -= step
            }
        }
        return out.decoded(as: .utf8)
    }

    /// The repairing decoder for input without NUL or CR: valid runs are copied in bulk.
    private static func decodeRepairingUTF8Runs(_ source: UnsafeBufferPointer<UInt8>, base: Int) -> DecodedText {
        var out: [UInt8] = []
        out.reserveCapacity(source.count + source.count / 8 + 16)
        var invalid: [Int] = []
        var runStart = 0
        var i = 0
        let count = source.count
        while i < count {
            if source[i] < 0x80 {
                i += 1
                continue
            }
            let step = utf8Step(source, i)
            if step > 0 {
                i += step
                continue
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: source[runStart..<i]))
            out.append(contentsOf: [0xEF, 0xBF, 0xBD])
            invalid.append(base + i)
            i -= step
            runStart = i
        }
        out.append(contentsOf: UnsafeBufferPointer(rebasing: source[runStart..<count]))
        return DecodedText(text: String(decoding: out, as: UTF8.self), encoding: .utf8, invalid: invalid)
    }

    /// Counts valid multi-byte sequences and invalid subparts, for encoding detection.
    static func utf8Statistics(_ source: UnsafeBufferPointer<UInt8>) -> (validMultibyte: Int, invalid: Int) {
        var valid = 0
        var invalid = 0
        var i = 0
        while i < source.count {
            if source[i] < 0x80 {
                i += 1
                continue
            }
            let step = utf8Step(source, i)
            if step > 0 {
                valid += 1
                i += step
            } else {
                invalid += 1
                i -= step
            }
        }
        return (valid, invalid)
    }

    /// Examines the non-ASCII sequence starting at `i`. Returns its length when it is a valid
    /// UTF-8 sequence, or minus the length of the maximal invalid subpart to replace.
    @inline(__always)
    static func utf8Step(_ source: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int {
        let lead = source[i]
        var trailing: Int
        var low: UInt8 = 0x80
        var high: UInt8 = 0xBF
        switch lead {
        case 0xC2...0xDF: trailing = 1
        case 0xE0: trailing = 2; low = 0xA0
        case 0xE1...0xEC, 0xEE, 0xEF: trailing = 2
        case 0xED: trailing = 2; high = 0x9F
        case 0xF0: trailing = 3; low = 0x90
        case 0xF1...0xF3: trailing = 3
        case 0xF4: trailing = 3; high = 0x8F
        default: return -1
        }
        let count = source.count
        guard i + 1 < count, source[i + 1] >= low, source[i + 1] <= high else { return -1 }
        var k = 2
        while k <= trailing {
            guard i + k < count, source[i + k] & 0xC0 == 0x80 else { return -k }
            k += 1
        }
        return trailing + 1
    }
}
