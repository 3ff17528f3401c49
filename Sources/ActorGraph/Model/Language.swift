/// The languages ActorGraph reads and labels in.
public enum Language: String, Codable, CaseIterable, Sendable, Comparable {
    case ar
    case en

    public static func < (lhs: Language, rhs: Language) -> Bool { lhs.rawValue < rhs.rawValue }
}
