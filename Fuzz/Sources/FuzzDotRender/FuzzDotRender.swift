import ActorGraphFuzzing
import CFuzzerDriver

/// One input through `DotRenderFuzzing.run`; a broken expectation traps, which libFuzzer reports.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTestOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    FuzzInput.run(data, size, through: DotRenderFuzzing.run)
}

/// The program's `main` (SwiftPM renames `main` to this): libFuzzer's driver.
@_cdecl("FuzzDotRender_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    fuzz_driver_main(argc, argv)
}
