/// A character encoding the article reader can decode. The raw values are the names the
/// `--encoding` option accepts; `named(_:)` also accepts the common aliases.
public enum TextEncoding: String, CaseIterable, Sendable {
    /// UTF-8, with or without a byte order mark.
    case utf8
    /// UTF-16 little-endian (a byte order mark, when present, wins over the named order).
    case utf16le
    /// UTF-16 big-endian (a byte order mark, when present, wins over the named order).
    case utf16be
    /// Windows-1256, Microsoft's Arabic code page.
    case windows1256 = "windows-1256"
    /// ISO-8859-6, Latin/Arabic.
    case iso8859_6 = "iso-8859-6"

    /// Looks an encoding up by name, ignoring case and punctuation, so `UTF-8`, `utf_8`,
    /// `cp1256`, `Windows-1256`, `ISO_8859-6` and `arabic` all work. `utf16` / `utf-16` mean
    /// little-endian unless the input's byte order mark says otherwise. Returns nil for an
    /// unknown name.
    public static func named(_ name: String) -> TextEncoding? {
        var key = ""
        for scalar in name.unicodeScalars where scalar.isASCII {
            let value = scalar.value
            if (0x30...0x39).contains(value) || (0x61...0x7A).contains(value) {
                key.unicodeScalars.append(scalar)
            } else if (0x41...0x5A).contains(value) {
                key.unicodeScalars.append(Unicode.Scalar(value + 0x20)!)
            }
        }
        return aliases[key]
    }

    /// Aliases, lower-case with punctuation removed.
    private static let aliases: [String: TextEncoding] = [
        "utf8": .utf8, "u8": .utf8, "utf8bom": .utf8, "utf8sig": .utf8,
        "utf16": .utf16le, "utf16le": .utf16le, "ucs2": .utf16le, "ucs2le": .utf16le, "unicode": .utf16le,
        "utf16be": .utf16be, "ucs2be": .utf16be, "unicodebigunmarked": .utf16be,
        "windows1256": .windows1256, "cp1256": .windows1256, "win1256": .windows1256,
        "xcp1256": .windows1256, "mscp1256": .windows1256, "1256": .windows1256,
        "iso88596": .iso8859_6, "iso885961987": .iso8859_6, "arabic": .iso8859_6,
        "asmo708": .iso8859_6, "ecma114": .iso8859_6, "isoir127": .iso8859_6,
        "csisolatinarabic": .iso8859_6, "latinarabic": .iso8859_6,
    ]

    /// The name used in messages ("UTF-8", "Windows-1256" ...).
    var displayName: String {
        switch self {
        case .utf8: return "UTF-8"
        case .utf16le: return "UTF-16LE"
        case .utf16be: return "UTF-16BE"
        case .windows1256: return "Windows-1256"
        case .iso8859_6: return "ISO-8859-6"
        }
    }
}
