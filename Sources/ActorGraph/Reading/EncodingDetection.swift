/// Guessing the encoding of unlabelled bytes: byte order marks, BOM-less UTF-16, UTF-8
/// validity, and a letter-frequency vote between the two Arabic single-byte encodings.
extension TextDecoder {
    /// The encoding announced by a byte order mark, and the mark's length.
    static func byteOrderMark(_ source: UnsafeBufferPointer<UInt8>) -> (encoding: TextEncoding, length: Int)? {
        let n = source.count
        if n >= 3, source[0] == 0xEF, source[1] == 0xBB, source[2] == 0xBF { return (.utf8, 3) }
        if n >= 2, source[0] == 0xFF, source[1] == 0xFE { return (.utf16le, 2) }
        if n >= 2, source[0] == 0xFE, source[1] == 0xFF { return (.utf16be, 2) }
        return nil
    }

    /// Recognises UTF-16 without a byte order mark: in the first 4 KB, the high byte of
    /// nearly every code unit (the odd positions for little-endian, even for big-endian) is
    /// 0x00 (ASCII, Latin) or 0x06 (Arabic), while the other positions rarely are.
    static func guessUTF16(_ source: UnsafeBufferPointer<UInt8>) -> TextEncoding? {
        let sampled = min(source.count, 4096) & ~1
        guard sampled >= 4 else { return nil }
        var evenHigh = 0
        var oddHigh = 0
        var i = 0
        while i < sampled {
            let even = source[i], odd = source[i + 1]
            if even == 0x00 || even == 0x06 { evenHigh += 1 }
            if odd == 0x00 || odd == 0x06 { oddHigh += 1 }
            i += 2
        }
        let units = sampled / 2
        if oddHigh * 10 >= units * 7 && evenHigh * 10 <= units { return .utf16le }
        if evenHigh * 10 >= units * 7 && oddHigh * 10 <= units { return .utf16be }
        return nil
    }

    /// Decides whether bytes that are not valid UTF-8 are Windows-1256 or ISO-8859-6 text.
    /// Requires most high bytes to be in 0xC1-0xFE (where both put the Arabic letters), to
    /// come in runs, and few of them to touch ASCII letters (Arabic words are runs of high
    /// bytes, while accented letters in Latin-1 text or stray bytes in English sit alone
    /// between ASCII letters), then
    /// scores each decoding as Arabic letters minus twice the undefined or control
    /// characters, and accepts the winner only when at least half of the high bytes decode to
    /// Arabic letters. Ties go to Windows-1256. Returns nil when neither fits.
    static func guessSingleByteArabic(_ source: UnsafeBufferPointer<UInt8>) -> TextEncoding? {
        var histogram = [Int](repeating: 0, count: 256)
        var mixed = 0  // high bytes directly next to an ASCII letter, as in "café"
        var runs = 0   // high bytes directly after another high byte, as in Arabic words
        histogram.withUnsafeMutableBufferPointer { counts in
            var previous: UInt8 = 0x20
            for byte in source {
                counts[Int(byte)] += 1
                if byte >= 0x80 {
                    if previous >= 0x80 { runs += 1 } else if isASCIILetter(previous) { mixed += 1 }
                } else if previous >= 0x80 && isASCIILetter(byte) {
                    mixed += 1
                }
                previous = byte
            }
        }
        let high = histogram[0x80...].reduce(0, +)
        let arabicRange = histogram[0xC1...0xFE].reduce(0, +)
        guard high > 0, arabicRange * 2 >= high, mixed * 4 <= high, runs * 2 >= high else { return nil }

        func score(_ encoding: TextEncoding) -> (score: Int, letters: Int) {
            let table = singleByteTable(encoding)
            var letters = 0
            var bad = 0
            for byte in 0x80...0xFF where histogram[byte] > 0 {
                let value = table[byte - 0x80]
                if value == SingleByteTables.undefined || value < 0xA0 {
                    bad += histogram[byte]
                } else if isArabicLetter(value) {
                    letters += histogram[byte]
                }
            }
            return (letters - 2 * bad, letters)
        }
        let windows = score(.windows1256)
        let iso = score(.iso8859_6)
        let best: (encoding: TextEncoding, letters: Int) =
            iso.score > windows.score ? (.iso8859_6, iso.letters) : (.windows1256, windows.letters)
        return best.letters * 2 >= high ? best.encoding : nil
    }

    @inline(__always) private static func isASCIILetter(_ byte: UInt8) -> Bool {
        (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
    }

    /// Arabic-script letters: the basic block (hamza to yeh, without tatweel) and the
    /// extended letters Persian and Urdu add.
    static func isArabicLetter(_ value: UInt16) -> Bool {
        (0x0621...0x063A).contains(value) || (0x0641...0x064A).contains(value)
            || (0x0671...0x06D3).contains(value)
    }

    /// The encoding of bytes that are not valid UTF-8: when they look more like a legacy
    /// encoding than damaged UTF-8 (more invalid subparts than valid multi-byte sequences),
    /// the declared `hint` if it is a single-byte encoding, else the guessed one; nil means
    /// "UTF-8 with replacements".
    /// Only the first megabyte from the first non-ASCII byte is examined, so the cost does not
    /// grow with the input.
    static func guessLegacy(_ source: UnsafeBufferPointer<UInt8>, hint: TextEncoding?) -> TextEncoding? {
        let firstHigh = source.firstIndex { $0 >= 0x80 } ?? source.count
        let sampleStart = max(0, firstHigh - 1)  // keep the byte before, for the neighbour checks
        let sample = UnsafeBufferPointer(rebasing: source[sampleStart..<min(source.count, sampleStart + (1 << 20))])
        let stats = utf8Statistics(sample)
        guard stats.invalid > stats.validMultibyte else { return nil }
        if let hint, hint == .windows1256 || hint == .iso8859_6 { return hint }
        return guessSingleByteArabic(sample)
    }

    /// Picks the encoding for a sample of a stream that will be decoded piecewise (JSON
    /// Lines): the named one, the byte order mark's, BOM-less UTF-16, UTF-8 when the sample
    /// is valid, else a legacy guess, else UTF-8.
    static func detectEncoding(_ source: UnsafeBufferPointer<UInt8>, named: TextEncoding?) -> TextEncoding {
        if let bom = byteOrderMark(source) {
            if let named, named != .utf16le && named != .utf16be { return named }
            return bom.encoding
        }
        if let named { return named }
        if let utf16 = guessUTF16(source) { return utf16 }
        if String(validating: source, as: UTF8.self) != nil { return .utf8 }
        return guessLegacy(source, hint: nil) ?? .utf8
    }
}
