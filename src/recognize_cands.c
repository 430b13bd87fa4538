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
    cand_info ci = {1, 1, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, 0, 0, 0};
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
        if ((p->level == GE_LEVEL_ADMIN1 || p->level == GE_LEVEL_ADMIN2) &&
            !(c->flags & (GE_NAME_ABBREV | GE_NAME_DEMONYM)))
            ci.any_area = 1;
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
 * read only through alternate names: "Sino" is no Chino) or the second
 * part of a compound whose first part is a capitalised word that names no
 * place: a demonym's ("Pan", "Latin": the Americas' people, not the United
 * States'), a double surname's ("Joaquin Navarro-Valls": no Valls in
 * Spain), a virus strain's ("Ebola-Reston")? "US-Iraqi", "Afghan-Pakistani",
 * "pro-Russian", "DFL-Minneapolis" and "Fargo-Moorhead" still name places. */
int rc_hyphen_compound(recog *r, size_t b, size_t e, const cand_info *ci)
{
    const ge_text *t = r->t;
    if (ci->alt_only && e < t->ntokens && (t->tokens[e].flags & GE_TOK_HYPHEN_BEFORE) &&
        demonym_at(r, e))
        return 1;
    if (b == 0 || !(t->tokens[b].flags & GE_TOK_HYPHEN_BEFORE))
        return 0;
    const ge_token *pv = &t->tokens[b - 1];
    ge_name nm;
    if (!(pv->flags & GE_TOK_WORD) || !(pv->flags & GE_TOK_CAP) || (pv->flags & GE_TOK_UPPER))
        return 0;
    if (ci->any_demonym)
        return !rc_lookup(r, b - 1, &nm) || nm.ncands == 0;
    /* any other name: a double surname after a given name ("Joanna
     * Redfern-Hardisty", "Joaquin Navarro-Valls"), whatever its first part
     * names; "East Zorra-Tavistock", "Rue Haute-Sauveniere" and
     * "Sambre-Meuse" are places' names the gazetteer lacks, their parts
     * still its places */
    uint32_t f, n;
    return b >= 2 && pv->end - pv->start >= 2 && (t->tokens[b - 2].flags & GE_TOK_WORD) &&
           (t->tokens[b - 2].flags & GE_TOK_CAP) && t->tokens[b - 2].sentence == pv->sentence &&
           rc_name_flags(r, b - 2, &f, &n) && (f & (GE_NAMEF_PERSON | GE_NAMEF_GIVEN)) &&
           !(f & (GE_NAMEF_WORD | GE_NAMEF_STOP));
}

/* Is token i a capitalised word joined by a hyphen to another one, as in
 * a double surname ("Redfern-Hardisty")? Such a compound is no place's
 * name the gazetteer would know by its first word. */
int rc_double_name_at(const ge_text *t, size_t i)
{
    return i + 1 < t->ntokens && (t->tokens[i].flags & GE_TOK_WORD) &&
           (t->tokens[i].flags & GE_TOK_CAP) && !(t->tokens[i].flags & GE_TOK_UPPER) &&
           (t->tokens[i + 1].flags & GE_TOK_HYPHEN_BEFORE) &&
           (t->tokens[i + 1].flags & GE_TOK_WORD) && (t->tokens[i + 1].flags & GE_TOK_CAP);
}

/* Is token i a surname's particle in lower case before a capitalised word
 * ("Dennis van Engelsdorp", "Hassan el Bushra", "Carlos de Souza")? After a
 * given name it continues a person's name, not a place's. */
int rc_particle_name_at(const ge_text *t, size_t i)
{
    static const char *const particles[] = {"van", "von", "der", "den", "de", "da", "das",
                                            "dos", "del", "della", "di", "du", "bin", "ibn",
                                            "el", "al", "abu", "ben", "ould", NULL};
    return i + 1 < t->ntokens && !(t->tokens[i].flags & GE_TOK_CAP) &&
           ge_tok_word_in(t, i, particles) && (t->tokens[i + 1].flags & GE_TOK_WORD) &&
           (t->tokens[i + 1].flags & GE_TOK_CAP) && !(t->tokens[i + 1].flags & GE_TOK_HYPHEN_BEFORE) &&
           t->tokens[i + 1].sentence == t->tokens[i].sentence;
}
