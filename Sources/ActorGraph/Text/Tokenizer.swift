/// Splits decoded article text into tokens with their folded matching forms and exact
/// Unicode scalar offsets into the original.
///
/// Words keep Arabic letters and marks together (marks are folded away); a hyphen between
/// letters splits words without a token of its own; Latin acronyms written with dots
/// (`U.S.`, `U.N.`) become one token; a `?` between Arabic letters is the lam-alef ligature
/// lost by a bad conversion (`ا?وضاع` is `الأوضاع`) and folds to `لا`; numbers keep their
/// decimal points and thousands separators.
public enum Tokenizer {
    public static func tokenize(_ scalars: [Unicode.Scalar]) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(scalars.count / 5)
        let n = scalars.count
        var i = 0
        var newlines = 0
        // The folded form of the current token, reused from token to token.
        var norm: [UInt8] = []
        norm.reserveCapacity(64)
        func token(start: Int, end: Int, kind: TokenKind, allCaps: Bool = false, possessive: Bool = false) -> Token {
            defer { norm.removeAll(keepingCapacity: true) }
            return norm.withUnsafeBufferPointer { b in
                Token(normBytes: b, start: start, end: end, kind: kind, allCaps: allCaps, newlinesBefore: newlines, possessive: possessive)
            }
        }
        while i < n {
            let v = scalars[i].value
            if isSpace(v) {
                if v == 0x0A || v == 0x2029 || v == 0x2028 { newlines += 1 }
                i += 1
                continue
            }
            if v == 0x200C || v == 0x200D || v == 0xFEFF || (0x200E...0x200F).contains(v) || (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v) {
                i += 1  // joiners and bidi controls are invisible
                continue
            }
            let start = i
            if isDigit(v) {
                while i < n {
                    let c = scalars[i].value
                    if isDigit(c) { foldScalar(c, into: &norm); i += 1; continue }
                    if (c == 0x2E || c == 0x2C || c == 0x066B || c == 0x066C) && i + 1 < n && isDigit(scalars[i + 1].value) && isDigit(scalars[i - 1].value) {
                        norm.append(c == 0x066B ? 0x2E : (c == 0x066C ? 0x2C : UInt8(c))); i += 1; continue
                    }
                    break
                }
                tokens.append(token(start: start, end: i, kind: .number))
                newlines = 0
                continue
            }
            if isWordScalar(v) || isLostLigature(scalars, i) {
                // Latin acronym with dots: U.S., U.N., U.K.
                if isLatinUpper(v), i + 3 < n, scalars[i + 1].value == 0x2E, isLatinUpper(scalars[i + 2].value), scalars[i + 3].value == 0x2E {
                    var j = i
                    while j + 1 < n, isLatinUpper(scalars[j].value), scalars[j + 1].value == 0x2E {
                        foldScalar(scalars[j].value, into: &norm)
                        j += 2
                    }
                    tokens.append(token(start: start, end: j, kind: .word, allCaps: true))
                    newlines = 0
                    i = j
                    continue
                }
                var upper = 0, lower = 0
                var possessive = false
                var end = i
                while i < n {
                    let c = scalars[i].value
                    if isWordScalar(c) {
                        if isLatinUpper(c) { upper += 1 } else if c >= 0x61 && c <= 0x7A { lower += 1 }
                        foldScalar(c, into: &norm)
                        i += 1
                        end = i
                        continue
                    }
                    if isLostLigature(scalars, i) {
                        appendUTF8(0x0644, to: &norm); appendUTF8(0x0627, to: &norm)
                        i += 1
                        end = i
                        continue
                    }
                    if c == 0x200C || c == 0x200D { i += 1; continue }
                    if (c == 0x27 || c == 0x2019) && i + 1 < n && i > start && isLatinLetter(scalars[i - 1].value) {
                        let next = scalars[i + 1].value
                        if (next == 0x73 || next == 0x53) && (i + 2 >= n || !isWordScalar(scalars[i + 2].value)) {
                            possessive = true
                            i += 2
                            break
                        }
                        if isLatinLetter(next) { norm.append(0x27); i += 1; continue }
                    }
                    break
                }
                tokens.append(token(start: start, end: end, kind: .word, allCaps: upper >= 2 && lower == 0, possessive: possessive))
                newlines = 0
                // A hyphen (or maqaf-like dash) between two letters only separates words.
                if i + 1 < n, isJoiningHyphen(scalars[i].value), isWordScalar(scalars[i + 1].value) { i += 1 }
                continue
            }
            // Punctuation and symbols: one scalar each.
            foldScalar(v, into: &norm)
            i += 1
            tokens.append(token(start: start, end: i, kind: .punctuation))
            newlines = 0
        }
        return tokens
    }

    @inline(__always) static func isSpace(_ v: UInt32) -> Bool {
        v == 0x20 || v == 0x09 || v == 0x0A || v == 0x0D || v == 0x0B || v == 0x0C || v == 0xA0 || v == 0x85
            || (0x2000...0x200B).contains(v) || v == 0x2028 || v == 0x2029 || v == 0x202F || v == 0x205F || v == 0x3000
    }

    @inline(__always) static func isDigit(_ v: UInt32) -> Bool {
        (0x30...0x39).contains(v) || (0x0660...0x0669).contains(v) || (0x06F0...0x06F9).contains(v)
    }

    @inline(__always) static func isLatinUpper(_ v: UInt32) -> Bool { v >= 0x41 && v <= 0x5A }

    @inline(__always) static func isLatinLetter(_ v: UInt32) -> Bool {
        (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A) || (0xC0...0x24F).contains(v)
    }

    @inline(__always) static func isJoiningHyphen(_ v: UInt32) -> Bool { v == 0x2D || v == 0x2010 || v == 0x2011 }

    @inline(__always) static func isWordScalar(_ v: UInt32) -> Bool {
        if v < 0x80 {
            return (v >= 0x61 && v <= 0x7A) || (v >= 0x41 && v <= 0x5A) || (v >= 0x30 && v <= 0x39)
        }
        if isArabicLetter(v) || isArabicMark(v) || (0x0660...0x0669).contains(v) || (0x06F0...0x06F9).contains(v) { return true }
        if v == 0x060C || v == 0x061B || v == 0x061F || v == 0x066A || v == 0x066B || v == 0x066C || v == 0x06D4 { return false }
        guard let s = Unicode.Scalar(v) else { return false }
        return s.properties.isAlphabetic || s.properties.generalCategory == .nonspacingMark
    }

    /// `?` (or U+FFFD) between two Arabic letters: the lost lam-alef ligature.
    @inline(__always) static func isLostLigature(_ s: [Unicode.Scalar], _ i: Int) -> Bool {
        let v = s[i].value
        guard v == 0x3F || v == 0xFFFD, i > 0, i + 1 < s.count else { return false }
        return isArabicLetter(s[i - 1].value) && isArabicLetter(s[i + 1].value)
    }
}
