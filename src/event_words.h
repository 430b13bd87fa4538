/*
 * event_words.h -- two records of an article compared: their trigger words
 * (event_words.c); their places, dates and actors (event_agree.c); and two
 * records of one event merged (event_merge.c).
 */
#ifndef GE_EVENT_WORDS_H
#define GE_EVENT_WORDS_H

#include "internal.h"

/* The base of an irregular verb form ("shot": "shoot"), else the word; of a
 * phrase ("shot dead"), its first word. *n is the length in and out. */
const char *ev_base_form(const char *w, uint32_t *n);
/* The last word of a phrase of several, if long enough to name an act. */
int ev_head_of_phrase(const char *w, uint32_t n, const char **h, uint32_t *hn);
/* Are the text's spans a and b the same word, inflections aside? */
int ev_same_stem_at(const ge_text *t, const uint32_t a[2], const uint32_t b[2]);
/* Is a word of the span the word w (wn bytes), inflections aside? */
int ev_word_in_span(const ge_text *t, const uint32_t span[2], const char *w, size_t wn);
/* The first token that starts at or after byte b. */
uint32_t ev_token_from(const ge_text *t, uint32_t b);
/* "the attack", "this shooting": is the trigger at byte b a noun after a
 * determiner that refers back to an event? */
int ev_refers_back_at(const ge_text *t, uint32_t b);

/* The mentions a record lists (at most GE_EVENT_MAX_MENTIONS). */
static inline uint32_t ev_listed(const ge_event *e)
{
    return e->nmentions < GE_EVENT_MAX_MENTIONS ? e->nmentions : GE_EVENT_MAX_MENTIONS;
}

/* event_retell.c: what tells a record's act apart from an earlier one of
 * its kind, or says it is told again (event_coref.c) */
int ev_also_before(const ge_text *t, uint32_t b);      /* "also abducted" */
int ev_another_before(const ge_text *t, uint32_t b);   /* "a second strike" */
uint32_t ev_last_told(const ge_event *a);              /* its last sentence */
int ev_cause_named_after(const ge_text *t, const ge_event *b); /* "injured in stabbings" */
int ev_quoted(const ge_text *t, const ge_event *b);    /* a witness's words */
int ev_answers_blow(const ge_text *t, const ge_event *e); /* "returned fire" */
int ev_strikes_attackers(const ge_text *t, const ge_event *e);
int ev_timed_apart(const ge_text *t, const ge_event *a, const ge_event *b);

/* event_coref_clause.c: two triggers of one sentence that name one act
 * ("imposed a curfew", "called for a ceasefire", "reinforcements would
 * arrive", "the attack came", a protest's demand, "vowed to punish",
 * "arrested 15 in overnight raids") */
int ev_typed_by_object(const ge_text *t, const ge_event *v, const ge_event *n);
int ev_object_of(const ge_text *t, const ge_event *a, const ge_event *b);
int ev_arrival_of(const ge_text *t, const ge_event *a, const ge_event *b);
int ev_demand_of_protest(const ge_text *t, const ge_event *a, const ge_event *b);
int ev_told_in_sentence(const ge_text *t, const ge_event *a, uint32_t k); /* a mention in k */
int ev_occurrence_of(const ge_text *t, const ge_event *a, const ge_event *b);
int ev_promised(const ge_text *t, const ge_event *a, const ge_event *b);
int ev_operation_of(const ge_text *t, const ge_event *a, const ge_event *b);
int ev_meeting_at(const ge_text *t, const ge_event *a, const ge_event *b); /* "at a summit" */
int ev_talks_purpose(const ge_text *t, const ge_event *a, const ge_event *b); /* "meet ... to discuss" */

/* event_agree.c: can two records be one event by place, date and actor?
 * A place choice's rank: locative 4, sentence 3, other 2, article 1, none 0. */
int ev_place_rank(const ge_event *e);
int ev_near_each_other(const ge_gazetteer *g, const ge_event *a, const ge_event *b);
/* Are the places of a and b towns or areas (below a country) within NEAR_KM
 * (100 km) of each other, whatever the text says? */
int ev_towns_near(const ge_gazetteer *g, const ge_event *a, const ge_event *b);
int ev_places_agree(const ge_gazetteer *g, const ge_event *a, const ge_event *b);
int ev_act_date(const ge_event *e);
/* Days after the sentence before that sentence si's opening words say
 * ("The next day", "Two days later", "Later that day": 0), or -1. */
int ev_days_on(const ge_text *t, uint32_t si);
int ev_dates_agree(const ge_event *a, const ge_event *b);
/* Days from the end of e's time (its day, week, month or year) to the
 * date of l (0 or less when they overlap or either has no date). */
long ev_days_before(const ge_event *e, const ge_event *l);
int ev_codes_agree(const char *a, const char *b);
int ev_sectors_agree(const ge_event *a, const ge_event *b);
int ev_same_armed_side(const ge_event *a, const ge_event *b);

/* event_merge.c: record e, found to tell o's event, merged into o. */
void ev_merge_records(const ge_text *t, const ge_gazetteer *g, ge_event *o, const ge_event *e);
/* Are the text's spans a and b the same letters, case aside (a place the
 * gazetteer lacks named twice: "Barsalogho")? Empty spans are not. */
int ev_same_text(const ge_text *t, const uint32_t a[2], const uint32_t b[2]);

#endif
