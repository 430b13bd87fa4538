/*
 * event_retell.c -- what tells a record's act apart from an earlier one of
 * its kind, or says it is told again (event_coref.c asks): "also" before
 * it, the time it was last told, a cause of harm named after it, a
 * witness's quoted words, a blow answered ("returned fire"), a strike on
 * the attackers, and clauses of two times ("arrested on Friday after a
 * clerk was shot on Monday").
 */
#include <string.h>

#include "event_words.h"
/* "also" just before the trigger at byte b: one more act ("also
 * abducted", "also set fire to"). */
int ev_also_before(const ge_text *t, uint32_t b)
{
    uint32_t k = ev_token_from(t, b);
    for (uint32_t j = k; j > 0 && k - j < 2; j--)
        if (t->tokens[j - 1].norm_len == 4 && !memcmp(t->norm + t->tokens[j - 1].norm, "also", 4))
            return 1;
    return 0;
}

/* "A second strike hit a motorcycle", "another attack", "a separate
 * drone strike": the word before the trigger at byte b (or before a word
 * that qualifies it) counts a new act of the kind told before. */
int ev_another_before(const ge_text *t, uint32_t b)
{
    uint32_t k = ev_token_from(t, b);
    for (uint32_t j = k; j > 0 && k - j < 2; j--)
        if (ge_tok_among(t, j - 1, "another", "second", "third", "fourth", "fifth", "separate",
                         "fresh"))
            return 1;
    return 0;
}

/* The sentence of a's last telling ("The blast went off as passengers were
 * waiting", the sentence before "Another 62 people were wounded"). */
uint32_t ev_last_told(const ge_event *a)
{
    return a->last_sentence > a->sentence ? a->last_sentence : a->sentence;
}

/* Does a cause of its own follow b's trigger: "in", "by" or "during" and
 * no "the" or "this" that refers back ("injured in stabbing incidents";
 * not "wounded in the shelling")? */
int ev_cause_named_after(const ge_text *t, const ge_event *b)
{
    uint32_t k = ev_token_from(t, b->trigger_end);
    if (k + 1 >= t->ntokens)
        return 0;
    const ge_token *p = &t->tokens[k], *n = &t->tokens[k + 1];
    const char *w = t->norm + p->norm, *v = t->norm + n->norm;
    if (!ge_word_is(w, p->norm_len, "in") && !ge_word_is(w, p->norm_len, "by") &&
        !ge_word_is(w, p->norm_len, "during"))
        return 0;
    return !ge_word_is(v, n->norm_len, "the") && !ge_word_is(v, n->norm_len, "this") &&
           !ge_word_is(v, n->norm_len, "that") && !ge_word_is(v, n->norm_len, "these") &&
           !ge_word_is(v, n->norm_len, "those");
}

/* Does b's sentence open with a quotation mark (a witness's words)? */
int ev_quoted(const ge_text *t, const ge_event *b)
{
    if (b->sentence >= t->nsentences)
        return 0;
    const unsigned char *c = (const unsigned char *)t->s + t->sentences[b->sentence].start;
    return c[0] == '"' || (c[0] == 0xE2 && c[1] == 0x80 && c[2] == 0x9C);
}

/* Does record e answer a blow ("policemen guarding the temple returned
 * fire", "troops retaliated", "fired back")? The ones attacked act: an act
 * of its own, not the attack told again (which must not take them as actor). */
int ev_answers_blow(const ge_text *t, const ge_event *e)
{
    uint32_t k = ev_token_from(t, e->trigger_start), j = ev_token_from(t, e->trigger_end);
    if (k >= t->ntokens)
        return 0;
    const char *w = t->norm + t->tokens[k].norm;
    uint32_t n = t->tokens[k].norm_len;
    return (n >= 6 && !memcmp(w, "return", 6)) || (n >= 8 && !memcmp(w, "retaliat", 8)) ||
           (j < t->ntokens && j > k && ge_word_is(t->norm + t->tokens[j].norm, t->tokens[j].norm_len, "back"));
}

/* Is e a blow at the ones who attacked ("Security forces killed all three
 * attackers")? That is the answer to the attack, an act of its own, not
 * the attack told again. */
int ev_strikes_attackers(const ge_text *t, const ge_event *e)
{
    static const char *const who[] = {"attacker", "attackers", "assailant", "assailants",
                                      "bomber", "bombers", "hijacker", "hijackers", "raiders",
                                      "perpetrators", NULL};
    if (strcmp(e->event_type, "ASSAULT") || e->recipient.end <= e->recipient.start)
        return 0;
    uint32_t span[2] = {e->recipient.start, e->recipient.end};
    for (int i = 0; who[i]; i++)
        if (ev_word_in_span(t, span, who[i], strlen(who[i])))
            return 1;
    return 0;
}

/* Is the later of a and b told in a time clause of the earlier ("The attack
 * came a day after militants stormed a college", "occurred as")? A verb
 * that places one act in time before another names two acts. */
/* A verb in the past among tokens [k, e) before the clause ends ("before
 * Israeli soldiers entered"; not "after the match and 12 were injured") */
static int clause_verb(const ge_text *t, uint32_t k, uint32_t e)
{
    static const char *const pasts[] = {"threw", "shot", "hit", "fought", "took", "began",
                                        "broke", "came", "went", "ran", "set", "struck", "fled",
                                        "drove", "opened", NULL};
    static const char *const ends[] = {"and", ",", ";", "but", NULL};
    for (; k < e && !ge_tok_word_in(t, k, ends); k++) {
        const ge_token *w = &t->tokens[k];
        if (ge_tok_word_in(t, k, pasts) ||
            (w->norm_len > 3 && !memcmp(t->norm + w->norm + w->norm_len - 2, "ed", 2)))
            return 1;
    }
    return 0;
}

int ev_timed_apart(const ge_text *t, const ge_event *a, const ge_event *b)
{
    static const char *const adjuncts[] = {"after", "before", "as", "amid", "following", NULL};
    static const char *const spans[] = {"a", "an", "one", "two", "three", "few", "day", "days",
                                        "hour", "hours", "week", "weeks", "just", "only",
                                        "shortly", "soon", "barely", "minutes", NULL};
    /* the last word of one that comes before the other's first */
    const ge_event *first = a->trigger_start < b->trigger_start ? a : b;
    const ge_event *later = first == a ? b : a;
    uint32_t from = first->trigger_end;
    for (uint32_t k = 0; k < ev_listed(first); k++)
        if (first->mentions[k][1] > from && first->mentions[k][1] <= later->trigger_start)
            from = first->mentions[k][1];
    uint32_t e = ev_token_from(t, later->trigger_start);
    /* ("set fire to a police van, a day after three young girls were
     * stabbed": a span of time before "after" anywhere between) */
    static const char *const units[] = {"day", "days", "hour", "hours", "week", "weeks",
                                        "minutes", "month", "months", NULL};
    static const char *const apart[] = {"after", "before", NULL};
    /* (or "threw rocks at houses before Israeli soldiers entered the
     * village and fired tear gas": a clause of its own subject after
     * "before" or "after"; not "after attacking", "after 11 p.m.") */
    static const char *const subjects[] = {
        "the", "a", "an", "his", "her", "their", "its", "he", "she", "they", "it", "police",
        "troops", "soldiers", "protesters", "demonstrators", "militants", "gunmen", "rebels",
        "officers", "residents", "settlers", "attackers", "fighters", "workers", "students", NULL};
    for (uint32_t j = ev_token_from(t, from) + 1; j < e; j++) {
        if (!ge_tok_word_in(t, j, apart))
            continue;
        if (ge_tok_word_in(t, j - 1, units))
            return 1;
        if (j + 2 < e && (ge_tok_word_in(t, j + 1, subjects) ||
                          ((t->tokens[j + 1].flags & GE_TOK_CAP) &&
                           !(t->tokens[j + 1].flags & GE_TOK_NUMBER))) &&
            clause_verb(t, j + 2, e))
            return 1;
    }
    for (uint32_t j = ev_token_from(t, from), n = 0; j < e && n < 6; j++, n++) {
        if (ge_tok_word_in(t, j, adjuncts))
            return 1;
        if (!(t->tokens[j].flags & GE_TOK_NUMBER) && !ge_tok_word_in(t, j, spans))
            return 0;
    }
    return 0;
}

