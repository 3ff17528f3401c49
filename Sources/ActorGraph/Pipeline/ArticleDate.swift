/// The date an undated article most likely describes, for resolving titles: the latest
/// year between 1950 and 2100 written in it (taken as the middle of that year).
enum ArticleDate {
    static func infer(from doc: Document) -> String? {
        var latest: Int? = nil
        for t in doc.tokens where t.kind == .number && t.norm.utf8.count == 4 {
            if let y = Int(t.norm), (1950...2100).contains(y), y > (latest ?? 0) { latest = y }
        }
        return latest.map { "\($0)-06-30" }
    }
}
