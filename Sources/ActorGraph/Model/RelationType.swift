/// The typed, directed relations ActorGraph extracts, plus the computed `co_occurs`.
///
/// The raw values are the canonical type names of the evaluation contract.
public enum RelationType: String, Codable, CaseIterable, Sendable, Comparable {
    case visited
    case met
    case soughtSupport = "sought_support"
    case supported
    case suppliedArms = "supplied_arms"
    case refused
    case offeredNormalization = "offered_normalization"
    case contracted
    case sonOf = "son_of"
    case coOccurs = "co_occurs"

    /// `met` and `co_occurs` have no direction: their ends are stored in id order.
    public var isSymmetric: Bool { self == .met || self == .coOccurs }

    /// CAMEO event codes this type corresponds to (empty where CAMEO has none).
    public var cameo: [String] {
        switch self {
        case .visited: return ["042", "043"]
        case .met: return ["040", "044", "046"]
        case .soughtSupport: return ["02", "023", "0232"]
        case .supported: return ["05", "051", "053"]
        case .suppliedArms: return ["062", "072"]
        case .refused: return ["12", "122"]
        case .offeredNormalization: return ["032", "054"]
        case .contracted: return ["057", "061"]
        case .sonOf, .coOccurs: return []
        }
    }

    /// Every type but `co_occurs`: the ones the extractor finds from triggers.
    public static var extracted: [RelationType] { allCases.filter { $0 != .coOccurs } }

    public static func < (lhs: RelationType, rhs: RelationType) -> Bool {
        let order = allCases
        return order.firstIndex(of: lhs)! < order.firstIndex(of: rhs)!
    }
}
