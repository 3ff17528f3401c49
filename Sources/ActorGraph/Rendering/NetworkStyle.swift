import Foundation

/// The visual vocabulary of a drawn actor network: node shape and colours per actor kind,
/// edge colour, arrows and width per relation type.
enum NetworkStyle {
    static let fontName = "DejaVu Sans"

    struct KindStyle {
        var shape: String
        var fill: String
        var border: String
        var english: String
        var arabic: String
    }

    static func style(for kind: ActorKind) -> KindStyle {
        switch kind {
        case .person: return KindStyle(shape: "ellipse", fill: "#fde2c8", border: "#c0620f", english: "person", arabic: "شخص")
        case .state: return KindStyle(shape: "box", fill: "#d6e4f5", border: "#2f5f98", english: "state", arabic: "دولة")
        case .organisation: return KindStyle(shape: "hexagon", fill: "#dcefd6", border: "#3b7a2b", english: "organisation", arabic: "منظمة")
        }
    }

    /// For edge ends that are not in the network's actor list.
    static let unknownKind = KindStyle(shape: "ellipse", fill: "#eeeeee", border: "#888888", english: "unknown", arabic: "غير معروف")

    struct RelationStyle {
        var color: String
        var english: String
        var arabic: String
        /// Graphviz `dir`, `arrowhead`, `arrowtail`.
        var dir: String
        var arrowhead: String
        var arrowtail: String
    }

    static func style(for type: RelationType) -> RelationStyle {
        switch type {
        case .visited: return RelationStyle(color: "#1f77b4", english: "visited", arabic: "زار", dir: "forward", arrowhead: "normal", arrowtail: "none")
        case .met: return RelationStyle(color: "#e6ab02", english: "met", arabic: "التقى", dir: "both", arrowhead: "odot", arrowtail: "odot")
        case .soughtSupport: return RelationStyle(color: "#9467bd", english: "sought support", arabic: "طلب الدعم", dir: "forward", arrowhead: "normal", arrowtail: "none")
        case .supported: return RelationStyle(color: "#2ca02c", english: "supported", arabic: "دعم", dir: "forward", arrowhead: "normal", arrowtail: "none")
        case .suppliedArms: return RelationStyle(color: "#d62728", english: "supplied arms", arabic: "زوّد بالسلاح", dir: "forward", arrowhead: "normal", arrowtail: "none")
        case .refused: return RelationStyle(color: "#ff7f0e", english: "refused", arabic: "رفض", dir: "forward", arrowhead: "tee", arrowtail: "none")
        case .offeredNormalization: return RelationStyle(color: "#8c564b", english: "offered normalization", arabic: "عرض التطبيع", dir: "forward", arrowhead: "normal", arrowtail: "none")
        case .contracted: return RelationStyle(color: "#e377c2", english: "contracted", arabic: "تعاقد", dir: "forward", arrowhead: "normal", arrowtail: "none")
        case .sonOf: return RelationStyle(color: "#17becf", english: "son of", arabic: "ابن", dir: "forward", arrowhead: "empty", arrowtail: "none")
        case .coOccurs: return RelationStyle(color: "#c8c8c8", english: "mentioned together", arabic: "ورد معًا", dir: "none", arrowhead: "none", arrowtail: "none")
        }
    }

    /// Line width from the number of distinct supporting articles: logarithmic and capped,
    /// so a heavily reported relation stands out without swamping the drawing.
    /// Typed relations: 1 article 1.0, 2 → 2.2, 4 → 3.4, 8 → 4.6, capped at 6.
    /// `co_occurs` stays thin: 0.6 growing to at most 1.5.
    static func penwidth(weight: Int, type: RelationType) -> Double {
        let w = Double(max(weight, 1))
        if type == .coOccurs { return min(0.6 + 0.3 * log2(w), 1.5) }
        return min(1.0 + 1.2 * log2(w), 6.0)
    }

    /// A decimal with at most two fraction digits, the same on every platform.
    static func number(_ value: Double) -> String {
        let hundredths = Int((value * 100).rounded())
        let whole = hundredths / 100, frac = abs(hundredths % 100)
        if frac == 0 { return "\(whole)" }
        return frac % 10 == 0 ? "\(whole).\(frac / 10)" : "\(whole).\(frac < 10 ? "0" : "")\(frac)"
    }
}
