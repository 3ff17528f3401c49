/// Normalises article dates to `YYYY-MM-DD`.
///
/// Accepted: ISO dates and date-times (`2024-03-05`, `2024-03-05T10:00:00Z`,
/// `2024-03-05 10:00`, `20240305`), `YYYY/MM/DD`, and day-first `DD/MM/YYYY` (also with `-`
/// or `.`); one-digit months and days are allowed in the separated forms, and Arabic-Indic
/// digits are read as ASCII digits. The time part, including any zone, is ignored: the
/// calendar date is taken as written. Impossible dates (2023-02-29) are rejected.
enum DateNormalizer {
    /// The `YYYY-MM-DD` form of `raw`, or nil when it is not a recognised date.
    static func normalize(_ raw: String) -> String? {
        var bytes: [UInt8] = []
        for scalar in raw.unicodeScalars {
            switch scalar.value {
            case 0x0660...0x0669: bytes.append(UInt8(scalar.value - 0x0660) + 0x30)
            case 0x06F0...0x06F9: bytes.append(UInt8(scalar.value - 0x06F0) + 0x30)
            case 0x00...0x7F: bytes.append(UInt8(scalar.value))
            default: bytes.append(0x3F)  // '?': never part of a date
            }
        }
        bytes = trimmed(bytes)
        guard let (groups, separator, rest) = leadingGroups(bytes) else { return nil }
        guard rest.isEmpty || rest[rest.startIndex] == 0x54 || rest[rest.startIndex] == 0x74
            || rest[rest.startIndex] == 0x20 else { return nil }  // end, 'T', 't' or ' ' + time
        let year: Int, month: Int, day: Int
        switch (groups.count, separator) {
        case (1, nil) where groups[0].digits == 8:
            let v = groups[0].value
            (year, month, day) = (v / 10000, v / 100 % 100, v % 100)
        case (3, let sep?) where groups[0].digits == 4 && groups[1].digits <= 2 && groups[2].digits <= 2
            && (sep == 0x2D || sep == 0x2F):
            (year, month, day) = (groups[0].value, groups[1].value, groups[2].value)
        case (3, _?) where groups[2].digits == 4 && groups[0].digits <= 2 && groups[1].digits <= 2:
            (year, month, day) = (groups[2].value, groups[1].value, groups[0].value)
        default:
            return nil
        }
        guard isValid(year: year, month: month, day: day) else { return nil }
        return pad(year, 4) + "-" + pad(month, 2) + "-" + pad(day, 2)
    }

    private typealias Group = (value: Int, digits: Int)

    /// Up to three digit groups joined by one separator (`-`, `/` or `.`, the same each time),
    /// and what follows them.
    private static func leadingGroups(_ bytes: [UInt8]) -> ([Group], UInt8?, ArraySlice<UInt8>)? {
        var groups: [Group] = []
        var separator: UInt8?
        var i = 0
        while groups.count < 3 {
            var value = 0
            var digits = 0
            while i < bytes.count, bytes[i] >= 0x30, bytes[i] <= 0x39, digits < 9 {
                value = value * 10 + Int(bytes[i] - 0x30)
                digits += 1
                i += 1
            }
            guard digits > 0 else { return nil }
            groups.append((value, digits))
            guard groups.count < 3, i < bytes.count else { break }
            let next = bytes[i]
            guard next == 0x2D || next == 0x2F || next == 0x2E, separator == nil || separator == next else { break }
            separator = next
            i += 1
        }
        if groups.count == 2 { return nil }
        return (groups, separator, bytes[i...])
    }

    private static func isValid(year: Int, month: Int, day: Int) -> Bool {
        guard (1...9999).contains(year), (1...12).contains(month), day >= 1 else { return false }
        let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
        let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        return day <= days[month - 1]
    }

    private static func pad(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }

    private static func trimmed(_ bytes: [UInt8]) -> [UInt8] {
        var start = 0
        var end = bytes.count
        while start < end, bytes[start] == 0x20 || bytes[start] == 0x09 || bytes[start] == 0x0A { start += 1 }
        while end > start, bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09 || bytes[end - 1] == 0x0A { end -= 1 }
        return Array(bytes[start..<end])
    }
}
