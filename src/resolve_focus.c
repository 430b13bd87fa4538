/*
 * resolve_focus.c -- an article's focus: the state or province in which
 * most of its names have a reading. Local news names its towns without
 * their state ("Watertown", "Delano", "Plainview", "Rochester"); each such
 * name has readings in many states, and its best known one is often far
 * away, but only the article's own state has a reading of nearly every
 * name. The focus is found from all the names' readings before any choice,
 * so namesakes chosen first cannot scatter it; it serves as the article's
 * home when the choices agree on none (ge_home_of, resolve_home.c).
 * A name read only in universities' names counts for no state: people
 * study and teach far from home, and a university is named after anything
 * ("Columbia University", "Georgetown University" have readings in New
 * York State, and made an Augusta obituary a story about it).
 */
#include <stdlib.h>

#include "resolve_internal.h"

#define FOCUS_MAX_CANDS 64 /* readings of a name looked at, at most */
#define FOCUS_MIN 4        /* names with a reading in the focus, at least */
#define FOCUS_LEAD 1.3f    /* ... and this many times as many as in any other state */

typedef struct cover {
    char cc[2];
    uint32_t admin1;
    uint32_t n; /* names with a reading in it */
} cover;

static size_t find_state(const cover *v, size_t n, const char cc[2], uint32_t admin1)
{
    size_t i = 0;
    while (i < n && !(v[i].admin1 == admin1 && !memcmp(v[i].cc, cc, 2)))
        i++;
    return i;
}

/* Adds the states of group gr's readings (a state, or a county, town or
 * site in it; a county named without its word counts) to v, once each. */
static int add_states(const ctx *c, const group *gr, cover **v, size_t *n, size_t *cap)
{
    size_t mark = *n; /* this group's states start here */
    uint32_t nk = gr->name.ncands < FOCUS_MAX_CANDS ? gr->name.ncands : FOCUS_MAX_CANDS;
    for (uint32_t k = 0; k < nk; k++) {
        if (gr->prior[k] == UNUSABLE && gr->bare[k] == UNUSABLE)
            continue;
        const ge_place *p = cand_place(c, gr, k);
        if (p->level < GE_LEVEL_ADMIN1 || !p->country[0] || !ge_gazetteer_str(c->g, p->admin1)[0])
            continue;
        size_t i = find_state(*v, *n, p->country, p->admin1);
        if (i < *n) {
            if (i < mark) { /* first reading of this group there: count it, */
                (*v)[i].n++; /* and move it into the group's run */
                cover t = (*v)[i];
                (*v)[i] = (*v)[mark - 1];
                (*v)[mark - 1] = t;
                mark--;
            }
            continue;
        }
        if (*n == *cap) {
            cover *t = realloc(*v, 2 * *cap * sizeof **v);
            if (!t)
                return 0;
            *v = t;
            *cap *= 2;
        }
        (*v)[(*n)++] = (cover){{p->country[0], p->country[1]}, p->admin1, 1};
    }
    return 1;
}

void ge_find_focus(ctx *c)
{
    c->has_focus = 0;
    size_t cap = 64, n = 0;
    cover *v = malloc(cap * sizeof *v);
    if (!v)
        return; /* no focus: the choices alone decide */
    for (size_t gi = 0; gi < c->ngroups; gi++)
        if (c->groups[gi].name.ncands && !c->groups[gi].demonym &&
            c->groups[gi].univ_count < c->groups[gi].count &&
            !add_states(c, &c->groups[gi], &v, &n, &cap))
            break;
    const cover *best = NULL;
    uint32_t second = 0;
    for (size_t i = 0; i < n; i++) {
        if (!best || v[i].n > best->n) {
            second = best ? best->n : 0;
            best = &v[i];
        } else if (v[i].n > second) {
            second = v[i].n;
        }
    }
    if (best && best->n >= FOCUS_MIN && (float)best->n >= FOCUS_LEAD * (float)second) {
        c->has_focus = 1;
        memcpy(c->focus_cc, best->cc, 2);
        c->focus_admin1 = best->admin1;
    }
    free(v);
}
