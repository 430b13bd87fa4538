/*
 * plover.c -- one event record as a PLOVER-shaped JSON object, the
 * line format of `-o FILE.jsonl`. Offsets are code point offsets.
 * The record is a cJSON tree: ge_plover_event returns it (the tests and the
 * library's users), ge_plover_line prints it with cJSON_PrintPreallocated
 * into the caller's buffer and drops it (the writer; its nodes and strings
 * live in one block of memory, see arena). For the line, the
 * numbers (offsets, counts, coordinates, the confidence) are raw nodes that
 * ge_plover_number formatted as cJSON would (see there): cJSON prints each
 * number with sprintf("%1.15g") and reads it back with sscanf, which was
 * most of the time of printing a record.
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
        snprintf(num, 32, "%lld", (long long)v);
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

/* The memory of a line's tree (ge_plover_line): its nodes and copied
 * strings are cut from a block on the caller's stack, then from blocks
 * malloc'd when that is full, and all dropped at once after the print,
 * instead of a malloc per node and string and a cJSON_Delete walking them.
 * The nodes are cJSON's own struct, filled as cJSON_Create* fill theirs;
 * cJSON only reads them (cJSON_AddItemTo*, cJSON_PrintPreallocated). */
#define ARENA_BLOCK 16384u

typedef struct arena_blk {
    struct arena_blk *next;
    max_align_t data[];
} arena_blk;

typedef struct arena {
    char *p, *end;   /* the current block's free bytes */
    arena_blk *heap; /* blocks malloc'd, to free */
} arena;

/* n bytes aligned for any object; NULL when out of memory. */
static void *arena_get(arena *a, size_t n)
{
    size_t al = _Alignof(max_align_t);
    n = (n + al - 1) / al * al;
    if ((size_t)(a->end - a->p) < n) {
        size_t cap = n > ARENA_BLOCK ? n : ARENA_BLOCK;
        arena_blk *k = malloc(sizeof *k + cap);
        if (!k)
            return NULL;
        k->next = a->heap;
        a->heap = k;
        a->p = (char *)k->data;
        a->end = a->p + cap;
    }
    void *r = a->p;
    a->p += n;
    return r;
}

static void arena_free(arena *a)
{
    while (a->heap) {
        arena_blk *k = a->heap;
        a->heap = k->next;
        free(k);
    }
}

/* The record being built: its article, its form, and whether anything
 * failed (out of memory). */
typedef struct pj {
    const ge_doc *doc;
    arena *ar; /* printed at once (ge_plover_line): nodes from ar, numbers as
                * ge_plover_number's; NULL for a tree handed out */
    ge_plover_nums *nc; /* ge_plover_lines' numbers, or NULL */
    int err;
} pj;

/* A node of type for the line's tree (zeroed, as cJSON's). */
static cJSON *node(pj *j, int type)
{
    cJSON *c = arena_get(j->ar, sizeof *c);
    if (c) {
        memset(c, 0, sizeof *c);
        c->type = type;
    }
    return c;
}

/* A copy of s[0..n) in the line's memory, NUL-terminated. */
static char *arena_str(pj *j, const char *s, size_t n)
{
    char *d = arena_get(j->ar, n + 1);
    if (d) {
        memcpy(d, s, n);
        d[n] = '\0';
    }
    return d;
}

/* cJSON_CreateStringReference(s) in the line's memory. */
static cJSON *ref_node(pj *j, const char *s)
{
    cJSON *c = s ? node(j, cJSON_String | cJSON_IsReference) : NULL;
    if (c)
        c->valuestring = (char *)s;
    return c;
}

static cJSON *new_obj(pj *j, int type)
{
    if (j->ar)
        return node(j, type);
    return type == cJSON_Array ? cJSON_CreateArray() : cJSON_CreateObject();
}

/* item into parent, under key (a string constant: cJSON keeps the pointer),
 * or at the end of the array parent when key is NULL. */
static cJSON *add(pj *j, cJSON *parent, const char *key, cJSON *item)
{
    if (item && (key ? cJSON_AddItemToObjectCS(parent, key, item)
                     : cJSON_AddItemToArray(parent, item)))
        return item;
    if (!j->ar)
        cJSON_Delete(item);
    j->err = -1;
    return NULL;
}

static cJSON *add_obj(pj *j, cJSON *parent, const char *key)
{
    return add(j, parent, key, new_obj(j, cJSON_Object));
}

/* A copy of s. */
static void add_str(pj *j, cJSON *parent, const char *key, const char *s)
{
    s = s ? s : "";
    add(j, parent, key, j->ar ? ref_node(j, arena_str(j, s, strlen(s))) : cJSON_CreateString(s));
}

/* s, which outlives ge_plover_line's print (the article's, the event's, the
 * gazetteer's or a constant): referred to there, copied into a tree that is
 * handed out. */
static void add_ref(pj *j, cJSON *parent, const char *key, const char *s)
{
    s = s ? s : "";
    add(j, parent, key, j->ar ? ref_node(j, s) : cJSON_CreateString(s));
}

static void add_num(pj *j, cJSON *parent, const char *key, double v)
{
    if (!j->ar) {
        add(j, parent, key, cJSON_CreateNumber(v));
        return;
    }
    char num[32];
    const char *raw = NULL;
    struct ge_plover_num *sl = NULL;
    uint64_t bits;
    memcpy(&bits, &v, sizeof bits);
    uint32_t *st = NULL;
    if (j->nc) {
        size_t k = (size_t)((bits * 0x9E3779B97F4A7C15ull) >> (64 - GE_PLOVER_NUM_BITS));
        sl = &j->nc->v[k];
        st = &j->nc->stamps[k];
        if (*st && sl->bits == bits) {
            *st = j->nc->stamp;
            raw = sl->s;
        } else if (*st == j->nc->stamp) {
            sl = NULL; /* this record's */
        }
    }
    if (!raw && number_text(v, num)) {
        size_t n = strlen(num);
        if (sl && n < sizeof sl->s) {
            memcpy(sl->s, num, n + 1);
            sl->bits = bits;
            *st = j->nc->stamp;
            raw = sl->s;
        } else if (!(raw = arena_str(j, num, n))) {
            j->err = -1;
            return;
        }
    }
    cJSON *c;
    if (raw) {
        if ((c = node(j, cJSON_Raw)))
            c->valuestring = (char *)raw;
    } else if ((c = node(j, cJSON_Number))) {
        cJSON_SetNumberHelper(c, v);
    }
    add(j, parent, key, c);
}

static void add_null(pj *j, cJSON *parent, const char *key)
{
    add(j, parent, key, j->ar ? node(j, cJSON_NULL) : cJSON_CreateNull());
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
    /* in the line's memory, or a copy of one made here */
    char small[512], *s = j->ar ? arena_get(j->ar, e - b + 1)
                          : e - b < sizeof small ? small : malloc(e - b + 1);
    if (!s) {
        j->err = -1;
        return;
    }
    memcpy(s, doc->article.text + b, e - b);
    s[e - b] = '\0';
    /* line breaks inside a span read as spaces (up to a NUL, where the
     * string ends); eight bytes at a time pass where none is below 0x20 */
    for (size_t i = 0, n = e - b; i < n;) {
        uint64_t x;
        if (i + 8 <= n && (memcpy(&x, s + i, 8),
                           !((x - 0x2020202020202020ull) & ~x & 0x8080808080808080ull))) {
            i += 8;
            continue;
        }
        if (s[i] == '\0')
            break;
        if (s[i] == '\n' || s[i] == '\r' || s[i] == '\t')
            s[i] = ' ';
        i++;
    }
    if (j->ar) {
        add(j, o, key, ref_node(j, s));
        return;
    }
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
    cJSON *p = add(j, a, NULL, new_obj(j, cJSON_Array));
    add_num(j, p, NULL, cp_of(j, b));
    add_num(j, p, NULL, cp_of(j, e));
}

/* [[start, end], ...]: the trigger of every listed sentence that reports the
 * event (code points; the first GE_EVENT_MAX_MENTIONS of "mentions"). */
static void mentions_json(pj *j, cJSON *o, const char *key, const ge_event *ev)
{
    cJSON *a = add(j, o, key, new_obj(j, cJSON_Array));
    uint32_t n = ev->nmentions < GE_EVENT_MAX_MENTIONS ? ev->nmentions : GE_EVENT_MAX_MENTIONS;
    if (!n)
        add_pair(j, a, ev->trigger_start, ev->trigger_end);
    for (uint32_t k = 0; k < n; k++)
        add_pair(j, a, ev->mentions[k][0], ev->mentions[k][1]);
}

static void actor_json(pj *j, cJSON *parent, const char *key, const ge_actor *a)
{
    cJSON *o = add_obj(j, parent, key);
    span_text(j, o, "text", a->start, a->end);
    str_or_null(j, o, "country", a->code);
    str_or_null(j, o, "sector", a->sector);
    add_offsets(j, o, "start", "end", a->start, a->end);
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
}

static void article_json(pj *j, cJSON *parent, const char *key)
{
    const ge_article *a = &j->doc->article;
    cJSON *o = add_obj(j, parent, key);
    str_or_null(j, o, "id", a->id);
    str_or_null(j, o, "title", a->title);
    str_or_null(j, o, "url", a->url);
    str_or_null(j, o, "published", a->published);
}

/* The record's tree; NULL when out of memory. */
static cJSON *plover_event(const ge_gazetteer *g, const ge_doc *doc, size_t i, arena *ar,
                           ge_plover_nums *nc)
{
    if (!doc || i >= doc->events.n)
        return NULL;
    pj jj = {.doc = doc, .ar = ar, .nc = nc}, *j = &jj;
    const ge_event *ev = &doc->events.v[i];
    char *id = ge_event_id(&doc->article, i);
    cJSON *o = id ? new_obj(j, cJSON_Object) : NULL;
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
    add(j, o, "negated",
        j->ar ? node(j, ev->negated ? cJSON_True : cJSON_False) : cJSON_CreateBool(ev->negated));
    add_ref(j, o, "mode_of_report", ge_report_mode_name(ev->report_mode));
    counts_json(j, o, "counts", ev);
    add_num(j, o, "mentions", ev->nmentions ? ev->nmentions : 1);
    mentions_json(j, o, "mention_offsets", ev);
    add_num(j, o, "confidence", (double)(int)(ev->confidence * 1000 + 0.5) / 1000.0);
    article_json(j, o, "article");
    if (j->err) {
        if (!ar)
            cJSON_Delete(o);
        return NULL;
    }
    return o;
}

cJSON *ge_plover_event(const ge_gazetteer *g, const ge_doc *doc, size_t i)
{
    return plover_event(g, doc, i, NULL, NULL);
}

static int plover_line(const ge_gazetteer *g, const ge_doc *doc, size_t i, ge_buf *b,
                       ge_plover_nums *nc)
{
    union {
        max_align_t align;
        char bytes[ARENA_BLOCK];
    } first;
    arena ar = {.p = first.bytes, .end = first.bytes + sizeof first.bytes};
    cJSON *o = plover_event(g, doc, i, &ar, nc);
    if (!o) {
        arena_free(&ar);
        return -1;
    }
    /* printed after b's bytes; cJSON says false when it does not fit (it
     * asks for some bytes of slack): a larger buffer, and again */
    int r = -1;
    for (;;) {
        size_t room = b->cap - b->len;
        int n = room < INT_MAX ? (int)room : INT_MAX;
        if (room > 64 && cJSON_PrintPreallocated(o, b->s + b->len, n, 0)) {
            b->len += strlen(b->s + b->len);
            r = 0;
            break;
        }
        if (room >= INT_MAX)
            break;
        size_t ncap = b->cap ? b->cap * 2 : 4096;
        char *s = realloc(b->s, ncap);
        if (!s)
            break;
        b->s = s;
        b->cap = ncap;
    }
    if (r && b->s)
        b->s[b->len] = '\0'; /* what a failed print left, dropped */
    arena_free(&ar);
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
        if (nums && ++nums->stamp == 0) { /* 2^32 records: all slots free again */
            memset(nums->stamps, 0, sizeof nums->stamps);
            nums->stamp = 1;
        }
        if (plover_line(g, doc, i, b, nums) || ge_buf_addc(b, '\n'))
            return -1;
    }
    return 0;
}
