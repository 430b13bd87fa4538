/*
 * event_coref_clause.c -- two triggers of one sentence that name one act
 * (event_coref.c asks): a verb and the event noun that is its object ("imposed
 * a curfew"), what a request or refusal is about ("called for a ceasefire"),
 * an arrival of reinforcements, a verb of occurrence ("the attack came"), a
 * protest's demand, a promise's content and the operation an arrest was
 * made in ("arrested 15 in overnight raids").
 */
#include "event_words.h"

/* Is one of a's mentions in sentence k? */
int ev_told_in_sentence(const ge_text *t, const ge_event *a, uint32_t k)
{
    const ge_sentence *sn = &t->sentences[k];
    uint32_t lo = t->tokens[sn->tok_begin].start, hi = t->tokens[sn->tok_end - 1].end;
    for (uint32_t j = 0; j < ev_listed(a); j++)
        if (a->mentions[j][0] >= lo && a->mentions[j][1] <= hi)
            return 1;
    return 0;
}

/* "the government imposed a nationwide curfew", "launched an offensive":
 * a verb typed by the event noun that is its object, and that noun, are
 * one act. */
int ev_typed_by_object(const ge_text *t, const ge_event *v, const ge_event *n)
{
    if (v->sentence != n->sentence || !(v->evidence & GE_EV_INHERIT) ||
        !(n->evidence & GE_EV_NOUN) || n->trigger_start < v->trigger_end)
        return 0;
    uint32_t j = ev_token_from(t, v->trigger_end), k = ev_token_from(t, n->trigger_start);
    if (k < j || k - j > 6)
        return 0;
    for (; j < k; j++)
        if (!(t->tokens[j].flags & (GE_TOK_WORD | GE_TOK_NUMBER)) &&
            !(t->tokens[j].flags & GE_TOK_HYPHEN_BEFORE) &&
            !(j + 1 < k && (t->tokens[j + 1].flags & GE_TOK_HYPHEN_BEFORE)))
            return 0; /* ("imposed a 24-hour curfew") */
    return 1;
}

/* Is b's trigger a noun of cooperation that is the object of a's verb
 * ("suspending its strategic partnership", "suspend talks", "rejected
 * the deal", "called for a ceasefire")? It names what the act is about,
 * not an event of its own. A blow or a protest named as the object
 * ("condemned the attack") is one. */
int ev_object_of(const ge_text *t, const ge_event *a, const ge_event *b)
{
    /* ("rejected the criticism", "dismissed the accusations": what is
     * rejected was said before, or is said here) */
    /* (and what a request asks for: "called for an independent
     * investigation", "demanded the release of") */
    /* (and what a threat holds out, of any kind: "has threatened new
     * sanctions against the group's commanders", "threatened a strike") */
    int words = (b->quad_code == 3 &&
                 (ge_str_is(a->event_type, "REJECT") || ge_str_is(a->event_type, "REQUEST"))) ||
                ge_str_is(a->event_type, "THREATEN");
    if (a->sentence != b->sentence || !(b->evidence & GE_EV_NOUN) ||
        (a->evidence & GE_EV_NOUN) || (b->quad_code != 1 && b->quad_code != 2 && !words) ||
        b->trigger_start <= a->trigger_end)
        return 0;
    uint32_t i = ev_token_from(t, a->trigger_end), end = ev_token_from(t, b->trigger_start);
    if (end - i > 3)
        return 0;
    static const char *const preps[] = {"in", "at", "on", "of", "with", "by", "after", "and",
                                        "or", "but", "to", "from", "for", "that", NULL};
    for (; i < end; i++) {
        const ge_token *k = &t->tokens[i];
        if (k->flags & GE_TOK_PUNCT)
            return 0;
        for (int j = 0; preps[j]; j++)
            if (ge_word_eq(t->norm + k->norm, k->norm_len, preps[j]))
                return 0;
    }
    return 1;
}

/* "federal reinforcements would arrive this week": b's arrival has a's
 * event noun for subject, the mobilisation told, no act of its own */
int ev_arrival_of(const ge_text *t, const ge_event *a, const ge_event *b)
{
    static const char *const arrive[] = {"arrive", "arrives", "arrived", "arriving", "reach",
                                         "reached", "come", "came", NULL};
    static const char *const aux[] = {"would", "will", "to", "could", "should", "soon", "have",
                                      "has", "had", "were", "was", "are", "is", "also", "began",
                                      "begin", "started", "start", "due", NULL};
    if (a->sentence != b->sentence || !(a->evidence & GE_EV_NOUN) ||
        !ge_str_is(a->event_type, "MOBILIZE") || b->trigger_start < a->trigger_end)
        return 0;
    uint32_t i = ev_token_from(t, a->trigger_end), end = ev_token_from(t, b->trigger_start);
    if (end - i > 3 || !ge_tok_word_in(t, end, arrive))
        return 0;
    for (; i < end; i++)
        if (!ge_tok_word_in(t, i, aux))
            return 0;
    return 1;
}

/* "Protesters blocked a highway, demanding a deal", "gathered outside
 * parliament to denounce the decision": a protest's demand or complaint
 * is the protest (PLOVER codes protests that make requests as PROTEST). */
int ev_demand_of_protest(const ge_text *t, const ge_event *a, const ge_event *b)
{
    const ge_event *p = ge_str_is(a->event_type, "PROTEST") ? a : b;
    const ge_event *r = p == a ? b : a;
    /* (the protest's people, its own word, make the demand: "fired on
     * protesters demanding the return to civilian rule" under the
     * headline's protest) */
    if (ge_str_is(p->event_type, "PROTEST") && ge_str_is(r->event_type, "REQUEST") &&
        r->actor.end > r->actor.start)
        for (uint32_t j = 0; j < ev_listed(p); j++)
            if (p->mentions[j][0] >= r->actor.start && p->mentions[j][1] <= r->actor.end)
                return 1;
    /* (people named by their country alone make a demand after their
     * protest: "Thousands of Israelis rallied ... to demand"; not "Albania
     * denounced ... ethnic Albanian unrest", a state's complaint) */
    /* (or a refusal: "took to the streets to reject the official result") */
    int asks = ge_str_is(r->event_type, "REQUEST") || ge_str_is(r->event_type, "REJECT");
    /* (its purpose told right after it: "plan to march on Saturday to
     * demand better security") */
    if (ge_str_is(p->event_type, "PROTEST") && asks && p->sentence == r->sentence &&
        r->trigger_start > p->trigger_end) {
        uint32_t k = ev_token_from(t, p->trigger_end), e = ev_token_from(t, r->trigger_start);
        int clear = e > k + 1 && e - k <= 8 && ge_tok_among(t, e - 1, "to");
        for (uint32_t j = k; clear && j + 1 < e; j++)
            clear = !(t->tokens[j].flags & GE_TOK_PUNCT);
        if (clear)
            return 1;
    }
    int by_country = !p->actor.sector[0] && p->actor.code[0] && asks &&
                     r->trigger_start > p->trigger_end;
    /* (in a sentence the protest is told in: "... fired tear gas at
     * protesters as thousands took to the streets to reject the result",
     * after the headline's "Venezuelans protest election result") */
    return ev_told_in_sentence(t, p, r->sentence) && ge_str_is(p->event_type, "PROTEST") &&
           (asks || ge_str_is(r->event_type, "ACCUSE")) &&
           (p->actor.sector[0] || by_country) &&
           ((!strcmp(p->actor.sector, r->actor.sector) && !strcmp(p->actor.code, r->actor.code)) ||
            (!r->actor.sector[0] && !r->actor.code[0] && (r->evidence & GE_EV_NOUN) == 0 &&
             r->trigger_start > p->trigger_end)); /* "... protesting outside the assembly
                                                      demanding regularisation" */
}

/* Is b a verb of occurrence whose subject is a's event noun ("The attack
 * in the G-11 sector of Islamabad came a day after ...")? One act,
 * wherever the verb's clause goes on. */
int ev_occurrence_of(const ge_text *t, const ge_event *a, const ge_event *b)
{
    if (a->sentence != b->sentence || !(b->evidence & GE_EV_INHERIT) ||
        !(a->evidence & GE_EV_NOUN) || a->trigger_end > b->trigger_start)
        return 0;
    uint32_t j = ev_token_from(t, a->trigger_end), e = ev_token_from(t, b->trigger_start);
    if (e - j > 12)
        return 0;
    for (; j < e; j++)
        if (t->tokens[j].flags & GE_TOK_PUNCT)
            return 0; /* (not across a comma: "the attack, the army said, came") */
    return 1;
}

/* "promised that those responsible would be arrested", "vowed to punish
 * the attackers": what a promise or vow says will happen is its content,
 * not an act of its own. */
int ev_promised(const ge_text *t, const ge_event *a, const ge_event *b)
{
    static const char *const vows[] = {"promised", "promises", "promise", "pledged", "pledges",
                                       "vowed", "vows", "vow", NULL};
    if (a->sentence != b->sentence || b->report_mode != GE_REPORT_PLANNED ||
        b->trigger_start <= a->trigger_end)
        return 0;
    uint32_t k = ev_token_from(t, a->trigger_start), e = ev_token_from(t, b->trigger_start);
    return k < t->ntokens && e - k <= 12 && ge_tok_word_in(t, k, vows);
}

/* "arrested 15 Palestinians in overnight raids", "seized 60 rifles during
 * a raid": the police operation in which an arrest or a seizure was made
 * is that act, not an attack of its own. */
int ev_operation_of(const ge_text *t, const ge_event *a, const ge_event *b)
{
    static const char *const ops[] = {"raid", "raids", "sweep", "sweeps", "operation",
                                      "operations", "crackdown", NULL};
    static const char *const in[] = {"in", "during", NULL};
    if (a->sentence != b->sentence || strcmp(a->event_type, "COERCE") ||
        (a->evidence & GE_EV_NOUN) || !(b->evidence & GE_EV_NOUN) ||
        b->trigger_start <= a->trigger_end)
        return 0;
    uint32_t k = ev_token_from(t, a->trigger_end), e = ev_token_from(t, b->trigger_start);
    if (e - k > 10 || !ge_tok_word_in(t, e, ops))
        return 0;
    for (uint32_t j = e; j > k && e - j < 3; j--)
        if (ge_tok_word_in(t, j - 1, in))
            return 1;
    return 0;
}

/* "African leaders meeting at an African Union summit", "met on the
 * sidelines of the G20 summit": a meeting and the gathering it was held
 * at are one consultation */
int ev_meeting_at(const ge_text *t, const ge_event *a, const ge_event *b)
{
    static const char *const at[] = {"at", "during", "on", NULL};
    if (a->sentence != b->sentence || !ge_str_is(a->event_type, "CONSULT") ||
        !ge_str_is(b->event_type, "CONSULT") || !(b->evidence & GE_EV_NOUN) ||
        b->trigger_start <= a->trigger_end)
        return 0;
    uint32_t k = ev_token_from(t, a->trigger_end), e = ev_token_from(t, b->trigger_start);
    if (k >= e || e - k > 6 || !ge_tok_word_in(t, k, at))
        return 0;
    for (uint32_t j = k; j < e; j++)
        if (t->tokens[j].flags & GE_TOK_PUNCT)
            return 0;
    return 1;
}

/* "would meet Indigenous leaders in Popayan on Thursday to discuss the land
 * dispute": the talks a meeting is held for are that meeting (b: the
 * infinitive after it, in its clause). */
int ev_talks_purpose(const ge_text *t, const ge_event *a, const ge_event *b)
{
    static const char *const meets[] = {"meet", "meets", "met", "meeting", "talks", "hold",
                                        "held", "holds", "convene", "convened", NULL};
    static const char *const talks[] = {"discuss", "negotiate", "review", "address", NULL};
    if (a->sentence != b->sentence || !ge_str_is(b->event_type, "CONSULT") ||
        b->trigger_start <= a->trigger_end || (a->quad_code != 1 && a->quad_code != 2))
        return 0;
    uint32_t k = ev_token_from(t, a->trigger_start), e = ev_token_from(t, b->trigger_start);
    if (e < k + 2 || e - k > 14 || !ge_tok_word_in(t, k, meets) || !ge_tok_word_in(t, e, talks) ||
        !ge_tok_among(t, e - 1, "to"))
        return 0;
    for (uint32_t j = k + 1; j + 1 < e; j++)
        if (t->tokens[j].flags & GE_TOK_PUNCT)
            return 0;
    return 1;
}
