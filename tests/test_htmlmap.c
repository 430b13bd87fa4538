/* test_htmlmap.c -- the self-contained HTML map, read back without a browser:
 * Leaflet and the page script are inlined (no network reference), the events
 * are GeoJSON that cJSON parses back, hostile article text cannot close the
 * data <script> early, unlocated events are left out and long sentences are
 * cut at a character boundary. (tests/test_webmap.sh opens it in Chromium.)
 * Located events need the default gazetteer; without it those parts are
 * skipped, with a message. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <cjson/cJSON.h>
#include <cpl_conv.h>
#include <cpl_vsi.h>

#include "internal.h"
#include "style.h"

#include "check.h"

static char *slurp(const char *path)
{
    GByte *data = NULL;
    if (!VSIIngestFile(NULL, path, &data, NULL, 64 << 20))
        return NULL;
    return (char *)data;
}

static size_t count(const char *hay, const char *needle)
{
    size_t n = 0;
    for (const char *p = hay; (p = strstr(p, needle)) != NULL; p += strlen(needle))
        n++;
    return n;
}

/* The JSON inside <script id="ID" type="application/json">...</script>. */
static cJSON *script_json(const char *page, const char *id)
{
    char open[128];
    snprintf(open, sizeof open, "<script id=\"%s\" type=\"application/json\">", id);
    const char *a = strstr(page, open);
    if (!a)
        return NULL;
    a += strlen(open);
    const char *b = strstr(a, "</script>");
    if (!b)
        return NULL;
    return cJSON_ParseWithLength(a, (size_t)(b - a));
}

/* Three sentences: a hostile one, a long one, a plain one. */
static const char *TEXT_HEAD = "Militias fired at </script><script>alert(1)</script> \"Erbil\" & Co ";

static void make_doc(ge_doc *d, uint32_t place)
{
    memset(d, 0, sizeof *d);
    ge_buf t = {0};
    ge_buf_add(&t, TEXT_HEAD, strlen(TEXT_HEAD));
    for (int i = 0; i < 400; i++) /* ~1200 bytes of two-byte letters, no period */
        ge_buf_add(&t, "é a", strlen("é a"));
    ge_buf_add(&t, ". Officials met in Baghdad.", strlen(". Officials met in Baghdad."));
    d->article.id = ge_strdup("art-1");
    d->article.title = ge_strdup("Attacks <b>and</b> talks");
    d->article.url = ge_strdup("https://example.org/a?x=1&y=2");
    d->article.text = t.s;
    d->article.text_len = t.len;
    CHECK(ge_text_analyze(d->article.text, d->article.text_len, &d->text) == GE_OK);
    static const char *const types[] = {"ASSAULT", "CONSULT", "AID"};
    for (int i = 0; i < 3; i++) {
        CHECK(GE_PUSH(d->events.v, d->events.cap, d->events.n) == 0);
        ge_event *e = &d->events.v[d->events.n++];
        memset(e, 0, sizeof *e);
        ge_copy(e->event_type, sizeof e->event_type, types[i]);
        e->quad_code = i == 0 ? 4 : i == 1 ? 1 : 2;
        e->sentence = d->text.nsentences > 0 ? (uint32_t)(d->text.nsentences - 1) : 0;
        e->place = i == 2 ? GE_NONE : place; /* the third has no place */
        e->mention = -1;
        e->count = e->fatalities = e->injured = -1;
        e->confidence = 0.75f;
        ge_copy(e->event_date, sizeof e->event_date, "2023-11-18");
        e->date_precision = GE_DATE_DAY;
        e->actor.start = 0;
        e->actor.end = 8; /* "Militias" */
        ge_copy(e->actor.code, sizeof e->actor.code, "IRQ");
        ge_copy(e->actor.sector, sizeof e->actor.sector, "REB");
    }
    d->events.v[0].sentence = 0; /* the hostile + long first sentence */
}

static void check_page(const char *page, int located, const ge_gazetteer *g, uint32_t place)
{
    /* self-contained: Leaflet, its CSS and the page script are inlined */
    CHECK(strstr(page, "Leaflet 1.9.4") != NULL);
    CHECK(strstr(page, ".leaflet-container") != NULL);
    CHECK(strstr(page, "ge-legend") != NULL);
    CHECK(strstr(page, "<script src=") == NULL);
    CHECK(strstr(page, "<link ") == NULL);
    /* the article's "</script>" did not end any element early: as many
     * closings as openings (Leaflet, outlines, types, data, page script) */
    CHECK(count(page, "<script") >= 4);
    CHECK(count(page, "</script>") == count(page, "<script"));
    CHECK(strstr(page, "alert(1)</script>") == NULL);

    cJSON *types = script_json(page, "ge-types");
    CHECK(types != NULL);
    CHECK(cJSON_GetArraySize(cJSON_GetObjectItem(types, "types")) == 16);
    cJSON_Delete(types);

    cJSON *fc = script_json(page, "ge-data");
    CHECK(fc != NULL);
    if (!fc)
        return;
    CHECK(strcmp(cJSON_GetStringValue(cJSON_GetObjectItem(fc, "type")), "FeatureCollection") == 0);
    cJSON *features = cJSON_GetObjectItem(fc, "features");
    CHECK(cJSON_GetArraySize(features) == located);
    if (located) {
        const ge_place *pl = ge_gazetteer_place(g, place);
        cJSON *f0 = cJSON_GetArrayItem(features, 0);
        cJSON *xy = cJSON_GetObjectItem(cJSON_GetObjectItem(f0, "geometry"), "coordinates");
        CHECK(fabs(cJSON_GetArrayItem(xy, 0)->valuedouble - pl->lon) < 1e-5);
        CHECK(fabs(cJSON_GetArrayItem(xy, 1)->valuedouble - pl->lat) < 1e-5);
        cJSON *p = cJSON_GetObjectItem(f0, "properties");
        CHECK(strcmp(cJSON_GetStringValue(cJSON_GetObjectItem(p, "event_type")), "ASSAULT") == 0);
        CHECK(strcmp(cJSON_GetStringValue(cJSON_GetObjectItem(p, "actor")), "Militias") == 0);
        CHECK(strcmp(cJSON_GetStringValue(cJSON_GetObjectItem(p, "actor_code")), "IRQ") == 0);
        CHECK(strcmp(cJSON_GetStringValue(cJSON_GetObjectItem(p, "event_date")), "2023-11-18") == 0);
        CHECK(strcmp(cJSON_GetStringValue(cJSON_GetObjectItem(p, "url")),
                     "https://example.org/a?x=1&y=2") == 0);
        CHECK(strcmp(cJSON_GetStringValue(cJSON_GetObjectItem(p, "place_name")),
                     ge_gazetteer_str(g, pl->name)) == 0);
        const char *s = cJSON_GetStringValue(cJSON_GetObjectItem(p, "sentence"));
        CHECK(s != NULL);
        if (s) {
            /* the hostile text survives as text, the long sentence is cut
             * with "..." at a character boundary */
            CHECK(strstr(s, "</script><script>alert(1)</script> \"Erbil\" & Co") != NULL);
            CHECK(strlen(s) <= 710);
            CHECK(strcmp(s + strlen(s) - 3, "...") == 0);
            CHECK(ge_utf8_check(s, strlen(s)) == strlen(s));
        }
        cJSON *f1 = cJSON_GetArrayItem(features, 1);
        cJSON *p1 = cJSON_GetObjectItem(f1, "properties");
        CHECK(strcmp(cJSON_GetStringValue(cJSON_GetObjectItem(p1, "sentence")),
                     "Officials met in Baghdad.") == 0);
        CHECK(cJSON_GetObjectItem(p1, "fatalities") == NULL); /* unknown: left out */
    }
    cJSON_Delete(fc);
}

int main(void)
{
    VSIMkdirRecursive(GE_TEST_TMP, 0755);
    char *path = CPLStrdup(CPLFormFilename(GE_TEST_TMP, "map", "html"));
    char err[256] = "";

    const char *gp = getenv("GEOEVENTS_GAZETTEER");
    ge_gazetteer *g = NULL;
    if (!gp || access(gp, R_OK) != 0 || ge_gazetteer_open(gp, 0, &g, err, sizeof err) != GE_OK) {
        printf("test_htmlmap: no gazetteer (%s): located parts skipped\n", gp ? gp : "unset");
        g = NULL;
    }
    uint32_t place = GE_NONE;
    if (g) {
        char key[64];
        size_t kl = ge_text_normalize("Erbil", 5, key, sizeof key);
        ge_name nm;
        if (ge_gazetteer_lookup(g, key, kl, &nm) && nm.ncands)
            place = nm.cands[0].place;
        CHECK(place != GE_NONE);
    }

    /* An empty map is a valid page too. */
    ge_html *h = NULL;
    CHECK(ge_html_open(path, g, &h, err, sizeof err) == GE_OK);
    CHECK(ge_html_close(h, err, sizeof err) == GE_OK);
    char *page = slurp(path);
    CHECK(page != NULL);
    if (page)
        check_page(page, 0, g, place);
    VSIFree(page);

    ge_doc d;
    make_doc(&d, place);
    h = NULL;
    CHECK(ge_html_open(path, g, &h, err, sizeof err) == GE_OK);
    CHECK(ge_html_add(h, &d) == GE_OK);
    CHECK(ge_html_close(h, err, sizeof err) == GE_OK);
    page = slurp(path);
    CHECK(page != NULL);
    if (page)
        check_page(page, g && place != GE_NONE ? 2 : 0, g, place);
    VSIFree(page);
    ge_doc_free(&d);

    /* An unwritable path is an error with the path in the message. */
    h = NULL;
    CHECK(ge_html_open("/nonexistent-dir/x/map.html", g, &h, err, sizeof err) == GE_ERR_IO);
    CHECK(h == NULL && strstr(err, "/nonexistent-dir/x/map.html") != NULL);

    if (g)
        ge_gazetteer_close(g);
    CPLFree(path);
    VSICleanupFileManager();
    printf("test_htmlmap: %d checks, %d failed\n", checks, fails);
    return fails ? 1 : 0;
}
