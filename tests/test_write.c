/*
 * test_write.c -- unit tests of the write stage: hand-built documents written
 * through OGR and read back (field types, offsets, UTF-8, layers, atomic
 * output, overwrite refusal, CRS). Parts that need real places use the
 * default gazetteer and are skipped when it is missing.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cpl_conv.h>
#include <cpl_string.h>
#include <cpl_vsi.h>
#include <gdal.h>
#include <ogr_api.h>
#include <ogr_srs_api.h>

#include "internal.h"
#include "plover.h"

#include "check.h"

static char tmp[512];

static const char *path(const char *name)
{
    static char buf[8][768];
    static int k;
    k = (k + 1) % 8;
    snprintf(buf[k], sizeof buf[k], "%s/%s", tmp, name);
    return buf[k];
}

/* "In Zürich, protesters marched on Tuesday. Москва said nothing." with one
 * event on "marched" and one mention on "Zürich" (place given by caller). */
static const char *TEXT = "In Zürich, protesters marched on Tuesday. Москва said nothing.";

static void make_doc(ge_doc *d, uint32_t place)
{
    memset(d, 0, sizeof *d);
    d->article.id = ge_strdup("art-1");
    d->article.title = ge_strdup("Zürich protest");
    d->article.url = ge_strdup("https://example.org/a");
    d->article.published = ge_strdup("2026-03-04T10:30:00Z");
    d->article.text = ge_strdup(TEXT);
    d->article.text_len = strlen(TEXT);
    d->article.source = ge_strdup("test");
    if (ge_text_analyze(d->article.text, d->article.text_len, &d->text) != GE_OK)
        printf("ge_text_analyze failed\n");
    const char *z = strstr(TEXT, "Zürich"), *mv = strstr(TEXT, "marched");
    ge_mention m = {0};
    m.start = (uint32_t)(z - TEXT);
    m.end = m.start + (uint32_t)strlen("Zürich");
    m.place = place;
    m.score = 0.9f;
    m.kind = GE_KIND_TOPONYM;
    GE_PUSH(d->mentions.v, d->mentions.cap, d->mentions.n);
    d->mentions.v[d->mentions.n++] = m;
    ge_event e;
    memset(&e, 0, sizeof e);
    e.trigger_start = (uint32_t)(mv - TEXT);
    e.trigger_end = e.trigger_start + 7;
    e.sentence = 0;
    ge_copy(e.event_type, sizeof e.event_type, "PROTEST");
    ge_copy(e.mode, sizeof e.mode, "demonstrate");
    e.quad_code = 3;
    e.actor.start = (uint32_t)(strstr(TEXT, "protesters") - TEXT);
    e.actor.end = e.actor.start + 10;
    ge_copy(e.actor.sector, sizeof e.actor.sector, "CVL");
    e.recipient.start = e.recipient.end = 0;
    ge_copy(e.event_date, sizeof e.event_date, "2026-03-03");
    e.date_precision = GE_DATE_DAY;
    e.date_start = (uint32_t)(strstr(TEXT, "on Tuesday") - TEXT);
    e.date_end = e.date_start + 10;
    e.report_mode = GE_REPORT_ASSERTED;
    e.mention = 0;
    e.place = place;
    e.location_reason = "locative";
    e.count = 40;
    ge_copy(e.count_qualifier, sizeof e.count_qualifier, "more than");
    e.fatalities = -1;
    e.injured = 2;
    e.confidence = 0.75f;
    GE_PUSH(d->events.v, d->events.cap, d->events.n);
    d->events.v[d->events.n++] = e;
    e.mention = -1;
    ge_copy(e.event_type, sizeof e.event_type, "CONSULT");
    e.event_date[0] = '\0';
    e.count = -1;
    GE_PUSH(d->events.v, d->events.cap, d->events.n);
    d->events.v[d->events.n++] = e;
}

static ge_status write_doc(const char *out, const ge_write_options *o, const ge_gazetteer *g,
                           const ge_doc *d)
{
    ge_writer *w = NULL;
    char err[512] = "";
    ge_status st = ge_writer_open(out, o, g, &w, err, sizeof err);
    if (st != GE_OK) {
        printf("  open %s: %s\n", out, err);
        return st;
    }
    if ((st = ge_writer_add(w, d)) != GE_OK) {
        ge_writer_abort(w);
        return st;
    }
    st = ge_writer_commit(w, err, sizeof err);
    if (st != GE_OK)
        printf("  commit %s: %s\n", out, err);
    return st;
}

static int count_tmp_leftovers(void)
{
    char **list = VSIReadDir(tmp);
    int n = 0;
    for (int i = 0; list && list[i]; i++)
        n += strstr(list[i], ".tmp-") != NULL;
    CSLDestroy(list);
    return n;
}

static OGRLayerH open_layer(GDALDatasetH *ds, const char *file, const char *layer)
{
    *ds = GDALOpenEx(file, GDAL_OF_VECTOR, NULL, NULL, NULL);
    if (!*ds)
        return NULL;
    return layer ? GDALDatasetGetLayerByName(*ds, layer) : GDALDatasetGetLayer(*ds, 0);
}

static OGRFieldType field_type(OGRLayerH l, const char *name)
{
    OGRFeatureDefnH d = OGR_L_GetLayerDefn(l);
    int i = OGR_FD_GetFieldIndex(d, name);
    return i < 0 ? (OGRFieldType)-1 : OGR_Fld_GetType(OGR_FD_GetFieldDefn(d, i));
}

static void test_driver_for_path(void)
{
    CHECK(!strcmp(ge_driver_for_path("a.geojson"), "GeoJSON"), "geojson");
    CHECK(!strcmp(ge_driver_for_path("a.GEOJSONL"), "GeoJSONSeq"), "geojsonl");
    CHECK(!strcmp(ge_driver_for_path("a.geojsons"), "GeoJSONSeq"), "geojsons");
    CHECK(!strcmp(ge_driver_for_path("dir/a.gpkg"), "GPKG"), "gpkg");
    CHECK(!strcmp(ge_driver_for_path("a.shp"), "ESRI Shapefile"), "shp");
    CHECK(!strcmp(ge_driver_for_path("out/"), "ESRI Shapefile"), "folder/");
    CHECK(!strcmp(ge_driver_for_path("out/shapes"), "ESRI Shapefile"), "no extension");
    CHECK(!strcmp(ge_driver_for_path(tmp), "ESRI Shapefile"), "existing folder");
    CHECK(!strcmp(ge_driver_for_path("a.fgb"), "FlatGeobuf"), "fgb");
    CHECK(!strcmp(ge_driver_for_path("a.csv"), "CSV"), "csv");
    CHECK(!strcmp(ge_driver_for_path("a.kml"), "LIBKML"), "kml (LIBKML: names, time spans, styles)");
    CHECK(!strcmp(ge_driver_for_path("a.mbtiles"), "MBTiles"), "mbtiles");
    CHECK(!strcmp(ge_driver_for_path("a.html"), "HTML"), "html");
    CHECK(!strcmp(ge_driver_for_path("a.jsonl"), "PLOVER"), "jsonl");
    CHECK(ge_driver_for_path("a.docx") == NULL, "unknown extension");
}

/* Unlocated events (no gazetteer needed): types, offsets, UTF-8, ids. */
static void test_geojson_unlocated(void)
{
    ge_doc d;
    make_doc(&d, GE_NONE);
    ge_write_options o = {0};
    CHECK(write_doc(path("none.geojson"), &o, NULL, &d) == GE_OK, "write without places");
    GDALDatasetH ds;
    OGRLayerH l = open_layer(&ds, path("none.geojson"), NULL);
    CHECK(l && OGR_L_GetFeatureCount(l, TRUE) == 0, "unlocated events skipped by default");
    if (ds)
        GDALClose(ds);

    o.keep_unlocated = 1;
    o.layers = GE_LAYER_EVENTS | GE_LAYER_ARTICLES;
    CHECK(write_doc(path("keep.geojson"), &o, NULL, &d) == GE_OK, "write --keep-unlocated");
    l = open_layer(&ds, path("keep.geojson"), NULL);
    CHECK(l && OGR_L_GetFeatureCount(l, TRUE) == 2, "two unlocated events kept");
    if (l) {
        CHECK(field_type(l, "event_date") == OFTDate, "event_date is a Date");
        CHECK(field_type(l, "published") == OFTDateTime, "published is a DateTime");
        CHECK(field_type(l, "quad_code") == OFTInteger, "quad_code is an Integer");
        CHECK(field_type(l, "confidence") == OFTReal, "confidence is Real");
        OGR_L_ResetReading(l);
        OGRFeatureH f = OGR_L_GetNextFeature(l);
        /* the GeoJSON id is the event id (from the article id), no counter */
        CHECK(f && !strcmp(OGR_F_GetFieldAsString(f, OGR_F_GetFieldIndex(f, "id")),
                           OGR_F_GetFieldAsString(f, OGR_F_GetFieldIndex(f, "event_id"))) &&
                  strlen(OGR_F_GetFieldAsString(f, OGR_F_GetFieldIndex(f, "id"))) > 0,
              "feature id is the event id");
        if (f) {
            /* "In Zürich, protesters marched": 'marched' starts at code point 22 */
            const char *want = "In Zürich, protesters ";
            long cps = 0;
            for (const char *p = want; *p; p++)
                cps += ((unsigned char)*p & 0xC0) != 0x80;
            OGRFeatureDefnH fd = OGR_F_GetDefnRef(f);
            CHECK(OGR_F_GetFieldAsInteger(f, OGR_FD_GetFieldIndex(fd, "trigger_start")) == cps,
                  "trigger_start is a code point offset (%ld)", cps);
            CHECK(!strcmp(OGR_F_GetFieldAsString(f, OGR_FD_GetFieldIndex(fd, "trigger")),
                          "marched"),
                  "trigger text");
            CHECK(!strcmp(OGR_F_GetFieldAsString(f, OGR_FD_GetFieldIndex(fd, "date_text")),
                          "on Tuesday"),
                  "date_text");
            CHECK(!strcmp(OGR_F_GetFieldAsString(f, OGR_FD_GetFieldIndex(fd, "event_date")),
                          "2026/03/03"),
                  "event_date value (%s)",
                  OGR_F_GetFieldAsString(f, OGR_FD_GetFieldIndex(fd, "event_date")));
            CHECK(strstr(OGR_F_GetFieldAsString(f, OGR_FD_GetFieldIndex(fd, "sentence")),
                         "Zürich") != NULL,
                  "UTF-8 sentence");
            CHECK(OGR_F_GetFieldAsInteger(f, OGR_FD_GetFieldIndex(fd, "count")) == 40, "count");
            CHECK(!strcmp(OGR_F_GetFieldAsString(f, OGR_FD_GetFieldIndex(fd, "event_id")),
                          "art-1-1"),
                  "event_id");
            CHECK(OGR_F_GetGeometryRef(f) == NULL, "unlocated: no geometry");
            OGR_F_Destroy(f);
        }
        f = OGR_L_GetNextFeature(l);
        if (f) {
            OGRFeatureDefnH fd = OGR_F_GetDefnRef(f);
            CHECK(!OGR_F_IsFieldSetAndNotNull(f, OGR_FD_GetFieldIndex(fd, "count")),
                  "count not stated -> null");
            CHECK(!OGR_F_IsFieldSetAndNotNull(f, OGR_FD_GetFieldIndex(fd, "event_date")),
                  "no event_date -> null");
            OGR_F_Destroy(f);
        }
    }
    if (ds)
        GDALClose(ds);
    CHECK(access(path("keep.articles.geojson"), F_OK) == 0, "articles layer beside");
    CHECK(access(path("keep.mentions.geojson"), F_OK) != 0, "no mentions layer unless asked");
    CHECK(count_tmp_leftovers() == 0, "no temporary files left");
    ge_doc_free(&d);
}

static long file_size(const char *p)
{
    struct stat st;
    return stat(p, &st) == 0 ? (long)st.st_size : -1;
}

/* Existing outputs are refused; abort leaves the old one untouched. */
static void test_atomic(void)
{
    ge_doc d;
    make_doc(&d, GE_NONE);
    ge_write_options o = {0};
    o.keep_unlocated = 1;
    const char *out = path("atomic.gpkg");
    CHECK(write_doc(out, &o, NULL, &d) == GE_OK, "first write");
    long size = file_size(out);
    ge_writer *w = NULL;
    char err[512] = "";
    CHECK(ge_writer_open(out, &o, NULL, &w, err, sizeof err) == GE_ERR_EXISTS,
          "existing output refused");
    CHECK(strstr(err, "atomic.gpkg") != NULL, "message names the file (%s)", err);
    o.overwrite = 1;
    CHECK(ge_writer_open(out, &o, NULL, &w, err, sizeof err) == GE_OK, "overwrite allowed");
    if (w) {
        ge_writer_add(w, &d);
        ge_writer_add(w, &d);
        CHECK(count_tmp_leftovers() == 1, "written under a temporary name");
        ge_writer_abort(w);
    }
    CHECK(count_tmp_leftovers() == 0, "abort removes the temporary output");
    CHECK(file_size(out) == size, "abort leaves the old output untouched");
    GDALDatasetH ds;
    OGRLayerH l = open_layer(&ds, out, "events");
    CHECK(l && OGR_L_GetFeatureCount(l, TRUE) == 2, "old output still readable");
    CHECK(ds && GDALDatasetGetLayerByName(ds, "mentions") && GDALDatasetGetLayerByName(ds, "articles"),
          "GPKG holds all three layers");
    if (l) {
        CHECK(field_type(l, "event_date") == OFTDate, "GPKG event_date Date");
        CHECK(field_type(l, "negated") == OFTInteger, "GPKG negated Integer (boolean)");
    }
    if (ds)
        GDALClose(ds);
    o.t_srs = "EPSG:999999";
    CHECK(ge_writer_open(path("bad.gpkg"), &o, NULL, &w, err, sizeof err) == GE_ERR_PROJ,
          "unknown CRS refused");
    o.t_srs = NULL;
    CHECK(ge_writer_open(path("x.docx"), &o, NULL, &w, err, sizeof err) == GE_ERR_ARG,
          "unknown extension refused");
    CHECK(ge_writer_open(path("nodir/x.gpkg"), &o, NULL, &w, err, sizeof err) == GE_ERR_IO,
          "missing folder refused");
    CHECK(count_tmp_leftovers() == 0, "no temporary files left");
    ge_doc_free(&d);
}

/* A Shapefile folder: short field names, UTF-8 with .cpg, .prj. */
static void test_shapefile(void)
{
    ge_doc d;
    make_doc(&d, GE_NONE);
    ge_write_options o = {0};
    o.keep_unlocated = 1;
    CHECK(write_doc(path("shp"), &o, NULL, &d) == GE_OK, "write Shapefile folder");
    CHECK(access(path("shp/events.shp"), F_OK) == 0, "events.shp");
    CHECK(access(path("shp/events.cpg"), F_OK) == 0, "events.cpg");
    CHECK(access(path("shp/events.prj"), F_OK) == 0, "events.prj");
    CHECK(access(path("shp/mentions.shp"), F_OK) == 0, "mentions.shp");
    CHECK(access(path("shp/articles.shp"), F_OK) == 0, "articles.shp");
    GDALDatasetH ds;
    OGRLayerH l = open_layer(&ds, path("shp/events.shp"), NULL);
    CHECK(l != NULL, "events.shp opens");
    if (l) {
        CHECK(field_type(l, "trig_start") == OFTInteger, "short name trig_start");
        CHECK(field_type(l, "event_date") == OFTDate, "Shapefile event_date Date");
        OGR_L_ResetReading(l);
        OGRFeatureH f = OGR_L_GetNextFeature(l);
        if (f) {
            const char *s = OGR_F_GetFieldAsString(f, OGR_F_GetFieldIndex(f, "title"));
            CHECK(!strcmp(s, "Zürich protest"), "UTF-8 title survives (%s)", s);
            OGR_F_Destroy(f);
        }
    }
    if (ds)
        GDALClose(ds);
    /* a title longer than the 254-byte field is cut on a character boundary */
    free(d.article.title);
    d.article.title = malloc(401);
    for (int i = 0; i < 200; i++)
        memcpy(d.article.title + 2 * i, "\xc3\xbc", 2); /* u-umlaut */
    d.article.title[400] = '\0';
    CHECK(write_doc(path("long.shp"), &o, NULL, &d) == GE_OK, "write long title");
    l = open_layer(&ds, path("long.shp"), NULL);
    if (l) {
        OGR_L_ResetReading(l);
        OGRFeatureH f = OGR_L_GetNextFeature(l);
        const char *s = f ? OGR_F_GetFieldAsString(f, OGR_F_GetFieldIndex(f, "title")) : "";
        size_t n = strlen(s);
        CHECK(n == 254 && ge_utf8_check(s, n) == n && !strncmp(s, d.article.title, n),
              "long title cut to 254 bytes of whole characters (%zu)", n);
        if (f)
            OGR_F_Destroy(f);
    }
    if (ds)
        GDALClose(ds);
    CHECK(write_doc(path("shp"), &o, NULL, &d) == GE_ERR_EXISTS, "existing set refused");
    o.overwrite = 1;
    CHECK(write_doc(path("shp"), &o, NULL, &d) == GE_OK, "existing set replaced");
    CHECK(count_tmp_leftovers() == 0, "no temporary files left");
    ge_doc_free(&d);
}

/* Every format the extension picks writes and reads back through OGR. */
static void test_formats(void)
{
    static const struct {
        const char *name;
        int features; /* events read back, -1 = don't count */
    } outs[] = {
        {"f.geojsonl", 2}, {"f.geojsons", 2}, {"f.fgb", 0}, /* FlatGeobuf drops null geometries */  {"f.csv", 2},
        {"f.kml", 2},      {"one.shp", 2},    {"f.sqlite", 2}, {"f.mbtiles", -1}, /* no points: no tiles */
    };
    ge_doc d;
    make_doc(&d, GE_NONE);
    ge_write_options o = {0};
    o.keep_unlocated = 1;
    for (size_t i = 0; i < sizeof outs / sizeof *outs; i++) {
        CHECK(write_doc(path(outs[i].name), &o, NULL, &d) == GE_OK, "write %s", outs[i].name);
        GDALDatasetH ds;
        OGRLayerH l = open_layer(&ds, path(outs[i].name), NULL);
        CHECK(ds != NULL || outs[i].features < 0, "%s opens", outs[i].name);
        CHECK(access(path(outs[i].name), F_OK) == 0, "%s exists", outs[i].name);
        if (l && outs[i].features >= 0)
            CHECK(OGR_L_GetFeatureCount(l, TRUE) == outs[i].features, "%s: %d events",
                  outs[i].name, outs[i].features);
        if (ds)
            GDALClose(ds);
    }
    CHECK(access(path("f.csvt"), F_OK) == 0, "CSV types beside (.csvt)");
    o.layers = GE_LAYER_MENTIONS | GE_LAYER_ARTICLES;
    CHECK(write_doc(path("g.fgb"), &o, NULL, &d) == GE_OK, "write fgb with sidecars");
    CHECK(access(path("g.fgb"), F_OK) == 0 && access(path("g.mentions.fgb"), F_OK) != 0 &&
              access(path("g.articles.fgb"), F_OK) == 0 && access(path("g.events.fgb"), F_OK) != 0,
          "only the layers asked for: mentions at the path, articles beside, no events");
    o.layers = 0;
    CHECK(write_doc(path("f.jsonl"), &o, NULL, &d) == GE_OK, "write PLOVER JSON Lines");
    FILE *f = fopen(path("f.jsonl"), "r");
    int lines = 0;
    char line[8192];
    while (f && fgets(line, sizeof line, f))
        lines += line[0] == '{';
    if (f)
        fclose(f);
    CHECK(lines == 2, "one JSON line per event (%d)", lines);
    o.driver = "GeoJSON";
    CHECK(write_doc(path("forced.txt"), &o, NULL, &d) == GE_OK, "-f GeoJSON on any name");
    GDALDatasetH ds;
    OGRLayerH l = open_layer(&ds, path("forced.txt"), NULL);
    CHECK(l != NULL, "forced driver output reads back");
    if (ds)
        GDALClose(ds);
    o.driver = "NoSuchDriver";
    CHECK(write_doc(path("x.gpkg"), &o, NULL, &d) == GE_ERR_ARG, "unknown driver refused");
    CHECK(count_tmp_leftovers() == 0, "no temporary files left");
    ge_doc_free(&d);
}

/* Located events need a gazetteer: coordinates, reprojection. */
static int test_located(void)
{
    const char *gp = getenv("GEOEVENTS_GAZETTEER");
    char def[600];
    snprintf(def, sizeof def, "%s/gazetteer/geoevents.gaz", GE_SOURCE_DIR);
    if (!gp || access(gp, R_OK) != 0)
        gp = def;
    ge_gazetteer *g = NULL;
    char err[256];
    if (access(gp, R_OK) != 0 || ge_gazetteer_open(gp, 0, &g, err, sizeof err) != GE_OK) {
        printf("test_write: no gazetteer (%s): located tests skipped\n", gp);
        return 0;
    }
    char key[64];
    size_t kl = ge_text_normalize("Zürich", strlen("Zürich"), key, sizeof key);
    ge_name nm;
    uint32_t place = GE_NONE;
    if (ge_gazetteer_lookup(g, key, kl, &nm) && nm.ncands)
        place = nm.cands[0].place;
    CHECK(place != GE_NONE, "Zürich in the gazetteer");
    if (place == GE_NONE) {
        ge_gazetteer_close(g);
        return 1;
    }
    const ge_place *p = ge_gazetteer_place(g, place);
    ge_doc d;
    make_doc(&d, place);
    ge_write_options o = {0};
    o.layers = GE_LAYER_EVENTS | GE_LAYER_MENTIONS | GE_LAYER_ARTICLES;
    CHECK(write_doc(path("loc.geojson"), &o, g, &d) == GE_OK, "write located GeoJSON");
    GDALDatasetH ds;
    OGRLayerH l = open_layer(&ds, path("loc.geojson"), NULL);
    CHECK(l && OGR_L_GetFeatureCount(l, TRUE) == 2, "two located events");
    if (l) {
        OGR_L_ResetReading(l);
        OGRFeatureH f = OGR_L_GetNextFeature(l);
        OGRGeometryH geom = f ? OGR_F_GetGeometryRef(f) : NULL;
        CHECK(geom && fabs(OGR_G_GetX(geom, 0) - p->lon) < 1e-5 &&
                  fabs(OGR_G_GetY(geom, 0) - p->lat) < 1e-5,
              "lon/lat order");
        if (f) {
            CHECK(OGR_F_GetFieldAsInteger(f, OGR_F_GetFieldIndex(f, "geo_precision")) >= 1,
                  "geo_precision set");
            CHECK(OGR_F_GetFieldAsInteger(f, OGR_F_GetFieldIndex(f, "place_start")) == 3,
                  "place_start in code points");
            OGR_F_Destroy(f);
        }
    }
    if (ds)
        GDALClose(ds);
    l = open_layer(&ds, path("loc.mentions.geojson"), NULL);
    CHECK(l && OGR_L_GetFeatureCount(l, TRUE) == 1, "one mention");
    if (l) {
        OGR_L_ResetReading(l);
        OGRFeatureH f = OGR_L_GetNextFeature(l);
        if (f) {
            CHECK(!strcmp(OGR_F_GetFieldAsString(f, OGR_F_GetFieldIndex(f, "name")), "Zürich"),
                  "mention name");
            CHECK(OGR_F_GetFieldAsInteger(f, OGR_F_GetFieldIndex(f, "end")) -
                          OGR_F_GetFieldAsInteger(f, OGR_F_GetFieldIndex(f, "start")) ==
                      6,
                  "mention offsets in code points");
            OGR_F_Destroy(f);
        }
    }
    if (ds)
        GDALClose(ds);

    o.t_srs = "EPSG:3857";
    CHECK(write_doc(path("merc.gpkg"), &o, g, &d) == GE_OK, "write GPKG in EPSG:3857");
    l = open_layer(&ds, path("merc.gpkg"), "events");
    if (l) {
        OGRSpatialReferenceH srs = OGR_L_GetSpatialRef(l);
        const char *code = srs ? OSRGetAuthorityCode(srs, NULL) : NULL;
        CHECK(code && !strcmp(code, "3857"), "layer CRS is EPSG:3857");
        OGR_L_ResetReading(l);
        OGRFeatureH f = OGR_L_GetNextFeature(l);
        OGRGeometryH geom = f ? OGR_F_GetGeometryRef(f) : NULL;
        double x = 6378137.0 * p->lon * M_PI / 180.0;
        CHECK(geom && fabs(OGR_G_GetX(geom, 0) - x) < 1.0, "x in metres");
        if (f)
            OGR_F_Destroy(f);
    } else {
        CHECK(0, "merc.gpkg events layer");
    }
    if (ds)
        GDALClose(ds);
    ge_doc_free(&d);
    ge_gazetteer_close(g);
    return 1;
}

/* ge_plover_number prints as cJSON prints the number: every form, those it
 * formats itself (raw) and those it leaves to cJSON. */
static int same_as_cjson(double v, int *raw)
{
    cJSON *mine = ge_plover_number(v), *theirs = cJSON_CreateNumber(v);
    char *got = mine ? cJSON_PrintUnformatted(mine) : NULL;
    char *want = theirs ? cJSON_PrintUnformatted(theirs) : NULL;
    int ok = got && want && !strcmp(got, want);
    if (!ok)
        fprintf(stderr, "  cJSON: %s\n  ours:  %s\n", want ? want : "(null)", got ? got : "(null)");
    *raw += cJSON_IsRaw(mine);
    cJSON_free(got);
    cJSON_free(want);
    cJSON_Delete(mine);
    cJSON_Delete(theirs);
    return ok;
}

static void test_plover_number(void)
{
    static const double fixed[] = {0.0, -0.0, 1.0, -1.0, 0.5, 0.001, 0.0001, 0.00005, 1e-7,
                                   0.1 + 0.2, 1.0 / 3.0, 123.4567891, -73.935242, 51.477928,
                                   -0.000001, 179.999999, -180.0, 2147483647.0, -2147483648.0,
                                   2147483648.0, 3e9, 999999999.999999, 1e9, 1e15, 1e16, 1e20,
                                   123456789.123456, 0.999, 0.9995, NAN, INFINITY, -INFINITY};
    int bad = 0, raw = 0;
    for (size_t i = 0; i < sizeof fixed / sizeof *fixed; i++)
        bad += !same_as_cjson(fixed[i], &raw);
    /* coordinates to 6 decimals, confidences to 3, integers, any doubles */
    uint64_t x = 88172645463325252ull;
    for (int i = 0; i < 20000; i++) {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        double v;
        switch (i % 4) {
        case 0: v = round(((double)(x % 360000000) / 1e6 - 180.0) * 1e6) / 1e6; break;
        case 1: v = (double)(int)((double)(x % 1000000) / 1e6 * 1000 + 0.5) / 1000.0; break;
        case 2: v = (double)(int64_t)(x % 4000000000ull) - 2e9; break;
        default: v = (double)(x >> 11) / (double)(1ull << 53) * pow(10, (double)(x % 13) - 4); break;
        }
        bad += !same_as_cjson(v, &raw);
    }
    CHECK(bad == 0, "numbers as cJSON prints them (%d differ)", bad);
    /* the coordinates, the confidences and the integers below 10^9 (over
     * half of the draws) are printed once, raw */
    CHECK(raw > 11000, "six-decimal numbers printed once, raw (%d)", raw);
}

/* The bytes of file p (malloc'd, *n its length), NULL when unreadable. */
static char *slurp(const char *p, size_t *n)
{
    FILE *f = fopen(p, "rb");
    char *b = NULL;
    *n = 0;
    if (f && fseek(f, 0, SEEK_END) == 0) {
        long len = ftell(f);
        rewind(f);
        b = len >= 0 ? malloc((size_t)len + 1) : NULL;
        if (b)
            *n = fread(b, 1, (size_t)len, f);
    }
    if (f)
        fclose(f);
    return b;
}

static int same_file(const char *a, const char *b)
{
    size_t na, nb;
    char *x = slurp(a, &na), *y = slurp(b, &nb);
    int same = x && y && na == nb && na > 0 && !memcmp(x, y, na);
    free(x);
    free(y);
    return same;
}

/* Parts (ge_writer_part_*): a GeoJSON Sequence written from two parts,
 * filled in turn and written in order, then a document through
 * ge_writer_add, is the file ge_writer_add alone writes; other formats take
 * no parts. */
static void test_parts(void)
{
    ge_doc d;
    make_doc(&d, GE_NONE);
    ge_write_options o = {0};
    o.keep_unlocated = 1;
    o.layers = GE_LAYER_EVENTS | GE_LAYER_ARTICLES;
    o.t_srs = "EPSG:3857";
    char err[512] = "";
    ge_writer *w = NULL;
    CHECK(ge_writer_open(path("whole.geojsonl"), &o, NULL, &w, err, sizeof err) == GE_OK,
          "open whole.geojsonl: %s", err);
    for (int i = 0; w && i < 5; i++)
        CHECK(ge_writer_add(w, &d) == GE_OK, "add %d", i);
    if (w)
        CHECK(ge_writer_commit(w, err, sizeof err) == GE_OK, "commit whole: %s", err);

    w = NULL;
    ge_writer_part *p[2] = {NULL, NULL};
    CHECK(ge_writer_open(path("parts.geojsonl"), &o, NULL, &w, err, sizeof err) == GE_OK,
          "open parts.geojsonl: %s", err);
    CHECK(w && ge_writer_part_new(w, &p[0]) == GE_OK && p[0], "a GeoJSON Sequence takes parts");
    CHECK(w && ge_writer_part_new(w, &p[1]) == GE_OK && p[1], "a second part");
    if (p[0] && p[1]) {
        CHECK(ge_writer_part_add(p[0], &d) == GE_OK && ge_writer_part_add(p[0], &d) == GE_OK,
              "part 0 filled");
        CHECK(ge_writer_part_add(p[1], &d) == GE_OK, "part 1 filled");
        CHECK(ge_writer_part_seal(p[1]) == GE_OK, "part 1 sealed first");
        CHECK(ge_writer_add_part(w, p[0]) == GE_OK, "part 0 written (sealed by the writing)");
        CHECK(ge_writer_add_part(w, p[1]) == GE_OK, "part 1 written");
        CHECK(ge_writer_part_add(p[0], &d) == GE_OK && ge_writer_add_part(w, p[0]) == GE_OK,
              "part 0 filled and written again");
        CHECK(ge_writer_part_dropped(p[0]) == 0, "nothing dropped");
    }
    ge_writer_part_free(p[0]);
    ge_writer_part_free(p[1]);
    if (w) {
        CHECK(ge_writer_add(w, &d) == GE_OK, "ge_writer_add after parts");
        CHECK(ge_writer_commit(w, err, sizeof err) == GE_OK, "commit parts: %s", err);
    }
    CHECK(same_file(path("whole.geojsonl"), path("parts.geojsonl")),
          "events from parts: the same bytes");
    CHECK(same_file(path("whole.articles.geojsonl"), path("parts.articles.geojsonl")),
          "articles from parts: the same bytes");
    CHECK(same_file(path("whole.qml"), path("parts.qml")), "the same style");

    w = NULL;
    ge_writer_part *q = NULL;
    CHECK(ge_writer_open(path("noparts.gpkg"), &o, NULL, &w, err, sizeof err) == GE_OK,
          "open noparts.gpkg: %s", err);
    CHECK(w && ge_writer_part_new(w, &q) == GE_OK && !q, "a GeoPackage takes no parts");
    if (w)
        ge_writer_abort(w);
    ge_doc_free(&d);
}

int main(void)
{
    snprintf(tmp, sizeof tmp, "%s", GE_TEST_TMP);
    VSIRmdirRecursive(tmp);
    VSIMkdirRecursive(tmp, 0755);
    GDALAllRegister();
    CPLSetConfigOption("CPL_LOG", "/dev/null");
    test_plover_number();
    test_driver_for_path();
    test_geojson_unlocated();
    test_atomic();
    test_shapefile();
    test_formats();
    test_parts();
    test_located();
    printf("test_write: %d passed, %d failed\n", passes, fails);
    return fails ? 1 : 0;
}
