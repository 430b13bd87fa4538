/*
 * recognize_cands.c -- what kinds of reading a name has (a country's, a
 * state's, a big town's, only alternate names, only a people's adjective),
 * the summary the recognizer's tests in recognize.c read; and the hyphened
 * compounds of a demonym ("Pan-American", "Sino-Indian").
 */
#include "recognize_internal.h"

/* Is every reading of the name either through an alternate name or a
 * county-level area ("Dublin City": Dublin by an alternate name, and the
 * Dublin City council's area), as for a city's council named after it? */
int rc_city_area_only(const ge_gazetteer *g, const ge_name *nm)
{
    for (uint32_t k = 0; k < nm->ncands; k++) {
        const ge_candidate *c = &nm->cands[k];
        if (ge_gazetteer_place(g, c->place)->level != GE_LEVEL_ADMIN2 &&
            (c->flags & (GE_NAME_PRIMARY | GE_NAME_ASCII | GE_NAME_CURATED | GE_NAME_OFFICIAL)))
            return 0;
    }
    return nm->ncands > 0;
}

/* Is every usable reading of the name a county-level area or a place
 * named so only by an alternate name ("Krishna": a district in India, and
 * another name of Machilipatnam)? */
int rc_area_only(const ge_gazetteer *g, const ge_name *nm)
{
    int any = 0;
    for (uint32_t k = 0; k < nm->ncands; k++) {
        const ge_candidate *c = &nm->cands[k];
        if (!ge_candidate_usable(g, c))
            continue;
        const ge_place *p = ge_gazetteer_place(g, c->place);
        if (p->level == GE_LEVEL_ADMIN2)
            any = 1;
        else if (p->level != GE_LEVEL_CITY ||
                 (c->flags & (GE_NAME_PRIMARY | GE_NAME_ASCII | GE_NAME_CURATED | GE_NAME_OFFICIAL)))
            return 0;
    }
    return any;
}

cand_info rc_cand_summary(const ge_gazetteer *g, const ge_name *nm)
{
    cand_info ci = {1, 1, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, 0, 0};
    for (uint32_t k = 0; k < nm->ncands; k++) {
        const ge_candidate *c = &nm->cands[k];
        const ge_place *p = ge_gazetteer_place(g, c->place);
        if (!ge_candidate_usable(g, c))
            continue;
        ci.usable++;
        if (c->flags & GE_NAME_ABBREV) {
            ci.any_abbrev = 1;
            if (p->level <= GE_LEVEL_COUNTRY)
                ci.any_country_abbrev = 1;
        }
        if (!(c->flags & GE_NAME_ABBREV))
            ci.all_abbrev = 0;
        else if (p->level == GE_LEVEL_ADMIN1)
            ci.any_admin1_abbrev = 1;
        if (!(c->flags & GE_NAME_DEMONYM))
            ci.all_demonym = 0;
        else
            ci.any_demonym = 1;
        if (p->level <= GE_LEVEL_ADMIN1 &&
            (c->flags & (GE_NAME_PRIMARY | GE_NAME_ASCII | GE_NAME_ALT | GE_NAME_CURATED |
                         GE_NAME_OFFICIAL | GE_NAME_ABBREV)))
            ci.any_region_primary = 1; /* "Vatican" the state, not the adjective */
        if (c->flags & (GE_NAME_PRIMARY | GE_NAME_ASCII | GE_NAME_CURATED | GE_NAME_OFFICIAL))
            ci.alt_only = 0;
        if (p->level <= GE_LEVEL_ADMIN1 || p->population >= 50000) {
            ci.big = 1;
            ci.big_named |= !(c->flags & GE_NAME_ABBREV);
        }
        /* (a small capital only by its own name: "SUV" is no Suva, whose
         * alternate name it is) */
        if (p->level <= GE_LEVEL_COUNTRY ||
            (ge_fcode_starts(p, "PPLC") &&
             ((c->flags & (GE_NAME_PRIMARY | GE_NAME_ASCII | GE_NAME_CURATED | GE_NAME_OFFICIAL |
                           GE_NAME_ABBREV)) ||
              p->population >= 200000)))
            ci.any_country_or_capital = 1;
        if (p->level <= GE_LEVEL_ADMIN1 || ge_fcode_starts(p, "PPLC") ||
            p->population >= 250000)
            ci.town_only = 0;
        if (p->population > ci.max_pop)
            ci.max_pop = p->population;
    }
    return ci;
}

/* Is token i a word the gazetteer knows only as a people's adjective
 * ("Indian", "American")? */
static int demonym_at(recog *r, size_t i)
{
    ge_name nm;
    if (i >= r->t->ntokens || !(r->t->tokens[i].flags & GE_TOK_WORD) || !rc_lookup(r, i, &nm))
        return 0;
    cand_info ci = rc_cand_summary(r->g, &nm);
    return ci.usable && ci.all_demonym;
}

/* "Pan-American", "Afro-American", "Sino-Indian": a combining form joined
 * by a hyphen to a demonym. Is the one-word name from token b to e either
 * the combining form (a capitalised word before a hyphen and a demonym,
 * read only through alternate names: "Sino" is no Chino) or the demonym
 * after a capitalised word that names no place ("Pan", "Latin": the
 * Americas' people, not the United States'; "US-Iraqi", "Afghan-Pakistani"
 * and "pro-Russian" still name countries)? */
int rc_demonym_compound(recog *r, size_t b, size_t e, const cand_info *ci)
{
    const ge_text *t = r->t;
    if (ci->alt_only && e < t->ntokens && (t->tokens[e].flags & GE_TOK_HYPHEN_BEFORE) &&
        demonym_at(r, e))
        return 1;
    if (!ci->any_demonym || b == 0 || !(t->tokens[b].flags & GE_TOK_HYPHEN_BEFORE))
        return 0;
    const ge_token *pv = &t->tokens[b - 1];
    ge_name nm;
    return (pv->flags & GE_TOK_WORD) && (pv->flags & GE_TOK_CAP) && !(pv->flags & GE_TOK_UPPER) &&
           (!rc_lookup(r, b - 1, &nm) || nm.ncands == 0);
}
