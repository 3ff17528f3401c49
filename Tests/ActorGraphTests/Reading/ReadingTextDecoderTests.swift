import Testing
@testable import ActorGraph

struct ReadingTextDecoderTests {
    typealias F = ReadingFixtures

    @Test func plainUTF8() {
        let result = TextDecoder.decode(F.utf8("Haftar met Sisi. التقى حفتر السيسي."), encoding: nil)
        #expect(result.text == "Haftar met Sisi. التقى حفتر السيسي.")
        #expect(result.encoding == .utf8)
        #expect(result.invalid.isEmpty)
    }

    @Test func utf8ByteOrderMarkIsStripped() {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + F.utf8("مرحبا")
        for encoding in [nil, TextEncoding.utf8] {
            let result = TextDecoder.decode(bytes, encoding: encoding)
            #expect(result.text == "مرحبا")
            #expect(result.encoding == .utf8)
        }
    }

    @Test(arguments: [false, true])
    func utf16WithByteOrderMark(bigEndian: Bool) {
        let text = "Haftar في القاهرة 🇪🇬"
        let result = TextDecoder.decode(F.utf16(text, bigEndian: bigEndian, bom: true), encoding: nil)
        #expect(result.text == text)
        #expect(result.encoding == (bigEndian ? .utf16be : .utf16le))
        #expect(result.invalid.isEmpty)
    }

    @Test(arguments: [false, true])
    func utf16WithoutByteOrderMarkIsRecognised(bigEndian: Bool) {
        let text = "The LNA said on Monday that Haftar would visit Cairo. قال الجيش إن حفتر سيزور القاهرة."
        let result = TextDecoder.decode(F.utf16(text, bigEndian: bigEndian, bom: false), encoding: nil)
        #expect(result.text == text)
        #expect(result.encoding == (bigEndian ? .utf16be : .utf16le))
    }

    @Test func namedUTF16FollowsTheByteOrderMark() {
        let result = TextDecoder.decode(F.utf16("حفتر", bigEndian: true, bom: true), encoding: .utf16le)
        #expect(result.text == "حفتر")
        #expect(result.encoding == .utf16be)
    }

    @Test func unpairedSurrogateIsReplaced() {
        var bytes = F.utf16("ab", bigEndian: false, bom: true)
        bytes += [0x00, 0xD8]  // lone high surrogate at offset 6
        bytes += F.utf16("c", bigEndian: false, bom: false)
        let result = TextDecoder.decode(bytes, encoding: nil)
        #expect(result.text == "ab\u{FFFD}c")
        #expect(result.invalid == [6])
    }

    @Test func windows1256IsDetectedAndNamed() {
        let detected = TextDecoder.decode(F.haftarWindows1256, encoding: nil)
        #expect(detected.text == F.haftarSentence)
        #expect(detected.encoding == .windows1256)
        let named = TextDecoder.decode(F.haftarWindows1256, encoding: .windows1256)
        #expect(named.text == F.haftarSentence)
        #expect(named.invalid.isEmpty)
    }

    @Test func iso8859_6IsDetectedAndNamed() {
        let detected = TextDecoder.decode(F.haftarISO8859_6, encoding: nil)
        #expect(detected.text == F.haftarSentence)
        #expect(detected.encoding == .iso8859_6)
        let named = TextDecoder.decode(F.haftarISO8859_6, encoding: .iso8859_6)
        #expect(named.text == F.haftarSentence)
    }

    @Test(arguments: [TextEncoding.windows1256, .iso8859_6])
    func longerLegacyTextRoundTrips(encoding: TextEncoding) {
        let text = "وقال المتحدث باسم الجيش الوطني الليبي إن المشير خليفة حفتر التقى الرئيس عبد الفتاح السيسي في القاهرة يوم الاثنين.\nThe meeting lasted two hours."
        let bytes = F.singleByte(text, encoding)
        #expect(!bytes.contains(0x3F))
        let result = TextDecoder.decode(bytes, encoding: nil)
        #expect(result.encoding == encoding)
        #expect(result.text == text)
    }

    @Test func windows1256TableMatchesKnownLetters() {
        // Spot checks against the code page: alef, lam, yeh, Persian peh, Arabic comma, euro sign.
        let result = TextDecoder.decode([0xC7, 0xE1, 0xED, 0x81, 0xA1, 0x80], encoding: .windows1256)
        #expect(result.text == "\u{0627}\u{0644}\u{064A}\u{067E}\u{060C}\u{20AC}")
    }

    @Test func undefinedISO8859_6BytesAreInvalid() {
        let result = TextDecoder.decode([0xC7, 0xA1, 0xE4], encoding: .iso8859_6)
        #expect(result.text == "ا\u{FFFD}ل")
        #expect(result.invalid == [1])
    }

    @Test func invalidUTF8IsReplacedWithOffsets() {
        var bytes = F.utf8("abc")
        bytes.append(0xFF)             // offset 3: never valid
        bytes += F.utf8("def")
        bytes += [0xE2, 0x82]          // offset 7: truncated three-byte sequence, one replacement
        bytes += F.utf8("x")
        let result = TextDecoder.decode(bytes, encoding: nil)
        #expect(result.text == "abc\u{FFFD}def\u{FFFD}x")
        #expect(result.encoding == .utf8)
        #expect(result.invalid == [3, 7])
    }

    @Test func offsetsCountTheByteOrderMark() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF, 0x61, 0x80, 0x62]
        let (articles, warnings) = try ArticleReader().read(bytes: bytes, name: "bom.txt")
        #expect(articles.first?.text == "a\u{FFFD}b")
        #expect(warnings.map(\.description) == ["bom.txt: byte 4: invalid UTF-8 (replaced)"])
    }

    @Test func damagedArabicUTF8StaysUTF8() {
        var bytes = F.utf8("قال حفتر إن ")
        let badOffset = bytes.count
        bytes.append(0xD8)  // a lead byte cut from its letter
        bytes += F.utf8(" الجيش سيتقدم نحو طرابلس")
        let result = TextDecoder.decode(bytes, encoding: nil)
        #expect(result.encoding == .utf8)
        #expect(result.text == "قال حفتر إن \u{FFFD} الجيش سيتقدم نحو طرابلس")
        #expect(result.invalid == [badOffset])
    }

    @Test func overlongAndSurrogateEncodingsAreInvalid() {
        // C0 80 (overlong NUL), ED A0 80 (surrogate), F4 90 80 80 (above U+10FFFF).
        let result = TextDecoder.decode([0xC0, 0x80, 0x41, 0xED, 0xA0, 0x80, 0x42, 0xF4, 0x90, 0x80, 0x80], encoding: .utf8)
        #expect(!result.text.unicodeScalars.contains { (0xD800...0xDFFF).contains($0.value) })
        #expect(result.text.hasPrefix("\u{FFFD}\u{FFFD}A"))
        #expect(result.invalid.first == 0)
        #expect(result.invalid.contains(3))
        #expect(result.invalid.contains(7))
    }

    @Test func lineEndingsAreNormalised() {
        let result = TextDecoder.decode(F.utf8("one\r\ntwo\rthree\n\r\nfour"), encoding: nil)
        #expect(result.text == "one\ntwo\nthree\n\nfour")
        let legacy = TextDecoder.decode(F.haftarWindows1256 + [0x0D, 0x0A] + F.haftarWindows1256, encoding: nil)
        #expect(legacy.text == F.haftarSentence + "\n" + F.haftarSentence)
        let utf16 = TextDecoder.decode(F.utf16("a\r\nb\rc", bigEndian: false, bom: true), encoding: nil)
        #expect(utf16.text == "a\nb\nc")
    }

    @Test func nulBytesAreDroppedAndReported() {
        let decoded = TextDecoder.decodeDetailed(F.utf8("ab") + [0] + F.utf8("c\r\nd") + [0], encoding: nil)
        #expect(decoded.text == "abc\nd")
        #expect(decoded.nulOffsets == [2, 7])
        #expect(decoded.warnings(path: "x.txt").map(\.description) == ["x.txt: byte 2: NUL byte dropped; 2 NUL bytes in all"])
    }

    @Test func emptyInput() {
        let result = TextDecoder.decode([], encoding: nil)
        #expect(result.text == "")
        #expect(result.encoding == .utf8)
    }

    @Test func latinBytesFallBackToUTF8WithReplacement() {
        // "café crème" in Latin-1: not Arabic, so not decoded as a legacy Arabic code page.
        let result = TextDecoder.decode([0x63, 0x61, 0x66, 0xE9, 0x20, 0x63, 0x72, 0xE8, 0x6D, 0x65], encoding: nil)
        #expect(result.encoding == .utf8)
        #expect(result.invalid == [3, 7])
    }
}
