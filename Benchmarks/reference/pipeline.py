#!/usr/bin/env python3
"""The pipeline a user would write instead of ActorGraph: the baseline of Benchmarks/run.

Arabic normalisation, one compiled regex gazetteer over the phrases of ActorGraph's default
dictionary (the same phrases as `actorgraph actors --aliases`), sentence split, sentence
co-occurrence, a networkx graph, DOT written by hand and drawn to SVG by the `dot` program.
It finds co-occurrences only: no relation types, negation, titles by date or evidence.

    pipeline.py [--dictionary actors.yaml] [-o OUT.svg] CORPUS...
"""
import argparse
import itertools
import os
import re
import subprocess
import sys

import networkx as nx
import yaml

DIACRITICS = re.compile("[\u064b-\u065f\u0670\u0640]")  # harakat, dagger alef, tatweel
FOLD = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه"})
SENTENCE_END = re.compile(r"(?<=[.!?؟])\s+|\n\s*\n")
PROCLITICS = "(?:[وف]?[بلك]?)"  # و ف then ب ل ك, as in وبالقاهرة, فلمصر


def normalise(text):
    return DIACRITICS.sub("", text).translate(FOLD)


def dictionary_phrases(path):
    """phrase -> actor id, from the fields that name an actor (as `actors --aliases`)."""
    with open(path, encoding="utf-8") as f:
        actors = yaml.safe_load(f)["actors"]
    phrases = {}
    for a in actors:
        fields = [{k: [v] for k, v in a["names"].items()}]
        fields += [a.get(k) or {} for k in ("aliases", "short_names", "demonyms", "places")]
        fields += [{k: v for k, v in t.items() if k in ("ar", "en")} for t in a.get("titles", [])]
        for field in fields:
            for values in field.values():
                for v in values if isinstance(values, list) else [values]:
                    phrases.setdefault(normalise(str(v)), a["id"])
    return phrases


def trie_pattern(words):
    """A regex alternation of `words` factored by common prefixes (what a careful user does:
    Python's re tries alternatives one by one, so 600 flat ones are ~50x slower)."""
    trie = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node):
        ends = "" in node
        branches = [re.escape(ch) + emit(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 and not ends else "(?:%s)" % "|".join(branches)
        return body + "?" if ends else body

    return emit(trie)


def gazetteer(phrases):
    """One compiled alternation between word boundaries; Arabic phrases may carry the
    proclitics و ف ب ل ك, and one starting with the article ال also matches after ل as لل.
    Returns the pattern and a function from a matched text to the actor id."""
    arabic = [p for p in phrases if re.match("[\u0600-\u06ff]", p)]
    other = [p for p in phrases if p not in set(arabic)]
    after_lam = [p[2:] for p in arabic if p.startswith("ال")]
    pattern = re.compile(r"(?<!\w)(?:%s(?:%s|لل%s)|%s)(?!\w)" % (
        PROCLITICS, trie_pattern(arabic), trie_pattern(after_lam), trie_pattern(other)))

    def actor(text):
        for k in range(0, 3):
            head, rest = text[:k], text[k:]
            if k and not re.fullmatch("[وف]?[بلك]?", head):
                break
            if rest in phrases:
                return phrases[rest]
            if rest.startswith("ل") and "ا" + rest in phrases:  # لل + word: the article after ل
                return phrases["ا" + rest]
        return None

    return pattern, actor


def articles(inputs):
    for root in inputs:
        if os.path.isfile(root):
            yield root
            continue
        for folder, dirs, files in os.walk(root):
            dirs[:] = sorted(d for d in dirs if not d.startswith("."))
            for name in sorted(files):
                if name.endswith((".txt", ".md")) and not name.startswith("."):
                    yield os.path.join(folder, name)


def body(text):
    """The article without its front matter (key: value lines up to the first blank line)."""
    head, sep, rest = text.partition("\n\n")
    if sep and all(re.match(r"^[A-Za-z_]+:", line) for line in head.splitlines()):
        return rest
    return text


def dot_text(graph):
    lines = ["graph actors {", '  node [shape=ellipse, fontname="Noto Sans Arabic"];']
    for n in sorted(graph.nodes):
        lines.append('  "%s" [label="%s"];' % (n, n))
    for a, b, w in sorted(graph.edges(data="weight")):
        lines.append('  "%s" -- "%s" [penwidth=%.1f, tooltip="%d"];' % (a, b, 1 + min(w, 50) / 10, w))
    lines.append("}")
    return "\n".join(lines) + "\n"


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    default_dictionary = os.path.join(here, "..", "..", "Sources", "ActorGraph", "Resources", "actors.yaml")
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("inputs", nargs="+")
    ap.add_argument("--dictionary", default=default_dictionary)
    ap.add_argument("-o", "--output", default="reference.svg")
    args = ap.parse_args()

    phrases = dictionary_phrases(args.dictionary)
    pattern, actor = gazetteer(phrases)
    graph = nx.Graph()
    count = 0
    for path in articles(args.inputs):
        with open(path, encoding="utf-8", errors="replace") as f:
            text = normalise(body(f.read()))
        count += 1
        for sentence in SENTENCE_END.split(text):
            found = {actor(m.group()) for m in pattern.finditer(sentence)} - {None}
            for a, b in itertools.combinations(sorted(found), 2):
                w = graph.get_edge_data(a, b, {"weight": 0})["weight"]
                graph.add_edge(a, b, weight=w + 1)

    dot_path = os.path.splitext(args.output)[0] + ".dot"
    with open(dot_path, "w", encoding="utf-8") as f:
        f.write(dot_text(graph))
    engine = "neato" if graph.number_of_nodes() <= 150 else "sfdp"  # ActorGraph's automatic choice
    subprocess.run(["dot", "-Tsvg", "-K" + engine, dot_path, "-o", args.output], check=True)
    print("%d articles, %d actors, %d co-occurrence edges -> %s" % (count, graph.number_of_nodes(), graph.number_of_edges(), args.output), file=sys.stderr)


if __name__ == "__main__":
    main()
