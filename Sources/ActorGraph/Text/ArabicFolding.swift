import Foundation

/// Folds one Unicode scalar to its matching form: Arabic diacritics and tatweel dropped,
/// alef forms, alef maqsura, taa marbuta, Persian yeh/kaf and digits folded, Latin lowercased,
/// curly quotes made straight. Presentation forms and other compatibility characters go
/// through NFKC first.
///
/// The result is appended to `out` as UTF-8; nothing is written for a dropped scalar.
@inline(__always)
func foldScalar(_ v: UInt32, into out: inout [UInt8]) {
    switch v {
    case 0x41...0x5A: out.append(UInt8(v + 32))
    case 0x00...0x7F: out.append(UInt8(v))
    case 0x064B...0x065F, 0x0670, 0x0610...0x061A, 0x06D6...0x06ED, 0x0640: return  // harakat, tatweel
    case 0x0622, 0x0623, 0x0625, 0x0671, 0x0672, 0x0673: appendUTF8(0x0627, to: &out)  // alef forms
    case 0x0649: appendUTF8(0x064A, to: &out)                                           // alef maqsura
    case 0x0629: appendUTF8(0x0647, to: &out)                                           // taa marbuta
    case 0x06CC, 0x06D2: appendUTF8(0x064A, to: &out)                                   // Persian yeh
    case 0x06A9: appendUTF8(0x0643, to: &out)                                           // Persian kaf
    case 0x0660...0x0669: out.append(UInt8(v - 0x0660 + 0x30))                          // Arabic-Indic digits
    case 0x06F0...0x06F9: out.append(UInt8(v - 0x06F0 + 0x30))
    case 0x2018, 0x2019, 0x201A, 0x201B, 0x2032: out.append(0x27)
    case 0x201C, 0x201D, 0x201E, 0x201F, 0x00AB, 0x00BB, 0x2033: out.append(0x22)
    case 0x0600...0x06FF: appendUTF8(v, to: &out)
    default: foldRare(v, into: &out)
    }
}

/// The slow cases of `foldScalar`: compatibility forms, marks and non-ASCII Latin.
private func foldRare(_ v: UInt32, into out: inout [UInt8]) {
    guard let s = Unicode.Scalar(v) else { return }
    switch v {
    case 0xFB50...0xFDFF, 0xFE70...0xFEFF, 0xFF00...0xFFEF:
        let n = String(s).precomposedStringWithCompatibilityMapping
        for u in n.unicodeScalars where u.value != v { foldScalar(u.value, into: &out) }
        if n.unicodeScalars.count == 1 && n.unicodeScalars.first!.value == v { appendUTF8(v, to: &out) }
    default:
        if s.properties.generalCategory == .nonspacingMark { return }
        if v < 0x0250 || (0x1E00...0x1EFF).contains(v) {
            // Latin with diacritics: decompose, drop the marks, lowercase.
            for u in String(s).decomposedStringWithCanonicalMapping.unicodeScalars
            where u.properties.generalCategory != .nonspacingMark {
                for l in u.properties.lowercaseMapping.unicodeScalars { appendUTF8(l.value, to: &out) }
            }
        } else if s.properties.changesWhenLowercased {
            for u in s.properties.lowercaseMapping.unicodeScalars { appendUTF8(u.value, to: &out) }
        } else {
            appendUTF8(v, to: &out)
        }
    }
}

/// Appends the UTF-8 encoding of a valid scalar value.
@inline(__always)
func appendUTF8(_ v: UInt32, to out: inout [UInt8]) {
    switch v {
    case 0..<0x80:
        out.append(UInt8(v))
    case 0x80..<0x800:
        out.append(UInt8(0xC0 | (v >> 6)))
        out.append(UInt8(0x80 | (v & 0x3F)))
    case 0x800..<0x10000:
        out.append(UInt8(0xE0 | (v >> 12)))
        out.append(UInt8(0x80 | ((v >> 6) & 0x3F)))
        out.append(UInt8(0x80 | (v & 0x3F)))
    default:
        out.append(UInt8(0xF0 | (v >> 18)))
        out.append(UInt8(0x80 | ((v >> 12) & 0x3F)))
        out.append(UInt8(0x80 | ((v >> 6) & 0x3F)))
        out.append(UInt8(0x80 | (v & 0x3F)))
    }
}

/// Folds a whole string to its matching form (see `foldScalar`). Used for dictionary and
/// lexicon entries; article text goes through `Tokenizer`, which folds the same way.
public func foldForMatching(_ text: String) -> String {
    var out: [UInt8] = []
    out.reserveCapacity(text.utf8.count)
    for s in text.unicodeScalars { foldScalar(s.value, into: &out) }
    return String(decoding: out, as: UTF8.self)
}

@inline(__always) func isArabicLetter(_ v: UInt32) -> Bool {
    (0x0620...0x064A).contains(v) || (0x066E...0x06D3).contains(v) || (0x06FA...0x06FF).contains(v)
        || (0xFB50...0xFDFF).contains(v) || (0xFE70...0xFEFC).contains(v)
}

@inline(__always) func isArabicMark(_ v: UInt32) -> Bool {
    (0x064B...0x065F).contains(v) || v == 0x0670 || (0x0610...0x061A).contains(v) || (0x06D6...0x06ED).contains(v) || v == 0x0640
}
