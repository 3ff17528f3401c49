/// One trigger group of the relation lexicon: words that state a relation type and the frame
/// that says where its source and target stand (see docs/lexicon.md).
public struct TriggerRule: Sendable, Hashable {
    public var type: RelationType
    /// Folded trigger phrases (token lists).
    public var words: [[String]]
    /// Folded phrases one of which must follow within `needsWindow` tokens.
    public var needs: [[String]] = []
    public var needsWindow: Int = 4
    /// Folded prepositions that introduce the target.
    public var markers: Set<String> = []
    public var object: Bool = false
    public var between: Bool = false
    public var reverse: Bool = false
    public var embeds: Bool = false
    /// An actor right after an Arabic masdar is the target ("دعم حفتر") rather than the source.
    public var genitiveIsTarget: Bool = false
    public var notBefore: Set<String> = []
    public var targetKinds: Set<ActorKind>? = nil
    /// Words allowed between a marker and the target (nil: any, up to three).
    public var gapWords: Set<String>? = nil
    /// Position in the lexicon, for stable tie-breaking.
    public var order: Int = 0
}
