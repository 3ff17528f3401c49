import ActorGraph
import ArgumentParser

extension ActorGraphCommand {
    struct Render: ParsableCommand {
        func run() throws {}
    }
}
