/*
 * event_tally.c -- tallies: a count of acts so far ("have been killed since
 * 2015", "so far 51 persons have been arrested"), a record of its own; and
 * background that is no act of the story: a war's toll in the perfect, a
 * count since years before the article, a war's noun as the subject of the
 * perfect ("Violence has surged"), acts done before or for years in the
 * perfect ("has previously struck", "has been fighting for a decade"),
 * what goes on told in the simple present ("as rival cartels fight over
 * fuel theft") and what a name is ("X, an armed group fighting ...").
 */
#include <stdlib.h>
#include <string.h>

#include "events_internal.h"

/* "More than 2,000 people have been killed since the fighting began", "so
 * far 51 persons have been arrested": a count of acts up to now, the
 * trigger in the perfect with "since", "so far" or "to date" in its
 * sentence. A tally is a record of its own, never a retelling of one act. */
int ev_tally(const sent *s, const match *tm)
{
    EV_WORDS(adverbs, "been", "now", "already", "reportedly", "also", "allegedly", "so", "far",
             "since"); /* ("Authorities have since arrested more than 80,000 people") */
    uint32_t j = tm->b;
    while (j > s->b && tm->b - j < 4 && ev_tok_in(s, j - 1, adverbs))
        j--;
    if (j == s->b || !ev_tok_among(s, j - 1, "has", "have"))
        return 0;
    for (uint32_t i = s->b; i < s->e; i++) {
        if (ev_tok_is(s, i, "since") && i + 1 < s->e &&
            !ev_tok_among(s, i + 1, "he", "she", "it", "they", "we", "i",
                                    "you"))
            return 1; /* "since the war began", "since 2021" ("since they ..." is a reason) */
        if (i + 1 < s->e && ((ev_tok_is(s, i, "so") && ev_tok_is(s, i + 1, "far")) ||
                             (ev_tok_among(s, i, "to", "till") &&
                              ev_tok_is(s, i + 1, "date"))))
            return 1;
    }
    return 0;
}

/* A war's nouns: those of years ("the war", "the insurgency"), and those
 * of any span ("violence", "clashes"). */
EV_WORDS(long_wars, "conflict", "war", "insurgency", "rebellion", "uprising", "civil");
EV_WORDS(wars, "conflict", "war", "insurgency", "rebellion", "uprising", "civil", "violence",
         "fighting", "unrest", "crisis", "clashes", "bloodshed", "hostilities");

/* "More than 40,000 Palestinians have been killed in Israel's military
 * campaign": a war's toll in the perfect passive is months or years of
 * violence, background (not "have been killed in the attack") */
static int war_toll(const sent *s, const match *tm)
{
    /* (not "killed in fighting in east Ukraine in the past 24 hours", the
     * day's) */
    EV_WORDS(campaigns, "campaign", "offensive");
    if (tm->b < s->b + 2 || !ev_tok_is(s, tm->b - 1, "been") ||
        !ev_tok_among(s, tm->b - 2, "has", "have"))
        return 0;
    for (uint32_t i = tm->e; i + 1 < s->e && i < tm->e + 3; i++) {
        if (!ev_tok_is(s, i, "in"))
            continue;
        for (uint32_t k = i + 1; k < s->e && k <= i + 6; k++) {
            if (ev_tok_in(s, k, long_wars) || ev_tok_in(s, k, campaigns))
                return 1;
            if (ev_is_punct(s, k) && !ev_possessive_token(s, k) && !ev_possessive_token(s, k + 1))
                break; /* (through "Israel's") */
        }
    }
    return 0;
}

/* "The conflict, which began in 2017 when ..., has killed more than 6,000
 * people": a war's toll told in the perfect, its subject the war itself,
 * is years of violence, background (not "The attack has killed 12") */
static int conflict_tally(const sent *s, const match *tm)
{
    int perfect = tm->b > s->b && ev_tok_among(s, tm->b - 1, "has", "have");
    /* (or a war's in the past: "The war between Tigrayan forces and
     * Ethiopia's federal army killed an estimated 600,000 people"; not
     * "the fighting killed 12", which may be this week's) */
    if (!perfect && !(tm->x->form == FORM_ED || ev_tok_norm_ends(s, tm->b, "ed")))
        return 0;
    uint32_t h = s->b;
    if (h < tm->b && ev_tok_in(s, h, ev_determiners))
        h++;
    if (h < tm->b && ev_tok_among(s, h, "decade-long", "years-long",
                                        "long-running", "ongoing"))
        h++;
    /* (a kind of it: "Taxi violence has killed", "Ethnic clashes have killed") */
    if (perfect && h + 2 < tm->b && !ev_tok_in(s, h, wars) && ev_is_word(s, h) &&
        !ev_is_trigger_tok(s, h) && ev_tok_in(s, h + 1, wars))
        h++;
    if (h + 1 >= tm->b || !ev_tok_in(s, h, perfect ? wars : long_wars))
        return 0;
    /* (the war's own verb: not "The war began when militants attacked") */
    for (uint32_t j = h + 1; j < tm->b && !perfect; j++)
        if (ev_tok_norm_ends(s, j, "ed") || ev_is_trigger_tok(s, j) ||
            ev_tok_among(s, j, "when", "after", "as", "that", "which", "began",
                               "broke", "erupted"))
            return 0;
    return 1;
}

/* A year before pub_year in sentence k of the text? */
static int year_in_sentence(const ge_text *t, uint32_t k, int pub_year)
{
    const ge_sentence *st = &t->sentences[k];
    for (uint32_t i = st->tok_begin; i < st->tok_end; i++) {
        const ge_token *w = &t->tokens[i];
        if (!(w->flags & GE_TOK_NUMBER) || w->end - w->start != 4)
            continue;
        int y = atoi(t->s + w->start);
        if (y >= 1900 && y < pub_year)
            return 1;
    }
    return 0;
}

/* Does sentence k of the text date something a year or more before the
 * article's, or weeks before its day ("erupted in September" in a December
 * story)? */
static int dated_long_before(const ge_text *t, uint32_t k, ge_ymd pub)
{
    if (year_in_sentence(t, k, pub.y))
        return 1;
    ge_date_phrase d[4];
    const ge_sentence *st = &t->sentences[k];
    size_t n = ge_dates_find(t, st->tok_begin, st->tok_end, pub, d, 4);
    for (size_t j = 0; j < n && j < 4; j++)
        if (d[j].date.y && ge_days_from_ymd(pub) - ge_days_from_ymd(d[j].date) >= 28)
            return 1;
    return 0;
}

/* "since then" after a sentence that dates a time long before, or "since
 * the coup" after one that dates the coup ("seized power in a coup in
 * September 2021"): a time years or months before the article's, told
 * before (the words from token i on follow "since") */
static int since_told_before(const sent *s, uint32_t i, ge_ymd pub)
{
    if (i >= s->e || s->idx == 0)
        return 0;
    if (ev_tok_is(s, i, "then"))
        return dated_long_before(s->t, s->idx - 1, pub);
    if (!ev_tok_among(s, i, "the", "that") || i + 1 >= s->e ||
        !ev_is_word(s, i + 1))
        return 0;
    size_t n;
    const char *w = ev_tok_norm(s->t, i + 1, &n);
    for (uint32_t k = s->idx; k-- > 0 && s->idx - k <= 10;) {
        const ge_sentence *st = &s->t->sentences[k];
        for (uint32_t j = st->tok_begin; j < st->tok_end; j++) {
            size_t m;
            const char *o = ev_tok_norm(s->t, j, &m);
            if (m == n && !memcmp(o, w, n))
                return dated_long_before(s->t, k, pub);
        }
    }
    return 0;
}

/* "Violence has surged across the West Bank", "Clashes between herders and
 * farmers have killed thousands", "Fighting has intensified around Marib":
 * a war's noun as the subject of the perfect tells of months or years,
 * background, not an act of the story */
static int war_in_perfect(const sent *s, const match *tm)
{
    EV_WORDS(stops, "that", "which", "who", "said", "says", "when", "after", "before", "since",
             "as", "while", "but");
    if (tm->e != tm->b + 1 || !ev_tok_in(s, tm->b, wars) ||
        (tm->b > s->b && ev_tok_in(s, tm->b - 1, ev_determiners)))
        return 0; /* (not "the clashes have ...", which this story told) */
    for (uint32_t k = tm->e; k + 1 < s->e && k < tm->e + 10; k++) {
        if (ev_is_punct(s, k) || ev_tok_in(s, k, stops))
            return 0;
        if (ev_tok_among(s, k, "has", "have"))
            return ev_is_word(s, k + 1) && !ev_tok_among(s, k + 1, "to", "no",
                                                                   "not");
    }
    return 0;
}

/* "Bandits have killed thousands of people in north-west Nigeria since
 * 2011": a tally since a year before the article's is years of
 * violence, background, not an act of the story (with no publication
 * date, "since 2024" may be this year: kept). */
int ev_years_tally(const sent *s, const match *tm, int have_pub, ge_ymd pub)
{
    int pub_year = pub.y;
    EV_WORDS(clause, "that", "which", "who", "said", "says", "but", "while", "when", "after",
             "before", "because", "until", "where");
    if (conflict_tally(s, tm) || war_in_perfect(s, tm) || war_toll(s, tm))
        return 1;
    if (!have_pub)
        return 0;
    int since = 0;
    uint32_t sb = 0, se = 0; /* the "since" phrase */
    for (uint32_t i = s->b; i + 1 < s->e && !since; i++) {
        uint32_t end;
        long y;
        if (!ev_tok_is(s, i, "since"))
            continue;
        /* ("since May 2024", or a clause: "since an insurgency flared in
         * 2004", "since the attack on Oct. 7, 2023") */
        for (uint32_t n = i + 1; n < s->e && n < i + 14 && !since; n++) {
            if (ev_is_punct(s, n) && !(n + 1 < s->e && ev_number_at(s, n + 1, &end) >= 1900))
                break;
            if ((since = (y = ev_number_at(s, n, &end)) >= 1900 && y < pub_year)) {
                sb = i;
                se = n;
            }
        }
        /* ("since the start of the Gaza war in October": a war's months) */
        for (uint32_t n = i + 1; n < s->e && n < i + 8 && !since; n++) {
            if (ev_is_punct(s, n))
                break;
            if ((since = ev_tok_in(s, n, long_wars) && !ev_tok_is(s, n, "civil"))) {
                sb = i;
                se = n;
            }
        }
        /* ("since then", "since the coup": a time an earlier sentence dates) */
        if (!since && (since = since_told_before(s, i + 1, pub))) {
            sb = i;
            se = i + 2;
        }
    }
    if (!since)
        return 0;
    if (tm->b > sb && tm->b < se)
        return 1; /* the act that began the years: "since the fighting began in
                     October 2023" */
    /* (or the count that goes with them: "has surged since the war began in
     * October 2023, with more than 700 Palestinians killed") */
    for (uint32_t j = tm->b; j-- > se && tm->b - j <= 6;) {
        uint32_t end;
        if (ev_tok_is(s, j, "with"))
            for (uint32_t k = j + 1; k < tm->b; k++)
                if (ev_number_at(s, k, &end) >= 0)
                    return 1;
    }
    if (ev_tally(s, tm))
        return 1;
    /* (or the noun the tally's victims died in: "More than 250 people have
     * been killed in ethnic clashes ... since May 2023") */
    if (((tm->x->flags & LXF_NOUN) || tm->x->form == FORM_NOUN) && tm->b > s->b + 3) {
        uint32_t j = tm->b;
        while (j > s->b + 3 && tm->b - j < 3 && ev_is_word(s, j - 1) &&
               !ev_tok_is(s, j - 1, "in") && !ev_is_trigger_tok(s, j - 1))
            j--; /* ("ethnic") */
        if (ev_tok_is(s, j - 1, "in") && ev_tok_norm_ends(s, j - 2, "ed") &&
            ev_tok_is(s, j - 3, "been"))
            return 1;
    }
    /* (or the noun that is the tally's subject: "Ethnic violence between
     * the two communities has killed more than 250 people since May 2023") */
    if ((tm->x->flags & LXF_NOUN) || tm->x->form == FORM_NOUN)
        for (uint32_t k = tm->e; k + 1 < s->e && k < tm->e + 12; k++) {
            if (ev_is_punct(s, k) || ev_tok_in(s, k, clause))
                break;
            if (ev_tok_among(s, k, "has", "have"))
                return ev_tok_norm_ends(s, k + 1, "ed");
        }
    /* (and a verb that shares the tally's "have": "... since 2011 and
     * kidnapped many more") */
    for (uint32_t j = tm->b; j > s->b; j--) {
        if (ev_is_punct(s, j - 1) || ev_tok_in(s, j - 1, clause))
            return 0; /* (not "since 2021, when Rwanda deployed") */
        if (ev_tok_among(s, j - 1, "has", "have")) {
            /* (or the act's noun after the tally's verb: "have died in
             * prison violence since 2021") */
            /* (and a participle coordinated with the tally's: "has been
             * arrested and detained many times since 2017") */
            for (uint32_t k = j; k <= tm->b; k++)
                if (ev_tok_norm_ends(s, k, "ed"))
                    return k == tm->b || k == j ||
                           (k + 2 == tm->b && ev_tok_among(s, k + 1, "and", "or", "in", "during"));
            return 0;
        }
    }
    return 0;
}

/* ------------------------------------------- acts of other times */

/* "Ankara has previously struck targets it says belong to the PKK",
 * "police have repeatedly arrested him": acts of the past in general, told
 * in the perfect with an adverb of other times, no act of the story */
int ev_done_before(const sent *s, const match *tm)
{
    /* (or acts of a kind done often: "has carried out frequent attacks in
     * Kenya's northeastern counties") */
    EV_WORDS(often, "frequent", "repeated", "regular", "numerous", "countless", "sporadic");
    if (tm->b >= s->b + 3 && (tm->x->flags & LXF_NOUN) && ev_tok_in(s, tm->b - 1, often))
        for (uint32_t j = tm->b - 1; j > s->b && tm->b - j < 5; j--)
            if (ev_tok_among(s, j - 1, "has", "have"))
                return 1;
    /* (and the verb of such acts: "has carried out frequent attacks") */
    if ((tm->x->flags & LXF_VERB) && tm->b > s->b && tm->e < s->e && ev_tok_in(s, tm->e, often) &&
        ev_tok_among(s, tm->b - 1, "has", "have"))
        return 1;
    /* (or told of whom the sentence is about, their acts bare and many:
     * "militants who have carried out attacks on Israelis") */
    /* (blows: "China, which has mediated talks" is China's act) */
    const match *obj = tm->e < s->e ? ev_match_at(s, LX_TRIGGER, tm->e) : NULL;
    if ((tm->x->flags & LXF_VERB) && tm->b >= s->b + 2 && obj && obj->b == tm->e &&
        ge_str_is(obj->x->type, "ASSAULT") && ev_tok_among(s, tm->b - 1, "has", "have") &&
        ev_tok_among(s, tm->b - 2, "who", "which") && ev_tok_norm_ends(s, tm->e, "s"))
        return 1;
    /* (and the act's noun that is its object: "struck targets") */
    for (uint32_t j = tm->b; j >= s->b + 2 && tm->b - j < 4; j--) {
        if (j < tm->b && ev_is_punct(s, j))
            return 0;
        if (ev_tok_among(s, j - 1, "previously", "repeatedly", "often",
                                   "frequently", "regularly"))
            return ev_tok_among(s, j - 2, "has", "have") &&
                   ((tm->x->flags & LXF_VERB) || j < tm->b);
    }
    return 0;
}

/* "Al Shabaab has been fighting for more than a decade to topple the
 * government", "Gangs have fought for control of the region for years":
 * an act of years told in the perfect, no act of the story */
int ev_years_long(const sent *s, const match *tm)
{
    EV_WORDS(spans, "decade", "decades", "years", "months");
    EV_WORDS(amounts, "more", "than", "a", "the", "past", "last", "several", "many", "nearly",
             "almost", "about", "over", "some", "two", "three", "four", "five", "few");
    int progressive = ev_tok_norm_ends(s, tm->b, "ing") && tm->b >= s->b + 2 &&
                      ev_tok_is(s, tm->b - 1, "been");
    /* (in the simple perfect only a fight's years: "has patrolled Skid Row
     * for a decade" is told as the officer's act) */
    uint32_t h = progressive ? tm->b - 2 : tm->b - 1;
    if (tm->b < s->b + 1 ||
        (!progressive && (!ge_str_is(tm->x->type, "ASSAULT") ||
                          (!ev_tok_norm_ends(s, tm->b, "ed") && !ev_tok_is(s, tm->b, "fought")))) ||
        !ev_tok_among(s, h, "has", "have", "had"))
        return 0;
    /* (the span in the verb's own clause: "for years" up to a comma) */
    for (uint32_t j = tm->e; j < s->e && j < tm->e + (progressive ? 3 : 8) && !ev_is_punct(s, j); j++)
        if (ev_tok_is(s, j, "for"))
            for (uint32_t k = j + 1; k < s->e && k < j + 5 && !ev_is_punct(s, k); k++) {
                /* (years, not months, in the simple perfect: "have besieged the
                 * city for months" is the siege of the day) */
                if (ev_tok_in(s, k, spans))
                    return progressive || !ev_tok_is(s, k, "months");
                if (!ev_tok_in(s, k, amounts))
                    break; /* ("for ransom in recent years": no span of the act) */
            }
    return 0;
}

/* "The Arakan Army, an ethnic armed group fighting Myanmar's military
 * government, said ...": an -ing form in an apposition that says what a
 * name is tells what it does as a rule, no act of the day */
int ev_apposition_act(const sent *s, const match *tm)
{
    if (!ev_tok_norm_ends(s, tm->b, "ing"))
        return 0; /* (a verb's -ing form, or "fighting", a noun of the lexicon) */
    for (uint32_t j = tm->b; j-- > s->b + 2 && tm->b - j <= 6;) {
        if (ev_is_trigger_tok(s, j) || ev_is_punct(s, j) || ev_tok_in(s, j, ev_np_stops))
            return 0;
        if (ev_tok_among(s, j, "a", "an"))
            return ev_tok_is(s, j - 1, ",") && (s->t->tokens[j - 2].flags & GE_TOK_CAP) &&
                   ev_is_word(s, j - 2);
    }
    return 0;
}

/* "as rival cartels fight over fuel theft and drug routes": a blow in the
 * simple present, past the headline and with no auxiliary, tells what
 * goes on, not an act (headlines tell the day's acts in the present); and
 * so does any act in the simple present of an aside ("Turkey, which backs
 * some of the opposition groups, called for"). */
int ev_habitual(const sent *s, const match *tm)
{
    EV_WORDS(aux, "to", "will", "would", "can", "could", "may", "might", "should", "must", "not",
             "do", "does", "did", "shall", "let", "let's", "t", "ll", "d");
    /* (an act's noun as the object of a habitual verb: "its cells still
     * carry out hit-and-run attacks") */
    if (!(tm->x->flags & LXF_VERB) || tm->x->form == FORM_NOUN || tm->x->form == FORM_S ||
        ev_noun_use(s, tm))
        for (uint32_t j = tm->b; j-- > s->b && tm->b - j <= 7;) {
            if (ev_tok_among(s, j, ",", ".", ";", ":"))
                break;
            const match *v = ev_match_at(s, LX_TRIGGER, j);
            if (v && v != tm && v->b == j && v->e <= tm->b && (v->x->flags & LXF_VERB) &&
                !ev_noun_use(s, v) && ev_habitual(s, v))
                return 1;
        }
    if (tm->x->form == FORM_S && (tm->x->flags & LXF_VERB) && tm->b >= s->b + 2 &&
        ev_tok_among(s, tm->b - 1, "which", "who") &&
        ev_tok_is(s, tm->b - 2, ",") && !ev_headline_like(s))
        return 1;
    /* ("Israel says it is targeting militants": what one says one is doing,
     * as a rule) */
    if (ge_str_is(tm->x->type, "ASSAULT") && ev_tok_norm_ends(s, tm->b, "ing") &&
        tm->b >= s->b + 3 && ev_tok_among(s, tm->b - 1, "is", "are") &&
        ev_tok_among(s, tm->b - 2, "it", "they") && ev_tok_among(s, tm->b - 3, "says", "say"))
        return 1;
    if ((tm->x->form != FORM_BASE && tm->x->form != FORM_S) || !(tm->x->flags & LXF_VERB) ||
        (strcmp(tm->x->type, "ASSAULT") && strcmp(tm->x->type, "COERCE") &&
         strcmp(tm->x->type, "*")) || s->idx < 2 ||
        tm->b == s->b || ev_headline_like(s) || ev_noun_use(s, tm) ||
        ev_tok_norm_ends(s, tm->b, "ing") || ev_tok_norm_ends(s, tm->b, "ed") ||
        ev_tok_in(s, tm->b - 1, aux) || ev_is_punct(s, tm->b - 1))
        return 0;
    /* (the subject a plural or a pronoun of many: "cartels fight", "they
     * attack"; not an imperative or a verb after "and"; past an adverb of
     * habit: "its cells still carry out attacks") */
    /* ("Kyiv, which says it targets military and energy infrastructure": what
     * one says one does, as a rule) */
    if (tm->x->form == FORM_S && tm->b >= s->b + 2 && ev_tok_is(s, tm->b - 1, "it") &&
        ev_tok_among(s, tm->b - 2, "says", "said"))
        return 1;
    /* ("Separately, Israeli settlers set fire to two cars ... overnight,
     * WAFA reported": a past of the present's form, told with its time or
     * a report in the past) */
    if (ev_tok_among(s, tm->b, "set", "hit", "cut", "shut", "put", "beat", "spread", "burst",
                     "hurt", "cast")) {
        if (s->ndates > 0 || ev_modifier_in(s, tm->e, s->e, MOD_REPORT))
            return 0;
        for (uint32_t j = tm->e; j < s->e; j++)
            if (ev_tok_among(s, j, "overnight", "yesterday", "reported", "told"))
                return 0;
    }
    uint32_t p = tm->b - 1;
    if (p > s->b && ev_tok_among(s, p, "still", "often", "regularly",
                                       "frequently", "routinely", "sometimes",
                                       "usually", "occasionally"))
        p--;
    else if (ge_str_is(tm->x->type, "*"))
        return 0; /* (a verb of any act, "spread", is habitual only by such a word) */
    return (ev_tok_norm_ends(s, p, "s") && !ev_match_at(s, LX_TRIGGER, p) &&
            !ev_tok_in(s, p, ev_np_stops) &&
            !ev_tok_among(s, p, "was", "has", "is", "its", "his", "this", "us",
                                "as", "does", "thus", "always", "perhaps",
                                "whereas", "less")) ||
           ev_tok_among(s, p, "they", "we");
}
