import Foundation

/// What an article's stored extraction depends on besides the article's bytes: the extractor
/// code (``extractorVersion`` and the build of ActorGraph running), the loaded dictionary and
/// lexicon, the co-occurrence window and the reader's settings. When the fingerprint changes,
/// every stored article is extracted again.
public struct ExtractionFingerprint: Sendable, Equatable, CustomStringConvertible {
    /// Bump whenever a change to reading, matching or relation extraction can change what is
    /// extracted from the same article with the same dictionary and lexicon.
    public static let extractorVersion = "actorgraph-extractor-3"

    /// The running build of ActorGraph (size and modification time of the executable): a
    /// rebuilt or upgraded actorgraph extracts a store again once, so a store never serves
    /// what older extraction code found even when nobody bumped ``extractorVersion``.
    public static let currentBuild: String = {
        guard let exe = Bundle.main.executablePath,
              let attributes = try? FileManager.default.attributesOfItem(atPath: URL(fileURLWithPath: exe).resolvingSymlinksInPath().path)
        else { return "unknown" }
        let size = (attributes[.size] as? NSNumber)?.int64Value ?? 0
        let time = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
        return "\(size)-\(Int64(time * 1000))"
    }()

    /// SHA-256 of the canonical dump of the dictionary entries and lexicon rules.
    public let data: String
    /// The whole fingerprint (extractor version, data hash, window, reader settings), hashed.
    public let value: String

    /// - Parameter build: the build identity (``currentBuild``; tests may pin it).
    public init(extractor: Extractor, reader: ArticleReader, window: CooccurrenceWindow, build: String = currentBuild) {
        var h = SHA256()
        h.update(CanonicalDump.dump(extractor.dictionary.entries).utf8)
        h.update([0])
        h.update(CanonicalDump.dump(extractor.lexicon).utf8)
        data = h.finalizeHex()
        let parts = [Self.extractorVersion, "build=\(build)", data, "window=\(window.rawValue)",
                     "encoding=\(reader.encoding.map { "\($0)" } ?? "auto")", "date=\(reader.defaultDate ?? "-")"]
        value = SHA256.hex(parts.joined(separator: "\n"))
    }

    public var description: String { value }
}

/// A deterministic text dump of any value: struct fields in declaration order; arrays, sets
/// and dictionaries sorted (their order can change from run to run).
enum CanonicalDump {
    /// Where an entry was read from (`FILE:LINE`), not what it says: the built-in
    /// dictionary's path differs between builds, and moving a file changes nothing.
    static let ignoredFields: Set<String> = ["origin"]

    static func dump(_ value: Any) -> String {
        var out = ""
        write(value, into: &out)
        return out
    }

    private static func write(_ value: Any, into out: inout String) {
        let m = Mirror(reflecting: value)
        switch m.displayStyle {
        case .optional:
            if let child = m.children.first { write(child.value, into: &out) } else { out += "nil" }
        case .set:
            out += "{"
            out += m.children.map { dump($0.value) }.sorted().joined(separator: ",")
            out += "}"
        case .dictionary:
            out += "["
            out += m.children.map { child -> String in
                let pair = Mirror(reflecting: child.value).children.map { dump($0.value) }
                return pair.joined(separator: ":")
            }.sorted().joined(separator: ",")
            out += "]"
        case .collection:
            // Sorted too: some lists are built from dictionaries (phrases per language), so
            // their order changes from run to run while their meaning does not.
            out += "("
            out += m.children.map { dump($0.value) }.sorted().joined(separator: ",")
            out += ")"
        case .tuple:
            out += "("
            var first = true
            for c in m.children {
                if !first { out += "," }
                first = false
                write(c.value, into: &out)
            }
            out += ")"
        case .struct, .class, .enum:
            out += "\(m.subjectType)"
            if m.children.isEmpty {
                out += "." + String(describing: value)
                return
            }
            out += "{"
            for c in m.children where !ignoredFields.contains(c.label ?? "") {
                out += (c.label ?? "_") + "="
                write(c.value, into: &out)
                out += ";"
            }
            out += "}"
        default:
            out += String(reflecting: value)
        }
    }
}
