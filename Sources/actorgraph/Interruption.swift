import Dispatch
import Foundation

/// Ctrl-C (SIGINT) and SIGTERM during a build: one line saying what was kept, then exit
/// 130 / 143 at once. Nothing needs undoing: the store's unfinished transaction is rolled
/// back by SQLite when it is next opened, and outputs are replaced only by complete files.
/// Installed explicitly, so an interrupt stops the run even when the parent started it with
/// SIGINT ignored (as non-interactive shells do for background jobs).
enum Interruption {
    nonisolated(unsafe) private static var sources: [DispatchSourceSignal] = []

    static func stopCleanly() {
        for (sig, code) in [(SIGINT, Int32(130)), (SIGTERM, Int32(143))] {
            signal(sig, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: sig, queue: .global())
            source.setEventHandler {
                FileHandle.standardError.write(Data("\nactorgraph: interrupted; the store and the previous outputs are as they were\n".utf8))
                _exit(code)
            }
            source.resume()
            sources.append(source)
        }
    }
}
