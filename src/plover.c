/*
 * plover.c -- one event record as a PLOVER-shaped JSON object, the
 * line format of `-o FILE.jsonl`. Offsets are code point offsets.
 * ge_plover_event returns the record as a cJSON tree (the tests and the
 * library's users); ge_plover_line writes the same record straight into the
 * caller's buffer, byte for byte as cJSON_PrintPreallocated(tree, ..., 0)
 * prints that tree, without building it (the writer). Its numbers are
 * printed as ge_plover_number's raw nodes are (see there): cJSON prints
 * each number with sprintf("%1.15g") and reads it back with sscanf, which
 * was most of the time of printing a record.
 */
#include <limits.h>
#include <math.h>
#include <stddef.h>
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

/* v's form as ge_plover_number prints it, in num; 0 when v is to be a cJSON
 * number instead. */
static int number_text(double v, char num[32])
{
    if (!isfinite(v) || !(fabs(v) < 1e9) || (v == 0 && signbit(v)))
        return 0;
    if (v == floor(v)) {
        /* snprintf's "%lld", by hand: |v| < 10^9 */
        long long k = (long long)v;
        unsigned long long u = k < 0 ? (unsigned long long)-k : (unsigned long long)k;
        char tmp[24], *t = tmp + sizeof tmp;
        do {
            *--t = (char)('0' + u % 10);
            u /= 10;
        } while (u);
        if (k < 0)
            *--t = '-';
        size_t n = (size_t)(tmp + sizeof tmp - t);
        memcpy(num, t, n);
        num[n] = '\0';
    } else if (nearbyint(v * 1e6) / 1e6 == v) {
        snprintf(num, 32, "%1.15g", v);
        for (char *c = num; *c; c++) /* the point whatever the locale, as cJSON */
            if ((*c < '0' || *c > '9') && *c != '-' && *c != '+' && *c != 'e')
                *c = '.';
    } else {
        return 0;
    }
    return 1;
}

cJSON *ge_plover_number(double v)
{
    char num[32];
    return number_text(v, num) ? cJSON_CreateRaw(num) : cJSON_CreateNumber(v);
}

/* The record being built: its article, its form, and whether anything
 * failed (out of memory). A record handed out (ge_plover_event) is a cJSON
 * tree; a line (ge_plover_line) is written straight into out as
 * cJSON_PrintPreallocated(tree, ..., 0) would print that tree: members
 * "key":value joined by ',' in '{' '}', values in '[' ']', strings as
 * print_string_ptr escapes them, numbers as ge_plover_number's raw text or,
 * for any other, cJSON's own print of the number node. */
#define PJ_DEPTH 8

typedef struct pj {
    const ge_doc *doc;
    ge_buf *out;        /* the line's bytes go here; NULL for a tree */
    ge_plover_nums *nc; /* ge_plover_lines' numbers, or NULL */
    int err;
    int depth;                       /* out: open objects and arrays */
    unsigned char first[PJ_DEPTH];   /* out: no member yet at that depth */
} pj;

/* The handle of an object or array being written (out): only compared
 * with NULL by the callers. */
static cJSON pj_open_node;

/* Room for n more bytes (and a NUL) in out; NULL when out of memory. */
static char *pj_room(pj *j, size_t n)
{
    ge_buf *b = j->out;
    if (b->len + n + 1 > b->cap) {
        size_t ncap = b->cap ? b->cap : 4096;
        while (ncap < b->len + n + 1)
            ncap *= 2;
        char *s = realloc(b->s, ncap);
        if (!s) {
            j->err = -1;
            return NULL;
        }
        b->s = s;
        b->cap = ncap;
    }
    return b->s + b->len;
}

static void pj_put(pj *j, const char *s, size_t n)
{
    char *d = pj_room(j, n);
    if (d) {
        memcpy(d, s, n);
        j->out->len += n;
    }
}

#define SWAR_ONES 0x0101010101010101ull
#define SWAR_HIGH 0x8080808080808080ull
/* nonzero when a byte of x is zero */
#define SWAR_ZERO(x) (((x) - SWAR_ONES) & ~(x) & SWAR_HIGH)

/* s[0..n) as a JSON string, as cJSON's print_string_ptr writes it: '"' and
 * '\\' and the bytes below 0x20 escaped (\b \f \n \r \t by name, others as
 * \u00xx), every other byte as it is; the string ends at a NUL (cJSON's is
 * a C string). spaces: line breaks and tabs are written as spaces. */
static void pj_string(pj *j, const char *s, size_t n, int spaces)
{
    char *d = pj_room(j, 2 + 6 * n);
    if (!d)
        return;
    char *d0 = d;
    *d++ = '"';
    size_t i = 0;
    while (i < n) {
        /* eight plain bytes at a time */
        while (i + 8 <= n) {
            uint64_t x;
            memcpy(&x, s + i, 8);
            if (((x - 0x2020202020202020ull) & ~x & SWAR_HIGH) ||
                SWAR_ZERO(x ^ 0x2222222222222222ull) || SWAR_ZERO(x ^ 0x5C5C5C5C5C5C5C5Cull))
                break;
            memcpy(d, &x, 8);
            d += 8;
            i += 8;
        }
        if (i >= n)
            break;
        unsigned char c = (unsigned char)s[i++];
        if (c >= 0x20 && c != '"' && c != '\\') {
            *d++ = (char)c;
            continue;
        }
        if (c == '\0')
            break;
        if (spaces && (c == '\n' || c == '\r' || c == '\t')) {
            *d++ = ' ';
            continue;
        }
        *d++ = '\\';
        switch (c) {
        case '"': *d++ = '"'; break;
        case '\\': *d++ = '\\'; break;
        case '\b': *d++ = 'b'; break;
        case '\f': *d++ = 'f'; break;
        case '\n': *d++ = 'n'; break;
        case '\r': *d++ = 'r'; break;
        case '\t': *d++ = 't'; break;
        default: {
            static const char hex[] = "0123456789abcdef";
            *d++ = 'u';
            *d++ = '0';
            *d++ = '0';
            *d++ = hex[c >> 4];
            *d++ = hex[c & 15];
        }
        }
    }
    *d++ = '"';
    j->out->len += (size_t)(d - d0);
}

/* The ',' before a member and its key (NULL: an array's value). */
static void pj_member(pj *j, const char *key)
{
    if (!j->first[j->depth])
        pj_put(j, ",", 1);
    j->first[j->depth] = 0;
    if (key) { /* a constant of this file's, nothing in it to escape */
        size_t n = strlen(key);
        char *d = pj_room(j, n + 3);
        if (!d)
            return;
        d[0] = '"';
        memcpy(d + 1, key, n);
        d[n + 1] = '"';
        d[n + 2] = ':';
        j->out->len += n + 3;
    }
}

/* A member whose value is the text v (a number, null, true...). */
static void pj_value(pj *j, const char *key, const char *v, size_t n)
{
    pj_member(j, key);
    pj_put(j, v, n);
}

/* An object or array opened under key (out). */
static cJSON *pj_open(pj *j, const char *key, int type)
{
    if (j->depth + 1 >= PJ_DEPTH) {
        j->err = -1;
        return NULL;
    }
    if (j->depth > 0 || key)
        pj_member(j, key);
    pj_put(j, type == cJSON_Array ? "[" : "{", 1);
    j->first[++j->depth] = 1;
    return &pj_open_node;
}

/* The end of the object or array o opened last (nothing for a tree). */
static void close_obj(pj *j, const cJSON *o, int type)
{
    if (!j->out || !o)
        return;
    pj_put(j, type == cJSON_Array ? "]" : "}", 1);
    j->depth--;
}

static cJSON *new_obj(pj *j, int type)
{
    return type == cJSON_Array ? cJSON_CreateArray() : cJSON_CreateObject();
}

/* item into parent, under key (a string constant: cJSON keeps the pointer),
 * or at the end of the array parent when key is NULL (a tree). */
static cJSON *add(pj *j, cJSON *parent, const char *key, cJSON *item)
{
    if (item && (key ? cJSON_AddItemToObjectCS(parent, key, item)
                     : cJSON_AddItemToArray(parent, item)))
        return item;
    cJSON_Delete(item);
    j->err = -1;
    return NULL;
}

static cJSON *add_obj(pj *j, cJSON *parent, const char *key)
{
    if (j->out)
        return pj_open(j, key, cJSON_Object);
    return add(j, parent, key, new_obj(j, cJSON_Object));
}

static cJSON *add_arr(pj *j, cJSON *parent, const char *key)
{
    if (j->out)
        return pj_open(j, key, cJSON_Array);
    return add(j, parent, key, new_obj(j, cJSON_Array));
}

/* A copy of s. */
static void add_str(pj *j, cJSON *parent, const char *key, const char *s)
{
    s = s ? s : "";
    if (j->out) {
        pj_member(j, key);
        pj_string(j, s, strlen(s), 0);
        return;
    }
    add(j, parent, key, cJSON_CreateString(s));
}

/* s, which outlives ge_plover_line's print (the article's, the event's, the
 * gazetteer's or a constant): referred to there, copied into a tree that is
 * handed out. */
static void add_ref(pj *j, cJSON *parent, const char *key, const char *s)
{
    add_str(j, parent, key, s);
}

static void add_num(pj *j, cJSON *parent, const char *key, double v)
{
    if (!j->out) {
        add(j, parent, key, cJSON_CreateNumber(v));
        return;
    }
    char num[64];
    struct ge_plover_num *sl = NULL;
    uint64_t bits;
    memcpy(&bits, &v, sizeof bits);
    if (j->nc) {
        size_t k = (size_t)((bits * 0x9E3779B97F4A7C15ull) >> (64 - GE_PLOVER_NUM_BITS));
        sl = &j->nc->v[k];
        if (j->nc->stamps[k] && sl->bits == bits) {
            pj_value(j, key, sl->s, strlen(sl->s));
            return;
        }
    }
    if (number_text(v, num)) {
        size_t n = strlen(num);
        if (sl && n < sizeof sl->s) {
            memcpy(sl->s, num, n + 1);
            sl->bits = bits;
            j->nc->stamps[(size_t)(sl - j->nc->v)] = 1;
        }
        pj_value(j, key, num, n);
        return;
    }
    /* any other number as cJSON prints it */
    cJSON c;
    memset(&c, 0, sizeof c);
    c.type = cJSON_Number;
    cJSON_SetNumberHelper(&c, v);
    if (!cJSON_PrintPreallocated(&c, num, (int)sizeof num, 0)) {
        j->err = -1;
        return;
    }
    pj_value(j, key, num, strlen(num));
}

static void add_null(pj *j, cJSON *parent, const char *key)
{
    if (j->out) {
        pj_value(j, key, "null", 4);
        return;
    }
    add(j, parent, key, cJSON_CreateNull());
}

/* s (add_ref), or null when it is NULL or empty. */
static void str_or_null(pj *j, cJSON *o, const char *key, const char *s)
{
    if (s && *s)
        add_ref(j, o, key, s);
    else
        add_null(j, o, key);
}

static void span_text(pj *j, cJSON *o, const char *key, uint32_t b, uint32_t e)
{
    const ge_doc *doc = j->doc;
    if (e <= b || e > doc->article.text_len) {
        add_null(j, o, key);
        return;
    }
    if (j->out) { /* line breaks inside a span read as spaces */
        pj_member(j, key);
        pj_string(j, doc->article.text + b, e - b, 1);
        return;
    }
    char small[512], *s = e - b < sizeof small ? small : malloc(e - b + 1);
    if (!s) {
        j->err = -1;
        return;
    }
    memcpy(s, doc->article.text + b, e - b);
    s[e - b] = '\0';
    /* line breaks inside a span read as spaces (up to a NUL, where the
     * string ends) */
    for (size_t i = 0, n = e - b; i < n && s[i]; i++)
        if (s[i] == '\n' || s[i] == '\r' || s[i] == '\t')
            s[i] = ' ';
    add_str(j, o, key, s);
    if (s != small)
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

/* ge_text_cp of byte in the article, remembered for its other records
 * (a sentence's bounds, the place's span, the trigger among the mentions
 * come back from record to record). */
static uint32_t cp_of(pj *j, uint32_t byte)
{
    ge_plover_nums *nc = j->nc;
    if (!nc || byte == UINT32_MAX)
        return ge_text_cp(&j->doc->text, byte);
    if (byte <= nc->ascii_end)
        return byte;
    size_t k = (size_t)((byte * 2654435761u) >> 26);
    if (nc->cp_byte[k] != byte) {
        nc->cp_byte[k] = byte;
        nc->cp[k] = ge_text_cp(&j->doc->text, byte);
    }
    return nc->cp[k];
}

static void add_offsets(pj *j, cJSON *o, const char *sk, const char *ek, uint32_t b, uint32_t e)
{
    if (e > b) {
        add_num(j, o, sk, cp_of(j, b));
        add_num(j, o, ek, cp_of(j, e));
    } else {
        add_null(j, o, sk);
        add_null(j, o, ek);
    }
}

/* [start, end] in code points, at the end of the array a. */
static void add_pair(pj *j, cJSON *a, uint32_t b, uint32_t e)
{
    cJSON *p = add_arr(j, a, NULL);
    add_num(j, p, NULL, cp_of(j, b));
    add_num(j, p, NULL, cp_of(j, e));
    close_obj(j, p, cJSON_Array);
}

/* [[start, end], ...]: the trigger of every listed sentence that reports the
 * event (code points; the first GE_EVENT_MAX_MENTIONS of "mentions"). */
static void mentions_json(pj *j, cJSON *o, const char *key, const ge_event *ev)
{
    cJSON *a = add_arr(j, o, key);
    uint32_t n = ev->nmentions < GE_EVENT_MAX_MENTIONS ? ev->nmentions : GE_EVENT_MAX_MENTIONS;
    if (!n)
        add_pair(j, a, ev->trigger_start, ev->trigger_end);
    for (uint32_t k = 0; k < n; k++)
        add_pair(j, a, ev->mentions[k][0], ev->mentions[k][1]);
    close_obj(j, a, cJSON_Array);
}

static void actor_json(pj *j, cJSON *parent, const char *key, const ge_actor *a)
{
    cJSON *o = add_obj(j, parent, key);
    span_text(j, o, "text", a->start, a->end);
    str_or_null(j, o, "country", a->code);
    str_or_null(j, o, "sector", a->sector);
    add_offsets(j, o, "start", "end", a->start, a->end);
    close_obj(j, o, cJSON_Object);
}

static void location_json(pj *j, cJSON *parent, const char *key, const ge_gazetteer *g,
                          const ge_event *ev)
{
    const ge_place *p = ev->place == GE_NONE || !g ? NULL : ge_gazetteer_place(g, ev->place);
    if (!p) {
        add_null(j, parent, key);
        return;
    }
    cJSON *o = add_obj(j, parent, key);
    str_or_null(j, o, "name", ge_gazetteer_str(g, p->name));
    uint32_t ps, pe;
    if (ge_event_place_span(ev, &j->doc->mentions, &ps, &pe))
        span_text(j, o, "text", ps, pe);
    if (p->geonameid)
        add_num(j, o, "geonameid", p->geonameid);
    else
        add_null(j, o, "geonameid");
    add_num(j, o, "lat", round6(p->lat));
    add_num(j, o, "lon", round6(p->lon));
    char cc[3] = {p->country[0], p->country[1], '\0'};
    const char *a3 = cc[0] ? ge_gazetteer_alpha3(g, p->country) : NULL;
    str_or_null(j, o, "country", a3);
    if (cc[0]) /* cc and fc are this function's: copied */
        add_str(j, o, "country_code", cc);
    else
        add_null(j, o, "country_code");
    str_or_null(j, o, "admin1", ge_gazetteer_str(g, p->admin1_name));
    char fc[9];
    memcpy(fc, p->fcode, 8);
    fc[8] = '\0';
    if (fc[0])
        add_str(j, o, "feature_code", fc);
    else
        add_null(j, o, "feature_code");
    add_ref(j, o, "precision", ge_level_name((ge_level)p->level));
    add_num(j, o, "resolution", plover_resolution((ge_level)p->level));
    add_num(j, o, "geo_precision", acled_precision((ge_level)p->level));
    str_or_null(j, o, "reason", ev->location_reason);
    close_obj(j, o, cJSON_Object);
}

/* n, or null when it is unknown (negative). */
static void count_or_null(pj *j, cJSON *o, const char *key, long n)
{
    if (n >= 0)
        add_num(j, o, key, (double)n);
    else
        add_null(j, o, key);
}

static void counts_json(pj *j, cJSON *parent, const char *key, const ge_event *ev)
{
    cJSON *o = add_obj(j, parent, key);
    count_or_null(j, o, "count", ev->count);
    str_or_null(j, o, "qualifier", ev->count_qualifier);
    count_or_null(j, o, "fatalities", ev->fatalities);
    count_or_null(j, o, "injured", ev->injured);
    close_obj(j, o, cJSON_Object);
}

static void article_json(pj *j, cJSON *parent, const char *key)
{
    const ge_article *a = &j->doc->article;
    cJSON *o = add_obj(j, parent, key);
    str_or_null(j, o, "id", a->id);
    str_or_null(j, o, "title", a->title);
    str_or_null(j, o, "url", a->url);
    str_or_null(j, o, "published", a->published);
    close_obj(j, o, cJSON_Object);
}

/* The record's tree, or with out its line written there (the returned
 * handle only says it worked); NULL when out of memory. */
static cJSON *plover_event(const ge_gazetteer *g, const ge_doc *doc, size_t i, ge_buf *out,
                           ge_plover_nums *nc)
{
    if (!doc || i >= doc->events.n)
        return NULL;
    pj jj = {.doc = doc, .out = out, .nc = nc}, *j = &jj;
    const ge_event *ev = &doc->events.v[i];
    char *id = ge_event_id(&doc->article, i);
    cJSON *o = !id ? NULL : out ? pj_open(j, NULL, cJSON_Object) : new_obj(j, cJSON_Object);
    if (!o) {
        free(id);
        return NULL;
    }
    add_str(j, o, "id", id);
    free(id);
    str_or_null(j, o, "date", ev->event_date);
    add_ref(j, o, "date_precision", ge_date_precision_name(ev->date_precision));
    span_text(j, o, "date_text", ev->date_start, ev->date_end);
    add_ref(j, o, "event_type", ev->event_type);
    str_or_null(j, o, "mode", ev->mode);
    add_num(j, o, "quad_code", ev->quad_code);
    actor_json(j, o, "actor", &ev->actor);
    actor_json(j, o, "recipient", &ev->recipient);
    const ge_sentence *s =
        ev->sentence < doc->text.nsentences ? &doc->text.sentences[ev->sentence] : NULL;
    uint32_t sb = 0, se = 0;
    if (s) {
        text_window(doc, s, ev, &sb, &se);
        span_text(j, o, "event_text", sb, se);
    } else {
        add_null(j, o, "event_text");
    }
    span_text(j, o, "trigger", ev->trigger_start, ev->trigger_end);
    add_offsets(j, o, "trigger_start", "trigger_end", ev->trigger_start, ev->trigger_end);
    if (s)
        add_offsets(j, o, "start", "end", sb, se);
    location_json(j, o, "location", g, ev);
    uint32_t ps, pe;
    if (!ge_event_place_span(ev, &doc->mentions, &ps, &pe))
        ps = pe = 0;
    add_offsets(j, o, "place_start", "place_end", ps, pe);
    add_offsets(j, o, "date_start", "date_end", ev->date_start, ev->date_end);
    if (out)
        pj_value(j, "negated", ev->negated ? "true" : "false", ev->negated ? 4 : 5);
    else
        add(j, o, "negated", cJSON_CreateBool(ev->negated));
    add_ref(j, o, "mode_of_report", ge_report_mode_name(ev->report_mode));
    counts_json(j, o, "counts", ev);
    add_num(j, o, "mentions", ev->nmentions ? ev->nmentions : 1);
    mentions_json(j, o, "mention_offsets", ev);
    add_num(j, o, "confidence", (double)(int)(ev->confidence * 1000 + 0.5) / 1000.0);
    article_json(j, o, "article");
    close_obj(j, o, cJSON_Object);
    if (j->err) {
        if (!out)
            cJSON_Delete(o);
        return NULL;
    }
    return o;
}

cJSON *ge_plover_event(const ge_gazetteer *g, const ge_doc *doc, size_t i)
{
    return plover_event(g, doc, i, NULL, NULL);
}

/* The record appended to b; on failure b is as it was. */
static int plover_line(const ge_gazetteer *g, const ge_doc *doc, size_t i, ge_buf *b,
                       ge_plover_nums *nc)
{
    size_t len = b->len;
    int r = plover_event(g, doc, i, b, nc) ? 0 : -1;
    if (r)
        b->len = len; /* what a failed print left, dropped */
    if (b->s)
        b->s[b->len] = '\0';
    return r;
}

int ge_plover_line(const ge_gazetteer *g, const ge_doc *doc, size_t i, ge_buf *b)
{
    return plover_line(g, doc, i, b, NULL);
}

int ge_plover_lines(const ge_gazetteer *g, const ge_doc *doc, ge_buf *b, ge_plover_nums *nums)
{
    if (nums && doc) {
        memset(nums->cp_byte, 0xFF, sizeof nums->cp_byte);
        const ge_text *t = &doc->text;
        nums->ascii_end = (uint32_t)ge_next_high(t->s, t->len, 0);
    }
    for (size_t i = 0; doc && i < doc->events.n; i++) {
        if (plover_line(g, doc, i, b, nums) || ge_buf_addc(b, '\n'))
            return -1;
    }
    return 0;
}
