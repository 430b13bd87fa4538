/*
 * recognize_people.c -- people named in an article, so that their names
 * are no places: a title or a first name and the capitalised words after
 * it ("President Obama", "Jordan Smith", "Hussein Taeb"), whose last word
 * is remembered as a surname for later bare mentions ("Fumo said"); not
 * the first word of a longer place name ("Washington County", "San
 * Fernando", "Ho Chi Minh City"). Used by recognize.c.
 */
#include "recognize_internal.h"

static int is_first_name(recog *r, size_t i)
{
    uint32_t f, n;
    return (r->t->tokens[i].flags & GE_TOK_CAP) && rc_name_flags(r, i, &f, &n) &&
           (f & GE_NAMEF_PERSON);
}

int rc_is_surname(const recog *r, const char *key, size_t n)
{
    for (size_t i = 0; i < r->nsurnames; i++)
        if (r->surnames[i][0] == key[0] && strlen(r->surnames[i]) == n &&
            !memcmp(r->surnames[i], key, n)) /* (key is a token's form: NUL-terminated) */
            return 1;
    return 0;
}

/* Is token i a country or a state name (so not a surname after a first
 * name: "in Jordan Saturday" is no person)? */
static int names_region(recog *r, size_t i)
{
    ge_name nm;
    if (!rc_lookup(r, i, &nm))
        return 0;
    for (uint32_t k = 0; k < nm.ncands; k++) {
        const ge_place *p = ge_gazetteer_place(r->g, nm.cands[k].place);
        if (p->level <= GE_LEVEL_ADMIN1 && !(nm.cands[k].flags & GE_NAME_ABBREV))
            return 1;
    }
    return 0;
}

/* "Police arrested Paris Jackson in Tucson", "Georgia Miller said": a
 * given name that is a place too, right before a person's name that ends
 * there and is no title, feature, organisation word or region, and not
 * after a locative ("in Paris Monday"), opens a person's name. */
static int given_before_name(recog *r, size_t i)
{
    const ge_text *t = r->t;
    const ge_token *tk = &t->tokens[i], *nx = &t->tokens[i + 1];
    uint32_t f, n;
    if (!(tk->flags & GE_TOK_CAP) || (tk->flags & (GE_TOK_UPPER | GE_TOK_ABBREV)) ||
        !rc_name_flags(r, i, &f, &n) || !(f & GE_NAMEF_GIVEN) || r->caps_line[i])
        return 0;
    if (!(nx->flags & GE_TOK_WORD) || (nx->flags & (GE_TOK_UPPER | GE_TOK_ABBREV | GE_TOK_LINE_START |
                                                     GE_TOK_HYPHEN_BEFORE)) ||
        nx->sentence != tk->sentence)
        return 0;
    if (i > 0 && rc_is(r, i - 1, WC_LOCATIVE))
        return 0;
    if (rc_is(r, i + 1, WC_TITLE | WC_CALENDAR | WC_FUNCTION | WC_MODIFIER | WC_FEATURE |
                            WC_PREFIX | WC_PLACE_NOUN | WC_NOT_PLACE | WC_STREET | WC_SAYING))
        return 0;
    /* the next word is a known name of a person's, and ends the name
     * ("Paris Jackson in Tucson"; not "Jordan Juniors", "Alexandria Zoo",
     * "Zion National Park") */
    uint32_t nf = 0, nn = 0;
    if (!rc_name_flags(r, i + 1, &nf, &nn) || !(nf & (GE_NAMEF_PERSON | GE_NAMEF_GIVEN)) ||
        (nf & GE_NAMEF_STOP))
        return 0;
    if (i + 2 < t->ntokens && (t->tokens[i + 2].flags & GE_TOK_WORD) &&
        (t->tokens[i + 2].flags & GE_TOK_CAP) && t->tokens[i + 2].sentence == tk->sentence)
        return 0;
    /* ("Paris Police Prefecture", past a plural's mark: "Preston
     * Magistrates' Court") */
    for (size_t j = i + 1; j < t->ntokens && j < i + 5; j++) {
        const ge_token *w = &t->tokens[j];
        if (!(w->flags & GE_TOK_WORD) && w->end - w->start == 1 && t->s[w->start] == '\'')
            continue;
        if (!(w->flags & GE_TOK_WORD) || !(w->flags & GE_TOK_CAP))
            break;
        if (rc_name_flags(r, j, &nf, &nn) && (nf & GE_NAMEF_ORG_WORD))
            return 0;
    }
    return !names_region(r, i + 1);
}

/* Tokens of the longest gazetteer name of two or more words that starts
 * at token i; 0 when none does. */
static uint32_t long_name_at(recog *r, size_t i)
{
    const ge_text *t = r->t;
    uint32_t maxn = rc_max_tokens(r, i), best = 0;
    rc_key key;
    rc_key_init(&key);
    rc_key_add(&key, t, i);
    for (uint32_t n = 2; n <= maxn && n <= RC_MAX_NAME_TOKENS && i + n <= t->ntokens; n++) {
        if (!(t->tokens[i + n - 1].flags & GE_TOK_WORD))
            break;
        rc_key_add(&key, t, i + n - 1);
        ge_name nm;
        if (ge_gazetteer_lookup_h(r->g, key.s, key.len, key.h, &nm) && nm.ncands)
            best = n;
    }
    return best;
}

/* Does a gazetteer name of two or more words start at token i? */
int rc_starts_long_name(recog *r, size_t i)
{
    return long_name_at(r, i) > 0;
}

uint32_t rc_long_name_tokens(recog *r, size_t i)
{
    return long_name_at(r, i);
}

/* Is token i inside a gazetteer name of two or more words that starts at
 * an earlier capitalised word of its run ("San Fernando", "Port
 * Elizabeth", "Ho Chi Minh City": "Minh" is no given name there)? */
static int inside_long_name(recog *r, size_t i)
{
    const ge_text *t = r->t;
    for (size_t k = i; k > 0 && i - k < RC_MAX_NAME_TOKENS;) {
        k--;
        const ge_token *tk = &t->tokens[k];
        if (!(tk->flags & GE_TOK_WORD) || !(tk->flags & GE_TOK_CAP) ||
            tk->sentence != t->tokens[i].sentence)
            return 0;
        if (k + long_name_at(r, k) > i)
            return 1;
        if (tk->flags & GE_TOK_LINE_START)
            return 0;
    }
    return 0;
}

/* Remembers token i's form as a surname (one sense per article: "Vincent
 * Fumo ... Fumo said"). Returns -1 when out of memory. */
int rc_add_surname(recog *r, size_t i)
{
    const char *sn = rc_tok_norm(r->t, i);
    if (rc_is_surname(r, sn, r->t->tokens[i].norm_len))
        return 0;
    if (GE_PUSH(r->surnames, r->surnames_cap, r->nsurnames))
        return -1;
    r->surnames[r->nsurnames] = ge_strdup(sn);
    if (!r->surnames[r->nsurnames])
        return -1;
    r->nsurnames++;
    return 0;
}

static int quote_mark(const ge_text *t, size_t i)
{
    /* (a mark is a punctuation token: a word's text is not read) */
    if (!(t->tokens[i].flags & GE_TOK_PUNCT))
        return 0;
    const unsigned char *w = (const unsigned char *)t->s + t->tokens[i].start;
    size_t n = t->tokens[i].end - t->tokens[i].start;
    return (n == 1 && w[0] == '"') ||
           (n == 3 && w[0] == 0xE2 && w[1] == 0x80 && (w[2] == 0x9C || w[2] == 0x9D));
}

/* A nickname in quotation marks between a first name and a surname
 * ('Joaquin "El Chapo" Guzman'): the token after its closing mark when one
 * to three capitalised words stand between the marks and a capitalised
 * word follows; else i. */
static size_t after_nickname(const ge_text *t, size_t i)
{
    if (i >= t->ntokens || !quote_mark(t, i))
        return i;
    size_t j = i + 1;
    while (j < t->ntokens && j - i <= 3 && (t->tokens[j].flags & GE_TOK_WORD) &&
           (t->tokens[j].flags & GE_TOK_CAP))
        j++;
    if (j == i + 1 || j + 1 >= t->ntokens || !quote_mark(t, j) ||
        !(t->tokens[j + 1].flags & GE_TOK_CAP) || !(t->tokens[j + 1].flags & GE_TOK_WORD) ||
        t->tokens[j + 1].sentence != t->tokens[i].sentence)
        return i;
    return j + 1;
}

/* People: "John Kirby", "President Obama", "Hussein Taeb". Marks their
 * tokens in person[] and remembers surnames for later bare mentions. */
/* A byline: "By Dana Whitfield, Staff Writer", "By Vickie Welborn
 * vwelborn@gannett.com": "By" opening a sentence or a line, then two or
 * three capitalised words and no more of them (not "By Monday, troops"),
 * before a comma, a line's end, a bar or a word in lower case. The end of
 * the name, or i when there is none. */
static size_t byline_name(const ge_text *t, size_t i)
{
    const ge_token *by = &t->tokens[i];
    if (by->norm_len != 2 || memcmp(t->norm + by->norm, "by", 2) || !(by->flags & GE_TOK_CAP) ||
        !(i == 0 || (by->flags & GE_TOK_LINE_START) || t->tokens[i - 1].sentence != by->sentence))
        return i;
    size_t j = i + 1;
    while (j < t->ntokens && j < i + 5 && (t->tokens[j].flags & GE_TOK_WORD) &&
           (t->tokens[j].flags & GE_TOK_CAP) && !(t->tokens[j].flags & GE_TOK_LINE_START))
        j++;
    if (j - i < 3 || j - i > 4)
        return i;
    if (j < t->ntokens && !(t->tokens[j].flags & GE_TOK_LINE_START) &&
        (t->tokens[j].flags & GE_TOK_CAP))
        return i;
    if (j < t->ntokens && !(t->tokens[j].flags & GE_TOK_LINE_START) &&
        (t->tokens[j].flags & GE_TOK_WORD) && (t->tokens[j].flags & GE_TOK_NUMBER))
        return i;
    return j;
}

/* Does an age follow the capitalised word at token i: "Judith Rivera, 44,",
 * "his children, Hailey, 6, and Caleb, 4"? A comma, a number of one to three
 * digits (not "1,947 rounds") and a comma, "and" or "years". News gives the
 * ages of people, not of places. */
static int age_after(const ge_text *t, size_t i)
{
    static const char *const goes_on[] = {"and", "years", "yrs", NULL};
    if (i + 3 >= t->ntokens || !(t->tokens[i].flags & GE_TOK_WORD) ||
        !(t->tokens[i].flags & GE_TOK_CAP) || !ge_tok_punct(t, i + 1, ','))
        return 0;
    const ge_token *n = &t->tokens[i + 2];
    if (!(n->flags & GE_TOK_NUMBER) || n->end - n->start > 3 || n->sentence != t->tokens[i].sentence)
        return 0;
    for (uint32_t k = n->start; k < n->end; k++)
        if (t->s[k] < '0' || t->s[k] > '9')
            return 0;
    if (ge_tok_word_in(t, i + 3, goes_on))
        return 1;
    /* (a comma after the age, then no digit: "1,947" is a count) */
    return ge_tok_punct(t, i + 3, ',') && t->tokens[i + 3].end == n->end + 1 &&
           (t->s[t->tokens[i + 3].end] < '0' || t->s[t->tokens[i + 3].end] > '9');
}

/* A relative named after the word for the kinship: "his wife, Mary,", "a
 * 15-month-old son, Kingston James", "her daughter Brittany". The end of
 * the name (one to three capitalised words after the word and its comma),
 * or i when token i opens none. */
static size_t relative_name(const ge_text *t, size_t i)
{
    static const char *const kin[] = {
        "wife", "husband", "son", "sons", "daughter", "daughters", "brother", "sister",
        "mother", "father", "child", "children", "grandson", "granddaughter", "niece",
        "nephew", "cousin", "uncle", "aunt", "widow", "widower", "fiancee", "fiance",
        "girlfriend", "boyfriend", "grandmother", "grandfather", "stepson", "stepdaughter", NULL};
    /* (a capitalised word next, or after a comma, first: asked of every
     * token, most are turned away before the list is read) */
    size_t j = i + 1 + (i + 1 < t->ntokens && ge_tok_punct(t, i + 1, ','));
    if (j >= t->ntokens || !(t->tokens[j].flags & GE_TOK_CAP) ||
        (t->tokens[i].flags & GE_TOK_CAP) || !ge_tok_word_in(t, i, kin))
        return i;
    size_t b = j;
    while (j < t->ntokens && j < b + 3 && (t->tokens[j].flags & GE_TOK_WORD) &&
           (t->tokens[j].flags & GE_TOK_CAP) && !(t->tokens[j].flags & GE_TOK_LINE_START) &&
           t->tokens[j].sentence == t->tokens[i].sentence)
        j++;
    return j > b ? j : i;
}

int rc_find_people(recog *r, unsigned char *person)
{
    const ge_text *t = r->t;
    for (size_t i = 0; i + 1 < t->ntokens; i++) {
        /* every name below opens with a capitalised word, a comma or a
         * quotation mark after token i: most tokens are passed over here */
        if (!(t->tokens[i + 1].flags & (GE_TOK_CAP | GE_TOK_PUNCT)))
            continue;
        const ge_token *tk = &t->tokens[i];
        size_t by = byline_name(t, i);
        if (by > i) {
            for (size_t k = i + 1; k < by; k++)
                person[k] = 1;
            if (rc_add_surname(r, by - 1))
                return -1;
            i = by - 1;
            continue;
        }
        size_t rel = relative_name(t, i);
        if (rel > i) {
            size_t b = i + 1 + ge_tok_punct(t, i + 1, ',');
            for (size_t k = b; k < rel; k++)
                person[k] = 1;
            /* (a surname only after a given name: "son, Kingston James") */
            if (rel - b >= 2 && rc_add_surname(r, rel - 1))
                return -1;
            i = rel - 1;
            continue;
        }
        if (age_after(t, i)) {
            /* the name is the capitalised words up to the age's comma */
            for (size_t k = i + 1; k-- > 0;) {
                const ge_token *w = &t->tokens[k];
                if (!(w->flags & GE_TOK_WORD) || !(w->flags & GE_TOK_CAP) ||
                    w->sentence != tk->sentence || i - k >= 4)
                    break;
                person[k] = 1;
                if (w->flags & GE_TOK_LINE_START)
                    break;
            }
            if (rc_add_surname(r, i))
                return -1;
            continue;
        }
        size_t nick = after_nickname(t, i + 1);
        uint32_t nf = 0, nn;
        if (nick > i + 1 && (tk->flags & GE_TOK_WORD) && (tk->flags & GE_TOK_CAP) &&
            !r->caps_line[i] && rc_name_flags(r, i, &nf, &nn) &&
            (nf & (GE_NAMEF_PERSON | GE_NAMEF_GIVEN))) {
            for (size_t k = i; k <= nick; k++)
                person[k] = 1; /* 'Joaquin "El Chapo" Guzman' */
            if (rc_add_surname(r, nick))
                return -1;
            i = nick;
            continue;
        }
        if (!(tk->flags & GE_TOK_WORD) || !(t->tokens[i + 1].flags & GE_TOK_CAP))
            continue; /* a name follows a title or a first name */
        int title = rc_is(r, i, WC_TITLE) && !r->caps_line[i] &&
                    ((tk->flags & GE_TOK_CAP) || !rc_is(r, i, WC_WEAK_TITLE));
        int first = !title && (is_first_name(r, i) || given_before_name(r, i)) && !r->caps_line[i];
        if (!title && !first)
            continue;
        if (title && rc_title_opens_place(r, i))
            continue; /* "Prince Edward Island" */
        if (title && (tk->flags & GE_TOK_UPPER) && !(tk->flags & GE_TOK_ABBREV))
            continue; /* "DR Congo": a title in capitals without its period is no title */
        if (first && rc_starts_long_name(r, i))
            continue; /* "Washington County", "Jordan Valley" */
        if (first && inside_long_name(r, i))
            continue; /* "San Fernando", "Port Elizabeth": a later word of a place's name */
        /* the capitalized words that follow are the name */
        size_t j = i + 1;
        while (j < t->ntokens && (t->tokens[j].flags & GE_TOK_WORD) &&
               (t->tokens[j].flags & GE_TOK_CAP) && t->tokens[j].sentence == tk->sentence &&
               !(t->tokens[j].flags & GE_TOK_LINE_START) && rc_is(r, j, WC_TITLE))
            j++; /* "Vice President Smith" */
        size_t name_begin = j;
        while (j < t->ntokens && (t->tokens[j].flags & GE_TOK_WORD) &&
               (t->tokens[j].flags & GE_TOK_CAP) && t->tokens[j].sentence == tk->sentence &&
               !(t->tokens[j].flags & GE_TOK_LINE_START) && j - name_begin < 3)
            j++;
        if (j == name_begin)
            continue;
        if (first) {
            /* "Jordan Smith": the first name is part of it; after a first
             * name that is a place too, the next word must not name a
             * state or a country ("Austin Texas", "in Jordan Lebanon"); a
             * first name that is no place opens a person's name whatever
             * follows ("Judith Rivera": no department of Uruguay) */
            ge_name fn;
            if (names_region(r, name_begin) && rc_lookup(r, i, &fn) && fn.ncands)
                continue;
            person[i] = 1;
        }
        for (size_t k = name_begin; k < j; k++)
            person[k] = 1;
        /* the last word is the surname, unless a place is named for the
         * person: later bare mentions are the place ("named for John
         * Limon ... Limon lies") */
        if (!ge_named_for_at(t, i) && rc_add_surname(r, j - 1))
            return -1;
        i = j - 1;
    }
    return 0;
}
