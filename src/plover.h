/*
 * plover.h -- PLOVER JSON Lines form of an event record (cJSON), shared by
 * the writer (-o FILE.jsonl / --format plover) and the tests.
 */
#ifndef GE_PLOVER_H
#define GE_PLOVER_H

#include <cjson/cJSON.h>
#include <stdint.h>

#include "geoevents/geoevents.h"

/* One PLOVER record for doc->events.v[i]; NULL when out of memory. The
 * caller owns the result (cJSON_Delete). */
cJSON *ge_plover_event(const ge_gazetteer *g, const ge_doc *doc, size_t i);

/* One PLOVER record for doc->events.v[i] appended to b as a line of JSON
 * (no newline): the tree of ge_plover_event, its numbers as
 * ge_plover_number's nodes, printed by cJSON_PrintPreallocated (b grows
 * until it fits). Returns 0, or -1 when out of memory. */
struct ge_buf;
int ge_plover_line(const ge_gazetteer *g, const ge_doc *doc, size_t i, struct ge_buf *b);

/* The numbers of a writer's PLOVER lines, each printed once while it keeps
 * its slot: offsets repeat from record to record (a sentence's start and
 * end, the place's span, the trigger among the mentions), and the small
 * counts and codes, the places' coordinates and the confidences from
 * article to article, where a print costs about 1,500 instructions
 * (snprintf). A slot is found by the double's bits; one that the record
 * being built points to is not taken for another number until that record
 * is printed (the number goes to the record's own memory instead). Zeroed
 * to start (calloc, = {0}). */
#define GE_PLOVER_NUM_BITS 12
#define GE_PLOVER_NUM_SLOTS (1u << GE_PLOVER_NUM_BITS)
typedef struct ge_plover_nums {
    uint32_t stamp;                       /* the record being built, from 1 */
    uint32_t stamps[GE_PLOVER_NUM_SLOTS]; /* record that last used a slot, 0: empty */
    struct ge_plover_num {
        uint64_t bits; /* the double's bits */
        char s[24];    /* ge_plover_number's form */
    } v[GE_PLOVER_NUM_SLOTS];             /* read only where stamps says */
    /* the article's code point offsets by byte offset (ge_text_cp, a
     * search of its tokens; UINT32_MAX: none), cleared for each article */
    uint32_t cp_byte[64], cp[64];
    /* the article's first byte >= 0x80 (its length when there is none):
     * up to it a byte offset is the code point offset */
    uint32_t ascii_end;
} ge_plover_nums;

/* Every record of doc appended to b, each as ge_plover_line's line and a
 * newline, numbers through nums (NULL: each printed anew). Returns 0, or
 * -1 when out of memory. */
int ge_plover_lines(const ge_gazetteer *g, const ge_doc *doc, struct ge_buf *b,
                    ge_plover_nums *nums);

/* The number v as a cJSON node that prints as cJSON_CreateNumber(v) does.
 * cJSON prints a number with sprintf("%1.15g"), reads that back with
 * sscanf and keeps it when it gives v again. For a number of at most six
 * decimals below 10^9 in magnitude (offsets and counts, lat/lon rounded to
 * 6, confidences to 3) it always does: v is the double nearest to k / 10^6,
 * %1.15g prints that decimal exactly (an integer as its digits), and it
 * reads back as v. Such a number is printed once here ("%lld" for an
 * integer) into a raw node (cJSON_CreateRaw); any other (-0, NaN, more
 * decimals, ...) is a cJSON number. NULL when out of memory. */
cJSON *ge_plover_number(double v);

#endif
