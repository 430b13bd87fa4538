/*
 * event_fire_hold.c -- three words whose sense decides the event: "fire"
 * (a dismissal, "fired the army chief", or shots, "fired 20 rounds"),
 * "hold" (custody, "where he has been held") and "since" (an act named as
 * the start of a time, "since the fighting began"). Asked by the event
 * stage (events.c) and the word senses (event_sense.c).
 */
#include "events_internal.h"

/* "Musharraf fired Chaudhry", "fired the army chief", "fires his defence
 * minister": a dismissal, no shooting. The object is a title or a name
 * that is no place, and no weapon follows ("fired Grad rockets"). */
int ev_fires_someone(const sent *s, const match *tm)
{
    EV_WORDS(fire, "fire", "fired", "fires");
    EV_WORDS(titles, "chief", "minister", "director", "coach", "manager", "official", "officials",
             "employee", "employees", "judge", "justice", "commander", "general", "head",
             "secretary", "governor", "prosecutor", "editor", "staff", "spokesman", "spokeswoman",
             "ceo", "president", "adviser", "advisor", "aide", "aides", "deputy", "superintendent");
    EV_WORDS(weapons, "rockets", "rocket", "missiles", "missile", "shells", "rounds", "shots",
             "bullets", "mortars", "grenades", "gas", "cannon", "artillery", "salvo", "salvos");
    if (tm->e != tm->b + 1 || !ev_tok_in(s, tm->b, fire) || tm->e >= s->e)
        return 0;
    uint32_t j = tm->e;
    while (j < s->e && j < tm->e + 2 &&
           ev_tok_among(s, j, "the", "his", "her", "its", "their", "a"))
        j++;
    for (uint32_t k = j; k < s->e && k < j + 3; k++)
        if (ev_tok_in(s, k, weapons))
            return 0;
    for (uint32_t k = j; k < s->e && k < j + 3 && ev_has_object(s, k); k++)
        if (ev_tok_in(s, k, titles))
            return 1; /* "fired the army chief", "fired his defence minister" */
    const ge_token *o = &s->t->tokens[j];
    return j == tm->e && j < s->e && (o->flags & GE_TOK_CAP) && !(o->flags & GE_TOK_UPPER) &&
           ev_mention_at(s, j) < 0 && !ev_match_at(s, LX_AGENT, j);
}

/* "police fired two rounds", "fired 10 to 15 rounds in the air", "firing
 * in the air": a weak "fired" whose ammunition or aim follows is a shot
 * fired, as sure as "opened fire" (a dismissal has no rounds). */
int ev_fired_rounds(const sent *s, const match *tm)
{
    EV_WORDS(fire, "fired", "firing", "fire");
    EV_WORDS(rounds, "rounds", "round", "shots", "bullets", "pellets", "volleys");
    EV_WORDS(skip, "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "a",
             "few", "several", "some", "about", "over", "around", "nearly", "to", "-");
    if (tm->e != tm->b + 1 || !ev_tok_in(s, tm->b, fire))
        return 0;
    uint32_t j = tm->e;
    for (uint32_t hops = 0; j < s->e && hops < 4; hops++, j++)
        if (!(s->t->tokens[j].flags & GE_TOK_NUMBER) && !ev_tok_in(s, j, skip))
            break;
    if (ev_tok_in(s, j, rounds))
        return 1;
    /* "in the air", "into the air", "in air" */
    if (j != tm->e || !(ev_tok_is(s, j, "in") || ev_tok_is(s, j, "into")))
        return 0;
    j += ev_tok_is(s, j + 1, "the") ? 2 : 1;
    return ev_tok_is(s, j, "air");
}

/* "where he has been held", "the suspect is being held in a clinic", "is
 * believed held in Gaza": "held" in the passive, of people, is a
 * detention (a meeting "was held" takes its noun's kind instead). */
int ev_held_in_custody(const sent *s, const match *tm, int people)
{
    EV_WORDS(be, "was", "were", "is", "are", "been", "being", "be", "believed");
    EV_WORDS(after, "in", "at", "by", "hostage", "hostages", "captive", "without", "incommunicado",
             "for", "since");
    EV_WORDS(pronouns, "he", "she", "they", "who", "i", "we");
    /* people: only words for people as the subject, but then the clause
     * may end there ("50 persons were held and weapons seized") */
    int ends = tm->e >= s->e ||
               ev_tok_among(s, tm->e, "and", ",", ".", ";");
    if (tm->e != tm->b + 1 || !ev_tok_is(s, tm->b, "held") ||
        !((tm->e < s->e && ev_tok_in(s, tm->e, after)) || (people && ends)))
        return 0;
    uint32_t j = tm->b;
    while (j > s->b && tm->b - j < 3 &&
           ev_tok_among(s, j - 1, "still", "also", "reportedly", "allegedly"))
        j--;
    if (j == s->b || !ev_tok_in(s, j - 1, be))
        return 0;
    uint32_t k = j - 1; /* the auxiliary; its subject before it */
    while (k > s->b && tm->b - k < 6 &&
           ev_tok_among(s, k - 1, "has", "have", "had", "is", "was", "are",
                                  "were", "been", "still", "now", "also"))
        k--;
    if (k == s->b)
        return 0;
    if (ev_tok_is(s, k - 1, ",")) /* "The suspect, Tomislav Petrovic, is being held" */
        for (uint32_t c = k - 1; c > s->b && k - c < 8; c--)
            if (ev_tok_is(s, c - 1, ",")) {
                k = c - 1;
                break;
            }
    if (ev_tok_in(s, k - 1, pronouns))
        return 1;
    uint32_t b, e;
    ev_np_left(s, k, &b, &e);
    ge_actor a;
    ev_code_actor(s, b, e, &a);
    return a.sector[0] || (!people && a.start < a.end && !a.code[0]); /* people, or a name */
}

/* "since the fighting began", "since last month's coup": an act named as
 * the start of a time. It may name the story's act ("since the protests
 * began"), but its date is not the act's. */
int ev_anchor(const sent *s, const match *tm)
{
    for (uint32_t j = tm->b; j > s->b && tm->b - j < 4; j--) {
        if (ev_tok_is(s, j - 1, "since"))
            return 1;
        if (!ev_is_word(s, j - 1) && !ev_tok_among(s, j - 1, "'s", "'"))
            break; /* ("since the fighting began": through the act's noun) */
    }
    return 0;
}
