/// The shared body of the libFuzzer entry points.
public enum FuzzInput {
    /// Runs one fuzz input (`size` bytes at `data`) through `entry`; traps with the broken
    /// expectations when there are any, so that libFuzzer records the input as a crash.
    /// Returns 0, libFuzzer's "keep going".
    public static func run(_ data: UnsafePointer<UInt8>?, _ size: Int, through entry: ([UInt8]) -> [String]) -> CInt {
        let problems = entry(size == 0 ? [] : Array(UnsafeBufferPointer(start: data, count: size)))
        if !problems.isEmpty { fatalError(problems.joined(separator: "\n")) }
        return 0
    }
}
