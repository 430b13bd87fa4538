/*
 * write_part.c -- parts of a writer (geoevents.h's ge_writer_part_*): a
 * batch of documents built into features and written by the OGR driver
 * itself into datasets of the part's own in /vsimem/, on the thread that
 * processed the batch; the writer's thread then appends those bytes to the
 * output, batch after batch, in order.
 *
 * For GeoJSON Sequences only: GDAL writes each of their features alone, one
 * record after the other, with nothing before the first or after the last,
 * so the bytes of consecutive batches put end to end are those one dataset
 * would have written (the "id" member comes from our field, never from a
 * counter of the dataset). The JSON is GDAL's all the same.
 *
 * A part is a shadow writer: the owner's settings (driver, layer names and
 * creation options, CRS...), copied when the part is made on the owner's
 * thread, with its own layers, reused features, clones of the CRS and of
 * the coordinate transformation, float memo and dropped counts, so that
 * nothing of it is shared with another thread while it is filled.
 *
 * Once it has parts, the owner writes each layer's file itself (raw_out);
 * its layers are recreated in /vsimem/, empty, for their schema (the
 * styles); ge_writer_add and ge_writer_add_feature then go through a part
 * of the owner's (self_part), written at once.
 */
#include <stdio.h>
#include <stdlib.h>
#include <strings.h>

#include <cpl_conv.h>
#include <cpl_error.h>
#include <cpl_string.h>

#include "write_internal.h"

/* Can w be written from parts: a GeoJSON Sequence, not appended to, nothing
 * written yet, and the id member from our field. */
static int takes_parts(const ge_writer *w)
{
    if (w->kind != W_OGR || strcasecmp(w->driver, "GeoJSONSeq") != 0 || w->append || w->multi ||
        w->folder || !w->json_ids)
        return 0;
    const char *id = CSLFetchNameValue(w->lco, "ID_FIELD");
    if (id && strcmp(id, "id") != 0)
        return 0;
    for (int i = 0; i < L_N; i++)
        if ((w->layers & (1u << i)) && (!w->L[i].lyr || w->L[i].fid != 0 || !w->names[i]))
            return 0;
    return 1;
}

/* Closes the datasets of layers L (those it owns); 0 when all closed cleanly. */
static int close_layers(ge_writer *w)
{
    wr_free_features(w);
    int bad = wr_close_own_layers(w);
    for (int i = 0; i < L_N; i++) {
        w->L[i].lyr = NULL;
        w->L[i].own_ds = 0;
        w->L[i].from = NULL;
    }
    w->ds = NULL;
    return bad;
}

/* The owner writes its files itself from now on: the datasets GDAL created
 * (empty: a GeoJSON Sequence writes nothing until its first feature) are
 * closed, the files opened again for writing, and the layers made anew in
 * /vsimem/. */
static ge_status go_raw(ge_writer *w)
{
    w->vsidir = CPLStrdup(CPLSPrintf("/vsimem/geoevents-%p", (void *)w));
    if (close_layers(w))
        return GE_ERR_OGR;
    w->raw = 1;
    for (int i = 0; i < L_N; i++) {
        if (!(w->layers & (1u << i)))
            continue;
        char *path = wr_layer_path(w, i);
        if (!path)
            return GE_ERR_NOMEM;
        w->raw_out[i] = VSIFOpenL(path, "wb");
        free(path);
        if (!w->raw_out[i])
            return GE_ERR_IO;
    }
    char *tmpdir = w->tmpdir, err[512];
    int stream = w->stream;
    w->tmpdir = w->vsidir;
    w->stream = 0;
    ge_status st = wr_open_ogr(w, err, sizeof err);
    w->tmpdir = tmpdir;
    w->stream = stream;
    return st;
}

ge_status wr_part_new(ge_writer *w, ge_writer_part **out)
{
    *out = NULL;
    if (!w->raw && !takes_parts(w))
        return GE_OK;
    ge_status st = w->raw ? GE_OK : go_raw(w);
    if (st != GE_OK)
        return st;
    ge_writer_part *p = calloc(1, sizeof *p);
    if (!p)
        return GE_ERR_NOMEM;
    p->gis = w->gis;
    p->owner = w;
    p->w = *w;
    ge_writer *s = &p->w;
    memset(s->L, 0, sizeof s->L);
    memset(s->raw_out, 0, sizeof s->raw_out);
    memset(s->dropped, 0, sizeof s->dropped);
    memset(&s->fmemo, 0, sizeof s->fmemo);
    memset(&s->scratch, 0, sizeof s->scratch);
    memset(&s->dropped_places, 0, sizeof s->dropped_places);
    s->ds = NULL;
    s->txn = 0;
    s->txn_n = 0;
    s->raw = 0;
    s->vsidir = NULL;
    s->self_part = NULL;
    s->jsonl = NULL;
    s->html = NULL;
    s->stream = 0;
    s->progress = NULL;
    s->wgs84 = NULL;
    s->srs = w->srs ? OSRClone(w->srs) : NULL;
    s->ct = w->ct ? OCTClone(w->ct) : NULL;
    p->dir = CPLStrdup(CPLSPrintf("/vsimem/geoevents-part-%p", (void *)p));
    s->tmpdir = p->dir;
    if ((w->srs && !s->srs) || (w->ct && !s->ct)) {
        wr_part_free(p);
        return GE_ERR_NOMEM;
    }
    *out = p;
    return GE_OK;
}

ge_status wr_part_add(ge_writer_part *p, const ge_doc *doc)
{
    if (p->st != GE_OK)
        return p->st;
    if (!p->open) {
        char err[512];
        p->open = 1;
        p->st = wr_open_ogr(&p->w, err, sizeof err);
        if (p->st != GE_OK) {
            CPLError(CE_Failure, CPLE_AppDefined, "%s", err);
            return p->st;
        }
    }
    p->st = wr_add_gis(&p->w, doc);
    return p->st;
}

/* The bytes of a layer's file in p->dir, taken out of /vsimem/. */
static void take_bytes(ge_writer_part *p, int i)
{
    char *path = wr_path_join(p->dir, p->w.names[i]);
    if (!path) {
        p->st = GE_ERR_NOMEM;
        return;
    }
    p->len[i] = 0;
    p->bytes[i] = VSIGetMemFileBuffer(path, &p->len[i], TRUE);
    free(path);
}

ge_status wr_part_seal(ge_writer_part *p)
{
    if (!p->open)
        return p->st;
    p->open = 0;
    if (close_layers(&p->w) && p->st == GE_OK)
        p->st = GE_ERR_OGR;
    for (int i = 0; i < L_N; i++)
        if (p->w.layers & (1u << i))
            take_bytes(p, i);
    return p->st;
}

size_t wr_part_dropped(const ge_writer_part *p)
{
    return ge_writer_dropped(&p->w, NULL, NULL);
}

/* Adds the part's dropped places ("Name (lon, lat)\n" lines) the owner has
 * not named yet, in their order. */
static void merge_places(ge_writer *w, const ge_buf *from)
{
    for (size_t a = 0; a < from->len;) {
        const char *s = from->s + a, *e = memchr(s, '\n', from->len - a);
        size_t n = e ? (size_t)(e - s) + 1 : from->len - a;
        char line[256];
        if (n < sizeof line) {
            memcpy(line, s, n);
            line[n] = '\0';
            if (!w->dropped_places.len || !strstr(w->dropped_places.s, line))
                ge_buf_add(&w->dropped_places, line, n);
        }
        a += n;
    }
}

ge_status wr_add_part(ge_writer *w, ge_writer_part *p)
{
    ge_status st = wr_part_seal(p);
    for (int i = 0; i < L_N; i++) {
        if (st == GE_OK && p->len[i] && (!w->raw_out[i] ||
                                         VSIFWriteL(p->bytes[i], 1, (size_t)p->len[i],
                                                    w->raw_out[i]) != (size_t)p->len[i]))
            st = GE_ERR_IO;
        CPLFree(p->bytes[i]);
        p->bytes[i] = NULL;
        p->len[i] = 0;
        w->L[i].fid += p->w.L[i].fid;
        p->w.L[i].fid = 0;
        w->dropped[i] += p->w.dropped[i];
        p->w.dropped[i] = 0;
    }
    merge_places(w, &p->w.dropped_places);
    p->w.dropped_places.len = 0;
    p->st = GE_OK;
    return st;
}

void wr_part_free(ge_writer_part *p)
{
    if (!p)
        return;
    wr_part_seal(p);
    for (int i = 0; i < L_N; i++)
        CPLFree(p->bytes[i]);
    if (p->w.ct)
        OCTDestroyCoordinateTransformation(p->w.ct);
    if (p->w.srs)
        OSRDestroySpatialReference(p->w.srs);
    ge_buf_free(&p->w.scratch);
    ge_buf_free(&p->w.dropped_places);
    if (p->dir)
        VSIRmdirRecursive(p->dir);
    CPLFree(p->dir);
    free(p);
}

/* ---------------------------------------------- the owner written raw */

static ge_status self_part(ge_writer *w, ge_writer_part **p)
{
    if (!w->self_part) {
        ge_status st = wr_part_new(w, &w->self_part);
        if (st != GE_OK)
            return st;
    }
    *p = w->self_part;
    return *p ? GE_OK : GE_ERR_ARG;
}

ge_status wr_raw_add(ge_writer *w, const ge_doc *doc)
{
    ge_writer_part *p = NULL;
    ge_status st = self_part(w, &p);
    if (st == GE_OK)
        st = wr_part_add(p, doc);
    ge_status st2 = p ? wr_add_part(w, p) : GE_OK;
    return st != GE_OK ? st : st2;
}

ge_status wr_raw_add_feature(ge_writer *w, unsigned layer, void *feature)
{
    ge_writer_part *p = NULL;
    ge_status st = self_part(w, &p);
    if (st == GE_OK && !p->open) {
        char err[512];
        p->open = 1;
        p->st = st = wr_open_ogr(&p->w, err, sizeof err);
    }
    if (st == GE_OK)
        st = wr_add_feature(&p->w, layer, feature);
    ge_status st2 = p ? wr_add_part(w, p) : GE_OK;
    return st != GE_OK ? st : st2;
}

int wr_raw_close(ge_writer *w)
{
    int bad = 0;
    wr_part_free(w->self_part);
    w->self_part = NULL;
    for (int i = 0; i < L_N; i++) {
        if (w->raw_out[i] && VSIFCloseL(w->raw_out[i]) != 0)
            bad = 1;
        w->raw_out[i] = NULL;
    }
    return bad;
}
