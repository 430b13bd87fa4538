/*
 * map_parts.h -- `geoevents map` written from parts (geoevents.h's
 * ge_writer_part: GeoJSON Sequences): a part for each slot of the pipeline,
 * which the processing thread that finishes a batch fills, and the driver
 * serialises, in the pipeline's prepare stage; the writing thread then
 * writes it, in order, and reports what adding each document said as if it
 * had added it itself.
 */
#ifndef GE_CLI_MAP_PARTS_H
#define GE_CLI_MAP_PARTS_H

#include "map_gis.h"
#include "pipeline.h"

typedef struct map_parts {
    ge_writer_part *part[CLI_SLOTS];
    map_prep *prep[CLI_SLOTS]; /* what adding each document of the slot's batch said */
    map_prep sealed[CLI_SLOTS]; /* and sealing the part, then writing it */
} map_parts;

/* Parts for slots 0..nslots-1 when the output w takes them (prep[0] is NULL
 * when it takes none: then ge_writer_add). Returns 0, or 1 (said on stderr,
 * output being its name) when they cannot be made. */
int map_parts_make(map_parts *mp, ge_writer *w, size_t nslots, const char *output);

/* The prepare stage (pipeline.h): adds the batch's documents that processing
 * did not refuse to the slot's part and seals it, GDAL's errors counted per
 * document through this thread's own log (flags: debug, quiet). */
void map_parts_prepare(map_parts *mp, const map_gdal_log *flags, size_t slot, ge_doc *docs,
                       const ge_status *st, size_t n);

void map_parts_free(map_parts *mp);

#endif
