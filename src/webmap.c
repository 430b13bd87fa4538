/* webmap.c -- the self-contained HTML map (-o FILE.html): one page holding
 * Leaflet and Natural Earth country outlines (pinned in web/, embedded at
 * build time), the page's script and style (web/map.js, web/map.css) and the
 * events as GeoJSON made with cJSON.
 * Features are written as documents arrive, so memory stays flat. Part of
 * the library's core: a plain file in the writer's temporary folder, no
 * GDAL. */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include <cjson/cJSON.h>

#include "internal.h"
#include "style.h"
#include "write_parts.h"

/* Generated at build time by cmake/embed_leaflet.cmake (build dir ge_leaflet.c). */
extern const unsigned char ge_leaflet_js[];
extern const size_t ge_leaflet_js_len;
extern const unsigned char ge_leaflet_css[];
extern const size_t ge_leaflet_css_len;
extern const unsigned char ge_map_js[];
extern const size_t ge_map_js_len;
extern const unsigned char ge_map_css[];
extern const size_t ge_map_css_len;
extern const unsigned char ge_world_json[]; /* world-atlas countries-110m (TopoJSON) */
extern const size_t ge_world_json_len;

/* Longest sentence put in a popup, in bytes (cut at a character boundary). */
#define GE_HTML_SENTENCE_MAX 700

struct ge_html {
    FILE *f;
    char *path;
    const ge_gazetteer *g;
    char *fc_tail; /* the FeatureCollection's closing part, from cJSON */
    size_t nfeatures;
    int failed; /* a write failed */
};

static void put(ge_html *h, const void *p, size_t n)
{
    if (!h->failed && n && fwrite(p, 1, n, h->f) != n)
        h->failed = 1;
}

static void puts_(ge_html *h, const char *s)
{
    put(h, s, strlen(s));
}

/* JSON text inside <script>: "<" only occurs in strings, where \u003c is
 * the same character, and the element can no longer be closed early. */
static void put_json(ge_html *h, const char *json)
{
    const char *s = json;
    for (const char *lt; (lt = strchr(s, '<')) != NULL; s = lt + 1) {
        put(h, s, (size_t)(lt - s));
        puts_(h, "\\u003c");
    }
    puts_(h, s);
}

/* The type colours and quad-class names the page script reads. */
static cJSON *types_json(void)
{
    size_t n;
    const ge_event_style *t = ge_event_styles(&n);
    cJSON *root = cJSON_CreateObject();
    cJSON *types = cJSON_AddArrayToObject(root, "types");
    cJSON *quads = cJSON_AddArrayToObject(root, "quads");
    if (!types || !quads) {
        cJSON_Delete(root);
        return NULL;
    }
    for (size_t i = 0; i < n; i++) {
        cJSON *o = cJSON_CreateObject();
        cJSON_AddItemToArray(types, o);
        cJSON_AddStringToObject(o, "type", t[i].type);
        cJSON_AddNumberToObject(o, "quad", t[i].quad);
        cJSON_AddStringToObject(o, "colour", t[i].colour);
        cJSON_AddStringToObject(o, "label", t[i].label);
    }
    for (int q = 0; q <= 4; q++)
        cJSON_AddItemToArray(quads, cJSON_CreateString(ge_quad_name(q)));
    cJSON_AddStringToObject(root, "other", GE_STYLE_OTHER_COLOUR);
    return root;
}

/* Splits cJSON's printing of an empty FeatureCollection at its "[]": the
 * head goes out now, the tail (from "]") when the page is closed. */
static int open_collection(ge_html *h)
{
    cJSON *fc = cJSON_CreateObject();
    cJSON_AddStringToObject(fc, "type", "FeatureCollection");
    cJSON_AddArrayToObject(fc, "features");
    char *s = cJSON_PrintUnformatted(fc);
    cJSON_Delete(fc);
    char *brackets = s ? strstr(s, "[]") : NULL;
    if (!brackets) {
        cJSON_free(s);
        return -1;
    }
    h->fc_tail = ge_strdup(brackets + 1);
    put(h, s, (size_t)(brackets + 1 - s));
    cJSON_free(s);
    return h->fc_tail ? 0 : -1;
}

static void write_head(ge_html *h, const char *types)
{
    puts_(h, "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
             "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
             "<meta name=\"generator\" content=\"geoevents " GE_VERSION "\">\n"
             "<title>geoevents map</title>\n<style>\n");
    put(h, ge_leaflet_css, ge_leaflet_css_len);
    puts_(h, "</style>\n<style>\n");
    put(h, ge_map_css, ge_map_css_len);
    puts_(h, "</style>\n</head>\n"
             "<!-- A base map needs the network, so there is none by default: set\n"
             "     data-tiles to a tile URL template (e.g.\n"
             "     https://tile.openstreetmap.org/{z}/{x}/{y}.png with data-tiles-attribution\n"
             "     \"&copy; OpenStreetMap contributors\"), or open map.html?tiles=URL. -->\n"
             "<body data-tiles=\"\" data-tiles-attribution=\"\">\n"
             "<div id=\"ge-map\" role=\"application\" aria-label=\"Map of events\"></div>\n"
             "<noscript>This map needs JavaScript.</noscript>\n<script>\n");
    put(h, ge_leaflet_js, ge_leaflet_js_len);
    if (ge_world_json_len) { /* country outlines: Natural Earth 1:110m, public domain */
        puts_(h, "\n</script>\n"
                 "<!-- Country outlines: Natural Earth 1:110m (public domain), as TopoJSON from\n"
                 "     world-atlas 2.0.2. Copyright 2013-2019 Michael Bostock. Permission to use,\n"
                 "     copy, modify, and/or distribute this software for any purpose with or\n"
                 "     without fee is hereby granted, provided that the above copyright notice\n"
                 "     and this permission notice appear in all copies. (ISC licence) -->\n"
                 "<script id=\"ge-world\" type=\"application/json\">");
        put_json(h, (const char *)ge_world_json);
    }
    puts_(h, "\n</script>\n<script id=\"ge-types\" type=\"application/json\">");
    put_json(h, types);
    puts_(h, "</script>\n<script id=\"ge-data\" type=\"application/json\">");
}

ge_status ge_html_open(const char *path, const ge_gazetteer *g, ge_html **out, char *err,
                       size_t errlen)
{
    *out = NULL;
    if (ge_leaflet_js_len == 0 || ge_leaflet_css_len == 0) {
        ge_seterr(err, errlen,
                  "%s: this geoevents was built without Leaflet (run `npm ci` in web/ or "
                  "./setup.sh, then rebuild)",
                  path);
        return GE_ERR_ARG;
    }
    ge_html *h = calloc(1, sizeof *h);
    if (!h || !(h->path = ge_strdup(path))) {
        free(h);
        ge_seterr(err, errlen, "out of memory");
        return GE_ERR_NOMEM;
    }
    h->g = g;
    h->f = fopen(path, "wb");
    if (!h->f) {
        ge_seterr(err, errlen, "%s: cannot create the HTML map", path);
        free(h->path);
        free(h);
        return GE_ERR_IO;
    }
    cJSON *types = types_json();
    char *text = types ? cJSON_PrintUnformatted(types) : NULL;
    cJSON_Delete(types);
    if (text)
        write_head(h, text);
    cJSON_free(text);
    if (!text || open_collection(h) != 0) {
        ge_seterr(err, errlen, "out of memory");
        fclose(h->f);
        remove(path);
        free(h->fc_tail);
        free(h->path);
        free(h);
        return GE_ERR_NOMEM;
    }
    *out = h;
    return GE_OK;
}

/* ------------------------------------------------------------ features */

/* Adds text[a..b) (bytes) as a string, trimmed of spaces; null when empty
 * or out of range. Cuts at max bytes, at a character boundary, with "...". */
static void add_span(cJSON *o, const char *key, const ge_doc *doc, uint32_t a, uint32_t b,
                     size_t max)
{
    const char *s = doc->article.text;
    size_t len = doc->article.text_len;
    if (!s || a >= b || b > len) {
        cJSON_AddNullToObject(o, key);
        return;
    }
    while (a < b && (s[a] == ' ' || s[a] == '\n' || s[a] == '\r' || s[a] == '\t'))
        a++;
    while (b > a && (s[b - 1] == ' ' || s[b - 1] == '\n' || s[b - 1] == '\r' || s[b - 1] == '\t'))
        b--;
    size_t n = b - a;
    int cut = 0;
    if (n > max) {
        n = max;
        while (n > 0 && ((unsigned char)s[a + n] & 0xC0) == 0x80)
            n--;
        cut = 1;
    }
    char *v = malloc(n + 4);
    if (!v) {
        cJSON_AddNullToObject(o, key);
        return;
    }
    memcpy(v, s + a, n);
    memcpy(v + n, cut ? "..." : "", cut ? 4 : 1);
    if (n == 0)
        cJSON_AddNullToObject(o, key);
    else
        cJSON_AddStringToObject(o, key, v);
    free(v);
}

static void add_str(cJSON *o, const char *key, const char *v)
{
    if (v && *v)
        cJSON_AddStringToObject(o, key, v);
    else
        cJSON_AddNullToObject(o, key);
}

static void add_count(cJSON *o, const char *key, long v)
{
    if (v >= 0)
        cJSON_AddNumberToObject(o, key, (double)v);
    else
        cJSON_AddNullToObject(o, key);
}

static double round6(double x)
{
    return round(x * 1e6) / 1e6;
}

static void add_actor(cJSON *p, const char *prefix, const ge_doc *doc, const ge_actor *a)
{
    char key[32];
    add_span(p, prefix, doc, a->start, a->end, 200);
    snprintf(key, sizeof key, "%s_code", prefix);
    add_str(p, key, a->code);
    snprintf(key, sizeof key, "%s_sector", prefix);
    add_str(p, key, a->sector);
}

/* One event as a GeoJSON Feature (lon/lat, WGS84), or NULL when unlocated. */
static cJSON *event_feature(const ge_html *h, const ge_doc *doc, size_t i, size_t id)
{
    const ge_event *e = &doc->events.v[i];
    if (!h->g || e->place == GE_NONE || e->place >= ge_gazetteer_nplaces(h->g))
        return NULL;
    const ge_place *pl = ge_gazetteer_place(h->g, e->place);
    cJSON *f = cJSON_CreateObject();
    cJSON_AddStringToObject(f, "type", "Feature");
    cJSON_AddNumberToObject(f, "id", (double)id);
    cJSON *geom = cJSON_AddObjectToObject(f, "geometry");
    cJSON *p = cJSON_AddObjectToObject(f, "properties");
    if (!geom || !p) {
        cJSON_Delete(f);
        return NULL;
    }
    cJSON_AddStringToObject(geom, "type", "Point");
    double xy[2] = {round6(ge_float_value(pl->lon)), round6(ge_float_value(pl->lat))};
    cJSON_AddItemToObject(geom, "coordinates", cJSON_CreateDoubleArray(xy, 2));

    add_str(p, "article_id", doc->article.id);
    add_str(p, "event_type", e->event_type);
    add_str(p, "mode", e->mode);
    cJSON_AddNumberToObject(p, "quad_code", e->quad_code);
    add_str(p, "event_date", e->event_date);
    char first[11], last[11];
    int span = ge_date_span(e->event_date, (int)e->date_precision, doc->article.published, first,
                            last);
    add_str(p, "event_date_start", span ? first : NULL);
    add_str(p, "event_date_end", span ? last : NULL);
    add_str(p, "date_precision",
            e->event_date[0] ? ge_date_precision_name(e->date_precision) : NULL);
    add_actor(p, "actor", doc, &e->actor);
    add_actor(p, "recipient", doc, &e->recipient);
    add_str(p, "place_name", ge_gazetteer_str(h->g, pl->name));
    char cc[3] = {pl->country[0], pl->country[1], '\0'};
    add_str(p, "country_code", cc);
    add_str(p, "mode_of_report", ge_report_mode_name(e->report_mode));
    cJSON_AddBoolToObject(p, "negated", e->negated != 0);
    add_count(p, "count", e->count);
    add_str(p, "count_qualifier", e->count_qualifier);
    add_count(p, "fatalities", e->fatalities);
    add_count(p, "injured", e->injured);
    cJSON_AddNumberToObject(p, "confidence", round(ge_float_value(e->confidence) * 1000.0) / 1000.0);
    add_str(p, "precision", ge_level_name((ge_level)pl->level));
    if (e->sentence < doc->text.nsentences) {
        const ge_sentence *s = &doc->text.sentences[e->sentence];
        add_span(p, "sentence", doc, s->start, s->end, GE_HTML_SENTENCE_MAX);
    } else {
        cJSON_AddNullToObject(p, "sentence");
    }
    add_str(p, "title", doc->article.title);
    add_str(p, "url", doc->article.url);
    add_str(p, "published", doc->article.published);
    return f;
}

/* The page reads missing members as unknown, so a feature carries only
 * what it knows: nulls, the defaults (asserted, not negated) and a span
 * that is the day itself are left out. 100,000 events make a page about a
 * third smaller, which is most of its load time. */
static void drop_unknowns(cJSON *p)
{
    const char *date = cJSON_GetStringValue(cJSON_GetObjectItem(p, "event_date"));
    for (cJSON *c = p ? p->child : NULL, *next; c; c = next) {
        next = c->next;
        const char *v = cJSON_GetStringValue(c);
        int drop = cJSON_IsNull(c) || cJSON_IsFalse(c) ||
                   (!strcmp(c->string, "mode_of_report") && v && !strcmp(v, "asserted")) ||
                   (!strncmp(c->string, "event_date_", 11) && v && date && !strcmp(v, date));
        if (drop)
            cJSON_Delete(cJSON_DetachItemViaPointer(p, c));
    }
}

ge_status ge_html_add(ge_html *h, const ge_doc *doc)
{
    if (!h || !doc)
        return GE_ERR_ARG;
    for (size_t i = 0; i < doc->events.n; i++) {
        cJSON *f = event_feature(h, doc, i, h->nfeatures + 1);
        if (!f)
            continue;
        drop_unknowns(cJSON_GetObjectItem(f, "properties"));
        char *s = cJSON_PrintUnformatted(f);
        cJSON_Delete(f);
        if (!s)
            return GE_ERR_NOMEM;
        if (h->nfeatures++)
            puts_(h, ",\n");
        put_json(h, s);
        cJSON_free(s);
    }
    return h->failed ? GE_ERR_IO : GE_OK;
}

ge_status ge_html_close(ge_html *h, char *err, size_t errlen)
{
    if (!h)
        return GE_ERR_ARG;
    puts_(h, h->fc_tail);
    puts_(h, "</script>\n<script>\n");
    put(h, ge_map_js, ge_map_js_len);
    puts_(h, "\n</script>\n</body>\n</html>\n");
    int ok = !h->failed;
    ok &= fclose(h->f) == 0;
    ge_status st = GE_OK;
    if (!ok) {
        ge_seterr(err, errlen, "%s: cannot write the HTML map", h->path);
        st = GE_ERR_IO;
    }
    free(h->fc_tail);
    free(h->path);
    free(h);
    return st;
}
