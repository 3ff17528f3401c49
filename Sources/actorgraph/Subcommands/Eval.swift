import ActorGraph
import ArgumentParser

extension ActorGraphCommand {
    struct Eval: ParsableCommand {
        func run() throws {}
    }
}
