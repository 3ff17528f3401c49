/// One CSV field, quoted as RFC 4180 says and defused for spreadsheets.
enum CSVField {
    /// `text` ready for a CSV row.
    ///
    /// - Formula injection: a text field that begins with `=`, `+`, `-`, `@`, tab or CR gets a
    ///   leading `'`, so Excel, LibreOffice and Google Sheets show it as text instead of
    ///   running it (`=HYPERLINK("x")` is written as `'=HYPERLINK("x")`). Pass `text: false`
    ///   for typed columns (integers, booleans), which are never changed.
    /// - Quoting: a field holding `,`, `"`, CR or LF is put in double quotes, with each `"`
    ///   doubled; line breaks inside a field are kept as they are.
    static func encoded(_ value: String, text: Bool = true) -> String {
        var v = value
        if text, let first = v.unicodeScalars.first, ["=", "+", "-", "@", "\t", "\r"].contains(first) {
            v = "'" + v
        }
        let needsQuotes = v.unicodeScalars.contains { $0 == "," || $0 == "\"" || $0 == "\r" || $0 == "\n" }
        guard needsQuotes else { return v }
        return "\"" + v.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// One record: the fields joined by `,` and ended with CRLF.
    static func row(_ fields: [String]) -> String {
        fields.joined(separator: ",") + "\r\n"
    }
}
