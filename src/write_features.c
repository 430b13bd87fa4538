/*
 * write_features.c -- a document's events, mentions and article as OGR
 * features (fields, points in the output CRS, ids; PLOVER lines and map
 * records are the front's, write.c); and features copied from another
 * geoevents output (merge).
 */
#include <ctype.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

#include <cpl_error.h>

#include "dates.h"
#include "plover.h"
#include "write_internal.h"

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
/* Field k of layer L's feature is set: it is not to be nulled (fill_done). */
static void mark_filled(out_layer *L, int k)
{
    if (k >= 0 && k < 64)
        L->filled |= 1ull << k;
}

static void set_cell(ge_writer *w, OGRFeatureH f, out_layer *L, int k, const char *s)
{
    mark_filled(L, k);
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

static void set_str(ge_writer *w, OGRFeatureH f, out_layer *L, int field, const char *s)
{
    if (L->idx[field] < 0 || !s || !*s)
        return;
    size_t max = max_bytes(w, L, field), n = strlen(s);
    if (max && n > max)
        s = slice(w, s, 0, n, max);
    if (s)
        set_cell(w, f, L, L->idx[field], s);
}

/* A date or date-time field: ISO 8601 text where the field is a string
 * (CSV: GDAL would write 2023/11/05), the value itself otherwise. */
static void set_date(ge_writer *w, OGRFeatureH f, out_layer *L, int field, const char *s)
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
    mark_filled(L, L->idx[field]);
    OGR_F_SetFieldString(f, L->idx[field], iso);
}

/* event_date_start, event_date_end: the days the date stands for. */
static void set_date_span(ge_writer *w, OGRFeatureH f, out_layer *L, const char *date,
                          ge_date_precision prec, const char *published)
{
    char first[11], last[11];
    if (!ge_date_span(date, (int)prec, published, first, last))
        return;
    set_date(w, f, L, EV_DATE_START, first);
    set_date(w, f, L, EV_DATE_END, last);
}

/* The feature to fill for layer L, every field null: each layer has the
 * same fields whatever the data (GeoJSON writes null rather than leaving the
 * member out). A layer's one OGRFeature is reused from feature to feature,
 * as its point is (set_point): a driver's CreateFeature copies what it
 * writes, and the feature's id is unset again. A field of a string or a
 * number that the last feature set is mostly set again: it is nulled only
 * if it is not (fill_done), instead of nulled here and set again (an
 * OGR_F_SetFieldNull a field, the most of a feature's time here); the
 * others (L->eager) are nulled here. */
static OGRFeatureH new_feature(const ge_writer *w, out_layer *L)
{
    OGRFeatureH f = L->feat;
    if (!f) {
        f = L->feat = OGR_F_Create(OGR_L_GetLayerDefn(L->lyr));
        L->eager = 0;
        for (int i = 0, n = f ? OGR_F_GetFieldCount(f) : 0; i < n && i < 64; i++) {
            OGRFieldType t = OGR_Fld_GetType(OGR_F_GetFieldDefnRef(f, i));
            if (w->kml || (t != OFTString && t != OFTInteger && t != OFTInteger64 && t != OFTReal))
                L->eager |= 1ull << i;
        }
    } else {
        OGR_F_SetFID(f, OGRNullFID);
        if (w->kml)
            OGR_F_SetStyleString(f, NULL);
    }
    /* one already null is left as it is (as OGR_F_SetFieldNull leaves it,
     * after a longer way there) */
    for (int i = 0, n = f ? OGR_F_GetFieldCount(f) : 0; i < n; i++)
        if ((i >= 64 || ((L->eager >> i) & 1)) && !OGR_RawField_IsNull(OGR_F_GetRawFieldRef(f, i)))
            OGR_F_SetFieldNull(f, i);
    L->filled = 0;
    return f;
}

/* The fields of f that the feature just filled did not set, nulled (those
 * new_feature left as the last feature had them). */
static void fill_done(out_layer *L, OGRFeatureH f)
{
    uint64_t lazy = ~(L->eager | L->filled);
    for (int i = 0, n = OGR_F_GetFieldCount(f); i < n && i < 64; i++)
        if (((lazy >> i) & 1) && !OGR_RawField_IsNull(OGR_F_GetRawFieldRef(f, i)))
            OGR_F_SetFieldNull(f, i);
}

void wr_free_features(ge_writer *w)
{
    for (int i = 0; i < L_N; i++) {
        if (w->L[i].feat)
            OGR_F_Destroy(w->L[i].feat);
        w->L[i].feat = NULL;
    }
}

static void set_text(ge_writer *w, OGRFeatureH f, out_layer *L, int field,
                     const ge_doc *d, uint32_t a, uint32_t b)
{
    const char *s = d->article.text;
    size_t len = d->article.text_len;
    if (L->idx[field] < 0 || !s || a >= b || b > len)
        return;
    const char *v = slice(w, s, a, b, max_bytes(w, L, field));
    if (v)
        set_cell(w, f, L, L->idx[field], v);
}

static void set_int(OGRFeatureH f, out_layer *L, int field, long long v)
{
    if (L->idx[field] >= 0) {
        mark_filled(L, L->idx[field]);
        OGR_F_SetFieldInteger64(f, L->idx[field], v);
    }
}

static void set_real(OGRFeatureH f, out_layer *L, int field, double v)
{
    if (L->idx[field] >= 0) {
        mark_filled(L, L->idx[field]);
        OGR_F_SetFieldDouble(f, L->idx[field], v);
    }
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
             ge_float_value_memo(&w->fmemo, p->lon), ge_float_value_memo(&w->fmemo, p->lat));
    if (w->dropped_places.len && strstr(w->dropped_places.s, line))
        return;
    ge_buf_add(&w->dropped_places, line, strlen(line));
}

/* A point: x, y in the output CRS; has 0 for none. */
typedef struct point {
    int has;
    double x, y;
} point;

/* The point of place p in the output CRS; none when there is no place, or
 * (counted in w->dropped) when the target CRS cannot represent it. */
static point point_of(ge_writer *w, int layer, const ge_place *p)
{
    point none = {0, 0.0, 0.0};
    if (!p)
        return none;
    double x = ge_float_value_memo(&w->fmemo, p->lon), y = ge_float_value_memo(&w->fmemo, p->lat);
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
        return none;
    }
    point pt = {1, x, y};
    return pt;
}

/* Feature f's geometry: point pt, set in the point f has when it has one.
 * A layer without a geometry field (a CSV appended to: its X and Y are
 * fields) gets none, as OGR_F_SetGeometryDirectly would do. */
static ge_status set_point(OGRFeatureH f, point pt)
{
    if (OGR_F_GetGeomFieldCount(f) < 1)
        return GE_OK;
    OGRGeometryH g = OGR_F_GetGeometryRef(f);
    if (!pt.has) {
        if (g)
            OGR_F_SetGeometryDirectly(f, NULL);
        return GE_OK;
    }
    if (!g || OGR_G_GetGeometryType(g) != wkbPoint) {
        g = OGR_G_CreateGeometry(wkbPoint);
        if (!g)
            return GE_ERR_NOMEM;
        if (OGR_F_SetGeometryDirectly(f, g) != OGRERR_NONE)
            return GE_OK; /* g freed: the feature holds no geometry */
    }
    OGR_G_SetPoint_2D(g, 0, pt.x, pt.y);
    return GE_OK;
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
static void set_place(ge_writer *w, OGRFeatureH f, out_layer *L, const ge_place *p,
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
static void json_id(OGRFeatureH f, out_layer *L, const char *article, const char *sep,
                    size_t n)
{
    if (L->id_idx < 0)
        return;
    mark_filled(L, L->id_idx);
    const char *a = article ? article : "";
    if (!sep) {
        OGR_F_SetFieldString(f, L->id_idx, a);
        return;
    }
    char buf[160];
    size_t len = strlen(a) + strlen(sep) + 24; /* whole, whatever the id's length */
    char *id = len <= sizeof buf ? buf : malloc(len);
    if (!id)
        return;
    snprintf(id, len, "%s%s%zu", a, sep, n);
    OGR_F_SetFieldString(f, L->id_idx, id);
    if (id != buf)
        free(id);
}

/* Writes feature f of layer L (the caller keeps f). */
static ge_status put(ge_writer *w, out_layer *L, OGRFeatureH f)
{
    L->fid++;
    if (w->set_fid)
        OGR_F_SetFID(f, L->fid);
    OGRErr e = OGR_L_CreateFeature(L->lyr, f);
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

/* The feature of layer for place p, with its point: *f NULL (GE_OK) when it
 * is not written (no point, and unlocated records are not kept). */
static ge_status start_feature(ge_writer *w, int layer, const ge_place *p, OGRFeatureH *f)
{
    *f = NULL;
    point pt = point_of(w, layer, p);
    if (!pt.has && (!w->keep_unlocated || p))
        return GE_OK;
    *f = new_feature(w, &w->L[layer]);
    if (!*f)
        return GE_ERR_NOMEM;
    return set_point(*f, pt);
}

static ge_status add_event(ge_writer *w, const ge_doc *d, size_t i)
{
    const ge_event *e = &d->events.v[i];
    out_layer *L = &w->L[L_EVENTS];
    const ge_place *p = place_of(w, e->place);
    OGRFeatureH f;
    ge_status st = start_feature(w, L_EVENTS, p, &f);
    if (st != GE_OK || !f)
        return st;
    const ge_article *a = &d->article;
    char *id = ge_event_id(a, i);
    if (!id)
        return GE_ERR_NOMEM;
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
    uint32_t ps, pe;
    if (ge_event_place_span(e, &d->mentions, &ps, &pe)) {
        set_int(f, L, EV_PLACE_START, cp(d, ps));
        set_int(f, L, EV_PLACE_END, cp(d, pe));
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
    set_real(f, L, EV_CONFIDENCE, ge_float_value_memo(&w->fmemo, e->confidence));
    set_int(f, L, EV_MENTIONS, e->nmentions ? e->nmentions : 1);
    if (w->kml)
        ge_kml_event(f, e->event_type, p ? ge_gazetteer_str(w->g, p->name) : NULL, e->event_date,
                     field_text(f, L, EV_DATE_START), field_text(f, L, EV_DATE_END),
                     field_text(f, L, EV_SENTENCE), e->quad_code);
    fill_done(L, f);
    return put(w, L, f);
}

static ge_status add_mention(ge_writer *w, const ge_doc *d, size_t i, size_t *written)
{
    const ge_mention *m = &d->mentions.v[i];
    out_layer *L = &w->L[L_MENTIONS];
    const ge_place *p = place_of(w, m->place);
    point pt = point_of(w, L_MENTIONS, p);
    if (!pt.has)
        return GE_OK; /* mentions are resolved places only */
    OGRFeatureH f = new_feature(w, L);
    if (!f)
        return GE_ERR_NOMEM;
    ge_status st = set_point(f, pt);
    if (st != GE_OK)
        return st;
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
    set_real(f, L, MN_SCORE, ge_float_value_memo(&w->fmemo, m->score));
    if (w->kml) {
        char desc[200];
        snprintf(desc, sizeof desc, "%s (%s), %s", ge_gazetteer_str(w->g, p->name),
                 ge_level_name((ge_level)p->level), ge_kind_name(m->kind));
        ge_kml_place(f, NULL, desc);
    }
    fill_done(L, f);
    return put(w, L, f);
}

static ge_status add_article(ge_writer *w, const ge_doc *d)
{
    out_layer *L = &w->L[L_ARTICLES];
    const ge_place *p = place_of(w, ge_doc_main_place(d));
    OGRFeatureH f;
    ge_status st = start_feature(w, L_ARTICLES, p, &f);
    if (st != GE_OK || !f)
        return st;
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
    fill_done(L, f);
    return put(w, L, f);
}

ge_status wr_add_gis(ge_writer *w, const ge_doc *doc)
{
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
    for (int i = 0; i < wr_layer_defs[layer].nfields; i++)
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

ge_status wr_add_feature(ge_writer *w, unsigned layer, void *feature)
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
    ge_status st = put(w, L, f);
    OGR_F_Destroy(f);
    return st;
}
