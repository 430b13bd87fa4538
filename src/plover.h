/*
 * plover.h -- PLOVER JSON Lines form of an event record (cJSON), shared by
 * the writer (-o FILE.jsonl / --format plover) and the tests.
 */
#ifndef GE_PLOVER_H
#define GE_PLOVER_H

#include <cjson/cJSON.h>

#include "geoevents/geoevents.h"

/* One PLOVER record for doc->events.v[i]; NULL when out of memory. The
 * caller owns the result (cJSON_Delete). */
cJSON *ge_plover_event(const ge_gazetteer *g, const ge_doc *doc, size_t i);

/* plover_print.c: appends item to b as cJSON_PrintUnformatted would write
 * it, byte for byte (no newline); -1 when out of memory or the tree is not
 * one cJSON could print. */
struct ge_buf;
int ge_plover_print(const cJSON *item, struct ge_buf *b);

/* One PLOVER record for doc->events.v[i] appended to b as a line of JSON
 * (no newline), the bytes that printing ge_plover_event's tree gives,
 * without building the tree. Returns 0, or -1 when out of memory. */
int ge_plover_line(const ge_gazetteer *g, const ge_doc *doc, size_t i, struct ge_buf *b);

/* The emitter plover.c writes a record through: into a cJSON tree (out
 * NULL: ge_plover_event) or straight into a line (out set: ge_plover_line),
 * the same calls in the same order either way. key is NULL inside arrays. */
enum { GE_PJ_DEPTH = 8 };
typedef struct ge_pj {
    struct ge_buf *out;           /* print here; NULL: build the tree */
    cJSON *root;                  /* the tree (out NULL) */
    cJSON *node[GE_PJ_DEPTH];     /* the open containers (tree) */
    unsigned char first[GE_PJ_DEPTH]; /* nothing written in it yet (print) */
    int depth, err;
} ge_pj;

void ge_pj_open(ge_pj *j, const char *key, int array);
void ge_pj_close(ge_pj *j, int array);
void ge_pj_str(ge_pj *j, const char *key, const char *s);
void ge_pj_num(ge_pj *j, const char *key, double v);
void ge_pj_null(ge_pj *j, const char *key);
void ge_pj_bool(ge_pj *j, const char *key, int v);

#endif
