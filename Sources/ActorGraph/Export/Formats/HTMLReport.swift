/// One self-contained HTML file: the drawing (inlined SVG), a legend whose relation types
/// are checkboxes that hide those edges, a search box that highlights actors by name or id,
/// and a side panel that lists the evidence of the actor or relation clicked.
///
/// The file loads nothing: style and script are inline, the drawing is inlined without its
/// links, and a Content-Security-Policy forbids any fetch. Article text reaches the page only
/// as JSON data (``HTMLReportData``) that the script turns into text nodes; bidi controls
/// are stripped from it (``HTMLText/withoutBidiControls(_:)``).
enum HTMLReport {
    static func html(_ network: ExportedNetwork, svg: [UInt8], title: String?) throws -> [UInt8] {
        let drawing = try SVGInline.prepare(svg)
        let json = try HTMLReportData.scriptJSON(network)
        let heading = title.flatMap { $0.isEmpty ? nil : $0 } ?? "Actor network"
        let typed = network.edges.filter { $0.edge.type != .coOccurs }.count
        let stats = "\(network.nodes.count) actors · \(typed) relations · \(network.edges.count - typed) co-occurrences"
        var out = """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">
        <meta name="generator" content="ActorGraph">
        <title>\(HTMLText.escaped(heading))</title>
        <style>
        \(HTMLReportStyle.css)
        </style>
        </head>
        <body>
        <header>
        <h1 dir="auto">\(HTMLText.escaped(heading))</h1>
        <span class="stats">\(stats)</span>
        <input id="search" type="search" placeholder="Search actors by name or id / ابحث" aria-label="Search actors" autocomplete="off">
        <span id="search-count" aria-live="polite"></span>
        </header>
        <main>
        <section id="drawing" aria-label="Network drawing">
        <button id="zoom" type="button">Actual size</button>

        """
        out += drawing
        out += """

        </section>
        <aside>

        """
        out += HTMLReportLegend.html(network)
        out += """
        <section id="details" aria-live="polite">
        <p class="hint">Click an actor or a relation in the drawing to see the sentences that support it.</p>
        </section>
        </aside>
        </main>
        <script type="application/json" id="actorgraph-data">
        """
        out += json
        out += """
        </script>
        <script>
        \(HTMLReportScript.javascript)
        </script>
        </body>
        </html>

        """
        return Array(out.utf8)
    }
}
