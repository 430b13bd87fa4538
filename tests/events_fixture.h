/* events_fixture.h -- what the event extractor's unit tests share: the
 * project's lexicon, a hand-made text with hand-placed mentions run through
 * ge_events_extract (no gazetteer), and finding a record by its trigger.
 * Included by one test program each (static functions). */
#ifndef GE_EVENTS_FIXTURE_H
#define GE_EVENTS_FIXTURE_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "events_internal.h"
#include "plover.h"

#include "check.h"

static inline void count_diag(void *user, const char *file, long line, const char *msg)
{
    (void)file;
    (void)msg;
    if (line > 0)
        ++*(int *)user;
}

/* The project's lexicon files (without its model), and one more file. */
static inline ge_lexicon *load_lexicon(const char *extra, int *bad)
{
    static const char *const names[] = {"triggers", "agents", "modifiers", "locatives",
                                        "boilerplate", "senses"};
    char buf[6][512];
    const char *paths[8];
    for (int i = 0; i < 6; i++) {
        snprintf(buf[i], sizeof buf[i], "%s/lexicon/%s.txt", GE_SOURCE_DIR, names[i]);
        paths[i] = buf[i];
    }
    paths[6] = extra;
    paths[7] = NULL;
    *bad = 0;
    ge_diag d = {count_diag, bad};
    ge_lexicon *lx = NULL;
    return ge_lexicon_load(paths, &d, &lx) == GE_OK ? lx : NULL;
}

static inline ge_lexicon *project_lexicon(void)
{
    int bad = 0;
    ge_lexicon *lx = load_lexicon(NULL, &bad);
    CHECK(lx != NULL, "project lexicon loads");
    CHECK(bad == 0, "project lexicon has %d bad lines", bad);
    return lx;
}

/* A place mention for the test: the first occurrence of name in text. */
typedef struct mspec {
    const char *name;
    ge_kind kind;
    uint32_t place;
} mspec;

typedef struct run {
    ge_article a;
    ge_text t;
    ge_mentions m;
    ge_events e;
} run;

static inline void extract(const ge_lexicon *lx, const char *text, const char *published,
                    const mspec *ms, run *r)
{
    memset(r, 0, sizeof *r);
    r->a.text = (char *)text;
    r->a.text_len = strlen(text);
    r->a.published = (char *)published;
    ge_text_analyze(text, strlen(text), &r->t);
    /* every occurrence of each name is a mention */
    for (size_t i = 0; ms && ms[i].name; i++)
        for (const char *p = strstr(text, ms[i].name); p; p = strstr(p + 1, ms[i].name)) {
        ge_mention mm;
        memset(&mm, 0, sizeof mm);
        mm.start = (uint32_t)(p - text);
        mm.end = mm.start + (uint32_t)strlen(ms[i].name);
        mm.kind = ms[i].kind;
        mm.place = ms[i].place;
        mm.score = 1;
        for (uint32_t k = 0; k < r->t.ntokens; k++) {
            if (r->t.tokens[k].start == mm.start)
                mm.tok_begin = k;
            if (r->t.tokens[k].start < mm.end && r->t.tokens[k].end >= mm.end && !mm.tok_end)
                mm.tok_end = k + 1;
        }
        mm.sentence = r->t.tokens[mm.tok_begin].sentence;
        if (r->m.n == r->m.cap) {
            r->m.cap = r->m.cap ? r->m.cap * 2 : 8;
            r->m.v = realloc(r->m.v, r->m.cap * sizeof *r->m.v);
        }
        r->m.v[r->m.n++] = mm;
        }
    /* mentions in text order */
    for (size_t i = 1; i < r->m.n; i++)
        for (size_t j = i; j > 0 && r->m.v[j].start < r->m.v[j - 1].start; j--) {
            ge_mention tmp = r->m.v[j];
            r->m.v[j] = r->m.v[j - 1];
            r->m.v[j - 1] = tmp;
        }
    ge_status st = ge_events_extract(lx, NULL, &r->a, &r->t, &r->m, &r->e);
    CHECK(st == GE_OK, "extract '%s'", text);
}

/* Is the text that names ev's place exactly W? */
static inline int place_text_is(const run *r, const ge_event *ev, const char *w)
{
    uint32_t b, e;
    return ge_event_place_span(ev, &r->m, &b, &e) && e - b == strlen(w) &&
           !memcmp(r->a.text + b, w, e - b);
}

static inline void run_free(run *r)
{
    ge_text_free(&r->t);
    ge_mentions_free(&r->m);
    ge_events_free(&r->e);
}

/* The record whose trigger text is trig, or that lists trig among the
 * triggers of the sentences reporting it (its mentions), or NULL. */
static inline const ge_event *find(const run *r, const char *trig)
{
    size_t n = strlen(trig);
    for (size_t i = 0; i < r->e.n; i++) {
        const ge_event *ev = &r->e.v[i];
        for (uint32_t k = 0; k <= ev->nmentions && k <= GE_EVENT_MAX_MENTIONS; k++) {
            uint32_t b = k ? ev->mentions[k - 1][0] : ev->trigger_start;
            uint32_t e = k ? ev->mentions[k - 1][1] : ev->trigger_end;
            if (n == e - b && !memcmp(r->a.text + b, trig, n))
                return ev;
        }
    }
    return NULL;
}

static inline int span_is(const run *r, uint32_t b, uint32_t e, const char *want)
{
    return strlen(want) == e - b && !memcmp(r->a.text + b, want, e - b);
}

/* The record of trigger trig has type and mode (NULL: any) and, when
 * sector is given, that actor sector. */
static inline void act_is(const ge_lexicon *lx, const char *text, const char *trig,
                          const char *type, const char *mode, const char *sector)
{
    run r;
    extract(lx, text, NULL, NULL, &r);
    const ge_event *ev = find(&r, trig);
    CHECK(ev != NULL, "'%s': no event on '%s' (%zu events)", text, trig, r.e.n);
    if (ev) {
        CHECK(!strcmp(ev->event_type, type), "'%s': type %s, want %s", text, ev->event_type, type);
        if (mode)
            CHECK(!strcmp(ev->mode, mode), "'%s': mode '%s', want '%s'", text, ev->mode, mode);
        CHECK(ev->quad_code == ge_plover_quad(type) && ev->quad_code >= 1 && ev->quad_code <= 4,
              "'%s': quad %d", text, ev->quad_code);
        if (sector)
            CHECK(!strcmp(ev->actor.sector, sector), "'%s': actor sector '%s', want %s", text,
                  ev->actor.sector, sector);
    }
    run_free(&r);
}

/* No record of the text has trigger trig. */
static inline void no_record(const ge_lexicon *lx, const char *text, const char *trig)
{
    run r;
    extract(lx, text, NULL, NULL, &r);
    CHECK(!find(&r, trig), "'%s': no event on '%s' wanted", text, trig);
    run_free(&r);
}

static inline void type_is(const ge_lexicon *lx, const char *text, const char *trig,
                           const char *type, const char *mode)
{
    act_is(lx, text, trig, type, mode, NULL);
}


static inline size_t count_type(const run *r, const char *type)
{
    size_t n = 0;
    for (size_t i = 0; i < r->e.n; i++)
        n += !strcmp(r->e.v[i].event_type, type);
    return n;
}

/* How many records of a type one text published on a day (or NULL)
 * yields (extracted, counted, freed). */
static inline size_t count_dated(const ge_lexicon *lx, const char *text, const char *published,
                                 const char *type)
{
    run r;
    extract(lx, text, published, NULL, &r);
    size_t n = count_type(&r, type);
    run_free(&r);
    return n;
}

static inline size_t count_in(const ge_lexicon *lx, const char *text, const char *type)
{
    return count_dated(lx, text, NULL, type);
}

#endif
