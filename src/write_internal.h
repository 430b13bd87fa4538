/*
 * write_internal.h -- what the files of the write stage share: the layer
 * schemas (write_schema.c), the writer's state, and the functions one file
 * of the stage calls in another: the front (write.c: paths, temporary
 * folder, PLOVER, the HTML map, commit; no GDAL), and the GIS part behind gis.h's
 * wr_gis_ops (write_gis.c): opening OGR outputs (write_open.c) and building
 * features (write_features.c).
 *
 * The GDAL headers are included for the handle types of the writer's state
 * only: the front calls no GDAL function.
 */
#ifndef GE_WRITE_INTERNAL_H
#define GE_WRITE_INTERNAL_H

#include <stdio.h>

#include <gdal.h>
#include <ogr_api.h>
#include <cpl_vsi.h>
#include <ogr_srs_api.h>

#include "gis.h"
#include "internal.h"
#include "plover.h"
#include "style.h"
#include "write_parts.h"

/* ------------------------------------------------------------ the schema */

typedef enum ftype { F_STR, F_INT, F_INT64, F_REAL, F_DATE, F_DATETIME, F_BOOL } ftype;

/* One field: its name, its Shapefile name (10 characters at most; stable and
 * documented in the README), its type, and its Shapefile width (strings). */
typedef struct field_def {
    const char *name;
    const char *shp;
    ftype type;
    int width;
} field_def;

enum {
    EV_EVENT_ID, EV_ARTICLE_ID, EV_TITLE, EV_URL, EV_PUBLISHED, EV_EVENT_DATE, EV_DATE_START,
    EV_DATE_END, EV_DATE_PREC,
    EV_DATE_TEXT, EV_EVENT_TYPE, EV_MODE, EV_QUAD, EV_ACTOR, EV_ACTOR_CODE, EV_ACTOR_SECTOR,
    EV_RECIPIENT, EV_RECIPIENT_CODE, EV_RECIPIENT_SECTOR, EV_PLACE_NAME, EV_PLACE_ID,
    EV_COUNTRY, EV_ADMIN1, EV_PRECISION, EV_GEO_PREC, EV_ACLED_PREC, EV_LOC_REASON,
    EV_SENTENCE, EV_START, EV_END, EV_TRIGGER, EV_TRIGGER_START, EV_TRIGGER_END,
    EV_PLACE_START, EV_PLACE_END, EV_NEGATED, EV_REPORT_MODE, EV_COUNT, EV_COUNT_QUAL,
    EV_FATALITIES, EV_INJURED, EV_CONFIDENCE, EV_MENTIONS, EV_N
};

enum {
    MN_ARTICLE_ID, MN_NAME, MN_START, MN_END, MN_KIND, MN_PLACE_ID, MN_PLACE_NAME,
    MN_FEATURE_CODE, MN_COUNTRY, MN_ADMIN1, MN_POPULATION, MN_PRECISION, MN_SCORE, MN_N
};

enum {
    AR_ARTICLE_ID, AR_TITLE, AR_URL, AR_PUBLISHED, AR_MENTIONS, AR_EVENTS, AR_UNRESOLVED,
    AR_PLACE_NAME, AR_PLACE_ID, AR_COUNTRY, AR_ADMIN1, AR_PRECISION, AR_N
};

enum { L_EVENTS, L_MENTIONS, L_ARTICLES, L_N };

/* A layer: its name, fields and description (write_schema.c). */
typedef struct layer_def {
    const char *name;
    const field_def *fields;
    int nfields;
    const char *description;
} layer_def;

extern const layer_def wr_layer_defs[L_N];

#define MAX_FIELDS 48
#define TXN_BATCH 20000

/* ------------------------------------------------------------ the writer */

typedef enum wkind { W_OGR, W_PLOVER, W_HTML } wkind;

typedef struct out_layer {
    GDALDatasetH ds; /* the dataset holding it (owned when own_ds) */
    int own_ds;
    OGRLayerH lyr;
    const field_def *defs;
    int idx[MAX_FIELDS]; /* OGR field index of each field_def, -1 when absent */
    GIntBig fid;         /* last feature id written */
    int id_idx;          /* GeoJSON: the "id" field written as the feature id, else -1 */
    OGRFeatureDefnH from; /* ge_writer_add_feature: the source schema of map[] */
    int map[MAX_FIELDS + 8]; /* its field i -> our field index, -1 when dropped */
    char last_article[128];  /* and the mention count of the last article seen */
    size_t mention_n;
    OGRFeatureH feat; /* the feature each new one of this layer reuses (write_features.c) */
    /* Of feat's first 64 fields (bit = OGR field index): those whose value
     * is nulled as soon as a feature starts (eager: a date, which a text
     * that does not parse would leave as it was; every field in KML, whose
     * fields are read before the feature is written), and those the
     * feature being filled has set; the others still set from the last
     * feature are nulled just before it is written (write_features.c) */
    uint64_t eager, filled;
} out_layer;

struct ge_writer {
    const ge_gazetteer *g;
    const wr_gis_ops *gis; /* the GIS part (NULL without GDAL: PLOVER only) */
    wkind kind;
    char driver[64];
    GDALDriverH drv;
    int shp;     /* ESRI Shapefile: short names, fixed-width strings */
    int kml;     /* KML: placemark names, time spans, styles (write_kml.c) */
    int tiles;   /* MBTiles / MVT */
    int folder;  /* the output is a folder of one file per layer */
    int multi;   /* all layers in one dataset */
    int set_fid; /* the driver stores our feature ids */
    int json_ids; /* GeoJSON ids come from event_id / article_id (ID_FIELD) */
    int date_ok, datetime_ok, bool_ok;
    unsigned layers;
    int keep_unlocated, overwrite;
    int formula_guard; /* CSV: cells a spreadsheet would run as a formula get a ' */
    int stream;       /* to standard output: no temporary, no sidecars, no style */
    char *final;      /* the output path, no trailing slash */
    char *final_dir;  /* its folder */
    char *tmpdir;     /* private temporary folder next to it */
    char *names[L_N]; /* file name of each layer's output inside tmpdir (single-layer formats) */
    char *main_name;  /* file name of the main dataset inside tmpdir ("" for a folder) */
    GDALDatasetH ds;  /* the main dataset (events, or all layers) */
    out_layer L[L_N];
    OGRSpatialReferenceH wgs84, srs;
    OGRCoordinateTransformationH ct;
    int txn;
    size_t txn_n;
    FILE *jsonl;
    ge_html *html;
    ge_buf scratch;
    ge_plover_nums plover_nums; /* PLOVER lines' numbers (plover.h) */
    const char *lname[L_N]; /* layer names (-nln renames events) */
    char **dsco, **lco;     /* the user's creation options (not owned) */
    int append;             /* add to the existing output */
    GDALProgressFunc progress;
    void *progress_user;
    size_t dropped[L_N]; /* features the target CRS could not hold */
    ge_buf dropped_places; /* their places, each named once: "Name (lon, lat)\n" */
    ge_float_memo fmemo;   /* ge_float_value's answers (write_parts.h) */
    /* Written from parts (write_part.c): each layer's output file, the
     * layers above then being datasets in /vsimem/ (their schema, for the
     * styles), and the part ge_writer_add goes through */
    int raw;
    VSILFILE *raw_out[L_N];
    char *vsidir;
    struct ge_writer_part *self_part;
};

/* A part (geoevents.h): a shadow writer with the owner's settings and its
 * own layers, in datasets of its own in /vsimem/ (write_part.c). */
struct ge_writer_part {
    const wr_gis_ops *gis;
    ge_writer *owner;
    ge_writer w;
    char *dir;          /* its /vsimem/ folder */
    int open;           /* the batch's datasets are open */
    ge_status st;       /* the first failure since the part was last written */
    GByte *bytes[L_N];  /* sealed: each layer's bytes, as the driver wrote them */
    vsi_l_offset len[L_N];
};

/* write.c */
char *wr_path_join(const char *dir, const char *name);        /* dir/name, malloc'd */
char *wr_layer_path(const ge_writer *w, int layer); /* where a layer's file is written */
int wr_exists(const char *path);                               /* stat succeeds */
int wr_is_dir(const char *path);
int wr_ends_with_slash(const char *path);
int wr_single_layer(const char *driver); /* one layer per file: the others beside it */
const char *wr_extension(const char *path);                   /* after the last dot, or "" */
/* Refuses to replace existing outputs unless --overwrite or -append. */
ge_status wr_check_targets(const ge_writer *w, char *err, size_t errlen);
void wr_free(ge_writer *w);
/* Closes every dataset and stream; returns 0 when all closed cleanly. */
int wr_close_all(ge_writer *w);

/* write_open.c: the GIS side of opening */
ge_status wr_choose_driver(ge_writer *w, const char *d, const char *path, char *err,
                           size_t errlen);
ge_status wr_setup_srs(ge_writer *w, const char *t_srs, char *err, size_t errlen);
ge_status wr_open_ogr(ge_writer *w, char *err, size_t errlen);
ge_status wr_copy_existing(ge_writer *w, char *err, size_t errlen);

/* write_features.c: a document's features (OGR); a feature of another
 * output (merge, -append) */
ge_status wr_add_gis(ge_writer *w, const ge_doc *doc);
ge_status wr_add_feature(ge_writer *w, unsigned layer, void *feature);
void wr_free_features(ge_writer *w); /* the reused features, before the datasets close */

/* write_part.c: parts (geoevents.h's ge_writer_part_*); ge_writer_add and
 * ge_writer_add_feature of a writer written from parts */
ge_status wr_part_new(ge_writer *w, ge_writer_part **out);
ge_status wr_part_add(ge_writer_part *p, const ge_doc *doc);
ge_status wr_part_seal(ge_writer_part *p);
size_t wr_part_dropped(const ge_writer_part *p);
ge_status wr_add_part(ge_writer *w, ge_writer_part *p);
void wr_part_free(ge_writer_part *p);
ge_status wr_raw_add(ge_writer *w, const ge_doc *doc);
ge_status wr_raw_add_feature(ge_writer *w, unsigned layer, void *feature);
int wr_raw_close(ge_writer *w); /* the output files and the /vsimem/ folder */

/* write_gis.c: the table of gis.h; closing the datasets layers own */
int wr_close_own_layers(ge_writer *w);
extern const wr_gis_ops wr_gis;

#endif
