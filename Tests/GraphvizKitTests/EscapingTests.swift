import Testing
import GraphvizKit

@Suite struct EscapingTests {
    @Test func escapedLabel() {
        #expect(GraphAttribute.escapedLabel(#"a\b"#) == #"a\\b"#)
        #expect(GraphAttribute.escapedLabel(#"\N"#) == #"\\N"#)
        #expect(GraphAttribute.escapedLabel("x & y") == "x &amp; y")
        #expect(GraphAttribute.escapedLabel("1\n2\r\n3\r4") == #"1\n2\n3\n4"#)
        #expect(GraphAttribute.escapedLabel("\"q\" <b>") == "\"q\" <b>")
        #expect(GraphAttribute.escapedLabel("nul\0") == "nul")
        #expect(GraphAttribute.escapedLabel("خليفة حفتر") == "خليفة حفتر")
    }

    @Test func escapedTooltip() {
        #expect(GraphAttribute.escapedTooltip("a\\b & c\nd") == #"a\\\\b &amp; c&#10;d"#)
    }

    @Test func xmlEscaped() {
        #expect(GraphAttribute.xmlEscaped("<a href=\"x\">&'</a>") == "&lt;a href=&quot;x&quot;&gt;&amp;&#39;&lt;/a&gt;")
        #expect(GraphAttribute.xmlEscaped("bell\u{7}\0ok\t") == "bellok\t")
    }

    @Test func escapedURL() {
        #expect(GraphAttribute.escapedURL("https://x/?a=1&b=\"2\"") == "https://x/?a=1&amp;b=%222%22")
    }

    @Test func errorDescriptions() {
        #expect(GraphvizError(kind: .unknownEngine, message: "layout engine \"x\" is not available; available engines: dot").description.contains("available engines"))
        #expect(GraphvizError(kind: .layout, message: "m").description == "Graphviz layout failed: m")
    }
}
