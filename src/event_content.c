/*
 * event_content.c -- words that name what another act holds, not an act
 * of their own: what a request, threat or promise asks for ("called on both
 * sides to agree to a ceasefire"), what a call or a meeting is for, what a
 * ban forbids, what a warning says things may bring. Senses asked by
 * ev_not_an_event_here (event_sense.c).
 */
#include "events_internal.h"

/* Is the trigger the act that an earlier request, threat or promise of its
 * sentence asks for, threatens or promises ("called on both sides to agree
 * to a ceasefire and return to talks", "threatened to attack", "agreed to
 * withdraw")? Then that request, threat or promise is the event; this is
 * its content. */
int ev_content_asked(const sent *s, const match *tm)
{
    uint32_t to = GE_NONE;
    for (uint32_t j = tm->b; j > s->b && tm->b - j < 10; j--) {
        /* (an infinitive's "to", not a preposition's: "offers its
         * condolences to the families of personnel killed") */
        if (ev_tok_is(s, j - 1, "to") && !ev_tok_in(s, j, ev_determiners) &&
            !ev_tok_among(s, j, "his", "her", "their", "its", "our")) {
            to = j - 1;
            break;
        }
        /* "demanding that the government reach a deal" */
        if (ev_tok_is(s, j - 1, "that") && j >= s->b + 2) {
            const match *r = ev_match_at(s, LX_TRIGGER, j - 2);
            if (r && r->e == j - 1 && ge_str_is(r->x->type, "REQUEST"))
                return 1;
        }
        if (ev_is_punct(s, j - 1) && !ev_tok_is(s, j - 1, ",") && !ev_possessive_token(s, j - 1) &&
            !(j >= s->b + 2 && ev_possessive_token(s, j - 2)))
            return 0; /* (past a possessive: "to secure the teachers' safe release") */
    }
    /* "called on Thursday for an independent investigation": what a call
     * is for */
    uint32_t f = tm->b;
    while (f > s->b && tm->b - f < 3 && ev_is_word(s, f - 1) && !ev_tok_is(s, f - 1, "for") &&
           !ev_is_trigger_tok(s, f - 1))
        f--;
    if (f > s->b && ev_tok_is(s, f - 1, "for"))
        for (size_t k = 0; k < s->mt.n; k++) {
            const match *x = &s->mt.v[k];
            if (x->x->kind == LX_TRIGGER && ge_str_is(x->x->type, "REQUEST") && x->e <= f &&
                x->e + 4 >= f)
                return 1;
        }
    if (to == GE_NONE)
        return 0;
    /* "We will not allow criminals to destroy property": what one will not
     * let happen */
    for (uint32_t j = to; j > s->b + 1 && to - j < 4; j--)
        if (ev_tok_among(s, j - 1, "allow", "permit", "let", "tolerate") &&
            ev_tok_among(s, j - 2, "not", "never", "won't", "cannot", "can't", "wouldn't"))
            return 1;
    for (size_t k = 0; k < s->mt.n; k++) {
        const match *x = &s->mt.v[k];
        if (x->b >= to || to - x->e > 6 || x->x->kind != LX_TRIGGER)
            continue;
        if (ge_str_is(x->x->type, "REQUEST") || ge_str_is(x->x->type, "THREATEN") ||
            ge_str_is(x->x->type, "AGREE"))
            return 1;
        /* (or what a meeting is for: "met in Cucuta on Tuesday to coordinate
         * border security") */
        if (ge_str_is(x->x->type, "CONSULT") && (x->x->flags & LXF_VERB) &&
            (ev_tok_norm_starts(s, x->b, "meet") || ev_tok_is(s, x->b, "met")))
            return 1;
    }
    return 0;
}

/* "violated a ban on entering Israeli ports", "were barred from
 * travelling": what a ban forbids is its content, no act. */
int ev_banned_act(const sent *s, const match *tm)
{
    uint32_t j = tm->b;
    if (j > s->b && ev_tok_in(s, j - 1, ev_determiners))
        j--;
    /* ("banned all demonstrations": the ban's object) */
    uint32_t o = j;
    while (o > s->b && tm->b - o < 3 && ev_tok_among(s, o - 1, "all", "any", "public", "street"))
        o--;
    const match *v = o > s->b ? ev_match_ending(s, LX_TRIGGER, o) : NULL;
    if (v && ge_str_is(v->x->type, "COERCE") && ge_str_is(v->x->mode, "ban") &&
        !ev_noun_use(s, v) && ev_tok_norm_ends(s, v->e - 1, "ed"))
        return 1;
    if (j < s->b + 2 || !ev_tok_among(s, j - 1, "on", "from"))
        return 0;
    const match *x = ev_match_ending(s, LX_TRIGGER, j - 1); /* (ends before "on") */
    return x && ge_str_is(x->x->type, "COERCE") && ge_str_is(x->x->mode, "ban");
}

/* Do tokens [b, e) tell of things, not of anyone who might act: no
 * pronoun, word for people, country or its people, and no verb of an act? */
static int of_things_only(const sent *s, uint32_t b, uint32_t e)
{
    for (uint32_t k = b; k < e; k++) {
        if (ev_tok_among(s, k, "it", "they", "we", "he", "she", "i", "you") ||
            ev_match_at(s, LX_AGENT, k))
            return 0;
        int mi = ev_mention_at(s, k);
        if (mi >= 0 && (s->m->v[mi].kind == GE_KIND_DEMONYM ||
                        (s->g && s->m->v[mi].place != GE_NONE &&
                         ge_gazetteer_place(s->g, s->m->v[mi].place)->level == GE_LEVEL_COUNTRY)))
            return 0; /* a country and its people may act */
        const match *x = ev_match_at(s, LX_TRIGGER, k);
        if (x && x->b == k && x->x->form != FORM_NOUN && !(x->x->flags & LXF_NOUN))
            return 0; /* an act to come */
    }
    return e > b + 2;
}

/* "Coffee growers warned that the blockades could cost the region 30
 * million quetzals a day", "The Horn of Africa faces a fifth failed rainy
 * season, the UN warned": a warning of what things may bring, no threat
 * (not "warned that it would retaliate", "warned that Israel would pay",
 * "warned that troops would storm the camp") */
int ev_warned_of_things(const sent *s, const match *tm)
{
    if (strcmp(tm->x->type, "THREATEN") || !ev_tok_norm_starts(s, tm->b, "warn"))
        return 0;
    if (tm->e + 2 < s->e && ev_tok_is(s, tm->e, "that")) {
        uint32_t k = tm->e + 1;
        while (k < s->e && k < tm->e + 14 && !ev_tok_among(s, k, ".", ";", ":"))
            k++;
        return of_things_only(s, tm->e + 1, k);
    }
    /* (the warning told after it: ", the UN warned.") */
    if (tm->e < s->e && !ev_tok_among(s, tm->e, ".", "!"))
        return 0;
    uint32_t c = tm->b;
    while (c > s->b && tm->b - c < 6 && !ev_tok_is(s, c - 1, ","))
        c--;
    return c > s->b + 1 && ev_tok_is(s, c - 1, ",") && of_things_only(s, s->b, c - 1);
}
