/// Errors of the corpus store.
public enum StoreError: Error, CustomStringConvertible, Sendable, Equatable {
    /// Another process kept the store locked for longer than the wait allowed.
    case busy(path: String, waited: Double)
    /// The store was written by a newer ActorGraph (schema version `found`).
    case newerSchema(path: String, found: Int, supported: Int)
    /// SQLite reported an error (result code and message).
    case sqlite(path: String, code: Int32, message: String)
    /// A JSON Lines record could not be merged.
    case record(path: String, line: Int, reason: String)

    public var description: String {
        switch self {
        case let .busy(path, waited):
            return "\(path): the store is being updated by another actorgraph run (waited \(Int(waited.rounded())) s); try again later or use --store-wait"
        case let .newerSchema(path, found, supported):
            return "\(path): the store has schema version \(found), newer than this actorgraph supports (\(supported))"
        case let .sqlite(path, code, message):
            let damaged = code & 0xff == 11 || code & 0xff == 26  // SQLITE_CORRUPT, SQLITE_NOTADB
            return "\(path): store error \(code): \(message)"
                + (damaged ? " (the store is damaged: give --rebuild-store to read the articles again into a new store)" : "")
        case let .record(path, line, reason):
            return "\(path):\(line): \(reason)"
        }
    }

    /// The process exit code: 75 (temporary failure) when the store is busy, 65 for a bad
    /// record, 74 (I/O error) for everything else.
    public var exitCode: Int32 {
        switch self {
        case .busy: return 75
        case .record: return 65
        case .newerSchema, .sqlite: return 74
        }
    }
}
