/// What sort of actor a node stands for.
public enum ActorKind: String, Codable, CaseIterable, Sendable, Comparable {
    case person
    case state
    case organisation

    public static func < (lhs: ActorKind, rhs: ActorKind) -> Bool { lhs.rawValue < rhs.rawValue }
}
