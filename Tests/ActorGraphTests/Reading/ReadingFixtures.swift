import Foundation
@testable import ActorGraph

/// Helpers shared by the reader tests: byte encoders and a scratch directory.
enum ReadingFixtures {
    /// "Khalifa Haftar visited Cairo", the sentence used for the legacy encodings.
    static let haftarSentence = "زار خليفة حفتر القاهرة"

    /// The sentence in Windows-1256, as Python's `cp1256` codec encodes it.
    static let haftarWindows1256: [UInt8] = [
        0xD2, 0xC7, 0xD1, 0x20, 0xCE, 0xE1, 0xED, 0xDD, 0xC9, 0x20, 0xCD,
        0xDD, 0xCA, 0xD1, 0x20, 0xC7, 0xE1, 0xDE, 0xC7, 0xE5, 0xD1, 0xC9,
    ]

    /// The sentence in ISO-8859-6, as Python's `iso8859_6` codec encodes it.
    static let haftarISO8859_6: [UInt8] = [
        0xD2, 0xC7, 0xD1, 0x20, 0xCE, 0xE4, 0xEA, 0xE1, 0xC9, 0x20, 0xCD,
        0xE1, 0xCA, 0xD1, 0x20, 0xC7, 0xE4, 0xE2, 0xC7, 0xE7, 0xD1, 0xC9,
    ]

    static func utf8(_ text: String) -> [UInt8] { Array(text.utf8) }

    static func utf16(_ text: String, bigEndian: Bool, bom: Bool) -> [UInt8] {
        var bytes: [UInt8] = bom ? (bigEndian ? [0xFE, 0xFF] : [0xFF, 0xFE]) : []
        for unit in text.utf16 {
            let high = UInt8(unit >> 8), low = UInt8(unit & 0xFF)
            bytes += bigEndian ? [high, low] : [low, high]
        }
        return bytes
    }

    /// Encodes with the reader's own table, inverted (test-only reverse mapping).
    static func singleByte(_ text: String, _ encoding: TextEncoding) -> [UInt8] {
        let table = TextDecoder.singleByteTable(encoding)
        return text.unicodeScalars.map { scalar in
            if scalar.value < 0x80 { return UInt8(scalar.value) }
            guard let index = table.firstIndex(of: UInt16(scalar.value)) else { return 0x3F }
            return UInt8(0x80 + index)
        }
    }

    /// A fresh directory under the system's temporary directory, removed by `remove()`.
    struct ScratchDirectory {
        let path: String

        init() throws {
            path = NSTemporaryDirectory() + "actorgraph-reading-" + UUID().uuidString
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        }

        /// Writes `bytes` to `relative` (creating parent directories) and returns its path.
        @discardableResult
        func write(_ relative: String, _ bytes: [UInt8]) throws -> String {
            let full = path + "/" + relative
            let parent = (full as NSString).deletingLastPathComponent
            try FileManager.default.createDirectory(atPath: parent, withIntermediateDirectories: true)
            try Data(bytes).write(to: URL(fileURLWithPath: full))
            return full
        }

        @discardableResult
        func write(_ relative: String, _ text: String) throws -> String {
            try write(relative, Array(text.utf8))
        }

        func remove() {
            try? FileManager.default.removeItem(atPath: path)
        }
    }
}
