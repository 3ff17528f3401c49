// A small program that uses the ActorGraph library: extract relations from one article,
// build the network, and render it to SVG.
import ActorGraph
import Foundation

let text = """
Egyptian President Abdel Fattah el-Sisi received Khalifa Haftar in Cairo on Tuesday. \
Moscow refused to supply weapons to Libya, the Russian foreign minister Sergei Lavrov said.
"""

do {
    let extractor = try Extractor.load()
    let article = Article(path: "example.txt", date: "2017-08-01", text: text)
    let extraction = extractor.extract(article)
    for r in extraction.relations {
        print("\(r.source) -\(r.type.rawValue)-> \(r.target)\(r.negated ? " (\(r.modality.rawValue))" : "")")
    }
    var builder = NetworkBuilder(dictionary: extractor.dictionary)
    builder.add(extraction)
    let network = NetworkFilter(cooccurrence: false).apply(builder.result)
    let svg = try NetworkRenderer(options: RenderOptions(labels: .en)).render(network, formats: [.svg])[.svg] ?? []
    print("SVG: \(svg.count) bytes")
} catch {
    print("error: \(error)")
    exit(1)
}
