import ActorGraph
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// A small network with Arabic and English names, several relation types, parallel edges, a
/// denied relation, an edge end with no actor, dated and undated evidence, and hostile text.
enum ExportFixtures {
    static let scriptSentence = "Moscow \"denied\" it: <script>alert('x')</script> & more\nsecond line\r\nthird"
    static let bidiSentence = "Support for \u{202E}Haftar\u{202C} grew; \u{2066}isolated\u{2069} text"
    static let formulaSentence = "=HYPERLINK(\"x\")"
    static let controlSentence = "Bell\u{0001} and \u{FFFE} and line\u{2028}separator </script><!--"
    static let formulaName = "=HYPERLINK(\"x\")"
    static let javascriptURL = "javascript:alert(document.cookie)"
    static let webURL = "https://news.example/a1?id=1&lang=ar"

    static var actors: [Actor] {
        [
            Actor(id: "khalifa_haftar", kind: .person, names: [.en: "Khalifa Haftar", .ar: "خليفة حفتر"]),
            Actor(id: "egypt", kind: .state, names: [.en: "Egypt", .ar: "مصر"]),
            Actor(id: "russia", kind: .state, names: [.en: "Russia", .ar: "روسيا"]),
            Actor(id: "uae", kind: .state, names: [.en: "United Arab Emirates", .ar: "الإمارات"]),
            Actor(id: "wagner", kind: .organisation, names: [.en: "Wagner \"Group\" <b>&</b>", .ar: "فاغنر"]),
            Actor(id: "formula", kind: .person, names: [.en: formulaName, .ar: "+حفتر"]),
        ]
    }

    static func evidence(_ article: String, _ date: String?, _ sentence: String, at start: Int = 0,
                         url: String? = nil, trigger: String? = nil) -> Evidence {
        Evidence(article: article, date: date, url: url, sentenceIndex: start / 100, sentence: sentence,
                 trigger: trigger, start: start, end: start + sentence.unicodeScalars.count)
    }

    static var edges: [Edge] {
        [
            Edge(source: "khalifa_haftar", target: "egypt", type: .visited, evidence: [
                evidence("ar/a1.txt", "2017-08-01", "زار خليفة حفتر القاهرة.", url: webURL, trigger: "زار"),
                evidence("en/a2.txt", "2017-08-03", "Haftar visited Cairo.", at: 40, trigger: "visited"),
                evidence("en/a2.txt", "2017-08-03", "He was in Cairo again.", at: 140),
            ]),
            Edge(source: "russia", target: "khalifa_haftar", type: .met, evidence: [
                evidence("en/a3.txt", "2017-08-02", "Haftar met Lavrov.", trigger: "met"),
            ]),
            Edge(source: "russia", target: "khalifa_haftar", type: .suppliedArms, modality: .denied, evidence: [
                evidence("en/a4.txt", "2017-09-10", scriptSentence, url: javascriptURL, trigger: "denied"),
            ]),
            Edge(source: "russia", target: "khalifa_haftar", type: .supported, evidence: [
                evidence("en/a4.txt", "2017-09-10", "Russia backed Haftar.", at: 300),
            ]),
            Edge(source: "uae", target: "khalifa_haftar", type: .supported, evidence: [
                evidence("en/a5.txt", nil, bidiSentence),
            ]),
            Edge(source: "wagner", target: "khalifa_haftar", type: .contracted, evidence: [
                evidence("en/a6.txt", "2019-01-02", formulaSentence, trigger: "-contract"),
            ]),
            Edge(source: "egypt", target: "khalifa_haftar", type: .supported, evidence: [
                evidence("ar/a1.txt", "2017-08-01", "دعمت مصر حفتر.", at: 200),
            ]),
            Edge(source: "khalifa_haftar", target: "egypt", type: .coOccurs, evidence: [
                evidence("ar/a7.txt", "2017-08-05", controlSentence),
            ]),
            Edge(source: "formula", target: "egypt", type: .visited, evidence: [
                evidence("@a8.txt", "not a date", "+1 visit", url: "  HTTPS://news.example/a8  "),
            ]),
            Edge(source: "ghost", target: "egypt", type: .refused, evidence: []),
        ]
    }

    static var network: ActorNetwork { ActorNetwork(actors: actors, edges: edges) }

    /// Nodes: six actors plus `ghost`, which only an edge names.
    static let nodeCount = 7
    static let edgeCount = 10

    static let deniedKey = "russia|khalifa_haftar|supplied_arms|denied"
    static let visitedKey = "khalifa_haftar|egypt|visited|asserted"

    /// A realistic network from the extractor, with the default dictionary.
    static func extracted() throws -> ActorNetwork {
        let ex = try Extractor.load()
        var b = NetworkBuilder(dictionary: ex.dictionary)
        b.add(ex.extract(Article(path: "en/cairo.txt", date: "2017-08-01", url: "https://example.org/cairo",
                                 text: "Khalifa Haftar visited Cairo on Monday. He met Egyptian President Abdel Fattah al-Sisi. Russia denied supplying arms to Haftar.")))
        b.add(ex.extract(Article(path: "ar/amman.txt", date: "2017-08-03",
                                 text: "زار المشير خليفة حفتر العاصمة الأردنية عمان. والتقى حفتر الملك عبد الله الثاني.")))
        return b.result
    }

    /// A fresh temporary directory.
    static func temporaryDirectory() throws -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("actorgraph-export-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        return dir
    }

    /// Exports the fixture network into a new temporary directory; returns the files' paths.
    static func write(_ format: ExportFormat, name: String, svg: [UInt8]? = nil) throws -> [String] {
        try write(network, format, name: name, svg: svg)
    }

    /// Exports `network` into a new temporary directory and writes the files; returns their paths.
    static func write(_ network: ActorNetwork, _ format: ExportFormat, name: String,
                      svg: [UInt8]? = nil) throws -> [String] {
        let dir = try temporaryDirectory()
        let files = try NetworkExporter.export(network, format: format, path: "\(dir)/\(name)", svg: svg)
        for f in files { try Data(f.bytes).write(to: URL(fileURLWithPath: f.path)) }
        return files.map(\.path)
    }

    /// The child elements of `element` with local name `name` (whatever their namespace).
    static func children(_ element: XMLElement, _ name: String) -> [XMLElement] {
        (element.children ?? []).compactMap { $0 as? XMLElement }.filter { ($0.localName ?? $0.name) == name }
    }

    /// The value of `element`'s attribute `name` (looked up by name among all attributes).
    static func attribute(_ element: XMLElement, _ name: String) -> String? {
        (element.attributes ?? []).first { $0.name == name || $0.localName == name }?.stringValue
    }
}
