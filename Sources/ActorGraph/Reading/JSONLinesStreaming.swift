/// Streaming JSON Lines files: one line in memory at a time.
extension ArticleReader {
    /// Reads a `.jsonl` file line by line. The encoding is decided once from the first
    /// megabyte (see `TextDecoder.detectEncoding`); each line is then decoded on its own.
    /// UTF-16 files, whose line breaks are two bytes wide, are read whole instead. Invalid
    /// bytes and NULs are summarised in one warning each, after the file's articles.
    func streamJSONLines(path: String, emit: (Article) throws -> Void, warn: (ReadWarning) -> Void) throws {
        let reader = try SkippedFile.reading { try LineReader(path: path) }
        let sample = try SkippedFile.reading { try reader.sample(limit: 1 << 20) }
        if let binary = sample.withUnsafeBufferPointer({ BinaryContent.reason($0, encoding: encoding) }) {
            throw SkippedFile(error: .input(path: path, reason: binary))
        }
        let fileEncoding = sample.withUnsafeBufferPointer { TextDecoder.detectEncoding($0, named: encoding) }
        if fileEncoding == .utf16le || fileEncoding == .utf16be {
            try readBytes(fileBytes(path), name: path, emit: emit, warn: warn)
            return
        }
        var state = JSONLinesState()
        var invalid: (first: Int, count: Int)?
        var nul: (first: Int, count: Int)?
        while let (bytes, offset) = try SkippedFile.reading({ try reader.nextLine() }) {
            let decoded = TextDecoder.decodeDetailed(bytes, encoding: fileEncoding, base: offset)
            if let first = decoded.invalid.first {
                invalid = (invalid?.first ?? first, (invalid?.count ?? 0) + decoded.invalid.count)
            }
            if let first = decoded.nulOffsets.first {
                nul = (nul?.first ?? first, (nul?.count ?? 0) + decoded.nulOffsets.count)
            }
            try jsonLine(Substring(decoded.text), path: path, state: &state, emit: emit, warn: warn)
        }
        if let invalid {
            warn(ReadWarning(path: path, byteOffset: invalid.first,
                             message: DecodedText.invalidMessage(fileEncoding, count: invalid.count)))
        }
        if let nul {
            warn(ReadWarning(path: path, byteOffset: nul.first, message: DecodedText.nulMessage(count: nul.count)))
        }
    }
}
