import ActorGraph
import Foundation

/// Arbitrary bytes as an actor dictionary or a relation lexicon (YAML or JSON, which Yams
/// reads as YAML). Every failure must be an `ActorGraphError.dataFile` with a position that
/// lies in the file; what loads is then used for one extraction.
public enum DataFileFuzzing {
    /// The built-in dictionary and lexicon, loaded once per process.
    static let builtIn: (dictionary: ActorDictionary, lexicon: RelationLexicon) = {
        do { return (try ActorDictionary.builtIn(), try RelationLexicon.builtIn()) } catch {
            fatalError("cannot load the built-in data: \(error)")
        }
    }()

    /// A short text that names built-in actors and uses triggers, for the loaded data to run on.
    static let article = Article(path: "fuzz.txt", date: "2017-08-01", text: """
        Egyptian President Abdel Fattah el-Sisi received Khalifa Haftar in Cairo on Tuesday. \
        Moscow refused to supply weapons to Libya. استقبل الرئيس المصري عبد الفتاح السيسي خليفة حفتر في القاهرة.
        """)

    /// Runs one input. Byte 0 chooses a dictionary or a lexicon, and whether it is loaded on
    /// top of the built-in one or alone; the other bytes are the file (non-UTF-8 files are
    /// refused before parsing, as from disk). Returns the broken expectations, empty when all
    /// is well.
    public static func run(_ data: [UInt8]) -> [String] {
        guard let control = data.first, let text = String(data: Data(data.dropFirst()), encoding: .utf8) else { return [] }
        let onBuiltIn = control & 2 != 0
        var dictionary = onBuiltIn ? builtIn.dictionary : ActorDictionary()
        var lexicon = onBuiltIn ? builtIn.lexicon : RelationLexicon()
        let path = control & 4 != 0 ? "fuzz.json" : "fuzz.yaml"
        do {
            if control & 1 == 0 {
                try dictionary.load(text: text, path: path)
            } else {
                try lexicon.load(text: text, path: path)
            }
        } catch let error as ActorGraphError {
            return check(error, text: text)
        } catch {
            return ["loading threw a \(type(of: error)), not an ActorGraphError: \(error)"]
        }
        _ = Extractor(dictionary: dictionary, lexicon: lexicon).extract(article)
        return []
    }

    /// A data file error names a line and column inside the file (both from 1) whenever it
    /// names one. Lines are counted as YAML counts them: LF, CR, CRLF, NEL, LS and PS each
    /// end one; an error at the end of the stream may be on the line after the last one
    /// (libyaml ends an unterminated last line before it reports the end).
    static func check(_ error: ActorGraphError, text: String) -> [String] {
        guard case let .dataFile(_, line, column, _) = error else {
            return ["loading threw \(error), not a data file error"]
        }
        let lines = yamlLineBreaks(text) + 1
        if let line, !(1...lines + 1).contains(line) { return ["line \(line) outside a file of \(lines) lines: \(error)"] }
        if line != nil, column == nil { return ["a line without a column: \(error)"] }
        if let column, column < 1 { return ["column \(column): \(error)"] }
        return []
    }

    /// The number of YAML line breaks in `text` (a CRLF pair is one).
    static func yamlLineBreaks(_ text: String) -> Int {
        var count = 0
        var previous: Unicode.Scalar = " "
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\n": if previous != "\r" { count += 1 }
            case "\r", "\u{85}", "\u{2028}", "\u{2029}": count += 1
            default: break
            }
            previous = scalar
        }
        return count
    }
}
