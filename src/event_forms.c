/*
 * event_forms.c -- how a lexicon word stands in its sentence: as a noun
 * ("the attack", "US targets", "sent rescue teams") or a verb, in the
 * passive ("was shot", "3 killed in blast"), with or without a direct
 * object, as an adjective ("the alleged offense", "the internationally
 * recognised government", "coordinated attacks"); and whether a line reads
 * like a headline; a word that modifies a noun ("attack helicopters") or
 * names people ("rescue workers", "the wounded"). The sense and actor
 * rules ask these (event_sense.c, event_roles.c).
 */
#include "events_internal.h"

/* Does a direct object follow a verb ending at token i? A word that is not
 * an adverb or a preposition ("dispersed the mob", "dispersed protesters"). */
int ev_has_object(const sent *s, uint32_t i)
{
    EV_WORDS(not_objects, "from", "in", "at", "on", "after", "before", "when", "as", "and", "but",
             "into", "to", "later", "soon", "then", "again", "quietly", "peacefully", "slowly",
             "without", "near", "inside", "outside", "during", "while", "by", "across", "along",
             "behind", "overnight", "yesterday", "today", "tonight", "there", "here");
    if (i >= s->e || !(s->t->tokens[i].flags & (GE_TOK_WORD | GE_TOK_NUMBER)) ||
        ev_tok_in(s, i, not_objects) || ev_in_date(s, i))
        return 0;
    /* "Mayor killed days after taking office", "freed two weeks later":
     * a span of time before "after", "later" or "ago" is no object */
    uint32_t u = i, end;
    while (u + 1 < s->e && u - i < 2 &&
           (ev_tok_among(s, u, "a", "an", "several", "few") ||
            ev_number_at(s, u, &end) >= 0))
        u++; /* ("a few days later", "two weeks after") */
    if (u + 1 < s->e && ev_tok_in(s, u, ev_time_units) &&
        ev_tok_among(s, u + 1, "after", "later", "ago", "before"))
        return 0;
    return !ev_tok_norm_ends(s, i, "ly");
}

/* Do the one to five words before tb open their clause with a number or
 * an ordinal ("one militant", "3 policemen", "second terrorist", "250 BJP
 * and VHP activists"), or several such joined by "and" ("4 policemen and 4
 * civilians also")? */
static int number_led_subject(const sent *s, uint32_t tb)
{
    EV_WORDS(ordinals, "first", "second", "third", "fourth", "fifth", "another");
    uint32_t np_end = tb > s->b && ev_tok_is(s, tb - 1, "also") ? tb - 1 : tb;
    if (np_end <= s->b || !ev_is_word(s, np_end - 1))
        return 0;
    for (uint32_t k = np_end - 1; k >= s->b && np_end - k <= 5; k--) {
        uint32_t end;
        if (ev_number_at(s, k, &end) >= 0 || ev_tok_in(s, k, ordinals)) {
            if (k + 1 >= np_end)
                return 0;
            /* ("More than 20 protesters detained", "was among over 250
             * activists arrested": past the count's qualifier, to the
             * clause's start or a preposition the phrase is the object of) */
            uint32_t q = k;
            while (q > s->b && k - q < 3 && ev_tok_in(s, q - 1, ev_count_qualifiers))
                q--;
            if (q == s->b || ev_is_punct(s, q - 1) ||
                ev_tok_among(s, q - 1, "among", "including"))
                return 1;
            /* ("were killed and at least 10 people injured") */
            if (q >= s->b + 2 && ev_tok_is(s, q - 1, "and") && ev_is_word(s, q - 2)) {
                np_end = q - 1; /* the noun phrase before "and" */
                k = np_end;
                continue;
            }
            return 0;
        }
        if (!ev_is_word(s, k) || k == s->b)
            return 0;
    }
    return 0;
}

/* "the families of soldiers killed in the attack", "condolences to those
 * wounded": a participle with no object after a noun phrase that is the
 * object of a preposition describes that phrase; it is no clause's verb. */
static int object_of_preposition(const sent *s, uint32_t tb)
{
    EV_WORDS(preps, "of", "for", "to", "with", "among", "including", "about");
    for (uint32_t k = tb; k > s->b && tb - k <= 4; k--) {
        if (k < tb && ev_tok_in(s, k - 1, preps))
            return 1; /* (a noun phrase of words between) */
        if (!ev_is_word(s, k - 1) || ev_is_trigger_tok(s, k - 1) ||
            (ev_tok_in(s, k - 1, ev_np_stops) && !ev_tok_in(s, k - 1, ev_determiners)))
            return 0;
    }
    return 0;
}

/* A passive verb at token tb ("was arrested", "were reportedly killed"). */
int ev_passive(const sent *s, uint32_t tb, const lx_entry *x)
{
    /* a base form after "was" is a participle like its base ("was set on
     * fire", "were hit by shells", "was cut off") */
    uint32_t vb = tb; /* ("were still stationed") */
    if (vb > s->b + 1 && ev_tok_among(s, vb - 1, "still", "also"))
        vb--;
    int base_participle = x->form == FORM_BASE && (x->flags & LXF_VERB) && vb > s->b &&
                          ev_tok_among(s, vb - 1, "was", "were", "been",
                                                  "being", "be", "is", "are");
    if (!(x->form == FORM_ED || x->form == FORM_EXTRA || base_participle))
        return 0;
    /* headlines drop "was": "Man shot outside Dayton bar", "3 killed in
     * blast"; with an object it is active ("Gunmen killed 5") */
    if (s->idx < 5 && tb > s->b && ev_headline_like(s) && !ev_has_object(s, tb + 1) &&
        !ev_tok_among(s, tb - 1, "have", "has", "had"))
        return 1;
    /* so do bulletins and captions: a clause that opens with a number and
     * a noun, then the participle of an act done to someone with no object
     * and no auxiliary ("one militant killed on the spot", "second
     * terrorist shot dead near the sanctum"; "two gunmen killed a guard" is
     * active, and so is "hundreds of students marched") */
    if (tb > s->b + 1 && (ge_str_is(x->type, "ASSAULT") || ge_str_is(x->type, "COERCE")) &&
        !(x->flags & LXF_INTR) && !ev_has_object(s, tb + (x->nwords ? x->nwords : 1)) &&
        number_led_subject(s, tb))
        return 1;
    if (tb > s->b + 1 && (ge_str_is(x->type, "ASSAULT") || ge_str_is(x->type, "COERCE")) &&
        !(x->flags & LXF_INTR) && !ev_has_object(s, tb + (x->nwords ? x->nwords : 1)) &&
        object_of_preposition(s, tb))
        return 1;
    EV_WORDS(be, "was", "were", "been", "being", "is", "are", "be", "got", "get");
    uint32_t j = tb;
    while (j > s->b && (ev_tok_among(s, j - 1, "reportedly", "allegedly", "also", "later", "not",
                                     "never", "fatally", "seriously", "critically", "still",
                                     "lightly", "slightly", "moderately", "severely", "badly")))
        j--;
    if (j > s->b && ev_tok_in(s, j - 1, be))
        return 1;
    /* "was arrested Saturday and charged with murder": a participle after
     * "and" shares the passive before it when it has no object of its own
     * ("were called and arrested the man" is active) */
    uint32_t after = tb + (x->nwords ? x->nwords : 1);
    if (x->form == FORM_BASE || tb < s->b + 3 || !ev_tok_is(s, tb - 1, "and") ||
        (ev_has_object(s, after) &&
         !ev_tok_among(s, after, "with", "for", "over")))
        return 0;
    for (uint32_t k = tb - 1; k > s->b + 1 && tb - k < 8; k--) {
        if (ev_is_punct(s, k - 1) && !ev_tok_is(s, k - 1, ","))
            return 0;
        if (ev_tok_norm_ends(s, k - 1, "ed") && ev_tok_in(s, k - 2, be))
            return 1;
    }
    return 0;
}

/* Do the tokens ending at j make a possessive: "Barnett" "'" "s", or
 * "hostages" "'" (straight or curly)? Not "he's", "it's". */
static int apostrophe(const sent *s, uint32_t j)
{
    return ev_tok_is(s, j, "'") || ev_tok_is(s, j, "\xE2\x80\x99");
}

int ev_possessive_token(const sent *s, uint32_t j)
{
    EV_WORDS(pronouns, "he", "she", "it", "that", "there", "what", "who", "let", "here");
    if (j >= s->b + 2 && ev_tok_is(s, j, "s") && apostrophe(s, j - 1) && ev_is_word(s, j - 2) &&
        s->t->tokens[j].start == s->t->tokens[j - 1].end &&
        s->t->tokens[j - 1].start == s->t->tokens[j - 2].end)
        return !ev_tok_in(s, j - 2, pronouns);
    return j >= s->b + 1 && apostrophe(s, j) && ev_is_word(s, j - 1) &&
           ev_tok_norm_ends(s, j - 1, "s") && s->t->tokens[j].start == s->t->tokens[j - 1].end;
}

/* Is the trigger used as a noun? Noun-only forms are; forms that are both
 * ("attack") are after a determiner, a number, a possessive or "of". */
int ev_noun_use(const sent *s, const match *tm)
{
    uint8_t f = tm->x->flags;
    if (!(f & LXF_NOUN))
        return 0;
    uint32_t num_end;
    int before = tm->b > s->b + 2 ? ev_mention_at(s, tm->b - 1) : -1;
    if (before >= 0 && tm->x->form == FORM_NOUN && tm->e < s->e &&
        ev_tok_norm_ends(s, tm->e - 1, "s") && ev_number_at(s, tm->e, &num_end) >= 0 &&
        ev_tok_among(s, s->m->v[before].tok_begin - 1,
                  "on", "in", "near", "against"))
        return 0; /* "raid on Jenin kills five": a verb's -s with its object */
    if (!(f & LXF_VERB))
        return 1;
    uint32_t p = tm->b;
    if (p == s->b)
        return 1;
    uint32_t end;
    /* "in the deadliest attack this year", "the latest strike": an
     * article and an adjective that only comes before a noun */
    if (p >= s->b + 2 && ev_tok_in(s, p - 2, ev_determiners) &&
        (ev_tok_norm_ends(s, p - 1, "iest") ||
         ev_tok_among(s, p - 1, "worst", "latest", "largest", "biggest", "first", "last", "recent",
                      "fresh", "major", "second", "third", "new", "previous")))
        return 1;
    /* "kill 14 soldiers in attack on army post": no verb after a preposition */
    EV_WORDS(preps, "in", "on", "after", "during", "following", "despite", "amid", "since",
             "before", "from", "for", "without", "under");
    /* "in Mindanao clash", "in northern Burkina Faso attack": a place
     * (and its side) between the preposition and it */
    int mp = ev_mention_at(s, p - 1);
    if (mp >= 0 && s->m->v[mp].tok_begin > s->b) {
        uint32_t q = s->m->v[mp].tok_begin - 1;
        if (q > s->b && ev_tok_in(s, q, ev_side_words))
            q--;
        if (ev_tok_in(s, q, preps))
            return 1;
        if (ev_tok_among(s, q, "the", "this", "that"))
            return 1; /* "It gave no details about the Nabatieh strike" */
    }
    return ev_tok_in(s, p - 1, ev_determiners) || ev_tok_is(s, p - 1, "of") ||
           ev_tok_in(s, p - 1, preps) || ev_possessive_token(s, p - 1) ||
           /* "sent rescue teams": what is given */
           ev_tok_among(s, p - 1, "sent", "provided", "dispatched", "deployed",
                                  "offered") ||
           ev_number_at(s, p - 1, &end) >= 0 ||
           (ev_mention_at(s, p - 1) >= 0 && s->m->v[ev_mention_at(s, p - 1)].kind == GE_KIND_DEMONYM) ||
           (ev_match_at(s, LX_MODIFIER, p - 1) != NULL &&
            !ev_tok_among(s, p - 1, "will", "would", "could", "can", "may",
                                    "might", "should", "must", "shall", "not",
                                    "never", "wo", "ca"));
    /* ("Portugal will support": a modal's verb, not "the support") */
}

/* A verb-only entry's base or -s form used as a noun ("in the back"): after a determiner,
 * "of", a number, or a name that itself follows a verb or preposition
 * ("attack US targets"). */
int ev_verb_form_as_noun(const sent *s, const match *tm)
{
    if ((tm->x->flags & LXF_NOUN) || (tm->x->form != FORM_S && tm->x->form != FORM_BASE) ||
        tm->b == s->b)
        return 0;
    uint32_t p = tm->b - 1, end;
    if (ev_tok_in(s, p, ev_determiners) || ev_tok_is(s, p, "of") || ev_number_at(s, p, &end) >= 0)
        return 1;
    /* "watch the data for signs the Fed could delay": a plural after a
     * preposition is a noun */
    if (tm->x->form == FORM_S &&
        ev_tok_among(s, p, "for", "with", "without", "any", "no", "more",
                           "fewer", "few", "many"))
        return 1;
    /* "treated 12 people with gunshot wounds": a plural after a preposition
     * and a modifier word is a noun too */
    if (tm->x->form == FORM_S && p > s->b && ev_is_word(s, p) && !ev_is_trigger_tok(s, p) &&
        !ev_match_at(s, LX_AGENT, p) && ev_mention_at(s, p) < 0 &&
        (ev_tok_among(s, p - 1, "with", "without", "of", "from", "for") ||
         ev_tok_in(s, p - 1, ev_determiners)))
        return 1;
    /* "on patrol", "in search of": a verb's base form after a preposition */
    if (tm->x->form == FORM_BASE &&
        ev_tok_among(s, p, "on", "in", "at", "for", "from", "under", "after",
                           "before", "during", "with", "without") &&
        !(p > s->b && ev_tok_is(s, p, "in") &&
          ev_tok_among(s, p - 1, "were", "was", "is", "are", "been", "be")))
        return 1; /* ("the vehicle they were in hit a mine" is a verb; "were on
                     patrol" a noun) */
    /* "the highway patrol has an office": a verb is not followed by "has" */
    if (tm->e < s->e && ev_tok_among(s, tm->e, "has", "have", "had", "is", "are",
                                               "was", "were", "will", "would"))
        return 1;
    /* "the school's athletic boosters fund.", "the nuns' health fund,": a
     * verb's base form that ends its clause, with no object, after a phrase
     * that opens with a possessive is a noun (not "militiamen still
     * patrol.") */
    if (tm->x->form == FORM_BASE && !(tm->x->flags & LXF_INTR) && ev_is_word(s, p) &&
        p > s->b + 1 && (tm->e >= s->e || ev_tok_among(s, tm->e, ".", ",", ";")) &&
        !ev_match_at(s, LX_AGENT, p) && ev_mention_at(s, p) < 0) {
        uint32_t k = p;
        while (k > s->b + 1 && p - k < 3 && ev_is_word(s, k - 1) && !ev_possessive_token(s, k - 1))
            k--;
        if (k > s->b && ev_possessive_token(s, k - 1))
            return 1;
    }
    /* "a police patrol": a word for people between "a" and it ("the
     * police fire" is a verb: "police" takes the plural) */
    /* (but a verb with its object after it: "A mob beat two men to death",
     * "a mob beat the men") */
    if (p > s->b && ev_match_at(s, LX_AGENT, p) &&
        (ev_tok_among(s, p - 1, "a", "an", "of") ||
         ev_number_at(s, p - 1, &end) >= 0) &&
        !(tm->x->form != FORM_S && tm->e < s->e &&
          (ev_tok_in(s, tm->e, ev_determiners) || ev_number_at(s, tm->e, &end) >= 0)))
        return 1; /* ("dozens of Hamas targets", "struck 36 Houthi targets") */
    /* "on a passenger train": a base form after "a" and a word is a noun
     * (a singular subject would take the verb's "-s") */
    /* (not a past that reads as a base, with its object: "a drone hit a
     * residential building") */
    /* (a noun of its own after a light verb: "gave a warm welcome") */
    EV_WORDS(light, "gave", "give", "gives", "given", "made", "make", "makes", "held", "hold",
             "holds", "staged", "stage", "launched", "launch", "took", "take", "paid", "pay");
    if (tm->x->form == FORM_BASE && p > s->b && ev_is_word(s, p) &&
        ev_tok_among(s, p - 1, "a", "an") &&
        (p - 1 == s->b || !ev_tok_in(s, p - 2, light)) &&
        (tm->e >= s->e || ev_is_punct(s, tm->e) ||
         ev_tok_among(s, tm->e, "in", "on", "at", "from", "to", "near", "was",
                                "with", "and") ||
         /* ("a house fire on East 31st Street": the entry's own "on") */
         (tm->e > tm->b + 1 && ev_tok_among(s, tm->e - 1, "on", "at", "in"))))
        return 1;
    /* "Militants attack train in Balochistan": a bare word right after a
     * verb of force is what it struck, not an act of another kind */
    const match *v = ev_match_ending(s, LX_TRIGGER, tm->b);
    if (tm->x->form == FORM_BASE && v && (v->x->form == FORM_BASE || v->x->form == FORM_S) &&
        strcmp(v->x->type, tm->x->type) &&
        (ge_str_is(v->x->type, "ASSAULT") || ge_str_is(v->x->type, "COERCE")) && v->b > s->b &&
        !ev_tok_in(s, v->b - 1, ev_determiners))
        return 1;
    /* "Israel strikes Hezbollah targets": an agent after a verb (or after
     * a verb and a name: "struck Houthi military targets") */
    const match *ag = ev_match_ending(s, LX_AGENT, tm->b);
    if (ag && ag->b > s->b && ev_is_trigger_tok(s, ag->b - 1))
        return 1;
    if (ag && ag->b > s->b + 1 && (s->t->tokens[ag->b - 1].flags & GE_TOK_CAP) &&
        !(s->t->tokens[ag->b - 1].flags & (GE_TOK_SENT_START | GE_TOK_LINE_START)) &&
        ev_is_trigger_tok(s, ag->b - 2))
        return 1;
    int mp = ev_mention_at(s, p);
    if (mp < 0)
        return 0;
    uint32_t q = s->m->v[mp].tok_begin;
    return q > s->b && (ev_is_trigger_tok(s, q - 1) || ev_tok_in(s, q - 1, ev_np_stops) ||
                        ev_tok_in(s, q - 1, ev_determiners));
}

/* "the internationally recognised government", "Yemen's newly formed
 * council": a participle after an adverb that follows an article or a
 * possessive, before a noun, is an adjective */
static int adverb_participle(const sent *s, const match *tm)
{
    if (tm->x->form != FORM_ED || tm->b < s->b + 2 || tm->e >= s->e ||
        !ev_tok_norm_ends(s, tm->b - 1, "ly") || !ev_is_word(s, tm->b - 1))
        return 0;
    uint32_t d = tm->b - 2;
    if (!ev_tok_in(s, d, ev_determiners) && !ev_possessive_token(s, d))
        return 0;
    return ev_is_word(s, tm->e) && !ev_tok_in(s, tm->e, ev_np_stops) &&
           !ev_tok_in(s, tm->e, ev_determiners) && !ev_tok_norm_ends(s, tm->e, "ly") &&
           !ev_tok_among(s, tm->e, "is", "are", "was", "were", "has", "have",
                                   "had", "will", "would", "by", "in", "on",
                                   "at", "to", "for", "with", "and", "or",
                                   "of", "from");
}

/* "carried out coordinated attacks", "in coordinated attacks", ", coordinated
 * attacks": a participle before an act's noun of another kind, after an
 * act's verb, a preposition or a comma, says how */
static int manner_of_act(const sent *s, const match *tm)
{
    EV_WORDS(acts, "out", "launched", "staged", "conducted", "mounted", "waged", "led", "made",
         "carry", "launch", "stage", "conduct", "mount", "wage");
    EV_WORDS(preps, "in", "of", "after", "during", "amid", "with", "by", "from");
    if (tm->x->form != FORM_ED || tm->e >= s->e ||
        (tm->b > s->b && !ev_tok_in(s, tm->b - 1, acts) && !ev_tok_in(s, tm->b - 1, preps) &&
         !ev_is_punct(s, tm->b - 1)))
        return 0;
    /* (its noun in the plural after a sentence's start: "Coordinated attacks
     * killed 200", not "Police arrested protesters") */
    const match *n = ev_match_at(s, LX_TRIGGER, tm->e);
    return n && n->b == tm->e && ((n->x->flags & LXF_NOUN) || n->x->form == FORM_NOUN) &&
           (tm->b > s->b || ev_tok_norm_ends(s, n->e - 1, "s")) &&
           strcmp(n->x->type, tm->x->type);
}

/* "soldiers backed by bulldozers", "a militia supported by Iran": who is
 * with whom, said of a noun, no act of support */
static int backed_by(const sent *s, const match *tm)
{
    /* (and "the interim government led by Muhammad Yunus": a verb of any
     * act, said of its leader) */
    int inherit = (tm->x->flags & LXF_INHERIT) != 0;
    if ((tm->x->form != FORM_ED && !(inherit && tm->x->form == FORM_EXTRA)) || tm->b == s->b ||
        tm->e >= s->e || !ev_tok_is(s, tm->e, "by") ||
        (!ge_str_is(tm->x->type, "SUPPORT") && !ge_str_is(tm->x->type, "COOPERATE") && !inherit))
        return 0;
    uint32_t p = tm->b - 1;
    /* (a body led, not troops: "militia troops led by Musa Hilal" lead
     * them into a fight) */
    if (inherit && !ev_tok_among(s, p, "government", "administration",
                                       "coalition", "alliance", "party",
                                       "council", "committee", "delegation",
                                       "commission", "panel", "cabinet",
                                       "movement", "team"))
        return 0;
    return ev_is_word(s, p) && !ev_tok_norm_ends(s, p, "ly") && !ev_is_trigger_tok(s, p) &&
           !ev_tok_among(s, p, "is", "are", "was", "were", "be", "been",
                               "being", "has", "have", "had", "get", "gets",
                               "got", "and", "or", "not", "also");
}

/* "protesters opposed to the Finance Bill": "opposed to" right after a
 * noun says who they are, no act ("Israel is opposed to French mediation"
 * stays a rejection) */
static int opposed_after_noun(const sent *s, const match *tm)
{
    return tm->b > s->b && ev_tok_is(s, tm->e, "to") && ev_tok_is(s, tm->b, "opposed") &&
           ev_is_word(s, tm->b - 1) && !ev_tok_norm_ends(s, tm->b - 1, "ly") &&
           !ev_tok_among(s, tm->b - 1, "is", "are", "was", "were", "be", "been", "being", "am",
                         "remain", "remains", "remained", "has", "have", "had", "and", "or",
                         "not", "also", "who", "that", "which", "strongly", "firmly");
}

/* "the burning yacht", "non-life threatening injuries", "the occupied West
 * Bank": an adjective ("the arrested men" were arrested, though) */
int ev_participle_adjective(const sent *s, const match *tm)
{
    if (adverb_participle(s, tm) || manner_of_act(s, tm) || backed_by(s, tm) ||
        opposed_after_noun(s, tm))
        return 1;
    return (tm->x->form == FORM_ING || tm->x->form == FORM_ED) && tm->b > s->b && tm->e < s->e &&
           (ev_tok_among(s, tm->b - 1, "the", "a", "an") ||
            (tm->x->form == FORM_ING && ev_tok_among(s, tm->b - 1, "life", "with"))) &&
           ev_is_word(s, tm->e) && !ev_tok_in(s, tm->e, ev_np_stops) &&
           !ev_tok_in(s, tm->e, ev_determiners) && !ev_is_trigger_tok(s, tm->e) &&
           !ev_tok_among(s, tm->e, "is", "are", "was", "were", "has", "have",
                                   "had", "will", "would") &&
           (tm->x->form == FORM_ING || ev_name_word(s, tm->e));
}

int ev_word_tokens(const sent *s, int most)
{
    int n = 0;
    for (uint32_t i = s->b; i < s->e && n < most; i++)
        n += (s->t->tokens[i].flags & GE_TOK_WORD) != 0;
    return n;
}

/* A line that reads like a headline: short, with no full stop at its end. */
int ev_headline_like(const sent *s)
{
    if (s->e <= s->b || ev_word_tokens(s, 21) > 20)
        return 0;
    const ge_token *last = &s->t->tokens[s->e - 1];
    char c = s->t->s[last->start];
    /* (an archive's headline may end with a period: "Fleeing suspect
     * arrested.", a short first line without articles, as headlines are
     * written; "Police fired on the crowd in Kano." is a sentence) */
    if (c == '.' && s->idx == 0 && s->t->nsentences > 1 && ev_word_tokens(s, 11) <= 10) {
        uint32_t k = s->b;
        while (k < s->e && !ev_tok_among(s, k, "the", "a", "an"))
            k++;
        if (k == s->e)
            return 1;
    }
    return !(last->flags & GE_TOK_PUNCT) || (c != '.' && c != '!' && c != '?' && c != '"');
}

/* Another kind of act named by a time phrase between the trigger and a
 * later mention: the place is that act's ("The violence erupted in
 * September after the arrest of Zambada in the United States"; not "were
 * killed after the bombing of a market in Mardan", the killing's own). */
int ev_act_of_time_phrase_between(const sent *s, uint32_t te, const ge_mention *mm,
                                  const char *type)
{
    EV_WORDS(times, "after", "following", "since", "before", "until");
    /* (a span of time or "comes after" sets any act apart, its place its
     * own: "The abduction comes less than a week after gunmen seized more
     * than 280 pupils from a school in Kuriga") */
    for (uint32_t j = te; j < mm->tok_begin; j++) {
        if (!ev_tok_in(s, j, times))
            continue;
        int other_time = 0; /* (in the one or two words before it) */
        for (uint32_t q = j; q > s->b && j - q < 2 && !other_time; q--)
            other_time = ev_tok_in(s, q - 1, ev_time_units) ||
                         ev_tok_among(s, q - 1, "comes", "came", "come");
        for (uint32_t k = j + 1; k < mm->tok_begin && k <= j + 3; k++) {
            const match *x = ev_match_at(s, LX_TRIGGER, k);
            if (x && !(x->x->flags & LXF_WEAK) &&
                (other_time || ((x->x->flags & LXF_NOUN) && ev_noun_use(s, x) &&
                                strcmp(x->x->type, type))))
                return 1;
        }
    }
    return 0;
}

/* "a war monitor and rescue workers said": people, no act ("the arrested
 * workers" were arrested) */
int ev_names_people(const sent *s, const match *tm)
{
    return tm->e < s->e &&
           ev_tok_among(s, tm->e, "workers", "worker", "teams", "team", "crews",
                                  "volunteers", "agencies", "personnel", "staff") &&
           tm->x->form != FORM_ED && !ev_tok_norm_ends(s, tm->e - 1, "ed") &&
           (ev_noun_use(s, tm) || tm->b == s->b ||
            ev_tok_among(s, tm->b - 1, "and", ",", "the", "of", "its", "their",
                                       "his", "her", "local"));
}

/* "could not reach the wounded for hours", "treating the injured": people
 * named by what befell them, after "the" and before no noun */
int ev_the_hurt(const sent *s, const match *tm)
{
    return tm->e == tm->b + 1 && tm->b > s->b && ev_tok_is(s, tm->b - 1, "the") &&
           ev_tok_among(s, tm->b, "wounded", "injured") &&
           (tm->e >= s->e || !ev_is_word(s, tm->e) ||
            ev_tok_among(s, tm->e, "for", "to", "in", "at", "from", "and", "were", "was",
                                   "had", "have", "included", "include", "are", "who"));
}

/* "outstanding arrest warrants", "attack helicopters", "a supply route": a
 * noun's modifier */
int ev_modifies_noun(const sent *s, const match *tm)
{
    return tm->e < s->e &&
           (ev_tok_among(s, tm->e, "route", "routes", "lines", "chain",
                                  "chains", "warrant", "warrants", "record",
                                  "records", "rate", "rates", "helicopter",
                                  "helicopters", "threat", "threats", "plot",
                                  "plots", "hoax", "scare", "drill", "drills",
                                  "simulation", "center", "centre", "centers",
                                  "centres", "facility", "facilities") ||
           /* ("helicopters and patrol boats", "the rescue dogs"; not
            * "rammed vessel", "Houthis attack ships") */
           (tm->b > s->b && !ev_tok_norm_ends(s, tm->e - 1, "ed") &&
            (ev_tok_in(s, tm->b - 1, ev_determiners) ||
             ev_tok_among(s, tm->b - 1, "and", ",", "of", "with", "in", "two", "three")) &&
            ev_tok_among(s, tm->e, "boat", "boats", "vessel", "vessels", "ship", "ships",
                                  "aircraft", "vehicle", "vehicles", "car", "cars", "dog",
                                  "dogs")) ||
           /* (who does such acts: "the bannu aman support committee", "a
            * local rescue group", "aid workers"; not "the arrested
            * workers") */
           (!ev_tok_norm_ends(s, tm->e - 1, "ed") &&
            ev_tok_among(s, tm->e, "committee", "committees", "group", "groups", "council",
                                  "agency", "agencies", "organisation", "organization",
                                  "organisations", "organizations", "network", "association",
                                  "coalition", "movement", "team", "teams", "workers",
                                  "volunteers")));
}
