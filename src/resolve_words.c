/*
 * resolve_words.c -- what the words around a mention say about the place
 * its name stands for, read once per mention before any scoring: how the
 * name is written (an abbreviation, a wire story's dateline), the word
 * that opens or closes it ("Puerto Jordan", "the Red Sea", "Lake
 * Vermont"), what the text calls it ("Dnipropetrovsk region", "the island
 * of Luzon", "the nearby town of Palma") and the bodies named after it
 * ("Berea Police Department"). The flags are the group's (resolve.c).
 */
#include "resolve_internal.h"

const char *const ge_area_words[] = {
    "region", "province", "oblast", "district", "county", "governorate", "prefecture",
    "state", "territory", "department", "municipality", "canton", "raion", "krai",
    "township", "tehsil", "taluk", "taluka", "barangay", "commune", "subdistrict", NULL};
static const char *const natural_words[] = {
    "island", "islands", "isle", "mountain", "mountains", "range", "river", "ocean", "sea",
    "gulf", "desert", "peninsula", "valley", "lake", "bay", "strait", "plateau", "forest", NULL};

static int feature_word(const ge_text *t, const ge_mention *mn);

int ge_area_named_at(const ge_text *t, const ge_mention *mn)
{
    return feature_word(t, mn) == FEAT_AREA;
}

int ge_city_named_at(const ge_text *t, const ge_mention *mn)
{
    size_t a = mn->tok_end, b = mn->tok_begin;
    /* "Zacatecas city", "the city of Zinder" */
    if (a < t->ntokens && ge_tok_among(t, a, "city", "town") && !(t->tokens[a].flags & GE_TOK_CAP))
        return 1;
    if (b >= 2 && ge_tok_among(t, b - 1, "of") && ge_tok_among(t, b - 2, "city", "town"))
        return 1;
    /* "ZINDER, Niger (AP) -": a dateline's bureau is a city */
    const ge_token *tk = &t->tokens[b];
    if (!(tk->flags & GE_TOK_UPPER) || !(b == 0 || (tk->flags & GE_TOK_LINE_START)))
        return 0;
    for (size_t j = a; j < t->ntokens && j < a + 8; j++)
        if (ge_tok_punct(t, j, '(') || ge_tok_punct(t, j, '-') ||
            !strncmp(t->s + t->tokens[j].start, "\xe2\x80\x94", 3) ||
            !strncmp(t->s + t->tokens[j].start, "\xe2\x80\x93", 3))
            return 1;
    return 0;
}

/* "Dnipropetrovsk region", "the island of Luzon", "Sierra Madre mountain
 * range", "the province of Cagayan": the word after the name, or "WORD of"
 * before it. */
static int feature_word(const ge_text *t, const ge_mention *mn)
{
    size_t a = mn->tok_end, b = mn->tok_begin;
    for (int f = FEAT_AREA; f <= FEAT_NATURAL; f++) {
        const char *const *ws = f == FEAT_AREA ? ge_area_words : natural_words;
        if (ge_tok_word_in(t, a, ws) && !(t->tokens[a].flags & GE_TOK_CAP))
            return f;
        if (b >= 2 && ge_tok_among(t, b - 1, "of") && ge_tok_word_in(t, b - 2, ws))
            return f;
    }
    return FEAT_NONE;
}

/* Is the capitalised word run at token i the name of an American town's
 * or county's own body: "Police Department", "Fire Department", "Parks and
 * Recreation", "(Independent) School District", "Sheriff's Office"? Other
 * countries' police, fire services and schools are named otherwise
 * ("Garda", "Fire Brigade", "Education Authority"). */
static int us_body_after(const ge_text *t, size_t i)
{
    static const char *const service[] = {"police", "fire", NULL};
    static const char *const dept[] = {"department", "dept", NULL};
    if (i + 1 >= t->ntokens || !(t->tokens[i].flags & GE_TOK_CAP))
        return 0;
    /* "Athens Parks and Recreation Director": the "and" is in lower case */
    if (i + 2 < t->ntokens && ge_tok_among(t, i, "parks") &&
        ge_tok_among(t, i + 1, "and") &&
        ge_tok_among(t, i + 2, "recreation") &&
        (t->tokens[i + 2].flags & GE_TOK_CAP))
        return 1;
    if (!(t->tokens[i + 1].flags & GE_TOK_CAP))
        return 0;
    if (ge_tok_word_in(t, i, service) && ge_tok_word_in(t, i + 1, dept))
        return 1;
    if (ge_tok_among(t, i, "independent"))
        i++;
    return ge_tok_among(t, i, "school") &&
           ge_tok_among(t, i + 1, "district");
}

/* "Ain al-Asad", "Tell el-Kebir": an Arabic article and a hyphen after the
 * mention continue the name */
static int arabic_article_after(const ge_text *t, const ge_mention *mn)
{
    size_t e = mn->tok_end;
    return e + 1 < t->ntokens && !(t->tokens[e].flags & GE_TOK_SENT_START) &&
           ge_tok_among(t, e, "al", "el", "ad", "as", "ash", "ar", "an", "az", "at") &&
           (t->tokens[e + 1].flags & GE_TOK_HYPHEN_BEFORE);
}

/* Is the mention a piece of a longer capitalised name ("Let Yet Kone",
 * "Boko Haram", "Al-Qal'at", "USS Vincennes")? Not in a title-case line,
 * where every word is capitalised. */
static int in_longer_name(const ge_text *t, const ge_mention *mn)
{
    const ge_token *first = &t->tokens[mn->tok_begin];
    if (mn->tok_begin > 0 && !(first->flags & (GE_TOK_SENT_START | GE_TOK_LINE_START))) {
        const ge_token *p = &t->tokens[mn->tok_begin - 1];
        if ((p->flags & GE_TOK_WORD) && (p->flags & GE_TOK_CAP) && !(p->flags & GE_TOK_SENT_START))
            return 1;
    }
    if (arabic_article_after(t, mn))
        return 1;
    if (mn->tok_end < t->ntokens) {
        const ge_token *n = &t->tokens[mn->tok_end];
        if ((n->flags & GE_TOK_HYPHEN_BEFORE) ||
            ((n->flags & GE_TOK_WORD) && (n->flags & GE_TOK_CAP) &&
             !(n->flags & (GE_TOK_SENT_START | GE_TOK_LINE_START))))
            return 1;
    }
    return 0;
}

/* Does a one-word mention end a pair of capitalised words whose first the
 * gazetteer does not know ("Halima Bello, a mother")? A person's surname
 * is written so. */
static int after_unknown_word(const ctx *c, const ge_text *t, const ge_mention *mn)
{
    size_t b = mn->tok_begin, e = mn->tok_end;
    if (e != b + 1 || b == 0 || (t->tokens[b].flags & (GE_TOK_SENT_START | GE_TOK_LINE_START)))
        return 0;
    const ge_token *p = &t->tokens[b - 1];
    if (!(p->flags & GE_TOK_WORD) || !(p->flags & GE_TOK_CAP) ||
        (p->flags & (GE_TOK_UPPER | GE_TOK_SENT_START | GE_TOK_LINE_START)))
        return 0; /* (a sentence's first word is capitalised anyway: "The Strasbourg court") */
    if (e < t->ntokens && (t->tokens[e].flags & GE_TOK_WORD) && (t->tokens[e].flags & GE_TOK_CAP) &&
        !(t->tokens[e].flags & (GE_TOK_SENT_START | GE_TOK_LINE_START)))
        return 0;
    ge_name nm;
    return !ge_gazetteer_lookup(c->g, t->norm + p->norm, p->norm_len, &nm) || !nm.ncands;
}

/* "the University of Oxford", "Manchester University": a university named
 * after its place. */
static int university_of(const ge_text *t, const ge_mention *mn)
{
    static const char *const univ[] = {"university", NULL};
    size_t b = mn->tok_begin, e = mn->tok_end;
    if (b >= 2 && ge_tok_among(t, b - 1, "of") &&
        ge_tok_word_in(t, b - 2, univ) && (t->tokens[b - 2].flags & GE_TOK_CAP))
        return 1;
    return ge_tok_word_in(t, e, univ) && (t->tokens[e].flags & GE_TOK_CAP);
}

/* Does a one-word mention open a pair of capitalised words whose second
 * the gazetteer does not know ("the village of Buulo Jadiid")? A name of
 * a place it lacks is written so. */
static int before_unknown_word(const ctx *c, const ge_text *t, const ge_mention *mn)
{
    size_t b = mn->tok_begin, e = mn->tok_end;
    if (e != b + 1 || e >= t->ntokens)
        return 0;
    if (arabic_article_after(t, mn))
        return 1; /* ("Ain al-Asad air base") */
    const ge_token *n = &t->tokens[e];
    if (!(n->flags & GE_TOK_WORD) || !(n->flags & GE_TOK_CAP) ||
        (n->flags & (GE_TOK_UPPER | GE_TOK_SENT_START | GE_TOK_LINE_START | GE_TOK_HYPHEN_BEFORE)) ||
        ge_tok_word_in(t, e, ge_area_words))
        return 0; /* (not "Dara'a Governorate") */
    ge_name nm;
    return !ge_gazetteer_lookup(c->g, t->norm + n->norm, n->norm_len, &nm) || !nm.ncands;
}

/* Sets the flags of group gr that mention mn's words give. */
void ge_read_mention(const ctx *c, const ge_text *t, const ge_mention *mn, group *gr)
{
    const ge_token *tk = &t->tokens[mn->tok_begin];
    if (mn->tok_end - mn->tok_begin == 1 &&
        ((tk->flags & GE_TOK_ABBREV) || ((tk->flags & GE_TOK_UPPER) && tk->end - tk->start <= 4)))
        gr->abbrev_form = 1;
    if (mn->kind == GE_KIND_DEMONYM)
        gr->demonym = 1;
    /* "LONDON, Jan 15 (Reuters) -": a wire service's bureau, the city
     * everyone means */
    if ((tk->flags & GE_TOK_UPPER) && (mn->tok_begin == 0 || (tk->flags & GE_TOK_LINE_START)))
        for (size_t j = mn->tok_end; j < t->ntokens && j < mn->tok_end + 8; j++)
            if (ge_tok_punct(t, j, '(')) {
                gr->wire_dateline = 1;
                break;
            }
    /* "Puerto Jordan", "San Isidro": a town the gazetteer lacks, named
     * with a word that opens place names */
    if (mn->tok_begin > 0 && !(tk->flags & (GE_TOK_SENT_START | GE_TOK_LINE_START)) &&
        (t->tokens[mn->tok_begin - 1].flags & GE_TOK_CAP) &&
        ge_tok_among(t, mn->tok_begin - 1,
                     "puerto", "port", "san", "santa", "santo", "sao",
                     "fort", "mount", "lake", "saint", "cape", "villa",
                     "ciudad", "nueva", "nuevo", "nova", "novo", "bahia",
                     "kafr", "deir", "tel", "khan", "ban", "kampong"))
        gr->prefixed = 1;
    /* "fighting Fano militiamen", "Grad rockets": a group or a weapon
     * named by the word; far from the story's places, no town of that
     * name (in_longer_name's case) */
    if (ge_tok_among(t, mn->tok_end, "militia", "militias", "militiamen",
                     "fighters", "rebels", "insurgents",
                     "rockets", "missiles", "launchers",
                     "drones", "rifles"))
        gr->group_word = gr->embedded = 1;
    if (in_longer_name(t, mn))
        gr->embedded = 1;
    if (after_unknown_word(c, t, mn))
        gr->surname = 1;
    if (before_unknown_word(c, t, mn))
        gr->foreign_head = 1;
    /* "the Litoral penitentiary", "Kandahar airport": a facility is in a
     * town, whatever region lends it its name */
    /* (and "near Ifo refugee camp in Dadaab", no Ifo of Nigeria: a camp
     * bears the name of where it is) */
    if (mn->tok_end < t->ntokens && !(t->tokens[mn->tok_end].flags & GE_TOK_CAP) &&
        (ge_tok_among(t, mn->tok_end, "prison", "penitentiary", "jail",
                      "airport", "stadium", "hospital", "camp") ||
         (mn->tok_end + 1 < t->ntokens &&
          ge_tok_among(t, mn->tok_end, "refugee", "refugees", "displacement", "idp") &&
          ge_tok_among(t, mn->tok_end + 1, "camp"))))
        gr->facility = 1;
    if (mn->tok_end >= mn->tok_begin + 2 &&
        ge_tok_among(t, mn->tok_end - 1, "sea", "ocean", "gulf", "river"))
        gr->water = 1;
    /* "the Atlantic", "the Pacific": a town takes no article, the ocean
     * does (not Atlantic, Iowa, in a story naming the US) */
    if (mn->tok_end == mn->tok_begin + 1 && mn->tok_begin > 0 &&
        ge_tok_among(t, mn->tok_begin - 1, "the"))
        for (uint32_t k = 0; k < gr->name.ncands; k++) {
            const ge_place *p = cand_place(c, gr, k);
            gr->water |= ge_fcode_is(p, "OCN") || ge_fcode_is(p, "SEA");
        }
    /* "Lake Vermont", "Camp Nelson": the span takes a word that opens
     * place names and the name is placed by the rest (recognize.c); a
     * lake or a camp named after a state or a country lies anywhere */
    if (mn->start < t->tokens[mn->tok_begin].start)
        gr->named_after = 1;
    int feat = feature_word(t, mn);
    if (feat)
        gr->feature = feat;
    static const char *const near[] = {"nearby", "neighbouring", "neighboring", NULL};
    uint32_t b = mn->tok_begin;
    if (b >= 3 && ge_tok_among(t, b - 1, "of"))
        b -= 2; /* "the nearby town of Palma" */
    gr->near_cue |= b >= 1 && ge_tok_word_in(t, b - 1, near);
    int body = us_body_after(t, mn->tok_end);
    gr->us_body |= body;
    /* "Dakota, Otoe and Washington counties": the plural of a county's
     * word after a name lists counties */
    gr->county_list |= ge_tok_among(t, mn->tok_end,
                                    "counties", "parishes");
    if (university_of(t, mn)) {
        gr->university = 1;
        gr->univ_count++;
    }
    /* "the Jordan middle school", "a Lebanon woman", "Jordan league play":
     * a town's school, council or people (a country's take its demonym:
     * "a Lebanese woman") */
    gr->town_use |= mn->tok_end - mn->tok_begin == 1 &&
                    ge_tok_among(t, mn->tok_end,
                                 "school", "middle", "elementary", "council",
                                 "councilman", "councilwoman", "mayor",
                                 "library", "league", "boys", "girls",
                                 "woman", "man", "resident", "residents",
                                 "native", "teen", "township", "village");
    /* "Palestine Independent School District": a town's own body */
    gr->town_use |= mn->tok_end - mn->tok_begin == 1 && body;
    /* "the White House", "the Winter Palace": "the" and a name that ends
     * in a building's word name a building, which no town's name is */
    if (mn->tok_end - mn->tok_begin >= 2 && mn->tok_begin > 0 &&
        !(t->tokens[mn->tok_begin - 1].flags & GE_TOK_CAP) &&
        ge_tok_among(t, mn->tok_begin - 1, "the") &&
        ge_tok_among(t, mn->tok_end - 1,
                     "house", "palace", "castle", "mosque", "church",
                     "cathedral", "temple", "tower"))
        gr->building = 1;
}
