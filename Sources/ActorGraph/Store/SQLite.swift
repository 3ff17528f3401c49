internal import CSQLite
import Foundation

/// A minimal wrapper over one SQLite connection: prepared statements with typed binding and
/// reading, and errors that carry SQLite's own message. Not thread-safe on its own:
/// ``CorpusStore`` serialises every use behind a lock.
final class SQLiteDatabase {
    let path: String
    private(set) var handle: OpaquePointer?
    private var cache: [String: SQLiteStatement] = [:]

    /// Opens `path` for reading and writing (created when missing), or with `readOnly` for
    /// reading only: then a store whose file or directory cannot be written (no `-shm` can be
    /// made) is opened as immutable.
    init(path: String, readOnly: Bool = false) throws {
        self.path = path
        var db: OpaquePointer?
        let flags = readOnly ? SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX
        var rc = sqlite3_open_v2(path, &db, flags, nil)
        if readOnly && rc == SQLITE_OK, let opened = db, sqlite3_exec(opened, "SELECT count(*) FROM sqlite_master", nil, nil, nil) != SQLITE_OK {
            sqlite3_close_v2(opened)
            db = nil
            let uri = "file:" + (path.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? path) + "?immutable=1"
            rc = sqlite3_open_v2(uri, &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_URI, nil)
        }
        guard rc == SQLITE_OK, let db else {
            let message = db.map { String(cString: sqlite3_errmsg($0)) } ?? String(cString: sqlite3_errstr(rc))
            if let db { sqlite3_close_v2(db) }
            throw StoreError.sqlite(path: path, code: rc, message: message)
        }
        handle = db
        sqlite3_extended_result_codes(db, 1)
    }

    deinit { close() }

    func close() {
        cache.values.forEach { $0.finalize() }
        cache.removeAll()
        if let handle { sqlite3_close_v2(handle) }
        handle = nil
    }

    /// Milliseconds SQLite itself retries a locked database before returning SQLITE_BUSY.
    func setBusyTimeout(milliseconds: Int32) {
        sqlite3_busy_timeout(handle, milliseconds)
    }

    /// Runs one or more statements without results.
    func execute(_ sql: String) throws {
        var errmsg: UnsafeMutablePointer<CChar>?
        let rc = sqlite3_exec(handle, sql, nil, nil, &errmsg)
        if rc != SQLITE_OK {
            let message = errmsg.map { String(cString: $0) } ?? String(cString: sqlite3_errstr(rc))
            sqlite3_free(errmsg)
            throw StoreError.sqlite(path: path, code: rc, message: message + systemReason(rc) + Self.context(sql))
        }
    }

    /// A prepared statement, reset and cleared, cached by its text.
    func statement(_ sql: String) throws -> SQLiteStatement {
        if let s = cache[sql] {
            s.reset()
            return s
        }
        var stmt: OpaquePointer?
        let rc = sqlite3_prepare_v2(handle, sql, -1, &stmt, nil)
        guard rc == SQLITE_OK, let stmt else { throw error(rc, sql: sql) }
        let s = SQLiteStatement(stmt, db: self, sql: sql)
        cache[sql] = s
        return s
    }

    /// Runs a statement with bindings and no results.
    func run(_ sql: String, _ values: [SQLiteValue] = []) throws {
        let s = try statement(sql)
        try s.bind(values)
        while try s.step() {}
    }

    /// Runs a query and returns its first column of the first row.
    func scalar(_ sql: String, _ values: [SQLiteValue] = []) throws -> SQLiteValue {
        let s = try statement(sql)
        defer { s.reset() }
        try s.bind(values)
        guard try s.step() else { return .null }
        return s.value(0)
    }

    /// Runs a query and calls `row` for each row.
    func query(_ sql: String, _ values: [SQLiteValue] = [], _ row: (SQLiteStatement) throws -> Void) throws {
        let s = try statement(sql)
        defer { s.reset() }
        try s.bind(values)
        while try s.step() { try row(s) }
    }

    var lastInsertRowID: Int64 { sqlite3_last_insert_rowid(handle) }

    func error(_ rc: Int32, sql: String? = nil) -> StoreError {
        let message = handle.map { String(cString: sqlite3_errmsg($0)) } ?? String(cString: sqlite3_errstr(rc))
        return StoreError.sqlite(path: path, code: rc, message: message + systemReason(rc) + (sql.map(Self.context) ?? ""))
    }

    /// ` (No space left on device)`: the operating system's reason behind an I/O or full-disk
    /// error, which SQLite's own message ("disk I/O error") leaves out.
    func systemReason(_ rc: Int32) -> String {
        let primary = rc & 0xFF
        guard primary == SQLITE_IOERR || primary == SQLITE_FULL || primary == SQLITE_CANTOPEN, let handle else { return "" }
        let code = sqlite3_system_errno(handle)
        if code != 0 { return " (\(String(cString: strerror(code))))" }
        // A write that stopped short without an error (SQLITE_IOERR_WRITE), or SQLITE_FULL.
        return rc == SQLITE_IOERR | (3 << 8) || primary == SQLITE_FULL ? " (short write: the disk is full or a file-size limit was reached)" : ""
    }

    /// ` (in "BEGIN IMMEDIATE")`: the start of the statement, for messages.
    static func context(_ sql: String) -> String {
        let words = sql.split(whereSeparator: { $0 == " " || $0 == "\n" }).prefix(4).joined(separator: " ")
        return " (in \"\(words)\")"
    }
}

/// A value to bind to or read from a statement.
enum SQLiteValue: Equatable {
    case null
    case int(Int64)
    case double(Double)
    case text(String)

    init(_ s: String?) { self = s.map { .text($0) } ?? .null }
    init(_ i: Int?) { self = i.map { .int(Int64($0)) } ?? .null }

    var string: String? {
        switch self {
        case .text(let s): return s
        case .int(let i): return String(i)
        case .double(let d): return String(d)
        case .null: return nil
        }
    }

    var int: Int? {
        switch self {
        case .int(let i): return Int(i)
        case .double(let d): return Int(d)
        case .text(let s): return Int(s)
        case .null: return nil
        }
    }
}

/// One prepared statement.
final class SQLiteStatement {
    private var stmt: OpaquePointer?
    private unowned let db: SQLiteDatabase
    let sql: String

    init(_ stmt: OpaquePointer, db: SQLiteDatabase, sql: String) {
        self.stmt = stmt
        self.db = db
        self.sql = sql
    }

    func finalize() {
        if let stmt { sqlite3_finalize(stmt) }
        stmt = nil
    }

    func reset() {
        sqlite3_reset(stmt)
        sqlite3_clear_bindings(stmt)
    }

    func bind(_ values: [SQLiteValue]) throws {
        for (i, v) in values.enumerated() { try bind(v, at: Int32(i + 1)) }
    }

    func bind(_ value: SQLiteValue, at index: Int32) throws {
        let rc: Int32
        switch value {
        case .null: rc = sqlite3_bind_null(stmt, index)
        case .int(let i): rc = sqlite3_bind_int64(stmt, index, i)
        case .double(let d): rc = sqlite3_bind_double(stmt, index, d)
        case .text(let s):
            rc = s.utf8.withContiguousStorageIfAvailable { buf in
                buf.withMemoryRebound(to: CChar.self) { csqlite_bind_text(stmt, index, $0.baseAddress, Int32(buf.count)) }
            } ?? {
                let bytes = Array(s.utf8)
                return bytes.withUnsafeBufferPointer { buf in
                    buf.withMemoryRebound(to: CChar.self) { csqlite_bind_text(stmt, index, $0.baseAddress, Int32(buf.count)) }
                }
            }()
        }
        guard rc == SQLITE_OK else { throw db.error(rc) }
    }

    /// Steps once: true when a row is ready, false when done.
    func step() throws -> Bool {
        let rc = sqlite3_step(stmt)
        switch rc {
        case SQLITE_ROW: return true
        case SQLITE_DONE: return false
        default:
            let e = db.error(rc, sql: sql)
            sqlite3_reset(stmt)
            throw e
        }
    }

    func value(_ column: Int32) -> SQLiteValue {
        switch sqlite3_column_type(stmt, column) {
        case SQLITE_NULL: return .null
        case SQLITE_INTEGER: return .int(sqlite3_column_int64(stmt, column))
        case SQLITE_FLOAT: return .double(sqlite3_column_double(stmt, column))
        default: return .text(text(column) ?? "")
        }
    }

    func text(_ column: Int32) -> String? {
        guard sqlite3_column_type(stmt, column) != SQLITE_NULL, let p = sqlite3_column_text(stmt, column) else { return nil }
        let n = Int(sqlite3_column_bytes(stmt, column))
        return String(decoding: UnsafeBufferPointer(start: p, count: n), as: UTF8.self)
    }

    /// The column's text, reusing `previous` when the bytes are the same (rows of one
    /// article repeat its path, date and URL; sharing one string makes later hashing and
    /// comparing cheaper too).
    func text(_ column: Int32, reusing previous: String?) -> String? {
        guard sqlite3_column_type(stmt, column) != SQLITE_NULL, let p = sqlite3_column_text(stmt, column) else { return nil }
        let n = Int(sqlite3_column_bytes(stmt, column))
        if let previous {
            var prev = previous
            let same = prev.withUTF8 { buf in buf.count == n && (n == 0 || memcmp(buf.baseAddress!, p, n) == 0) }
            if same { return previous }
        }
        return String(decoding: UnsafeBufferPointer(start: p, count: n), as: UTF8.self)
    }

    func int(_ column: Int32) -> Int? {
        sqlite3_column_type(stmt, column) == SQLITE_NULL ? nil : Int(sqlite3_column_int64(stmt, column))
    }
}
