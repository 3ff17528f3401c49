/// Which names label the actor nodes.
public enum LabelLanguage: String, CaseIterable, Sendable {
    /// Arabic names (falling back to English, then the id).
    case ar
    /// English names (falling back to Arabic, then the id).
    case en
    /// English above Arabic (`"English\nعربي"`) where the actor has both.
    case both
}

/// How ``NetworkRenderer`` draws an actor network.
public struct RenderOptions: Sendable, Hashable {
    /// The layout engine; nil picks one from the network's size (``EngineChoice/automatic(nodeCount:edgeCount:)``).
    public var engine: LayoutEngine?
    /// Which names label the nodes.
    public var labels: LabelLanguage
    /// Draw edges whose modality is not `asserted` (dashed, with the modality as label).
    /// They are left out by default.
    public var showNegated: Bool
    /// Show a legend of actor kinds and relation types (as the graph label, so it works with
    /// every engine).
    public var legend: Bool
    /// A title above the drawing.
    public var title: String?

    public init(engine: LayoutEngine? = nil, labels: LabelLanguage = .both, showNegated: Bool = false,
                legend: Bool = true, title: String? = nil) {
        self.engine = engine
        self.labels = labels
        self.showNegated = showNegated
        self.legend = legend
        self.title = title
    }
}
