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
 *     ("Washington said") a GE_KIND_METONYM.
 */
#include "internal.h"

#define MAX_NAME_TOKENS 8

static int word_in(const char *w, size_t n, const char *const *list)
{
    if (!n)
        return 0;
    for (size_t i = 0; list[i]; i++)
        if (list[i][0] == w[0] && !strncmp(list[i], w, n) && list[i][n] == '\0')
            return 1;
    return 0;
}

/* Words before a person's name. */
static const char *const titles[] = {
    "mr", "mrs", "ms", "miss", "dr", "prof", "professor", "president", "gen", "general", "sen",
    "senator", "rep", "representative", "gov", "governor", "judge", "justice", "officer", "sgt",
    "sergeant", "lt", "lieutenant", "col", "colonel", "capt", "captain", "maj", "major", "chief",
    "minister", "secretary", "spokesman", "spokeswoman", "spokesperson", "pope", "king", "queen",
    "prince", "princess", "sheikh", "ayatollah", "mayor", "deputy", "detective", "det", "coach",
    "bishop", "rev", "reverend", "father", "sister", "brother", "uncle", "aunt", "sir", "lady",
    "lord", "commissioner", "chairman", "chairwoman", "director", "trooper", "cpl", "corporal",
    "pvt", "private", "adm", "admiral", "attorney", "councilman", "councilwoman", "superintendent",
    "principal", "dean", "emir", "imam", "rabbi", "pastor", "ambassador", "envoy", "premier",
    "chancellor", "vice", "sheriff", "constable", "inspector", "agent", "nurse", "doctor", NULL};

/* Prepositions that introduce a place. */
static const char *const locatives[] = {
    "in", "at", "near", "from", "to", "outside", "inside", "across", "around", "throughout",
    "into", "toward", "towards", "via", "within", "between", "across", "northern", "southern",
    "eastern", "western", "central", "downtown", NULL};

/* Verbs of saying after a capital or country make it a metonym. */
static const char *const saying[] = {
    "said", "says", "say", "announced", "announces", "denied", "denies", "warned", "warns",
    "accused", "accuses", "insisted", "insists", "responded", "rejected", "rejects", "claimed",
    "claims", "told", "stated", "urged", "urges", "condemned", "condemns", "demanded", "demands",
    "threatened", "threatens", "vowed", "vows", "refused", "refuses", "agreed", "agrees",
    "welcomed", "welcomes", "criticized", "criticised", "declared", "confirmed", "hopes", "wants",
    "believes", NULL};

/* Closed-class English words (pronouns, determiners, prepositions,
 * conjunctions, auxiliaries, number words): a capitalized one starts a
 * sentence or a title; it is never a place on its own. */
static const char *const function_words[] = {
    "a", "an", "the", "this", "that", "these", "those", "i", "ive", "id", "ill", "im", "me", "my",
    "we", "were", "weve", "us", "our", "you", "youre", "your", "he", "hes", "him", "his", "she",
    "shes", "her", "it", "its", "they", "theyre", "them", "their", "who", "whom", "whose", "what",
    "which", "when", "where", "why", "how", "all", "any", "both", "each", "every", "some", "no",
    "not", "none", "many", "much", "more", "most", "few", "other", "such", "only", "own", "same",
    "so", "than", "too", "very", "can", "will", "just", "should", "would", "could", "may",
    "might", "must", "shall", "do", "does", "did", "done", "is", "are", "was", "be", "been",
    "being", "have", "has", "had", "having", "and", "but", "or", "nor", "if", "then", "else",
    "because", "as", "until", "while", "of", "at", "by", "for", "with", "about", "against",
    "between", "into", "through", "during", "before", "after", "above", "below", "to", "from",
    "up", "down", "in", "out", "on", "off", "over", "under", "again", "further", "once", "here",
    "there", "since", "also", "yet", "still", "even", "though", "although", "however", "unless",
    "whether", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "first", "second", "third", "last", "next", "new", "old", "now", "today", "yesterday",
    "tomorrow", "tonight", "said", "says", "mr", "mrs", "ms", "per", "via", "among", "within",
    "without", "upon", "around", "along", "across", "behind", "beyond", "despite", "near",
    "toward", "towards", "like", "unlike", "let", "lets", "get", "got", "go", "went", NULL};

/* Words that make a capitalized word before a place part of the place's
 * description, not of a person's name ("Northern Virginia"). */
static const char *const place_modifiers[] = {
    "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
    "northeast", "northwest", "southeast", "southwest", "northeastern", "northwestern",
    "southeastern", "southwestern", "upper", "lower", "greater", "downtown", "metro", "rural",
    "coastal", "suburban", "inner", "outer", "mid", "middle", "far", "deep", "old", "new", NULL};

/* Generic words of place names: after a name they make a street or a
 * natural feature ("Wichita Drive", "Catawba River"), before one they are
 * part of it ("Lake Lanier", "Fort Hood"). */
static const char *const feature_words[] = {
    "street", "st", "avenue", "ave", "road", "rd", "drive", "dr", "boulevard", "blvd", "lane",
    "ln", "parkway", "pkwy", "highway", "hwy", "way", "court", "ct", "place", "pl", "terrace",
    "trail", "circle", "square", "plaza", "bridge", "river", "creek", "lake", "lakes", "island",
    "islands", "valley", "mountain", "mountains", "mount", "mt", "hill", "hills", "bay", "beach",
    "park", "forest", "canyon", "falls", "springs", "harbor", "harbour", "port", "fort", "ft",
    "camp", "cape", "gulf", "sea", "ocean", "peninsula", "desert", "township", "station",
    "airport", "base", "dam", "reservoir", "pond", "swamp", "ridge", "heights", "estates",
    "district", "region", "province", "state", "pike", "turnpike", "crossing", "ford", "landing",
    "point", "glen", "grove", "meadow", "meadows", "woods", "village", NULL};

/* Months and weekdays: never places on their own. */
static const char *const calendar[] = {
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday",
    "saturday", "sunday", NULL};

static const char *tok_norm(const ge_text *t, size_t i)
{
    return t->norm + t->tokens[i].norm;
}

static int tok_is(const ge_text *t, size_t i, const char *const *list)
{
    return word_in(tok_norm(t, i), t->tokens[i].norm_len, list);
}

static int tok_punct(const ge_text *t, size_t i, char c)
{
    const ge_token *tk = &t->tokens[i];
    return (tk->flags & GE_TOK_PUNCT) && tk->end - tk->start == 1 && t->s[tk->start] == c;
}

size_t ge_tokens_key(const ge_text *t, uint32_t b, uint32_t e, char *out, size_t cap)
{
    size_t n = 0;
    out[0] = '\0';
    for (uint32_t i = b; i < e; i++) {
        const ge_token *tk = &t->tokens[i];
        if (!tk->norm_len)
            continue;
        if (n + tk->norm_len + 2 > cap)
            break;
        if (n)
            out[n++] = ' ';
        memcpy(out + n, t->norm + tk->norm, tk->norm_len);
        n += tk->norm_len;
    }
    out[n] = '\0';
    return n;
}

/* Per-article state of the recognizer. */
typedef struct recog {
    const ge_gazetteer *g;
    const ge_text *t;
    unsigned char *caps_line; /* per token: its line is written in capitals */
    char **surnames;          /* normalized surnames seen after first names */
    size_t nsurnames, surnames_cap;
    uint64_t *lower;          /* hash set of words written in lower case */
    size_t lower_mask;
} recog;

/* The article's own evidence that a word is an ordinary word: it is also
 * written in lower case somewhere ("the city" makes "City Council"'s
 * "City" a word, not the suburb of Canberra). */
static int build_lower_set(recog *r)
{
    const ge_text *t = r->t;
    size_t cap = 64;
    while (cap < t->ntokens * 2)
        cap *= 2;
    r->lower = calloc(cap, sizeof *r->lower);
    if (!r->lower)
        return -1;
    r->lower_mask = cap - 1;
    for (size_t i = 0; i < t->ntokens; i++) {
        const ge_token *tk = &t->tokens[i];
        if (!(tk->flags & GE_TOK_WORD) || (tk->flags & GE_TOK_CAP) || !tk->norm_len)
            continue;
        uint64_t h = ge_hash(t->norm + tk->norm, tk->norm_len) | 1;
        size_t k = h & r->lower_mask;
        while (r->lower[k] && r->lower[k] != h)
            k = (k + 1) & r->lower_mask;
        r->lower[k] = h;
    }
    return 0;
}

static int seen_lower(const recog *r, size_t i)
{
    const ge_token *tk = &r->t->tokens[i];
    uint64_t h = ge_hash(r->t->norm + tk->norm, tk->norm_len) | 1;
    size_t k = h & r->lower_mask;
    while (r->lower[k]) {
        if (r->lower[k] == h)
            return 1;
        k = (k + 1) & r->lower_mask;
    }
    return 0;
}

static int name_flags(const recog *r, size_t i, uint32_t *flags, uint32_t *ncands)
{
    ge_name nm;
    const ge_token *tk = &r->t->tokens[i];
    if (!(tk->flags & GE_TOK_WORD) || !ge_gazetteer_lookup(r->g, tok_norm(r->t, i), tk->norm_len, &nm))
        return 0;
    *flags = nm.flags;
    *ncands = nm.ncands;
    return 1;
}

static int is_first_name(const recog *r, size_t i)
{
    uint32_t f, n;
    return (r->t->tokens[i].flags & GE_TOK_CAP) && name_flags(r, i, &f, &n) &&
           (f & GE_NAMEF_PERSON);
}

static int is_surname(const recog *r, const char *key, size_t n)
{
    for (size_t i = 0; i < r->nsurnames; i++)
        if (strlen(r->surnames[i]) == n && !memcmp(r->surnames[i], key, n))
            return 1;
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

static void mark_caps_lines(recog *r)
{
    const ge_text *t = r->t;
    size_t line_begin = 0;
    for (size_t i = 0; i <= t->ntokens; i++) {
        if (i == t->ntokens || (i > line_begin && (t->tokens[i].flags & GE_TOK_LINE_START))) {
            size_t words = 0, upper = 0;
            for (size_t k = line_begin; k < i; k++) {
                if (!(t->tokens[k].flags & GE_TOK_WORD))
                    continue;
                words++;
                upper += (t->tokens[k].flags & GE_TOK_UPPER) != 0;
            }
            int caps = words >= 3 && upper * 10 >= words * 6;
            for (size_t k = line_begin; k < i; k++)
                r->caps_line[k] = (unsigned char)caps;
            line_begin = i;
        }
    }
}

/* Titles that are ordinary words in lower case ("a major", "the general
 * public"): titles only when capitalized. */
static const char *const weak_titles[] = {
    "major", "general", "private", "father", "sister", "brother", "lady", "vice", "agent",
    "nurse", "doctor", "principal", "director", "chief", "deputy", "lord", "king", "queen",
    "prince", "princess", "uncle", "aunt", "dean", "envoy", "premier", "justice", "trooper",
    "officer", "minister", "secretary", "attorney", "inspector", "rep", "det", NULL};

/* Is token i a country or a state name (so not a surname after a first
 * name: "in Jordan Saturday" is no person)? */
static int names_region(const recog *r, size_t i)
{
    const ge_token *tk = &r->t->tokens[i];
    ge_name nm;
    if (!ge_gazetteer_lookup(r->g, r->t->norm + tk->norm, tk->norm_len, &nm))
        return 0;
    for (uint32_t k = 0; k < nm.ncands; k++) {
        const ge_place *p = ge_gazetteer_place(r->g, nm.cands[k].place);
        if (p->level <= GE_LEVEL_ADMIN1 && !(nm.cands[k].flags & GE_NAME_ABBREV))
            return 1;
    }
    return 0;
}

/* Does a gazetteer name of two or more words start at token i? */
static int starts_long_name(const recog *r, size_t i)
{
    const ge_text *t = r->t;
    uint32_t maxn = ge_gazetteer_max_tokens(r->g, tok_norm(t, i), t->tokens[i].norm_len);
    char key[512];
    for (uint32_t n = 2; n <= maxn && n <= MAX_NAME_TOKENS && i + n <= t->ntokens; n++) {
        if (!(t->tokens[i + n - 1].flags & GE_TOK_WORD))
            break;
        size_t klen = ge_tokens_key(t, (uint32_t)i, (uint32_t)(i + n), key, sizeof key);
        ge_name nm;
        if (ge_gazetteer_lookup(r->g, key, klen, &nm) && nm.ncands)
            return 1;
    }
    return 0;
}

/* People: "John Kirby", "President Obama", "Hussein Taeb". Marks their
 * tokens in person[] and remembers surnames for later bare mentions. */
static int find_people(recog *r, unsigned char *person)
{
    const ge_text *t = r->t;
    for (size_t i = 0; i + 1 < t->ntokens; i++) {
        const ge_token *tk = &t->tokens[i];
        if (!(tk->flags & GE_TOK_WORD))
            continue;
        int title = tok_is(t, i, titles) && !r->caps_line[i] &&
                    ((tk->flags & GE_TOK_CAP) || !tok_is(t, i, weak_titles));
        int first = !title && is_first_name(r, i) && !r->caps_line[i];
        if (!title && !first)
            continue;
        if (first && starts_long_name(r, i))
            continue; /* "Washington County", "Jordan Valley" */
        /* the capitalized words that follow are the name */
        size_t j = i + 1;
        while (j < t->ntokens && (t->tokens[j].flags & GE_TOK_WORD) &&
               (t->tokens[j].flags & GE_TOK_CAP) && t->tokens[j].sentence == tk->sentence &&
               !(t->tokens[j].flags & GE_TOK_LINE_START) && tok_is(t, j, titles))
            j++; /* "Vice President Smith" */
        size_t name_begin = j;
        while (j < t->ntokens && (t->tokens[j].flags & GE_TOK_WORD) &&
               (t->tokens[j].flags & GE_TOK_CAP) && t->tokens[j].sentence == tk->sentence &&
               !(t->tokens[j].flags & GE_TOK_LINE_START) && j - name_begin < 3)
            j++;
        if (j == name_begin)
            continue;
        if (first) {
            /* "Jordan Smith": the first name is part of it; the next word
             * must not be a place name itself ("Georgia Atlanta" is rare) */
            if (names_region(r, name_begin))
                continue;
            person[i] = 1;
        }
        for (size_t k = name_begin; k < j; k++)
            person[k] = 1;
        /* the last word is the surname */
        const char *sn = tok_norm(t, j - 1);
        if (!is_surname(r, sn, t->tokens[j - 1].norm_len)) {
            if (GE_PUSH(r->surnames, r->surnames_cap, r->nsurnames))
                return -1;
            r->surnames[r->nsurnames] = ge_strdup(sn);
            if (!r->surnames[r->nsurnames])
                return -1;
            r->nsurnames++;
        }
        i = j - 1;
    }
    return 0;
}

typedef struct match {
    uint32_t b, e; /* tokens */
    ge_name name;
} match;

/* Candidate summary of a name: what kinds of reading it has. */
typedef struct cand_info {
    int all_abbrev, all_demonym, any_admin1_abbrev, big, any_country_or_capital;
    int alt_only; /* every reading is through an alternate name */
    int any_abbrev, any_country_abbrev, any_demonym, any_region_primary;
    uint32_t usable; /* readings left after ge_candidate_usable */
} cand_info;

static cand_info cand_summary(const ge_gazetteer *g, const ge_name *nm)
{
    cand_info ci = {1, 1, 0, 0, 0, 1, 0, 0, 0, 0, 0};
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
        if (p->level <= GE_LEVEL_ADMIN1 && !(c->flags & GE_NAME_DEMONYM))
            ci.any_region_primary = 1;
        if (c->flags & (GE_NAME_PRIMARY | GE_NAME_ASCII | GE_NAME_CURATED | GE_NAME_OFFICIAL))
            ci.alt_only = 0;
        if (p->level <= GE_LEVEL_ADMIN1 || p->population >= 50000)
            ci.big = 1;
        if (p->level <= GE_LEVEL_COUNTRY || !strncmp(p->fcode, "PPLC", 4))
            ci.any_country_or_capital = 1;
    }
    return ci;
}

/* Is this match a place? Sets *kind. */
static int accept(const recog *r, const match *m, const unsigned char *person, ge_kind *kind)
{
    const ge_text *t = r->t;
    const ge_token *first = &t->tokens[m->b], *last = &t->tokens[m->e - 1];
    uint32_t fb = m->b;
    *kind = GE_KIND_TOPONYM;
    cand_info ci = cand_summary(r->g, &m->name);
    if (ci.usable == 0)
        return 0;
    /* "the Gulf": a leading article may be lower case */
    if (m->e - m->b > 1 && !strcmp(tok_norm(t, fb), "the"))
        first = &t->tokens[++fb];
    if (!(first->flags & GE_TOK_CAP) || !(last->flags & (GE_TOK_CAP | GE_TOK_NUMBER)))
        return 0;
    for (uint32_t i = m->b; i < m->e; i++)
        if (person[i])
            return 0;
    int single = m->e - fb == 1;
    int uninformative = case_uninformative(r, fb);
    int after_locative = fb > 0 && tok_is(t, fb - 1, locatives);
    if (single && !(first->flags & GE_TOK_UPPER && !r->caps_line[fb]) &&
        (tok_is(t, fb, calendar) || tok_is(t, fb, function_words) || tok_is(t, fb, titles) ||
         tok_is(t, fb, place_modifiers)))
        return 0;
    if (single && is_surname(r, tok_norm(t, fb), first->norm_len))
        return 0;

    /* written as an abbreviation: "US", "U.S.", "Fla.", "TX", "NSW" */
    int abbrev_form = single && ((first->flags & GE_TOK_ABBREV) ||
                                 ((first->flags & GE_TOK_UPPER) && first->end - first->start <= 4));
    if (abbrev_form && ci.any_abbrev) {
        if (ci.any_admin1_abbrev && !ci.any_country_abbrev) {
            /* state codes: "Ocala, Fla." "Austin, TX 78701" */
            int after_comma = fb >= 2 && tok_punct(t, fb - 1, ',') &&
                              (t->tokens[fb - 2].flags & GE_TOK_CAP);
            int before_zip = m->e < t->ntokens && (t->tokens[m->e].flags & GE_TOK_NUMBER) &&
                             t->tokens[m->e].end - t->tokens[m->e].start == 5;
            int dotted = (first->flags & GE_TOK_ABBREV) && first->end - first->start >= 4;
            if (!after_comma && !before_zip && !(dotted && !uninformative))
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
    /* a word in capitals that is not an abbreviation, in mixed-case text, is
     * an acronym of something else ("CHAD" rarely, "ISIS" often) */
    if (single && (first->flags & GE_TOK_UPPER) && !r->caps_line[fb] &&
        first->end - first->start <= 5 && !ci.any_country_or_capital)
        return 0;
    /* "Canadian" is the adjective, not Canadian, Texas */
    if (ci.all_demonym || (ci.any_demonym && !ci.any_region_primary)) {
        *kind = GE_KIND_DEMONYM;
        return 1;
    }
    int lower_too = single && seen_lower(r, fb);
    if (lower_too && !after_locative && (!ci.big || uninformative))
        return 0;
    if (single && ci.alt_only && !ci.big && (uninformative || lower_too))
        return 0;
    /* "Jones said": a small place before a verb of saying is a person */
    if (single && !ci.big && m->e < t->ntokens && tok_is(t, m->e, saying))
        return 0;
    /* "Raquel Henry", "Hillary Clinton": a small place right after a
     * capitalized word that is no place is the end of a person's name */
    if (single && fb > 0 && !uninformative && !(first->flags & GE_TOK_HYPHEN_BEFORE) &&
        !case_uninformative(r, fb - 1)) {
        const ge_token *pv = &t->tokens[fb - 1];
        uint32_t pf = 0, pn = 0;
        int known = name_flags(r, fb - 1, &pf, &pn);
        if ((pv->flags & GE_TOK_WORD) && (pv->flags & GE_TOK_CAP) && !(pv->flags & GE_TOK_ABBREV) &&
            !(pv->flags & GE_TOK_UPPER) && !tok_is(t, fb - 1, place_modifiers) &&
            !tok_is(t, fb - 1, function_words) && !tok_is(t, fb - 1, feature_words) &&
            !(known && pn > 0 && !(pf & GE_NAMEF_PERSON)) &&
            !(known && (pf & GE_NAMEF_ORG_WORD)) && (!ci.big || !known))
            return 0;
    }
    uint32_t f = m->name.flags;
    if (single && (f & GE_NAMEF_ORG_WORD) && !after_locative)
        return 0;
    if (single && (f & GE_NAMEF_STOP)) {
        if (uninformative && !after_locative)
            return 0;
        if (!ci.big && !after_locative)
            return 0;
    }
    if (single && (f & GE_NAMEF_PERSON)) {
        /* "Jordan Henderson": a first name before a capitalized word that is
         * not a place */
        if (m->e < t->ntokens && (t->tokens[m->e].flags & GE_TOK_WORD) &&
            (t->tokens[m->e].flags & GE_TOK_CAP) && !(t->tokens[m->e].flags & GE_TOK_LINE_START)) {
            uint32_t nf, nc;
            if (!name_flags(r, m->e, &nf, &nc) || nc == 0)
                return 0;
        }
        if (uninformative && !ci.big)
            return 0;
    }
    if (ci.any_country_or_capital && m->e < t->ntokens && tok_is(t, m->e, saying) &&
        !after_locative)
        *kind = GE_KIND_METONYM;
    return 1;
}

/* Longest acceptable name starting at token i; returns its token count. */
static uint32_t match_at(const recog *r, size_t i, const unsigned char *person, match *out,
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
          !memcmp(tok_norm(t, i), "the", 3)))
        return 0;
    uint32_t maxn = ge_gazetteer_max_tokens(r->g, tok_norm(t, i), tk->norm_len);
    if (!maxn)
        return 0;
    if (maxn > MAX_NAME_TOKENS)
        maxn = MAX_NAME_TOKENS;
    match found[MAX_NAME_TOKENS];
    size_t nfound = 0;
    char key[512];
    for (uint32_t n = 1; n <= maxn && i + n <= t->ntokens; n++) {
        const ge_token *tn = &t->tokens[i + n - 1];
        if (!(tn->flags & GE_TOK_WORD) || tn->sentence != tk->sentence)
            break;
        if (n > 1 && (tn->flags & GE_TOK_LINE_START))
            break;
        /* inside a name only particles are lower case ("Isle of Man", "Rio
         * de Janeiro", "Stratford-upon-Avon"), and a name ends capitalized */
        if (n > 1 && !(tn->flags & GE_TOK_CAP) && tn->norm_len > 4)
            break;
        size_t klen = ge_tokens_key(t, (uint32_t)i, (uint32_t)(i + n), key, sizeof key);
        ge_name nm;
        if (ge_gazetteer_lookup(r->g, key, klen, &nm) && nm.ncands) {
            found[nfound].b = (uint32_t)i;
            found[nfound].e = (uint32_t)(i + n);
            found[nfound].name = nm;
            nfound++;
        }
    }
    while (nfound--) {
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
    if (build_lower_set(&r) || find_people(&r, person)) {
        st = GE_ERR_NOMEM;
        goto done;
    }
    for (size_t i = 0; i < t->ntokens; i++) {
        match m;
        ge_kind kind;
        uint32_t n = match_at(&r, i, person, &m, &kind);
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
        if (e - b > 1 && !strcmp(tok_norm(t, b), "the") && !(t->tokens[b].flags & GE_TOK_CAP))
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
               tok_is(t, fe, feature_words) && !starts_long_name(&r, fe))
            fe++;
        if (fe > e) {
            mn->end = t->tokens[fe - 1].end;
            mn->tok_end = (uint32_t)fe;
            n = (uint32_t)(fe - m.b);
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
    free(r.lower);
    free(r.caps_line);
    free(person);
    return st;
}
