/// Recognises files that are not text from their first bytes, so that an image, an archive
/// or a zero-filled file is skipped with one clear warning instead of being decoded into
/// pages of replacement characters.
enum BinaryContent {
    /// How many leading bytes are examined.
    static let sampleSize = 8192

    /// Leading bytes of common binary formats, with their names.
    private static let signatures: [([UInt8], String)] = [
        ([0x7F, 0x45, 0x4C, 0x46], "ELF executable"),
        ([0x89, 0x50, 0x4E, 0x47], "PNG image"),
        ([0xFF, 0xD8, 0xFF], "JPEG image"),
        (Array("GIF8".utf8), "GIF image"),
        (Array("%PDF-".utf8), "PDF document"),
        ([0x50, 0x4B, 0x03, 0x04], "ZIP archive"),
        ([0x1F, 0x8B], "gzip data"),
        (Array("SQLite format 3".utf8), "SQLite database"),
    ]

    /// Why the file starting with `prefix` is not text, or nil when it may be text.
    ///
    /// Text may hold a few stray NUL or control bytes (they are dropped or kept with a
    /// warning); a file counts as binary when it starts with a known binary signature, or
    /// when more than one byte in twenty of its first 8 KB is a control byte other than
    /// tab, line feed, form feed, carriage return and escape. UTF-16 (with a byte order
    /// mark, recognised without one, or named with `--encoding`) is never binary here.
    static func reason(_ prefix: UnsafeBufferPointer<UInt8>, encoding: TextEncoding?) -> String? {
        let sample = UnsafeBufferPointer(rebasing: prefix[..<min(prefix.count, sampleSize)])
        guard !sample.isEmpty else { return nil }
        if encoding == .utf16le || encoding == .utf16be { return nil }
        if TextDecoder.byteOrderMark(sample) != nil || TextDecoder.guessUTF16(sample) != nil { return nil }
        for (magic, name) in signatures where sample.starts(with: magic) { return "binary file (\(name))" }
        var controls = 0
        for b in sample where (b < 0x20 && b != 0x09 && b != 0x0A && b != 0x0C && b != 0x0D && b != 0x1B) || b == 0x7F {
            controls += 1
        }
        guard controls * 20 > sample.count else { return nil }
        return "binary file (\(controls) control bytes in the first \(sample.count))"
    }
}
