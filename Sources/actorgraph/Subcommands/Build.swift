import ActorGraph
import ArgumentParser

extension ActorGraphCommand {
    struct Build: ParsableCommand {
        func run() throws {}
    }
}
