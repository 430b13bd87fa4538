/*
 * map_stats.h -- what `geoevents map` counts (map_stats.c).
 */
#ifndef GE_CLI_MAP_STATS_H
#define GE_CLI_MAP_STATS_H

#include <stddef.h>

#include <geoevents/geoevents.h>

/* Counts by key (16 bytes at most), kept sorted by key. */
typedef struct tally {
    char (*key)[16];
    size_t *n;
    size_t len, cap;
} tally;

typedef struct map_stats {
    size_t articles, mentions, unresolved, events, unlocated, bad, repaired;
    tally by_type, by_country, by_day;
} map_stats;

/* Counts a processed article; with summary also its events by type,
 * country and day. */
void map_count_doc(map_stats *s, const ge_gazetteer *g, const ge_doc *d, int summary);
/* The top entries (all when top is 0) on stderr; days, in date order, the last ones. */
void map_tally_print(const tally *t, const char *title, int by_count, size_t top);
void map_tally_free(tally *t);
/* --summary-json FILE: the counts as one JSON object ("-": stdout); 0 or 1. */
int map_write_summary_json(const map_stats *s, const char *path, const char *output,
                           size_t dropped, double secs);

#endif
