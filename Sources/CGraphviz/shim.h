/*
 * A thin C layer over the system's Graphviz headers for Swift.
 *
 * - Wrappers take `const char *` where older Graphviz releases declare `char *`, so Swift
 *   can pass its strings directly.
 * - Graph descriptors (Agdirected, ...) are C globals; Swift 6 cannot read those, so they
 *   come from inline functions.
 * - gvRenderData's length out-parameter changed width in Graphviz 13 (`unsigned int *` before,
 *   `size_t *` from GVPLUGIN_VERSION 8 on); gvshim_render_data always takes `size_t *`.
 * - An error collector: agseterrf with a C callback that appends every message piece to a
 *   static buffer owned by this header.
 *
 * The collector's buffer is static storage of an inline function: each translation unit that
 * uses it may get its own copy. On the Swift side only one source file (GraphvizKit's
 * Graphviz.swift) calls the gvshim_err* functions, and only while holding the one Graphviz lock.
 */
#ifndef CGRAPHVIZ_SHIM_H
#define CGRAPHVIZ_SHIM_H

#include <stddef.h>
#include <string.h>
#include <graphviz/graphviz_version.h>
#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>

/* ---- Graph descriptors ------------------------------------------------------------------ */

static inline Agdesc_t gvshim_directed(void) { return Agdirected; }
static inline Agdesc_t gvshim_strict_directed(void) { return Agstrictdirected; }
static inline Agdesc_t gvshim_undirected(void) { return Agundirected; }
static inline Agdesc_t gvshim_strict_undirected(void) { return Agstrictundirected; }

/* ---- Object kinds ----------------------------------------------------------------------- */

static inline int gvshim_kind_graph(void) { return AGRAPH; }
static inline int gvshim_kind_node(void) { return AGNODE; }
static inline int gvshim_kind_edge(void) { return AGEDGE; }

/* ---- Building and reading graphs -------------------------------------------------------- */

static inline Agraph_t *gvshim_agopen(const char *name, Agdesc_t desc) {
    return agopen((char *)name, desc, NULL);
}

static inline Agraph_t *gvshim_agmemread(const char *text) {
    return agmemread((char *)text);
}

static inline Agnode_t *gvshim_agnode(Agraph_t *g, const char *name, int create) {
    return agnode(g, (char *)name, create);
}

/* `key` may be NULL for an anonymous edge. */
static inline Agedge_t *gvshim_agedge(Agraph_t *g, Agnode_t *tail, Agnode_t *head,
                                      const char *key, int create) {
    return agedge(g, tail, head, (char *)key, create);
}

static inline Agsym_t *gvshim_agattr(Agraph_t *g, int kind, const char *name, const char *value) {
    return agattr(g, kind, (char *)name, (char *)value);
}

/* The declared attribute `name` of `kind`, or NULL (never declares one). */
static inline Agsym_t *gvshim_agattr_lookup(Agraph_t *g, int kind, const char *name) {
    return agattr(g, kind, (char *)name, NULL);
}

static inline int gvshim_agsafeset(void *obj, const char *name, const char *value, const char *def) {
    return agsafeset(obj, (char *)name, (char *)value, (char *)def);
}

static inline char *gvshim_agstrdup_html(Agraph_t *g, const char *text) {
    return agstrdup_html(g, (char *)text);
}

static inline char *gvshim_agstrdup(Agraph_t *g, const char *text) {
    return agstrdup(g, (char *)text);
}

static inline Agnode_t *gvshim_tail(Agedge_t *e) { return agtail(e); }
static inline Agnode_t *gvshim_head(Agedge_t *e) { return aghead(e); }

/* Creation sequence number of a graph object (nodes and edges count separately). */
static inline unsigned long gvshim_seq(void *obj) { return (unsigned long)AGSEQ(obj); }

static inline const char *gvshim_sym_name(Agsym_t *sym) { return sym->name; }
static inline const char *gvshim_sym_default(Agsym_t *sym) { return sym->defval; }

/* ---- Rendering ------------------------------------------------------------------------- */

static inline int gvshim_layout(GVC_t *gvc, Agraph_t *g, const char *engine) {
    return gvLayout(gvc, g, (char *)engine);
}

/* gvRenderData with a `size_t` length on every Graphviz version. */
static inline int gvshim_render_data(GVC_t *gvc, Agraph_t *g, const char *format,
                                     char **result, size_t *length) {
#if defined(GVPLUGIN_VERSION) && GVPLUGIN_VERSION >= 8
    return gvRenderData(gvc, g, (char *)format, result, length);
#else
    unsigned int len = 0;
    int rc = gvRenderData(gvc, g, (char *)format, result, &len);
    *length = (size_t)len;
    return rc;
#endif
}

static inline char **gvshim_plugin_list(GVC_t *gvc, const char *kind, int *count) {
    return gvPluginList(gvc, (char *)kind, count, NULL);
}

static inline const char *gvshim_version_string(void) { return PACKAGE_VERSION; }

/* ---- Error collector ------------------------------------------------------------------- */

#define GVSHIM_ERRBUF_SIZE 16384

struct gvshim_errstate {
    size_t length;
    char text[GVSHIM_ERRBUF_SIZE];
};

/* The collector's buffer. A function-local static: Swift's importer emits the inline function
 * together with its static storage (a file-scope static in a header would not be emitted). */
static inline struct gvshim_errstate *gvshim_errors(void) {
    static struct gvshim_errstate state;
    return &state;
}

/* agseterrf callback: Graphviz hands over a message in pieces ("Error", ": ", text). */
static inline int gvshim_err_collect(char *piece) {
    struct gvshim_errstate *s = gvshim_errors();
    if (piece == NULL) return 0;
    size_t n = strlen(piece);
    size_t room = GVSHIM_ERRBUF_SIZE - 1 - s->length;
    if (n > room) n = room;
    memcpy(s->text + s->length, piece, n);
    s->length += n;
    s->text[s->length] = '\0';
    return 0;
}

/* Empties the collector and Graphviz's own error count. */
static inline void gvshim_err_reset(void) {
    struct gvshim_errstate *s = gvshim_errors();
    s->length = 0;
    s->text[0] = '\0';
    agreseterrors();
}

/* Routes Graphviz's messages to the collector instead of stderr. */
static inline void gvshim_err_install(void) {
    gvshim_err_reset();
    agseterrf(gvshim_err_collect);
}

/* Everything collected since the last reset (NUL-terminated, possibly truncated). */
static inline const char *gvshim_err_text(void) { return gvshim_errors()->text; }

#endif /* CGRAPHVIZ_SHIM_H */
