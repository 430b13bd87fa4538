/*
 * recognize.c -- the recognize stage: where a place name is matched.
 *
 * Longest match of token runs against the gazetteer's normalized names
 * (ge_gazetteer_max_tokens tells how far a name starting at a token can
 * reach, so most tokens cost one hash probe), then filters that decide from
 * the text around a match whether it is a place at all:
 *   - case: the name must be written capitalized ("Reading", not "reading");
 *   - abbreviations: "US", "U.S." anywhere; state codes ("TX", "Fla.") only
 *     after "City," or before a ZIP code;
 *   - ordinary words (GE_NAMEF_STOP: "March", "Guard", "Reply"): only a big
 *     place, written capitalized in mid-sentence, or after "in"/"at";
 *   - people: after a title ("President", "Gen."), after a first name ("John
 *     Kirby"), before a surname ("Jordan Smith"), or a surname seen earlier;
 *   - demonyms ("Iraqi", "Americans") become GE_KIND_DEMONYM mentions of
 *     their country, and a capital or country followed by a verb of saying
 *     ("Washington said") a GE_KIND_METONYM;
 *   - names inside other names (a firm's, a newspaper's, an office's, a web
 *     address): recognize_inside.c.
 */
#include "recognize_internal.h"

/* The gazetteer's name flags and reading count of token i's form; 0 when
 * it is no name. */
int rc_name_flags(recog *r, size_t i, uint32_t *flags, uint32_t *ncands)
{
    ge_name nm;
    const ge_token *tk = &r->t->tokens[i];
    if (!(tk->flags & GE_TOK_WORD) || !rc_lookup(r, i, &nm))
        return 0;
    *flags = nm.flags;
    *ncands = nm.ncands;
    return 1;
}

/* Does a capitalised run from token i end in an organisation word within
 * three words ("Syrian Army", "Support Forces")? */
static int opens_org(recog *r, size_t i)
{
    for (size_t j = i; j < r->t->ntokens && j < i + 3; j++) {
        const ge_token *tk = &r->t->tokens[j];
        if (!(tk->flags & GE_TOK_WORD) || !(tk->flags & GE_TOK_CAP) ||
            (tk->flags & GE_TOK_LINE_START))
            return 0;
        uint32_t f = 0, n = 0;
        if (rc_name_flags(r, j, &f, &n) && (f & GE_NAMEF_ORG_WORD))
            return 1;
    }
    return 0;
}

/* Does an empty line lie between bytes a and b of the text? */
static int blank_line_between(const ge_text *t, uint32_t a, uint32_t b)
{
    int lines = 0;
    for (uint32_t k = a; k < b && k < t->len; k++) {
        if (t->s[k] == '\n')
            lines++;
        else if (t->s[k] != ' ' && t->s[k] != '\t' && t->s[k] != '\r')
            lines = 0;
        if (lines >= 2)
            return 1;
    }
    return 0;
}

/* Capitalized word that begins a sentence or a line, or stands in a line
 * written in capitals: its case says nothing. */
static int case_uninformative(const recog *r, size_t i)
{
    const ge_token *tk = &r->t->tokens[i];
    if (tk->flags & (GE_TOK_SENT_START | GE_TOK_LINE_START))
        return 1;
    if (r->caps_line[i])
        return 1;
    /* after an opening quote or bracket at a sentence start */
    if (i > 0 && (r->t->tokens[i - 1].flags & GE_TOK_PUNCT) &&
        (r->t->tokens[i - 1].flags & (GE_TOK_SENT_START | GE_TOK_LINE_START)))
        return 1;
    return 0;
}

/* Marks the tokens of lines mostly in capitals in r->caps_line (zeroed
 * by the caller): one pass counting each line's words as it goes. */
static void mark_caps_lines(recog *r)
{
    const ge_text *t = r->t;
    size_t line_begin = 0, words = 0, upper = 0;
    for (size_t i = 0; i <= t->ntokens; i++) {
        uint32_t f = i < t->ntokens ? t->tokens[i].flags : GE_TOK_LINE_START;
        if ((f & GE_TOK_LINE_START) && i > line_begin) {
            if (words >= 3 && upper * 10 >= words * 6)
                memset(r->caps_line + line_begin, 1, i - line_begin);
            line_begin = i;
            words = upper = 0;
        }
        words += (f & GE_TOK_WORD) != 0;
        upper += (f & (GE_TOK_WORD | GE_TOK_UPPER)) == (GE_TOK_WORD | GE_TOK_UPPER);
    }
}

typedef struct match {
    uint32_t b, e; /* tokens */
    ge_name name;
} match;

/* Is the one-word name ending before token e joined by a hyphen to a
 * capitalised word in ordinary case that names no big place? ("Wal-Mart";
 * not "Watertown-ML", a school's, nor "R-Ashland", a lawmaker's district,
 * where the place comes second) */
static int hyphen_compound(recog *r, size_t e)
{
    const ge_text *t = r->t;
    if (e >= t->ntokens || !(t->tokens[e].flags & GE_TOK_HYPHEN_BEFORE) ||
        !(t->tokens[e].flags & GE_TOK_CAP) || (t->tokens[e].flags & GE_TOK_UPPER) ||
        !(t->tokens[e].flags & GE_TOK_WORD))
        return 0;
    ge_name nm; /* a word that only some hamlet is named ("Mart", Texas) is no place here */
    if (!rc_lookup(r, e, &nm))
        return 1;
    return !rc_cand_summary(r->g, &nm).big;
}

/* Does the text right after the name say it is a place? "X is a city",
 * "X was a small town", "X, a village in", "X (population 3,000)". */
static int defined_as_place(recog *r, size_t e)
{
    const ge_text *t = r->t;
    size_t i = e;
    if (i >= t->ntokens)
        return 0;
    const char *w = t->norm + t->tokens[i].norm;
    int copula = !strcmp(w, "is") || !strcmp(w, "was") || !strcmp(w, ",");
    if (!copula)
        return 0;
    for (size_t k = i + 1; k < t->ntokens && k <= i + 5; k++) {
        if (t->tokens[k].sentence != t->tokens[i].sentence)
            break;
        if (rc_is(r, k, WC_PLACE_NOUN))
            return 1;
    }
    return 0;
}

/* A word for an administrative area ("state", "province", "district"). */
static int area_word_at(recog *r, size_t i)
{
    static const char *const area[] = {"state",      "province", "region",     "district",
                                       "county",     "governorate", "oblast",  "prefecture",
                                       "department", "parish",   "municipality", NULL};
    if (r->t->tokens[i].norm_len <= 4 || !rc_is(r, i, WC_PLACE_NOUN))
        return 0;
    for (int k = 0; area[k]; k++)
        if (rc_tok_word_eq(r->t, i, area[k]))
            return 1;
    return 0;
}

/* Does name a have a reading that name b lacks? */
static int adds_reading(const ge_name *a, const ge_name *b)
{
    for (uint32_t k = 0; k < a->ncands; k++) {
        uint32_t j = 0;
        while (j < b->ncands && b->cands[j].place != a->cands[k].place)
            j++;
        if (j == b->ncands)
            return 1;
    }
    return 0;
}

/* Is token i a capitalised word, in mixed-case text, that is the whole
 * name of small places only (no state, no town of 50,000 people)? */
static int small_place_word(recog *r, size_t i)
{
    const ge_token *tk = &r->t->tokens[i];
    if (!(tk->flags & GE_TOK_WORD) || !(tk->flags & GE_TOK_CAP) ||
        (tk->flags & (GE_TOK_UPPER | GE_TOK_ABBREV)) || r->caps_line[i] ||
        rc_is(r, i, WC_FEATURE | WC_TITLE | WC_SAYING | WC_CALENDAR | WC_MODIFIER | WC_FUNCTION |
                        WC_PREFIX | WC_LOCATIVE))
        return 0;
    ge_name nm;
    if (!rc_lookup(r, i, &nm) || !nm.ncands || (nm.flags & GE_NAMEF_ORG_WORD))
        return 0;
    cand_info ci = rc_cand_summary(r->g, &nm);
    return ci.usable && !ci.big && !ci.any_demonym;
}

/* "Homi Kharas", "Socorro Molina", "Bo Ryan": two capitalised words side
 * by side, each the name of small places only, with no capitalised word
 * around them and no name of the two together, are a person's first name
 * and surname, not two hamlets (token a is the first). */
static int small_pair(recog *r, size_t a)
{
    const ge_text *t = r->t;
    if (a + 1 >= t->ntokens || (t->tokens[a + 1].flags & GE_TOK_LINE_START) ||
        t->tokens[a + 1].sentence != t->tokens[a].sentence ||
        (t->tokens[a + 1].flags & GE_TOK_HYPHEN_BEFORE))
        return 0;
    if (a > 0 && (t->tokens[a - 1].flags & GE_TOK_WORD) && (t->tokens[a - 1].flags & GE_TOK_CAP) &&
        t->tokens[a - 1].sentence == t->tokens[a].sentence && !case_uninformative(r, a))
        return 0;
    if (a + 2 < t->ntokens && (t->tokens[a + 2].flags & GE_TOK_WORD) &&
        (t->tokens[a + 2].flags & GE_TOK_CAP) && t->tokens[a + 2].sentence == t->tokens[a].sentence)
        return 0;
    if (a > 0 && (rc_is(r, a - 1, WC_LOCATIVE) || rc_tok_is(t, a - 1, "the")))
        return 0; /* "near Villa Gella", "the Pino Alto mines" */
    if (!small_place_word(r, a) || !small_place_word(r, a + 1) || rc_starts_long_name(r, a))
        return 0;
    return 1;
}

/* Does the one-word name at token b stand after "in", "near" or "outside",
 * or after such a word, one capitalised word and "and" ("in Konna and
 * Douentza")? */
static int after_in(const ge_text *t, size_t b)
{
    static const char *const ins[] = {"in", "near", "outside", NULL};
    static const char *const ands[] = {"and", "or", NULL};
    if (b >= 1 && ge_tok_word_in(t, b - 1, ins))
        return 1;
    return b >= 3 && ge_tok_word_in(t, b - 1, ands) && (t->tokens[b - 2].flags & GE_TOK_WORD) &&
           (t->tokens[b - 2].flags & GE_TOK_CAP) && ge_tok_word_in(t, b - 3, ins);
}

/* Is token i a capitalised word of the sentence of the word before it? */
static int cap_word_at(const recog *r, size_t i)
{
    const ge_text *t = r->t;
    return i > 0 && i < t->ntokens && (t->tokens[i].flags & GE_TOK_WORD) &&
           (t->tokens[i].flags & GE_TOK_CAP) && t->tokens[i].sentence == t->tokens[i - 1].sentence;
}

/* Is this match a place? Sets *kind. */
/* A word that opens Arabic place names ("Jabal al-Qal'at", "Deir al-Balah",
 * "Wadi al-Seer", "Kafr al-Dawwar"): what follows it is a place's name. */
static int arabic_place_word(const ge_text *t, uint32_t i)
{
    static const char *const words[] = {"jabal", "jebel", "wadi", "deir", "dayr", "tell", "tel",
                                        "tal", "kafr", "beit", "bayt", "bir", "ain", "ayn", "ras",
                                        "khan", "qasr", "bab", "umm", "abu", "bani", "beni",
                                        "jisr", "souq", "nahr", "marj", "hayy", "sidi", "qalaat",
                                        NULL};
    return ge_tok_word_in(t, i, words);
}

static int accept(recog *r, const match *m, const unsigned char *person, ge_kind *kind)
{
    const ge_text *t = r->t;
    const ge_token *first = &t->tokens[m->b], *last = &t->tokens[m->e - 1];
    if (m->e - m->b >= 3 && rc_possessive_at(t, m->e - 2))
        last = &t->tokens[m->e - 3]; /* "St. John's" ends with "John" */
    uint32_t fb = m->b;
    *kind = GE_KIND_TOPONYM;
    cand_info ci = rc_cand_summary(r->g, &m->name);
    if (ci.usable == 0)
        return 0;
    /* "the Gulf": a leading article may be lower case */
    if (m->e - m->b > 1 && !strcmp(rc_tok_norm(t, fb), "the")) {
        first = &t->tokens[++fb];
        /* "the Center" is an alternate name of two small towns, not what
         * "the Center for Disease Control" means */
        if (ci.alt_only && !ci.big)
            return 0;
    }
    if (!(first->flags & GE_TOK_CAP) ||
        (!(last->flags & (GE_TOK_CAP | GE_TOK_NUMBER)) && !area_word_at(r, m->e - 1)))
        return 0;
    for (uint32_t i = m->b; i < m->e; i++)
        if (person[i])
            return 0;
    int single = m->e - fb == 1;
    int uninformative = case_uninformative(r, fb);
    /* (not the last word of the paragraph before: "Sign in" ending a
     * page's menu is no "in" before its headline's "Police") */
    int after_locative = fb > 0 && rc_is(r, fb - 1, WC_LOCATIVE) &&
                         !blank_line_between(t, t->tokens[fb - 1].end, first->start);
    if (single && !(first->flags & GE_TOK_UPPER && !r->caps_line[fb]) &&
        rc_is(r, fb,
              WC_CALENDAR | WC_TITLE | WC_MODIFIER | WC_FEATURE |
                      ((first->flags & GE_TOK_ABBREV) ? 0 : WC_FUNCTION)))
        return 0; /* "March", "She", "Minister", "North", "Lake" alone ("Ill."
                     with its period is Illinois, not "I'll") */
    /* "Lincoln is a city in ...", "the town of Sake": the text says it,
     * even of a surname or an ordinary word (not "the Department of
     * Energy" nor "the City of Rock": a settlement's word; nor "the town
     * of Adan Yabaal", whose name goes on) */
    static const char *const settlements[] = {"town",     "village", "hamlet",
                                              "township", "commune", NULL};
    /* ... or names its kind after it, in lower case, when it is one
     * ("the neighbouring Tank district") */
    int defined = single && (defined_as_place(r, m->e) ||
                             (ci.any_area && m->e < t->ntokens &&
                              !(t->tokens[m->e].flags & GE_TOK_CAP) && area_word_at(r, m->e)) ||
                             (fb >= 2 && rc_tok_is(t, fb - 1, "of") &&
                              ge_tok_word_in(t, fb - 2, settlements) && !cap_word_at(r, m->e)));
    if (single && !defined && rc_is_surname(r, rc_tok_norm(t, fb), first->norm_len))
        return 0;
    /* "Matthew D. Flores", "S. C. Boylston": after an initial, a surname */
    if (fb >= 2 && rc_tok_punct(t, fb - 1, '.') && (t->tokens[fb - 2].flags & GE_TOK_WORD) &&
        t->tokens[fb - 2].end - t->tokens[fb - 2].start == 1 &&
        (t->tokens[fb - 2].flags & GE_TOK_CAP) && !r->caps_line[fb]) {
        if (single)
            rc_add_surname(r, fb);
        return 0;
    }

    /* written as an abbreviation: "US", "U.S.", "Fla.", "TX", "NSW" */
    int abbrev_form = single && ((first->flags & GE_TOK_ABBREV) ||
                                 ((first->flags & GE_TOK_UPPER) && first->end - first->start <= 4));
    if (rc_in_link(t, first->start, last->end))
        return 0;
    /* "US$460", "$US 1.5 billion": a currency */
    if (m->e < t->ntokens && t->tokens[m->e].start == last->end && t->s[last->end] == '$')
        return 0;
    if (abbrev_form && first->start > 0 && t->s[first->start - 1] == '$')
        return 0;
    if (abbrev_form && ci.any_abbrev) {
        /* two-letter state codes collide with words ("IN", "OR", "ME"):
         * they need "City, ST" or a ZIP code; "NSW", "Fla." do not */
        /* ... save dotted ones, which no word is ("S.C.", "D.C.", "N.D.") */
        int dotted = first->end - first->start >= 4 && t->s[first->start + 1] == '.';
        if (ci.any_admin1_abbrev && !ci.any_country_abbrev && first->norm_len <= 2 && !dotted) {
            /* state codes: "Ocala, Fla." "Austin, TX 78701" */
            int after_comma = fb >= 2 && rc_tok_punct(t, fb - 1, ',') &&
                              (t->tokens[fb - 2].flags & GE_TOK_CAP);
            int before_zip = m->e < t->ntokens && (t->tokens[m->e].flags & GE_TOK_NUMBER) &&
                             t->tokens[m->e].end - t->tokens[m->e].start == 5;
            if (!after_comma && !before_zip)
                return 0;
        }
        return 1;
    }
    if (ci.all_abbrev)
        return 0;
    /* "St." alone is not Sete: a word that keeps its period is a place only
     * through an abbreviation reading */
    if (single && (first->flags & GE_TOK_ABBREV))
        return 0;
    /* a dateline: "CLINTON — The council ...", "BAGHDAD, Iraq (Reuters) -",
     * "AKRON, Ohio —" (a short word in capitals, no acronym, only when the
     * dateline's dash or agency follows: not "SAM. JONES, Major-General.") */
    int dateline = 0;
    if ((first->flags & (GE_TOK_LINE_START | GE_TOK_SENT_START)) && (first->flags & GE_TOK_UPPER) &&
        (last->flags & GE_TOK_UPPER) && !r->caps_line[fb] && m->e < t->ntokens &&
        (t->tokens[m->e].flags & GE_TOK_PUNCT) && !ci.all_demonym) {
        const char *p = t->s + t->tokens[m->e].start;
        dateline = *p == ',' || *p == '-' || *p == '(' || !strncmp(p, "\xE2\x80\x94", 3) ||
                   !strncmp(p, "\xE2\x80\x93", 3);
    }
    /* a word in capitals that is not an abbreviation, in mixed-case text, is
     * an acronym of something else ("CHAD" rarely, "ISIS" often), unless it
     * opens a dateline */
    if (single && (first->flags & GE_TOK_UPPER) && !r->caps_line[fb] &&
        first->end - first->start <= 5 && !ci.any_country_or_capital &&
        !(dateline && rc_dateline_end(t, m->e)))
        return 0;
    if (single && rc_hyphen_compound(r, fb, m->e, &ci))
        return 0;
    /* "Canadian" is the adjective, not Canadian, Texas */
    if (ci.all_demonym || (ci.any_demonym && !ci.any_region_primary)) {
        *kind = GE_KIND_DEMONYM;
        return 1;
    }
    /* "Marburg virus", "Spanish flu", "the Zwai tribe": a disease, people or
     * language named like a place is no mention of it; so is the first of
     * two such names ("the Tibu and Zwai tribes") */
    if (rc_names_not_place(r, m->e))
        return 0;
    /* "the Bush administration" is a leader's, not a town's ("the Vatican
     * administration", a state's or a capital's, stays) */
    if (single && rc_leader_body_at(t, m->e) && !ci.any_country_or_capital && !ci.any_region_primary)
        return 0;
    if (single && rc_names_firm_or_day(t, fb, m->e, ci.big))
        return 0;
    if (rc_names_paper(t, m->e, after_locative))
        return 0; /* "The New York Times reported" */
    /* "Al-Hedoud", "Wal-Mart", "Coca-Cola": a town's name (or a state's
     * abbreviation) joined by a hyphen to a capitalised word that is no
     * place is part of a name ("Dayton-Cincinnati" and "US-Iraqi" are
     * places) */
    if (single && !ci.big_named && hyphen_compound(r, m->e))
        return 0;
    if (dateline)
        return 1;
    /* "Franklin is a city in Merrimack County": the text says it */
    if (defined && !ci.all_demonym)
        return 1;
    /* (its surname is not remembered: "Leland Stanford" leaves the town of
     * Stanford a town) */
    if (single && !after_locative && (small_pair(r, fb) || (fb > 0 && small_pair(r, fb - 1))))
        return 0; /* "Socorro Molina" */
    int lower_too = single && rc_seen_lower(r, fb);
    if (lower_too && !after_locative && (!ci.big || uninformative))
        return 0;
    if (single && ci.alt_only && !ci.big && (uninformative || lower_too))
        return 0;
    /* ('"Part-time employees can work six months": "Part" is an alternate
     * name of Perth) an ordinary English word read only as a big city's
     * alternate name, capitalised only because it opens a sentence, is the
     * word */
    if (single && ci.alt_only && (m->name.flags & GE_NAMEF_WORD) && uninformative &&
        !after_locative)
        return 0;
    /* "Jin", "Lu": a word of two or three letters that is only an
     * alternate name (a Chinese city's one-syllable short name, a
     * transliteration) is more often a person's name */
    if (single && ci.alt_only && first->norm_len <= 3 && !(first->flags & GE_TOK_UPPER) &&
        !after_locative)
        return 0;
    /* "Hayat Tahrir al-Sham", "Ahrar al-Sham", "Jaish al-Islam": a name
     * joined by "al-" to a capitalised word before it ends an
     * organisation's name (a town's whole name, "Deir al-Zor", is one
     * match of its own) */
    if (single && fb >= 2 && (first->flags & GE_TOK_HYPHEN_BEFORE) && rc_tok_is(t, fb - 1, "al") &&
        (t->tokens[fb - 2].flags & GE_TOK_WORD) && (t->tokens[fb - 2].flags & GE_TOK_CAP) &&
        t->tokens[fb - 2].sentence == first->sentence && !r->caps_line[fb] &&
        !rc_is(r, fb - 2, WC_LOCATIVE | WC_FUNCTION | WC_TITLE | WC_FEATURE) &&
        !arabic_place_word(t, fb - 2))
        return 0;
    /* "near the Ta Muen Thom temple": a word of two or three letters that
     * a capitalised word no place or feature follows mid-sentence begins a
     * longer name */
    if (single && first->norm_len <= 3 && !(first->flags & (GE_TOK_UPPER | GE_TOK_SENT_START)) &&
        m->e < t->ntokens && (t->tokens[m->e].flags & GE_TOK_WORD) &&
        (t->tokens[m->e].flags & GE_TOK_CAP) && !(t->tokens[m->e].flags & GE_TOK_UPPER) &&
        t->tokens[m->e].sentence == first->sentence && !r->caps_line[fb] &&
        !rc_is(r, m->e, WC_FEATURE | WC_MODIFIER | WC_CALENDAR | WC_TITLE) && !area_word_at(r, m->e))
        return 0;
    /* "Rocky Mountain National Park": "National Park" (a town in New
     * Jersey) after a capitalised word ends that word's park */
    if (fb > 0 && rc_tok_is(t, fb, "national") && !(first->flags & GE_TOK_LINE_START) &&
        (t->tokens[fb - 1].flags & GE_TOK_WORD) && (t->tokens[fb - 1].flags & GE_TOK_CAP) &&
        t->tokens[fb - 1].sentence == first->sentence)
        return 0;
    /* "D-W" (of "D-W. Va."): single letters read as a place through an
     * alternate name, not an abbreviation the gazetteer knows */
    int letters = 1;
    for (uint32_t k = fb; k < m->e && letters; k++)
        letters = t->tokens[k].end - t->tokens[k].start == 1;
    if (letters && m->e - fb >= 2 && ci.alt_only && !ci.big)
        return 0;
    /* "Martha's": a given name with a possessive, read as a small place
     * only through an alternate name, is the person's */
    if (single && ci.alt_only && !ci.big && (m->name.flags & GE_NAMEF_GIVEN) && m->e + 1 < t->ntokens &&
        rc_possessive_at(t, m->e))
        return 0;
    /* "Rosario Murillo said": a town's name before a capitalised word the
     * gazetteer does not know, or knows only as small places' name, and a
     * verb of saying is a person's first
     * name, however big the town (not a state's or a capital's: "Kabul
     * Bank said"; nor an organisation's: "Denver Police said"; nor a
     * paper's after "the": "the Decatur Democrat said") */
    if (single && !after_locative && !ci.any_country_or_capital && !ci.any_region_primary &&
        !(fb > 0 && rc_tok_is(t, fb - 1, "the")) && m->e + 1 < t->ntokens &&
        cap_word_at(r, m->e) &&
        !(t->tokens[m->e].flags & (GE_TOK_UPPER | GE_TOK_HYPHEN_BEFORE)) &&
        !rc_is(r, m->e, WC_FEATURE | WC_TITLE | WC_SAYING | WC_CALENDAR | WC_MODIFIER) &&
        !opens_org(r, m->e) && rc_is(r, m->e + 1, WC_SAYING)) {
        uint32_t nf, nc;
        if (!rc_name_flags(r, m->e, &nf, &nc) || nc == 0 || small_place_word(r, m->e))
            return 0;
    }
    /* "Jones said": a small place before a verb of saying is a person
     * (not after "in": "Residents in Douentza said", "villagers in Konna
     * and Douentza said"); so is one after it that ends the clause ("said
     * Jamil, a resident of") */
    if (single && !ci.big && m->e < t->ntokens && rc_is(r, m->e, WC_SAYING) &&
        !after_in(t, fb))
        return 0;
    if (single && (!ci.big || ((m->name.flags & GE_NAMEF_PERSON) && ci.alt_only)) && fb > 0 &&
        rc_is(r, fb - 1, WC_SAYING) && m->e < t->ntokens &&
        (rc_tok_punct(t, m->e, ',') || rc_tok_punct(t, m->e, '.')))
        return 0;
    /* "Raquel Henry", "Hillary Clinton": a small place right after a
     * capitalized word that is no place is the end of a person's name */
    uint32_t pf = 0, pn = 0;
    int known = single && fb > 0 && rc_name_flags(r, fb - 1, &pf, &pn);
    /* a given name ("Ella Fitzgerald", "Miles Davis") says so even at a
     * sentence's start, and before a town of up to 250,000 people */
    int given = known && (pf & (GE_NAMEF_PERSON | GE_NAMEF_GIVEN));
    if (single && fb > 0 && !uninformative && !(first->flags & GE_TOK_HYPHEN_BEFORE) &&
        (!case_uninformative(r, fb - 1) || given)) {
        const ge_token *pv = &t->tokens[fb - 1];
        if ((pv->flags & GE_TOK_WORD) && (pv->flags & GE_TOK_CAP) && !(pv->flags & GE_TOK_ABBREV) &&
            !(pv->flags & GE_TOK_UPPER) && !rc_is(r, fb - 1, WC_MODIFIER) &&
            !rc_is(r, fb - 1, WC_FUNCTION) && !rc_is(r, fb - 1, WC_FEATURE) &&
            !(known && pn > 0 && !(pf & (GE_NAMEF_PERSON | GE_NAMEF_GIVEN))) &&
            !(known && (pf & GE_NAMEF_ORG_WORD)) && (!ci.big || !known || (given && ci.town_only))) {
            /* the person may come back by surname alone */
            if (!ci.big)
                rc_add_surname(r, fb);
            return 0;
        }
    }
    /* "Place du Luxembourg", "Rue de Paris", "Via Roma": a square or a
     * street named after the place is in another town ("Place" needs its
     * particle: "in Place" is no street); nor is the street's word itself
     * a town ("Rue" of "Rue de Paris") */
    if (fb >= 1) {
        uint32_t q = fb - 1;
        int particle = q >= 1 && rc_is(r, q, WC_PARTICLE);
        q -= (uint32_t)particle;
        if (rc_is(r, q, WC_STREET) && (t->tokens[q].flags & GE_TOK_CAP) &&
            t->tokens[q].sentence == first->sentence &&
            (particle || !rc_tok_is(t, q, "place")))
            return 0;
    }
    if (single && rc_is(r, fb, WC_STREET) && m->e + 1 < t->ntokens && rc_is(r, m->e, WC_PARTICLE) &&
        (t->tokens[m->e + 1].flags & GE_TOK_CAP))
        return 0;
    /* "The Marlin Luanda was hit", "the Galaxy Leader": after "the", a
     * capitalised word that is no place, no modifier and no name opens the
     * name of a thing (a ship, a hotel), even before a capital city */
    if (single && ci.big && !after_locative && fb >= 2 && rc_tok_is(t, fb - 2, "the") &&
        !(first->flags & GE_TOK_HYPHEN_BEFORE)) { /* (not "the Washington-Moscow route") */
        const ge_token *pv = &t->tokens[fb - 1];
        uint32_t qf = 0, qn = 0;
        if ((pv->flags & GE_TOK_WORD) && (pv->flags & GE_TOK_CAP) && !(pv->flags & GE_TOK_UPPER) &&
            !(pv->flags & GE_TOK_ABBREV) && pv->sentence == first->sentence &&
            !rc_is(r, fb - 1, WC_MODIFIER | WC_FUNCTION | WC_FEATURE | WC_TITLE | WC_CALENDAR) &&
            !(rc_name_flags(r, fb - 1, &qf, &qn) && (qf & GE_NAMEF_ORG_WORD)))
            return 0;
    }
    /* "Dublin City Council", "San Fernando City Councilwoman", "Dublin City
     * Manager" (a manager is a title, as a mayor is): a name
     * that ends in "City" before an office's or a body's word is the
     * shorter name ("Dublin") */
    if (!single && (ci.alt_only || rc_city_area_only(r->g, &m->name)) &&
        rc_tok_is(t, m->e - 1, "city") && rc_opens_office(r, m->e - 1))
        return 0;
    uint32_t f = m->name.flags;
    if (single && (f & GE_NAMEF_ORG_WORD) && !after_locative)
        return 0;
    /* "Free Syrian Army": read off an alternate name only ("Free" for Free
     * State), the first word of a capitalised run that ends in an
     * organisation word opens the organisation's name ("Woodstock Police
     * Department" still names Woodstock) */
    if (single && ci.alt_only && !after_locative && opens_org(r, m->e))
        return 0;
    if (single && (f & GE_NAMEF_STOP)) {
        /* "at City Hall", "the Union Station": an ordinary word that opens
         * a longer capitalised name is part of that name */
        if (m->e < t->ntokens && (t->tokens[m->e].flags & GE_TOK_WORD) &&
            (t->tokens[m->e].flags & GE_TOK_CAP) && !case_uninformative(r, m->e) &&
            !rc_is(r, m->e, WC_FEATURE))
            return 0;
        if (uninformative && !after_locative)
            return 0;
        if (!ci.big && !after_locative)
            return 0;
    }
    /* "Boko Haram", "Let Yet Kone": a hamlet's name that opens a
     * capitalised run of words the gazetteer does not know is a piece of
     * that longer name (an organisation's, a village's it lacks); so is a
     * district's name that no town bears after a verb of saying or a comma,
     * where news names people ("said Krishna Bahadur Thapa") */
    int person_slot = fb > 0 && (rc_is(r, fb - 1, WC_SAYING) || rc_tok_punct(t, fb - 1, ','));
    if (single &&
        ((ci.town_only && ci.max_pop < 5000) || (person_slot && rc_area_only(r->g, &m->name))) &&
        !after_locative && m->e < t->ntokens &&
        (t->tokens[m->e].flags & GE_TOK_WORD) && (t->tokens[m->e].flags & GE_TOK_CAP) &&
        !(t->tokens[m->e].flags & GE_TOK_LINE_START) && !case_uninformative(r, m->e) &&
        !rc_is(r, m->e, WC_FEATURE | WC_TITLE | WC_SAYING | WC_CALENDAR) &&
        !opens_org(r, m->e)) {
        uint32_t nf, nc;
        if (!rc_name_flags(r, m->e, &nf, &nc) || nc == 0)
            return 0;
    }
    /* an abbreviation's reading ("AL" for Alabama) makes no given name big,
     * nor does a city's alternate name ("Adan Yabaal": not Aden) */
    if (single && ((f & GE_NAMEF_PERSON) || ((f & GE_NAMEF_GIVEN) && (!ci.big_named || ci.alt_only)))) {
        /* "Jordan Henderson", "Chet Baker": a first name (of a town under
         * 50,000 people, for the long lists) before a capitalized word that is
         * not a place ("Florence Township", "Marion Police" still are), or
         * before a double surname ("Joanna Redfern-Hardisty") */
        if (m->e < t->ntokens && (t->tokens[m->e].flags & GE_TOK_WORD) &&
            (t->tokens[m->e].flags & GE_TOK_CAP) && !(t->tokens[m->e].flags & GE_TOK_LINE_START) &&
            ((f & GE_NAMEF_PERSON) ||
             (!rc_is(r, m->e, WC_FEATURE) && !opens_org(r, m->e)))) {
            uint32_t nf, nc;
            if (!rc_name_flags(r, m->e, &nf, &nc) || nc == 0 || rc_double_name_at(t, m->e))
                return 0;
        }
        if ((f & GE_NAMEF_PERSON) && uninformative && !ci.big)
            return 0;
        if (rc_particle_name_at(t, m->e))
            return 0; /* "Dennis van Engelsdorp" */
    }
    if (ci.any_country_or_capital && m->e < t->ntokens && rc_is(r, m->e, WC_SAYING) &&
        !after_locative)
        *kind = GE_KIND_METONYM;
    return 1;
}

/* Longest acceptable name starting at token i; returns its token count. */
static uint32_t match_at(recog *r, size_t i, const unsigned char *person, match *out,
                         ge_kind *kind)
{
    const ge_text *t = r->t;
    const ge_token *tk = &t->tokens[i];
    if (!(tk->flags & GE_TOK_WORD))
        return 0;
    /* names start with a capital, or with "the" before one: most tokens
     * cost nothing */
    if (!(tk->flags & GE_TOK_CAP) &&
        !(i + 1 < t->ntokens && (t->tokens[i + 1].flags & GE_TOK_CAP) && tk->norm_len == 3 &&
          !memcmp(rc_tok_norm(t, i), "the", 3)))
        return 0;
    uint32_t maxn = rc_max_tokens(r, i), plain = maxn;
    if (i + 1 < t->ntokens && rc_possessive_at(t, i + 1)) {
        /* "King's Lynn": the names that start with "kings" */
        char w[64];
        size_t wn = tk->norm_len;
        if (wn + 1 < sizeof w) {
            memcpy(w, rc_tok_norm(t, i), wn);
            w[wn++] = 's';
            uint32_t m2 = ge_gazetteer_max_tokens(r->g, w, wn);
            if (m2 > maxn)
                maxn = m2;
        }
    }
    if (!maxn)
        return 0;
    if (maxn > RC_MAX_NAME_TOKENS)
        maxn = RC_MAX_NAME_TOKENS;
    match found[RC_MAX_NAME_TOKENS + 4];
    size_t nfound = 0;
    rc_key key;
    rc_key_init(&key);
    uint32_t words = 0;
    int joined = 0; /* the key took a possessive's "s" */
    for (uint32_t n = 1; i + n <= t->ntokens && nfound < RC_MAX_NAME_TOKENS + 4; n++) {
        const ge_token *tn = &t->tokens[i + n - 1];
        /* a possessive inside a name ("King's Lynn", "Martha's Vineyard",
         * "St. John's"): the gazetteer writes "kings lynn"; a name of
         * one word and its 's ("the Queen's speech") is not one */
        if (n > 1 && rc_possessive_at(t, i + n - 1) && tn->sentence == tk->sentence) {
            rc_key_join_s(&key);
            joined = 1;
            n++;
            ge_name nm;
            if (words >= 2 && ge_gazetteer_lookup_h(r->g, key.s, key.len, key.h, &nm) && nm.ncands) {
                found[nfound].b = (uint32_t)i;
                found[nfound].e = (uint32_t)(i + n);
                found[nfound].name = nm;
                nfound++;
            }
            continue;
        }
        if (!(tn->flags & GE_TOK_WORD) || tn->sentence != tk->sentence || words >= maxn)
            break;
        if (n > 1 && (tn->flags & GE_TOK_LINE_START))
            break;
        /* inside a name only particles are lower case ("Isle of Man", "Rio
         * de Janeiro", "Stratford-upon-Avon"), and a name ends capitalized */
        /* ... save an area's word in lower case after a name ("Plateau
         * state", "Rivers state"), taken when it names an area the name
         * alone does not (the state's own name is "Plateau State") */
        int area_word = n > 1 && !(tn->flags & GE_TOK_CAP) && area_word_at(r, i + n - 1) &&
                        !rc_is(r, i, WC_MODIFIER); /* "the first Northern state" */
        if (n > 1 && !(tn->flags & GE_TOK_CAP) && tn->norm_len > 4 && !area_word)
            break;
        rc_key_add(&key, t, i + n - 1);
        words++;
        if (!joined && words > plain)
            continue; /* only names with the possessive go this far */
        ge_name nm;
        int hit = n == 1 ? rc_lookup(r, i, &nm)
                         : ge_gazetteer_lookup_h(r->g, key.s, key.len, key.h, &nm);
        if (area_word && hit && nm.ncands &&
            (!nfound || found[nfound - 1].e != i + n - 1 || !adds_reading(&nm, &found[nfound - 1].name)))
            break;
        if (hit && nm.ncands) {
            found[nfound].b = (uint32_t)i;
            found[nfound].e = (uint32_t)(i + n);
            found[nfound].name = nm;
            nfound++;
        }
        if (area_word)
            break;
    }
    while (nfound--) {
        /* "the Golan Heights": a name with its article ("the Golan") that
         * a longer name after the article outruns is that longer name's */
        if (found[nfound].e - found[nfound].b >= 2 && !strcmp(rc_tok_norm(t, i), "the") &&
            i + 1 + rc_long_name_tokens(r, i + 1) > found[nfound].e)
            return 0;
        if (accept(r, &found[nfound], person, kind)) {
            *out = found[nfound];
            return found[nfound].e - found[nfound].b;
        }
    }
    return 0;
}

ge_status ge_recognize(const ge_gazetteer *g, const ge_text *t, ge_mentions *out)
{
    if (!t->ntokens)
        return GE_OK;
    recog r = {.g = g, .t = t};
    ge_status st = GE_OK;
    unsigned char *person = calloc(t->ntokens, 1);
    r.caps_line = calloc(t->ntokens, 1);
    if (!person || !r.caps_line) {
        st = GE_ERR_NOMEM;
        goto done;
    }
    mark_caps_lines(&r);
    if (rc_words_index(&r) || rc_find_people(&r, person)) {
        st = GE_ERR_NOMEM;
        goto done;
    }
    for (size_t i = 0; i < t->ntokens; i++) {
        /* page furniture (page.c) names other stories' places; a name
         * (match_at, rc_area_variant_at) opens with a capitalised word, or
         * with a word before one ("the"): most tokens are passed over here */
        uint32_t f = t->tokens[i].flags;
        if ((f & GE_TOK_FURNITURE) || !(f & GE_TOK_WORD) ||
            (!(f & GE_TOK_CAP) && !(i + 1 < t->ntokens && (t->tokens[i + 1].flags & GE_TOK_CAP))))
            continue;
        match m;
        ge_kind kind;
        uint32_t n = match_at(&r, i, person, &m, &kind);
        /* "DeSoto Parish", "St. Louis County": a county the gazetteer
         * spells otherwise, not a namesake town of its first words */
        ge_name vn;
        uint32_t vn_n = rc_area_variant_at(&r, i, &vn);
        if (vn_n > n) {
            m = (match){.b = (uint32_t)i, .e = (uint32_t)(i + vn_n), .name = vn};
            kind = GE_KIND_TOPONYM;
            n = vn_n;
        }
        if (!n)
            continue;
        if (GE_PUSH(out->v, out->cap, out->n)) {
            st = GE_ERR_NOMEM;
            goto done;
        }
        ge_mention *mn = &out->v[out->n++];
        memset(mn, 0, sizeof *mn);
        uint32_t b = m.b, e = m.e;
        /* "the Gulf" is matched with its article, but the name is "Gulf" */
        if (e - b > 1 && !strcmp(rc_tok_norm(t, b), "the") && !(t->tokens[b].flags & GE_TOK_CAP))
            b++;
        mn->start = t->tokens[b].start;
        mn->end = t->tokens[e - 1].end;
        mn->tok_begin = m.b; /* the gazetteer key keeps it */
        mn->tok_end = e;
        mn->place = GE_NONE;
        /* "Wichita Drive", "Catawba River": a street or feature named after
         * the place; kept as a mention, which the resolver leaves unplaced
         * (its whole name is not in the gazetteer) */
        size_t fe = e;
        while (fe < t->ntokens && fe - e < 2 && (t->tokens[fe].flags & GE_TOK_WORD) &&
               (t->tokens[fe].flags & GE_TOK_CAP) && !(t->tokens[fe].flags & GE_TOK_LINE_START) &&
               ((rc_is(&r, fe, WC_FEATURE) && !rc_starts_long_name(&r, fe) &&
                 !rc_opens_office(&r, fe)) ||
                /* ("the Niger Delta", "the Congo Basin": no country; "Delta"
                 * alone is a state of Nigeria, so no feature word) */
                ge_tok_among(t, fe, "delta", "basin") ||
                (rc_tok_is(t, fe, "national") && fe + 1 < t->ntokens &&
                 (t->tokens[fe + 1].flags & GE_TOK_CAP) && rc_is(&r, fe + 1, WC_FEATURE))))
            fe++; /* ("Zion National Park", not Zion and the town of National Park) */
        if (fe > e) {
            mn->end = t->tokens[fe - 1].end;
            mn->tok_end = (uint32_t)fe;
            n = (uint32_t)(fe - m.b);
        }
        /* "Fort Craig", "Lake Lanier": a generic word before the name is part
         * of the name as written (the span takes it); the gazetteer has no
         * such name, so the resolver places it by the name it is named after
         * (tok_begin stays there) */
        if (m.b > 0 && b == m.b) {
            const ge_token *pv = &t->tokens[m.b - 1];
            int free = out->n < 2 || out->v[out->n - 2].tok_end < m.b;
            if (free && (pv->flags & GE_TOK_WORD) && (pv->flags & GE_TOK_CAP) &&
                pv->sentence == t->tokens[m.b].sentence && rc_is(&r, m.b - 1, WC_PREFIX) &&
                !(t->tokens[m.b].flags & GE_TOK_LINE_START)) {
                mn->start = pv->start;
            }
        }
        mn->sentence = t->tokens[m.b].sentence;
        mn->kind = kind;
        mn->name_flags = m.name.flags;
        i += n - 1;
    }
done:
    for (size_t i = 0; i < r.nsurnames; i++)
        free(r.surnames[i]);
    free(r.surnames);
    rc_words_free(&r);
    free(r.caps_line);
    free(person);
    return st;
}

