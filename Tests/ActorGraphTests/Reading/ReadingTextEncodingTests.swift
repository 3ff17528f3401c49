import Testing
@testable import ActorGraph

struct ReadingTextEncodingTests {
    @Test func rawValuesAreTheOptionNames() {
        #expect(TextEncoding.allCases.map(\.rawValue) == ["utf8", "utf16le", "utf16be", "windows-1256", "iso-8859-6"])
    }

    @Test func aliasesAreCaseAndPunctuationInsensitive() {
        #expect(TextEncoding.named("UTF-8") == .utf8)
        #expect(TextEncoding.named("utf_8") == .utf8)
        #expect(TextEncoding.named("utf16") == .utf16le)
        #expect(TextEncoding.named("UTF-16BE") == .utf16be)
        #expect(TextEncoding.named("cp1256") == .windows1256)
        #expect(TextEncoding.named("Windows-1256") == .windows1256)
        #expect(TextEncoding.named("ISO_8859-6") == .iso8859_6)
        #expect(TextEncoding.named("iso-8859-6") == .iso8859_6)
        #expect(TextEncoding.named("arabic") == .iso8859_6)
        #expect(TextEncoding.named("latin1") == nil)
        #expect(TextEncoding.named("") == nil)
    }

    @Test func warningDescriptions() {
        #expect(ReadWarning(path: "a.txt", byteOffset: 7, message: "invalid UTF-8 (replaced)").description
            == "a.txt: byte 7: invalid UTF-8 (replaced)")
        #expect(ReadWarning(path: "a.jsonl", message: "line 2: invalid JSON (skipped)").description
            == "a.jsonl: line 2: invalid JSON (skipped)")
    }
}
