/// A UTF-8 text buffer for markup extraction that collapses whitespace: runs of spaces
/// become one space, paragraph breaks become exactly "\n\n", and nothing is emitted at the
/// start or the end.
struct CollapsingText {
    private var bytes: [UInt8] = []
    private var pendingSpace = false
    private var pendingBreak = false

    init(capacity: Int) {
        bytes.reserveCapacity(capacity)
    }

    /// Notes whitespace between words.
    mutating func space() { pendingSpace = true }

    /// Notes a paragraph boundary (stronger than a space).
    mutating func paragraphBreak() { pendingBreak = true }

    @inline(__always)
    private mutating func flush() {
        if !bytes.isEmpty {
            if pendingBreak {
                bytes.append(0x0A)
                bytes.append(0x0A)
            } else if pendingSpace {
                bytes.append(0x20)
            }
        }
        pendingSpace = false
        pendingBreak = false
    }

    /// Appends a byte of text (part of a UTF-8 sequence or ASCII that is not whitespace).
    @inline(__always)
    mutating func append(byte: UInt8) {
        if pendingSpace || pendingBreak { flush() }
        bytes.append(byte)
    }

    /// Appends one scalar (from a character reference).
    mutating func append(scalar: UInt32) {
        if scalar == 0x0A || scalar == 0x20 || scalar == 0x09 || scalar == 0x0D || scalar == 0x0C {
            space()
            return
        }
        var encoded = UTF8Output(capacity: 4)
        encoded.append(scalar: scalar, at: 0)
        for byte in encoded.bytes { append(byte: byte) }
    }

    /// The collected text.
    var string: String { String(decoding: bytes, as: UTF8.self) }
}
