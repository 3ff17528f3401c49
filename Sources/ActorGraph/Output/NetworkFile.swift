import Foundation

/// Reads and writes a network as JSON (`{"actors": [...], "edges": [...]}`).
public enum NetworkFile {
    public static func read(path: String) throws -> ActorNetwork {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ActorGraphError.input(path: path, reason: "cannot read the file")
        }
        do {
            return try JSONDecoder().decode(ActorNetwork.self, from: data)
        } catch let DecodingError.dataCorrupted(ctx) {
            throw ActorGraphError.input(path: path, reason: "not valid JSON: \(ctx.debugDescription) \(ctx.underlyingError.map { "\($0)" } ?? "")")
        } catch let DecodingError.keyNotFound(key, ctx) {
            throw ActorGraphError.input(path: path, reason: "missing '\(key.stringValue)' at \(ctx.codingPath.map(\.stringValue).joined(separator: "."))")
        } catch let DecodingError.typeMismatch(_, ctx), let DecodingError.valueNotFound(_, ctx) {
            throw ActorGraphError.input(path: path, reason: "unexpected value at \(ctx.codingPath.map(\.stringValue).joined(separator: ".")): \(ctx.debugDescription)")
        }
    }

    /// Serialises a network deterministically (sorted keys).
    public static func encode(_ network: ActorNetwork) throws -> [UInt8] {
        let e = JSONEncoder()
        e.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        return Array(try e.encode(network)) + [0x0A]
    }
}
