/*
 * resolve_country.c -- the country a text is written in, read from its
 * conventions rather than its place names: American local news spells
 * "center" and "neighbor", writes "high school", "sheriff", "Interstate",
 * "mph"; British and Commonwealth text spells "centre" and "neighbour" and
 * writes sums in pounds. A local paper's article that names no state
 * ("Jordan Middle School", "the Athens City Council") is still American,
 * and its unqualified town names are first read in the US, as the home a
 * user gives (--region US) would have them read.
 */
#include "resolve_internal.h"

#define US_MIN 2      /* American conventions, at least ... */
#define OTHER_SHARE 3 /* ... and this many times as many as Commonwealth ones */
#define SAME_KM 30.0f /* a namesake abroad this close to another is the same place */

static const char *const us_words[] = {
    "sheriff", "sheriffs", "selectmen", "aldermen", "mph", "interstate", "fahrenheit",
    "center", "centers", "neighbor", "neighbors", "neighborhood", "neighborhoods",
    "color", "colors", "honor", "honored", "favor", "favorite", "theater", "defense",
    "democrat", "democrats", "republican", "republicans", "gop", "percent", NULL};
/* AP style dates: "Feb. 18", "Sept. 3" */
static const char *const ap_months[] = {"jan", "feb", "aug", "sept", "oct", "nov", "dec", NULL};
static const char *const other_words[] = {
    "centre", "centres", "neighbour", "neighbours", "neighbourhood", "neighbourhoods",
    "colour", "colours", "honour", "honoured", "favour", "favourite", "theatre", "defence",
    "labour", "programme", "programmes", "organisation", "organisations", "kilometres",
    "metres", "pupil", "pupils", "whilst", "amongst", "councillor", "councillors", "travelled",
    "travelling", "jewellery", "cheque", "tyre", "tyres", "lorry", "lorries", "petrol",
    "motorway", "fortnight", "organise", "organised", "recognise", "recognised", "realise",
    "realised", "criticise", "criticised", "apologise", "apologised", "headteacher", NULL};
/* "March 14" (American) or "14 March" (British) */
static const char *const months[] = {"january", "february", "march", "april", "may", "june",
                                     "july", "august", "september", "october", "november",
                                     "december", NULL};
/* "X school": a school level American news names */
static const char *const us_school[] = {"high", "middle", "elementary", NULL};
/* ... and British news ("Lancaster Girls' Grammar School") */
static const char *const other_school[] = {"grammar", "comprehensive", NULL};

static const char *const street_abbrevs[] = {"st", "ave", "blvd", "st.", "ave.", "blvd.", NULL};
static const char *const clock_abbrevs[] = {"p.m.", "a.m.", "p.m", "a.m", "pm", "am", NULL};
static const char *const per_word[] = {"per", NULL};

/* Counts the text's American conventions (*us) and Commonwealth ones
 * (*other). */
static void conventions(const ge_text *t, unsigned *us_out, unsigned *other_out)
{
    /* every convention below starts at a word of these lists: the lists'
     * words are put here into buckets by their ge_word_key (some hundred
     * words, cheaper than one walk of the lists for each word of an
     * article), each with the lists it is in; a word of the text is
     * compared only with the words of its key's bucket (most words' is
     * empty), and then is in list k when its entry's bit k is set */
    const char *const *lists[] = {us_words, us_school, street_abbrevs, clock_abbrevs,
                                  ap_months, months, other_words, per_word, other_school};
    enum { L_US = 1, L_SCHOOL = 2, L_STREET = 4, L_CLOCK = 8, L_AP = 16, L_MONTHS = 32,
           L_OTHER = 64, L_PER = 128, L_OSCHOOL = 256 };
    struct conv_word {
        const char *w;
        uint16_t n, in, next; /* length, lists (bits), next in the bucket + 1 */
    } ent[192];              /* (the lists have some 120 words) */
    uint16_t head[256] = {0}, nent = 0; /* first entry of a key + 1 */
    for (size_t k = 0; k < sizeof lists / sizeof *lists; k++)
        for (const char *const *ws = lists[k]; *ws; ws++) {
            size_t n = strlen(*ws);
            unsigned key = ge_word_key(*ws, n);
            uint16_t e = head[key];
            while (e && (ent[e - 1].n != n || strcmp(ent[e - 1].w, *ws)))
                e = ent[e - 1].next;
            if (!e && nent < sizeof ent / sizeof *ent) {
                ent[nent] = (struct conv_word){*ws, (uint16_t)n, 0, head[key]};
                e = head[key] = ++nent;
            }
            if (e)
                ent[e - 1].in |= (uint16_t)(1u << k);
        }
    unsigned us = 0, other = 0;
    for (size_t i = 0; i < t->ntokens; i++) {
        const ge_token *tk = &t->tokens[i];
        if (tk->flags & GE_TOK_PUNCT) {
            const char *s = t->s + tk->start;
            /* "$15,000" */
            us += *s == '$' && i + 1 < t->ntokens && (t->tokens[i + 1].flags & GE_TOK_NUMBER);
            continue;
        }
        if (!(tk->flags & GE_TOK_WORD))
            continue;
        const char *w = t->norm + tk->norm;
        size_t wn = tk->norm_len;
        unsigned m = 0;
        for (uint16_t e = head[ge_word_key(w, wn)]; e; e = ent[e - 1].next)
            if (ent[e - 1].n == wn && ge_word_eq(w, wn, ent[e - 1].w)) {
                m = ent[e - 1].in;
                break;
            }
        if (!m)
            continue;
        us += (m & L_US) != 0;
        us += (m & L_SCHOOL) &&
              ge_tok_among(t, i + 1, "school", "schools");
        other += (m & L_OSCHOOL) &&
                 ge_tok_among(t, i + 1, "school", "schools");
        /* "2517 Memphis St.": an address in AP style */
        us += (m & L_STREET) && (tk->flags & GE_TOK_ABBREV) && i >= 2 &&
              (t->tokens[i - 1].flags & GE_TOK_CAP) && (t->tokens[i - 2].flags & GE_TOK_NUMBER);
        /* "7:35 p.m." */
        us += (m & L_CLOCK) && (tk->flags & GE_TOK_ABBREV);
        us += (m & L_AP) && (tk->flags & GE_TOK_ABBREV) && i + 1 < t->ntokens &&
              (t->tokens[i + 1].flags & GE_TOK_NUMBER);
        /* a date written month first, "Saturday, March 14" (British: "14
         * March") */
        if ((m & L_MONTHS) && (tk->flags & GE_TOK_CAP)) {
            if (i + 1 < t->ntokens && (t->tokens[i + 1].flags & GE_TOK_NUMBER) &&
                t->tokens[i + 1].end - t->tokens[i + 1].start <= 2)
                us++;
            if (i > 0 && (t->tokens[i - 1].flags & GE_TOK_NUMBER) &&
                t->tokens[i - 1].end - t->tokens[i - 1].start <= 2)
                other++;
        }
        if ((m & L_OTHER) ||
            ((m & L_PER) && ge_tok_among(t, i + 1, "cent")))
            other++;
    }
    /* sums in pounds: "£" (C2 A3); ASCII skipped eight bytes at a time */
    for (size_t i = ge_next_high(t->s, t->len, 0); i + 1 < t->len;
         i = ge_next_high(t->s, t->len, i + 1))
        if ((unsigned char)t->s[i] == 0xC2 && (unsigned char)t->s[i + 1] == 0xA3)
            other++;
    *us_out = us;
    *other_out = other;
}

/* Is the text American by its conventions? */
int ge_text_american(const ge_text *t)
{
    unsigned us, other;
    conventions(t, &us, &other);
    return us >= US_MIN && us >= OTHER_SHARE * other;
}

/* Is the text British or Commonwealth by its conventions ("pupils",
 * "councillor", "organised", sums in pounds)? */
static int text_commonwealth(const ge_text *t)
{
    unsigned us, other;
    conventions(t, &us, &other);
    return other >= US_MIN && other >= OTHER_SHARE * us;
}

/* A town or city abroad whose name is also an American town's. */
static int abroad_namesake(const ctx *c, size_t gi)
{
    const group *gr = &c->groups[gi];
    /* (a name written after a street's, "2517 Memphis St., Alexandria",
     * qualifies nothing the gazetteer holds) */
    if (!gr->name.ncands || gr->dropped || gr->qualifier >= 0 || gr->demonym ||
        (gr->qualifies && (gr->qualifies_listed || ge_qualified(c, gi))))
        return 0;
    const ge_place *p = cand_place(c, gr, gr->choice);
    /* (a country only where the text uses its name as a town's: "the
     * Jordan middle school") */
    if ((p->level < GE_LEVEL_ADMIN2 && !(p->level == GE_LEVEL_COUNTRY && gr->town_use)) ||
        !p->country[0] || !memcmp(p->country, "US", 2))
        return 0;
    for (uint32_t k = 0; k < gr->name.ncands; k++)
        if (gr->prior[k] != UNUSABLE && cand_place(c, gr, k)->level >= GE_LEVEL_ADMIN2 &&
            !memcmp(cand_place(c, gr, k)->country, "US", 2) &&
            (gr->name.cands[k].flags & (GE_NAME_PRIMARY | GE_NAME_ASCII)))
            return 1; /* (its own name: no Jerusalem, whose American
                         readings are old names of El Rio and Courtland) */
    return 0;
}

/* Is group o's choice a place that bears the name only as an alternate
 * name ("Talla" read as Tallaght, Ireland), while another reading bears it
 * as its own (Talla, Italy)? Such a reading is too weak to vouch for
 * another. */
static int by_alternate_name(const group *o)
{
    if (o->name.cands[o->choice].flags & (GE_NAME_PRIMARY | GE_NAME_ASCII))
        return 0;
    for (uint32_t k = 0; k < o->name.ncands; k++)
        if (o->name.cands[k].flags & (GE_NAME_PRIMARY | GE_NAME_ASCII))
            return 1;
    return 0;
}

/* In an American text (ge_text_american, t) about American places, a town or
 * city abroad whose name is also an American town's ("the Athens City
 * Council", "Jordan middle school", "Dublin residents"), with nothing else
 * of the article in its country and no qualifier, is the American town: the
 * one in the article's home, if it has one there, else one the text does
 * not tell, left without a point rather than put on another continent. A
 * story set abroad ("a state visit to Berlin" among Italy's places) keeps
 * it. Such names do not vouch for each other ("Dublin" and "Dublin City"). */
void ge_drop_abroad_in_american(ctx *c, evidence *e, const ge_text *t)
{
    size_t strays = 0;
    for (size_t gi = 0; gi < c->ngroups; gi++)
        strays += (c->groups[gi].stray = abroad_namesake(c, gi)) != 0;
    /* (the text's conventions read only when a name could be one: most
     * articles have none) */
    if (strays && !ge_text_american(t))
        strays = 0;
    if (!strays) {
        for (size_t gi = 0; gi < c->ngroups; gi++)
            c->groups[gi].stray = 0;
        return;
    }
    ge_resolve_gather(c, e);
    for (size_t gi = 0; gi < c->ngroups; gi++) {
        group *gr = &c->groups[gi];
        if (!gr->stray)
            continue;
        const ge_place *p = cand_place(c, gr, gr->choice);
        float same = 0, us = 0, abroad = 0;
        for (size_t j = 0; j < c->ngroups; j++) {
            const group *o = &c->groups[j];
            if (j == gi || !o->name.ncands || o->dropped)
                continue;
            const ge_place *q = cand_place(c, o, o->choice);
            /* such names vouch for each other only as other places
             * ("Sydney" and "Perth"), not as the same one */
            if (!q->country[0] || (o->stray && approx_km(p, q) < SAME_KM))
                continue;
            /* ("Talla 2", a room, read as Tallaght is no Irish place beside
             * "Dublin") */
            if (!memcmp(q->country, p->country, 2) && by_alternate_name(o))
                continue;
            float w = group_weight(o);
            /* the town's own district ("Dublin City") is no other place */
            if (q->level == GE_LEVEL_ADMIN2 && same_admin1(c, p, q) && same_admin2(c, p, q))
                continue;
            if (!memcmp(q->country, p->country, 2))
                same += w;
            if (!memcmp(q->country, "US", 2))
                us += w;
            else
                abroad += w;
        }
        /* "Dublin" beside "Irish", "Berlin" among Italy's places */
        if (same > 0 || abroad > us + 1.0f)
            continue;
        home h;
        uint32_t bk = gr->name.ncands;
        if (ge_home_of(c, e, gi, &h) && !memcmp(h.cc, "US", 2)) {
            float best = UNUSABLE;
            for (uint32_t k = 0; k < gr->name.ncands; k++)
                if (gr->prior[k] != UNUSABLE && gr->prior[k] > best &&
                    ge_in_home(&h, cand_place(c, gr, k))) {
                    best = gr->prior[k];
                    bk = k;
                }
        }
        if (bk < gr->name.ncands)
            gr->choice = bk;
        else
            gr->dropped = 1;
    }
    for (size_t gi = 0; gi < c->ngroups; gi++)
        c->groups[gi].stray = 0;
}

/* Is reading k of group gr a town abroad by its own name? */
static int own_abroad(const ctx *c, const group *gr, uint32_t k)
{
    const ge_place *q = cand_place(c, gr, k);
    return gr->prior[k] != UNUSABLE && q->level >= GE_LEVEL_ADMIN2 && q->country[0] &&
           memcmp(q->country, "US", 2) &&
           (gr->name.cands[k].flags & (GE_NAME_PRIMARY | GE_NAME_ASCII));
}

/* The reading abroad, by its own name, of group gi's American town
 * ("Lancaster", Pennsylvania: Lancaster, England), or ncands: in the
 * country most of the text's other places are chosen in, then the one the
 * most other such names (stray) have a reading in ("York": York, England
 * beside Lancaster, not York, Ontario), then the likeliest; *there is
 * how many other places are in its country (as chosen places count a
 * thousand each). */
static uint32_t american_namesake(const ctx *c, size_t gi, size_t *there)
{
    const group *gr = &c->groups[gi];
    uint32_t bk = gr->name.ncands;
    *there = 0;
    if (!gr->name.ncands || gr->dropped || gr->qualifier >= 0 || gr->demonym || gr->us_body ||
        (gr->qualifies && (gr->qualifies_listed || ge_qualified(c, gi))))
        return bk;
    const ge_place *p = cand_place(c, gr, gr->choice);
    if (p->level < GE_LEVEL_ADMIN2 || memcmp(p->country, "US", 2))
        return bk;
    float best = UNUSABLE;
    for (uint32_t k = 0; k < gr->name.ncands; k++) {
        if (!own_abroad(c, gr, k))
            continue;
        const char *cc = cand_place(c, gr, k)->country;
        size_t n = 0;
        for (size_t j = 0; j < c->ngroups; j++) {
            const group *o = &c->groups[j];
            if (j == gi || !o->name.ncands || o->dropped)
                continue;
            if (!o->stray) {
                n += memcmp(cand_place(c, o, o->choice)->country, cc, 2) ? 0u : 1000u;
                continue;
            }
            for (uint32_t l = 0; l < o->name.ncands; l++)
                if (own_abroad(c, o, l) && !memcmp(cand_place(c, o, l)->country, cc, 2)) {
                    n++;
                    break;
                }
        }
        if (n > *there || (n == *there && gr->prior[k] > best)) {
            best = gr->prior[k];
            *there = n;
            bk = k;
        }
    }
    return bk;
}

/* In a British or Commonwealth text (text_commonwealth) that names no
 * American place but by names English towns lent to American ones
 * ("Lancaster" and "York", both in Pennsylvania too), those names are the
 * towns abroad, in the country the text's other places are in. Such
 * American namesakes cluster (settlers named a county's towns after their
 * home's), so they do not vouch for each other; a state, a qualified
 * American place ("Fort Worth, Texas") or "American" does. */
void ge_drop_american_in_commonwealth(ctx *c, const ge_text *t)
{
    size_t strays = 0;
    for (size_t gi = 0; gi < c->ngroups; gi++) {
        size_t n;
        strays += (c->groups[gi].stray =
                       american_namesake(c, gi, &n) < c->groups[gi].name.ncands) != 0;
    }
    if (strays && !text_commonwealth(t))
        strays = 0;
    /* (as doubtful as they: an unqualified American town of another
     * name, "Yorkshire", Virginia) */
    int us = 0;
    size_t abroad = 0;
    for (size_t j = 0; strays && j < c->ngroups; j++) {
        const group *o = &c->groups[j];
        if (!o->name.ncands || o->dropped || o->stray)
            continue;
        const ge_place *q = cand_place(c, o, o->choice);
        if (memcmp(q->country, "US", 2))
            abroad += q->country[0] != 0;
        else
            us |= q->level <= GE_LEVEL_ADMIN1 || o->qualifier >= 0 || o->demonym;
    }
    /* (each read abroad only where something else of the text is: a place
     * chosen there, or, failing that, other such names' readings, as many
     * as the places chosen abroad elsewhere) */
    for (size_t gi = 0; strays && !us && gi < c->ngroups; gi++) {
        group *gr = &c->groups[gi];
        size_t n = 0;
        uint32_t k = gr->stray ? american_namesake(c, gi, &n) : gr->name.ncands;
        if (k < gr->name.ncands && (n >= 1000 || (n && n >= abroad)))
            gr->choice = k;
    }
    for (size_t gi = 0; gi < c->ngroups; gi++)
        c->groups[gi].stray = 0;
}

static const char *const new_england[] = {"CT", "MA", "ME", "NH", "RI", "VT", NULL};

/* Is p in a New England state? */
static int in_new_england(const ctx *c, const ge_place *p)
{
    if (memcmp(p->country, "US", 2))
        return 0;
    const char *a1 = ge_gazetteer_str(c->g, p->admin1);
    for (const char *const *s = new_england; *s; s++)
        if (!strcmp(a1, *s))
            return 1;
    return 0;
}

/* Boards of selectmen govern the towns of New England and nowhere else: a
 * text that names one ("Portland selectmen hire veteran lawyer") is set
 * there, and a town's name read in another state with nothing to say so
 * (no state named but New England's, no qualifier) is the New England
 * namesake (Portland, Connecticut or Maine, not Oregon): the one in the
 * state most of the text's other places are in, then the likeliest. */
void ge_new_england_towns(ctx *c, const ge_text *t)
{
    static const char *const board[] = {"selectmen", "selectman", "selectwoman",
                                        "selectboard", NULL};
    int found = 0;
    /* (every board word is "select...", of 9 or 11 letters: others turned
     * away at their length and first byte) */
    for (size_t i = 0; i < t->ntokens && !found; i++) {
        const ge_token *tk = &t->tokens[i];
        found = (tk->norm_len == 9 || tk->norm_len == 11) && (tk->flags & GE_TOK_WORD) &&
                t->norm[tk->norm] == 's' && ge_tok_word_in(t, i, board);
    }
    if (!found)
        return;
    for (size_t j = 0; j < c->ngroups; j++) {
        const group *o = &c->groups[j];
        if (!o->name.ncands || o->dropped)
            continue;
        const ge_place *q = cand_place(c, o, o->choice);
        if (q->level == GE_LEVEL_ADMIN1 && !memcmp(q->country, "US", 2) && !in_new_england(c, q))
            return; /* "Oregon" */
    }
    for (size_t gi = 0; gi < c->ngroups; gi++) {
        group *gr = &c->groups[gi];
        if (!gr->name.ncands || gr->dropped || gr->qualifier >= 0 || gr->demonym ||
            (gr->qualifies && (gr->qualifies_listed || ge_qualified(c, gi))))
            continue;
        const ge_place *p = cand_place(c, gr, gr->choice);
        if (p->level <= GE_LEVEL_ADMIN1 || memcmp(p->country, "US", 2) || in_new_england(c, p))
            continue;
        uint32_t bk = gr->name.ncands;
        float best = UNUSABLE;
        size_t best_n = 0;
        for (uint32_t k = 0; k < gr->name.ncands; k++) {
            const ge_place *q = cand_place(c, gr, k);
            if (gr->prior[k] == UNUSABLE || q->level <= GE_LEVEL_ADMIN1 ||
                !in_new_england(c, q) ||
                !(gr->name.cands[k].flags & (GE_NAME_PRIMARY | GE_NAME_ASCII)))
                continue;
            size_t n = 0;
            for (size_t j = 0; j < c->ngroups; j++) {
                const group *o = &c->groups[j];
                n += j != gi && o->name.ncands && !o->dropped &&
                     same_admin1(c, q, cand_place(c, o, o->choice));
            }
            if (bk == gr->name.ncands || n > best_n || (n == best_n && gr->prior[k] > best)) {
                bk = k;
                best = gr->prior[k];
                best_n = n;
            }
        }
        if (bk < gr->name.ncands)
            gr->choice = bk;
    }
}
