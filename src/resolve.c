/*
 * resolve.c -- the resolve stage: where a place name is disambiguated.
 *
 * Mentions are grouped by name (one sense per article: every "Springfield"
 * in a story is the same Springfield). Each group's candidates are scored
 * twice:
 *   1. prior alone: population, level (countries and states before towns of
 *      the same name), capitals, how the name refers to the place;
 *   2. prior plus the article's context, taken from the other groups'
 *      first-pass choices: countries named or implied (by cities and
 *      demonyms), states named, places nearby, and a qualifier written
 *      right after the name ("Paris, Texas", "Ocala, Fla.").
 * The second pass is repeated once so that choices can support each other
 * ("Alexandria" settles in Louisiana because "Pineville" and "Rapides
 * Parish" did). A mention's score is the softmax weight of its winner.
 */
#include <math.h>

#include "internal.h"

/* Weights of the scoring function, in one place. */
#define W_POP 1.0f         /* x log10(population + 1) / 7 */
#define W_RANK 0.3f        /* x 1 / (1 + rank in the gazetteer's prior order) */
#define W_PRIMARY 0.2f     /* the place's own name, not an alternate */
#define W_CURATED 0.3f     /* from the project's supplements */
#define W_ALT_ONLY 0.5f    /* the name is only an alternate name of the place */
#define W_CAPITAL 0.6f     /* national capital (PPLC); half for admin seats */
#define W_COUNTRY_SHARE 1.6f
#define W_COUNTRY_SEEN 0.4f
#define W_ADMIN1_NAMED 1.2f
#define W_ADMIN1_SHARE 0.6f
#define W_NEAR 0.8f        /* another place of the article within 50 km; half within 200 km */
#define W_QUALIFIER 3.0f   /* "Paris, Texas" */
#define W_SEAT 1.5f        /* an admin area loses this to its same-named seat city */
#define W_FORM 2.0f        /* the reading matches how the name is written (abbreviation or not) */
#define SOFTMAX_T 0.5f
#define UNUSABLE (-1000.0f) /* prior of a reading ge_candidate_usable refuses */
#define MAX_SUPPORT 128 /* groups asked for state/county support, at most */
#define FAR_KM 1000.0f  /* a town this far from every other place of the article ... */
#define KNOWN_POP 200000 /* ... and smaller than this is no one's guess ... */
#define TINY_POP 5000    /* ... when it is this small or part of a longer name */
#define W_FEATURE 3.0f   /* a reading of another kind than the text says ("X region") */
#define W_HOME 1.0f      /* a reading in the article's home state or province */
#define W_BARE_COUNTY 0.8f /* a county named without its word ("Sarpy"), in the home state */
#define HOME_MIN 2.0f    /* evidence a home needs: a named state, or two of its places */
#define NAMED_STATE 2.0f /* weight of a state named in the text, against 1 for a place */
#define HOME_SHARE 0.5f  /* share of all the state evidence the home must hold */
#define HOME_KNOWN_POP 200000 /* a city this big is no one's namesake */
#define HOME_NEAR_KM 300.0f /* a town of another state this close to the story's places is no stray */
#define DROP_HOME_MIN 3.0f /* ... and it takes more than one named state or two towns to call it one */

/* What the words next to a name say it is. */
enum { FEAT_NONE, FEAT_AREA, FEAT_NATURAL };

static const float level_bonus[] = {
    [GE_LEVEL_UNKNOWN] = 0.0f, [GE_LEVEL_CONTINENT] = 1.2f, [GE_LEVEL_COUNTRY] = 1.5f,
    [GE_LEVEL_ADMIN1] = 0.9f,  [GE_LEVEL_ADMIN2] = 0.35f,   [GE_LEVEL_CITY] = 0.0f,
    [GE_LEVEL_SITE] = -0.2f,
};

/* An article's home: the state or province its named states and chosen
 * places agree on. */
typedef struct home {
    char cc[2];
    uint32_t admin1;
    float w; /* its evidence */
} home;

/* Mentions of one name. */
typedef struct group {
    ge_name name;
    uint32_t count;  /* mentions */
    uint32_t choice; /* index into name.cands */
    uint32_t prev;   /* choice of the previous pass */
    float score;     /* confidence of the choice */
    int32_t qualifier; /* group named right after one of the mentions, -1 none */
    int qualifies;   /* this group qualifies another ("Texas" in "Paris, Texas") */
    float *prior;    /* per candidate: prior score (fixed across passes) */
    float *scratch;  /* per candidate: this pass's score */
    float *bare;     /* per candidate: prior of a county named without its word
                        ("Sarpy" for Sarpy County), usable only in the home
                        state; UNUSABLE for every other reading */
    int has_admin;   /* some reading is a state or county */
    uint32_t admin_k[8]; /* the first such readings */
    uint32_t nadmin_k;
    int abbrev_form; /* written "US", "U.S.", "Fla.": readings as abbreviations win */
    int demonym;     /* a demonym mention: readings as demonyms win */
    int dropped;     /* its best reading is implausible here: left unresolved */
    int embedded;    /* a mention of it sits inside a longer capitalised name */
    int feature;     /* the text calls it a region or a natural feature (FEAT_*) */
    int feature_fit; /* some reading is of that kind */
    uint32_t first;  /* choice by prior alone */
    int stray;       /* chosen in another state than its home, unqualified */
    home home;       /* its home, when stray */
} group;

typedef struct ctx {
    const ge_gazetteer *g;
    group *groups;
    size_t ngroups;
    uint32_t *group_of; /* per mention */
} ctx;

static const ge_place *cand_place(const ctx *c, const group *gr, uint32_t k)
{
    return ge_gazetteer_place(c->g, gr->name.cands[k].place);
}

int ge_candidate_usable(const ge_gazetteer *g, const ge_candidate *c)
{
    const ge_place *p = ge_gazetteer_place(g, c->place);
    /* "Hall" for Hall County: counties are written with their word */
    if (p->level == GE_LEVEL_ADMIN2 &&
        !(c->flags & (GE_NAME_PRIMARY | GE_NAME_ASCII | GE_NAME_CURATED | GE_NAME_ABBREV)))
        return 0;
    return 1;
}

/* Is candidate k an admin area whose seat city of the same name is also a
 * candidate ("Baghdad" the governorate and the city)? News means the city. */
static int has_seat_city(const ctx *c, const group *gr, uint32_t k)
{
    const ge_place *a = cand_place(c, gr, k);
    if (a->level != GE_LEVEL_ADMIN1 && a->level != GE_LEVEL_ADMIN2)
        return 0;
    for (uint32_t j = 0; j < gr->name.ncands; j++) {
        const ge_place *p = cand_place(c, gr, j);
        /* the seat of this level: PPLA (or the capital) for a state,
         * PPLA2 for a county */
        int seat = a->level == GE_LEVEL_ADMIN1
                       ? !strcmp(p->fcode, "PPLA") || !strcmp(p->fcode, "PPLC")
                       : !strcmp(p->fcode, "PPLA2") || !strcmp(p->fcode, "PPLA");
        if (p->level == GE_LEVEL_CITY && seat &&
            !memcmp(p->country, a->country, 2) &&
            !strcmp(ge_gazetteer_str(c->g, p->admin1), ge_gazetteer_str(c->g, a->admin1)))
            return 1;
    }
    return 0;
}

/* Does a reading fit what the text calls the place? An area ("region",
 * "province", "district", "oblast") is an admin area or a region; a natural
 * feature ("island", "mountains", "desert") a feature, an admin area or a
 * region ("the island of Hawaii", "the Nevada desert"), not a town. When
 * some reading fits, the others lose W_FEATURE; when none does, the text is
 * about a place the gazetteer lacks or a town's surroundings ("the Atlanta
 * region"), and the choice is left to the other evidence. */
static int feature_fits(int feature, const ge_place *p)
{
    int area = p->level == GE_LEVEL_ADMIN1 || p->level == GE_LEVEL_ADMIN2 ||
               p->level == GE_LEVEL_CONTINENT || p->fclass == 'L';
    if (feature == FEAT_AREA)
        return area;
    return area || p->fclass == 'T' || p->fclass == 'H' || p->fclass == 'U' || p->fclass == 'V';
}

static const char *const area_words[] = {
    "region", "province", "oblast", "district", "county", "governorate", "prefecture",
    "state", "territory", "department", "municipality", "canton", "raion", "krai", NULL};
static const char *const natural_words[] = {
    "island", "islands", "isle", "mountain", "mountains", "range", "river", "ocean", "sea",
    "gulf", "desert", "peninsula", "valley", "lake", "bay", "strait", "plateau", "forest", NULL};

static int word_in(const ge_text *t, size_t i, const char *const *ws)
{
    if (i >= t->ntokens || !(t->tokens[i].flags & GE_TOK_WORD))
        return 0;
    const char *w = t->norm + t->tokens[i].norm;
    size_t n = t->tokens[i].norm_len;
    for (; *ws; ws++)
        if (ge_word_eq(w, n, *ws))
            return 1;
    return 0;
}

/* "Dnipropetrovsk region", "the island of Luzon", "Sierra Madre mountain
 * range", "the province of Cagayan": the word after the name, or "WORD of"
 * before it. */
static int feature_word(const ge_text *t, const ge_mention *mn)
{
    size_t a = mn->tok_end, b = mn->tok_begin;
    for (int f = FEAT_AREA; f <= FEAT_NATURAL; f++) {
        const char *const *ws = f == FEAT_AREA ? area_words : natural_words;
        if (word_in(t, a, ws) && !(t->tokens[a].flags & GE_TOK_CAP))
            return f;
        if (b >= 2 && word_in(t, b - 1, (const char *const[]){"of", NULL}) && word_in(t, b - 2, ws))
            return f;
    }
    return FEAT_NONE;
}

static float prior_score(const ctx *c, const group *gr, uint32_t k)
{
    const ge_candidate *cd = &gr->name.cands[k];
    const ge_place *p = ge_gazetteer_place(c->g, cd->place);
    float s = W_POP * log10f((float)p->population + 1.0f) / 7.0f;
    s += level_bonus[p->level <= GE_LEVEL_SITE ? p->level : 0];
    s += W_RANK / (1.0f + (float)k);
    if (cd->flags & GE_NAME_PRIMARY)
        s += W_PRIMARY;
    if (cd->flags & GE_NAME_CURATED)
        s += W_CURATED;
    /* a name known only as an alternate of a small place is doubtful; big
     * cities are often named by their English exonym ("Geneva", "Munich") */
    if (!(cd->flags & (GE_NAME_PRIMARY | GE_NAME_ASCII | GE_NAME_CURATED | GE_NAME_OFFICIAL |
                       GE_NAME_ABBREV | GE_NAME_DEMONYM)) &&
        p->population < 100000)
        s -= W_ALT_ONLY;
    if (!strncmp(p->fcode, "PPLC", 4))
        s += W_CAPITAL;
    else if (!strncmp(p->fcode, "PPLA", 4))
        s += W_CAPITAL / 2;
    if (has_seat_city(c, gr, k))
        s -= W_SEAT;
    if (!!(cd->flags & GE_NAME_ABBREV) != !!gr->abbrev_form)
        s -= W_FORM;
    if (!!(cd->flags & GE_NAME_DEMONYM) != !!gr->demonym)
        s -= W_FORM;
    if (gr->feature && gr->feature_fit && !feature_fits(gr->feature, p))
        s -= W_FEATURE;
    return s;
}

static float prior(const ctx *c, const group *gr, uint32_t k)
{
    if (!ge_candidate_usable(c->g, &gr->name.cands[k]))
        return UNUSABLE;
    return prior_score(c, gr, k);
}

/* A county named without its word ("Douglas, Sarpy and Lancaster counties",
 * "in Barrow") is no reading on its own, since "Hall" or "Clay" alone
 * are far more often people; inside the article's home state it is. */
static float bare_prior(const ctx *c, const group *gr, uint32_t k)
{
    const ge_candidate *cd = &gr->name.cands[k];
    if (ge_candidate_usable(c->g, cd) ||
        ge_gazetteer_place(c->g, cd->place)->level != GE_LEVEL_ADMIN2)
        return UNUSABLE;
    return prior_score(c, gr, k) - W_BARE_COUNTY;
}

/* Cheap distance in km (equirectangular): a scoring feature, not a
 * measurement. */
static float approx_km(const ge_place *a, const ge_place *b)
{
    const float rad = 0.017453292f;
    float x = (b->lon - a->lon) * rad * cosf((a->lat + b->lat) * 0.5f * rad);
    float y = (b->lat - a->lat) * rad;
    return 6371.0f * sqrtf(x * x + y * y);
}

/* The gazetteer interns its strings: equal codes have equal offsets. */
static int same_admin1(const ctx *c, const ge_place *a, const ge_place *b)
{
    return a->admin1 == b->admin1 && a->country[0] && !memcmp(a->country, b->country, 2) &&
           ge_gazetteer_str(c->g, a->admin1)[0];
}

static int same_admin2(const ctx *c, const ge_place *a, const ge_place *b)
{
    return a->admin2 == b->admin2 && ge_gazetteer_str(c->g, a->admin2)[0];
}

/* Does region q (a country or admin1) contain place p? */
static int contains(const ctx *c, const ge_place *q, const ge_place *p)
{
    if (!q->country[0] || memcmp(q->country, p->country, 2))
        return 0;
    if (q->level == GE_LEVEL_COUNTRY)
        return 1;
    if (q->level == GE_LEVEL_ADMIN1 || q->level == GE_LEVEL_ADMIN2)
        return same_admin1(c, q, p);
    return 0;
}

/* Support of place p from the admin areas among group o's readings ("a
 * town in Erie County, New York"; "Huntsville" with "Walker County"), and
 * of admin area p from the places among them. Every reading counts, the
 * current choice fully and the others less, so that a name and its county
 * settle together. */
static float admin_support(const ctx *c, const group *o, const ge_place *p)
{
    float best = 0;
    int p_admin = p->level == GE_LEVEL_ADMIN1 || p->level == GE_LEVEL_ADMIN2;
    uint32_t n = p_admin ? (o->name.ncands < 8 ? o->name.ncands : 8) : o->nadmin_k;
    for (uint32_t i = 0; i < n; i++) {
        uint32_t k = p_admin ? i : o->admin_k[i];
        if (o->prior[k] == UNUSABLE)
            continue;
        const ge_place *q = cand_place(c, o, k);
        const ge_place *region = NULL, *inner = NULL;
        if ((q->level == GE_LEVEL_ADMIN1 || q->level == GE_LEVEL_ADMIN2) && p->level > q->level) {
            region = q;
            inner = p;
        } else if ((p->level == GE_LEVEL_ADMIN1 || p->level == GE_LEVEL_ADMIN2) &&
                   q->level > p->level) {
            region = p;
            inner = q;
        } else {
            continue;
        }
        if (!same_admin1(c, region, inner))
            continue;
        float b = region->level == GE_LEVEL_ADMIN2 ? (same_admin2(c, region, inner) ? 2.0f : 0.0f)
                                                   : 1.0f;
        if (region == p)
            b *= 0.5f; /* a state is named for itself more than for its towns */
        if (k != o->prev)
            b *= 0.7f;
        if (b > best)
            best = b;
    }
    return best;
}

/* What the other groups' current choices say, gathered once per pass. */
typedef struct area_w {
    char cc[2];
    uint32_t admin1; /* string offset; 0 for a country total */
    float w;
} area_w;

typedef struct local {
    float lat;
    uint32_t group;
    const ge_place *place;
} local;

typedef struct evidence {
    area_w *areas; /* per country (admin1 0) and per (country, admin1) */
    size_t nareas;
    float total;
    local *locals; /* choices at county level or finer, by latitude */
    size_t nlocals;
    uint32_t *admins; /* groups with a state or county reading */
    size_t nadmins;
    area_w *states; /* per (country, admin1): states named, places chosen */
    size_t nstates;
} evidence;


static int cmp_local(const void *a, const void *b)
{
    float x = ((const local *)a)->lat, y = ((const local *)b)->lat;
    return (x > y) - (x < y);
}

static void add_area(evidence *e, const char cc[2], uint32_t admin1, float w)
{
    for (size_t i = 0; i < e->nareas; i++)
        if (e->areas[i].admin1 == admin1 && !memcmp(e->areas[i].cc, cc, 2)) {
            e->areas[i].w += w;
            return;
        }
    area_w *a = &e->areas[e->nareas++];
    memcpy(a->cc, cc, 2);
    a->admin1 = admin1;
    a->w = w;
}

static float group_weight(const group *o)
{
    return 1.0f + 0.25f * (float)(o->count - 1);
}

#define NO_ADMIN1 UINT32_MAX /* the states entry of a country named as a whole */

/* What group o's choice q says of the home: a state named in the text
 * ("Minnesota", "W.Va.") says more than a town chosen in it. A country
 * named as a whole ("the UK") is evidence against a home in any other
 * country. */
static float home_vote(const ctx *c, const group *o, const ge_place *q, uint32_t *admin1)
{
    *admin1 = q->level == GE_LEVEL_COUNTRY ? NO_ADMIN1 : q->admin1;
    if (!q->country[0] || o->demonym || q->level < GE_LEVEL_COUNTRY)
        return 0;
    if (q->level == GE_LEVEL_COUNTRY)
        return group_weight(o) * NAMED_STATE;
    if (!ge_gazetteer_str(c->g, q->admin1)[0]) /* "West Bank": a region, no state */
        return 0;
    return group_weight(o) * (q->level == GE_LEVEL_ADMIN1 ? NAMED_STATE : 1.0f);
}

static void add_state(evidence *e, const char cc[2], uint32_t admin1, float w)
{
    for (size_t i = 0; i < e->nstates; i++)
        if (e->states[i].admin1 == admin1 && !memcmp(e->states[i].cc, cc, 2)) {
            e->states[i].w += w;
            return;
        }
    e->states[e->nstates++] = (area_w){{cc[0], cc[1]}, admin1, w};
}

/* The home of group gi: the state with the most evidence from the other
 * groups, if that is at least HOME_MIN, half as much again as any other
 * state's and half of all (the home's own country named as a whole aside).
 * A story that names two states about equally, a round-up of many states
 * or a story abroad has no home. */
static int home_of(const ctx *c, const evidence *e, size_t gi, home *h)
{
    const group *gr = &c->groups[gi];
    uint32_t own_a1 = 0;
    const ge_place *own = cand_place(c, gr, gr->prev);
    float own_w = home_vote(c, gr, own, &own_a1);
    float best = 0, second = 0, total = 0;
    const area_w *bs = NULL;
    for (size_t pass = 0; pass < 2; pass++) {
        for (size_t i = 0; i < e->nstates; i++) {
            const area_w *a = &e->states[i];
            float w = a->w;
            if (own_w > 0 && a->admin1 == own_a1 && !memcmp(a->cc, own->country, 2))
                w -= own_w;
            if (pass == 1) {
                if (!(a->admin1 == NO_ADMIN1 && !memcmp(a->cc, bs->cc, 2)))
                    total += w;
            } else if (a->admin1 == NO_ADMIN1) {
                continue;
            } else if (w > best) {
                second = best;
                best = w;
                bs = a;
            } else if (w > second) {
                second = w;
            }
        }
        if (!bs || best < HOME_MIN || best < 1.5f * second)
            return 0;
    }
    if (best < HOME_SHARE * total)
        return 0;
    memcpy(h->cc, bs->cc, 2);
    h->admin1 = bs->admin1;
    h->w = best;
    return 1;
}

/* Is p a county, town or site of the home state? */
static int in_home(const home *h, const ge_place *p)
{
    return h && p->level >= GE_LEVEL_ADMIN2 && p->admin1 == h->admin1 &&
           !memcmp(p->country, h->cc, 2);
}

static float area_weight(const evidence *e, const char cc[2], uint32_t admin1)
{
    for (size_t i = 0; i < e->nareas; i++)
        if (e->areas[i].admin1 == admin1 && !memcmp(e->areas[i].cc, cc, 2))
            return e->areas[i].w;
    return 0;
}

/* e->areas must hold 2 * ngroups entries, e->locals and e->admins
 * ngroups each. */
static void gather(const ctx *c, evidence *e)
{
    e->nareas = 0;
    e->total = 0;
    e->nlocals = 0;
    e->nadmins = 0;
    e->nstates = 0;
    for (size_t j = 0; j < c->ngroups; j++) {
        const group *o = &c->groups[j];
        if (!o->name.ncands || o->dropped)
            continue;
        const ge_place *q = cand_place(c, o, o->prev);
        float w = group_weight(o);
        uint32_t a1;
        float hv = home_vote(c, o, q, &a1);
        if (hv > 0)
            add_state(e, q->country, a1, hv);
        e->total += w;
        if (o->has_admin)
            e->admins[e->nadmins++] = (uint32_t)j;
        if (q->level >= GE_LEVEL_ADMIN2)
            e->locals[e->nlocals++] = (local){q->lat, (uint32_t)j, q};
        if (!q->country[0])
            continue;
        add_area(e, q->country, 0, w);
        if (q->level > GE_LEVEL_ADMIN1 && ge_gazetteer_str(c->g, q->admin1)[0])
            add_area(e, q->country, q->admin1, w);
    }
    qsort(e->locals, e->nlocals, sizeof *e->locals, cmp_local);
}

/* W_NEAR for another place of the article within 50 km, half within 200. */
static float nearby(const evidence *e, size_t gi, const ge_place *p)
{
    size_t lo = 0, hi = e->nlocals;
    while (lo < hi) { /* first local with lat >= p->lat - 2 */
        size_t mid = (lo + hi) / 2;
        if (e->locals[mid].lat < p->lat - 2.0f)
            lo = mid + 1;
        else
            hi = mid;
    }
    float best = 0;
    for (size_t i = lo; i < e->nlocals && e->locals[i].lat <= p->lat + 2.0f; i++) {
        if (e->locals[i].group == gi)
            continue;
        float d = approx_km(p, e->locals[i].place);
        float b = d < 50 ? W_NEAR : d < 200 ? W_NEAR / 2 : 0;
        if (b > best)
            best = b;
    }
    return best;
}

/* Context score of candidate k of group gi, from the other groups' current
 * choices (the group's own choice is taken out of the evidence). */
static float context(const ctx *c, const evidence *e, const home *h, size_t gi, uint32_t k)
{
    const group *gr = &c->groups[gi];
    const ge_place *p = cand_place(c, gr, k);
    const ge_place *own = cand_place(c, gr, gr->prev);
    float own_w = group_weight(gr);
    float total = e->total - own_w;
    float cc_w = 0, adm_w = 0, adm_named = 0, near = 0, qual = 0;
    if (p->country[0]) {
        cc_w = area_weight(e, p->country, 0);
        if (!memcmp(own->country, p->country, 2))
            cc_w -= own_w;
        if (p->level > GE_LEVEL_ADMIN1 && ge_gazetteer_str(c->g, p->admin1)[0]) {
            adm_w = area_weight(e, p->country, p->admin1);
            if (own->level > GE_LEVEL_ADMIN1 && same_admin1(c, own, p))
                adm_w -= own_w;
        }
    }
    int p_admin = p->level == GE_LEVEL_ADMIN1 || p->level == GE_LEVEL_ADMIN2;
    if (p->level >= GE_LEVEL_ADMIN2)
        near = nearby(e, gi, p);
    /* states and counties: those named by other groups, or, for a state or
     * county reading, the places named by any group */
    size_t na = p_admin ? c->ngroups : e->nadmins;
    if (na > MAX_SUPPORT)
        na = MAX_SUPPORT; /* bounds the cost of huge documents */
    for (size_t i = 0; i < na; i++) {
        size_t j = p_admin ? i : e->admins[i];
        if (j == gi || !c->groups[j].name.ncands)
            continue;
        float a = admin_support(c, &c->groups[j], p);
        if (a > adm_named)
            adm_named = a;
    }
    if (gr->qualifier >= 0) {
        const group *o = &c->groups[gr->qualifier];
        if (o->name.ncands && contains(c, cand_place(c, o, o->prev), p))
            qual = W_QUALIFIER;
    }
    /* "Texas" in "Paris, Texas": the region holding the qualified place */
    if (gr->qualifies && p->level <= GE_LEVEL_ADMIN2) {
        for (size_t j = 0; j < c->ngroups; j++) {
            const group *o = &c->groups[j];
            if (o->qualifier == (int32_t)gi && o->name.ncands &&
                contains(c, p, cand_place(c, o, o->prev)))
                qual = W_QUALIFIER / 2;
        }
    }
    float s = qual + near;
    if (total > 0) {
        s += W_COUNTRY_SHARE * cc_w / total;
        s += W_ADMIN1_SHARE * adm_w / total;
    }
    if (cc_w > 0.001f)
        s += W_COUNTRY_SEEN;
    s += W_ADMIN1_NAMED * adm_named;
    if (in_home(h, p))
        s += W_HOME;
    return s;
}

/* The home pulls namesakes, not the places everyone means: a group whose
 * reading by prior is a country, a state or region, or a capital or large
 * city of the home's country stays what it is ("Moscow" and "Washington"
 * in a story set in Pennsylvania: Russia is named there too). A capital or
 * large city abroad stays only when something else of the article is in
 * its country: "Dublin" in a story about Ohio towns is Dublin, Ohio;
 * with "Irish" in it, Dublin, Ireland. */
static int stays(const ctx *c, const evidence *e, size_t gi, const home *h)
{
    const group *gr = &c->groups[gi];
    const ge_place *p = cand_place(c, gr, gr->first);
    if (p->level <= GE_LEVEL_ADMIN1)
        return 1;
    if (strncmp(p->fcode, "PPLC", 4) && p->population < HOME_KNOWN_POP)
        return 0;
    if (!memcmp(p->country, h->cc, 2))
        return 1;
    float w = area_weight(e, p->country, 0);
    if (!memcmp(cand_place(c, gr, gr->prev)->country, p->country, 2))
        w -= group_weight(gr);
    return w > 0.001f;
}

/* Chooses the best candidate of every group; with_context = 0 for the
 * first pass. */
static void choose(ctx *c, evidence *e, int with_context)
{
    if (with_context)
        gather(c, e);
    for (size_t gi = 0; gi < c->ngroups; gi++) {
        group *gr = &c->groups[gi];
        uint32_t n = gr->name.ncands;
        if (!n)
            continue;
        float best = -1e30f, sum = 0;
        uint32_t bk = 0;
        home h;
        const home *hp = with_context && home_of(c, e, gi, &h) && !stays(c, e, gi, &h) ? &h : NULL;
        for (uint32_t k = 0; k < n; k++) {
            /* unusable readings ("Hall" for Hall County) need no context,
             * but a bare county name in the home state is one */
            float s = gr->prior[k];
            if (s == UNUSABLE && gr->bare[k] != UNUSABLE && in_home(hp, cand_place(c, gr, k)))
                s = gr->bare[k];
            if (with_context && s != UNUSABLE)
                s += context(c, e, hp, gi, k);
            gr->scratch[k] = s;
            if (s > best) {
                best = s;
                bk = k;
            }
        }
        for (uint32_t k = 0; k < n; k++)
            sum += expf((gr->scratch[k] - best) / SOFTMAX_T);
        gr->choice = bk;
        gr->score = 1.0f / sum;
    }
    for (size_t gi = 0; gi < c->ngroups; gi++)
        c->groups[gi].prev = c->groups[gi].choice;
    for (size_t gi = 0; gi < c->ngroups && !with_context; gi++)
        c->groups[gi].first = c->groups[gi].choice;
}

/* Geographic coherence: a town, county or site whose country no other place
 * of the article is in and that lies far from all of them, and that is tiny
 * or read off a piece of a longer name ("Kone" of "Let Yet Kone village"
 * read as Koné in New Caledonia in a story about Myanmar; "Al" of
 * "Al-Qal'at" as Ål, Norway), is a namesake of a place the gazetteer lacks,
 * not a point to put on the map; unless it is well known (a capital, a
 * large city) or qualified ("Albany, Australia"). Such a group is left
 * unresolved. It needs two other places to judge by; a name that stands on
 * its own ("on assignment in Ramallah") is trusted. */
static void drop_incoherent(ctx *c, int caseless)
{
    for (size_t gi = 0; gi < c->ngroups; gi++) {
        group *gr = &c->groups[gi];
        if (!gr->name.ncands || gr->qualifier >= 0 || gr->qualifies)
            continue;
        const ge_place *p = cand_place(c, gr, gr->choice);
        if (p->level < GE_LEVEL_ADMIN2 || !p->country[0] || p->population >= KNOWN_POP ||
            !strncmp(p->fcode, "PPLC", 4))
            continue; /* seas and regions have no country to be out of */
        size_t others = 0;
        int coherent = 0;
        for (size_t j = 0; j < c->ngroups && !coherent; j++) {
            const group *o = &c->groups[j];
            if (j == gi || !o->name.ncands)
                continue;
            const ge_place *q = cand_place(c, o, o->choice);
            others++;
            coherent = !memcmp(q->country, p->country, 2) ||
                       (q->level >= GE_LEVEL_ADMIN1 && approx_km(p, q) < FAR_KM);
        }
        /* without capitals a piece of a longer name cannot be told */
        gr->dropped = others >= 2 && !coherent &&
                      (gr->embedded || caseless || p->population < TINY_POP);
    }
}

/* The weight of reading k among the group's readings as scored last. */
static float softmax_weight(const group *gr, uint32_t k)
{
    float best = gr->scratch[0], sum = 0;
    for (uint32_t j = 1; j < gr->name.ncands; j++)
        if (gr->scratch[j] > best)
            best = gr->scratch[j];
    for (uint32_t j = 0; j < gr->name.ncands; j++)
        sum += expf((gr->scratch[j] - best) / SOFTMAX_T);
    return expf((gr->scratch[k] - best) / SOFTMAX_T) / sum;
}

/* The same within a country: in a story whose home is one state (named and
 * with a place in it, or with three places), a town or county of another
 * state with no place of the article near it or in its state ("Howland"
 * read as Howland, Maine in a story from Lamar County, Texas; "Logan" as
 * Logan, Utah among Missouri counties) is a home town the gazetteer lacks.
 * Qualified names ("Howland, Maine"), capitals and large cities stay. */
/* Is group gi's choice qualified by the group named after it ("Paris,
 * Texas"), or does it qualify another? A list of towns or counties
 * ("Becker, Clay, Douglas") is no qualification unless the one contains
 * the other. */
static int qualified(const ctx *c, size_t gi)
{
    const group *gr = &c->groups[gi];
    const ge_place *p = cand_place(c, gr, gr->choice);
    if (gr->qualifier >= 0) {
        const group *q = &c->groups[gr->qualifier];
        const ge_place *qp = q->name.ncands ? cand_place(c, q, q->choice) : NULL;
        /* a state or country after it qualifies it even where the
         * gazetteer puts the place over the border ("Fort Yuma, Cal.") */
        if (qp && (qp->level <= GE_LEVEL_ADMIN1 || contains(c, qp, p)))
            return 1;
    }
    for (size_t j = 0; j < c->ngroups && gr->qualifies; j++) {
        const group *o = &c->groups[j];
        if (o->qualifier == (int32_t)gi && o->name.ncands &&
            contains(c, p, cand_place(c, o, o->choice)))
            return 1;
    }
    return 0;
}

static void drop_out_of_home(ctx *c, evidence *e)
{
    gather(c, e); /* from the final choices */
    /* first the strays; they do not vouch for each other ("Star Lake" and
     * "Clay" both read in New York in a story about Minnesota) */
    for (size_t gi = 0; gi < c->ngroups; gi++) {
        group *gr = &c->groups[gi];
        gr->stray = 0;
        if (!gr->name.ncands || gr->dropped || qualified(c, gi) || !home_of(c, e, gi, &gr->home))
            continue;
        const ge_place *p = cand_place(c, gr, gr->choice);
        gr->stray = p->level >= GE_LEVEL_ADMIN2 && !memcmp(p->country, gr->home.cc, 2) &&
                    p->admin1 != gr->home.admin1 && p->population < KNOWN_POP &&
                    strncmp(p->fcode, "PPLC", 4);
    }
    for (size_t gi = 0; gi < c->ngroups; gi++) {
        group *gr = &c->groups[gi];
        if (!gr->stray)
            continue;
        const ge_place *p = cand_place(c, gr, gr->choice);
        int near = 0;
        for (size_t j = 0; j < c->ngroups && !near; j++) {
            const group *o = &c->groups[j];
            if (j == gi || !o->name.ncands || o->dropped || o->stray)
                continue;
            const ge_place *q = cand_place(c, o, o->choice);
            near = (q->level >= GE_LEVEL_ADMIN2 && approx_km(p, q) < HOME_NEAR_KM) ||
                   (q->level >= GE_LEVEL_ADMIN1 && same_admin1(c, p, q));
        }
        if (near)
            continue;
        /* a reading in the home, if the name has one, rather than none */
        uint32_t bk = gr->name.ncands;
        float best = UNUSABLE;
        for (uint32_t k = 0; k < gr->name.ncands; k++) {
            float pk = gr->prior[k] != UNUSABLE ? gr->prior[k] : gr->bare[k];
            if (pk != UNUSABLE && pk > best && in_home(&gr->home, cand_place(c, gr, k))) {
                best = pk;
                bk = k;
            }
        }
        if (bk < gr->name.ncands) {
            gr->choice = bk;
            gr->score = softmax_weight(gr, bk);
        } else {
            gr->dropped = gr->home.w >= DROP_HOME_MIN;
        }
    }
}

/* Is the mention a piece of a longer capitalised name ("Let Yet Kone",
 * "Boko Haram", "Al-Qal'at", "USS Vincennes")? Not in a title-case line,
 * where every word is capitalised. */
static int in_longer_name(const ge_text *t, const ge_mention *mn)
{
    const ge_token *first = &t->tokens[mn->tok_begin];
    if (mn->tok_begin > 0 && !(first->flags & (GE_TOK_SENT_START | GE_TOK_LINE_START))) {
        const ge_token *p = &t->tokens[mn->tok_begin - 1];
        if ((p->flags & GE_TOK_WORD) && (p->flags & GE_TOK_CAP) && !(p->flags & GE_TOK_SENT_START))
            return 1;
    }
    if (mn->tok_end < t->ntokens) {
        const ge_token *n = &t->tokens[mn->tok_end];
        if ((n->flags & GE_TOK_HYPHEN_BEFORE) ||
            ((n->flags & GE_TOK_WORD) && (n->flags & GE_TOK_CAP) &&
             !(n->flags & (GE_TOK_SENT_START | GE_TOK_LINE_START))))
            return 1;
    }
    return 0;
}

/* "Paris, Texas", "Ocala, Fla.", "Erbil (Iraq)": the mention right after. */
static void find_qualifiers(ctx *c, const ge_text *t, const ge_mentions *m)
{
    for (size_t i = 0; i + 1 < m->n; i++) {
        const ge_mention *a = &m->v[i], *b = &m->v[i + 1];
        uint32_t gap = b->tok_begin - a->tok_end;
        if (gap != 1 || a->kind == GE_KIND_DEMONYM || b->kind == GE_KIND_DEMONYM)
            continue;
        const ge_token *sep = &t->tokens[a->tok_end];
        char ch = t->s[sep->start];
        if (!(sep->flags & GE_TOK_PUNCT) || (ch != ',' && ch != '('))
            continue;
        uint32_t ga = c->group_of[i], gb = c->group_of[i + 1];
        if (ga == gb)
            continue;
        c->groups[ga].qualifier = (int32_t)gb;
        c->groups[gb].qualifies = 1;
    }
}

ge_status ge_resolve(const ge_gazetteer *g, const ge_text *t, ge_mentions *m)
{
    if (!m->n)
        return GE_OK;
    ctx c = {.g = g};
    size_t gcap = 0;
    c.group_of = malloc(m->n * sizeof *c.group_of);
    if (!c.group_of)
        return GE_ERR_NOMEM;
    char key[512];
    for (size_t i = 0; i < m->n; i++) {
        ge_mention *mn = &m->v[i];
        size_t klen = ge_tokens_key(t, mn->tok_begin, mn->tok_end, key, sizeof key);
        ge_name nm;
        if (!ge_gazetteer_lookup(g, key, klen, &nm))
            memset(&nm, 0, sizeof nm);
        size_t gi = 0;
        /* same name, same group: names are interned, so compare candidate lists */
        for (; gi < c.ngroups; gi++)
            if (c.groups[gi].name.cands == nm.cands && c.groups[gi].name.ncands == nm.ncands)
                break;
        if (gi == c.ngroups) {
            if (GE_PUSH(c.groups, gcap, c.ngroups)) {
                free(c.groups);
                free(c.group_of);
                return GE_ERR_NOMEM;
            }
            group *gr = &c.groups[c.ngroups++];
            memset(gr, 0, sizeof *gr);
            gr->name = nm;
            gr->qualifier = -1;
        }
        c.groups[gi].count++;
        c.group_of[i] = (uint32_t)gi;
        const ge_token *tk = &t->tokens[mn->tok_begin];
        if (mn->tok_end - mn->tok_begin == 1 &&
            ((tk->flags & GE_TOK_ABBREV) || ((tk->flags & GE_TOK_UPPER) && tk->end - tk->start <= 4)))
            c.groups[gi].abbrev_form = 1;
        if (mn->kind == GE_KIND_DEMONYM)
            c.groups[gi].demonym = 1;
        if (in_longer_name(t, mn))
            c.groups[gi].embedded = 1;
        int feat = feature_word(t, mn);
        if (feat)
            c.groups[gi].feature = feat;
    }
    ge_status st = GE_OK;
    for (size_t gi = 0; gi < c.ngroups; gi++) {
        group *gr = &c.groups[gi];
        gr->prior = malloc(3 * (gr->name.ncands + 1) * sizeof *gr->prior);
        if (!gr->prior) {
            st = GE_ERR_NOMEM;
            goto done;
        }
        gr->scratch = gr->prior + gr->name.ncands + 1;
        gr->bare = gr->scratch + gr->name.ncands + 1;
        for (uint32_t k = 0; k < gr->name.ncands && gr->feature; k++)
            gr->feature_fit |= feature_fits(gr->feature, cand_place(&c, gr, k));
        for (uint32_t k = 0; k < gr->name.ncands; k++) {
            gr->prior[k] = prior(&c, gr, k);
            gr->bare[k] = bare_prior(&c, gr, k);
            uint8_t lv = cand_place(&c, gr, k)->level;
            if ((lv == GE_LEVEL_ADMIN1 || lv == GE_LEVEL_ADMIN2) && k < 64 &&
                gr->prior[k] != UNUSABLE) {
                gr->has_admin = 1;
                if (gr->nadmin_k < 8)
                    gr->admin_k[gr->nadmin_k++] = k;
            }
        }
    }
    find_qualifiers(&c, t, m);
    evidence ev = {.areas = malloc(2 * c.ngroups * sizeof *ev.areas),
                   .locals = malloc(c.ngroups * sizeof *ev.locals),
                   .admins = malloc(c.ngroups * sizeof *ev.admins),
                   .states = malloc(c.ngroups * sizeof *ev.states)};
    if (!ev.areas || !ev.locals || !ev.admins || !ev.states) {
        free(ev.areas);
        free(ev.locals);
        free(ev.admins);
        free(ev.states);
        st = GE_ERR_NOMEM;
        goto done;
    }
    choose(&c, &ev, 0);
    choose(&c, &ev, 1);
    choose(&c, &ev, 1);
    drop_incoherent(&c, t->caseless);
    drop_out_of_home(&c, &ev);
    free(ev.areas);
    free(ev.locals);
    free(ev.admins);
    free(ev.states);
    for (size_t i = 0; i < m->n; i++) {
        const group *gr = &c.groups[c.group_of[i]];
        if (!gr->name.ncands || gr->dropped) {
            m->v[i].place = GE_NONE;
            m->v[i].score = 0;
            continue;
        }
        m->v[i].place = gr->name.cands[gr->choice].place;
        m->v[i].score = gr->score;
    }
done:
    for (size_t gi = 0; gi < c.ngroups; gi++)
        free(c.groups[gi].prior);
    free(c.groups);
    free(c.group_of);
    return st;
}
