/*
 * write.c -- the write stage: documents -> the events, mentions and articles
 * layers through OGR (any vector driver GDAL writes), PLOVER JSON Lines, or
 * the HTML map. Everything is written into a private temporary folder next
 * to the output and moved into place by ge_writer_commit only.
 */
#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <strings.h>
#include <sys/stat.h>

#include <cpl_error.h>
#include <cpl_string.h>
#include <cpl_vsi.h>

#include "write_internal.h"

/* ---------------------------------------------------------------- commit */

/* Moves every file of the temporary folder into dest. */
static ge_status move_files(const char *tmpdir, const char *dest, char *err, size_t errlen)
{
    char **list = VSIReadDir(tmpdir);
    ge_status st = GE_OK;
    for (int i = 0; list && list[i] && st == GE_OK; i++) {
        if (!strcmp(list[i], ".") || !strcmp(list[i], ".."))
            continue;
        char *from = wr_path_join(tmpdir, list[i]);
        char *to = wr_path_join(dest, list[i]);
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
        if (!wr_exists(w->final)) {
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
    if (wr_close_all(w) && st == GE_OK) {
        ge_seterr(err, errlen, "%s: writing failed: %s", w->final, CPLGetLastErrorMsg());
        st = w->kind == W_OGR ? GE_ERR_OGR : GE_ERR_IO;
    }
    if (st == GE_OK && w->kind == W_OGR && !strcasecmp(w->driver, "CSV") && !w->stream)
        st = csv_date_types(w, err, errlen);
    if (st == GE_OK && !w->stream)
        st = wr_check_targets(w, err, errlen); /* nothing appeared meanwhile */
    if (st == GE_OK && !w->stream)
        st = move_into_place(w, err, errlen);
    if (st != GE_OK) {
        ge_writer_abort(w);
        return st;
    }
    if (w->tmpdir)
        ge_remove_tree(w->tmpdir); /* empty now, or gone when renamed */
    wr_free(w);
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

