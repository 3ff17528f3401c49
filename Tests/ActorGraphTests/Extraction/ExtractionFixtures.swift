import Testing
import Foundation
@testable import ActorGraph

/// The built-in extractor, loaded once for every extraction test (loading is slow).
let extractor: Extractor = try! Extractor.load()

/// The default article date of the extraction tests: Shoigu is defence minister, Sisi
/// president, Sarraj head of the GNA.
let defaultDate = "2017-08-01"

/// Runs the extractor on one test text.
func extract(_ text: String, date: String? = defaultDate) -> ArticleExtraction {
    extractor.extract(Article(path: "t.txt", date: date, text: text))
}

/// `source>type>target` keys of a relation; `met` (symmetric) gives both directions, so a
/// test may name its ends in either order.
func keys(of r: Relation) -> [String] {
    let k = "\(r.source)>\(r.type.rawValue)>\(r.target)"
    return r.type == .met ? [k, "\(r.target)>\(r.type.rawValue)>\(r.source)"] : [k]
}

/// Asserted relations of a text, as `source>type>target`.
func rels(_ text: String, date: String? = defaultDate) -> Set<String> {
    Set(extract(text, date: date).relations.filter { !$0.negated }.flatMap(keys))
}

/// Relations of a text that are not asserted (negated, denied, refused, conditional, ...).
func negRels(_ text: String, date: String? = defaultDate) -> Set<String> {
    Set(extract(text, date: date).relations.filter { $0.negated }.flatMap(keys))
}

/// Actor ids mentioned in a text.
func actors(_ text: String, date: String? = defaultDate) -> Set<String> {
    Set(extract(text, date: date).mentions.map(\.actor))
}

/// Everything the tests look at for one text, plus a readable dump for failure messages.
struct Extracted {
    let text: String
    let x: ArticleExtraction

    init(_ text: String, date: String? = defaultDate) {
        self.text = text
        self.x = extract(text, date: date)
    }

    var asserted: Set<String> { Set(x.relations.filter { !$0.negated }.flatMap(keys)) }
    var nonAsserted: Set<String> { Set(x.relations.filter { $0.negated }.flatMap(keys)) }
    var actors: Set<String> { Set(x.mentions.map(\.actor)) }
    var actorList: [String] { x.mentions.map(\.actor) }

    /// The relations with this key (either direction for `met`).
    func relations(_ key: String) -> [Relation] { x.relations.filter { keys(of: $0).contains(key) } }

    /// Asserted relations of one type.
    func asserted(_ type: RelationType) -> Set<String> {
        Set(x.relations.filter { !$0.negated && $0.type == type }.flatMap(keys))
    }

    var dump: Comment {
        var s = "text: \(text)\nmentions:"
        for m in x.mentions { s += "\n  \(m.actor) [\(m.start)..<\(m.end)] '\(m.text)' role=\(m.role.rawValue) prefix='\(m.prefix)' s=\(m.sentence)" }
        s += "\nrelations:"
        for r in x.relations {
            s += "\n  \(r.source) -\(r.type.rawValue)-> \(r.target) [\(r.modality.rawValue)]"
            if let a = r.attribution { s += " attribution='\(a)'" }
            if let e = r.evidence.first { s += " trigger='\(e.trigger ?? "")'" }
        }
        return Comment(rawValue: s)
    }
}

/// A text with the key of the relation it must (or must not) give, for parameterised tests.
struct RelationCase: Sendable, CustomTestStringConvertible {
    let text: String
    let expected: [String]
    var date: String? = defaultDate
    /// Why this case does not pass yet, when it is a known limitation.
    var knownIssue: Comment? = nil
    var testDescription: String { "\(expected.joined(separator: ", ")) ← \(text)" }

    init(_ text: String, _ expected: String..., date: String? = defaultDate, knownIssue: Comment? = nil) {
        self.text = text
        self.expected = expected
        self.date = date
        self.knownIssue = knownIssue
    }

    /// Runs `body`, recording its failures as a known issue when the case has one.
    func check(_ body: () -> Void) {
        if let knownIssue { withKnownIssue(knownIssue, isIntermittent: true, body) } else { body() }
    }
}

/// A text with the actor it must (or must not) name.
struct ActorCase: Sendable, CustomTestStringConvertible {
    let text: String
    let actor: String
    var date: String? = defaultDate
    var testDescription: String { "\(actor) ← \(text)" }

    init(_ text: String, _ actor: String, date: String? = defaultDate) {
        self.text = text
        self.actor = actor
        self.date = date
    }
}

/// The original text of a mention's offsets.
func slice(_ text: String, _ m: Mention) -> String {
    let scalars = Array(text.unicodeScalars)
    guard m.start >= 0, m.start <= m.end, m.end <= scalars.count else { return "<out of range \(m.start)..<\(m.end)>" }
    var v = String.UnicodeScalarView()
    v.append(contentsOf: scalars[m.start..<m.end])
    return String(v)
}

/// Folded token forms of a text.
func norms(_ text: String) -> [String] {
    Tokenizer.tokenize(Array(text.unicodeScalars)).map(\.norm)
}
