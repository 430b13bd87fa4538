/*
 * map_parts.c -- `geoevents map` written from parts (see map_parts.h).
 */
#include <stdlib.h>
#include <string.h>

#include "map_parts.h"

int map_parts_make(map_parts *mp, ge_writer *w, size_t nslots, const char *output)
{
    memset(mp, 0, sizeof *mp);
    for (size_t k = 0; k < nslots && k < CLI_SLOTS; k++) {
        ge_status st = ge_writer_part_new(w, &mp->part[k]);
        if (st == GE_OK && mp->part[k] && !(mp->prep[k] = calloc(CLI_BATCH, sizeof(map_prep))))
            st = GE_ERR_NOMEM;
        if (st != GE_OK) {
            cli_error("%s: %s", output, ge_strerror(st));
            return 1;
        }
        if (!mp->part[k])
            break;
    }
    return 0;
}

void map_parts_prepare(map_parts *mp, const map_gdal_log *flags, size_t slot, ge_doc *docs,
                       const ge_status *sts, size_t n)
{
    ge_writer_part *part = mp->part[slot];
    map_prep *prep = mp->prep[slot];
    map_gdal_log log = *flags; /* this thread's own */
    map_gdal_mark(&log);
#ifndef GE_CLI_CORE
    map_gdal_begin(&log);
#endif
    ge_status st = GE_OK;
    for (size_t i = 0; i < n; i++) {
        map_gdal_mark(&log);
        prep[i].dropped = 0;
        if (sts[i] != GE_OK || st != GE_OK) { /* refused, or after a failure: not added */
            map_prep_note(&prep[i], GE_OK, &log);
            continue;
        }
        size_t dropped = ge_writer_part_dropped(part);
        st = ge_writer_part_add(part, &docs[i]);
        map_prep_note(&prep[i], st, &log);
        prep[i].dropped = ge_writer_part_dropped(part) != dropped;
    }
    map_gdal_mark(&log);
    map_prep_note(&mp->sealed[slot], ge_writer_part_seal(part), &log);
#ifndef GE_CLI_CORE
    map_gdal_end();
#endif
}

void map_parts_free(map_parts *mp)
{
    for (size_t k = 0; k < CLI_SLOTS; k++) {
        ge_writer_part_free(mp->part[k]);
        free(mp->prep[k]);
        mp->part[k] = NULL;
        mp->prep[k] = NULL;
    }
}
