/// A synthetic actor network in ActorGraph's network JSON (docs/formats.md), for the
/// rendering benchmark: `actorgraph build --graph FILE.json -o X.dot` styles it like any
/// network, so the DOT it writes is what ActorGraph renders at that size.
public struct SyntheticNetwork: Sendable {
    public let nodes: Int
    public let seed: UInt64

    public init(nodes: Int, seed: UInt64) {
        self.nodes = nodes
        self.seed = seed
    }

    private static let arabicSyllables = ["سا", "مي", "نور", "كر", "دا", "لي", "بو", "عا", "رف", "تا", "هي", "زو", "قا", "جم", "وي", "فر"]
    private static let latinSyllables = ["sa", "mi", "nur", "kar", "da", "li", "bu", "a", "raf", "ta", "hi", "zo", "qa", "jam", "wi", "far"]
    private static let kinds = ["person", "state", "organisation"]
    private static let types = ["visited", "met", "sought_support", "supported", "supplied_arms", "refused", "contracted", "co_occurs"]

    public func json() -> String {
        var rng = SplitMix64(seed: seed, stream: UInt64(nodes))
        var actors: [String] = []
        for i in 0..<nodes {
            var ar = "", en = ""
            for _ in 0..<rng.within(2...4) {
                let s = rng.below(Self.arabicSyllables.count)
                ar += Self.arabicSyllables[s]
                en += Self.latinSyllables[s]
            }
            en = en.prefix(1).uppercased() + en.dropFirst() + " \(i)"
            actors.append(#"{"id":"\#(id(i))","kind":"\#(Self.kinds[i % 3])","names":{"ar":"\#(ar)","en":"\#(en)"}}"#)
        }
        // A connected, heavy-tailed network: every node ties to an earlier one (often to an
        // endpoint of an earlier tie, so hubs form), plus half as many ties again at random.
        var ends: [Int] = [0]
        var keys = Set<String>()
        var edges: [(key: String, text: String)] = []
        func add(_ a: Int, _ b: Int) {
            guard a != b else { return }
            let type = Self.types[rng.below(Self.types.count)]
            let symmetric = type == "met" || type == "co_occurs"
            let (s, t) = symmetric && id(b) < id(a) ? (b, a) : (a, b)
            let key = "\(id(s)) \(id(t)) \(type)"
            guard keys.insert(key).inserted else { return }
            let article = rng.below(nodes * 2)
            let trigger = type == "co_occurs" ? "" : #","trigger":"\#(type)","triggerStart":0,"triggerEnd":4"#
            edges.append((key, #"{"source":"\#(id(s))","target":"\#(id(t))","type":"\#(type)","modality":"asserted","evidence":[{"article":"synthetic/\#(article).txt","date":"2021-0\#(1 + article % 9)-15","sentenceIndex":\#(article % 20),"sentence":"Synthetic evidence sentence \#(article) for \#(type).","start":0,"end":40\#(trigger)}]}"#))
            ends += [s, t]
        }
        for i in 1..<nodes { add(i, rng.chance(0.6) ? ends[rng.below(ends.count)] : rng.below(i)) }
        for _ in 0..<(nodes / 2) { add(rng.below(nodes), rng.below(nodes)) }
        edges.sort { $0.key < $1.key }
        return "{\"actors\":[\n" + actors.joined(separator: ",\n") + "\n],\"edges\":[\n" + edges.map(\.text).joined(separator: ",\n") + "\n]}\n"
    }

    private func id(_ i: Int) -> String {
        let s = String(i)
        return "n" + String(repeating: "0", count: max(0, 5 - s.count)) + s
    }
}
