/*
 * resolve_county.c -- a county named with its word and later without it:
 * "the DeSoto Parish Police Jury ... the DeSoto Detention Center". Local
 * news shortens its county's name so, and the short name alone has
 * namesake towns elsewhere (DeSoto, Texas) that would pull the article's
 * other towns to their state. When no reading of the short name lies in the
 * county's state or by it, and none is a place everyone means (a state, a capital,
 * a large city: "Washington" beside "Washington County"), the short name's
 * mentions are the county's (one sense per article, as for one name). A
 * short name with a reading in the county's state ("Los Angeles" beside
 * "Los Angeles County", "St. Louis" beside "St. Louis County") keeps its
 * own readings, which the county then supports (admin_support, resolve.c).
 */
#include "resolve_internal.h"

#define COUNTY_NEAR_KM 50.0f /* a reading this close to a county's point lies by it */

/* Do tokens [a, a + n) and [b, b + n) have the same forms? */
static int same_words(const ge_text *t, size_t a, size_t b, size_t n)
{
    for (size_t k = 0; k < n; k++) {
        const ge_token *x = &t->tokens[a + k], *y = &t->tokens[b + k];
        if (x->norm_len != y->norm_len || memcmp(t->norm + x->norm, t->norm + y->norm, x->norm_len))
            return 0;
    }
    return 1;
}

/* Does group s's name stand on its own beside county group a: a reading
 * that everyone means, or one in a county reading's state or by it (the
 * county supports it there: "Forsyth" the town beside "Forsyth County",
 * both in Georgia)? */
static int short_stays(const ctx *c, const group *s, const group *a)
{
    for (uint32_t k = 0; k < s->name.ncands; k++) {
        if (!ge_candidate_usable(c->g, &s->name.cands[k]))
            continue;
        const ge_place *p = cand_place(c, s, k);
        if (p->level <= GE_LEVEL_ADMIN1 || ge_fcode_starts(p, "PPLC") || p->population >= KNOWN_POP)
            return 1;
        for (uint32_t j = 0; j < a->name.ncands; j++) {
            const ge_place *q = cand_place(c, a, j);
            if (q->level != GE_LEVEL_ADMIN2 || !ge_candidate_usable(c->g, &a->name.cands[j]))
                continue;
            if (same_admin1(c, p, q) || approx_km(p, q) < COUNTY_NEAR_KM)
                return 1;
        }
    }
    return 0;
}

/* Has group a a county's reading? */
static int has_county(const ctx *c, const group *a)
{
    for (uint32_t j = 0; j < a->name.ncands; j++)
        if (cand_place(c, a, j)->level == GE_LEVEL_ADMIN2 &&
            ge_candidate_usable(c->g, &a->name.cands[j]))
            return 1;
    return 0;
}

void ge_join_county_names(ctx *c, const ge_text *t, const ge_mentions *m)
{
    for (size_t i = 0; i < m->n; i++) {
        const ge_mention *mi = &m->v[i];
        size_t n = mi->tok_end - mi->tok_begin;
        group *a = &c->groups[c->group_of[i]];
        if (n < 2 || !ge_county_word_at(t, mi->tok_end - 1) || !a->name.ncands || !has_county(c, a))
            continue;
        for (size_t j = 0; j < m->n; j++) {
            const ge_mention *mj = &m->v[j];
            group *s = &c->groups[c->group_of[j]];
            if (s == a || !s->name.ncands || mj->tok_end - mj->tok_begin != n - 1 ||
                !same_words(t, mi->tok_begin, mj->tok_begin, n - 1) || short_stays(c, s, a))
                continue;
            uint32_t sg = c->group_of[j];
            for (size_t k = 0; k < m->n; k++) {
                if (c->group_of[k] != sg)
                    continue;
                c->group_of[k] = c->group_of[i];
                a->count++;
                ge_read_mention(c, t, &m->v[k], a);
            }
            s->count = 0;
            s->name.ncands = 0; /* its mentions are the county's */
        }
    }
}
