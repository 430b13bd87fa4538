/*
 * resolve.c -- the resolve stage: where a place name is disambiguated.
 *
 * Mentions are grouped by name (one sense per article: every "Springfield"
 * in a story is the same Springfield), with the flags the words around
 * its mentions give (resolve_words.c). Each group's candidates are scored
 * twice:
 *   1. prior alone: population, level (countries and states before towns of
 *      the same name), capitals, how the name refers to the place;
 *   2. prior plus the article's context, taken from the other groups'
 *      first-pass choices: countries named or implied (by cities and
 *      demonyms), states named, places nearby, a qualifier written right
 *      after the name ("Paris, Texas", "Ocala, Fla."), and the article's
 *      home state, which pulls namesakes and counties named without their
 *      word into it (resolve_home.c); when the choices agree on no home,
 *      the state nearly all the names have a reading in (resolve_focus.c).
 * The second pass is repeated until no choice changes, so that choices
 * can support each other ("Alexandria" settles in Louisiana because
 * "Pineville" and "Rapides Parish" did) and chains of such moves finish
 * ("Richmond" follows "London" and "Twickenham" to England only a pass
 * after they get there); choices that swing back and forth for good (two
 * names each pulling the other away) stop after an even number of passes,
 * where two passes had left them. A mention's score is the softmax weight
 * of its winner.
 * Last, choices incoherent with the rest of the article (a small namesake
 * in another country, or in another state than the home) are left without
 * a point or, for a stray with a reading in the home, moved there.
 */
#include "resolve_internal.h"

/* Weights of the scoring function, in one place (the home's in
 * resolve_internal.h). */
#define W_POP 1.0f         /* x log10(population + 1) / 7 */
#define W_RANK 0.3f        /* x 1 / (1 + rank in the gazetteer's prior order) */
#define W_PRIMARY 0.2f     /* the place's own name, not an alternate */
#define W_CURATED 0.3f     /* from the project's supplements */
#define W_ALT_ONLY 0.5f    /* the name is only an alternate name of the place */
#define W_CAPITAL 0.6f     /* national capital (PPLC); half for admin seats */
#define W_SMALL_SEAT 0.15f /* a county's seat smaller than KNOWN_POP */
#define W_COUNTRY_SHARE 1.6f
#define W_COUNTRY_SEEN 0.4f
#define W_ADMIN1_NAMED 1.2f
#define W_ADMIN1_SHARE 0.6f
#define W_NEAR 0.8f        /* another place of the article within 50 km; half within 200 km */
#define W_QUALIFIER 3.0f   /* "Paris, Texas" */
#define W_SEAT 1.5f        /* an admin area loses this to its same-named seat city */
#define W_US_BODY 1.5f   /* an American town's own body after the name ("Berea Police Department") */
#define W_FORM 2.0f        /* the reading matches how the name is written (abbreviation or not) */
#define MAX_SUPPORT 128 /* groups asked for state/county support, at most */
#define W_FEATURE 3.0f   /* a reading of another kind than the text says ("X region") */
#define W_BARE_COUNTY 0.8f /* a county named without its word ("Sarpy"), in the home state */
#define W_STATE_LIST 1.5f  /* a state's reading of a name listed with states */
#define MAX_PASSES 8 /* context passes, at most (even: see the top of this file) */
#define UNIV_CITY_POP 100000 /* a university's city this big ... */
#define UNIV_NAMESAKE_POP 50000 /* ... is no namesake this small abroad */
#define PULL_COUNTRY_W 2.0f /* names of a country (group weights) that can pull a
                               country's name to its namesake town there */


static const float level_bonus[] = {
    [GE_LEVEL_UNKNOWN] = 0.0f, [GE_LEVEL_CONTINENT] = 1.2f, [GE_LEVEL_COUNTRY] = 1.5f,
    [GE_LEVEL_ADMIN1] = 0.9f,  [GE_LEVEL_ADMIN2] = 0.35f,   [GE_LEVEL_CITY] = 0.0f,
    [GE_LEVEL_SITE] = -0.2f,
};

int ge_candidate_usable(const ge_gazetteer *g, const ge_candidate *c)
{
    const ge_place *p = ge_gazetteer_place(g, c->place);
    /* "Hall" for Hall County: American counties are written with their
     * word ("North Waziristan", "Kurram" are districts as written) */
    if (p->level == GE_LEVEL_ADMIN2 && !memcmp(p->country, "US", 2) &&
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
        if (p->level != GE_LEVEL_CITY)
            continue;
        /* the seat of this level: PPLA (or the capital) for a state,
         * PPLA2 for a county */
        /* (or, for a state, a city that holds half its people, whatever
         * its seat: "Lagos", whose state's seat is Ikeja) */
        int seat = a->level == GE_LEVEL_ADMIN1
                       ? ge_fcode_is(p, "PPLA") || ge_fcode_is(p, "PPLC") ||
                             (uint64_t)p->population * 2 >= a->population
                       : ge_fcode_is(p, "PPLA2") || ge_fcode_is(p, "PPLA");
        if (seat &&
            !memcmp(p->country, a->country, 2) &&
            !strcmp(ge_gazetteer_str(c->g, p->admin1), ge_gazetteer_str(c->g, a->admin1)))
            return 1;
    }
    return 0;
}

/* Is candidate k a state called so only by an alternate name, while a
 * bigger capital or seat of its country bears the name ("Almaty" for
 * Almaty Region, whose seat is elsewhere, and Almaty the city)? News means
 * the city. */
static int city_bears_name(const ctx *c, const group *gr, uint32_t k)
{
    const ge_place *a = cand_place(c, gr, k);
    if (a->level != GE_LEVEL_ADMIN1 || (gr->name.cands[k].flags & (GE_NAME_PRIMARY | GE_NAME_ASCII)))
        return 0;
    for (uint32_t j = 0; j < gr->name.ncands; j++) {
        const ge_place *p = cand_place(c, gr, j);
        if (p->level == GE_LEVEL_CITY && (gr->name.cands[j].flags & GE_NAME_PRIMARY) &&
            (ge_fcode_is(p, "PPLA") || ge_fcode_starts(p, "PPLC")) &&
            !memcmp(p->country, a->country, 2) && p->population >= a->population)
            return 1;
    }
    return 0;
}

/* Is candidate k a county or municipality named like the state it lies in,
 * which is also a candidate ("Guanajuato" the municipality, the state and
 * its capital)? The text means the state or the city. */
static int in_namesake_state(const ctx *c, const group *gr, uint32_t k)
{
    const ge_place *a = cand_place(c, gr, k);
    if (a->level != GE_LEVEL_ADMIN2)
        return 0;
    for (uint32_t j = 0; j < gr->nadm1_k; j++) {
        const ge_place *p = cand_place(c, gr, gr->adm1_k[j]);
        if (!memcmp(p->country, a->country, 2) &&
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
    /* a state has its deserts and coasts; a district named before "forest"
     * is the forest's namesake, not the forest */
    return (area && p->level != GE_LEVEL_ADMIN2) || p->fclass == 'T' || p->fclass == 'H' ||
           p->fclass == 'U' || p->fclass == 'V';
}

/* Is candidate k a state or county with fewer people than a city of the
 * same name ("Manchester", a parish of Jamaica of 60,000 people, and the
 * English city of 400,000)? */
static int city_outgrows(const ctx *c, const group *gr, uint32_t k)
{
    const ge_place *a = cand_place(c, gr, k);
    if (a->level != GE_LEVEL_ADMIN1 && a->level != GE_LEVEL_ADMIN2)
        return 0;
    for (uint32_t j = 0; j < gr->name.ncands; j++) {
        const ge_place *p = cand_place(c, gr, j);
        if (p->level == GE_LEVEL_CITY && p->population > a->population &&
            (gr->name.cands[j].flags & (GE_NAME_PRIMARY | GE_NAME_ASCII)))
            return 1;
    }
    return 0;
}

static float prior_score(const ctx *c, const group *gr, uint32_t k)
{
    const ge_candidate *cd = &gr->name.cands[k];
    const ge_place *p = ctx_place(c, cd->place);
    /* a continent or world region has no population figure; it is
     * bigger than any namesake town ("Asia", Western Visayas) */
    float pop = p->level == GE_LEVEL_CONTINENT && p->population == 0 ? 1e9f : (float)p->population;
    if (p->population == 0 &&
        (ge_fcode_is(p, "OCN") || ge_fcode_is(p, "SEA")))
        pop = 1e8f; /* "the Pacific": an ocean, bigger than the towns named after it */
    float s = W_POP * log10f(pop + 1.0f) / 7.0f;
    /* a university is named after a city: "the University of Manchester"
     * is no parish of Jamaica smaller than the city */
    if (!(gr->university && city_outgrows(c, gr, k)))
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
    if (ge_fcode_starts(p, "PPLC"))
        s += W_CAPITAL;
    else if (ge_fcode_is(p, "PPLA") || ge_fcode_is(p, "PPLA2"))
        /* a state's or county's seat (a PPLA3 may be a hamlet); a town
         * smaller than KNOWN_POP that is a county's seat gets half that:
         * America alone has some 3,000 of them, and a namesake several times
         * bigger is the likelier one (Torrington, Connecticut, 35,000
         * people, before Torrington, Wyoming, 7,000) */
        s += ge_fcode_is(p, "PPLA2") && p->population < KNOWN_POP ? W_SMALL_SEAT : W_CAPITAL / 2;
    if (has_seat_city(c, gr, k))
        s -= W_SEAT;
    if (in_namesake_state(c, gr, k) || city_bears_name(c, gr, k))
        s -= W_SEAT;
    /* "Berea Police Department": an American town's body names the town */
    if (gr->us_body && p->level >= GE_LEVEL_ADMIN2 && !memcmp(p->country, "US", 2))
        s += W_US_BODY;
    if (!!(cd->flags & GE_NAME_ABBREV) != !!gr->abbrev_form)
        s -= W_FORM;
    if (!!(cd->flags & GE_NAME_DEMONYM) != !!gr->demonym)
        s -= W_FORM;
    if (gr->feature && gr->feature_fit && !feature_fits(gr->feature, p))
        s -= W_FEATURE;
    if (gr->water && (p->fclass == 'H' || ge_fcode_is(p, "SEA") || ge_fcode_is(p, "OCN") ||
                      ge_fcode_is(p, "GULF") || ge_fcode_is(p, "STM")))
        s += W_FEATURE; /* "the Red Sea" is the sea, not Sudan's Red Sea state */
    /* "LONDON, Jan 15 (Reuters) -": a wire service's bureau is the city
     * everyone means, whatever else the story names */
    if (gr->wire_dateline && (ge_fcode_starts(p, "PPLC") || p->population >= KNOWN_POP))
        s += W_FORM;
    if ((gr->state_list[0] && p->level == GE_LEVEL_ADMIN1 && !memcmp(p->country, gr->state_list, 2)) ||
        (gr->country_list && p->level == GE_LEVEL_COUNTRY) ||
        (gr->city_list && p->level == GE_LEVEL_CITY && p->population >= KNOWN_POP) ||
        (gr->county_list && p->level == GE_LEVEL_ADMIN2))
        s += W_STATE_LIST;
    return s;
}

static float prior(const ctx *c, const group *gr, uint32_t k)
{
    if (!ge_candidate_usable(c->g, &gr->name.cands[k]))
        return UNUSABLE;
    if (gr->named_after && cand_place(c, gr, k)->level <= GE_LEVEL_ADMIN1)
        return UNUSABLE;
    return prior_score(c, gr, k);
}

/* A county named without its word ("Douglas, Sarpy and Lancaster counties",
 * "in Navarro") is no reading on its own, since "Hall" or "Clay" alone
 * are far more often people; inside the article's home state it is. */
static float bare_prior(const ctx *c, const group *gr, uint32_t k)
{
    const ge_candidate *cd = &gr->name.cands[k];
    if (ge_candidate_usable(c->g, cd) ||
        ctx_place(c, cd->place)->level != GE_LEVEL_ADMIN2)
        return UNUSABLE;
    return prior_score(c, gr, k) - W_BARE_COUNTY;
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

/* One bit of 64 for p's state (country and admin1 code); 0 when p has no
 * state, as such a reading gets and gives no support (same_admin1). */
static uint64_t state_bit(const ctx *c, const ge_place *p)
{
    if (!p->country[0] || !ge_gazetteer_str(c->g, p->admin1)[0])
        return 0;
    uint32_t x = (p->admin1 * 2654435761u) ^
                 ((uint32_t)(unsigned char)p->country[0] << 8 | (unsigned char)p->country[1]) *
                     40503u;
    return 1ull << (x >> 26);
}

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

float ge_area_weight(const evidence *e, const char cc[2], uint32_t admin1)
{
    for (size_t i = 0; i < e->nareas; i++)
        if (e->areas[i].admin1 == admin1 && !memcmp(e->areas[i].cc, cc, 2))
            return e->areas[i].w;
    return 0;
}

/* e->areas must hold 2 * ngroups entries, e->locals and e->admins
 * ngroups each. */
void ge_resolve_gather(const ctx *c, evidence *e)
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
        float hv = ge_home_vote(c, o, q, &a1);
        if (hv > 0)
            ge_home_add(e, q->country, a1, hv);
        e->total += w;
        if (o->has_admin)
            e->admins[e->nadmins++] = (uint32_t)j;
        if (q->level >= GE_LEVEL_ADMIN2)
            e->locals[e->nlocals++] = (local){q->lat, (uint32_t)j, q};
        if (!q->country[0])
            continue;
        add_area(e, q->country, 0, w);
        if (q->level == GE_LEVEL_COUNTRY) /* the country named as such ("Egypt", "Egyptian") */
            add_area(e, q->country, NO_ADMIN1, w);
        if (q->level > GE_LEVEL_ADMIN1 && ge_gazetteer_str(c->g, q->admin1)[0])
            add_area(e, q->country, q->admin1, w);
    }
    if (c->has_given_home) {
        /* the source's region counts as a state the text names, and as
         * one more place in its country and state */
        ge_home_add(e, c->given_cc, c->given_admin1, NAMED_STATE);
        e->total += 1.0f;
        add_area(e, c->given_cc, 0, 1.0f);
        if (c->given_admin1 != NO_ADMIN1)
            add_area(e, c->given_cc, c->given_admin1, 1.0f);
    }
    qsort(e->locals, e->nlocals, sizeof *e->locals, cmp_local);
}

/* W_NEAR for another place of the article within 50 km, half within 200. */
/* (skip_same: another name of the same place is no neighbour, so that
 * "Mexico City" does not pull "Mexico", a country's name, to itself) */
static float nearby(const evidence *e, size_t gi, const ge_place *p, int skip_same)
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
        if (e->locals[i].group == gi || (e->locals[i].place == p && skip_same))
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
        cc_w = ge_area_weight(e, p->country, 0);
        if (!memcmp(own->country, p->country, 2))
            cc_w -= own_w;
        if (p->level > GE_LEVEL_ADMIN1 && ge_gazetteer_str(c->g, p->admin1)[0]) {
            adm_w = ge_area_weight(e, p->country, p->admin1);
            if (own->level > GE_LEVEL_ADMIN1 && same_admin1(c, own, p))
                adm_w -= own_w;
        }
    }
    int p_admin = p->level == GE_LEVEL_ADMIN1 || p->level == GE_LEVEL_ADMIN2;
    if (p->level >= GE_LEVEL_ADMIN2)
        near = nearby(e, gi, p, gr->names_country);
    /* states and counties: those named by other groups, or, for a state or
     * county reading, the places named by any group */
    size_t na = p_admin ? c->ngroups : e->nadmins;
    if (na > MAX_SUPPORT)
        na = MAX_SUPPORT; /* bounds the cost of huge documents */
    uint64_t pbit = state_bit(c, p);
    for (size_t i = 0; pbit && i < na; i++) {
        size_t j = p_admin ? i : e->admins[i];
        if (j == gi || !c->groups[j].name.ncands)
            continue;
        const group *o = &c->groups[j];
        if (!((p_admin ? o->state_bits_first : o->state_bits_admin) & pbit))
            continue; /* no reading of o in p's state: no support */
        float a = admin_support(c, o, p);
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
    /* a country's or a big state's name is pulled to a namesake town by a
     * qualifier, a place of the article near that town or a story full of
     * that town's country (a local paper's: "Palestine" among Anderson
     * County's towns), not by one name of its state or country ("Exports to
     * Mexico rose, officials in Texas said": no Texas in Mexico, no China
     * in Texas) */
    const ge_place *known = cand_place(c, gr, gr->first);
    if (known->level <= GE_LEVEL_ADMIN1 && known->population >= KNOWN_POP &&
        p->level >= GE_LEVEL_ADMIN2 && p->population < KNOWN_POP && near <= 0.0f &&
        gr->qualifier < 0 && gr->feature == FEAT_NONE && cc_w < PULL_COUNTRY_W &&
        !(p->level == GE_LEVEL_ADMIN2 && adm_named > 0.0f) && /* "Bali ... of Taraba State" */
        !(c->has_given_home && !memcmp(p->country, c->given_cc, 2) &&
          (c->given_admin1 == NO_ADMIN1 || c->given_admin1 == p->admin1)))
        return 0.0f; /* (the paper's own state, as the user gives it, can) */
    /* a large city's or a capital's name (as its own name, not an old or
     * foreign one), likewise, goes to a small namesake abroad only on such
     * evidence, a state of the namesake's named in the text or the
     * article's home: "once lived in Sydney, now teaches in Denver" is no
     * Sidney, Ohio, nor "left Copenhagen for a studio in Denver"
     * Copenhagen, New York */
    /* ... and, when the story names the city's own country ("Cairo" beside
     * "Egypt" or "Egyptian", "Toronto" beside "Canada") and the namesake's
     * country holds less than half of its places, not on the states and
     * countries a round-up names either (no Cairo, Illinois; no Toronto,
     * New South Wales; but Lincoln, Buenos Aires, in a page about it that
     * names the United States once) */
    if (known->level == GE_LEVEL_CITY &&
        (known->population >= KNOWN_POP || ge_fcode_starts(known, "PPLC")) &&
        (gr->name.cands[gr->first].flags & (GE_NAME_PRIMARY | GE_NAME_ASCII)) &&
        memcmp(known->country, p->country, 2) && p->population < KNOWN_POP && near <= 0.0f &&
        gr->qualifier < 0 && gr->feature == FEAT_NONE &&
        ((cc_w < PULL_COUNTRY_W && adm_named <= 0.0f) ||
         (ge_area_weight(e, known->country, NO_ADMIN1) > 0.0f && cc_w < 0.5f * total)) &&
        !ge_in_home(h, p) &&
        !(c->has_given_home && !memcmp(p->country, c->given_cc, 2) &&
          (c->given_admin1 == NO_ADMIN1 || c->given_admin1 == p->admin1)))
        return 0.0f;
    /* a university is named after a city of its size: "the University of
     * Oxford" in a story that names the US is no Oxford, Mississippi, nor
     * "Manchester University" Manchester, Tennessee */
    if (gr->university && known->level == GE_LEVEL_CITY && known->population >= UNIV_CITY_POP &&
        memcmp(known->country, p->country, 2) &&
        (p->population < UNIV_NAMESAKE_POP || p->population < known->population) &&
        qual <= 0.0f && near <= 0.0f && !ge_in_home(h, p))
        return 0.0f;
    float s = qual + near;
    if (total > 0) {
        s += W_COUNTRY_SHARE * cc_w / total;
        s += W_ADMIN1_SHARE * adm_w / total;
    }
    if (cc_w > 0.001f)
        s += W_COUNTRY_SEEN;
    s += W_ADMIN1_NAMED * adm_named;
    if (ge_in_home(h, p))
        s += W_HOME;
    return s;
}

/* Chooses the best candidate of every group; with_context = 0 for the
 * first pass. Returns whether any choice changed. */
static int choose(ctx *c, evidence *e, int with_context)
{
    if (with_context)
        ge_resolve_gather(c, e);
    for (size_t gi = 0; gi < c->ngroups; gi++) {
        group *gr = &c->groups[gi];
        uint32_t n = gr->name.ncands;
        if (!n)
            continue;
        float best = -1e30f, sum = 0;
        uint32_t bk = 0;
        home h;
        const home *hp = with_context && ge_home_of(c, e, gi, &h) && !ge_home_stays(c, e, gi, &h) ? &h : NULL;
        for (uint32_t k = 0; k < n; k++) {
            /* unusable readings ("Hall" for Hall County) need no context,
             * but a bare county name in the home state is one */
            float s = gr->prior[k];
            if (s == UNUSABLE && gr->bare[k] != UNUSABLE && ge_in_home(hp, cand_place(c, gr, k)))
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
    int changed = 0;
    for (size_t gi = 0; gi < c->ngroups; gi++) {
        changed |= c->groups[gi].prev != c->groups[gi].choice;
        c->groups[gi].prev = c->groups[gi].choice;
    }
    for (size_t gi = 0; gi < c->ngroups && !with_context; gi++)
        c->groups[gi].first = c->groups[gi].choice;
    return changed;
}

ge_status ge_resolve(const ge_gazetteer *g, const ge_text *t, ge_mentions *m)
{
    return ge_resolve_in(g, t, m, NULL);
}

ge_status ge_resolve_in(const ge_gazetteer *g, const ge_text *t, ge_mentions *m, const char *region)
{
    if (!m->n)
        return GE_OK;
    ctx c = ctx_init(g);
    ge_home_given(&c, region);
    size_t gcap = 0;
    c.group_of = malloc(m->n * sizeof *c.group_of);
    if (!c.group_of)
        return GE_ERR_NOMEM;
    char key[512];
    for (size_t i = 0; i < m->n; i++) {
        ge_mention *mn = &m->v[i];
        size_t klen = ge_tokens_key(t, mn->tok_begin, mn->tok_end, key, sizeof key);
        ge_name nm;
        if (!ge_gazetteer_lookup(g, key, klen, &nm)) {
            /* "DeSoto Parish": the recognizer's spelling of a county
             * (recognize_variant.c), tried before a county's word only */
            klen = ge_county_word_at(t, mn->tok_end - 1)
                       ? ge_tokens_key_variant(t, mn->tok_begin, mn->tok_end, key, sizeof key)
                       : 0;
            if (!klen || !ge_gazetteer_lookup(g, key, klen, &nm))
                memset(&nm, 0, sizeof nm);
        }
        size_t gi = 0;
        /* same name, same group: names are interned, so compare candidate
         * lists; the place another was named after is another group, lest
         * its qualifier move the story's own place ("Aurora is a city in
         * Hamilton County, Nebraska ... named after Aurora, Illinois") */
        int namesake = ge_named_for_at(t, mn->tok_begin);
        /* (nor is "Zinder region" the group of "Zinder" where the text
         * calls that the city, in a dateline or with "city": the kind a
         * name is called first decides its group's, a bare name joins) */
        int kind = ge_area_named_at(t, mn) ? 1 : ge_city_named_at(t, mn) ? 2 : 0;
        for (; gi < c.ngroups; gi++)
            if (c.groups[gi].name.cands == nm.cands && c.groups[gi].name.ncands == nm.ncands &&
                c.groups[gi].namesake == namesake &&
                (!kind || !c.groups[gi].area_named || c.groups[gi].area_named == kind)) {
                if (kind)
                    c.groups[gi].area_named = kind;
                break;
            }
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
            gr->within = -1;
            gr->namesake = namesake;
            gr->area_named = kind;
        }
        c.groups[gi].count++;
        c.group_of[i] = (uint32_t)gi;
        ge_read_mention(&c, t, mn, &c.groups[gi]);
    }
    ge_status st = GE_OK;
    ge_join_county_names(&c, t, m);
    ge_find_state_lists(&c, t, m);
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
        for (uint32_t k = 0; k < gr->name.ncands; k++)
            gr->names_country |= cand_place(&c, gr, k)->level == GE_LEVEL_COUNTRY &&
                                 ge_candidate_usable(c.g, &gr->name.cands[k]);
        for (uint32_t k = 0; k < gr->name.ncands && gr->nadm1_k < 4; k++)
            if (cand_place(&c, gr, k)->level == GE_LEVEL_ADMIN1)
                gr->adm1_k[gr->nadm1_k++] = k;
        for (uint32_t k = 0; k < gr->name.ncands; k++) {
            gr->prior[k] = prior(&c, gr, k);
            gr->bare[k] = bare_prior(&c, gr, k);
            const ge_place *pk = cand_place(&c, gr, k);
            uint8_t lv = pk->level;
            if (k < 8 && gr->prior[k] != UNUSABLE)
                gr->state_bits_first |= state_bit(&c, pk);
            if ((lv == GE_LEVEL_ADMIN1 || lv == GE_LEVEL_ADMIN2) && k < 64 &&
                gr->prior[k] != UNUSABLE) {
                gr->has_admin = 1;
                if (gr->nadmin_k < 8) {
                    gr->admin_k[gr->nadmin_k++] = k;
                    gr->state_bits_admin |= state_bit(&c, pk);
                }
            }
        }
    }
    ge_find_qualifiers(&c, t, m);
    ge_find_within_city(&c, t, m);
    ge_find_focus(&c);
    evidence ev = {.areas = malloc((3 * c.ngroups + 2) * sizeof *ev.areas),
                   .locals = malloc(c.ngroups * sizeof *ev.locals),
                   .admins = malloc(c.ngroups * sizeof *ev.admins),
                   .states = malloc((c.ngroups + 1) * sizeof *ev.states)};
    if (!ev.areas || !ev.locals || !ev.admins || !ev.states) {
        free(ev.areas);
        free(ev.locals);
        free(ev.admins);
        free(ev.states);
        st = GE_ERR_NOMEM;
        goto done;
    }
    choose(&c, &ev, 0);
    for (int pass = 0; pass < MAX_PASSES && choose(&c, &ev, 1); pass++)
        ;
    /* a name all of whose readings are refused ("Camp Georgia") has none */
    for (size_t gi = 0; gi < c.ngroups; gi++)
        c.groups[gi].dropped = c.groups[gi].name.ncands &&
                               c.groups[gi].scratch[c.groups[gi].choice] == UNUSABLE;
    ge_drop_incoherent(&c, t->caseless);
    ge_drop_contradicted(&c);
    ge_drop_out_of_home(&c, &ev);
    if (!c.has_given_home)
        ge_drop_abroad_in_american(&c, &ev, t);
    ge_drop_unsupported_namesake(&c);
    ge_drop_far_part(&c);
    if (!c.has_given_home) {
        ge_drop_american_in_commonwealth(&c, t);
        ge_new_england_towns(&c, t);
    }
    /* last: a part of a city read far from it still says where the story
     * is ("Highland Hospital in Oakland" is California's evidence) */
    ge_drop_outside_city(&c);
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
