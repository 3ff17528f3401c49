/// Whether a relation is asserted, and if not, why not.
///
/// Everything but `asserted` is output with `"negated": true` and is never drawn as a
/// positive edge.
public enum Modality: String, Codable, CaseIterable, Sendable, Comparable {
    /// The text states the relation happened or holds.
    case asserted
    /// Negated by a particle: لم، لن، لا، ليس، not, never, no ...
    case negated
    /// Denied by a speaker: نفى، deny ...
    case denied
    /// The source refused it: رفض، refused ...
    case refused
    /// Under a condition: لو، إذا، if ...
    case conditional
    /// Asked or doubted: هل، ما إذا، whether ...
    case question
    /// An aim or purpose, not a fact: من أجل، بهدف، in order to ...
    case purpose
    /// Something discussed or under consideration, not done: ناقش مسألة، discussed ...
    case discussed
    /// Blocked by an embargo or ban: حظر، embargo ...
    case prohibited
    /// Planned, scheduled or expected, not yet done: سيزور، من المقرر، will visit, is expected to ...
    case planned

    public var isNegated: Bool { self != .asserted }

    public static func < (lhs: Modality, rhs: Modality) -> Bool {
        let order = allCases
        return order.firstIndex(of: lhs)! < order.firstIndex(of: rhs)!
    }
}
