/// A problem found while reading an input that did not stop the read: replaced invalid
/// bytes, dropped NUL bytes, a malformed JSON Lines record, an unrecognised date ...
public struct ReadWarning: Sendable, Hashable, CustomStringConvertible {
    /// The input (or `FILE#N` record) the warning is about.
    public var path: String
    /// The byte offset in the input file, when the problem has one.
    public var byteOffset: Int?
    /// What happened, e.g. `invalid UTF-8 (replaced)` or `line 3: invalid JSON (skipped)`.
    public var message: String

    /// Creates a warning about `path`, at `byteOffset` when the problem has a position.
    public init(path: String, byteOffset: Int? = nil, message: String) {
        self.path = path
        self.byteOffset = byteOffset
        self.message = message
    }

    /// `PATH: byte N: message`, or `PATH: message` without an offset.
    public var description: String {
        if let byteOffset { return "\(path): byte \(byteOffset): \(message)" }
        return "\(path): \(message)"
    }
}
