import Testing
import Foundation
@testable import ActorGraph

/// Debugging aid, a no-op in normal runs: prints the extraction of each text of the file named by
/// `AG_PROBE` (texts separated by a line `---`; a text may start with `@YYYY-MM-DD ` to set its date).
///     AG_PROBE=/tmp/texts.txt ACTORGRAPH_DEBUG=1 swift test --scratch-path .build-tests --filter extractionProbe
@Test func extractionProbe() throws {
    guard let path = ProcessInfo.processInfo.environment["AG_PROBE"] else { return }
    let lines = try String(contentsOfFile: path, encoding: .utf8).components(separatedBy: "\n---\n")
    for l in lines where !l.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
        var date: String? = defaultDate
        var text = l
        if l.hasPrefix("@") { let p = l.split(separator: " ", maxSplits: 1); date = String(p[0].dropFirst()); text = String(p[1]) }
        print("=====")
        print(Extracted(text.trimmingCharacters(in: .newlines), date: date).dump.rawValue)
    }
}
