/*
 * event_merge.c -- two records found to tell one event (event_coref.c)
 * made one: the first keeps its trigger and type (a protest's demand told
 * in its sentence becomes the protest), and takes from the other what it
 * says better: a more specific place or one inside its own, a count, the
 * dead and injured, a date of the act, an actor or target where it has
 * none, a verb for a noun of the same sentence; every trigger is listed in
 * its mentions.
 */
#include <ctype.h>

#include "event_model.h"
#include "event_words.h"

/* Do two byte spans of the text hold the same words (case aside)? */
int ev_same_text(const ge_text *t, const uint32_t a[2], const uint32_t b[2])
{
    return a[1] > a[0] && a[1] - a[0] == b[1] - b[0] &&
           !strncasecmp(t->s + a[0], t->s + b[0], a[1] - a[0]);
}

/* Is e placed in its own sentence in a country or state, a sentence that
 * also names the unmapped place at bytes name? */
static int names_it_in(const ge_text *t, const ge_gazetteer *g, const ge_event *e,
                       const uint32_t name[2])
{
    if (e->place == GE_NONE || ev_place_rank(e) < 3 || name[1] <= name[0] ||
        e->sentence >= t->nsentences)
        return 0;
    const ge_place *p = ge_gazetteer_place(g, e->place);
    if (!p || p->level < GE_LEVEL_COUNTRY || p->level > GE_LEVEL_ADMIN1)
        return 0;
    const ge_sentence *st = &t->sentences[e->sentence];
    uint32_t n = name[1] - name[0];
    /* (the name as a whole word: not "Bars" inside "Barsalogho") */
    for (uint32_t i = st->start; i + n <= st->end; i++)
        if (i != name[0] && !strncasecmp(t->s + i, t->s + name[0], n) &&
            (i == 0 || !isalnum((unsigned char)t->s[i - 1])) &&
            (i + n >= t->len || !isalnum((unsigned char)t->s[i + n])))
            return 1;
    return 0;
}

void ev_merge_records(const ge_text *t, const ge_gazetteer *g, ge_event *o, const ge_event *e)
{
    if ((ge_str_is(o->event_type, "REQUEST") || ge_str_is(o->event_type, "ACCUSE")) &&
        ge_str_is(e->event_type, "PROTEST") && o->sentence == e->sentence) {
        memcpy(o->event_type, e->event_type, sizeof o->event_type);
        memcpy(o->mode, e->mode, sizeof o->mode);
        o->quad_code = e->quad_code;
        o->trigger_start = e->trigger_start;
        o->trigger_end = e->trigger_end;
    }
    /* a more specific place choice, or a town inside the place we had;
     * never a place for a record whose place is a name we cannot map */
    if (o->evidence & GE_EV_UNKNOWN_PLACE) {
        /* keep none; but the same unmapped name placed in the area that
         * holds it ("overruns garrison in Nasir", then "in the town of
         * Nasir in South Sudan's Upper Nile state") */
        if (o->place == GE_NONE && e->place != GE_NONE && (e->evidence & GE_EV_UNKNOWN_PLACE) &&
            ev_same_text(t, o->place_text, e->place_text)) {
            o->place = e->place;
            o->mention = e->mention;
            o->location_reason = e->location_reason;
        } else if (o->place == GE_NONE && names_it_in(t, g, e, o->place_text)) {
            /* (or the country or state that another telling puts it in:
             * "attack on Barsalogho", then "the town of Barsalogho in
             * north-central Burkina Faso") */
            o->place = e->place;
            o->mention = e->mention;
            o->location_reason = "container";
        }
    } else if (ev_place_rank(e) > ev_place_rank(o) ||
        (ev_place_rank(e) >= (ev_place_rank(o) < 2 ? ev_place_rank(o) : 2) && e->place != GE_NONE &&
         o->place != e->place && ge_place_contains(g, o->place, e->place)) ||
        /* (the town itself, not the area near another: "near Haiti's
         * capital", then "the towns of Mirebalais and Saut-d'Eau"; not
         * the same town again, which keeps "near") */
        ((o->evidence & GE_EV_NEAR) && !(e->evidence & GE_EV_NEAR) && ev_place_rank(e) >= 3 &&
         o->place != e->place && ev_near_each_other(g, o, e))) {
        /* (or a place inside ours, told in the text: "in eastern Congo",
         * then "the town of Minova in Congo's South Kivu province") */
        o->place = e->place;
        o->mention = e->mention;
        memcpy(o->place_text, e->place_text, sizeof o->place_text);
        o->location_reason = e->location_reason;
        o->evidence = (o->evidence & ~(uint32_t)GE_EV_NEAR) |
                      (e->evidence & (GE_EV_NEAR | GE_EV_UNKNOWN_PLACE));
    }
    if (o->count < 0 && e->count >= 0) {
        o->count = e->count;
        memcpy(o->count_qualifier, e->count_qualifier, sizeof o->count_qualifier);
    }
    if (o->fatalities < e->fatalities)
        o->fatalities = e->fatalities;
    if (o->injured < e->injured)
        o->injured = e->injured;
    /* ("since the protests began in July": not the day of the act) */
    /* (nor from "the protest, which the party called last week": a noun
     * that refers back has no date of its sentence) */
    /* (or a day inside the week another clause's day gave: "arrested two
     * men on Friday after a clerk was shot", then "shot ... Thursday") */
    if (ev_act_date(e) &&
        (!ev_act_date(o) ||
         (o->date_precision == GE_DATE_WEEK && e->date_precision == GE_DATE_DAY &&
          ev_dates_agree(o, e))) &&
        !((e->evidence & GE_EV_NOUN) && ev_refers_back_at(t, e->trigger_start) &&
          e->sentence != o->sentence)) {
        memcpy(o->event_date, e->event_date, sizeof o->event_date);
        o->date_precision = e->date_precision;
        o->date_start = e->date_start;
        o->date_end = e->date_end;
    }
    /* (a phrase of our own that codes nothing stays: "kill 6 drug suspects"
     * does not become "officers" of "opened fire on officers") */
    if (!o->actor.code[0] && !o->actor.sector[0] && o->actor.start == o->actor.end &&
        (e->actor.code[0] || e->actor.sector[0]))
        o->actor = e->actor;
    if (!o->recipient.code[0] && !o->recipient.sector[0] && o->recipient.start == o->recipient.end &&
        (e->recipient.code[0] || e->recipient.sector[0]))
        o->recipient = e->recipient;
    if (e->confidence > o->confidence)
        o->confidence = e->confidence;
    /* in one sentence the verb names the act better than a noun
     * ("protesters marched"), unless it only takes the noun's type ("the
     * attack came after ...") */
    if (o->sentence == e->sentence && (o->evidence & GE_EV_NOUN) &&
        !(e->evidence & (GE_EV_NOUN | GE_EV_INHERIT))) {
        o->trigger_start = e->trigger_start;
        o->trigger_end = e->trigger_end;
        if (e->mode[0])
            memcpy(o->mode, e->mode, sizeof o->mode);
        o->evidence &= ~GE_EV_NOUN;
    }
    o->evidence |= e->evidence & (GE_EV_MULTIWORD | GE_EV_PASSIVE);
    if (!(e->evidence & GE_EV_ANCHOR))
        o->evidence &= ~GE_EV_ANCHOR; /* told as an act of its own too */
    /* list the mentions (the first GE_EVENT_MAX_MENTIONS), count them all */
    uint32_t listed = o->nmentions < GE_EVENT_MAX_MENTIONS ? o->nmentions : GE_EVENT_MAX_MENTIONS;
    uint32_t elisted = e->nmentions < GE_EVENT_MAX_MENTIONS ? e->nmentions : GE_EVENT_MAX_MENTIONS;
    for (uint32_t k = 0; k < elisted && listed < GE_EVENT_MAX_MENTIONS; k++, listed++) {
        o->mentions[listed][0] = e->mentions[k][0];
        o->mentions[listed][1] = e->mentions[k][1];
    }
    o->nmentions += e->nmentions;
    if (e->last_sentence > o->last_sentence)
        o->last_sentence = e->last_sentence;
}
