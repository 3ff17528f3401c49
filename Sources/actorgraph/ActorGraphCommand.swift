import ActorGraph
import ArgumentParser
import Foundation

/// `actorgraph`: turns news articles into actor networks.
@main
struct ActorGraphCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "actorgraph",
        abstract: "Turn news articles (Arabic and English) into actor networks.",
        version: "0.1.0",
        subcommands: [Build.self, Extract.self, Render.self, Actors.self, Eval.self, Stats.self, Watch.self],
        defaultSubcommand: Build.self
    )
}

/// Runs a command body, turning engine errors into a message on stderr and their exit code.
func runReportingErrors(_ body: () throws -> Void) throws {
    do {
        try body()
    } catch let error as ActorGraphError {
        FileHandle.standardError.write(Data("actorgraph: error: \(error.description)\n".utf8))
        throw ExitCode(error.exitCode)
    }
}

/// Writes a line to standard error.
func warn(_ message: String) {
    FileHandle.standardError.write(Data("actorgraph: warning: \(message)\n".utf8))
}
