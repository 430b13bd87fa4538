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

#endif
