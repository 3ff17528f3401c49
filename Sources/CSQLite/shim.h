#ifndef CSQLITE_SHIM_H
#define CSQLITE_SHIM_H

#include <sqlite3.h>

/// `sqlite3_bind_text` with SQLITE_TRANSIENT (SQLite copies the bytes), which Swift cannot
/// spell because the macro is a cast of -1 to a function pointer.
static inline int csqlite_bind_text(sqlite3_stmt *stmt, int index, const char *text, int bytes) {
    return sqlite3_bind_text(stmt, index, text, bytes, SQLITE_TRANSIENT);
}

#endif
