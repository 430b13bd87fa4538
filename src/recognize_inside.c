/*
 * recognize_inside.c -- names inside other names: the recognizer asks here
 * whether a gazetteer name it matched is a piece of a firm's, a holiday's,
 * a newspaper's, an office's or a body's name ("Thomson Reuters", "St.
 * Patrick's Day", "the New York Times", "the Kentucky State Police"), of a
 * web or e-mail address, a handle or a hashtag; and whether a title opens
 * a place's name ("Prince Edward Island") rather than a person's.
 */
#include <ctype.h>

#include "recognize_internal.h"

/* Does a title at token i open a longer place name ("Prince Edward
 * Island", "Queen Anne's County", "King County")? Three words or more, or
 * two whose second is a county's or an island's word: "Prince Albert" and
 * "General Santos" stay a prince and a general, save after "in", "near",
 * "outside" or "around" when the two name a city of 100,000 people by its
 * own name ("in General Santos": no general is where things happen). */
static int names_city_after_in(recog *r, size_t i, const ge_name *nm)
{
    static const char *const ins[] = {"in", "near", "outside", "around", NULL};
    if (i == 0 || !ge_tok_word_in(r->t, i - 1, ins))
        return 0;
    for (uint32_t k = 0; k < nm->ncands; k++) {
        const ge_candidate *c = &nm->cands[k];
        const ge_place *p = ge_gazetteer_place(r->g, c->place);
        if (p->level == GE_LEVEL_CITY && p->population >= 100000 &&
            (c->flags & (GE_NAME_PRIMARY | GE_NAME_ASCII)))
            return 1;
    }
    return 0;
}

int rc_title_opens_place(recog *r, size_t i)
{
    const ge_text *t = r->t;
    uint32_t maxn = rc_max_tokens(r, i);
    if (i + 1 < t->ntokens && rc_possessive_at(t, i + 1))
        return 0;
    rc_key key;
    rc_key_init(&key);
    rc_key_add(&key, t, i);
    uint32_t words = 1;
    for (size_t k = i + 1; k < t->ntokens && words < RC_MAX_NAME_TOKENS; k++) {
        const ge_token *tk = &t->tokens[k];
        if (rc_possessive_at(t, k) && words >= 2) {
            rc_key_join_s(&key); /* "Queen Anne's County": "queen annes county" */
            k++;
            continue;
        }
        if (!(tk->flags & GE_TOK_WORD) || !(tk->flags & GE_TOK_CAP) ||
            tk->sentence != t->tokens[i].sentence)
            break;
        rc_key_add(&key, t, k);
        words++;
        ge_name nm;
        if (ge_gazetteer_lookup_h(r->g, key.s, key.len, key.h, &nm) && nm.ncands &&
            (words >= 3 || rc_tok_is(t, k, "county") || rc_tok_is(t, k, "island") ||
             names_city_after_in(r, i, &nm)))
            return 1;
        if (words >= maxn + 1)
            break;
    }
    return 0;
}

/* Words that end a firm's name after a town's ("Thomson Reuters"). */
static const char *const firm_words[] = {"reuters", "airlines", "airways", "motors", "inc",
                                         "corp", "ltd", "llc", "holdings", "publications",
                                         "pharmaceuticals", "industries", NULL};

/* A name in a saint's day ("St. Patrick's Day"), or a town's name (not a
 * big place's) in a firm's, a holiday's or an administration's name:
 * "Stevens & Wilkinson", "Columbus Day", "the Obama administration" (the
 * name at tokens [b, e)). */
int rc_names_firm_or_day(const ge_text *t, size_t b, size_t e, int big)
{
    size_t k = e;
    if (k + 1 < t->ntokens && rc_tok_is(t, k + 1, "s") &&
        (rc_tok_punct(t, k, '\'') || !strncmp(t->s + t->tokens[k].start, "\xE2\x80\x99", 3)))
        k += 2; /* "Patrick's", "Patrick’s" */
    int day = k < t->ntokens && (t->tokens[k].flags & GE_TOK_CAP) && rc_tok_is(t, k, "day");
    if (day && k > e)
        return 1;
    if (big)
        return 0;
    int cap_after = e + 1 < t->ntokens && (t->tokens[e + 1].flags & GE_TOK_CAP);
    int cap_before = b >= 2 && (t->tokens[b - 2].flags & GE_TOK_CAP);
    if ((e < t->ntokens && rc_tok_punct(t, e, '&') && cap_after) ||
        (b >= 2 && rc_tok_punct(t, b - 1, '&') && cap_before))
        return 1;
    if (e < t->ntokens && (t->tokens[e].flags & GE_TOK_CAP))
        for (const char *const *w = firm_words; *w; w++)
            if (rc_tok_word_eq(t, e, *w))
                return 1; /* "Thomson Reuters", "Dover Publications" */
    return day || (e < t->ntokens && rc_tok_is(t, e, "administration"));
}

/* Words that name a newspaper after its town ("the New York Times", "China
 * Daily", "the Miami Herald"): the paper is no mention of the town. */
static const char *const paper_words[] = {"times",    "daily",     "herald",   "journal",
                                          "tribune",  "gazette",   "chronicle", "telegraph",
                                          "post",     "star",      "examiner", "observer",
                                          "courier",  "inquirer",  "sentinel", "dispatch",
                                          "statesman", NULL};

/* Is the name ending before token e the first part of a newspaper's? */
int rc_names_paper(const ge_text *t, size_t e, int after_locative)
{
    if (e >= t->ntokens || !(t->tokens[e].flags & GE_TOK_CAP) ||
        (t->tokens[e].flags & GE_TOK_LINE_START) || (t->tokens[e].flags & GE_TOK_UPPER))
        return 0;
    size_t k = e;
    if (rc_tok_is(t, k, "morning") || rc_tok_is(t, k, "evening") ||
        rc_tok_is(t, k, "sunday"))
        k++;
    if (k >= t->ntokens || !(t->tokens[k].flags & GE_TOK_CAP))
        return 0;
    if (k > e && rc_tok_is(t, k, "news"))
        return 1; /* "the Dallas Morning News" */
    if (after_locative && rc_tok_is(t, k, "post"))
        return 0; /* "went to Arkansas Post": a fort */
    for (const char *const *w = paper_words; *w; w++)
        if (rc_tok_word_eq(t, k, *w))
            return 1;
    return 0;
}

/* Does the feature word at token i open an office's or a body's name
 * ("Denver District Judge", "California State Senator", "Pennsylvania State
 * Department")? Then the name before it ends there. */
int rc_opens_office(recog *r, size_t i)
{
    const ge_text *t = r->t;
    /* "Georgia State Ethics Commission", "San Diego State": a state's word
     * after a name the gazetteer does not join to it opens a body's name;
     * "County Road 80", "Highway 82": a road's word before a number, a
     * road's */
    /* "Meigs County Court", "the Kentucky Court of Appeals": a court */
    if (rc_tok_is(t, i, "court") &&
        ((i > 0 && (rc_tok_is(t, i - 1, "county") || rc_tok_is(t, i - 1, "parish"))) ||
         (i + 1 < t->ntokens && rc_tok_is(t, i + 1, "of"))))
        return 1;
    if (rc_tok_is(t, i, "state"))
        return !(i + 1 < t->ntokens && (t->tokens[i + 1].flags & GE_TOK_CAP) &&
                 rc_is(r, i + 1, WC_FEATURE)); /* "Brown County State Park" stays */
    if ((rc_tok_is(t, i, "road") || rc_tok_is(t, i, "highway") ||
         rc_tok_is(t, i, "route")) &&
        i + 1 < t->ntokens && (t->tokens[i + 1].flags & GE_TOK_NUMBER))
        return 1;
    if (i + 1 >= t->ntokens || !(t->tokens[i + 1].flags & GE_TOK_CAP) ||
        !(t->tokens[i + 1].flags & GE_TOK_WORD) || t->tokens[i + 1].sentence != t->tokens[i].sentence)
        return 0;
    /* a county's or a parish's word names the area itself ("DeSoto Parish
     * Police Jury") */
    if (rc_tok_is(t, i, "county") || rc_tok_is(t, i, "parish") ||
        rc_tok_is(t, i, "township") || rc_tok_is(t, i, "borough"))
        return 0;
    if (rc_is(r, i + 1, WC_TITLE) || rc_tok_is(t, i + 1, "patrol"))
        return 1; /* "the Florida Highway Patrol" */
    ge_name nm;
    return rc_lookup(r, i + 1, &nm) && (nm.flags & GE_NAMEF_ORG_WORD);
}

/* Is the text [b, e) part of a web address, an e-mail address, a handle or
 * a hashtag ("https://example.com/Paris/", "@Kabul_News", "#Gaza"), or of a
 * name written between slashes (the flu strain "A/California/7/2009")? */
int rc_in_link(const ge_text *t, size_t b, size_t e)
{
    if (b > 0 && (t->s[b - 1] == '#' || t->s[b - 1] == '@'))
        return 1;
    if (b > 0 && t->s[b - 1] == '/' && e < t->len && t->s[e] == '/')
        return 1;
    size_t wb = b, we = e;
    while (wb > 0 && !isspace((unsigned char)t->s[wb - 1]) && b - wb < 200)
        wb--;
    while (we < t->len && !isspace((unsigned char)t->s[we]) && we - e < 200)
        we++;
    for (size_t k = wb; k < we; k++) {
        if (t->s[k] == '@' && k > wb && k + 1 < we && isalnum((unsigned char)t->s[k - 1]) &&
            isalnum((unsigned char)t->s[k + 1]))
            return 1; /* name@example.org */
        if (k + 3 <= we && !memcmp(t->s + k, "://", 3))
            return 1;
        if (k + 4 <= we && (k == wb || !isalnum((unsigned char)t->s[k - 1])) &&
            !strncmp(t->s + k, "www.", 4))
            return 1;
    }
    return 0;
}

