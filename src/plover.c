/*
 * plover.c -- one event record as a PLOVER-shaped JSON object, the
 * line format of `-o FILE.jsonl`. Offsets are code point offsets.
 * The record is written once, through an emitter (ge_pj, plover_print.c)
 * that either builds a cJSON tree (ge_plover_event, for the tests and the
 * library's users) or prints the line straight away (ge_plover_line, for
 * the writer): one list of fields, two forms, the same bytes.
 */
#include <math.h>
#include <stdio.h>

#include "internal.h"
#include "plover.h"

/* PLOVER `resolution`: 1 country, 2 province, 3 district, 4 city, 5 sub-city. */
static int plover_resolution(ge_level level)
{
    switch (level) {
    case GE_LEVEL_ADMIN1: return 2;
    case GE_LEVEL_ADMIN2: return 3;
    case GE_LEVEL_CITY: return 4;
    case GE_LEVEL_SITE: return 5;
    default: return 1;
    }
}

/* ACLED `geo_precision`: 1 the town itself, 2 a part of a region, 3 a
 * province or larger. */
static int acled_precision(ge_level level)
{
    switch (level) {
    case GE_LEVEL_CITY:
    case GE_LEVEL_SITE: return 1;
    case GE_LEVEL_ADMIN2: return 2;
    default: return 3;
    }
}

/* Degrees to 6 decimals (about 0.1 m), as the GeoJSON layers write them. */
static double round6(float v)
{
    return round((double)v * 1e6) / 1e6;
}

static void str_or_null(ge_pj *j, const char *key, const char *s)
{
    if (s && *s)
        ge_pj_str(j, key, s);
    else
        ge_pj_null(j, key);
}

static void span_text(ge_pj *j, const char *key, const ge_doc *doc, uint32_t b, uint32_t e)
{
    if (e <= b || e > doc->article.text_len) {
        ge_pj_null(j, key);
        return;
    }
    char *s = ge_strndup(doc->article.text + b, e - b);
    if (!s) {
        j->err = -1;
        return;
    }
    /* line breaks inside a span read as spaces */
    for (char *p = s; *p; p++)
        if (*p == '\n' || *p == '\r' || *p == '\t')
            *p = ' ';
    ge_pj_str(j, key, s);
    free(s);
}

/* The event's sentence, or, for a run-on "sentence" longer than
 * EVENT_TEXT_MAX bytes (a page without punctuation), a window of it around
 * the trigger, cut at spaces and UTF-8 boundaries: every record then stays
 * small and writing stays linear in the input. */
#define EVENT_TEXT_MAX 2000u

static void text_window(const ge_doc *doc, const ge_sentence *s, const ge_event *ev, uint32_t *b,
                        uint32_t *e)
{
    *b = s->start;
    *e = s->end;
    if (s->end - s->start <= EVENT_TEXT_MAX)
        return;
    const char *t = doc->article.text;
    uint32_t half = EVENT_TEXT_MAX / 2;
    uint32_t lo = ev->trigger_start > s->start + half ? ev->trigger_start - half : s->start;
    uint32_t hi = ev->trigger_end + half < s->end ? ev->trigger_end + half : s->end;
    /* to a word start / end (at most 64 bytes further), never inside a code point */
    for (uint32_t n = 0; lo > s->start && lo < ev->trigger_start && n < 64 && t[lo - 1] != ' '; n++)
        lo++;
    while (lo < ev->trigger_start && ((unsigned char)t[lo] & 0xC0) == 0x80)
        lo++;
    for (uint32_t n = 0; hi < s->end && hi > ev->trigger_end && n < 64 && t[hi] != ' '; n++)
        hi--;
    while (hi > ev->trigger_end && hi < s->end && ((unsigned char)t[hi] & 0xC0) == 0x80)
        hi--;
    *b = lo;
    *e = hi;
}

static void add_offsets(ge_pj *j, const ge_doc *doc, const char *sk, const char *ek, uint32_t b,
                        uint32_t e)
{
    if (e > b) {
        ge_pj_num(j, sk, ge_text_cp(&doc->text, b));
        ge_pj_num(j, ek, ge_text_cp(&doc->text, e));
    } else {
        ge_pj_null(j, sk);
        ge_pj_null(j, ek);
    }
}

/* [[start, end], ...]: the trigger of every listed sentence that reports the
 * event (code points; the first GE_EVENT_MAX_MENTIONS of "mentions"). */
static void mentions_json(ge_pj *j, const char *key, const ge_doc *doc, const ge_event *ev)
{
    ge_pj_open(j, key, 1);
    uint32_t n = ev->nmentions < GE_EVENT_MAX_MENTIONS ? ev->nmentions : GE_EVENT_MAX_MENTIONS;
    if (!n) {
        ge_pj_open(j, NULL, 1);
        ge_pj_num(j, NULL, ge_text_cp(&doc->text, ev->trigger_start));
        ge_pj_num(j, NULL, ge_text_cp(&doc->text, ev->trigger_end));
        ge_pj_close(j, 1);
    }
    for (uint32_t k = 0; k < n; k++) {
        ge_pj_open(j, NULL, 1);
        ge_pj_num(j, NULL, ge_text_cp(&doc->text, ev->mentions[k][0]));
        ge_pj_num(j, NULL, ge_text_cp(&doc->text, ev->mentions[k][1]));
        ge_pj_close(j, 1);
    }
    ge_pj_close(j, 1);
}

static void actor_json(ge_pj *j, const char *key, const ge_doc *doc, const ge_actor *a)
{
    ge_pj_open(j, key, 0);
    span_text(j, "text", doc, a->start, a->end);
    str_or_null(j, "country", a->code);
    str_or_null(j, "sector", a->sector);
    add_offsets(j, doc, "start", "end", a->start, a->end);
    ge_pj_close(j, 0);
}

static void location_json(ge_pj *j, const char *key, const ge_gazetteer *g, const ge_doc *doc,
                          const ge_event *ev)
{
    const ge_place *p = ev->place == GE_NONE || !g ? NULL : ge_gazetteer_place(g, ev->place);
    if (!p) {
        ge_pj_null(j, key);
        return;
    }
    ge_pj_open(j, key, 0);
    str_or_null(j, "name", ge_gazetteer_str(g, p->name));
    uint32_t ps, pe;
    if (ge_event_place_span(ev, &doc->mentions, &ps, &pe))
        span_text(j, "text", doc, ps, pe);
    if (p->geonameid)
        ge_pj_num(j, "geonameid", p->geonameid);
    else
        ge_pj_null(j, "geonameid");
    ge_pj_num(j, "lat", round6(p->lat));
    ge_pj_num(j, "lon", round6(p->lon));
    char cc[3] = {p->country[0], p->country[1], '\0'};
    const char *a3 = cc[0] ? ge_gazetteer_alpha3(g, p->country) : NULL;
    str_or_null(j, "country", a3);
    str_or_null(j, "country_code", cc);
    str_or_null(j, "admin1", ge_gazetteer_str(g, p->admin1_name));
    char fc[9];
    memcpy(fc, p->fcode, 8);
    fc[8] = '\0';
    str_or_null(j, "feature_code", fc);
    ge_pj_str(j, "precision", ge_level_name((ge_level)p->level));
    ge_pj_num(j, "resolution", plover_resolution((ge_level)p->level));
    ge_pj_num(j, "geo_precision", acled_precision((ge_level)p->level));
    str_or_null(j, "reason", ev->location_reason);
    ge_pj_close(j, 0);
}

static void counts_json(ge_pj *j, const char *key, const ge_event *ev)
{
    ge_pj_open(j, key, 0);
    if (ev->count >= 0)
        ge_pj_num(j, "count", (double)ev->count);
    else
        ge_pj_null(j, "count");
    str_or_null(j, "qualifier", ev->count_qualifier);
    if (ev->fatalities >= 0)
        ge_pj_num(j, "fatalities", (double)ev->fatalities);
    else
        ge_pj_null(j, "fatalities");
    if (ev->injured >= 0)
        ge_pj_num(j, "injured", (double)ev->injured);
    else
        ge_pj_null(j, "injured");
    ge_pj_close(j, 0);
}

static void article_json(ge_pj *j, const char *key, const ge_doc *doc)
{
    ge_pj_open(j, key, 0);
    str_or_null(j, "id", doc->article.id);
    str_or_null(j, "title", doc->article.title);
    str_or_null(j, "url", doc->article.url);
    str_or_null(j, "published", doc->article.published);
    ge_pj_close(j, 0);
}

/* The record, through the emitter: a tree or a line, the same fields. */
static void plover_event(ge_pj *j, const ge_gazetteer *g, const ge_doc *doc, size_t i)
{
    const ge_event *ev = &doc->events.v[i];
    char *id = ge_event_id(&doc->article, i);
    if (!id) {
        j->err = -1;
        return;
    }
    ge_pj_open(j, NULL, 0);
    ge_pj_str(j, "id", id);
    free(id);
    str_or_null(j, "date", ev->event_date);
    ge_pj_str(j, "date_precision", ge_date_precision_name(ev->date_precision));
    span_text(j, "date_text", doc, ev->date_start, ev->date_end);
    ge_pj_str(j, "event_type", ev->event_type);
    str_or_null(j, "mode", ev->mode);
    ge_pj_num(j, "quad_code", ev->quad_code);
    actor_json(j, "actor", doc, &ev->actor);
    actor_json(j, "recipient", doc, &ev->recipient);
    const ge_sentence *s =
        ev->sentence < doc->text.nsentences ? &doc->text.sentences[ev->sentence] : NULL;
    uint32_t sb = 0, se = 0;
    if (s) {
        text_window(doc, s, ev, &sb, &se);
        span_text(j, "event_text", doc, sb, se);
    } else {
        ge_pj_null(j, "event_text");
    }
    span_text(j, "trigger", doc, ev->trigger_start, ev->trigger_end);
    add_offsets(j, doc, "trigger_start", "trigger_end", ev->trigger_start, ev->trigger_end);
    if (s)
        add_offsets(j, doc, "start", "end", sb, se);
    location_json(j, "location", g, doc, ev);
    uint32_t ps, pe;
    if (ge_event_place_span(ev, &doc->mentions, &ps, &pe)) {
        add_offsets(j, doc, "place_start", "place_end", ps, pe);
    } else {
        add_offsets(j, doc, "place_start", "place_end", 0, 0);
    }
    add_offsets(j, doc, "date_start", "date_end", ev->date_start, ev->date_end);
    ge_pj_bool(j, "negated", ev->negated);
    ge_pj_str(j, "mode_of_report", ge_report_mode_name(ev->report_mode));
    counts_json(j, "counts", ev);
    ge_pj_num(j, "mentions", ev->nmentions ? ev->nmentions : 1);
    mentions_json(j, "mention_offsets", doc, ev);
    ge_pj_num(j, "confidence", (double)(int)(ev->confidence * 1000 + 0.5) / 1000.0);
    article_json(j, "article", doc);
    ge_pj_close(j, 0);
}

cJSON *ge_plover_event(const ge_gazetteer *g, const ge_doc *doc, size_t i)
{
    if (!doc || i >= doc->events.n)
        return NULL;
    ge_pj j = {0};
    plover_event(&j, g, doc, i);
    if (j.err) {
        cJSON_Delete(j.root);
        return NULL;
    }
    return j.root;
}

int ge_plover_line(const ge_gazetteer *g, const ge_doc *doc, size_t i, ge_buf *b)
{
    if (!doc || i >= doc->events.n)
        return -1;
    ge_pj j = {.out = b};
    plover_event(&j, g, doc, i);
    return j.err ? -1 : 0;
}
