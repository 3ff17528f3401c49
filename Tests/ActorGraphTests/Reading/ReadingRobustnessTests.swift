import Testing
@testable import ActorGraph

/// Arbitrary bytes must never crash the decoder or the format parsers, and the decoded
/// text must always be NUL-free with LF line endings.
struct ReadingRobustnessTests {
    /// A small deterministic generator (64-bit LCG) so failures are reproducible.
    struct Bytes {
        var state: UInt64

        mutating func next(_ count: Int, highBias: Bool) -> [UInt8] {
            (0..<count).map { _ in
                state = state &* 6364136223846793005 &+ 1442695040888963407
                let byte = UInt8(truncatingIfNeeded: state >> 56)
                return highBias || byte & 1 == 0 ? byte : byte & 0x7F
            }
        }
    }

    @Test func randomBytesDecodeSafely() {
        var generator = Bytes(state: 0x5EED)
        let encodings: [TextEncoding?] = [nil] + TextEncoding.allCases
        for round in 0..<300 {
            let bytes = generator.next(round % 97 + 1, highBias: round % 2 == 0)
            for encoding in encodings {
                let result = TextDecoder.decode(bytes, encoding: encoding)
                #expect(!result.text.utf8.contains(0x00))
                #expect(!result.text.utf8.contains(0x0D))
                #expect(result.invalid.allSatisfy { (0..<bytes.count).contains($0) })
                #expect(result.invalid == result.invalid.sorted())
            }
        }
    }

    @Test func randomBytesParseSafelyInEveryFormat() {
        var generator = Bytes(state: 0xC0FFEE)
        let reader = ArticleReader()
        let markup = Array("<p a='>'>&amp;&#x;<!--<script>{\"text\":[\n---\ntitle: x\n\n".utf8)
        for round in 0..<200 {
            var bytes = generator.next(round % 61, highBias: false)
            bytes.insert(contentsOf: markup.shuffled().prefix(round % 20), at: bytes.count / 2)
            for name in ["r.txt", "r.html", "r.jsonl", "-"] {
                _ = try? reader.read(bytes: bytes, name: name)
            }
            _ = try? reader.read(bytes: bytes, name: "r.json")
        }
    }
}
