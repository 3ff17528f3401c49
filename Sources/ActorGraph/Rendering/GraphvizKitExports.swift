// The rendering API names GraphvizKit's types (LayoutEngine, OutputFormat): clients of
// ActorGraph get them without importing GraphvizKit themselves.
@_exported import GraphvizKit
