/*
 * resolve_coherence.c -- geographic coherence: a reading on another
 * continent from every other place of the article, small, a state of
 * little note, or read off a piece of a longer name, is a namesake of a
 * place the gazetteer lacks,
 * left unresolved rather than put on the map (issue 9's "no far-flung
 * points").
 */
#include <string.h>

#include "resolve_internal.h"

#define FAR_KM 1000.0f  /* a town this far from every other place of the article, smaller
                           than KNOWN_POP ... */
#define TINY_POP 20000  /* ... and this small or part of a longer name is a namesake
                           (Moura, Portugal, 8,000 people, for "the town of Moura"
                           in a story about Mali) */
#define NEAR_TINY_KM 300.0f /* ... but a tiny one this far from all is one too */
#define LONE_FAR_KM 1000.0f /* namesakes of a size this far apart are no one place ... */
#define LONE_KNOWN_POP 1000000 /* ... unless the chosen one is a city this big */
#define SUPPORT_KM 600.0f /* another place of the article this close to a reading supports it */
#define ALIAS_FAR_KM 2000.0f /* a town read only by another name this far from all is a namesake */
#define ALIAS_TINY_KM 100.0f /* ... and a tiny one this far, across a border */
#define SMALL_ADMIN_POP 50000 /* a state or province with fewer people in the gazetteer's
                                 towns is little known (Nyanga, Gabon: 23,000) */
#define PART_KM 100.0f /* "North X" this close to a reading of "X" may be its own town */
#define QUAL_BORDER_KM 800.0f /* a reading this close to the state or country written
                                 after the name may lie just over its border ("Fort
                                 Yuma, Cal.") */

/* Is reading k of the group's name only another name of its place? */
static int by_other_name(const group *gr, uint32_t k)
{
    return !(gr->name.cands[k].flags & (GE_NAME_PRIMARY | GE_NAME_ASCII | GE_NAME_CURATED |
                                        GE_NAME_OFFICIAL | GE_NAME_ABBREV | GE_NAME_DEMONYM));
}

/* Does every usable reading of the group's name come through another
 * place's alternate name ("Boni" for Bonn, Watampone and Bonnut)? */
static int alias_only(const group *gr)
{
    for (uint32_t k = 0; k < gr->name.ncands; k++)
        if (gr->prior[k] != UNUSABLE && !by_other_name(gr, k))
            return 0;
    return 1;
}

/* Geographic coherence: a town, county or site whose country no other place
 * of the article is in and that lies far from all of them, and that is tiny
 * or read off a piece of a longer name ("Kone" of "Let Yet Kone village"
 * read as Koné in New Caledonia in a story about Myanmar; "Al" of
 * "Al-Qal'at" as Ål, Norway), is a namesake of a place the gazetteer lacks,
 * not a point to put on the map; unless it is well known (a capital, a
 * large city) or qualified ("Albany, Australia"); so is a state or province
 * of little note named bare ("shot in Nyanga", a township of Cape Town, is
 * no province of Gabon); so is a town of a name
 * the text calls an area ("Kani township") when no reading is one. Such a
 * group is left
 * unresolved. It needs two other places to judge by; a name that stands on
 * its own ("on assignment in Ramallah") is trusted. */
static void judge_coherence(ctx *c, size_t gi, int caseless)
{
    group *gr = &c->groups[gi];
    /* (a name written after another outside a list qualifies it only if
     * it holds it: "in Madina, Quba Mosque" is no Medina in Quba,
     * Azerbaijan) */
    if (!gr->name.ncands || gr->dropped || gr->qualifier >= 0 ||
        (gr->qualifies && (gr->qualifies_listed || ge_qualified(c, gi))))
        return;
    const ge_place *p = cand_place(c, gr, gr->choice);
    /* "the White House" is no town of Tennessee */
    if (gr->building && p->level >= GE_LEVEL_ADMIN2) {
        gr->dropped = 1;
        return;
    }
    /* "the Mau forest", "the Sierra Madre mountain range" in a story
     * about Kenya or Luzon: the text names a natural feature, no reading
     * is one, and the town of that name is elsewhere, however big */
    int mismatch = gr->feature == FEAT_NATURAL && !gr->feature_fit &&
                   p->level >= GE_LEVEL_ADMIN2;
    /* "the nearby town of Palma" in a story about Mozambique is no
     * Palma in Spain, however big */
    int near = gr->near_cue && p->level >= GE_LEVEL_ADMIN2 && p->country[0];
    /* "the base in Puerto Jordan" in a story about Colombia is no
     * Jordan: a country named after a word that opens place names, far
     * from everything else the article names */
    int piece = gr->prefixed && p->level == GE_LEVEL_COUNTRY;
    /* "Plateau" of "Central Plateau" in a story about Haiti is no state
     * of Benin, "South West" of "South West England" no region of
     * Cameroon: a state read off a piece of a longer name is judged as
     * a town is */
    piece |= (gr->embedded || gr->facility) && p->level == GE_LEVEL_ADMIN1;
    /* "Intan" of "Intan Jaya regency" in a story about Papua is no Yingtan,
     * China, whose alternate name it is: a piece of a longer name read only
     * as another place's alternate name is judged however big that place */
    piece |= gr->embedded && p->level >= GE_LEVEL_ADMIN2 &&
             by_other_name(gr, gr->choice);
    /* "Ain" of "the Ain al-Asad air base" in a story about Iraq is no
     * department of France: the first word of a longer name is judged
     * however big its reading */
    piece |= gr->foreign_head && p->level >= GE_LEVEL_ADMIN2;
    /* "Bello" of "Halima Bello" in a story about Nigeria is no Bello,
     * Colombia: the last of two capitalised words whose first names no
     * place is judged as a town is, up to a city of a million people */
    piece |= gr->surname && p->level >= GE_LEVEL_ADMIN2 && p->population < LONE_KNOWN_POP &&
             !ge_fcode_starts(p, "PPLC");
    /* "Boni" in a story about Mali is no Bonn, whose alternate name it
     * is: a town of a name that every reading bears only as another
     * name is judged however big, and is a namesake of a place the
     * gazetteer lacks when ALIAS_FAR_KM from all the article names
     * ("Auschwitz" in a story about Calais is Oświęcim; "Vatican" is a
     * country's own name too) */
    int alias = p->level >= GE_LEVEL_ADMIN2 && alias_only(gr);
    /* "para teachers" in a lower-case story about Ranchi is no Belém
     * (Belém do Pará): without capitals a word is read as a place by
     * another place's alternate name is judged so too, however big */
    alias |= caseless && p->level >= GE_LEVEL_ADMIN2 &&
             by_other_name(gr, gr->choice);
    /* "shot in Nyanga" in a story about Cape Town is no province of Gabon:
     * a state or province of little note, named bare (not "Nyanga
     * province"), is judged as a small town is; a well-known one far from
     * the story ("in Crimea", "Punjab", "Helmand") stays */
    int small_state = p->level == GE_LEVEL_ADMIN1 && p->country[0] &&
                      p->population < SMALL_ADMIN_POP && !(gr->feature && gr->feature_fit);
    if (!mismatch && !near && !piece && !alias && !small_state &&
        (p->level < GE_LEVEL_ADMIN2 || !p->country[0] || p->population >= KNOWN_POP ||
         ge_fcode_starts(p, "PPLC")))
        return; /* seas and regions have no country to be out of */
    /* (a state judged for being little known is wide: a place of the
     * story within FAR_KM of its middle is near it, however few people its
     * towns have) */
    int tiny = p->population < TINY_POP && !small_state;
    /* "Buulo" of "the village of Buulo Jadiid" in a story about Baidoa is
     * no Buulobarde, 230 km away, whose other name it is: the first word of
     * a longer name (before a word no place is called) read only by another
     * place's other name needs a place
     * of the story close by, its country named or not */
    int weak_piece = gr->foreign_head && p->level >= GE_LEVEL_ADMIN2 && by_other_name(gr, gr->choice);
    size_t others = 0;
    int coherent = 0, alias_near = !alias; /* (an alias's reach is wider) */
    for (size_t j = 0; j < c->ngroups && !(coherent && alias_near); j++) {
        const group *o = &c->groups[j];
        if (j == gi || !o->name.ncands)
            continue;
        const ge_place *q = cand_place(c, o, o->choice);
        others++;
        /* a name of a group or a weapon ("Fano militia") vouches for
         * no place, and a namesake left without a point for none */
        if (o->group_word || o->dropped)
            continue;
        /* a tiny place across a border needs a neighbour ("Tawila" in a
         * story about Darfur is no hamlet in Yemen, 800 km from Port
         * Sudan across the Red Sea) */
        /* a piece of a longer name needs the country named, or a
         * place of it within reach: "Casco" of "Casco Antiguo" is no
         * hamlet in Maine because "Naranja" has a reading in Florida */
        int same = !memcmp(q->country, p->country, 2);
        if (same && gr->embedded && q->level > GE_LEVEL_COUNTRY && p->level >= GE_LEVEL_ADMIN2 &&
            approx_km(p, q) >= FAR_KM)
            same = 0; /* (a state is big: its country named or implied will do) */
        float km = approx_km(p, q);
        /* (nor does its country vouch for a hamlet known by another name
         * alone: "the town of Nasir" in a story about South Sudan's Upper
         * Nile is no Nasir Extension in Khartoum, however much Sudan is
         * named) */
        if (weak_piece || (alias && tiny))
            same = 0;
        coherent |= same || (q->level >= GE_LEVEL_ADMIN1 &&
                             km < (weak_piece ? ALIAS_TINY_KM : tiny ? NEAR_TINY_KM : FAR_KM));
        alias_near |= same || (q->level >= GE_LEVEL_ADMIN1 &&
                               km < (tiny ? ALIAS_TINY_KM : ALIAS_FAR_KM));
    }
    /* without capitals a piece of a longer name cannot be told; "Kani
     * township" in a story about Myanmar is no city in Japan: the text
     * says an area and no reading is one */
    gr->dropped = others >= (mismatch || near ? 1u : 2u) &&
                  ((!coherent && (gr->embedded || gr->surname || gr->facility || caseless ||
                                  p->population < TINY_POP || near || small_state ||
                                  (gr->feature && !gr->feature_fit))) ||
                   !alias_near);
}

/* The names read off a group's or a weapon's name ("fighters of the Fano
 * militia") are judged last, by the places kept: two namesakes of one
 * country far from the story do not vouch for each other ("Fano militia"
 * and "the town of Motta", both in Italy, in a story about Ethiopia's
 * Amhara region). */
void ge_drop_incoherent(ctx *c, int caseless)
{
    for (int last = 0; last < 2; last++)
        for (size_t gi = 0; gi < c->ngroups; gi++)
            if (c->groups[gi].group_word == last)
                judge_coherence(c, gi, caseless);
}

/* The text says where the place is, and the gazetteer has no such place
 * there: "born in Grantville, Pennsylvania" when the only Grantvilles are in
 * Georgia and Australia. The state or country written after the name
 * (find_qualifiers) at its first mention, outside a list, contains none of
 * its readings, and the chosen one lies
 * far from it, with no other place of the article near it: the place is one
 * the gazetteer lacks, left without a point
 * rather than put on a namesake the text has ruled out. Only the first
 * mention counts: a later "Chester, Vermont" in a story about Chester,
 * California names another Chester. A reading near the
 * state may lie just over its border as the gazetteer draws it, and stays.
 * A large city written after a small place's name ("Frith Street, Soho,
 * London") says so too: a reading of it 300 km or more from that city is
 * another place's namesake (Soho, a village in Java). */
void ge_drop_contradicted(ctx *c)
{
    for (size_t gi = 0; gi < c->ngroups; gi++) {
        group *gr = &c->groups[gi];
        if (!gr->name.ncands || gr->qualifier < 0 || !gr->qual_first || gr->dropped)
            continue;
        const group *q = &c->groups[gr->qualifier];
        if (!q->name.ncands)
            continue;
        const ge_place *qp = cand_place(c, q, q->choice);
        const ge_place *p = cand_place(c, gr, gr->choice);
        /* "47 Frith Street, Soho, London": a large city after a small
         * place's name is the city it lies in or by */
        int city = qp->level == GE_LEVEL_CITY &&
                   (qp->population >= KNOWN_POP || ge_fcode_starts(qp, "PPLC")) &&
                   p->population < TINY_POP;
        /* (a county says which state: "Georgetown is a village in
         * Fairfield County", Ohio, is no Georgetown in Connecticut) */
        if (qp->level != GE_LEVEL_COUNTRY && qp->level != GE_LEVEL_ADMIN1 &&
            qp->level != GE_LEVEL_ADMIN2 && !city)
            continue;
        int inside = 0;
        for (uint32_t k = 0; k < gr->name.ncands && !inside; k++)
            inside = gr->prior[k] != UNUSABLE &&
                     (city ? approx_km(cand_place(c, gr, k), qp) < NEAR_TINY_KM
                           : contains(c, qp, cand_place(c, gr, k)));
        /* "Ghana's Northern Region" is none of Uganda's: a state after a
         * country's possessive that holds none of its readings is a state
         * the gazetteer lacks */
        if (p->level == GE_LEVEL_ADMIN1 && gr->qual_owner && qp->level == GE_LEVEL_COUNTRY &&
            !inside) {
            gr->dropped = 1;
            continue;
        }
        /* a state or country in a list ("Alaska, Alabama", "Mexico, Puerto
         * Rico") is no qualified town */
        if (p->level < GE_LEVEL_ADMIN2 || gr->nadm1_k || gr->names_country)
            continue;
        if (inside || approx_km(p, qp) <= QUAL_BORDER_KM)
            continue;
        /* the rest of the article around the chosen reading speaks of it
         * too (a hatnote's "Cachoeirinha, Tocantins" atop a page about
         * Cachoeirinha near Porto Alegre) */
        int near = 0;
        for (size_t j = 0; j < c->ngroups && !near; j++) {
            const group *o = &c->groups[j];
            /* nor another name the same state rules out ("Stroud, Ontario"
             * and "Bradford, Ontario" both read in England) */
            if (j == gi || j == (size_t)gr->qualifier || !o->name.ncands || o->dropped ||
                o->qualifier == gr->qualifier)
                continue;
            const ge_place *op = cand_place(c, o, o->choice);
            near = op->level >= GE_LEVEL_ADMIN2 && approx_km(p, op) < NEAR_TINY_KM;
        }
        gr->dropped = !near;
    }
}

/* A town or county with a namesake at least half its size LONE_FAR_KM or
 * more away in the same country ("SPRINGFIELD - A 27-year-old city man was
 * shot": Springfield, Missouri, 167,000 people, or Springfield,
 * Massachusetts, 154,000), that nothing else of the article supports (no
 * place of its state, none within SUPPORT_KM: "the suspect had come back
 * from Mexico" chooses neither), has nothing to choose between them: a point
 * would be a coin toss between places far apart, so it is left without one.
 * Only towns and counties are judged so, not seas or sites ("far out in the
 * Pacific"); a capital, a city of a million or more, a qualified name
 * ("Springfield, Ill.") or a university's ("Cambridge University") keeps its
 * point, and so does every name when the region the source covers is
 * given. A town's own body after the name ("Rochester Fire Department")
 * says the town is American, not which of its American namesakes it is
 * (the namesakes judged here are all in one country). */
/* Is name a name b after a point of the compass ("north arlington",
 * "east arlington" beside "arlington"): a part of the place, or a namesake
 * of it? */
static int compass_part(const char *a, const char *b)
{
    static const char *const compass[] = {"north ", "south ", "east ", "west ", NULL};
    for (size_t i = 0; compass[i]; i++) {
        if (a[0] != compass[i][0])
            continue; /* (most names: asked of every pair of the article's names) */
        size_t n = strlen(compass[i]);
        if (!strncmp(a, compass[i], n) && !strcmp(a + n, b))
            return 1;
    }
    return 0;
}

void ge_drop_unsupported_namesake(ctx *c)
{
    if (c->has_given_home)
        return;
    for (size_t gi = 0; gi < c->ngroups; gi++) {
        group *gr = &c->groups[gi];
        if (!gr->name.ncands || gr->dropped)
            continue;
        const ge_place *p = cand_place(c, gr, gr->choice);
        if ((p->level != GE_LEVEL_ADMIN2 && p->level != GE_LEVEL_CITY) || !p->population ||
            p->population >= LONE_KNOWN_POP || ge_fcode_is(p, "PPLA") || ge_fcode_starts(p, "PPLC") ||
            gr->qualifier >= 0 || gr->qualifies || gr->university)
            continue;
        int rival = 0;
        for (uint32_t k = 0; k < gr->name.ncands && !rival; k++) {
            const ge_place *q = cand_place(c, gr, k);
            if (k != gr->choice && gr->prior[k] != UNUSABLE && q->level >= GE_LEVEL_ADMIN2 &&
                (uint64_t)q->population * 2 >= p->population && approx_km(p, q) >= LONE_FAR_KM &&
                !memcmp(q->country, p->country, 2))
                rival = 1;
        }
        if (!rival)
            continue;
        int support = 0;
        for (size_t j = 0; j < c->ngroups && !support; j++) {
            const group *o = &c->groups[j];
            /* the name after a point of the compass ("North Arlington"
             * beside "Arlington") is a part of the place or a namesake:
             * no support */
            if (j == gi || !o->name.ncands || o->dropped ||
                (o->name.key && gr->name.key && compass_part(o->name.key, gr->name.key)))
                continue;
            const ge_place *q = cand_place(c, o, o->choice);
            support = (q->level >= GE_LEVEL_ADMIN1 && same_admin1(c, p, q)) ||
                      (q->level >= GE_LEVEL_ADMIN2 && approx_km(p, q) < SUPPORT_KM);
        }
        if (!support)
            gr->dropped = 1;
    }
}

/* A name after a point of the compass whose bare name the article names
 * too, as a bigger town ("the North Arlington Neighbors association" in a
 * story about Arlington, Texas), is a part of that town unless a reading of
 * the bare name lies by its own (North Arlington, New Jersey is 100 km from
 * none of the Arlingtons): such a reading far from every reading of the
 * bare name is a namesake, left without a point. */
void ge_drop_far_part(ctx *c)
{
    for (size_t gi = 0; gi < c->ngroups; gi++) {
        group *gr = &c->groups[gi];
        if (!gr->name.ncands || gr->dropped || !gr->name.key || gr->qualifier >= 0)
            continue;
        const ge_place *p = cand_place(c, gr, gr->choice);
        if (p->level < GE_LEVEL_ADMIN2)
            continue;
        for (size_t j = 0; j < c->ngroups; j++) {
            const group *b = &c->groups[j];
            if (j == gi || !b->name.ncands || !b->name.key || !compass_part(gr->name.key, b->name.key))
                continue;
            /* (a part is smaller than the town: North Platte is no part of
             * Platte, South Dakota, nor of a county or a river) */
            const ge_place *bp = cand_place(c, b, b->choice);
            if (bp->level != GE_LEVEL_CITY || bp->population <= p->population)
                continue;
            int near = 0;
            for (uint32_t k = 0; k < b->name.ncands && !near; k++)
                near = b->prior[k] != UNUSABLE && approx_km(p, cand_place(c, b, k)) < PART_KM;
            if (!near)
                gr->dropped = 1;
        }
    }
}

/* A part of a large city the text names as such ("Bosa and Usme in Bogota",
 * "Cazenga and Viana in Luanda", "Dhaka's Banani area"; ge_find_within_city)
 * is in or by the city: a reading NEAR_TINY_KM or more from it is a namesake
 * (Bosa, Sardinia; Viana, Brazil) of a part the gazetteer lacks, left
 * without a point, unless some reading of the name lies by the city, which
 * is chosen instead. Only towns and counties smaller than KNOWN_POP are so
 * judged: a capital or a large city ("Paris in Las Vegas") is itself, unless
 * named after a word that opens place names ("Puerto Resistencia in Cali"
 * is no Resistencia, Argentina, however big); and a
 * reading another place of the article lies by stays, as in
 * ge_drop_contradicted. */
void ge_drop_outside_city(ctx *c)
{
    for (size_t gi = 0; gi < c->ngroups; gi++) {
        group *gr = &c->groups[gi];
        if (!gr->name.ncands || gr->dropped || gr->within < 0 || gr->qualifier >= 0)
            continue;
        const group *cg = &c->groups[gr->within];
        if (!cg->name.ncands || cg->dropped)
            continue;
        const ge_place *cp = cand_place(c, cg, cg->choice);
        const ge_place *p = cand_place(c, gr, gr->choice);
        if (cp->level != GE_LEVEL_CITY ||
            (cp->population < KNOWN_POP && !ge_fcode_starts(cp, "PPLC")) ||
            p->level < GE_LEVEL_ADMIN2 ||
            ((p->population >= KNOWN_POP || ge_fcode_starts(p, "PPLC")) && !gr->prefixed) ||
            approx_km(p, cp) < NEAR_TINY_KM)
            continue;
        /* the rest of the article around the chosen reading speaks of it
         * ("Brooklyn", a town by Sydney, has "no relation to the borough of
         * Brooklyn in New York City") */
        int near = 0;
        for (size_t j = 0; j < c->ngroups && !near; j++) {
            const group *o = &c->groups[j];
            if (j == gi || (int32_t)j == gr->within || !o->name.ncands || o->dropped)
                continue;
            const ge_place *op = cand_place(c, o, o->choice);
            near = op->level >= GE_LEVEL_ADMIN2 && approx_km(p, op) < NEAR_TINY_KM;
        }
        if (near)
            continue;
        uint32_t best = gr->name.ncands;
        for (uint32_t k = 0; k < gr->name.ncands; k++)
            if (gr->prior[k] != UNUSABLE && approx_km(cand_place(c, gr, k), cp) < NEAR_TINY_KM &&
                (best == gr->name.ncands || gr->prior[k] > gr->prior[best]))
                best = k;
        if (best < gr->name.ncands) {
            gr->choice = best;
            gr->score = ge_softmax_weight(gr, best);
        } else {
            gr->dropped = 1;
        }
    }
}
