import Foundation

/// Folds one Unicode scalar to its matching form: Arabic diacritics and tatweel dropped,
/// alef forms, alef maqsura, taa marbuta, Persian yeh/kaf and digits folded, Latin lowercased,
/// curly quotes made straight. Presentation forms and other compatibility characters go
/// through NFKC first.
///
/// The result is written to `out`; nothing is written for a dropped scalar.
@inline(__always)
func foldScalar(_ v: UInt32, into out: inout String.UnicodeScalarView) {
    switch v {
    case 0x41...0x5A: out.append(Unicode.Scalar(v + 32)!)
    case 0x00...0x7F: out.append(Unicode.Scalar(v)!)
    case 0x064B...0x065F, 0x0670, 0x0610...0x061A, 0x06D6...0x06ED, 0x0640: return  // harakat, tatweel
    case 0x0622, 0x0623, 0x0625, 0x0671, 0x0672, 0x0673: out.append("\u{0627}")      // alef forms
    case 0x0649: out.append("\u{064A}")                                              // alef maqsura
    case 0x0629: out.append("\u{0647}")                                              // taa marbuta
    case 0x06CC, 0x06D2: out.append("\u{064A}")                                      // Persian yeh
    case 0x06A9: out.append("\u{0643}")                                              // Persian kaf
    case 0x0660...0x0669: out.append(Unicode.Scalar(v - 0x0660 + 0x30)!)             // Arabic-Indic digits
    case 0x06F0...0x06F9: out.append(Unicode.Scalar(v - 0x06F0 + 0x30)!)
    case 0x2018, 0x2019, 0x201A, 0x201B, 0x2032: out.append("'")
    case 0x201C, 0x201D, 0x201E, 0x201F, 0x00AB, 0x00BB, 0x2033: out.append("\"")
    case 0x0600...0x06FF: out.append(Unicode.Scalar(v)!)
    case 0xFB50...0xFDFF, 0xFE70...0xFEFF, 0xFF00...0xFFEF:
        let s = String(Unicode.Scalar(v)!).precomposedStringWithCompatibilityMapping
        for u in s.unicodeScalars where u.value != v { foldScalar(u.value, into: &out) }
        if s.unicodeScalars.count == 1 && s.unicodeScalars.first!.value == v { out.append(Unicode.Scalar(v)!) }
    default:
        let s = Unicode.Scalar(v)!
        if s.properties.generalCategory == .nonspacingMark { return }
        if v < 0x0250 || (0x1E00...0x1EFF).contains(v) {
            // Latin with diacritics: decompose, drop the marks, lowercase.
            for u in String(s).decomposedStringWithCanonicalMapping.unicodeScalars
            where u.properties.generalCategory != .nonspacingMark {
                for l in u.properties.lowercaseMapping.unicodeScalars { out.append(l) }
            }
        } else if s.properties.changesWhenLowercased {
            for u in s.properties.lowercaseMapping.unicodeScalars { out.append(u) }
        } else {
            out.append(s)
        }
    }
}

/// Folds a whole string to its matching form (see `foldScalar`). Used for dictionary and
/// lexicon entries; article text goes through `Tokenizer`, which folds the same way.
public func foldForMatching(_ text: String) -> String {
    var out = String.UnicodeScalarView()
    for s in text.unicodeScalars { foldScalar(s.value, into: &out) }
    return String(out)
}

@inline(__always) func isArabicLetter(_ v: UInt32) -> Bool {
    (0x0620...0x064A).contains(v) || (0x066E...0x06D3).contains(v) || (0x06FA...0x06FF).contains(v)
        || (0xFB50...0xFDFF).contains(v) || (0xFE70...0xFEFC).contains(v)
}

@inline(__always) func isArabicMark(_ v: UInt32) -> Bool {
    (0x064B...0x065F).contains(v) || v == 0x0670 || (0x0610...0x061A).contains(v) || (0x06D6...0x06ED).contains(v) || v == 0x0640
}
