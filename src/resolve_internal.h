/*
 * resolve_internal.h -- what the resolve stage's two files share: the
 * groups of mentions of one name, the evidence gathered from the other
 * groups' choices, and the article's home state (resolve_home.c).
 */
#ifndef GE_RESOLVE_INTERNAL_H
#define GE_RESOLVE_INTERNAL_H

#include <math.h>

#include "internal.h"

#define SOFTMAX_T 0.5f
#define UNUSABLE (-1000.0f) /* prior of a reading ge_candidate_usable refuses */
#define KNOWN_POP 200000 /* a town this big is no stray (resolve.c, resolve_home.c) */
#define W_HOME 1.0f       /* a reading in the article's home state or province */
#define HOME_MIN 2.0f     /* evidence a home needs: a named state, or two of its places */
#define NAMED_STATE 2.0f  /* weight of a state named in the text, against 1 for a place */
#define HOME_SHARE 0.5f   /* share of all the state evidence the home must hold */
#define HOME_KNOWN_POP 200000 /* a city this big is no one's namesake */
#define HOME_NEAR_KM 300.0f   /* a town of another state this close to the article's places is
                                 no stray */
#define DROP_HOME_MIN 3.0f    /* evidence a home needs before a stray loses its point */
#define FAR_STRAY_KM 1000.0f  /* ... or HOME_MIN, for a stray named once this far from every
                                 other place of the article */

/* An article's home: the state or province its named states and chosen
 * places agree on. */
typedef struct home {
    char cc[2];
    uint32_t admin1;
    float w; /* its evidence */
} home;

/* Mentions of one name. */
/* What the words next to a name say it is. */
enum { FEAT_NONE, FEAT_AREA, FEAT_NATURAL };
/* Does the text call mention mn an area ("Zinder region", "the province
 * of Cagayan")? (resolve_words.c) */
int ge_area_named_at(const ge_text *t, const ge_mention *mn);
/* ... or a city ("Zacatecas city", "the city of Zinder", a dateline's
 * "ZINDER, Niger (AP) -")? */
int ge_city_named_at(const ge_text *t, const ge_mention *mn);

typedef struct group {
    ge_name name;
    uint32_t count;  /* mentions */
    uint32_t choice; /* index into name.cands */
    uint32_t prev;   /* choice of the previous pass */
    float score;     /* confidence of the choice */
    int32_t qualifier; /* group named right after one of the mentions, -1 none */
    int qualifies;   /* this group qualifies another ("Texas" in "Paris, Texas") */
    int qualifies_listed; /* ... at least once inside a list ("Zaire, Bundibugyo, Sudan") */
    int qual_first;  /* its first mention is qualified, outside any list ("born in
                        Grantville, Pennsylvania"; not "Moscow, Kiev, Minsk") */
    int qual_owner;  /* ... by a possessive before it ("Ghana's Northern Region") */
    float *prior;    /* per candidate: prior score (fixed across passes) */
    float *scratch;  /* per candidate: this pass's score */
    float *bare;     /* per candidate: prior of a county named without its word
                        ("Sarpy" for Sarpy County), usable only in the home
                        state; UNUSABLE for every other reading */
    int has_admin;   /* some reading is a state or county */
    uint32_t admin_k[8]; /* the first such readings */
    uint32_t nadmin_k;
    /* the states (country, admin1) of the usable readings the context score
     * compares with (the first 8; admin_k), one bit each (state_bit): a
     * group without a reading's bit gives that reading no support */
    uint64_t state_bits_first, state_bits_admin;
    int abbrev_form; /* written "US", "U.S.", "Fla.": readings as abbreviations win */
    int demonym;     /* a demonym mention: readings as demonyms win */
    int dropped;     /* its best reading is implausible here: left unresolved */
    int embedded;    /* a mention of it sits inside a longer capitalised name */
    int group_word;  /* ... or names a group or a weapon ("Fano militia", "Grad rockets") */
    int surname;     /* ... as its last word, after a word no gazetteer name ("Halima Bello") */
    int foreign_head; /* ... as its first word, before a word no gazetteer name ("Buulo Jadiid") */
    int facility;    /* named before a facility's word ("the Litoral penitentiary") */
    int prefixed;    /* ... after a word that opens place names ("Puerto Jordan") */
    int named_after; /* its span opens with such a word that the name is placed
                        without ("Lake Vermont", "Camp Nelson"): no state or
                        country reading */
    int wire_dateline; /* a mention of it opens a wire story ("LONDON, Jan 15 (Reuters) -") */
    int namesake;    /* its mentions follow "named after" ("Aurora ... was named after
                        Aurora, Illinois"): a place apart from the story's own one
                        of that name */
    int feature;     /* the text calls it a region or a natural feature (FEAT_*) */
    int area_named;  /* its mentions are called an area ("Zinder region", 1) or a city
                        ("ZINDER, Niger (AP) -", 2): one of the other kind is another
                        group */
    int water;       /* its name ends in a water's word ("the Red Sea", "Niger River") */
    int names_country; /* some usable reading is a country ("Mexico") */
    int feature_fit; /* some reading is of that kind */
    int near_cue;    /* "the nearby town of X", "neighbouring X": near the others */
    int us_body;     /* named before an American town's own body ("Berea Police
                        Department", "Palestine Independent School District") */
    int town_use;    /* named before a town's body or people ("Jordan middle school", "a
                        Lebanon woman") */
    int32_t within;  /* a large city the text puts it in ("Bosa and Usme in Bogota",
                        "Dhaka's Banani area"), -1 none */
    int building;    /* "the White House", "the Winter Palace": a building's name */
    int university;  /* named in a university's name ("the University of Oxford",
                        "Manchester University") */
    uint32_t univ_count; /* mentions of it in a university's name */
    char state_list[2]; /* the country of the states it is listed with ("Michigan,
                           Oregon, New Mexico"), or zeros */
    int country_list;   /* listed with countries ("Mexico, China, Japan") */
    int city_list;      /* listed with large cities ("Atlanta, Dallas, Denver") */
    int county_list;    /* listed before "counties" ("Dakota, Otoe and Washington
                           counties"): a county, not the capital */
    uint32_t adm1_k[4]; /* the first readings that are states */
    uint32_t nadm1_k;
    uint32_t first;  /* choice by prior alone */
    int stray;       /* chosen in another state than its home, unqualified */
    home home;       /* its home, when stray */
} group;

typedef struct ctx {
    const ge_gazetteer *g;
    /* the gazetteer's places (ctx_init): read inline, as the scorers ask
     * for a candidate's place some thousand times an article */
    const ge_place *places;
    uint32_t nplaces;
    group *groups;
    size_t ngroups;
    uint32_t *group_of; /* per mention */
    /* the source's region, as the input or the user says ("home": a local
     * paper's state): evidence like a state the text names */
    int has_given_home;
    char given_cc[2];
    uint32_t given_admin1; /* string offset, or NO_ADMIN1 for a whole country */
    /* the state most of the names have a reading in (resolve_focus.c) */
    int has_focus;
    char focus_cc[2];
    uint32_t focus_admin1;
} ctx;

#define NO_ADMIN1 UINT32_MAX /* the states entry of a country named as a whole */

/* A context on gazetteer g, its other fields zero. */
static inline ctx ctx_init(const ge_gazetteer *g)
{
    size_t n = g ? ge_gazetteer_nplaces(g) : 0;
    ctx c = {.g = g, .places = n ? ge_gazetteer_place(g, 0) : NULL};
    c.nplaces = c.places ? (uint32_t)n : 0;
    return c;
}

/* Place idx of the gazetteer: ge_gazetteer_place's answer. */
static inline const ge_place *ctx_place(const ctx *c, uint32_t idx)
{
    return idx < c->nplaces ? &c->places[idx] : NULL;
}

static inline const ge_place *cand_place(const ctx *c, const group *gr, uint32_t k)
{
    return ctx_place(c, gr->name.cands[k].place);
}

/* The weight of reading k among the group's readings as scored last. */
static inline float ge_softmax_weight(const group *gr, uint32_t k)
{
    float best = gr->scratch[0], sum = 0;
    for (uint32_t j = 1; j < gr->name.ncands; j++)
        if (gr->scratch[j] > best)
            best = gr->scratch[j];
    for (uint32_t j = 0; j < gr->name.ncands; j++)
        sum += expf((gr->scratch[j] - best) / SOFTMAX_T);
    return expf((gr->scratch[k] - best) / SOFTMAX_T) / sum;
}

/* Cheap distance in km (equirectangular): a scoring feature, not a
 * measurement. */
static inline float approx_km(const ge_place *a, const ge_place *b)
{
    const float rad = 0.017453292f;
    float x = (b->lon - a->lon) * rad * cosf((a->lat + b->lat) * 0.5f * rad);
    float y = (b->lat - a->lat) * rad;
    return 6371.0f * sqrtf(x * x + y * y);
}

/* The gazetteer interns its strings: equal codes have equal offsets. */
static inline int same_admin1(const ctx *c, const ge_place *a, const ge_place *b)
{
    return a->admin1 == b->admin1 && a->country[0] && !memcmp(a->country, b->country, 2) &&
           ge_gazetteer_str(c->g, a->admin1)[0];
}

static inline int same_admin2(const ctx *c, const ge_place *a, const ge_place *b)
{
    return a->admin2 == b->admin2 && ge_gazetteer_str(c->g, a->admin2)[0];
}

/* Does region q (a country or admin1) contain place p? */
static inline int contains(const ctx *c, const ge_place *q, const ge_place *p)
{
    if (!q->country[0] || memcmp(q->country, p->country, 2))
        return 0;
    if (q->level == GE_LEVEL_COUNTRY)
        return 1;
    if (q->level == GE_LEVEL_ADMIN1 || q->level == GE_LEVEL_ADMIN2)
        return same_admin1(c, q, p);
    return 0;
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


static inline float group_weight(const group *o)
{
    return 1.0f + 0.25f * (float)(o->count - 1);
}

/* resolve.c */
void ge_resolve_gather(const ctx *c, evidence *e);
/* resolve_qualifiers.c: lists of states, then the qualifier written after
 * each name (group.qualifier...) */
void ge_find_state_lists(ctx *c, const ge_text *t, const ge_mentions *m);
void ge_find_qualifiers(ctx *c, const ge_text *t, const ge_mentions *m);
/* ... and the large city a name is said to be in (group.within) */
void ge_find_within_city(ctx *c, const ge_text *t, const ge_mentions *m);


float ge_area_weight(const evidence *e, const char cc[2], uint32_t admin1);

/* resolve_words.c: the flags a mention's words give its group */
void ge_read_mention(const ctx *c, const ge_text *t, const ge_mention *mn, group *gr);

/* resolve_county.c: a county's short name ("DeSoto" beside "DeSoto
 * Parish") with no reading in or by the county joins the county's group */
void ge_join_county_names(ctx *c, const ge_text *t, const ge_mentions *m);

/* resolve_focus.c */
void ge_find_focus(ctx *c);

/* resolve_coherence.c: far, small namesakes left unresolved */
void ge_drop_incoherent(ctx *c, int caseless);
/* ... and names whose written state or country holds none of their readings */
void ge_drop_contradicted(ctx *c);
/* ... and parts of a large city read far from it ("Bosa in Bogota") */
void ge_drop_outside_city(ctx *c);
/* ... and towns with namesakes of a size far apart that nothing else of
 * the article supports */
void ge_drop_unsupported_namesake(ctx *c);
/* ... and "North X" far from every reading of an "X" the article names */
void ge_drop_far_part(ctx *c);

/* resolve_country.c: is the text American by its conventions? */
int ge_text_american(const ge_text *t);
void ge_drop_abroad_in_american(ctx *c, evidence *e, const ge_text *t);
void ge_drop_american_in_commonwealth(ctx *c, const ge_text *t);
void ge_new_england_towns(ctx *c, const ge_text *t);

/* resolve_home.c */
float ge_home_vote(const ctx *c, const group *o, const ge_place *q, uint32_t *admin1);
void ge_home_add(evidence *e, const char cc[2], uint32_t admin1, float w);
/* Reads a region ("Ohio", "Gujarat, India", "US-OH", "US") into c's given
 * home; 0 when the gazetteer knows no such state or country. */
int ge_home_given(ctx *c, const char *region);
int ge_home_of(const ctx *c, const evidence *e, size_t gi, home *h);
int ge_in_home(const home *h, const ge_place *p);
/* Is group gi's choice qualified by the state or country written after it
 * ("Paris, Texas"), or does it contain a place it is written after? */
int ge_qualified(const ctx *c, size_t gi);
int ge_home_stays(const ctx *c, const evidence *e, size_t gi, const home *h);
void ge_drop_out_of_home(ctx *c, evidence *e);

#endif
