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

#endif
