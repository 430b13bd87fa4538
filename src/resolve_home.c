/*
 * resolve_home.c -- an article's home: the state or province that the
 * states it names and the places it resolves agree on. Local news names
 * towns without their state ("Dublin", "Arlington", "Sarpy"); the home pulls
 * such names to their readings in it (resolve.c adds W_HOME in context and
 * lets a county named without its word count there), and after the last
 * pass a town of another state with nothing of the article near it takes
 * the name's reading in the home, or is left without a point.
 */
#include <ctype.h>

#include "resolve_internal.h"

/* What group o's choice q says of the home: a state named in the text
 * ("Minnesota", "W.Va.") says more than a town chosen in it. A country
 * named as a whole ("the UK") is evidence against a home in any other
 * country. */
float ge_home_vote(const ctx *c, const group *o, const ge_place *q, uint32_t *admin1)
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

void ge_home_add(evidence *e, const char cc[2], uint32_t admin1, float w)
{
    for (size_t i = 0; i < e->nstates; i++)
        if (e->states[i].admin1 == admin1 && !memcmp(e->states[i].cc, cc, 2)) {
            e->states[i].w += w;
            return;
        }
    e->states[e->nstates++] = (area_w){{cc[0], cc[1]}, admin1, w};
}

/* The best reading of a name at country or state level (a state first),
 * in country cc if given. */
static const ge_place *region_reading(const ge_gazetteer *g, const char *name, const char *cc)
{
    char key[256];
    size_t n = ge_text_normalize(name, strlen(name), key, sizeof key);
    ge_name nm;
    if (!n || !ge_gazetteer_lookup(g, key, n, &nm))
        return NULL;
    const ge_place *best = NULL;
    for (uint32_t k = 0; k < nm.ncands; k++) {
        const ge_place *p = ge_gazetteer_place(g, nm.cands[k].place);
        if (!p || (p->level != GE_LEVEL_ADMIN1 && p->level != GE_LEVEL_COUNTRY) ||
            (cc && memcmp(p->country, cc, 2)))
            continue;
        if (!best || (p->level == GE_LEVEL_ADMIN1 && best->level != GE_LEVEL_ADMIN1))
            best = p;
    }
    return best;
}

int ge_region_known(const ge_gazetteer *g, const char *region)
{
    ctx c = ctx_init(g);
    return g && ge_home_given(&c, region);
}

int ge_home_given(ctx *c, const char *region)
{
    c->has_given_home = 0;
    if (!region || !*region)
        return 0;
    size_t n = strlen(region);
    const ge_place *p = NULL;
    int upper = n >= 2 && isupper((unsigned char)region[0]) && isupper((unsigned char)region[1]);
    if (upper && (n == 2 || region[2] == '-')) {
        /* "US", "US-OH": ISO country code, GeoNames admin1 code */
        uint32_t i = n == 2 ? ge_gazetteer_country(c->g, region)
                            : ge_gazetteer_admin1(c->g, region, region + 3);
        p = i == UINT32_MAX ? NULL : ge_gazetteer_place(c->g, i);
    } else {
        /* "Ohio", "Gujarat, India": a state or country by name, in the
         * country named after a comma */
        char name[256];
        ge_copy(name, sizeof name, region);
        char *comma = strchr(name, ',');
        const ge_place *in = NULL;
        if (comma) {
            *comma = '\0';
            in = region_reading(c->g, comma + 1 + strspn(comma + 1, " "), NULL);
        }
        p = region_reading(c->g, name, in ? in->country : NULL);
    }
    if (!p || !p->country[0])
        return 0;
    memcpy(c->given_cc, p->country, 2);
    c->given_admin1 = p->level == GE_LEVEL_ADMIN1 ? p->admin1 : NO_ADMIN1;
    c->has_given_home = 1;
    return 1;
}

/* The home the other groups' choices agree on: the state with the most
 * evidence, if that is at least HOME_MIN, half as much again as any other
 * state's and half of all (the home's own country named as a whole aside).
 * A story that names two states about equally, a round-up of many states
 * or a story abroad has no such home. */
static int chosen_home(const ctx *c, const evidence *e, size_t gi, home *h)
{
    const group *gr = &c->groups[gi];
    uint32_t own_a1 = 0;
    const ge_place *own = cand_place(c, gr, gr->prev);
    float own_w = ge_home_vote(c, gr, own, &own_a1);
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

/* The home of group gi: the one its choices agree on, else the article's
 * focus (resolve_focus.c), when the choices are namesakes scattered over
 * states and countries ("Watertown" in New York, "Delano" in California,
 * "Plainview" in Texas in a story whose names nearly all have readings in
 * Minnesota). A focus home pulls namesakes but is too weak (w 0) to leave
 * a stray without a point. */
int ge_home_of(const ctx *c, const evidence *e, size_t gi, home *h)
{
    if (chosen_home(c, e, gi, h))
        return 1;
    if (!c->has_focus)
        return 0;
    memcpy(h->cc, c->focus_cc, 2);
    h->admin1 = c->focus_admin1;
    h->w = 0;
    return 1;
}

/* Is p a county, town or site of the home state? */
int ge_in_home(const home *h, const ge_place *p)
{
    return h && p->level >= GE_LEVEL_ADMIN2 && p->admin1 == h->admin1 &&
           !memcmp(p->country, h->cc, 2);
}

/* The home pulls namesakes, not the places everyone means: a group whose
 * reading by prior is a country, a state or region, or a capital or large
 * city of the home's country stays what it is ("Moscow" and "Washington"
 * in a story set in Pennsylvania: Russia is named there too). A capital or
 * large city abroad stays only when something else of the article is in
 * its country: "Dublin" in a story about Ohio towns is pulled to Dublin,
 * Ohio; with "Irish" in it, the rest of the context decides. */
int ge_home_stays(const ctx *c, const evidence *e, size_t gi, const home *h)
{
    const group *gr = &c->groups[gi];
    const ge_place *p = cand_place(c, gr, gr->first);
    if (gr->county_list)
        return 0; /* "Washington" in "Dakota and Washington counties" is a county */
    if (p->level <= GE_LEVEL_ADMIN1)
        return 1;
    if (!ge_fcode_starts(p, "PPLC") && p->population < HOME_KNOWN_POP)
        return 0;
    if (!memcmp(p->country, h->cc, 2))
        return 1;
    float w = ge_area_weight(e, p->country, 0);
    if (!memcmp(cand_place(c, gr, gr->prev)->country, p->country, 2))
        w -= group_weight(gr);
    return w > 0.001f;
}

/* Is group gi's choice qualified by the group named after it ("Paris,
 * Texas"), or does it qualify another? A list of towns or counties
 * ("Becker, Clay, Douglas") is no qualification unless the one contains
 * the other. */
int ge_qualified(const ctx *c, size_t gi)
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

/* Is p a county named with its word ("St. Charles Parish", "Ellis County")?
 * Such a name is the county's, not a home town the gazetteer lacks. */
static int county_named(const group *gr, const ge_place *p)
{
    if (p->level != GE_LEVEL_ADMIN2 || !gr->name.key)
        return 0;
    size_t n = strlen(gr->name.key);
    return (n > 7 && !strcmp(gr->name.key + n - 7, " county")) ||
           (n > 7 && !strcmp(gr->name.key + n - 7, " parish"));
}

/* Geographic coherence within a country (drop_incoherent in resolve.c
 * does it between countries), after the last pass: in a story with a home,
 * a town or county of another state with no place of the article near it
 * or in its state is a stray. It takes the name's reading in the home if
 * there is one (the passes can lock two namesakes together: "Grant County"
 * and "George" in Washington State in a West Virginia story); else, when
 * the home is sure (a named state and a place in it, or three places), it
 * is a home town the gazetteer lacks and is left without a point
 * ("Howland" as Howland, Maine in a story from Lamar County, Texas;
 * "Logan" as Logan, Utah among Missouri counties). A weaker home (two
 * places of one state) is enough for a stray named once that lies
 * FAR_STRAY_KM or more from every other place of the article ("southwest of
 * Brandon" as Brandon, Mississippi in a story about Douglas County and
 * Alexandria, Minnesota). Qualified names ("Howland, Maine"), capitals and
 * large cities stay, and so does a county named with its word ("Lafourche
 * Parish" in a story from Texas): it is no home town the gazetteer lacks. */
void ge_drop_out_of_home(ctx *c, evidence *e)
{
    ge_resolve_gather(c, e); /* from the final choices */
    /* first the strays; they do not vouch for each other ("Star Lake" and
     * "Clay" both read in New York in a story about Minnesota) */
    for (size_t gi = 0; gi < c->ngroups; gi++) {
        group *gr = &c->groups[gi];
        gr->stray = 0;
        if (!gr->name.ncands || gr->dropped || ge_qualified(c, gi) || !ge_home_of(c, e, gi, &gr->home))
            continue;
        const ge_place *p = cand_place(c, gr, gr->choice);
        gr->stray = p->level >= GE_LEVEL_ADMIN2 && !memcmp(p->country, gr->home.cc, 2) &&
                    p->admin1 != gr->home.admin1 && p->population < KNOWN_POP &&
                    !ge_fcode_starts(p, "PPLC");
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
        /* how far the nearest other place of the article is, stray or not,
         * a state named counting by its point */
        float nearest = 1e9f;
        for (size_t j = 0; j < c->ngroups; j++) {
            const group *o = &c->groups[j];
            if (j == gi || !o->name.ncands || o->dropped)
                continue;
            const ge_place *q = cand_place(c, o, o->choice);
            if (q->level >= GE_LEVEL_ADMIN1 && approx_km(p, q) < nearest)
                nearest = approx_km(p, q);
        }
        /* a reading in the home, if the name has one, rather than none */
        uint32_t bk = gr->name.ncands;
        float best = UNUSABLE;
        for (uint32_t k = 0; k < gr->name.ncands; k++) {
            float pk = gr->prior[k] != UNUSABLE ? gr->prior[k] : gr->bare[k];
            if (pk != UNUSABLE && pk > best && ge_in_home(&gr->home, cand_place(c, gr, k))) {
                best = pk;
                bk = k;
            }
        }
        if (bk < gr->name.ncands) {
            gr->choice = bk;
            gr->score = ge_softmax_weight(gr, bk);
        } else if (!county_named(gr, p)) {
            gr->dropped = gr->home.w >= DROP_HOME_MIN ||
                          (gr->count == 1 && gr->home.w >= HOME_MIN && nearest >= FAR_STRAY_KM);
        }
    }
}

