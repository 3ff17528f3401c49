import ActorGraph
import ArgumentParser

extension ActorGraphCommand {
    struct Actors: ParsableCommand {
        func run() throws {}
    }
}
