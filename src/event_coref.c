/*
 * event_coref.c -- one record per event: candidate records of an article
 * that report the same event (the headline, the lede and a later paragraph
 * retelling one shooting) are merged into the first of them.
 *
 * Two records corefer when they have the same PLOVER type and polarity, and
 * nothing tells them apart: their places are the same, or one is unknown
 * or only the article's main place, or one contains the other (a country or
 * state and a town in it); their own date phrases, if both have one, give
 * the same day; their actor countries agree where both are known. Two
 * attacks in two towns, or on two days, stay two records. The merged record
 * keeps the first trigger, the most specific place, the counts and the date
 * phrase that some mention states, and lists every mention's trigger
 * (event_merge.c). A record whose place is a name the gazetteer lacks
 * merges only with another such record of its sentence.
 */
#include <ctype.h>
#include <strings.h>

#include "dates.h"
#include "event_model.h"
#include "event_words.h"

/* "The convoy was attacked on Monday near the town of Nyala", "said the
 * men were killed in fighting near the town of Wabag": a passive whose
 * sentence or subject opens with "the" tells again what befell a thing or
 * people named before. */
static int told_again_passive(const ge_text *t, const ge_event *b)
{
    if (!(b->evidence & GE_EV_PASSIVE) || b->sentence >= t->nsentences)
        return 0;
    uint32_t first = t->sentences[b->sentence].tok_begin;
    if (ge_tok_among(t, first, "the"))
        return 1;
    /* (the subject: "the" and one or two words just before "were") */
    uint32_t v = ev_token_from(t, b->trigger_start);
    if (v < first + 3 || !ge_tok_among(t, v - 1, "was", "were"))
        return 0;
    for (uint32_t k = v - 2; k > first && v - 1 - k <= 2; k--)
        if (ge_tok_among(t, k - 1, "the"))
            return (t->tokens[k].flags & GE_TOK_WORD) && !(t->tokens[k].flags & GE_TOK_CAP);
    return 0;
}

/* Are a's and b's places in two countries? */
static int other_country(const ge_gazetteer *g, const ge_event *a, const ge_event *b)
{
    if (!g || a->place == GE_NONE || b->place == GE_NONE)
        return 0;
    return memcmp(ge_gazetteer_place(g, a->place)->country, ge_gazetteer_place(g, b->place)->country,
                  2) != 0;
}

/* Does a place phrase follow b's trigger ("the killings in Mangu")? */
static int place_follows(const ge_text *t, const ge_event *b)
{
    static const char *const preps[] = {"in", "at", "near", "outside", "inside", "on", NULL};
    uint32_t k = ev_token_from(t, b->trigger_end);
    if (k + 1 >= t->ntokens || !(t->tokens[k + 1].flags & (GE_TOK_CAP | GE_TOK_WORD)))
        return 0;
    for (int i = 0; preps[i]; i++)
        if (ge_word_eq(t->norm + t->tokens[k].norm, t->tokens[k].norm_len, preps[i]))
            return 1;
    return 0;
}

/* "claimed responsibility for the attack in a statement on Wednesday": the
 * act a claim is about (trigger at byte b), whose sentence's date is the
 * claim's */
static int claimed_for(const ge_text *t, uint32_t b)
{
    uint32_t lo = ev_token_from(t, b);
    if (lo < 3 || lo >= t->ntokens)
        return 0;
    const ge_token *d = &t->tokens[lo - 1], *f = &t->tokens[lo - 2], *r = &t->tokens[lo - 3];
    return ge_word_is(t->norm + d->norm, d->norm_len, "the") &&
           ge_word_is(t->norm + f->norm, f->norm_len, "for") &&
           ge_word_is(t->norm + r->norm, r->norm_len, "responsibility");
}

/* "condemned the killings", "an investigation into the shooting", "word of
 * the attack", "after the raid": a definite event noun (trigger at byte b)
 * that a reaction, an inquiry or a sequel refers to, an act told before. */
static int told_before(const ge_text *t, uint32_t b)
{
    static const char *const frames[] = {
        "condemned", "condemn", "condemns", "condemning", "denounced", "investigate",
        "investigating", "investigated", "investigation", "investigations", "into", "of",
        "after", "following", "since", "behind", "for", "blamed", "against", "over",
        "mourned", "confirmed", "confirm", "confirms", "during", "survived", "witnessed",
        "claimed", "claims", "claiming", "with", "denied", "denies", "deny", "rejected",
        "dismissed", NULL};
    uint32_t lo = ev_token_from(t, b);
    if (lo < 2 || lo >= t->ntokens)
        return 0;
    /* (through the place's name: "in connection with the Khayelitsha
     * shooting") */
    if (lo >= 3 && (t->tokens[lo - 1].flags & GE_TOK_CAP) &&
        !(t->tokens[lo - 1].flags & (GE_TOK_SENT_START | GE_TOK_UPPER)))
        lo--; /* (not an acronym's: "over the ABM missiles") */
    const ge_token *d = &t->tokens[lo - 1], *f = &t->tokens[lo - 2];
    if (!(d->norm_len == 3 && !memcmp(t->norm + d->norm, "the", 3)))
        return 0;
    /* ("The United States was not involved in the strikes") */
    if (lo >= 3 && ge_word_is(t->norm + f->norm, f->norm_len, "in") &&
        ge_word_is(t->norm + t->tokens[lo - 3].norm, t->tokens[lo - 3].norm_len, "involved"))
        return 1;
    for (int i = 0; frames[i]; i++)
        if (ge_word_eq(t->norm + f->norm, f->norm_len, frames[i]))
            return 1;
    return 0;
}

/* "the detained teachers were released", "the arrested persons were
 * identified as": b's trigger a participle after "the" on the people it
 * befell, who were named before. */
static int the_participle(const ge_text *t, const ge_event *b)
{
    uint32_t k = ev_token_from(t, b->trigger_start);
    if (k == 0 || k + 1 >= t->ntokens || b->trigger_end != t->tokens[k].end ||
        !ge_tok_among(t, k - 1, "the") ||
        !(t->tokens[k + 1].flags & GE_TOK_WORD) || t->tokens[k].norm_len < 4 ||
        memcmp(t->norm + t->tokens[k].norm + t->tokens[k].norm_len - 2, "ed", 2))
        return 0;
    return !ge_tok_among(t, k + 1, "by", "in", "on", "at", "for", "to", "and", "with", "from");
}

/* "The shooting came two days after ...", "The abduction comes as ...":
 * b's trigger the subject of "came" opening its sentence, the story's act
 * set beside another. */
static int came_after(const ge_text *t, const ge_event *b)
{
    uint32_t k = ev_token_from(t, b->trigger_start);
    return b->sentence < t->nsentences && k >= 1 && k + 1 < t->ntokens &&
           k - 1 == t->sentences[b->sentence].tok_begin &&
           ge_tok_among(t, k - 1, "the") &&
           ge_tok_among(t, k + 1, "came", "comes");
}

/* Is one of b's triggers one of a's words ("arrested", then "the
 * arrest"; "shot", then "the shooting")? */
static int same_word(const ge_text *t, const ge_event *a, const ge_event *b)
{
    for (uint32_t j = 0; j < ev_listed(b); j++)
        for (uint32_t i = 0; i < ev_listed(a); i++)
            if (ev_same_stem_at(t, a->mentions[i], b->mentions[j]))
                return 1;
    return 0;
}

/* Does b name the act of a again: one of b's triggers refers back ("the
 * attack"), or has the word of one of a's triggers? */
static int same_act(const ge_text *t, const ge_event *a, const ge_event *b)
{
    for (uint32_t j = 0; j < ev_listed(b); j++)
        if (ev_refers_back_at(t, b->mentions[j][0]))
            return 1;
    return same_word(t, a, b);
}

/* Is a curfew record told by the word "curfew" ("curfew imposed",
 * "imposed a curfew"), not a state of emergency? */
static int called_curfew(const ge_text *t, const ge_event *e)
{
    if (!ge_str_is(e->mode, "curfew"))
        return 0;
    for (uint32_t i = 0; i < ev_listed(e); i++)
        if (ev_word_in_span(t, e->mentions[i], "curfew", 6))
            return 1;
    return 0;
}

/* A bit of the record's PLOVER type. */
static unsigned type_bit(const ge_event *e)
{
    int i = ge_plover_type_index(e->event_type);
    return i < 0 ? 0 : 1u << i;
}

/* The types of act the article tells at two places of their own that
 * are apart (two towns' clashes, not a town and its state). */
static unsigned sited_types(const ge_gazetteer *g, const ge_events *evs)
{
    unsigned sited = 0;
    for (size_t j = 0; j < evs->n; j++) {
        const ge_event *b = &evs->v[j];
        if (ev_place_rank(b) < 3 || (sited & type_bit(b)))
            continue;
        for (size_t i = j > 256 ? j - 256 : 0; i < j; i++) {
            const ge_event *a = &evs->v[i];
            if (ev_place_rank(a) >= 3 && !strcmp(a->event_type, b->event_type) &&
                !ev_places_agree(g, a, b)) {
                sited |= type_bit(b);
                break;
            }
        }
    }
    return sited;
}

/* Do b's trigger and one of a's share their first four letters, irregular
 * forms aside ("killings" and "killed", "shooting" and "shot")? */
static int same_root(const ge_text *t, const ge_event *a, const ge_event *b)
{
    uint32_t nb = b->trigger_end - b->trigger_start;
    const char *wb = ev_base_form(t->s + b->trigger_start, &nb);
    for (uint32_t i = 0; i < ev_listed(a); i++) {
        uint32_t na = a->mentions[i][1] - a->mentions[i][0], hn;
        const char *h, *wa = t->s + a->mentions[i][0];
        if (ev_head_of_phrase(wa, na, &h, &hn) && nb >= 4 && !strncasecmp(h, wb, 4))
            return 1; /* "condemned the bombing": the "suicide bombing" */
        wa = ev_base_form(wa, &na);
        if (na >= 4 && nb >= 4 && !strncasecmp(wa, wb, 4))
            return 1;
    }
    return 0;
}

/* Is one of b's words a fight of two sides ("firefight", "gunbattle")? */
static int fight_told(const ge_text *t, const ge_event *b)
{
    for (uint32_t i = 0; i < ev_listed(b); i++) {
        uint32_t k = ev_token_from(t, b->mentions[i][0]);
        if (k < t->ntokens && ge_tok_among(t, k, "firefight", "gunfight", "gunbattle",
                                           "shootout", "clash", "clashes", "skirmish"))
            return 1;
    }
    return 0;
}

/* Does b's sentence name a's act with a referring noun ("Police opened
 * fire on the mob. One man was killed in the firing.")? */
static int names_act_of(const ge_text *t, const ge_event *a, const ge_event *b)
{
    if (b->sentence >= t->nsentences)
        return 0;
    const ge_sentence *sn = &t->sentences[b->sentence];
    for (uint32_t k = sn->tok_begin; k + 1 < sn->tok_end; k++) {
        const ge_token *d = &t->tokens[k];
        if (!((d->norm_len == 3 && !memcmp(t->norm + d->norm, "the", 3)) ||
              (d->norm_len == 4 && !memcmp(t->norm + d->norm, "this", 4))))
            continue;
        const ge_token *w = &t->tokens[k + 1];
        if (w->start >= b->trigger_start && w->start < b->trigger_end)
            continue; /* b's own trigger: ev_refers_back_at's case */
        for (uint32_t i = 0; i < ev_listed(a); i++)
            if (ev_word_in_span(t, a->mentions[i], t->s + w->start, w->end - w->start))
                return 1;
    }
    return 0;
}

/* The last word of a span [b, e) of the text, and whether "the" or "this"
 * opens it. */
static size_t head_word(const ge_text *t, uint32_t b, uint32_t e, const char **w, int *definite)
{
    /* the phrase's head ends before what modifies it: "a convoy of 16
     * trucks carrying food" is a convoy */
    static const char *const cuts[] = {" of ", " with ", " in ", " at ", " on ", " from ",
                                       " near ", " who ", " which ", " that ", ",", NULL};
    for (int i = 0; cuts[i]; i++) {
        size_t n = strlen(cuts[i]);
        for (uint32_t k = b + 1; k + n <= e; k++)
            if (!strncasecmp(t->s + k, cuts[i], n)) {
                e = k;
                break;
            }
    }
    for (uint32_t k = b + 1; k + 5 <= e; k++) /* " carrying", a participle */
        if (t->s[k] == ' ' && k > b + 2) {
            const char *q = t->s + k + 1;
            size_t n = 0;
            while (q + n < t->s + e && isalpha((unsigned char)q[n]))
                n++;
            if (n > 4 && !strncmp(q + n - 3, "ing", 3)) {
                e = k;
                break;
            }
        }
    const char *p = t->s + e;
    while (p > t->s + b && !isalnum((unsigned char)p[-1]))
        p--;
    const char *q = p;
    while (q > t->s + b && isalnum((unsigned char)q[-1]))
        q--;
    *w = q;
    *definite = (e - b >= 4 && !strncasecmp(t->s + b, "the ", 4)) ||
                (e - b >= 5 && !strncasecmp(t->s + b, "this ", 5));
    return (size_t)(p - q);
}

/* "Armed men looted a convoy" and, later, "The convoy was attacked near
 * Nyala": b's target, with "the", is a's target again. */
static int same_target(const ge_text *t, const ge_event *a, const ge_event *b)
{
    static const char *const vague[] = {"people", "persons", "person", "others", "them",
                                        "those", "him", "her", "it", NULL};
    if (a->recipient.start >= a->recipient.end || b->recipient.start >= b->recipient.end)
        return 0;
    const char *wa, *wb;
    int da, db;
    size_t na = head_word(t, a->recipient.start, a->recipient.end, &wa, &da);
    size_t nb = head_word(t, b->recipient.start, b->recipient.end, &wb, &db);
    if (!db || na < 4 || na != nb || strncasecmp(wa, wb, na))
        return 0;
    for (int i = 0; vague[i]; i++)
        if (strlen(vague[i]) == na && !strncasecmp(wa, vague[i], na))
            return 0;
    return 1;
}

/* away caches ev_turns_away(t, b) for the caller's loop over a: -1 not asked
 * yet (it scans b's sentence, and depends on b alone). */
static int corefer(const ge_text *t, const ge_gazetteer *g, uint32_t lede, unsigned sited,
                   const ge_event *a, const ge_event *b, int *away)
{
    /* how far on b is counts from the headline as if the lede came right
     * after it: a scraped page's byline and date lines between them tell
     * no act */
    uint32_t as = a->sentence;
    if ((a->evidence & GE_EV_HEADLINE) && lede > as + 1)
        as = lede - 1;
    if (a->sentence != b->sentence) {
        if (*away < 0)
            *away = ev_turns_away(t, b) || ev_days_on(t, b->sentence) > 0;
        if (*away)
            return 0; /* another story ("Meanwhile, 31 people were arrested"), or
                         another day ("The next day 23 students were arrested") */
        if (ev_another_before(t, b->trigger_start))
            return 0; /* "Hours later, a second strike hit a motorcycle" */
    }
    if ((ev_demand_of_protest(t, a, b) && !a->negated && !b->negated) || ev_promised(t, a, b))
        return 1;
    /* two readings of the same words ("lifted", and "lifted the social media
     * ban" that reverses the ban) */
    if (a->sentence == b->sentence && a->trigger_start == b->trigger_start)
        return 1; /* (of two types too: "lift" and "lift the decree and withdraw") */
    if (ev_object_of(t, a, b) || ev_operation_of(t, a, b) || ev_arrival_of(t, a, b) ||
        ev_meeting_at(t, a, b) || ev_talks_purpose(t, a, b))
        return 1;
    /* "The shooting came two days after a shooting near another school":
     * a told again in b's sentence, set apart from it in time */
    if (a->sentence != b->sentence && ev_told_in_sentence(t, a, b->sentence) &&
        ev_timed_apart(t, a, b))
        return 0;
    /* "Hours after the raid": the act's own word told again after "the",
     * by no one, on no one and nowhere and at no time of its own, is that
     * act, whatever type the words around it suggest (the headline's raid
     * a search, this one's an attack, for "the killings" beside it); not
     * "against the killing of a local teacher last week" */
    if ((b->evidence & GE_EV_NOUN) && !b->actor.code[0] && !b->actor.sector[0] &&
        b->recipient.end <= b->recipient.start && told_before(t, b->trigger_start) &&
        (!ev_act_date(b) || b->date_end <= b->trigger_start) && !place_follows(t, b) &&
        a->negated == b->negated &&
        (same_word(t, a, b) ||
         (a->mode[0] && !strcmp(a->mode, b->mode) && !strcmp(a->event_type, b->event_type)) ||
         (ge_str_is(b->mode, "riot") && ge_str_is(a->event_type, "ASSAULT") &&
          ge_str_is(a->actor.sector, "CVL"))))
        return 1; /* (or its manner in another word: "seized 30 passengers",
                     then "No group claimed the kidnapping"; or a crowd's attack
                     told as "the riot") */
    if (a->sentence < b->sentence && a->negated == b->negated &&
        (the_participle(t, b) || came_after(t, b)) && same_word(t, a, b))
        return 1;
    /* "Islamic State claimed responsibility for the attack in a statement on
     * Wednesday": the claim's act is the story's act of its kind, the day
     * and the words after it the claim's */
    if ((b->evidence & GE_EV_NOUN) && !b->actor.code[0] && !b->actor.sector[0] &&
        b->recipient.end <= b->recipient.start && a->negated == b->negated &&
        !strcmp(a->event_type, b->event_type) && claimed_for(t, b->trigger_start))
        return 1;
    if (strcmp(a->event_type, b->event_type) || a->negated != b->negated ||
        a->report_mode != b->report_mode || (ev_answers_blow(t, b) && !ev_answers_blow(t, a)) ||
        ev_strikes_attackers(t, a) != ev_strikes_attackers(t, b))
        return 0; /* (what it did next is its own: "returned fire. One killed") */
    if (ev_typed_by_object(t, a, b) || ev_typed_by_object(t, b, a) || ev_occurrence_of(t, a, b))
        return 1;
    /* a curfew over one place in the same days is one curfew, however
     * often told ("curfew imposed" in the headline, "the provincial
     * government imposed a curfew in Bannu city" four sentences on, and
     * "talks in Peshawar ... to seek a lifting of the curfew") */
    if (called_curfew(t, a) && called_curfew(t, b) &&
        ((ev_places_agree(g, a, b) &&
          !(ev_act_date(a) && ev_act_date(b) && !ev_dates_agree(a, b))) ||
         (ev_refers_back_at(t, b->trigger_start) &&
          (!ev_act_date(b) || b->date_end <= b->trigger_start))))
        return 1; /* (not the state of emergency that holds it; "the curfew"
                     after another verb's place and day is the one told) */
    /* a count so far is not one act of the story ("2,000 people have been
     * killed since the fighting began" after "Israeli strikes kill 12") */
    if (((a->evidence ^ b->evidence) & GE_EV_TALLY) && a->sentence != b->sentence &&
        b->sentence > (lede > 1 ? lede : 1))
        return 0; /* (in its own sentence, "More than 40 attacks have targeted ... since",
                     or in the lede, "have arrested at least 500 people since", it is the
                     story's act) */
    /* (a noun told before takes the date of its sentence's verb: "blocked
     * a highway on Monday to protest against the bombing"; not a date of
     * its own after it, "against the killing of a local teacher last week") */
    int dated_by_verb = (b->evidence & GE_EV_NOUN) && told_before(t, b->trigger_start) &&
                        !(b->date_start > b->trigger_end);
    if (ev_act_date(a) && ev_act_date(b) && !ev_dates_agree(a, b) && !dated_by_verb)
        return 0;
    /* an act with no date phrase is recent news: a later sentence's act
     * of a month or more before publication is not it ("Troops clash on
     * border" and "Both sides had clashed briefly in May"; but "behead
     * villagers" and "between Sept. 10 and Sept. 13", a week before; nor
     * "Last month, a raid ... left six people dead", a month that ended
     * before the week of the news) */
    if (!ev_act_date(a) && a->date_precision == GE_DATE_WEEK && ev_act_date(b) &&
        ev_days_before(b, a) > (b->date_precision == GE_DATE_MONTH ? 6 : 31) && !dated_by_verb)
        return 0;
    /* "Gunmen abduct 287 pupils from school in Kaduna" and "Gunmen abducted
     * ... from a school in the town of Kuriga" (a town the gazetteer
     * lacks): the headline retold, the town inside the headline's place */
    /* (or in other words of the same manner by the same kind of actor: "air
     * strike on village kills 40", then "A fighter jet dropped bombs on the
     * crowd in Pazigyi village") */
    if ((a->evidence & GE_EV_HEADLINE) && ((a->evidence | b->evidence) & GE_EV_UNKNOWN_PLACE) &&
        b->sentence <= as + 3 &&
        (same_act(t, a, b) || (a->mode[0] && !strcmp(a->mode, b->mode))) &&
        ev_codes_agree(a->actor.code, b->actor.code) && !strcmp(a->actor.sector, b->actor.sector) &&
        (a->actor.sector[0] || a->actor.code[0]))
        return 1;
    /* "condemned the killings and imposed a curfew in Mangu": the killings
     * told before; the place of another clause is not theirs */
    if ((b->evidence & GE_EV_NOUN) && !b->actor.code[0] && !b->actor.sector[0] &&
        (told_before(t, b->trigger_start) ||
         (ev_refers_back_at(t, b->trigger_start) && b->sentence <= as + 4 &&
          other_country(g, a, b))) &&
        !place_follows(t, b) && same_root(t, a, b))
        return 1; /* (and "The attack came as the prime minister was in Kenya") */
    /* "the strike destroyed the mosque in the Daraja neighbourhood": an act
     * told by a noun that refers back, at a place we cannot map, is the act
     * referred to */
    if ((b->evidence & GE_EV_UNKNOWN_PLACE) && b->place == GE_NONE && !b->actor.code[0] &&
        !b->actor.sector[0] && a->sentence < b->sentence && b->sentence <= ev_last_told(a) + 3 &&
        names_act_of(t, a, b))
        return 1;
    /* ("on the outskirts of Bangui", then "The attack in Damara, about 75
     * kilometers north of the capital": its word told again by "the", at a
     * town near the other's) */
    int retold_near = ev_refers_back_at(t, b->trigger_start) && same_word(t, a, b) &&
                      ev_towns_near(g, a, b);
    /* ("attack on Barsalogho" and "an attack on the town of Barsalogho":
     * one place the gazetteer lacks, named twice) */
    int same_unknown = (a->evidence & b->evidence & GE_EV_UNKNOWN_PLACE) &&
                       ev_same_text(t, a->place_text, b->place_text);
    if (!ev_codes_agree(a->actor.code, b->actor.code) ||
        (!ev_places_agree(g, a, b) && !retold_near && !same_unknown))
        return 0;
    /* and something says it is the same act: one sentence; the same word or
     * a noun that refers back ("the attack") in the headline and the lede;
     * the same specific place; or the same word or a referring noun a few
     * sentences apart when neither has a place of its own ("violence" in a
     * riot report is many events) */
    /* (not two measures listed: "Curfew, internet ban in Jiribam") */
    if (a->sentence == b->sentence)
        return ev_codes_agree(a->actor.sector, b->actor.sector) && !ev_timed_apart(t, a, b) &&
               !(ge_str_is(a->event_type, "COERCE") && !ev_codes_agree(a->mode, b->mode) &&
                 (ge_str_is(a->mode, "curfew") || ge_str_is(b->mode, "curfew") ||
                  ge_str_is(a->mode, "censor") || ge_str_is(b->mode, "censor")));
    int again = same_act(t, a, b);
    int same_site = (a->place == b->place && ev_place_rank(a) >= 3 && ev_place_rank(b) >= 3) ||
                    same_unknown;
    /* a headline names the country or state, the lede the town in it
     * ("Bomber hits checkpoint in northwest Pakistan", "attacked ... in the
     * Bannu district") */
    /* (or the lede's village the gazetteer lacks, mapped at the area that
     * holds it: "storm village in Benue", "attacked the village of
     * Yelwata in Guma"; or at the headline's town itself: "Gunmen kill 12
     * in Culiacan", "opened fire ... in the Aguaruto neighborhood") */
    int inside = ev_place_rank(a) >= 3 &&
                 (ev_place_rank(b) >= 3 || ((b->evidence & GE_EV_UNKNOWN_PLACE) && ev_place_rank(b) >= 2)) &&
                 (a->place == b->place || ge_place_contains(g, a->place, b->place) ||
                  ev_near_each_other(g, a, b) || retold_near);
    /* ... or a headline that names no place, whose act the lede places,
     * by the same actor or none named */
    int placeless = ev_place_rank(a) <= 1 &&
                    (b->actor.start == b->actor.end ||
                     (a->actor.sector[0] && !strcmp(a->actor.sector, b->actor.sector)));
    /* (the lede: within three sentences of the headline, or the first
     * sentence with records after it, below a scraped page's byline and
     * caption) */
    /* (past the lede, a town inside the headline's country is another
     * place's act: "hit Ukraine's energy grid" ... "In the western city of
     * Lviv, a drone hit a residential building") */
    int past_lede = ev_place_rank(b) >= 3 && ev_place_rank(a) >= 3 && inside &&
                    a->place != b->place && !retold_near &&
                    b->sentence > (lede > a->sentence ? lede : a->sentence + 1) &&
                    !same_target(t, a, b) && !told_again_passive(t, b);
    if ((a->sentence == 0 || (a->evidence & GE_EV_HEADLINE)) && !past_lede &&
        (b->sentence <= as + ((a->evidence & GE_EV_HEADLINE) ? 3 : 2) ||
         ((a->evidence & GE_EV_HEADLINE) && b->sentence <= lede + 1)) &&
        (again || ((same_site || inside || placeless) && (a->evidence & GE_EV_HEADLINE) &&
                   ev_sectors_agree(a, b)) ||
         /* (or the same manner at the same place, a country too: "Mali
          * expels French ambassador", "ordered the French ambassador to
          * leave") */
         ((a->evidence & GE_EV_HEADLINE) && a->place != GE_NONE && a->place == b->place &&
          a->mode[0] && !strcmp(a->mode, b->mode))))
        return 1; /* the headline retold by the lede (in other words for the
                     actor, often: "paramilitaries", "the army", or for the
                     act: "talks" and "met" at one city) */
    /* a later sentence with no place of its own that tells more of the
     * same kind of act soon after, by the same actor or none named in
     * either, in no other manner ("fighting ... ended with five officers dead"; "14 insurgents
     * were killed") */
    /* (or a fight of two sides by no one named: "encountered about 15
     * members of the New People's Army, leading to a 30-minute firefight"
     * after "Soldiers, NPA rebels clash") */
    if (ev_place_rank(b) <= 1 && b->sentence <= as + 3 && ev_codes_agree(a->mode, b->mode) &&
        ((!strcmp(a->actor.sector, b->actor.sector) &&
          (!strcmp(a->actor.code, b->actor.code) ||
           (a->actor.sector[0] && ev_codes_agree(a->actor.code, b->actor.code)))) ||
         (ge_str_is(a->event_type, "ASSAULT") && ev_same_armed_side(a, b)) ||
         (ge_str_is(a->event_type, "ASSAULT") && !b->actor.code[0] && !b->actor.sector[0] &&
          b->recipient.end <= b->recipient.start && fight_told(t, b))) &&
        !ev_also_before(t, b->trigger_start))
        return 1; /* ("the gunmen also abducted several women": another act) */
    /* "Another 40 people were wounded": harm told in the passive, by no one
     * and nowhere of its own, just after the lede, is the story's act (not
     * "were injured in stabbing incidents": an act of its own named) */
    /* (or people hurt told in the very next sentence of any act: "soldiers
     * clashed with armed men ..., killing three", then "One soldier was
     * wounded"; not "2,459 houses ... have been set on fire" after "the
     * security forces have fired 5,176 rounds") */
    if ((b->evidence & GE_EV_PASSIVE) && !ev_cause_named_after(t, b) &&
        ev_place_rank(b) <= 1 && !b->actor.code[0] && !b->actor.sector[0] &&
        ev_codes_agree(a->mode, b->mode) &&
        (((a->sentence == 0 || (a->evidence & GE_EV_HEADLINE)) &&
          b->sentence <= (lede > a->sentence ? lede : a->sentence) + 2 &&
          !ev_also_before(t, b->trigger_start)) ||
         (b->sentence > 0 && ev_told_in_sentence(t, a, b->sentence - 1) &&
          (b->fatalities > 0 || b->injured > 0))))
        return 1; /* (and "two attackers were also killed": the toll's rest) */
    /* the same word again soon, with no place and no one named ("it said
     * it had killed 40 soldiers" after the headline's "... killing at least
     * 15 soldiers"): the story's act retold, a claim about it */
    if (again && (a->evidence & GE_EV_HEADLINE) && ev_place_rank(b) <= 1 && !b->actor.code[0] &&
        !b->actor.sector[0] && b->sentence <= (lede > a->sentence ? lede : a->sentence) + 3 &&
        !ev_also_before(t, b->trigger_start))
        return 1;
    /* a witness's words soon after: '"They came at night and started
     * shooting," said a farmer' tells the attack again */
    if (ev_place_rank(b) <= 1 && b->sentence <= as + 3 && ev_quoted(t, b) &&
        !b->actor.code[0] && !b->actor.sector[0])
        return 1;
    if ((b->evidence & GE_EV_NOUN) && !b->actor.code[0] && !b->actor.sector[0] &&
        told_before(t, b->trigger_start) &&
        (ev_place_rank(b) <= 3 || ge_place_contains(g, b->place, a->place)) &&
        same_root(t, a, b))
        return 1; /* "the UN condemned the killings": the killings told before */
    if (same_target(t, a, b) && b->sentence <= as + 4 &&
        (!b->actor.code[0] && !b->actor.sector[0]))
        return 1; /* the target named again, soon, by an unnamed attacker */
    /* the story's act told again by its word further on, with no place,
     * actor, target, count or time of its own that differs ("Police
     * arrested two men on Friday" ... fifteen sentences on, "after the
     * arrest"; a local story retells its one shooting); not what is said or
     * given ("agreed that ...", "received $8.5 million": one more each time
     * the word comes back), nor in a story of such acts at several places
     * ("police fired" in one town and another, in a riot report), nor "Both
     * sides had clashed briefly in May" */
    if (a->quad_code == 4 && ev_place_rank(b) <= 1 && !(sited & type_bit(a)) &&
        same_word(t, a, b) && ev_sectors_agree(a, b) && ev_codes_agree(a->mode, b->mode) &&
        ev_codes_agree(a->recipient.code, b->recipient.code) &&
        ev_codes_agree(a->recipient.sector, b->recipient.sector) &&
        !(a->count >= 0 && b->count >= 0 && a->count != b->count) &&
        !(a->fatalities >= 0 && b->fatalities >= 0 && a->fatalities != b->fatalities) &&
        !(ev_act_date(b) && !ev_act_date(a)) && !(b->evidence & GE_EV_DAY_NO_YEAR) &&
        !ev_also_before(t, b->trigger_start))
        return 1;
    /* further on an unknown actor is not a known one ("police fired" and,
     * later, "a woman was stabbed"), unless the later one refers back ("the
     * attack") */
    /* (no one named: an arrest's police are only implied, "Their lawyers
     * called the arrests political persecution") */
    int unnamed = (!b->actor.code[0] && !b->actor.sector[0]) ||
                  (b->actor.end <= b->actor.start && !b->actor.code[0] &&
                   ev_codes_agree(a->mode, b->mode));
    int names = unnamed && names_act_of(t, a, b);
    int anaph = 0; /* "the strike hit ...": a trigger of b's sentence refers back */
    for (uint32_t j = 0; j < ev_listed(b) && !anaph; j++)
        anaph = ev_refers_back_at(t, b->mentions[j][0]);
    int refers = (anaph || names) && unnamed;
    if (!refers &&
        (strcmp(a->actor.sector, b->actor.sector) || strcmp(a->actor.code, b->actor.code)))
        return 0;
    if (same_site)
        return 1;
    /* "One person was killed in the firing": the act named again, soon */
    /* (three sentences after it was last told: "the bomber ... detonated his
     * explosives" after the bombing retold) */
    if (names && ev_place_rank(b) <= 1 && b->sentence <= ev_last_told(a) + 3)
        return 1;
    /* "a search for the abducted residents": the act's own word after
     * "the", soon after it was last told, by no one and nowhere new */
    if (unnamed && ev_refers_back_at(t, b->trigger_start) && same_word(t, a, b) &&
        ev_place_rank(b) <= 1 && b->sentence <= ev_last_told(a) + 3)
        return 1;
    /* "The attack was the latest in a wave of violence in Nigeria's central
     * states": the act referred to, placed in what holds its place */
    if (refers && ev_refers_back_at(t, b->trigger_start) && b->sentence <= as + 6 &&
        ev_place_rank(b) >= 3 && a->place != GE_NONE && ge_place_contains(g, b->place, a->place))
        return 1;
    /* "The attack took place at a hacienda in the municipality of
     * Salvatierra" after the state's attack: the act referred to, placed
     * inside where it was told */
    /* (or "The strike hit the vehicle near the town of Debre Markos": a
     * noun of the sentence refers back) */
    if (refers && anaph && b->sentence <= as + 4 &&
        ev_place_rank(a) >= 3 && ev_place_rank(b) >= 3 && a->place != b->place &&
        ge_place_contains(g, a->place, b->place))
        return 1;
    /* "the strike hit an ELN camp in the rural area of Tibu": the act told
     * with no place of its own, placed soon after */
    if (refers && anaph && b->sentence <= as + 3 && ev_place_rank(a) <= 1 &&
        ev_place_rank(b) >= 3)
        return 1;
    /* (not "the madhavpura police also opened fire": another act) */
    return again && ev_place_rank(a) <= 1 && ev_place_rank(b) <= 1 && b->sentence <= as + 3 &&
           !ev_also_before(t, b->trigger_start);
}

/* One pass: each record merges into the first earlier one it corefers
 * with (same sentence only, or any). */
static void coref_pass(const ge_text *t, const ge_gazetteer *g, uint32_t lede, ge_events *evs,
                       int same_sentence)
{
    unsigned sited = same_sentence ? 0 : sited_types(g, evs);
    size_t w = 0;
    for (size_t i = 0; i < evs->n; i++) {
        const ge_event *e = &evs->v[i];
        size_t into = (size_t)-1;
        int away = -1; /* does e's sentence turn away (asked once) */
        /* the last few hundred records: enough for one article's
         * retellings, bounded for huge inputs */
        for (size_t k = w > 256 ? w - 256 : 0; k < w && into == (size_t)-1; k++)
            if ((!same_sentence || evs->v[k].sentence == e->sentence) &&
                corefer(t, g, lede, sited, &evs->v[k], e, &away))
                into = k;
        /* (a later one told by the same word is the one meant: "Their
         * lawyers called the arrests political persecution" is the arrest
         * of the sentence before, not the blockade police cleared) */
        if (into != (size_t)-1 && !same_sentence && !same_word(t, &evs->v[into], e))
            for (size_t k = into + 1; k < w; k++)
                if (same_word(t, &evs->v[k], e) &&
                    corefer(t, g, lede, sited, &evs->v[k], e, &away)) {
                    into = k;
                    break;
                }
        if (into == (size_t)-1)
            evs->v[w++] = *e;
        else
            ev_merge_records(t, g, &evs->v[into], e);
    }
    evs->n = w;
}

void ge_events_coref(const ge_text *t, const ge_gazetteer *g, ge_events *evs)
{
    /* each sentence's records first, so that a retold event meets its
     * retelling with everything its sentence says (actor, place, date) */
    /* the lede: the first sentence with records after the headline's */
    uint32_t lede = 0;
    for (size_t i = 0; i < evs->n && !lede; i++)
        if (evs->v[i].evidence & GE_EV_HEADLINE)
            for (size_t k = i + 1; k < evs->n && !lede; k++)
                if (evs->v[k].sentence > evs->v[i].sentence)
                    lede = evs->v[k].sentence;
    coref_pass(t, g, lede, evs, 1);
    coref_pass(t, g, lede, evs, 0);
}
