/// An inclusive range of dates (`YYYY-MM-DD` strings compare in date order); either end may
/// be open.
public struct DateRange: Sendable, Hashable, Codable {
    public var from: String?
    public var until: String?

    public init(from: String? = nil, until: String? = nil) {
        self.from = from
        self.until = until
    }

    /// True when `date` falls in the range. An unknown date is in every range.
    public func contains(_ date: String?) -> Bool {
        guard let date else { return true }
        if let from, date < from { return false }
        if let until, date > until { return false }
        return true
    }

    public var isOpen: Bool { from == nil && until == nil }
}
