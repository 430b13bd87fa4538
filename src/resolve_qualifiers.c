/*
 * resolve_qualifiers.c -- what the text says of a place name right beside
 * it: a qualifier written after the name ("Paris, Texas", "Ocala, Fla.",
 * "the Overberg region of South Africa", "Chile's Ripley", "Aurora is a
 * city in Hamilton County"), and lists of
 * states ("Michigan, Oregon and Ohio"), whose items qualify nothing.
 * Called by ge_resolve_in (resolve.c) before the scoring passes.
 */
#include "resolve_internal.h"

/* Are mentions i and i + 1 items of a list ("Michigan, Oregon", "Oregon and
 * Ohio", "Ontario, and New Brunswick")? */
static int listed_together(const ge_text *t, const ge_mentions *m, size_t i)
{
    if (i + 1 >= m->n)
        return 0;
    const ge_mention *a = &m->v[i], *b = &m->v[i + 1];
    if (b->tok_begin <= a->tok_end || b->tok_begin - a->tok_end > 3 || a->sentence != b->sentence)
        return 0;
    static const char *const conj[] = {"and", "or", NULL};
    static const char *const the[] = {"the", NULL};
    uint32_t k = a->tok_end;
    int comma = ge_tok_punct(t, k, ',');
    if (b->tok_begin - a->tok_end == 1)
        return comma || ge_tok_word_in(t, k, conj);
    /* ("Japan, and the United Kingdom") */
    if (b->tok_begin - a->tok_end == 3)
        return comma && ge_tok_word_in(t, k + 1, conj) && ge_tok_word_in(t, k + 2, the);
    /* ("China and the U.S.") */
    return (comma && ge_tok_word_in(t, k + 1, conj)) || (ge_tok_word_in(t, k, conj) && ge_tok_word_in(t, k + 1, the));
}

/* Is mention j's name first of all a state's or a country's ("Oregon",
 * "Japan")? */
static int names_state(const ctx *c, size_t j)
{
    const group *gr = &c->groups[c->group_of[j]];
    return gr->name.ncands && (cand_place(c, gr, 0)->level == GE_LEVEL_ADMIN1 ||
                               cand_place(c, gr, 0)->level == GE_LEVEL_COUNTRY);
}

/* Is mention i an item of a list of states' names: joined to one by "and"
 * or "or", or inside a run of three or more ("Michigan, Oregon, New
 * Mexico"; "Piedmont, Va." is a town and its state)? j gets that state's
 * mention. */
static int in_state_list(const ctx *c, const ge_text *t, const ge_mentions *m, size_t i, size_t *j)
{
    int left = i > 0 && listed_together(t, m, i - 1), right = listed_together(t, m, i);
    int run = (left && right) || (left && i > 1 && listed_together(t, m, i - 2)) ||
              (right && listed_together(t, m, i + 1));
    /* a neighbour that names a state first says more than one that names
     * a country ("Georgia, Oklahoma, Pennsylvania": states, not countries) */
    int found = 0;
    for (int d = 0; d < 2; d++) {
        if (!(d ? right : left))
            continue;
        size_t k = d ? i + 1 : i - 1;
        const ge_mention *a = &m->v[d ? i : k];
        int conj = !(ge_tok_punct(t, a->tok_end, ',') && m->v[d ? k : i].tok_begin == a->tok_end + 1);
        if ((run || conj) && names_state(c, k) && c->group_of[k] != c->group_of[i] &&
            (!found || cand_place(c, &c->groups[c->group_of[k]], 0)->level == GE_LEVEL_ADMIN1)) {
            *j = k;
            found = 1;
        }
    }
    return found;
}

/* Is mention j's name first of all a large city's ("Atlanta", "Chicago")? */
static int names_big_city(const ctx *c, size_t j)
{
    const group *gr = &c->groups[c->group_of[j]];
    if (!gr->name.ncands)
        return 0;
    const ge_place *p = cand_place(c, gr, 0);
    return p->level == GE_LEVEL_CITY && p->population >= KNOWN_POP;
}

/* Is mention i inside a run of three or more listed names whose neighbours
 * in it name large cities first ("Atlanta, Boston, Chicago, Dallas,
 * Denver")? */
static int in_city_list(const ctx *c, const ge_text *t, const ge_mentions *m, size_t i)
{
    int left = i > 0 && listed_together(t, m, i - 1), right = listed_together(t, m, i);
    int run = (left && right) || (left && i > 1 && listed_together(t, m, i - 2)) ||
              (right && listed_together(t, m, i + 1));
    if (!run || (left && !names_big_city(c, i - 1)) || (right && !names_big_city(c, i + 1)))
        return 0;
    /* "Butler, Clark, Hamilton, Madison or Warren counties": a list of
     * counties, whatever their names are first */
    size_t last = i;
    while (listed_together(t, m, last))
        last++;
    for (size_t k = m->v[last].tok_end; k < t->ntokens && k < m->v[last].tok_end + 6; k++) {
        if (ge_tok_punct(t, k, '.'))
            break;
        if (ge_tok_among(t, k,
                         "counties", "parishes", "townships", "districts",
                         "provinces", "states", "regions"))
            return 0;
    }
    return 1;
}

/* Names listed with states' names are states first: "Michigan, Oregon, New
 * Mexico" (not Oregon, Ohio), "Manitoba, Ontario and New Brunswick" (not
 * Ontario, California), when they name a state of that country; names
 * listed with countries are countries ("Mexico, China, Japan": not China,
 * Japan). */
void ge_find_state_lists(ctx *c, const ge_text *t, const ge_mentions *m)
{
    for (size_t i = 0; i < m->n; i++) {
        size_t j = 0;
        /* ... and names listed with large cities are large cities (no
         * Dallas, Georgia, beside Atlanta in "Atlanta, Boston, Chicago,
         * Dallas, Denver") */
        if (in_city_list(c, t, m, i))
            c->groups[c->group_of[i]].city_list = 1;
        if (!in_state_list(c, t, m, i, &j))
            continue;
        const group *o = &c->groups[c->group_of[j]];
        const ge_place *p = cand_place(c, o, 0);
        if (p->level == GE_LEVEL_COUNTRY)
            c->groups[c->group_of[i]].country_list = 1;
        else
            memcpy(c->groups[c->group_of[i]].state_list, p->country, 2);
    }
}

/* Group ga is qualified by group gb, at mention i of ga. */
static void set_qualifier(ctx *c, const ge_text *t, const ge_mentions *m, size_t i, uint32_t ga,
                          uint32_t gb, int listed)
{
    if (ga == gb)
        return;
    c->groups[ga].qualifier = (int32_t)gb;
    c->groups[gb].qualifies = 1;
    c->groups[gb].qualifies_listed |= listed || (i > 0 && listed_together(t, m, i - 1));
    /* the first mention below the headline: a title names the place
     * before the text says where it is ("La Motte waits for word from the
     * Vatican" ... "La Motte, Quebec, is ...") */
    uint32_t body = 1;
    while (body < t->ntokens && !(t->tokens[body].flags & GE_TOK_LINE_START))
        body++;
    if (body >= t->ntokens)
        body = 0;
    size_t first = 0;
    while (c->group_of[first] != ga || (m->v[first].tok_begin < body && first < i))
        first++;
    if (first == i && !listed && !(i > 0 && listed_together(t, m, i - 1)))
        c->groups[ga].qual_first = 1;
}

/* Does mention j name first a state of the country mention k names
 * first ("Ontario, Canada")? */
static int state_in_country(const ctx *c, size_t j, size_t k)
{
    const group *a = &c->groups[c->group_of[j]], *b = &c->groups[c->group_of[k]];
    if (!a->name.ncands || !b->name.ncands)
        return 0;
    const ge_place *s = cand_place(c, a, 0), *n = cand_place(c, b, 0);
    return s->level == GE_LEVEL_ADMIN1 && n->level == GE_LEVEL_COUNTRY &&
           !memcmp(s->country, n->country, 2);
}

/* Is token i a possessive's apostrophe, "'s" ("Mozambique's")? */
static int possessive_at(const ge_text *t, size_t i)
{
    if (i == 0 || i + 1 >= t->ntokens)
        return 0;
    const ge_token *a = &t->tokens[i], *w = &t->tokens[i - 1], *s = &t->tokens[i + 1];
    if (!(a->flags & GE_TOK_PUNCT) || !(s->flags & GE_TOK_WORD) || w->end != a->start ||
        a->end != s->start || s->end - s->start != 1 || (t->s[s->start] | 0x20) != 's')
        return 0;
    const unsigned char *ch = (const unsigned char *)t->s + a->start;
    return (a->end - a->start == 1 && ch[0] == '\'') ||
           (a->end - a->start == 3 && ch[0] == 0xE2 && ch[1] == 0x80 && ch[2] == 0x99);
}

/* Does the text between tokens e (the end of a name) and b (the start of
 * the next one) describe the name as a settlement or an area in that one:
 * "X, a town in Y", "X is a small city in Y", "X, the capital of the
 * province of Y"? The kind's word comes among a few words in lower case
 * after the article. */
static int described_in(const ge_text *t, size_t e, size_t b)
{
    static const char *const verb[] = {"is", "was", NULL};
    static const char *const art[] = {"a", "an", "the", NULL};
    static const char *const kinds[] = {
        "city", "town", "village", "hamlet", "community", "municipality", "borough",
        "township", "suburb", "settlement", "commune", "county", "parish", "district",
        "province", "region", "neighborhood", "neighbourhood", "locality", "capital", "seat",
        "port", "resort", NULL};
    static const char *const prep[] = {"in", "of", NULL};
    static const char *const the[] = {"the", NULL};
    size_t k = e;
    if (!ge_tok_punct(t, k, ',') && !ge_tok_word_in(t, k, verb))
        return 0;
    if (!ge_tok_word_in(t, ++k, art))
        return 0;
    int kind = 0;
    for (k++; k < b && k < e + 9 && !ge_tok_word_in(t, k, prep); k++) {
        const ge_token *w = &t->tokens[k];
        if ((w->flags & GE_TOK_CAP) || (!(w->flags & GE_TOK_WORD) && !ge_tok_punct(t, k, '-')))
            return 0;
        kind |= ge_tok_word_in(t, k, kinds);
    }
    if (!kind || k >= b || !ge_tok_word_in(t, k, prep))
        return 0;
    k++;
    if (k < b && ge_tok_word_in(t, k, the))
        k++;
    /* ("in the province of Cebu") */
    if (k + 1 < b && ge_tok_word_in(t, k, ge_area_words) && ge_tok_word_in(t, k + 1, prep))
        k += 2;
    return k == b;
}

/* Has group ga a reading inside a reading of group gb that is a country,
 * a state or a county? A place the gazetteer lacks ("Harrison is a city in
 * Kootenai County", Idaho, with no Harrison there) is not vouched for by
 * the area the text puts it in. */
static int reading_inside(const ctx *c, uint32_t ga, uint32_t gb)
{
    const group *a = &c->groups[ga], *b = &c->groups[gb];
    for (uint32_t y = 0; y < b->name.ncands; y++) {
        const ge_place *q = cand_place(c, b, y);
        if (q->level > GE_LEVEL_ADMIN2 || !ge_candidate_usable(c->g, &b->name.cands[y]))
            continue;
        for (uint32_t x = 0; x < a->name.ncands; x++)
            if (contains(c, q, cand_place(c, a, x)))
                return 1;
    }
    return 0;
}

/* "Paris, Texas", "Ocala, Fla.", "Erbil (Iraq)": the mention right after,
 * unless a list of states goes on after it ("Washington, West Virginia and
 * Wyoming"); "the Overberg region of South Africa": a state or country
 * after an area's word and "of"; "Mozambique's Cabo Delgado": a state or
 * country with a possessive right before. */
void ge_find_qualifiers(ctx *c, const ge_text *t, const ge_mentions *m)
{
    for (size_t i = 0; i + 1 < m->n; i++) {
        const ge_mention *a = &m->v[i], *b = &m->v[i + 1];
        if (a->kind == GE_KIND_DEMONYM || b->kind == GE_KIND_DEMONYM || a->sentence != b->sentence)
            continue;
        uint32_t ga = c->group_of[i], gb = c->group_of[i + 1];
        uint32_t gap = b->tok_begin - a->tok_end, k = a->tok_end;
        /* "Stroud, Ontario, Canada": a town, its province and its country
         * are no list */
        int listed = listed_together(t, m, i + 1) && !state_in_country(c, i + 1, i + 2);
        if (gap >= 2 && gap <= 3 && ge_tok_word_in(t, k, ge_area_words) &&
            !(t->tokens[k].flags & GE_TOK_CAP) && ge_tok_among(t, k + 1, "of") &&
            (gap == 2 || ge_tok_among(t, k + 2, "the")) &&
            names_state(c, i + 1)) {
            set_qualifier(c, t, m, i, ga, gb, listed);
            continue;
        }
        /* "Aurora is a city in Hamilton County", "Tala, a town in
         * Machakos County": the area the text puts the name in */
        if (gap >= 3 && described_in(t, k, b->tok_begin) && reading_inside(c, ga, gb)) {
            set_qualifier(c, t, m, i, ga, gb, 0);
            continue;
        }
        if (gap == 2 && possessive_at(t, k) && names_state(c, i)) {
            set_qualifier(c, t, m, i + 1, gb, ga, i + 2 < m->n && listed_together(t, m, i + 2));
            c->groups[gb].qual_owner |= c->groups[gb].qualifier == (int32_t)ga;
            continue;
        }
        if (listed && names_state(c, i + 2) && names_state(c, i + 1))
            continue;
        if (gap != 1)
            continue;
        const ge_token *sep = &t->tokens[k];
        char ch = t->s[sep->start];
        if (!(sep->flags & GE_TOK_PUNCT) || (ch != ',' && ch != '('))
            continue;
        set_qualifier(c, t, m, i, ga, gb, listed);
    }
}

/* "Bosa and Usme in Bogota", "Tondo in Manila", "Paraisopolis and
 * Heliopolis favelas in Sao Paulo", "Dhaka's Banani area", "Eastleigh, a
 * Nairobi suburb": the text puts a name (and the names listed with it, known or not) in a large city, as a
 * part of it; the city's group goes into group.within. Not after a word
 * that says the name is something else than where the thing happens ("a
 * memorial to Srebrenica in London", "a vigil for Uvalde in Washington",
 * "migrants from Oaxaca in Los Angeles"). */
void ge_find_within_city(ctx *c, const ge_text *t, const ge_mentions *m)
{
    static const char *const in[] = {"in", NULL};
    static const char *const joins[] = {"and", "or", NULL};
    static const char *const parts[] = {
        "neighbourhood", "neighbourhoods", "neighborhood", "neighborhoods", "slum", "slums",
        "township", "townships", "suburb", "suburbs", "district", "districts", "area", "areas",
        "favela", "favelas", "settlement", "settlements", "quarter", "quarters", "barrio",
        "barrios", NULL};
    static const char *const other[] = {"to", "for", "over", "against", "about", "from",
                                        "after", "like", "than", "since", NULL};
    static const char *const art[] = {"a", "an", NULL};
    for (size_t j = 0; j < m->n; j++) {
        const ge_mention *b = &m->v[j];
        if (b->kind == GE_KIND_DEMONYM || !names_big_city(c, j))
            continue;
        uint32_t city = c->group_of[j];
        /* "Eastleigh, a Nairobi suburb", "Athlone, a suburb of Cape Town",
         * "Delft, a township near Cape Town": a part's word and the city
         * within a few lower-case words after the name, its comma and "a" */
        for (size_t i = j; i-- > 0 && b->tok_begin - m->v[i].tok_end <= 8;) {
            const ge_mention *a = &m->v[i];
            if (a->kind == GE_KIND_DEMONYM || c->group_of[i] == city || a->sentence != b->sentence ||
                !ge_tok_punct(t, a->tok_end, ',') || !ge_tok_word_in(t, a->tok_end + 1, art))
                continue;
            /* (words only, and no other place's name: "Dasht-e-Barchi, a
             * Hazara neighbourhood of Kabul") */
            int part = 0, plain = i + 1 == j;
            for (size_t k = a->tok_end + 2; k < b->tok_begin; k++) {
                part |= ge_tok_word_in(t, k, parts);
                plain &= (t->tokens[k].flags & GE_TOK_WORD) != 0;
            }
            /* ("a Nairobi suburb": the part's word after the city) */
            if (!part && b->tok_begin == a->tok_end + 2)
                part = ge_tok_word_in(t, b->tok_end, parts);
            if (part && plain)
                c->groups[c->group_of[i]].within = (int32_t)city;
            break;
        }
        /* "Dhaka's Banani": the name right after the city's possessive */
        if (j + 1 < m->n && possessive_at(t, b->tok_end) &&
            m->v[j + 1].tok_begin == b->tok_end + 2 && m->v[j + 1].kind != GE_KIND_DEMONYM &&
            c->group_of[j + 1] != city)
            c->groups[c->group_of[j + 1]].within = (int32_t)city;
        /* "Bosa and Usme in Bogota": the capitalised names, commas, "and"
         * and a part's word right before "in" */
        if (b->tok_begin < 2 || !ge_tok_word_in(t, b->tok_begin - 1, in))
            continue;
        size_t k = b->tok_begin - 1, lo = b->tok_begin - 1;
        while (k > 0 && b->tok_begin - k < 12) {
            const ge_token *w = &t->tokens[k - 1];
            if (!((w->flags & GE_TOK_CAP) || ge_tok_punct(t, k - 1, ',') ||
                  ge_tok_punct(t, k - 1, '-') || ge_tok_word_in(t, k - 1, joins) ||
                  ge_tok_word_in(t, k - 1, parts)))
                break;
            k--;
            if (w->flags & GE_TOK_CAP)
                lo = k;
        }
        if (lo == b->tok_begin - 1 || (k > 0 && ge_tok_word_in(t, k - 1, other)))
            continue;
        /* (a name that opens a longer one is that one's: "the Alamo
         * Mission in San Antonio" says nothing of the town of Alamo the
         * article names elsewhere; named only there, as "Kocha" of "Kocha
         * Risaldar in Peshawar" or "Camino" of "Camino Verde in Tijuana",
         * it is a piece of a part of the city) */
        for (size_t i = j; i-- > 0 && m->v[i].tok_begin >= lo;) {
            group *gr = &c->groups[c->group_of[i]];
            if (m->v[i].kind != GE_KIND_DEMONYM && c->group_of[i] != city &&
                m->v[i].sentence == b->sentence &&
                (!(t->tokens[m->v[i].tok_end].flags & GE_TOK_CAP) || gr->count == 1))
                gr->within = (int32_t)city;
        }
    }
}
