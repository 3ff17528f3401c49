import Foundation

/// Records in `.json` and `.jsonl` inputs: objects with a required `text` string and
/// optional `title`, `date`, `url`, `source` and `id` (strings; numbers are accepted and
/// written out, which suits numeric ids). Other keys are ignored.
enum JSONRecords {
    /// The metadata keys read from a record.
    static let metadataKeys = ["title", "date", "url", "source", "id"]

    /// Parses one JSON value, or returns nil when `text` is not valid JSON.
    static func parse(_ text: Substring) -> Any? {
        try? parseOrThrow(text)
    }

    /// Parses one JSON value, throwing Foundation's error.
    static func parseOrThrow(_ text: Substring) throws -> Any {
        try JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed])
    }

    /// The reason Foundation gives for a parse failure, when it gives one.
    static func reason(_ error: Error) -> String {
        let info = (error as NSError).userInfo
        if let detail = info[NSDebugDescriptionErrorKey] as? String, !detail.isEmpty { return "invalid JSON: \(detail)" }
        return "invalid JSON"
    }

    /// The text and metadata of a record object; a description of the problem otherwise.
    static func fields(of value: Any) -> Result<(text: String, metadata: [String: String]), RecordProblem> {
        guard let object = value as? [String: Any] else { return .failure(.notAnObject) }
        guard let text = object["text"] as? String else { return .failure(.noText) }
        var metadata: [String: String] = [:]
        for key in metadataKeys {
            switch object[key] {
            case let string as String:
                let trimmed = string.trimmingCharacters(in: .whitespacesAndNewlines)
                if !trimmed.isEmpty { metadata[key] = trimmed }
            case let number as NSNumber:
                metadata[key] = number.stringValue
            default:
                break
            }
        }
        return .success((text, metadata))
    }

    /// Why a JSON value is not a usable record.
    enum RecordProblem: Error, CustomStringConvertible {
        case notAnObject
        case noText

        var description: String {
            switch self {
            case .notAnObject: return "not a JSON object"
            case .noText: return "no \"text\" string"
            }
        }
    }
}
