/*
 * write.c -- the write stage: documents -> the events, mentions and articles
 * layers through OGR (any vector driver GDAL writes), PLOVER JSON Lines, or
 * the HTML map. Everything is written into a private temporary folder next
 * to the output and moved into place by ge_writer_commit only.
 */
#include <dirent.h>
#include <ctype.h>
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cpl_conv.h>
#include <cpl_error.h>
#include <cpl_string.h>
#include <cpl_vsi.h>
#include <gdal.h>
#include <ogr_api.h>
#include <ogr_srs_api.h>

#include "dates.h"
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

static const field_def ev_fields[EV_N] = {
    [EV_EVENT_ID] = {"event_id", "event_id", F_STR, 100},
    [EV_ARTICLE_ID] = {"article_id", "article_id", F_STR, 80},
    [EV_TITLE] = {"title", "title", F_STR, 254},
    [EV_URL] = {"url", "url", F_STR, 254},
    [EV_PUBLISHED] = {"published", "published", F_DATETIME, 0},
    [EV_EVENT_DATE] = {"event_date", "event_date", F_DATE, 0},
    [EV_DATE_START] = {"event_date_start", "date_start", F_DATE, 0},
    [EV_DATE_END] = {"event_date_end", "date_end", F_DATE, 0},
    [EV_DATE_PREC] = {"date_precision", "date_prec", F_STR, 8},
    [EV_DATE_TEXT] = {"date_text", "date_text", F_STR, 80},
    [EV_EVENT_TYPE] = {"event_type", "event_type", F_STR, 12},
    [EV_MODE] = {"mode", "mode", F_STR, 24},
    [EV_QUAD] = {"quad_code", "quad_code", F_INT, 0},
    [EV_ACTOR] = {"actor", "actor", F_STR, 120},
    [EV_ACTOR_CODE] = {"actor_code", "actor_code", F_STR, 3},
    [EV_ACTOR_SECTOR] = {"actor_sector", "actor_sect", F_STR, 3},
    [EV_RECIPIENT] = {"recipient", "recipient", F_STR, 120},
    [EV_RECIPIENT_CODE] = {"recipient_code", "recip_code", F_STR, 3},
    [EV_RECIPIENT_SECTOR] = {"recipient_sector", "recip_sect", F_STR, 3},
    [EV_PLACE_NAME] = {"place_name", "place_name", F_STR, 120},
    [EV_PLACE_ID] = {"place_id", "place_id", F_INT, 0},
    [EV_COUNTRY] = {"country_code", "cntry_code", F_STR, 2},
    [EV_ADMIN1] = {"admin1", "admin1", F_STR, 80},
    [EV_PRECISION] = {"precision", "precision", F_STR, 10},
    [EV_GEO_PREC] = {"geo_precision", "geo_prec", F_INT, 0},
    [EV_ACLED_PREC] = {"acled_geo_precision", "acled_prec", F_INT, 0},
    [EV_LOC_REASON] = {"location_reason", "loc_reason", F_STR, 24},
    [EV_SENTENCE] = {"sentence", "sentence", F_STR, 254},
    [EV_START] = {"start", "start", F_INT, 0},
    [EV_END] = {"end", "end", F_INT, 0},
    [EV_TRIGGER] = {"trigger", "trigger", F_STR, 60},
    [EV_TRIGGER_START] = {"trigger_start", "trig_start", F_INT, 0},
    [EV_TRIGGER_END] = {"trigger_end", "trig_end", F_INT, 0},
    [EV_PLACE_START] = {"place_start", "plc_start", F_INT, 0},
    [EV_PLACE_END] = {"place_end", "plc_end", F_INT, 0},
    [EV_NEGATED] = {"negated", "negated", F_BOOL, 0},
    [EV_REPORT_MODE] = {"mode_of_report", "report_mod", F_STR, 12},
    [EV_COUNT] = {"count", "count", F_INT, 0},
    [EV_COUNT_QUAL] = {"count_qualifier", "count_qual", F_STR, 16},
    [EV_FATALITIES] = {"fatalities", "fatalities", F_INT, 0},
    [EV_INJURED] = {"injured", "injured", F_INT, 0},
    [EV_CONFIDENCE] = {"confidence", "confidence", F_REAL, 0},
    [EV_MENTIONS] = {"mentions", "mentions", F_INT, 0},
};

enum {
    MN_ARTICLE_ID, MN_NAME, MN_START, MN_END, MN_KIND, MN_PLACE_ID, MN_PLACE_NAME,
    MN_FEATURE_CODE, MN_COUNTRY, MN_ADMIN1, MN_POPULATION, MN_PRECISION, MN_SCORE, MN_N
};

static const field_def mn_fields[MN_N] = {
    [MN_ARTICLE_ID] = {"article_id", "article_id", F_STR, 80},
    [MN_NAME] = {"name", "name", F_STR, 120},
    [MN_START] = {"start", "start", F_INT, 0},
    [MN_END] = {"end", "end", F_INT, 0},
    [MN_KIND] = {"kind", "kind", F_STR, 8},
    [MN_PLACE_ID] = {"place_id", "place_id", F_INT, 0},
    [MN_PLACE_NAME] = {"place_name", "place_name", F_STR, 120},
    [MN_FEATURE_CODE] = {"feature_code", "feat_code", F_STR, 8},
    [MN_COUNTRY] = {"country_code", "cntry_code", F_STR, 2},
    [MN_ADMIN1] = {"admin1", "admin1", F_STR, 80},
    [MN_POPULATION] = {"population", "population", F_INT64, 0},
    [MN_PRECISION] = {"precision", "precision", F_STR, 10},
    [MN_SCORE] = {"score", "score", F_REAL, 0},
};

enum {
    AR_ARTICLE_ID, AR_TITLE, AR_URL, AR_PUBLISHED, AR_MENTIONS, AR_EVENTS, AR_UNRESOLVED,
    AR_PLACE_NAME, AR_PLACE_ID, AR_COUNTRY, AR_ADMIN1, AR_PRECISION, AR_N
};

static const field_def ar_fields[AR_N] = {
    [AR_ARTICLE_ID] = {"article_id", "article_id", F_STR, 80},
    [AR_TITLE] = {"title", "title", F_STR, 254},
    [AR_URL] = {"url", "url", F_STR, 254},
    [AR_PUBLISHED] = {"published", "published", F_DATETIME, 0},
    [AR_MENTIONS] = {"mentions", "mentions", F_INT, 0},
    [AR_EVENTS] = {"events", "events", F_INT, 0},
    [AR_UNRESOLVED] = {"unresolved", "unresolved", F_INT, 0},
    [AR_PLACE_NAME] = {"place_name", "place_name", F_STR, 120},
    [AR_PLACE_ID] = {"place_id", "place_id", F_INT, 0},
    [AR_COUNTRY] = {"country_code", "cntry_code", F_STR, 2},
    [AR_ADMIN1] = {"admin1", "admin1", F_STR, 80},
    [AR_PRECISION] = {"precision", "precision", F_STR, 10},
};

enum { L_EVENTS, L_MENTIONS, L_ARTICLES, L_N };

static const struct {
    const char *name;
    const field_def *fields;
    int nfields;
    const char *description;
} layer_defs[L_N] = {
    {"events", ev_fields, EV_N, "geoevents: one point per event record"},
    {"mentions", mn_fields, MN_N, "geoevents: one point per resolved place mention"},
    {"articles", ar_fields, AR_N, "geoevents: one point per article, at its main place"},
};

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
} out_layer;

struct ge_writer {
    const ge_gazetteer *g;
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
    const char *lname[L_N]; /* layer names (-nln renames events) */
    char **dsco, **lco;     /* the user's creation options (not owned) */
    int append;             /* add to the existing output */
    GDALProgressFunc progress;
    void *progress_user;
    size_t dropped[L_N]; /* features the target CRS could not hold */
    ge_buf dropped_places; /* their places, each named once: "Name (lon, lat)\n" */
};

static char *path_join(const char *dir, const char *name)
{
    size_t n = strlen(dir) + strlen(name) + 2;
    char *p = malloc(n);
    if (p)
        snprintf(p, n, "%s/%s", dir, name);
    return p;
}

static int exists(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0;
}

static int is_dir(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

static const char *extension(const char *path)
{
    const char *slash = strrchr(path, '/');
    const char *base = slash ? slash + 1 : path;
    const char *dot = strrchr(base, '.');
    return dot && dot != base ? dot + 1 : "";
}

static int ends_with_slash(const char *path)
{
    size_t n = strlen(path);
    return n > 0 && path[n - 1] == '/';
}

/* "-" and GDAL's "/vsistdout/" name standard output. */
static int is_stdout_path(const char *path)
{
    return !strcmp(path, "-") || !strncmp(path, "/vsistdout", 10);
}

/* Drivers that write strictly in sequence, so can stream to standard output. */
static int driver_can_stream(const char *d)
{
    return !strcasecmp(d, "GeoJSONSeq") || !strcasecmp(d, "GeoJSON") || !strcasecmp(d, "CSV") ||
           !strcasecmp(d, "PLOVER") || !strcasecmp(d, "JSONL");
}

const char *ge_driver_for_path(const char *path)
{
    static const struct {
        const char *ext, *driver;
    } map[] = {
        {"geojson", "GeoJSON"},    {"json", "GeoJSON"},        {"geojsonl", "GeoJSONSeq"},
        {"geojsons", "GeoJSONSeq"}, {"shp", "ESRI Shapefile"}, {"gpkg", "GPKG"},
        {"fgb", "FlatGeobuf"},     {"csv", "CSV"},             {"kml", "LIBKML"},
        {"mbtiles", "MBTiles"},    {"sqlite", "SQLite"},       {"html", "HTML"},
        {"htm", "HTML"},           {"jsonl", "PLOVER"},        {"ndjson", "PLOVER"},
        {"gpx", "GPX"},
    };
    if (!path || !*path)
        return NULL;
    if (ends_with_slash(path) || is_dir(path))
        return "ESRI Shapefile";
    const char *ext = extension(path);
    if (!*ext)
        return "ESRI Shapefile"; /* a new folder, as ogr2ogr does */
    for (size_t i = 0; i < sizeof map / sizeof *map; i++)
        if (!strcasecmp(ext, map[i].ext))
            return map[i].driver;
    return NULL;
}

/* Single-layer formats hold one layer per file: the events layer at the path
 * given, the others beside it. */
static int driver_is_single_layer(const char *d)
{
    static const char *const single[] = {"GeoJSON", "GeoJSONSeq", "FlatGeobuf", "CSV", "KML",
                                         "LIBKML", "GML", "GPX", "MapInfo File", "DXF"};
    for (size_t i = 0; i < sizeof single / sizeof *single; i++)
        if (!strcasecmp(d, single[i]))
            return 1;
    return 0;
}

/* "NAME.EXT" -> "NAME.mentions.EXT" (or "NAME.mentions" with no extension). */
static char *sidecar_name(const char *base, const char *layer)
{
    const char *ext = extension(base);
    size_t stem = *ext ? (size_t)(ext - 1 - base) : strlen(base);
    size_t n = strlen(base) + strlen(layer) + 3;
    char *p = malloc(n);
    if (!p)
        return NULL;
    if (*ext)
        snprintf(p, n, "%.*s.%s.%s", (int)stem, base, layer, ext);
    else
        snprintf(p, n, "%s.%s", base, layer);
    return p;
}

static int option_listed(const char *list, const char *key)
{
    char pat[96];
    snprintf(pat, sizeof pat, "name='%s'", key);
    return list && strstr(list, pat) != NULL;
}

/* Adds KEY=VALUE when the driver knows the option (no warnings otherwise). */
static char **add_option(char **opts, GDALDriverH drv, int dataset_level, const char *key,
                         const char *value)
{
    const char *list = GDALGetMetadataItem(
        drv, dataset_level ? GDAL_DMD_CREATIONOPTIONLIST : GDAL_DS_LAYER_CREATIONOPTIONLIST, NULL);
    if (!option_listed(list, key))
        return opts;
    return CSLSetNameValue(opts, key, value);
}

static int word_listed(const char *list, const char *word)
{
    size_t n = strlen(word);
    for (const char *p = list; p && (p = strstr(p, word)); p += n)
        if ((p == list || p[-1] == ' ') && (p[n] == '\0' || p[n] == ' '))
            return 1;
    return 0;
}

/* File names inside the temporary folder: the main dataset, and for
 * single-layer formats one file per layer. */
static ge_status layer_names(ge_writer *w)
{
    const char *slash = strrchr(w->final, '/');
    const char *base = slash ? slash + 1 : w->final;
    w->main_name = ge_strdup(w->folder ? "" : base);
    if (!w->main_name)
        return GE_ERR_NOMEM;
    if (w->multi || w->folder)
        return GE_OK;
    for (int i = 0; i < L_N; i++) {
        int first = (w->layers & ((1u << i) - 1)) == 0; /* the first layer asked for */
        w->names[i] = first ? ge_strdup(base) : sidecar_name(base, layer_defs[i].name);
        if (!w->names[i])
            return GE_ERR_NOMEM;
    }
    return GE_OK;
}

/* The final paths this output will occupy; refuses existing ones unless
 * overwriting. */
static ge_status check_targets(const ge_writer *w, char *err, size_t errlen)
{
    if (w->overwrite || w->append)
        return GE_OK;
    if (w->kind == W_OGR && w->folder) {
        if (exists(w->final) && !is_dir(w->final)) {
            ge_seterr(err, errlen, "%s exists and is not a folder", w->final);
            return GE_ERR_EXISTS;
        }
        for (int i = 0; i < L_N; i++) {
            if (!(w->layers & (1u << i)))
                continue;
            char name[32];
            snprintf(name, sizeof name, "%.24s.shp", w->lname[i]);
            char *p = path_join(w->final, name);
            int e = p && exists(p);
            if (e)
                ge_seterr(err, errlen, "%s exists (use --overwrite to replace it)", p);
            free(p);
            if (e)
                return GE_ERR_EXISTS;
        }
        return GE_OK;
    }
    for (int i = 0; i < L_N; i++) {
        const char *name = w->names[i];
        if (!name) {
            if (i != L_EVENTS)
                continue;
            name = w->main_name;
        } else if (!(w->layers & (1u << i))) {
            continue;
        }
        char *p = path_join(w->final_dir, name);
        int e = p && exists(p);
        if (e)
            ge_seterr(err, errlen, "%s exists (use --overwrite to replace it)", p);
        free(p);
        if (e)
            return GE_ERR_EXISTS;
    }
    return GE_OK;
}

/* Creates the private temporary folder ".NAME.tmp-PID-N" (mode 0700)
 * beside the output, after removing those of runs that died. */
static ge_status make_tmpdir(ge_writer *w, char *err, size_t errlen)
{
    const char *slash = strrchr(w->final, '/');
    const char *base = slash ? slash + 1 : w->final;
    if (!is_dir(w->final_dir)) {
        ge_seterr(err, errlen, "%s: no such folder", w->final_dir);
        return GE_ERR_IO;
    }
    char first[1024] = "";
    size_t stale = ge_remove_stale(w->final_dir, base, first, sizeof first);
    if (stale)
        CPLError(CE_Warning, CPLE_AppDefined,
                 "removed %zu temporary folder(s) of runs that did not finish (%s)", stale,
                 first);
    size_t n = strlen(w->final_dir) + strlen(base) + 64;
    w->tmpdir = malloc(n);
    if (!w->tmpdir)
        return GE_ERR_NOMEM;
    for (unsigned k = 0; k < 1000; k++) {
        snprintf(w->tmpdir, n, "%s/.%s.tmp-%ld-%u", w->final_dir, base, (long)getpid(), k);
        if (mkdir(w->tmpdir, 0700) == 0)
            return GE_OK;
        if (errno != EEXIST)
            break;
    }
    ge_seterr(err, errlen, "%s: cannot create a temporary folder: %s", w->final_dir,
              strerror(errno));
    free(w->tmpdir);
    w->tmpdir = NULL;
    return GE_ERR_IO;
}

static ge_status setup_srs(ge_writer *w, const char *t_srs, char *err, size_t errlen)
{
    w->wgs84 = OSRNewSpatialReference(NULL);
    if (!w->wgs84 || OSRImportFromEPSG(w->wgs84, 4326) != OGRERR_NONE) {
        ge_seterr(err, errlen, "cannot set up EPSG:4326 (is proj.db installed?)");
        return GE_ERR_PROJ;
    }
    OSRSetAxisMappingStrategy(w->wgs84, OAMS_TRADITIONAL_GIS_ORDER);
    if (!t_srs || !*t_srs) {
        w->srs = OSRClone(w->wgs84);
        return w->srs ? GE_OK : GE_ERR_NOMEM;
    }
    w->srs = OSRNewSpatialReference(NULL);
    if (!w->srs || OSRSetFromUserInput(w->srs, t_srs) != OGRERR_NONE) {
        ge_seterr(err, errlen, "-t_srs %s: not a CRS PROJ knows", t_srs);
        return GE_ERR_PROJ;
    }
    OSRSetAxisMappingStrategy(w->srs, OAMS_TRADITIONAL_GIS_ORDER);
    if (OSRIsSame(w->srs, w->wgs84))
        return GE_OK;
    w->ct = OCTNewCoordinateTransformation(w->wgs84, w->srs);
    if (!w->ct) {
        ge_seterr(err, errlen, "-t_srs %s: no transformation from EPSG:4326", t_srs);
        return GE_ERR_PROJ;
    }
    return GE_OK;
}

/* The user's -dsco/-lco NAME=VALUE options, over ours. */
static char **user_options(char **o, char **user)
{
    for (int i = 0; user && user[i]; i++) {
        char *key = NULL;
        const char *value = CPLParseNameValue(user[i], &key);
        if (key && value)
            o = CSLSetNameValue(o, key, value);
        CPLFree(key);
    }
    return o;
}

static char **dataset_options(const ge_writer *w)
{
    char **o = NULL;
    if (!strcasecmp(w->driver, "MBTiles") || !strcasecmp(w->driver, "MVT")) {
        o = add_option(o, w->drv, 1, "NAME", "geoevents");
        o = add_option(o, w->drv, 1, "DESCRIPTION", "Events and places mapped from news text");
        o = add_option(o, w->drv, 1, "MINZOOM", "0");
        o = add_option(o, w->drv, 1, "MAXZOOM", "8");
        /* No copies of a point in the neighbouring tiles' buffers: each event
         * is one feature per zoom level. */
        o = add_option(o, w->drv, 1, "BUFFER", "0");
        /* Mentions from zoom 5, articles from zoom 3: at world scale they
         * are one blob, and each zoom level costs GDAL's tiler a pass over
         * every feature (1,000 articles: 17 s -> 7 s). */
        o = add_option(o, w->drv, 1, "CONF",
                       "{\"mentions\": {\"minzoom\": 5}, \"articles\": {\"minzoom\": 3}}");
    } else if (!strcasecmp(w->driver, "GPX")) {
        o = add_option(o, w->drv, 1, "GPX_USE_EXTENSIONS", "YES"); /* our fields */
    }
    return user_options(o, w->dsco);
}

static char **layer_options(const ge_writer *w, int layer)
{
    char **o = NULL;
    GDALDriverH d = w->drv;
    const char *dn = w->driver;
    if (!strcasecmp(dn, "GeoJSON") || !strcasecmp(dn, "GeoJSONSeq")) {
        if (!w->ct && !strcasecmp(dn, "GeoJSON"))
            o = add_option(o, d, 0, "RFC7946", "YES");
        o = add_option(o, d, 0, "COORDINATE_PRECISION", "6");
        /* The feature id is the extra "id" field (see json_id): made from the
         * article id, so stable and unique across shards, never a counter. */
        o = add_option(o, d, 0, "ID_FIELD", "id");
    } else if (w->shp) {
        o = add_option(o, d, 0, "ENCODING", "UTF-8");
    } else if (!strcasecmp(dn, "CSV")) {
        o = add_option(o, d, 0, "GEOMETRY", "AS_XY");
        o = add_option(o, d, 0, "STRING_QUOTING", "IF_NEEDED");
        o = add_option(o, d, 0, "CREATE_CSVT", w->stream ? "NO" : "YES");
    } else if (!strcasecmp(dn, "GPKG")) {
        o = add_option(o, d, 0, "DESCRIPTION", layer_defs[layer].description);
    } else if (!strcasecmp(dn, "MBTiles") || !strcasecmp(dn, "MVT")) {
        o = add_option(o, d, 0, "DESCRIPTION", layer_defs[layer].description);
    }
    return user_options(o, w->lco);
}

static OGRFieldType ogr_type(const ge_writer *w, ftype t)
{
    switch (t) {
    case F_STR: return OFTString;
    case F_INT: return OFTInteger;
    case F_INT64: return OFTInteger64;
    case F_REAL: return OFTReal;
    case F_BOOL: return OFTInteger;
    case F_DATE: return w->date_ok ? OFTDate : OFTString;
    case F_DATETIME:
        return w->datetime_ok ? OFTDateTime : w->date_ok ? OFTDate : OFTString;
    }
    return OFTString;
}

static ge_status create_layer(ge_writer *w, GDALDatasetH ds, int layer, char *err, size_t errlen)
{
    out_layer *L = &w->L[layer];
    L->lyr = w->append ? GDALDatasetGetLayerByName(ds, w->lname[layer]) : NULL;
    if (w->append && !L->lyr && !w->multi && !w->folder && GDALDatasetGetLayerCount(ds) == 1)
        L->lyr = GDALDatasetGetLayer(ds, 0); /* a CSV layer is named after its file */
    if (L->lyr) { /* -append: ids continue after the last one */
        L->fid = ge_append_max_fid(L->lyr);
    } else {
        char **opts = layer_options(w, layer);
        L->lyr = GDALDatasetCreateLayer(ds, w->lname[layer], w->srs, wkbPoint, opts);
        CSLDestroy(opts);
    }
    if (!L->lyr) {
        ge_seterr(err, errlen, "cannot create layer %s: %s", w->lname[layer],
                  CPLGetLastErrorMsg());
        return GE_ERR_OGR;
    }
    const field_def *f = layer_defs[layer].fields;
    L->defs = f;
    for (int i = 0; i < layer_defs[layer].nfields; i++) {
        const char *name = w->shp ? f[i].shp : w->kml ? ge_kml_field_name(f[i].name, layer)
                                                      : f[i].name;
        if (OGR_FD_GetFieldIndex(OGR_L_GetLayerDefn(L->lyr), name) >= 0)
            continue; /* appending to a layer that has it */
        OGRFieldDefnH fd = OGR_Fld_Create(name, ogr_type(w, f[i].type));
        if (f[i].type == F_BOOL && w->bool_ok)
            OGR_Fld_SetSubType(fd, OFSTBoolean);
        if (w->shp && f[i].type == F_STR)
            OGR_Fld_SetWidth(fd, f[i].width ? f[i].width : 80);
        OGRErr e = OGR_L_CreateField(L->lyr, fd, TRUE);
        OGR_Fld_Destroy(fd);
        if (e != OGRERR_NONE) {
            ge_seterr(err, errlen, "cannot create field %s.%s: %s", w->lname[layer], name,
                      CPLGetLastErrorMsg());
            return GE_ERR_OGR;
        }
    }
    L->id_idx = -1;
    if (w->json_ids) {
        OGRFieldDefnH fd = OGR_Fld_Create("id", OFTString);
        OGRErr e = OGR_L_CreateField(L->lyr, fd, TRUE);
        OGR_Fld_Destroy(fd);
        if (e != OGRERR_NONE) {
            ge_seterr(err, errlen, "cannot create field %s.id: %s", layer_defs[layer].name,
                      CPLGetLastErrorMsg());
            return GE_ERR_OGR;
        }
    }
    OGRFeatureDefnH defn = OGR_L_GetLayerDefn(L->lyr);
    for (int i = 0; i < layer_defs[layer].nfields; i++)
        L->idx[i] = OGR_FD_GetFieldIndex(
            defn, w->shp ? f[i].shp : w->kml ? ge_kml_field_name(f[i].name, layer) : f[i].name);
    if (w->json_ids)
        L->id_idx = OGR_FD_GetFieldIndex(defn, "id");
    if (w->kml && ge_kml_add_fields(L->lyr) != 0) {
        ge_seterr(err, errlen, "cannot create the KML fields of %s: %s", w->lname[layer],
                  CPLGetLastErrorMsg());
        return GE_ERR_OGR;
    }
    return GE_OK;
}

static GDALDatasetH create_dataset(ge_writer *w, const char *path, char *err, size_t errlen)
{
    if (w->append) { /* the existing output, copied beside: it is updated there */
        const char *name = w->folder ? "" : CPLGetFilename(path);
        char *final = *name ? path_join(w->final_dir, name) : ge_strdup(w->final);
        GDALDatasetH ds = NULL;
        if (final && exists(final))
            ds = ge_append_open(w->drv, final, w->tmpdir, path, err, errlen);
        int tried = final && exists(final);
        free(final);
        if (tried)
            return ds;
    }
    char **opts = dataset_options(w);
    CPLErrorReset();
    GDALDatasetH ds = GDALCreate(w->drv, path, 0, 0, 0, GDT_Unknown, opts);
    CSLDestroy(opts);
    if (!ds)
        ge_seterr(err, errlen, "%s: cannot create %s output: %s", w->final, w->driver,
                  CPLGetLastErrorMsg());
    else if (w->kml)
        ge_kml_setup(ds); /* one style per quad class */
    return ds;
}

static ge_status open_ogr(ge_writer *w, char *err, size_t errlen)
{
    ge_status st;
    if (w->multi || w->folder) {
        char *p = w->folder ? ge_strdup(w->tmpdir) : path_join(w->tmpdir, w->main_name);
        if (!p)
            return GE_ERR_NOMEM;
        w->ds = create_dataset(w, p, err, errlen);
        free(p);
        if (!w->ds)
            return GE_ERR_OGR;
        for (int i = 0; i < L_N; i++) {
            if (!(w->layers & (1u << i)))
                continue;
            w->L[i].ds = w->ds;
            if ((st = create_layer(w, w->ds, i, err, errlen)) != GE_OK)
                return st;
        }
    } else {
        for (int i = 0; i < L_N; i++) {
            if (!(w->layers & (1u << i)))
                continue;
            char *p = w->stream ? ge_strdup("/vsistdout/") : path_join(w->tmpdir, w->names[i]);
            if (!p)
                return GE_ERR_NOMEM;
            GDALDatasetH ds = create_dataset(w, p, err, errlen);
            free(p);
            if (!ds)
                return GE_ERR_OGR;
            w->L[i].ds = ds;
            w->L[i].own_ds = 1;
            if (!w->ds)
                w->ds = ds; /* the dataset at the path given */
            if ((st = create_layer(w, ds, i, err, errlen)) != GE_OK)
                return st;
        }
    }
    if (w->ds && GDALDatasetTestCapability(w->ds, ODsCTransactions) &&
        GDALDatasetStartTransaction(w->ds, FALSE) == OGRERR_NONE)
        w->txn = 1;
    return GE_OK;
}

static void driver_caps(ge_writer *w)
{
    const char *types = GDALGetMetadataItem(w->drv, GDAL_DMD_CREATIONFIELDDATATYPES, NULL);
    const char *subtypes = GDALGetMetadataItem(w->drv, GDAL_DMD_CREATIONFIELDDATASUBTYPES, NULL);
    w->date_ok = word_listed(types, "Date");
    w->datetime_ok = word_listed(types, "DateTime");
    w->bool_ok = word_listed(subtypes, "Boolean");
    if (!strcasecmp(w->driver, "CSV"))
        w->date_ok = w->datetime_ok = 0; /* ISO 8601 text rather than 2023/11/05 */
    w->json_ids = !strcasecmp(w->driver, "GeoJSON") || !strcasecmp(w->driver, "GeoJSONSeq");
    w->set_fid = !strcasecmp(w->driver, "GPKG") || !strcasecmp(w->driver, "SQLite");
}

/* Chooses the driver and the output's shape (file, folder, sidecars). */
static ge_status choose_driver(ge_writer *w, const char *path, const ge_write_options *opt,
                               char *err, size_t errlen)
{
    const char *d = opt && opt->driver && *opt->driver ? opt->driver
                    : w->stream                           ? "GeoJSONSeq"
                                                          : ge_driver_for_path(path);
    if (d && w->stream && !driver_can_stream(d)) {
        ge_seterr(err, errlen,
                  "%s: the %s format cannot be written to standard output (it needs a file it "
                  "can seek in); stream GeoJSONSeq, GeoJSON, CSV or PLOVER, or write files "
                  "and combine them with 'geoevents merge'",
                  path, d);
        return GE_ERR_ARG;
    }
    if (!d) {
        ge_seterr(err, errlen,
                  "%s: cannot tell the output format from the extension (use -f DRIVER)", path);
        return GE_ERR_ARG;
    }
    if (!strcasecmp(d, "PLOVER") || !strcasecmp(d, "JSONL")) {
        w->kind = W_PLOVER;
        ge_copy(w->driver, sizeof w->driver, "PLOVER");
        return GE_OK;
    }
    if (!strcasecmp(d, "HTML")) {
        w->kind = W_HTML;
        ge_copy(w->driver, sizeof w->driver, "HTML");
        return GE_OK;
    }
    GDALAllRegister();
    w->drv = GDALGetDriverByName(d);
    if (!w->drv && !strcasecmp(d, "LIBKML"))
        w->drv = GDALGetDriverByName("KML"); /* a GDAL built without libkml */
    if (!w->drv || !GDALGetMetadataItem(w->drv, GDAL_DCAP_VECTOR, NULL) ||
        !GDALGetMetadataItem(w->drv, GDAL_DCAP_CREATE, NULL)) {
        ge_seterr(err, errlen, "%s: not an OGR driver that can write vector data", d);
        return GE_ERR_ARG;
    }
    ge_copy(w->driver, sizeof w->driver, GDALGetDriverShortName(w->drv));
    w->kind = W_OGR;
    w->shp = !strcasecmp(w->driver, "ESRI Shapefile");
    w->kml = !strcasecmp(w->driver, "LIBKML") || !strcasecmp(w->driver, "KML");
    w->tiles = !strcasecmp(w->driver, "MBTiles") || !strcasecmp(w->driver, "MVT");
    w->folder = w->shp && (ends_with_slash(path) || is_dir(path) || !*extension(path) ||
                           strcasecmp(extension(path), "shp") != 0);
    w->multi = !w->folder && !w->shp && !driver_is_single_layer(w->driver);
    driver_caps(w);
    return GE_OK;
}

static void writer_free(ge_writer *w)
{
    if (!w)
        return;
    for (int i = 0; i < L_N; i++)
        free(w->names[i]);
    free(w->main_name);
    free(w->final);
    free(w->final_dir);
    free(w->tmpdir);
    if (w->ct)
        OCTDestroyCoordinateTransformation(w->ct);
    if (w->srs)
        OSRDestroySpatialReference(w->srs);
    if (w->wgs84)
        OSRDestroySpatialReference(w->wgs84);
    ge_buf_free(&w->scratch);
    ge_buf_free(&w->dropped_places);
    free(w);
}

/* Closes every dataset and stream; returns 0 when all closed cleanly. */
static int close_all(ge_writer *w)
{
    int bad = 0;
    if (w->txn && w->ds) {
        if (GDALDatasetCommitTransaction(w->ds) != OGRERR_NONE)
            bad = 1;
        w->txn = 0;
    }
    int shared = w->ds != NULL; /* w->ds is not one layer's own dataset */
    for (int i = 0; i < L_N; i++)
        if (w->L[i].own_ds && w->L[i].ds == w->ds)
            shared = 0;
    for (int i = 0; i < L_N; i++) {
        if (w->L[i].own_ds && w->L[i].ds) {
            CPLErrorReset();
            GDALClose(w->L[i].ds);
            bad |= CPLGetLastErrorType() == CE_Failure;
        }
        w->L[i].ds = NULL;
    }
    if (shared) {
        if (w->tiles && w->progress) /* the tiler runs in the close: say so */
            w->progress(0.99, "building vector tiles", w->progress_user);
        CPLErrorReset();
        GDALClose(w->ds);
        bad |= CPLGetLastErrorType() == CE_Failure;
    }
    w->ds = NULL;
    if (w->jsonl) {
        bad |= (w->stream ? fflush(w->jsonl) : fclose(w->jsonl)) != 0;
        w->jsonl = NULL;
    }
    return bad;
}

void ge_writer_abort(ge_writer *w)
{
    if (!w)
        return;
    if (w->html)
        ge_html_close(w->html, NULL, 0);
    w->html = NULL;
    close_all(w);
    if (w->tmpdir)
        ge_remove_tree(w->tmpdir); /* links in it are removed, never followed */
    writer_free(w);
}

/* The final path (no trailing slashes), its folder, and the layers to write. */
static ge_status plan_output(ge_writer *w, const char *path, const ge_write_options *opt)
{
    size_t n = strlen(path);
    while (n > 1 && path[n - 1] == '/')
        n--;
    w->final = ge_strndup(path, n);
    if (!w->final)
        return GE_ERR_NOMEM;
    const char *slash = strrchr(w->final, '/');
    w->final_dir = !slash ? ge_strdup(".")
                          : ge_strndup(w->final, slash == w->final ? 1 : (size_t)(slash - w->final));
    if (!w->final_dir)
        return GE_ERR_NOMEM;
    unsigned all = GE_LAYER_EVENTS | GE_LAYER_MENTIONS | GE_LAYER_ARTICLES;
    unsigned want = opt ? opt->layers & all : 0;
    w->layers = want ? want : (w->multi || w->folder) ? all : GE_LAYER_EVENTS;
    if (w->tiles && !want) /* mentions would triple the tiler's time */
        w->layers = GE_LAYER_EVENTS | GE_LAYER_ARTICLES;
    if (w->kind != W_OGR)
        w->layers = want ? want : GE_LAYER_EVENTS;
    return layer_names(w);
}

/* PLOVER JSON Lines or the HTML map, in the temporary folder. */
static ge_status open_stream(ge_writer *w, char *err, size_t errlen)
{
    if (w->stream && w->kind == W_PLOVER) {
        w->jsonl = stdout;
        return GE_OK;
    }
    char *p = path_join(w->tmpdir, w->main_name);
    if (!p)
        return GE_ERR_NOMEM;
    ge_status st = GE_OK;
    if (w->kind == W_HTML) {
        st = ge_html_open(p, w->g, &w->html, err, errlen);
    } else {
        w->jsonl = fopen(p, "w");
        if (!w->jsonl) {
            ge_seterr(err, errlen, "%s: cannot write: %s", w->final, strerror(errno));
            st = GE_ERR_IO;
        }
    }
    free(p);
    return st;
}

/* Standard output holds one layer: the events. */
static ge_status stream_layers(const ge_writer *w, const ge_write_options *opt, char *err,
                               size_t errlen)
{
    if (w->kind == W_OGR && opt && (opt->layers & ~(unsigned)GE_LAYER_EVENTS)) {
        ge_seterr(err, errlen, "only the events layer can be written to standard output "
                               "(--layers events)");
        return GE_ERR_ARG;
    }
    return GE_OK;
}

ge_status ge_writer_open(const char *path, const ge_write_options *opt, const ge_gazetteer *g,
                         ge_writer **out, char *err, size_t errlen)
{
    *out = NULL;
    if (!path || !*path) {
        ge_seterr(err, errlen, "no output path");
        return GE_ERR_ARG;
    }
    ge_writer *w = calloc(1, sizeof *w);
    if (!w)
        return GE_ERR_NOMEM;
    w->g = g;
    for (int i = 0; i < L_N; i++)
        w->lname[i] = layer_defs[i].name;
    if (opt && opt->nln && *opt->nln)
        w->lname[L_EVENTS] = opt->nln;
    if (opt) {
        w->dsco = opt->dsco;
        w->lco = opt->lco;
        w->append = opt->append;
        w->progress = opt->progress;
        w->progress_user = opt->progress_user;
    }
    w->overwrite = opt && opt->overwrite;
    w->keep_unlocated = opt && opt->keep_unlocated;
    w->stream = is_stdout_path(path);
    ge_status st = choose_driver(w, path, opt, err, errlen);
    w->formula_guard = st == GE_OK && !strcasecmp(w->driver, "CSV") && !(opt && opt->csv_raw);
    if (st == GE_OK && w->stream)
        st = stream_layers(w, opt, err, errlen);
    if (st == GE_OK)
        st = plan_output(w, w->stream ? "/vsistdout/" : path, opt);
    if (st == GE_OK && w->kind != W_OGR && w->layers != GE_LAYER_EVENTS) {
        ge_seterr(err, errlen, "%s: %s holds event records only (--layers events)", path,
                  w->kind == W_PLOVER ? "PLOVER JSON Lines" : "the HTML map");
        st = GE_ERR_ARG;
    }
    if (st == GE_OK && w->append && w->kind != W_OGR) {
        ge_seterr(err, errlen, "%s: -append works with OGR formats only", path);
        st = GE_ERR_ARG;
    }
    if (st == GE_OK && w->kind == W_OGR)
        st = setup_srs(w, opt ? opt->t_srs : NULL, err, errlen);
    if (st == GE_OK && !w->stream)
        st = check_targets(w, err, errlen);
    if (st == GE_OK && !w->stream)
        st = make_tmpdir(w, err, errlen);
    if (st == GE_OK)
        st = w->kind == W_OGR ? open_ogr(w, err, errlen) : open_stream(w, err, errlen);
    if (st != GE_OK) {
        ge_writer_abort(w);
        return st;
    }
    *out = w;
    return GE_OK;
}

/* -------------------------------------------------------------- features */

/* A NUL-terminated copy of s[a, b) in the writer's scratch buffer (valid
 * until the next call), cut to max bytes (0 = no limit) on a character
 * boundary. */
static const char *slice(ge_writer *w, const char *s, size_t a, size_t b, size_t max)
{
    w->scratch.len = 0;
    if (max && b > a && b - a > max) {
        b = a + max;
        while (b > a && ((unsigned char)s[b] & 0xC0) == 0x80)
            b--;
    }
    if (ge_buf_add(&w->scratch, b > a ? s + a : "", b > a ? b - a : 0) != 0)
        return NULL;
    return w->scratch.s;
}

/* Shapefile strings have a fixed width in bytes. */
static size_t max_bytes(const ge_writer *w, const out_layer *L, int field)
{
    return w->shp ? (size_t)(L->defs[field].width ? L->defs[field].width : 80) : 0;
}

/* A CSV cell that starts with = + - @ (or a tab or carriage return) is run as
 * a formula by spreadsheets ("=HYPERLINK(...)" in scraped text): it is
 * written with a leading ' as OWASP advises, unless --csv-raw. */
static void set_cell(ge_writer *w, OGRFeatureH f, int k, const char *s)
{
    if (w->formula_guard && strchr("=+-@\t\r", s[0])) {
        size_t n = strlen(s);
        char *q = malloc(n + 2);
        if (q) {
            q[0] = '\'';
            memcpy(q + 1, s, n + 1);
            OGR_F_SetFieldString(f, k, q);
            free(q);
            return;
        }
    }
    OGR_F_SetFieldString(f, k, s);
}

static void set_str(ge_writer *w, OGRFeatureH f, const out_layer *L, int field, const char *s)
{
    if (L->idx[field] < 0 || !s || !*s)
        return;
    size_t max = max_bytes(w, L, field), n = strlen(s);
    if (max && n > max)
        s = slice(w, s, 0, n, max);
    if (s)
        set_cell(w, f, L->idx[field], s);
}

/* A date or date-time field: ISO 8601 text where the field is a string
 * (CSV: GDAL would write 2023/11/05), the value itself otherwise. */
static void set_date(ge_writer *w, OGRFeatureH f, const out_layer *L, int field, const char *s)
{
    if (L->idx[field] < 0 || !s || !*s)
        return;
    ge_ymd ymd;
    if (strlen(s) >= 10 && isdigit((unsigned char)s[0]) && isdigit((unsigned char)s[3]) &&
        (isdigit((unsigned char)s[4]) || (s[4] == '-' && !ge_date_parse_iso(s, &ymd)))) {
        /* 2023-02-30, year 0: left null, and said once (the caller's error
         * handler names the article) */
        CPLError(CE_Failure, CPLE_AppDefined, "%s '%s' is not a calendar date; left empty",
                 L->defs[field].name, s);
        return;
    }
    OGRFieldDefnH fd = OGR_F_GetFieldDefnRef(f, L->idx[field]);
    OGRField v;
    if (OGR_Fld_GetType(fd) != OFTString || !OGRParseDate(s, &v, 0)) {
        set_str(w, f, L, field, s);
        return;
    }
    char iso[40];
    if (L->defs[field].type == F_DATE || (v.Date.Hour == 0 && v.Date.Minute == 0 &&
                                          v.Date.Second == 0 && !strchr(s, 'T')))
        snprintf(iso, sizeof iso, "%04d-%02d-%02d", v.Date.Year, v.Date.Month, v.Date.Day);
    else
        snprintf(iso, sizeof iso, "%04d-%02d-%02dT%02d:%02d:%02d", v.Date.Year, v.Date.Month,
                 v.Date.Day, v.Date.Hour, v.Date.Minute, (int)v.Date.Second);
    OGR_F_SetFieldString(f, L->idx[field], iso);
}

/* event_date_start, event_date_end: the days the date stands for. */
static void set_date_span(ge_writer *w, OGRFeatureH f, const out_layer *L, const char *date,
                          ge_date_precision prec, const char *published)
{
    char first[11], last[11];
    if (!ge_date_span(date, (int)prec, published, first, last))
        return;
    set_date(w, f, L, EV_DATE_START, first);
    set_date(w, f, L, EV_DATE_END, last);
}

/* A new feature of layer L, every field null: each layer has the same
 * fields whatever the data (GeoJSON writes null rather than leaving the
 * member out). */
static OGRFeatureH new_feature(const out_layer *L)
{
    OGRFeatureH f = OGR_F_Create(OGR_L_GetLayerDefn(L->lyr));
    for (int i = 0, n = f ? OGR_F_GetFieldCount(f) : 0; i < n; i++)
        OGR_F_SetFieldNull(f, i);
    return f;
}

static void set_text(ge_writer *w, OGRFeatureH f, const out_layer *L, int field,
                     const ge_doc *d, uint32_t a, uint32_t b)
{
    const char *s = d->article.text;
    size_t len = d->article.text_len;
    if (L->idx[field] < 0 || !s || a >= b || b > len)
        return;
    const char *v = slice(w, s, a, b, max_bytes(w, L, field));
    if (v)
        set_cell(w, f, L->idx[field], v);
}

static void set_int(OGRFeatureH f, const out_layer *L, int field, long long v)
{
    if (L->idx[field] >= 0)
        OGR_F_SetFieldInteger64(f, L->idx[field], v);
}

static void set_real(OGRFeatureH f, const out_layer *L, int field, double v)
{
    if (L->idx[field] >= 0)
        OGR_F_SetFieldDouble(f, L->idx[field], v);
}

static uint32_t cp(const ge_doc *d, uint32_t byte)
{
    if (byte > d->text.len)
        byte = (uint32_t)d->text.len;
    return ge_text_cp(&d->text, byte);
}

static const ge_place *place_of(const ge_writer *w, uint32_t idx)
{
    if (!w->g || idx == GE_NONE || idx >= ge_gazetteer_nplaces(w->g))
        return NULL;
    return ge_gazetteer_place(w->g, idx);
}

/* Remembers a feature the target CRS cannot hold; each place is named once. */
static void note_dropped(ge_writer *w, int layer, const ge_place *p)
{
    w->dropped[layer]++;
    char line[256];
    snprintf(line, sizeof line, "%s (%.9g, %.9g)\n", ge_gazetteer_str(w->g, p->name),
             ge_float_value(p->lon), ge_float_value(p->lat));
    if (w->dropped_places.len && strstr(w->dropped_places.s, line))
        return;
    ge_buf_add(&w->dropped_places, line, strlen(line));
}

/* The point of place p in the output CRS; NULL when there is no place, or
 * (counted in w->dropped) when the target CRS cannot represent it. */
static OGRGeometryH point_of(ge_writer *w, int layer, const ge_place *p)
{
    if (!p)
        return NULL;
    double x = ge_float_value(p->lon), y = ge_float_value(p->lat);
    if (w->tiles) {
        /* With BUFFER=0, GDAL's tiler keeps a point exactly on a tile edge
         * in neither tile, and round coordinates (lon 45, lat 0: many
         * country centroids) sit on edges: move them 1 cm north-east. Lon
         * 180 falls one tile past the last; Web Mercator stops at 85.05. */
        x += 1e-7;
        y += 1e-7;
        x = x >= 180.0 ? 179.9999999 : x < -180.0 ? -180.0 : x;
        y = y > 85.0511 ? 85.0511 : y < -85.0511 ? -85.0511 : y;
    }
    if (w->ct && (!OCTTransform(w->ct, 1, &x, &y, NULL) || !isfinite(x) || !isfinite(y))) {
        note_dropped(w, layer, p);
        return NULL;
    }
    OGRGeometryH g = OGR_G_CreateGeometry(wkbPoint);
    if (g)
        OGR_G_SetPoint_2D(g, 0, x, y);
    return g;
}

/* PLOVER `resolution`: 1 country .. 5 sub-city. */
static int geo_precision(ge_level l)
{
    switch (l) {
    case GE_LEVEL_ADMIN1: return 2;
    case GE_LEVEL_ADMIN2: return 3;
    case GE_LEVEL_CITY: return 4;
    case GE_LEVEL_SITE: return 5;
    default: return 1;
    }
}

/* ACLED `geo_precision`: 1 a town or site, 2 a district near it, 3 a region
 * or country. */
static int acled_precision(ge_level l)
{
    switch (l) {
    case GE_LEVEL_CITY:
    case GE_LEVEL_SITE: return 1;
    case GE_LEVEL_ADMIN2: return 2;
    default: return 3;
    }
}

/* The place fields every layer shares. */
static void set_place(ge_writer *w, OGRFeatureH f, const out_layer *L, const ge_place *p,
                      int f_name, int f_id, int f_cc, int f_admin1, int f_prec)
{
    if (!p)
        return;
    set_str(w, f, L, f_name, ge_gazetteer_str(w->g, p->name));
    if (p->geonameid)
        set_int(f, L, f_id, p->geonameid);
    char cc[3] = {p->country[0], p->country[1], '\0'};
    set_str(w, f, L, f_cc, cc);
    const char *a1 = ge_gazetteer_str(w->g, p->admin1_name);
    if (!a1 || !*a1)
        a1 = ge_gazetteer_str(w->g, p->admin1);
    set_str(w, f, L, f_admin1, a1);
    set_str(w, f, L, f_prec, ge_level_name((ge_level)p->level));
}

/* GeoJSON feature id: the article id, "-N" for its N-th event, "-mN" for
 * its N-th mention written (the same in any shard, so concatenated shards never
 * repeat an id). */
static void json_id(OGRFeatureH f, const out_layer *L, const char *article, const char *sep,
                    size_t n)
{
    if (L->id_idx < 0)
        return;
    const char *a = article ? article : "";
    if (!sep) {
        OGR_F_SetFieldString(f, L->id_idx, a);
        return;
    }
    size_t len = strlen(a) + strlen(sep) + 24; /* whole, whatever the id's length */
    char *id = malloc(len);
    if (!id)
        return;
    snprintf(id, len, "%s%s%zu", a, sep, n);
    OGR_F_SetFieldString(f, L->id_idx, id);
    free(id);
}

static ge_status put(ge_writer *w, out_layer *L, OGRFeatureH f, OGRGeometryH geom)
{
    if (geom)
        OGR_F_SetGeometryDirectly(f, geom);
    L->fid++;
    if (w->set_fid)
        OGR_F_SetFID(f, L->fid);
    OGRErr e = OGR_L_CreateFeature(L->lyr, f);
    OGR_F_Destroy(f);
    if (e != OGRERR_NONE)
        return GE_ERR_OGR;
    if (w->txn && ++w->txn_n >= TXN_BATCH) {
        w->txn_n = 0;
        if (GDALDatasetCommitTransaction(w->ds) != OGRERR_NONE ||
            GDALDatasetStartTransaction(w->ds, FALSE) != OGRERR_NONE) {
            w->txn = 0;
            return GE_ERR_OGR;
        }
    }
    return GE_OK;
}

/* A field's value as text, NULL when unset. */
static const char *field_text(OGRFeatureH f, const out_layer *L, int field)
{
    int i = L->idx[field];
    return i >= 0 && OGR_F_IsFieldSetAndNotNull(f, i) ? OGR_F_GetFieldAsString(f, i) : NULL;
}

static ge_status add_event(ge_writer *w, const ge_doc *d, size_t i)
{
    const ge_event *e = &d->events.v[i];
    out_layer *L = &w->L[L_EVENTS];
    const ge_place *p = place_of(w, e->place);
    OGRGeometryH geom = point_of(w, L_EVENTS, p);
    if (!geom && (!w->keep_unlocated || p))
        return GE_OK;
    OGRFeatureH f = new_feature(L);
    if (!f) {
        OGR_G_DestroyGeometry(geom);
        return GE_ERR_NOMEM;
    }
    const ge_article *a = &d->article;
    char *id = ge_event_id(a, i);
    if (!id) {
        OGR_F_Destroy(f);
        OGR_G_DestroyGeometry(geom);
        return GE_ERR_NOMEM;
    }
    set_str(w, f, L, EV_EVENT_ID, id);
    json_id(f, L, a->id, "-", i + 1);
    free(id);
    set_str(w, f, L, EV_ARTICLE_ID, a->id);
    set_str(w, f, L, EV_TITLE, a->title);
    set_str(w, f, L, EV_URL, a->url);
    set_date(w, f, L, EV_PUBLISHED, a->published);
    set_date(w, f, L, EV_EVENT_DATE, e->event_date);
    set_date_span(w, f, L, e->event_date, e->date_precision, a->published);
    set_str(w, f, L, EV_DATE_PREC, ge_date_precision_name(e->date_precision));
    set_text(w, f, L, EV_DATE_TEXT, d, e->date_start, e->date_end);
    set_str(w, f, L, EV_EVENT_TYPE, e->event_type);
    set_str(w, f, L, EV_MODE, e->mode);
    if (e->quad_code > 0)
        set_int(f, L, EV_QUAD, e->quad_code);
    set_text(w, f, L, EV_ACTOR, d, e->actor.start, e->actor.end);
    set_str(w, f, L, EV_ACTOR_CODE, e->actor.code);
    set_str(w, f, L, EV_ACTOR_SECTOR, e->actor.sector);
    set_text(w, f, L, EV_RECIPIENT, d, e->recipient.start, e->recipient.end);
    set_str(w, f, L, EV_RECIPIENT_CODE, e->recipient.code);
    set_str(w, f, L, EV_RECIPIENT_SECTOR, e->recipient.sector);
    set_place(w, f, L, p, EV_PLACE_NAME, EV_PLACE_ID, EV_COUNTRY, EV_ADMIN1, EV_PRECISION);
    if (p) {
        set_int(f, L, EV_GEO_PREC, geo_precision((ge_level)p->level));
        set_int(f, L, EV_ACLED_PREC, acled_precision((ge_level)p->level));
    }
    set_str(w, f, L, EV_LOC_REASON, e->location_reason);
    if (e->sentence < d->text.nsentences) {
        const ge_sentence *s = &d->text.sentences[e->sentence];
        set_text(w, f, L, EV_SENTENCE, d, s->start, s->end);
        set_int(f, L, EV_START, cp(d, s->start));
        set_int(f, L, EV_END, cp(d, s->end));
    }
    set_text(w, f, L, EV_TRIGGER, d, e->trigger_start, e->trigger_end);
    set_int(f, L, EV_TRIGGER_START, cp(d, e->trigger_start));
    set_int(f, L, EV_TRIGGER_END, cp(d, e->trigger_end));
    if (e->mention >= 0 && (size_t)e->mention < d->mentions.n) {
        const ge_mention *m = &d->mentions.v[e->mention];
        set_int(f, L, EV_PLACE_START, cp(d, m->start));
        set_int(f, L, EV_PLACE_END, cp(d, m->end));
    }
    set_int(f, L, EV_NEGATED, e->negated ? 1 : 0);
    set_str(w, f, L, EV_REPORT_MODE, ge_report_mode_name(e->report_mode));
    if (e->count >= 0)
        set_int(f, L, EV_COUNT, e->count);
    set_str(w, f, L, EV_COUNT_QUAL, e->count_qualifier);
    if (e->fatalities >= 0)
        set_int(f, L, EV_FATALITIES, e->fatalities);
    if (e->injured >= 0)
        set_int(f, L, EV_INJURED, e->injured);
    set_real(f, L, EV_CONFIDENCE, ge_float_value(e->confidence));
    set_int(f, L, EV_MENTIONS, e->nmentions ? e->nmentions : 1);
    if (w->kml)
        ge_kml_event(f, e->event_type, p ? ge_gazetteer_str(w->g, p->name) : NULL, e->event_date,
                     field_text(f, L, EV_DATE_START), field_text(f, L, EV_DATE_END),
                     field_text(f, L, EV_SENTENCE), e->quad_code);
    return put(w, L, f, geom);
}

static ge_status add_mention(ge_writer *w, const ge_doc *d, size_t i, size_t *written)
{
    const ge_mention *m = &d->mentions.v[i];
    out_layer *L = &w->L[L_MENTIONS];
    const ge_place *p = place_of(w, m->place);
    OGRGeometryH geom = point_of(w, L_MENTIONS, p);
    if (!geom)
        return GE_OK; /* mentions are resolved places only */
    OGRFeatureH f = new_feature(L);
    if (!f) {
        OGR_G_DestroyGeometry(geom);
        return GE_ERR_NOMEM;
    }
    set_str(w, f, L, MN_ARTICLE_ID, d->article.id);
    json_id(f, L, d->article.id, "-m", ++*written);
    set_text(w, f, L, MN_NAME, d, m->start, m->end);
    set_int(f, L, MN_START, cp(d, m->start));
    set_int(f, L, MN_END, cp(d, m->end));
    set_str(w, f, L, MN_KIND, ge_kind_name(m->kind));
    set_place(w, f, L, p, MN_PLACE_NAME, MN_PLACE_ID, MN_COUNTRY, MN_ADMIN1, MN_PRECISION);
    char fcode[sizeof p->fcode + 1];
    memcpy(fcode, p->fcode, sizeof p->fcode);
    fcode[sizeof p->fcode] = '\0';
    set_str(w, f, L, MN_FEATURE_CODE, fcode);
    set_int(f, L, MN_POPULATION, p->population);
    set_real(f, L, MN_SCORE, ge_float_value(m->score));
    if (w->kml) {
        char desc[200];
        snprintf(desc, sizeof desc, "%s (%s), %s", ge_gazetteer_str(w->g, p->name),
                 ge_level_name((ge_level)p->level), ge_kind_name(m->kind));
        ge_kml_place(f, NULL, desc);
    }
    return put(w, L, f, geom);
}

static ge_status add_article(ge_writer *w, const ge_doc *d)
{
    out_layer *L = &w->L[L_ARTICLES];
    const ge_place *p = place_of(w, ge_doc_main_place(d));
    OGRGeometryH geom = point_of(w, L_ARTICLES, p);
    if (!geom && (!w->keep_unlocated || p))
        return GE_OK;
    OGRFeatureH f = new_feature(L);
    if (!f) {
        OGR_G_DestroyGeometry(geom);
        return GE_ERR_NOMEM;
    }
    size_t resolved = 0;
    for (size_t i = 0; i < d->mentions.n; i++)
        resolved += d->mentions.v[i].place != GE_NONE;
    const ge_article *a = &d->article;
    set_str(w, f, L, AR_ARTICLE_ID, a->id);
    json_id(f, L, a->id, NULL, 0);
    set_str(w, f, L, AR_TITLE, a->title);
    set_str(w, f, L, AR_URL, a->url);
    set_date(w, f, L, AR_PUBLISHED, a->published);
    set_int(f, L, AR_MENTIONS, (long long)resolved);
    set_int(f, L, AR_EVENTS, (long long)d->events.n);
    set_int(f, L, AR_UNRESOLVED, (long long)(d->mentions.n - resolved));
    set_place(w, f, L, p, AR_PLACE_NAME, AR_PLACE_ID, AR_COUNTRY, AR_ADMIN1, AR_PRECISION);
    if (w->kml) {
        char desc[160];
        snprintf(desc, sizeof desc, "%zu events, %zu places", d->events.n, resolved);
        ge_kml_place(f, a->title && *a->title ? a->title : a->id, desc);
    }
    return put(w, L, f, geom);
}

static ge_status add_plover(ge_writer *w, const ge_doc *d)
{
    for (size_t i = 0; i < d->events.n; i++) {
        cJSON *o = ge_plover_event(w->g, d, i);
        char *s = o ? cJSON_PrintUnformatted(o) : NULL;
        cJSON_Delete(o);
        if (!s)
            return GE_ERR_NOMEM;
        int bad = fputs(s, w->jsonl) == EOF || fputc('\n', w->jsonl) == EOF;
        cJSON_free(s);
        if (bad)
            return GE_ERR_IO;
    }
    return GE_OK;
}

ge_status ge_writer_add(ge_writer *w, const ge_doc *doc)
{
    if (!w || !doc)
        return GE_ERR_ARG;
    if (w->kind == W_PLOVER)
        return add_plover(w, doc);
    if (w->kind == W_HTML)
        return ge_html_add(w->html, doc);
    ge_status st = GE_OK;
    if (w->layers & GE_LAYER_EVENTS)
        for (size_t i = 0; i < doc->events.n && st == GE_OK; i++)
            st = add_event(w, doc, i);
    size_t written = 0; /* mention ids count the mentions written */
    if (w->layers & GE_LAYER_MENTIONS)
        for (size_t i = 0; i < doc->mentions.n && st == GE_OK; i++)
            st = add_mention(w, doc, i, &written);
    if ((w->layers & GE_LAYER_ARTICLES) && st == GE_OK)
        st = add_article(w, doc);
    return st;
}

/* Our field index for a source field named name (long or Shapefile name). */
static int field_for(const out_layer *L, int layer, const char *name)
{
    if (!strcmp(name, "id"))
        return L->id_idx;
    for (int i = 0; i < layer_defs[layer].nfields; i++)
        if (!strcmp(name, L->defs[i].name) || !strcmp(name, L->defs[i].shp))
            return L->idx[i];
    return -1;
}

/* The GeoJSON id of a feature from an output that had none (GPKG, FGB...). */
static void derive_json_id(ge_writer *w, out_layer *L, int layer, OGRFeatureH f)
{
    OGRFeatureDefnH d = OGR_L_GetLayerDefn(L->lyr);
    if (L->id_idx < 0 || OGR_F_IsFieldSetAndNotNull(f, L->id_idx))
        return;
    int key = OGR_FD_GetFieldIndex(d, layer == L_EVENTS ? "event_id" : "article_id");
    const char *v = key >= 0 && OGR_F_IsFieldSetAndNotNull(f, key) ? OGR_F_GetFieldAsString(f, key)
                                                                    : "";
    if (layer != L_MENTIONS) {
        OGR_F_SetFieldString(f, L->id_idx, v);
        return;
    }
    if (strcmp(v, L->last_article) != 0) {
        ge_copy(L->last_article, sizeof L->last_article, v);
        L->mention_n = 0;
    }
    json_id(f, L, v, "-m", ++L->mention_n);
}

ge_status ge_writer_add_feature(ge_writer *w, unsigned layer, void *feature)
{
    int li = layer == GE_LAYER_EVENTS     ? L_EVENTS
             : layer == GE_LAYER_MENTIONS ? L_MENTIONS
             : layer == GE_LAYER_ARTICLES ? L_ARTICLES
                                          : -1;
    if (!w || w->kind != W_OGR || li < 0 || !(w->layers & layer) || !feature)
        return GE_ERR_ARG;
    out_layer *L = &w->L[li];
    OGRFeatureH src = feature;
    OGRFeatureDefnH sd = OGR_F_GetDefnRef(src);
    int n = OGR_FD_GetFieldCount(sd);
    if (n > MAX_FIELDS + 8)
        return GE_ERR_FORMAT;
    if (L->from != sd) { /* a new source layer: map its fields by name once */
        for (int i = 0; i < n; i++)
            L->map[i] = field_for(L, li, OGR_Fld_GetNameRef(OGR_FD_GetFieldDefn(sd, i)));
        L->from = sd;
    }
    OGRFeatureH f = OGR_F_Create(OGR_L_GetLayerDefn(L->lyr));
    if (!f)
        return GE_ERR_NOMEM;
    if (OGR_F_SetFromWithMap(f, src, TRUE, L->map) != OGRERR_NONE) {
        OGR_F_Destroy(f);
        return GE_ERR_FORMAT;
    }
    OGR_F_SetFID(f, OGRNullFID);
    derive_json_id(w, L, li, f);
    return put(w, L, f, NULL);
}

/* ---------------------------------------------------------------- commit */

/* Moves every file of the temporary folder into dest. */
static ge_status move_files(const char *tmpdir, const char *dest, char *err, size_t errlen)
{
    char **list = VSIReadDir(tmpdir);
    ge_status st = GE_OK;
    for (int i = 0; list && list[i] && st == GE_OK; i++) {
        if (!strcmp(list[i], ".") || !strcmp(list[i], ".."))
            continue;
        char *from = path_join(tmpdir, list[i]);
        char *to = path_join(dest, list[i]);
        if (!from || !to)
            st = GE_ERR_NOMEM;
        else if (rename(from, to) != 0) {
            ge_seterr(err, errlen, "%s: cannot move into place: %s", to, strerror(errno));
            st = GE_ERR_IO;
        }
        free(from);
        free(to);
    }
    CSLDestroy(list);
    return st;
}

/* A folder output goes in whole: renamed into place, or swapped for the old
 * folder in one step; then it gets the usual permissions (it was made 0700
 * while private). */
static ge_status move_into_place(ge_writer *w, char *err, size_t errlen)
{
    if (w->folder) {
        if (!exists(w->final)) {
            if (rename(w->tmpdir, w->final) != 0) {
                ge_seterr(err, errlen, "%s: cannot move into place: %s", w->final,
                          strerror(errno));
                return GE_ERR_IO;
            }
        } else if (ge_swap_folder(w->tmpdir, w->final, err, errlen) != 0) {
            return GE_ERR_IO;
        }
        mode_t mask = umask(0);
        umask(mask);
        chmod(w->final, 0777 & ~mask);
        return GE_OK;
    }
    return move_files(w->tmpdir, w->final_dir, err, errlen);
}

static int has_style_files(const char *driver)
{
    static const char *const d[] = {"ESRI Shapefile", "GeoJSON", "GeoJSONSeq", "FlatGeobuf",
                                    "CSV", "KML", "LIBKML", "GPX"};
    for (size_t i = 0; i < sizeof d / sizeof *d; i++)
        if (!strcasecmp(driver, d[i]))
            return 1;
    return 0;
}

/* "DIR/STEM[.SUFFIX].qml" for the layer file NAME.EXT (stem NAME). */
static char *qml_name(const char *dir, const char *file, const char *suffix)
{
    const char *ext = extension(file);
    size_t stem = *ext ? (size_t)(ext - 1 - file) : strlen(file);
    size_t n = strlen(dir) + stem + (suffix ? strlen(suffix) : 0) + 8;
    char *p = malloc(n);
    if (p)
        snprintf(p, n, "%s/%.*s%s%s.qml", dir, (int)stem, file, suffix ? "." : "",
                 suffix ? suffix : "");
    return p;
}

/* The QGIS style of each layer: in the GeoPackage, or a .qml beside each
 * layer file named like it (QGIS loads NAME.qml for NAME.EXT): NAME.qml
 * and NAME.events.qml for the events at the path given, NAME.mentions.qml,
 * NAME.articles.qml; LAYER.qml in a Shapefile folder. */
static ge_status store_styles(ge_writer *w, char *err, size_t errlen)
{
    int files = has_style_files(w->driver);
    ge_status st = GE_OK;
    for (int i = 0; i < L_N && st == GE_OK; i++) {
        if (!(w->layers & (1u << i)) || !w->L[i].lyr)
            continue;
        char *qml = NULL, *extra = NULL;
        if (files && w->folder) {
            qml = qml_name(w->tmpdir, w->lname[i], NULL);
        } else if (files && w->names[i]) {
            qml = qml_name(w->tmpdir, w->names[i], NULL);
            if (!strcmp(w->names[i], w->main_name) && i == L_EVENTS)
                extra = qml_name(w->tmpdir, w->main_name, layer_defs[i].name);
        }
        if (files && !qml)
            return GE_ERR_NOMEM;
        st = ge_style_store(w->L[i].ds, w->L[i].lyr, (ge_style_layer)i, w->driver, qml, err,
                            errlen);
        if (st == GE_OK && extra)
            st = ge_style_store(w->L[i].ds, w->L[i].lyr, (ge_style_layer)i, w->driver, extra, err,
                                errlen);
        free(qml);
        free(extra);
    }
    return st;
}

/* CSV dates are ISO text; their .csvt says Date / DateTime. */
static ge_status csv_date_types(const ge_writer *w, char *err, size_t errlen)
{
    for (int i = 0; i < L_N; i++) {
        if (!(w->layers & (1u << i)) || !w->names[i])
            continue;
        const char *names[MAX_FIELDS], *types[MAX_FIELDS];
        int n = 0;
        for (int k = 0; k < layer_defs[i].nfields; k++) {
            ftype t = layer_defs[i].fields[k].type;
            if (t == F_DATE || t == F_DATETIME) {
                names[n] = layer_defs[i].fields[k].name;
                types[n++] = t == F_DATE ? "Date" : "DateTime";
            }
        }
        char *p = path_join(w->tmpdir, w->names[i]);
        int rc = p ? ge_csvt_retype(p, names, types, n) : -1;
        free(p);
        if (rc != 0) {
            ge_seterr(err, errlen, "%s: cannot write the column types (.csvt)", w->final);
            return GE_ERR_IO;
        }
    }
    return GE_OK;
}

ge_status ge_writer_commit(ge_writer *w, char *err, size_t errlen)
{
    if (!w)
        return GE_ERR_ARG;
    ge_status st = GE_OK;
    if (w->kind == W_HTML) {
        st = ge_html_close(w->html, err, errlen);
        w->html = NULL;
    }
    if (st == GE_OK && w->kind == W_OGR && w->txn) {
        w->txn = 0;
        if (GDALDatasetCommitTransaction(w->ds) != OGRERR_NONE) {
            ge_seterr(err, errlen, "%s: %s", w->final, CPLGetLastErrorMsg());
            st = GE_ERR_OGR;
        }
    }
    if (st == GE_OK && w->kind == W_OGR && !w->stream)
        st = store_styles(w, err, errlen);
    if (close_all(w) && st == GE_OK) {
        ge_seterr(err, errlen, "%s: writing failed: %s", w->final, CPLGetLastErrorMsg());
        st = w->kind == W_OGR ? GE_ERR_OGR : GE_ERR_IO;
    }
    if (st == GE_OK && w->kind == W_OGR && !strcasecmp(w->driver, "CSV") && !w->stream)
        st = csv_date_types(w, err, errlen);
    if (st == GE_OK && !w->stream)
        st = check_targets(w, err, errlen); /* nothing appeared meanwhile */
    if (st == GE_OK && !w->stream)
        st = move_into_place(w, err, errlen);
    if (st != GE_OK) {
        ge_writer_abort(w);
        return st;
    }
    if (w->tmpdir)
        ge_remove_tree(w->tmpdir); /* empty now, or gone when renamed */
    writer_free(w);
    return GE_OK;
}

size_t ge_writer_dropped(const ge_writer *w, size_t counts[3], const char **places)
{
    size_t total = 0;
    for (int i = 0; i < L_N; i++) {
        if (counts)
            counts[i] = w ? w->dropped[i] : 0;
        total += w ? w->dropped[i] : 0;
    }
    if (places)
        *places = w && w->dropped_places.len ? w->dropped_places.s : "";
    return total;
}
