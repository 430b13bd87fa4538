/*
 * plover.c -- one event record as a PLOVER-shaped JSON object (cJSON), the
 * line format of `-o FILE.jsonl`. Offsets are code point offsets.
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

static cJSON *str_or_null(const char *s)
{
    return s && *s ? cJSON_CreateString(s) : cJSON_CreateNull();
}

static cJSON *span_text(const ge_doc *doc, uint32_t b, uint32_t e)
{
    if (e <= b || e > doc->article.text_len)
        return cJSON_CreateNull();
    char *s = ge_strndup(doc->article.text + b, e - b);
    if (!s)
        return NULL;
    /* line breaks inside a span read as spaces */
    for (char *p = s; *p; p++)
        if (*p == '\n' || *p == '\r' || *p == '\t')
            *p = ' ';
    cJSON *j = cJSON_CreateString(s);
    free(s);
    return j;
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

static void add_offsets(cJSON *o, const ge_doc *doc, const char *sk, const char *ek, uint32_t b,
                        uint32_t e)
{
    if (e > b) {
        cJSON_AddNumberToObject(o, sk, ge_text_cp(&doc->text, b));
        cJSON_AddNumberToObject(o, ek, ge_text_cp(&doc->text, e));
    } else {
        cJSON_AddNullToObject(o, sk);
        cJSON_AddNullToObject(o, ek);
    }
}

/* [[start, end], ...]: the trigger of every listed sentence that reports the
 * event (code points; the first GE_EVENT_MAX_MENTIONS of "mentions"). */
static cJSON *mentions_json(const ge_doc *doc, const ge_event *ev)
{
    cJSON *a = cJSON_CreateArray();
    uint32_t n = ev->nmentions < GE_EVENT_MAX_MENTIONS ? ev->nmentions : GE_EVENT_MAX_MENTIONS;
    if (!n && a) {
        cJSON *pair = cJSON_CreateArray();
        cJSON_AddItemToArray(pair, cJSON_CreateNumber(ge_text_cp(&doc->text, ev->trigger_start)));
        cJSON_AddItemToArray(pair, cJSON_CreateNumber(ge_text_cp(&doc->text, ev->trigger_end)));
        cJSON_AddItemToArray(a, pair);
    }
    for (uint32_t k = 0; a && k < n; k++) {
        cJSON *pair = cJSON_CreateArray();
        cJSON_AddItemToArray(pair, cJSON_CreateNumber(ge_text_cp(&doc->text, ev->mentions[k][0])));
        cJSON_AddItemToArray(pair, cJSON_CreateNumber(ge_text_cp(&doc->text, ev->mentions[k][1])));
        cJSON_AddItemToArray(a, pair);
    }
    return a;
}

static cJSON *actor_json(const ge_doc *doc, const ge_actor *a)
{
    cJSON *o = cJSON_CreateObject();
    if (!o)
        return NULL;
    cJSON_AddItemToObject(o, "text", span_text(doc, a->start, a->end));
    cJSON_AddItemToObject(o, "country", str_or_null(a->code));
    cJSON_AddItemToObject(o, "sector", str_or_null(a->sector));
    add_offsets(o, doc, "start", "end", a->start, a->end);
    return o;
}

static cJSON *location_json(const ge_gazetteer *g, const ge_doc *doc, const ge_event *ev)
{
    if (ev->place == GE_NONE || !g)
        return cJSON_CreateNull();
    const ge_place *p = ge_gazetteer_place(g, ev->place);
    if (!p)
        return cJSON_CreateNull();
    cJSON *o = cJSON_CreateObject();
    if (!o)
        return NULL;
    cJSON_AddItemToObject(o, "name", str_or_null(ge_gazetteer_str(g, p->name)));
    uint32_t ps, pe;
    if (ge_event_place_span(ev, &doc->mentions, &ps, &pe))
        cJSON_AddItemToObject(o, "text", span_text(doc, ps, pe));
    if (p->geonameid)
        cJSON_AddNumberToObject(o, "geonameid", p->geonameid);
    else
        cJSON_AddNullToObject(o, "geonameid");
    cJSON_AddNumberToObject(o, "lat", round6(p->lat));
    cJSON_AddNumberToObject(o, "lon", round6(p->lon));
    char cc[3] = {p->country[0], p->country[1], '\0'};
    const char *a3 = cc[0] ? ge_gazetteer_alpha3(g, p->country) : NULL;
    cJSON_AddItemToObject(o, "country", str_or_null(a3));
    cJSON_AddItemToObject(o, "country_code", str_or_null(cc));
    cJSON_AddItemToObject(o, "admin1", str_or_null(ge_gazetteer_str(g, p->admin1_name)));
    char fc[9];
    memcpy(fc, p->fcode, 8);
    fc[8] = '\0';
    cJSON_AddItemToObject(o, "feature_code", str_or_null(fc));
    cJSON_AddStringToObject(o, "precision", ge_level_name((ge_level)p->level));
    cJSON_AddNumberToObject(o, "resolution", plover_resolution((ge_level)p->level));
    cJSON_AddNumberToObject(o, "geo_precision", acled_precision((ge_level)p->level));
    cJSON_AddItemToObject(o, "reason", str_or_null(ev->location_reason));
    return o;
}

static cJSON *counts_json(const ge_event *ev)
{
    cJSON *o = cJSON_CreateObject();
    if (!o)
        return NULL;
    if (ev->count >= 0)
        cJSON_AddNumberToObject(o, "count", (double)ev->count);
    else
        cJSON_AddNullToObject(o, "count");
    cJSON_AddItemToObject(o, "qualifier", str_or_null(ev->count_qualifier));
    if (ev->fatalities >= 0)
        cJSON_AddNumberToObject(o, "fatalities", (double)ev->fatalities);
    else
        cJSON_AddNullToObject(o, "fatalities");
    if (ev->injured >= 0)
        cJSON_AddNumberToObject(o, "injured", (double)ev->injured);
    else
        cJSON_AddNullToObject(o, "injured");
    return o;
}

static cJSON *article_json(const ge_doc *doc)
{
    cJSON *o = cJSON_CreateObject();
    if (!o)
        return NULL;
    cJSON_AddItemToObject(o, "id", str_or_null(doc->article.id));
    cJSON_AddItemToObject(o, "title", str_or_null(doc->article.title));
    cJSON_AddItemToObject(o, "url", str_or_null(doc->article.url));
    cJSON_AddItemToObject(o, "published", str_or_null(doc->article.published));
    return o;
}

cJSON *ge_plover_event(const ge_gazetteer *g, const ge_doc *doc, size_t i)
{
    if (!doc || i >= doc->events.n)
        return NULL;
    const ge_event *ev = &doc->events.v[i];
    cJSON *o = cJSON_CreateObject();
    if (!o)
        return NULL;
    char *id = ge_event_id(&doc->article, i);
    if (!id) {
        cJSON_Delete(o);
        return NULL;
    }
    cJSON_AddStringToObject(o, "id", id);
    free(id);
    cJSON_AddItemToObject(o, "date", str_or_null(ev->event_date));
    cJSON_AddStringToObject(o, "date_precision", ge_date_precision_name(ev->date_precision));
    cJSON_AddItemToObject(o, "date_text", span_text(doc, ev->date_start, ev->date_end));
    cJSON_AddStringToObject(o, "event_type", ev->event_type);
    cJSON_AddItemToObject(o, "mode", str_or_null(ev->mode));
    cJSON_AddNumberToObject(o, "quad_code", ev->quad_code);
    cJSON_AddItemToObject(o, "actor", actor_json(doc, &ev->actor));
    cJSON_AddItemToObject(o, "recipient", actor_json(doc, &ev->recipient));
    const ge_sentence *s =
        ev->sentence < doc->text.nsentences ? &doc->text.sentences[ev->sentence] : NULL;
    uint32_t sb = 0, se = 0;
    if (s)
        text_window(doc, s, ev, &sb, &se);
    cJSON_AddItemToObject(o, "event_text", s ? span_text(doc, sb, se) : cJSON_CreateNull());
    cJSON_AddItemToObject(o, "trigger", span_text(doc, ev->trigger_start, ev->trigger_end));
    add_offsets(o, doc, "trigger_start", "trigger_end", ev->trigger_start, ev->trigger_end);
    if (s)
        add_offsets(o, doc, "start", "end", sb, se);
    cJSON_AddItemToObject(o, "location", location_json(g, doc, ev));
    uint32_t ps, pe;
    if (ge_event_place_span(ev, &doc->mentions, &ps, &pe)) {
        add_offsets(o, doc, "place_start", "place_end", ps, pe);
    } else {
        add_offsets(o, doc, "place_start", "place_end", 0, 0);
    }
    add_offsets(o, doc, "date_start", "date_end", ev->date_start, ev->date_end);
    cJSON_AddBoolToObject(o, "negated", ev->negated);
    cJSON_AddStringToObject(o, "mode_of_report", ge_report_mode_name(ev->report_mode));
    cJSON_AddItemToObject(o, "counts", counts_json(ev));
    cJSON_AddNumberToObject(o, "mentions", ev->nmentions ? ev->nmentions : 1);
    cJSON_AddItemToObject(o, "mention_offsets", mentions_json(doc, ev));
    cJSON_AddNumberToObject(o, "confidence", (double)(int)(ev->confidence * 1000 + 0.5) / 1000.0);
    cJSON_AddItemToObject(o, "article", article_json(doc));
    return o;
}
