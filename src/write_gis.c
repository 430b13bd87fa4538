/*
 * write_gis.c -- the GIS part of the writer, as the table the front
 * (write.c) calls through (gis.h's wr_gis_ops): OGR outputs opened
 * (write_open.c), documents added (write_features.c), the QGIS styles
 * stored, datasets closed, CSV column types, and GDAL's error messages.
 * Also the whole GIS part's table for the library: ge_gis_get.
 */
#include <stdio.h>
#include <stdlib.h>
#include <strings.h>

#include <cpl_error.h>
#include <cpl_string.h>
#include <cpl_vsi.h>

#include "read_internal.h"
#include "write_internal.h"

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
    const char *ext = wr_extension(file);
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
                extra = qml_name(w->tmpdir, w->main_name, wr_layer_defs[i].name);
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
        for (int k = 0; k < wr_layer_defs[i].nfields; k++) {
            ftype t = wr_layer_defs[i].fields[k].type;
            if (t == F_DATE || t == F_DATETIME) {
                names[n] = wr_layer_defs[i].fields[k].name;
                types[n++] = t == F_DATE ? "Date" : "DateTime";
            }
        }
        char *p = wr_path_join(w->tmpdir, w->names[i]);
        int rc = p ? ge_csvt_retype(p, names, types, n) : -1;
        free(p);
        if (rc != 0) {
            ge_seterr(err, errlen, "%s: cannot write the column types (.csvt)", w->final);
            return GE_ERR_IO;
        }
    }
    return GE_OK;
}

/* Before the datasets close: the transaction committed, the styles
 * stored. */
static ge_status gis_finish(ge_writer *w, char *err, size_t errlen)
{
    ge_status st = GE_OK;
    if (w->kind == W_OGR && w->txn) {
        w->txn = 0;
        if (GDALDatasetCommitTransaction(w->ds) != OGRERR_NONE) {
            ge_seterr(err, errlen, "%s: %s", w->final, CPLGetLastErrorMsg());
            st = GE_ERR_OGR;
        }
    }
    if (st == GE_OK && w->kind == W_OGR && !w->stream)
        st = store_styles(w, err, errlen);
    return st;
}

/* Closes the datasets that layers own; 1 when one failed to close. */
int wr_close_own_layers(ge_writer *w)
{
    int bad = 0;
    for (int i = 0; i < L_N; i++) {
        if (w->L[i].own_ds && w->L[i].ds) {
            CPLErrorReset();
            GDALClose(w->L[i].ds);
            bad |= CPLGetLastErrorType() == CE_Failure;
        }
        w->L[i].ds = NULL;
    }
    return bad;
}

/* Closes every dataset; returns 0 when all closed cleanly. */
static int gis_close(ge_writer *w)
{
    int bad = w->raw ? wr_raw_close(w) : 0;
    wr_free_features(w);
    if (w->txn && w->ds) {
        if (GDALDatasetCommitTransaction(w->ds) != OGRERR_NONE)
            bad = 1;
        w->txn = 0;
    }
    int shared = w->ds != NULL; /* w->ds is not one layer's own dataset */
    for (int i = 0; i < L_N; i++)
        if (w->L[i].own_ds && w->L[i].ds == w->ds)
            shared = 0;
    bad |= wr_close_own_layers(w);
    if (shared) {
        if (w->tiles && w->progress) /* the tiler runs in the close: say so */
            w->progress(0.99, "building vector tiles", w->progress_user);
        CPLErrorReset();
        GDALClose(w->ds);
        bad |= CPLGetLastErrorType() == CE_Failure;
    }
    w->ds = NULL;
    if (w->vsidir) /* the layers of a writer written from parts */
        VSIRmdirRecursive(w->vsidir);
    return bad;
}

static ge_status gis_after_close(ge_writer *w, char *err, size_t errlen)
{
    if (w->kind == W_OGR && !strcasecmp(w->driver, "CSV") && !w->stream)
        return csv_date_types(w, err, errlen);
    return GE_OK;
}

static void gis_free(ge_writer *w)
{
    wr_part_free(w->self_part);
    w->self_part = NULL;
    CPLFree(w->vsidir);
    w->vsidir = NULL;
    wr_free_features(w);
    if (w->ct)
        OCTDestroyCoordinateTransformation(w->ct);
    if (w->srs)
        OSRDestroySpatialReference(w->srs);
    if (w->wgs84)
        OSRDestroySpatialReference(w->wgs84);
    w->ct = NULL;
    w->srs = w->wgs84 = NULL;
}

static void gis_warn(const char *message)
{
    CPLError(CE_Warning, CPLE_AppDefined, "%s", message);
}

static const char *gis_error_msg(void)
{
    return CPLGetLastErrorMsg();
}

/* A document or a feature: written from a part when the writer has parts. */
static ge_status gis_add(ge_writer *w, const ge_doc *doc)
{
    return w->raw ? wr_raw_add(w, doc) : wr_add_gis(w, doc);
}

static ge_status gis_add_feature(ge_writer *w, unsigned layer, void *feature)
{
    return w->raw ? wr_raw_add_feature(w, layer, feature) : wr_add_feature(w, layer, feature);
}

const wr_gis_ops wr_gis = {
    wr_choose_driver, wr_setup_srs,  wr_open_ogr,     wr_copy_existing, gis_add,
    gis_add_feature,  gis_finish,    gis_close,       gis_after_close,  gis_free,
    gis_warn,         gis_error_msg, wr_part_new,     wr_part_add,      wr_part_seal,
    wr_part_dropped,  wr_add_part,   wr_part_free};

/* ------------------------------------------------------- the library's */

extern const rd_io rd_io_vsi; /* read_vsi.c */

/* The full library (core and GIS part) reads through GDAL's VSI and writes
 * every format. A program linking the core alone defines its own. */
const ge_gis *ge_gis_get(void)
{
    static const ge_gis gis = {&rd_io_vsi, &wr_gis};
    return &gis;
}
