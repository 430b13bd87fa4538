/*
 * event_attrs.c -- attributes of a candidate event from its sentence: the
 * report mode (negated, hypothetical, planned, denied) and the recoding it
 * implies, counts, deaths and injuries (tallies, a count of acts so far,
 * are in event_tally.c; the date, in event_when.c).
 */
#include <ctype.h>
#include <math.h>
#include <stdio.h>

#include "events_internal.h"

/* ------------------------------------------------------- report mode */


/* Is token j a quotation mark that opens: '"', "'", a curly one, or one
 * left as mojibake ("â€œ", "â€˜")? */
static int opening_mark(const sent *s, uint32_t j)
{
    const unsigned char *w = (const unsigned char *)s->t->s + s->t->tokens[j].start;
    size_t n = s->t->tokens[j].end - s->t->tokens[j].start;
    return (n == 1 && (w[0] == '"' || w[0] == '\'')) ||
           (n == 3 && w[0] == 0xE2 && w[1] == 0x80 && (w[2] == 0x98 || w[2] == 0x9C)) ||
           (n >= 7 && !memcmp(w, "\xC3\xA2\xE2\x82\xAC", 5) &&
            (!memcmp(w + 5, "\xC5\x93", 2) || !memcmp(w + 5, "\xCB\x9C", 2)));
}

/* Is there a verb of an act done (a past form, not a cue of plan or
 * intent: "planned", "vowed") in the clause before the "to" at token to? */
static int done_to_protest(const sent *s, uint32_t to)
{
    EV_WORDS(past, "shut", "took", "went", "came", "held", "stood", "sat", "set", "kept", "left",
             "met", "ran", "brought", "threw", "wore", "hung", "put", "rode", "drove", "began",
             "burnt", "burned", "stayed");
    for (uint32_t k = to; k > s->b && to - k < 10; k--) {
        uint32_t j = k - 1;
        if (ev_is_punct(s, j) || ev_tok_among(s, j, "who", "which", "that",
                                                    "said"))
            return 0;
        if (ev_match_at(s, LX_MODIFIER, j))
            return 0; /* "planned to protest", "vowed to protest" */
        if (ev_tok_in(s, j, past) || (ev_tok_norm_ends(s, j, "ed") && j > s->b &&
                                      !ev_tok_in(s, j - 1, ev_determiners)))
            return 1;
    }
    return 0;
}

/* A gathering: what can be called for and held on a day of its own ("a
 * rally", "talks"), unlike what is asked for of someone ("his release"). */
int ev_gathering(const char *type)
{
    return ge_str_is(type, "PROTEST") || ge_str_is(type, "CONSULT");
}

/* Is the act at tb a noun asked for: "demanded the arrest of", "sought
 * his release", "called for a larger rally outside parliament on
 * Saturday" (one word that is no act between the article and the noun;
 * a word the lexicon knows as a verb too is a noun after "the")? */
int ev_asked_for(const sent *s, uint32_t tb, int noun)
{
    EV_WORDS(asks, "demanded", "demanding", "demand", "demands", "sought", "seeking", "seek",
             "seeks", "urged", "urging", "wants", "wanted");
    uint32_t d = tb;
    int adjective = 0;
    while (d > s->b && tb - d < 3) {
        if (ev_tok_among(s, d - 1, "the", "his", "her", "their", "its", "an", "a", "immediate"))
            d--;
        else if (!adjective && d >= s->b + 2 && ev_tok_among(s, d - 2, "a", "an", "the") &&
                 (s->t->tokens[d - 1].flags & GE_TOK_WORD) && !ev_is_trigger_tok(s, d - 1))
            d--, adjective = 1;
        else
            break;
    }
    if (!(noun || d < tb) || d <= s->b)
        return 0;
    /* ("to demand an end to the violence and the withdrawal of the
     * curfew": the second thing asked) */
    uint32_t a = d;
    if (d < tb && d >= s->b + 3 && ev_tok_is(s, d - 1, "and"))
        for (uint32_t j = d - 1; j > s->b && d - j < 10; j--) {
            if (ev_is_punct(s, j - 1) || ev_modifier_in(s, j - 1, j, MOD_REPORT))
                break;
            if (ev_tok_in(s, j - 1, asks)) {
                a = j;
                break;
            }
        }
    return ev_tok_in(s, a - 1, asks) ||
           (a >= s->b + 2 && ev_tok_is(s, a - 1, "for") &&
            ev_tok_among(s, a - 2, "call", "calls", "called", "calling"));
}

/* Does a new clause open between tokens b and e ("refused to stop and the
 * soldiers opened fire": "stop" reverses nothing of the soldiers')? */
static int clause_joined(const sent *s, uint32_t b, uint32_t e)
{
    for (uint32_t j = b; j < e; j++)
        if (ev_tok_among(s, j, "and", "but", "then", ",", ";"))
            return 1;
    return 0;
}

void ev_report_mode(const sent *s, uint32_t tb, int noun, ge_event *ev, cues *c)
{
    uint32_t lo = tb > s->b + 8 ? tb - 8 : s->b;
    ev->negated = 0;
    ev->report_mode = GE_REPORT_ASSERTED;
    memset(c, 0, sizeof *c);
    c->reverse_b = GE_NONE;
    for (uint32_t j = tb; j-- > lo;) {
        if (ev_is_punct(s, j) && (ev_tok_is(s, j, ";") || ev_tok_is(s, j, ":") || ev_tok_is(s, j, ".")))
            break;
        /* "have not said who carried out the attack": a cue before "who"
         * belongs to the clause that asks */
        if (ev_tok_among(s, j, "who", "whom", "whose", "whether", "which"))
            break;
        /* "denied targeting civilians and accused the army": a verb in the
         * past after "X and" is a new clause ("did not attack and loot",
         * "denied it had attacked and looted" are one) */
        /* (an event noun as the object between is no verb: "denied the
         * claim and accused Israel") */
        if (j + 1 == tb && j > s->b && !noun && (ev_tok_is(s, j, "and") || ev_tok_is(s, j, "but")) &&
            ev_tok_norm_ends(s, tb, "ed") &&
            (!ev_is_trigger_tok(s, j - 1) || (j >= s->b + 2 && ev_tok_in(s, j - 2, ev_determiners))))
            break;
        const match *x = ev_match_at(s, LX_MODIFIER, j);
        if (!x || ev_in_date(s, x->b))
            continue; /* "YANGON, May 3": a month, not a modal */
        int near = tb - x->e <= 3;
        switch (x->x->cls) {
        case MOD_NEG:
            if (near || (noun && tb - x->e <= 2)) {
                /* (what was not said is no denial of the act it is about:
                 * "It did not comment on the shelling"; nor is a claim not made:
                 * "No group claimed the kidnapping"; nor a part not taken: "was
                 * not involved in the strikes") */
                EV_WORDS(tell, "comment", "commented", "elaborate", "disclose", "confirm",
                         "say", "said", "speak", "respond", "details", "give", "claimed",
                         "claim", "claims", "responsibility", "involved");
                int told = 0;
                for (uint32_t k = x->e; k < tb && !told; k++)
                    told = ev_tok_in(s, k, tell);
                if (!told)
                    ev->negated = c->neg = 1;
            }
            break;
        case MOD_DENY:
            if (ev->report_mode == GE_REPORT_ASSERTED)
                ev->report_mode = GE_REPORT_DENIED;
            break;
        case MOD_HYPO:
            /* ("hundreds feared killed", "12 feared dead": a toll not yet
             * counted, of an act that happened) */
            if (ev_tok_is(s, x->b, "feared") &&
                (x->e == tb || ev_tok_among(s, x->e, "killed", "dead", "drowned",
                                                     "missing", "injured",
                                                     "kidnapped")))
                break;
            if (ev->report_mode == GE_REPORT_ASSERTED || ev->report_mode == GE_REPORT_PLANNED)
                ev->report_mode = GE_REPORT_HYPOTHETICAL;
            break;
        case MOD_PLAN:
        case MOD_INTENT:
            if (ev->report_mode == GE_REPORT_ASSERTED && tb - x->e <= 4) {
                ev->report_mode = GE_REPORT_PLANNED;
                c->intent |= x->x->cls == MOD_INTENT;
            }
            break;
        case MOD_DEMAND: /* asked for, not done: "Iran should cease its backing" */
            if (tb - x->e <= 4)
                ev->report_mode = GE_REPORT_HYPOTHETICAL;
            break;
        case MOD_REVERSE: /* not across a nearer negation: "the talks ended
                             without agreement" ended no agreement */
            if (tb - x->e <= 3 && c->reverse_b == GE_NONE && !c->neg &&
                !clause_joined(s, x->e, tb) &&
                !(x->b > s->b && ev_tok_in(s, x->b - 1, ev_determiners)) &&
                !ev_tok_among(s, x->e, "was", "were", "is", "are"))
                c->reverse_b = x->b; /* ("a traffic stop was arrested": a noun, no cue) */
            break;
        default:
            break;
        }
        j = x->b; /* skip the rest of the cue */
    }
    /* "demanded the arrest of", "sought his release": the act a noun names
     * after a demand is asked for, not done */
    c->asked = ev_asked_for(s, tb, noun);
    if (c->asked && ev->report_mode == GE_REPORT_ASSERTED)
        ev->report_mode = GE_REPORT_PLANNED;
    /* "in a position to nab", "was not applied to nab culprits": an
     * infinitive tells what is meant to happen, unless it is done ("had to
     * fire", "began to loot", "managed to flee") */
    EV_WORDS(done, "had", "has", "have", "having", "began", "begin", "begins", "started", "start",
             "starts", "continued", "continue", "continues", "managed", "used", "went", "proceeded",
             "got");
    /* "prompting authorities to impose a curfew", "forced the army to
     * withdraw": what one was made to do was done */
    EV_WORDS(made, "prompting", "prompted", "forcing", "forced", "leading", "causing", "compelling",
             "compelled");
    /* 'to "disperse the kar sevaks"': the verb quoted after its "to" (in
     * straight, curly or mojibake marks) */
    uint32_t tv = tb;
    while (tv > s->b + 2 && ev_is_punct(s, tv - 1) && opening_mark(s, tv - 1))
        tv--;
    /* ("a police mission to help fight the gangs": the "to" of "help") */
    int helps = 0;
    if (tv >= s->b + 3 && ev_tok_among(s, tv - 1, "help", "helping") &&
        ev_tok_is(s, tv - 2, "to")) {
        tv--;
        helps = 1;
    }
    int made_to = tv >= s->b + 3 && ev_tok_is(s, tv - 1, "to") &&
                  (ev_tok_in(s, tv - 3, made) || (tv >= s->b + 4 && ev_tok_in(s, tv - 4, made)));
    /* "The council voted 5-2 on Tuesday night to approve": what a vote
     * carried was done (a headline's present is its past: "lawmakers vote
     * to lift it") */
    int headline = ev_headline_like(s);
    for (uint32_t k = tv - 1; !made_to && tv >= s->b + 2 && k > s->b && tv - 1 - k < 8; k--) {
        if (ev_is_punct(s, k - 1) && !ev_tok_is(s, k - 1, "-"))
            break;
        made_to = ev_tok_is(s, tv - 1, "to") &&
                  (ev_tok_is(s, k - 1, "voted") ||
                   (headline && ev_tok_among(s, k - 1, "vote", "votes")));
    }
    if (ev->report_mode == GE_REPORT_ASSERTED && !noun && tv >= s->b + 2 &&
        ev_tok_is(s, tv - 1, "to") && !ev_tok_in(s, tv - 2, done) && !made_to) {
        /* a purpose of an act done: "police used batons to disperse",
         * "fired tear gas to disperse the crowd", "used water cannon and
         * tear gas to disperse" */
        int purpose = 0;
        /* (not what one came to help with: "arrived in Haiti last year to
         * help fight the gangs" tells the mission's aim) */
        for (uint32_t k = tv - 2; k > s->b && tv - 2 - k < 9 && !purpose && !helps; k--) {
            if (ev_is_punct(s, k - 1))
                break;
            purpose = ev_tok_among(s, k - 1, "used", "sent", "brought",
                                             "called", "rushed") ||
                      (ev_is_trigger_tok(s, k - 1) &&
                       !(s->t->tokens[k - 1].flags & GE_TOK_HYPHEN_BEFORE) &&
                       (ev_tok_norm_ends(s, k - 1, "ed") || ev_tok_in(s, k - 2, done)));
            /* (not an adjective: "a U.N.-backed police mission to help fight") */
            /* ("had to fire 10 to 15 rounds here to disperse") */
        }
        /* "traders shut their shops on Wednesday to protest", "thousands
         * gathered to protest": what people did to protest is the protest */
        if (!purpose && ge_str_is(ev->event_type, "PROTEST"))
            purpose = done_to_protest(s, tv - 1);
        if (!purpose)
            ev->report_mode = GE_REPORT_PLANNED;
    }
}

/* THREATEN mode for a threatened material action. */
static const char *threat_mode(const ge_event *ev)
{
    if (ge_str_is(ev->event_type, "COERCE"))
        return ge_str_is(ev->mode, "arrest") ? "arrest" : ge_str_is(ev->mode, "ban") ? "ban"
                                                                                 : "restrict";
    if (ge_str_is(ev->event_type, "SANCTION"))
        return ge_str_is(ev->mode, "expel") ? "expel" : "relations";
    if (ge_str_is(ev->event_type, "PROTEST"))
        return "restrict";
    return "violence";
}

void ev_set_type(ge_event *ev, const char *type, const char *mode)
{
    ge_copy(ev->event_type, sizeof ev->event_type, type);
    ge_copy(ev->mode, sizeof ev->mode, mode);
    ev->quad_code = ge_plover_quad(type);
}

/* PLOVER codes what is said about an action, not only the action: a
 * promised cooperation is AGREE, a promised blow THREATEN, a refused
 * cooperation REJECT, ending cooperation SANCTION, ending a sanction or
 * a blockade CONCEDE; civilians blocking a road PROTEST. */
void ev_recode(const sent *s, const cues *c, ge_event *ev)
{
    int q = ev->quad_code;
    if (c->reverse_b != GE_NONE && ev->report_mode != GE_REPORT_HYPOTHETICAL) {
        ev->trigger_start = s->t->tokens[c->reverse_b].start;
        if (q == 1 || q == 2)
            ev_set_type(ev, "SANCTION", "discontinue");
        else
            ev_set_type(ev, "CONCEDE", "");
        return;
    }
    if (c->neg && (q == 1 || q == 2 || ge_str_is(ev->event_type, "REQUEST"))) {
        const char *mode = ge_str_is(ev->event_type, "CONSULT") ? "meet"
                           : ge_str_is(ev->event_type, "AID") ? "assist"
                           : ge_str_is(ev->mode, "release") ? "yield"
                           : ge_str_is(ev->mode, "resign") ? "change" : "";
        ev_set_type(ev, "REJECT", mode);
        ev->negated = 0;
        return;
    }
    if (c->intent && ev->report_mode == GE_REPORT_PLANNED && !c->neg) {
        if ((q == 1 || q == 2) && strcmp(ev->event_type, "AGREE"))
            ev_set_type(ev, "AGREE", "");
        else if (q == 4 && strcmp(ev->event_type, "MOBILIZE") &&
                 !(ge_str_is(ev->event_type, "PROTEST") &&
                   (ge_str_is(ev->mode, "demo") || ge_str_is(ev->mode, "obstruct"))) &&
                 !c->passive)
            ev_set_type(ev, "THREATEN", threat_mode(ev)); /* a planned patrol or
                                                          deployment is no threat,
                                                          nor a march that is called
                                                          ("vowed to march on Friday");
                                                          a boycott or a strike to come
                                                          is a lever ("will boycott
                                                          the elections unless") */
        return;
    }
    static const char *const civil[] = {"CVL", "LAB", "OPP", "EDU", "AGR", "REF", NULL};
    if (ge_str_is(ev->event_type, "COERCE") && ge_str_is(ev->mode, "restrict"))
        for (int i = 0; civil[i]; i++)
            if (!strcmp(ev->actor.sector, civil[i]))
                ev_set_type(ev, "PROTEST", "obstruct");
}


/* The one who acts when the sentence does not say: an arrest or detention
 * is made by the police ("two men were arrested on Friday"), a curfew is
 * enforced by them ("curfew was clamped on the old city"), and so are crowd
 * control ("tear gas shells were burst") and police deployments ("heavy
 * bandobast was made"); forces that
 * are deployed, stationed or put on alert are the actor of their own
 * mobilisation ("more police were deployed in the old city"). The actor's
 * span stays empty: the text names no one. */
void ev_implicit_actor(ge_event *ev)
{
    if (ev->actor.code[0] || ev->actor.sector[0] || ev->negated)
        return;
    if ((ge_str_is(ev->event_type, "COERCE") &&
         (ge_str_is(ev->mode, "arrest") || ge_str_is(ev->mode, "curfew"))) ||
        ge_str_is(ev->mode, "crowd-control") || ge_str_is(ev->mode, "police")) {
        ge_copy(ev->actor.sector, sizeof ev->actor.sector, "COP");
    } else if (ge_str_is(ev->event_type, "MOBILIZE") &&
               (ge_str_is(ev->recipient.sector, "COP") || ge_str_is(ev->recipient.sector, "MIL"))) {
        ev->actor = ev->recipient;
        memset(&ev->recipient, 0, sizeof ev->recipient);
        ev->recipient.start = ev->recipient.end = ev->actor.start;
    }
}

/* ------------------------------------------------------------- counts */

/* Numeric value of token i ("40", "1,200", "forty", "dozens"), or -1. */
long ev_number_at(const sent *s, uint32_t i, uint32_t *end)
{
    EV_WORDS(words, "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
             "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
             "eighteen", "nineteen", "twenty");
    EV_WORDS(tens, "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred",
             "dozen", "hundreds", "dozens", "thousands");
    static const long tens_value[] = {30, 40, 50, 60, 70, 80, 90, 100, 12, 200, 24, 2000};
    _Static_assert(sizeof tens_list / sizeof *tens_list ==
                       sizeof tens_value / sizeof *tens_value + 1,
                   "a value for each word of tens"); /* (the list ends in NULL) */
    if (i < s->b || i >= s->e)
        return -1;
    *end = i + 1;
    size_t n;
    const char *p = ev_tok_norm(s->t, i, &n);
    if (s->t->tokens[i].flags & GE_TOK_NUMBER || (n && isdigit((unsigned char)p[0]))) {
        long v = 0;
        size_t k = 0;
        for (; k < n; k++) {
            if (isdigit((unsigned char)p[k]))
                v = v * 10 + (p[k] - '0');
            else if (p[k] != ',')
                break;
            if (v > 100000000)
                return -1;
        }
        if (k < n)
            return -1;
        /* "1,200" split into "1" "," "200" */
        uint32_t j = i + 1;
        while (j + 1 < s->e && ev_tok_is(s, j, ",") && s->t->tokens[j].start == s->t->tokens[j - 1].end &&
               s->t->tokens[j + 1].start == s->t->tokens[j].end &&
               s->t->tokens[j + 1].norm_len == 3 && (s->t->tokens[j + 1].flags & GE_TOK_NUMBER)) {
            uint32_t dummy;
            (void)dummy;
            const char *q = s->t->norm + s->t->tokens[j + 1].norm;
            v = v * 1000 + (q[0] - '0') * 100 + (q[1] - '0') * 10 + (q[2] - '0');
            j += 2;
        }
        *end = j;
        return v;
    }
    /* asked of every token near a trigger: the words are 3 to 9 bytes
     * long and begin with one of d e f h n o s t z; most differ from the
     * token at the first byte */
    const uint32_t initials = 1u << ('d' - 'a') | 1u << ('e' - 'a') | 1u << ('f' - 'a') |
                              1u << ('h' - 'a') | 1u << ('n' - 'a') | 1u << ('o' - 'a') |
                              1u << ('s' - 'a') | 1u << ('t' - 'a') | 1u << ('z' - 'a');
    if (n < 3 || n > 9 || p[0] < 'a' || p[0] > 'z' || !(initials >> (p[0] - 'a') & 1))
        return -1;
    int k = ev_tok_index(s, i, words);
    if (k >= 0)
        return k;
    k = ev_tok_index(s, i, tens);
    return k >= 0 ? tens_value[k] : -1;
}

/* "More than 40 attacks": the count just before a noun trigger. */
void ev_trigger_count(const sent *s, uint32_t tb, ge_event *ev)
{
    for (uint32_t j = tb, hops = 0; j > s->b && hops < 3; hops++) {
        uint32_t p = j - 1;
        uint32_t end;
        long v = -1;
        /* find a number whose end is j */
        for (uint32_t q = p + 1; q-- > s->b && p - q < 4;) {
            v = ev_number_at(s, q, &end);
            if (v >= 0 && end == j) {
                p = q;
                break;
            }
            v = -1;
        }
        if (v >= 0) {
            ev->count = v;
            const match *ql = ev_mod_ending(s, MOD_QUAL, p);
            if (ql)
                ge_copy(ev->count_qualifier, sizeof ev->count_qualifier,
                        s->lx->pool + ql->x->text);
            return;
        }
        if (!ev_is_word(s, p) || ev_tok_in(s, p, ev_np_stops) || ev_is_trigger_tok(s, p) ||
            ev_tok_in(s, p, ev_determiners))
            return;
        j = p;
    }
}

/* Does an age follow a number ending at token j: "17-year-old", "17 years
 * old", "aged 17" (tested by the caller before the number)? */
int ev_age_at(const sent *s, uint32_t j)
{
    if (j < s->e && ev_tok_is(s, j, "-"))
        j++;
    if (j >= s->e || !(ev_tok_is(s, j, "year") || ev_tok_is(s, j, "years")))
        return 0;
    j++;
    if (j < s->e && ev_tok_is(s, j, "-"))
        j++;
    return j < s->e && ev_tok_is(s, j, "old");
}

/* Does "by" and someone who acts follow token j ("killed by the rioters";
 * not "killed by the blast")? */
static int agent_named(const sent *s, uint32_t j)
{
    if (j + 1 >= s->e || !ev_tok_is(s, j, "by"))
        return 0;
    uint32_t b, e;
    ev_np_right(s, j + 1, &b, &e);
    ge_actor a;
    ev_code_actor(s, b, e, &a);
    return a.sector[0] || a.code[0];
}

/* Fatalities and injuries stated in the sentence: "killing 12", "at least
 * 20 soldiers were killed", "5 wounded". */
void ev_casualties(const sent *s, uint32_t tb, ge_event *ev)
{
    uint32_t lo = tb > s->b + 25 ? tb - 25 : s->b, hi = tb + 25 < s->e ? tb + 25 : s->e;
    for (uint32_t i = lo; i < hi; i++) {
        uint32_t end;
        long v = ev_number_at(s, i, &end);
        if (v < 0 || (s->t->tokens[i].flags & GE_TOK_NUMBER && v >= 1900 && v <= 2100 &&
                      s->t->tokens[i].norm_len == 4))
            continue;
        if (ev_age_at(s, end)) {
            i = end - 1;
            continue; /* "a 17-year-old was shot dead": an age, no count */
        }
        int cls = -1;
        /* "killing at least 12": the cue just before the number */
        uint32_t j0 = i;
        if (ev_mod_ending(s, MOD_QUAL, j0))
            j0 = ev_mod_ending(s, MOD_QUAL, j0)->b;
        for (int back = 0; back < 2 && j0 > s->b && cls < 0; back++, j0--) {
            const match *x = ev_match_at(s, LX_MODIFIER, j0 - 1);
            if (x && (x->x->cls == MOD_DEAD || x->x->cls == MOD_INJURED))
                cls = x->x->cls;
        }
        /* "20 soldiers were killed" (but "six were injured in police
         * firing, 12 were killed by the rioters": another act's dead, not
         * the firing's) */
        for (uint32_t j = end; j < s->e && j < end + 5 && cls < 0; j++) {
            const match *x = ev_match_at(s, LX_MODIFIER, j);
            if (x && (x->x->cls == MOD_DEAD || x->x->cls == MOD_INJURED) &&
                !(x->b != tb && agent_named(s, x->e)))
                cls = x->x->cls;
            else if (ev_is_punct(s, j) || ev_tok_is(s, j, "and"))
                break;
        }
        if (cls == MOD_DEAD && ev->fatalities < 0)
            ev->fatalities = v;
        else if (cls == MOD_INJURED && ev->injured < 0)
            ev->injured = v;
        i = end - 1;
    }
    /* "a person was killed in police firing", "police shot dead a man": one
     * death, though no number says so */
    const match *d = ev_match_at(s, LX_MODIFIER, tb);
    if (ev->fatalities < 0 && d && d->b == tb && d->x->cls == MOD_DEAD &&
        ((tb > s->b && ev_tok_is(s, tb - 1, "was")) ||
         (d->e + 1 < s->e && (ev_tok_is(s, d->e, "a") || ev_tok_is(s, d->e, "an")))))
        ev->fatalities = 1;
}
