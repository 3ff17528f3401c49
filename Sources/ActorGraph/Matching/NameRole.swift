/// How a dictionary phrase names its actor.
public enum NameRole: String, Sendable, Codable {
    /// A display name or alias: names the actor outright.
    case name
    /// A bare surname or given name several actors may share: resolved from context.
    case shortName = "short_name"
    /// A role description valid in a date range.
    case title
    /// An adjective of a state ("Egyptian", "مصرية").
    case demonym
    /// A city, airport or seat of government standing for the actor.
    case place
    /// Reached through kinship ("his son", "نجل حفتر") or leadership ("قائد الجيش ...").
    case kinship
    /// A phrase in which names are not mentions (a newspaper named after a state).
    case exclusion
}
