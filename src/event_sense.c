/*
 * event_sense.c -- is a lexicon word an event where it stands? The word
 * senses and parts of speech that make a trigger no act: part of a name
 * ("Rapid Support Forces"), a date ("March 25"), a noun that looks like a
 * verb ("the highway patrol has"), an adjective ("the burning yacht", "the
 * alleged offense"), a noun's modifier ("arrest warrants"), a question
 * ("asked why"), another sense ("demonstrated the effectiveness"). How a
 * word stands (noun or verb, passive, object) is event_forms.c; the
 * crime named in a charge and an arrest's ground, event_charges.c.
 */
#include "events_internal.h"

/* A headline in title case ("Police Arrest Two Men in Dalton"): most of its
 * words capitalised, so a capital says nothing about names. */
/* A capitalised trigger inside a sentence in ordinary case is part of a
 * name: "Rapid Support Forces", "Free Syrian Army", "Louise Grant",
 * "Strike Force", "the Protest Warriors". */
static int in_name(const sent *s, const match *tm)
{
    /* ("Grant W. Graham, 27, ...": a first name before an initial) */
    const ge_token *k = &s->t->tokens[tm->b];
    if (tm->e + 2 < s->e && (k->flags & GE_TOK_CAP) && !(k->flags & GE_TOK_UPPER)) {
        const ge_token *i = &s->t->tokens[tm->e];
        if ((i->flags & GE_TOK_CAP) && i->end - i->start == 1 && ev_tok_is(s, tm->e + 1, ".") &&
            (s->t->tokens[tm->e + 2].flags & GE_TOK_CAP))
            return 1;
    }
    return ev_name_word(s, tm->b);
}

/* "died in police firing", "injured during the shelling": a gerund after a
 * preposition (and a word for who did it) names the act as a noun, and
 * needs no object. */
static int gerund_after_preposition(const sent *s, const match *tm)
{
    EV_WORDS(preps, "in", "during", "after", "by", "from", "amid");
    if (tm->x->form != FORM_ING || tm->b == s->b)
        return 0;
    uint32_t p = tm->b - 1;
    if (p > s->b && (ev_match_at(s, LX_AGENT, p) || ev_tok_in(s, p, ev_determiners)))
        p--;
    return ev_tok_in(s, p, preps);
}

/* "No one was injured", "nobody was hurt", "no arrests were made", "none
 * of them were killed": the act is denied by its subject, there is none. */
static int no_one(const sent *s, const match *tm)
{
    EV_WORDS(aux, "was", "were", "is", "are", "has", "have", "had", "been", "got", "reported");
    uint32_t k = tm->b;
    while (k > s->b && tm->b - k < 3 && ev_tok_in(s, k - 1, aux))
        k--;
    if (k == s->b)
        return 0;
    if (k < tm->b && (ev_tok_among(s, k - 1, "nobody", "none") ||
                      (k > s->b + 1 && ev_tok_is(s, k - 1, "one") && ev_tok_is(s, k - 2, "no"))))
        return 1; /* "no one was injured" */
    if (k < tm->b && k >= s->b + 2 && ev_is_word(s, k - 1) && ev_tok_is(s, k - 2, "no"))
        return 1; /* "no arrests have been made" */
    return k == tm->b && ev_tok_is(s, k - 1, "no"); /* "no injuries", "no arrests" */
}

/* "began shooting down the hallway", "shot down the street": "shoot down"
 * along a way is shooting, told by the sentence's other records, not an
 * aircraft shot down. */
static int shot_down_nothing(const sent *s, const match *tm)
{
    EV_WORDS(ways, "hallway", "hallways", "hall", "corridor", "corridors", "street", "streets",
             "road", "alley", "stairs", "staircase", "aisle", "block");
    if (strcmp(tm->x->mode, "aerial") || tm->e - tm->b != 2 || !ev_tok_is(s, tm->e - 1, "down"))
        return 0;
    uint32_t k = tm->e;
    if (k < s->e && ev_tok_among(s, k, "the", "a", "an"))
        k++;
    return k < s->e && ev_tok_in(s, k, ways);
}

/* "had gathered for a posada", "gathered for the funeral": people
 * gathered for something else than a protest. */
static int gathered_for_other(const sent *s, const match *tm)
{
    EV_WORDS(protest, "protest", "protests", "rally", "rallies", "demonstration", "demonstrations",
             "march", "vigil", "sit-in", "strike", "meeting");
    if (strcmp(tm->x->type, "PROTEST") || !ev_tok_norm_starts(s, tm->b, "gather"))
        return 0;
    /* (people met for a rite, not a cause: "where mourners had gathered") */
    for (uint32_t j = tm->b; j > s->b && tm->b - j < 4; j--)
        if (ev_tok_among(s, j - 1, "mourners", "worshippers", "worshipers",
                                   "pilgrims", "guests", "spectators", "fans",
                                   "shoppers", "passengers"))
            return 1;
    /* ("opened fire on a group of people gathered outside a car wash":
     * who they were, no gathering of a cause; not "Relatives of inmates
     * gathered outside the prison", the clause's subject) */
    EV_WORDS(preps, "on", "at", "to", "among", "for", "with", "into", "toward", "towards");
    for (uint32_t j = tm->b; j > s->b && tm->b - j < 8; j--) {
        if (ev_tok_in(s, j - 1, preps))
            return 1;
        if (!ev_is_word(s, j - 1) || ev_is_trigger_tok(s, j - 1) ||
            (ev_tok_in(s, j - 1, ev_np_stops) && !ev_tok_in(s, j - 1, ev_determiners) &&
             !ev_tok_is(s, j - 1, "of")))
            break;
    }
    if (!ev_tok_is(s, tm->e, "for"))
        return 0;
    for (uint32_t k = tm->e + 1; k < s->e && k < tm->e + 5; k++)
        if (ev_tok_in(s, k, protest))
            return 0;
    return 1;
}

/* "sanctions ..., targeting nearly 200 companies": whom a sanction aims
 * at, no attack. */
static int sanction_target(const sent *s, const match *tm)
{
    if (strcmp(tm->x->type, "ASSAULT") || !ev_tok_norm_starts(s, tm->b, "target"))
        return 0;
    for (uint32_t j = s->b; j < tm->b; j++) {
        const match *x = ev_match_at(s, LX_TRIGGER, j);
        if (x && ge_str_is(x->x->type, "SANCTION"))
            return 1;
    }
    return 0;
}

/* "asking not to be named", "on condition of anonymity": a source's
 * terms, no request. */
static int anonymous_source(const sent *s, const match *tm)
{
    return tm->e + 2 < s->e && ev_tok_is(s, tm->e, "not") && ev_tok_is(s, tm->e + 1, "to") &&
           ev_tok_is(s, tm->e + 2, "be");
}

/* "received a tip", "receiving word of the shooting", "received an award":
 * to receive a thing is no visit (only a guest is received). */
static int received_thing(const sent *s, const match *tm)
{
    EV_WORDS(things, "word", "tip", "tips", "call", "calls", "report", "reports", "information",
             "help", "complaint", "complaints", "message", "messages", "letter", "letters", "award",
             "awards", "medal", "funds", "money", "grant", "grants", "approval", "damages",
             "probation", "treatment", "support", "proposal", "threats", "threat", "payment",
             "payments", "care", "medical", "assistance", "compensation", "aid");
    if (strcmp(tm->x->type, "CONSULT") || !ev_tok_norm_starts(s, tm->b, "receiv"))
        return 0;
    uint32_t k = tm->e;
    while (k < s->e && k < tm->e + 4 &&
           (ev_tok_in(s, k, ev_determiners) || (ev_is_word(s, k) && !ev_tok_in(s, k, things) &&
                                                !ev_tok_in(s, k, ev_np_stops))))
        k++;
    return k < s->e && ev_tok_in(s, k, things);
}

/* "offers its condolences", "offered prayers": sympathy offered is no
 * offer of cooperation. */
static int offered_sympathy(const sent *s, const match *tm)
{
    EV_WORDS(sympathy, "condolences", "condolence", "sympathy", "sympathies", "prayers",
             "thoughts", "congratulations", "greetings", "tribute", "tributes", "wishes");
    if (!ev_tok_norm_starts(s, tm->b, "offer"))
        return 0;
    for (uint32_t k = tm->e; k < s->e && k < tm->e + 4; k++) {
        if (ev_tok_in(s, k, sympathy))
            return 1;
        if (!ev_is_word(s, k) || ev_is_trigger_tok(s, k))
            return 0;
    }
    return 0;
}


/* "It was the deadliest attack on Ukrainian civilians this year", "The
 * raid was the latest in a series": the act told, judged against others,
 * no act of its own */
static int judged_among(const sent *s, const match *tm)
{
    if (!(tm->x->flags & LXF_NOUN) || tm->b < s->b + 3)
        return 0;
    uint32_t j = tm->b - 1;
    if (ev_tok_among(s, j, "single", "such") && j > s->b + 2)
        j--;
    if (!(ev_tok_norm_ends(s, j, "est") || ev_tok_among(s, j, "worst", "most",
                                                              "latest")) ||
        !ev_tok_is(s, j - 1, "the"))
        return 0;
    return ev_tok_among(s, j - 2, "was", "is", "were", "are", "marked",
                                  "became", "becomes");
}

/* "The attack was the latest in a series of gang offensives outside the
 * capital", "the latest in a string of attacks": others of its kind set
 * beside the story's act, no act in particular (a series counted is one:
 * "a series of 40 attacks") */
static int latest_of_series(const sent *s, const match *tm)
{
    uint32_t j = tm->b;
    if (j >= s->b + 6 && !ev_tok_is(s, j - 1, "of") && ev_is_word(s, j - 1) &&
        !ev_is_trigger_tok(s, j - 1))
        j--; /* "of gang offensives" */
    return j >= s->b + 5 && ev_tok_is(s, j - 1, "of") &&
           ev_tok_among(s, j - 2, "series", "string", "spate", "wave", "spree", "run") &&
           ev_tok_is(s, j - 3, "a") && ev_tok_is(s, j - 4, "in") &&
           ev_tok_is(s, j - 5, "latest");
}


/* "in protest at a surge in killings", "amid a rise in attacks": a trend
 * of such acts, no one of them (but "sparking a wave of protests" is a
 * protest) */
static int trend_of(const sent *s, const match *tm)
{
    uint32_t j = tm->b;
    if (j >= s->b + 3 && !ev_tok_among(s, j - 1, "in", "of") && ev_is_word(s, j - 1) &&
        !ev_is_trigger_tok(s, j - 1))
        j--; /* "a surge in sectarian killings" */
    return j >= s->b + 2 && ev_tok_among(s, j - 1, "in", "of") &&
           ev_tok_among(s, j - 2, "surge", "rise", "increase", "upsurge", "spike", "uptick");
}

/* "organisers had not met security requirements", "to meet the
 * deadline": a standard met, no meeting (demands met are conceded, but
 * not those to be met: "until their demands are met") */
static int met_a_standard(const sent *s, const match *tm)
{
    /* (not demands: "would not meet hostage-takers' demands" refuses them) */
    EV_WORDS(standards, "requirements", "requirement", "criteria", "deadline", "deadlines",
             "expectations", "target", "targets", "standards", "standard", "obligations",
             "threshold", "quota", "costs", "goal", "goals");
    if (!ge_str_is(tm->x->type, "CONSULT") ||
        !ev_tok_among(s, tm->b, "met", "meet", "meets", "meeting"))
        return 0;
    for (uint32_t j = tm->e; j < s->e && j < tm->e + 4; j++) {
        if (ev_tok_in(s, j, standards))
            return 1;
        if (!ev_is_word(s, j) || ev_tok_among(s, j, "with", "in", "on", "at",
                                                    "to"))
            break;
    }
    /* and in the passive: "until the requirements are met"; demands too
     * after "until", "unless" or "if", a condition ("vowed to continue
     * protesting until their demands are met") */
    if (tm->b < s->b + 2 || !ev_tok_among(s, tm->b - 1, "are", "is", "were",
                                                        "was", "be", "been"))
        return 0;
    if (ev_tok_in(s, tm->b - 2, standards))
        return 1;
    if (!ev_tok_is(s, tm->b - 2, "demands"))
        return 0;
    for (uint32_t j = tm->b - 2; j > s->b && tm->b - j < 7; j--)
        if (ev_tok_among(s, j - 1, "until", "unless", "if"))
            return 1;
    return 0;
}

/* "the state with the most murders", "the highest number of killings": a
 * statistic, no act. */
static int statistic(const sent *s, const match *tm)
{
    if (!ev_noun_use(s, tm))
        return 0;
    /* "Assaults at bus shelters rose 18 per cent this year": acts counted
     * as they rose or fell */
    EV_WORDS(moved, "rose", "fell", "increased", "decreased", "dropped", "doubled", "tripled",
             "climbed", "declined", "jumped", "soared", "rise", "rises", "fall", "falls");
    for (uint32_t j = tm->e; j < s->e && j < tm->e + 7 && !ev_tok_is(s, j, ","); j++)
        if (ev_tok_in(s, j, moved)) {
            for (uint32_t k = j + 1; k < s->e && k < j + 6; k++)
                if (ev_tok_among(s, k, "percent", "per", "%", "fold", "times"))
                    return 1;
            break;
        }
    if (tm->b < s->b + 2)
        return 0;
    if (ev_tok_among(s, tm->b - 1, "most", "fewest") &&
        ev_tok_is(s, tm->b - 2, "the"))
        return 1;
    return tm->b >= s->b + 3 && ev_tok_is(s, tm->b - 1, "of") &&
           ev_tok_among(s, tm->b - 2, "number", "numbers", "rate", "rates") &&
           ev_tok_among(s, tm->b - 3, "highest", "lowest", "record", "murder",
                                      "homicide", "total");
}

/* "Kidnappings for ransom have become common", "local officials are
 * frequent targets": acts said to be common, no act that took place. */
static int commonplace(const sent *s, const match *tm)
{
    EV_WORDS(usual, "common", "commonplace", "frequent", "regular", "routine", "rampant",
             "widespread", "endemic", "occasional", "potential", "easy", "prime");
    /* (such a word makes a noun of a verb's form: "frequent targets") */
    if (tm->b > s->b && ev_tok_in(s, tm->b - 1, usual))
        return 1;
    if (!ev_noun_use(s, tm))
        return 0;
    /* (the noun the subject of a verb of being: "have become common") */
    EV_WORDS(being, "is", "are", "was", "were", "become", "became", "remain", "remains",
             "remained", "been", "increasingly", "more", "very", "still", "have", "has");
    uint32_t j = tm->e;
    while (j < s->e && j < tm->e + 4 && !ev_is_punct(s, j) && !ev_tok_in(s, j, being))
        j++; /* ("Kidnappings for ransom have ...") */
    if (j == s->e || !ev_tok_in(s, j, being))
        return 0;
    while (j < s->e && ev_tok_in(s, j, being))
        j++;
    return j < s->e && j > tm->e && ev_tok_in(s, j, usual);
}

/* A phrase of the [senses] lexicon over the trigger's first word: the word
 * in another sense ("stocks hit a record high", "beat profit forecasts",
 * "to fight inflation"). */
int ev_other_sense(const sent *s, const match *tm)
{
    for (uint32_t j = tm->b > s->b + 2 ? tm->b - 2 : s->b; j <= tm->b; j++) {
        const match *x = ev_match_at(s, LX_SENSE, j);
        if (x && x->b == j && x->e > tm->b)
            return 1;
    }
    return 0;
}

/* "evacuate wounded soldiers", "treated the injured people": the hurt
 * named by their hurt, after a verb of care or a determiner; the act that
 * hurt them is told elsewhere ("and wounded 10 people" is that act). */
static int hurt_as_adjective(const sent *s, const match *tm)
{
    EV_WORDS(before, "the", "of", "for", "with", "evacuate", "evacuated", "evacuating", "treat",
             "treated", "treating", "carry", "carried", "carrying", "airlift", "airlifted", "visit",
             "visited", "visiting", "rescue", "rescued", "many", "several", "some", "other", "its",
             "their");
    EV_WORDS(people, "people", "men", "women", "children", "persons");
    if (tm->e != tm->b + 1 || tm->b <= s->b || tm->e >= s->e ||
        !ev_tok_among(s, tm->b, "wounded", "injured") ||
        !ev_tok_in(s, tm->b - 1, before) || ev_is_trigger_tok(s, tm->e))
        return 0;
    return ev_tok_in(s, tm->e, people) ||
           (ev_tok_norm_ends(s, tm->e, "s") && ev_match_at(s, LX_AGENT, tm->e));
}

/* "flew the injured to hospitals", "The injured included a police
 * officer": the hurt as people, named by "the", are no act. */
static int hurt_as_noun(const sent *s, const match *tm)
{
    EV_WORDS(after, "to", "in", "at", "from", "were", "was", "are", "is", "included", "include",
             "includes", "and", "who", "had", "have", "received", "remain", "remained", "with",
             "on", "by", "as", "into", "after");
    if (tm->e != tm->b + 1 || tm->b <= s->b ||
        !ev_tok_among(s, tm->b, "wounded", "injured", "dead") ||
        !ev_tok_is(s, tm->b - 1, "the"))
        return 0;
    return tm->e >= s->e || ev_is_punct(s, tm->e) || ev_tok_in(s, tm->e, after);
}

/* "was later airlifted to John Peter Smith Hospital", "were evacuated to
 * a clinic": the hurt carried to care, no aid given by anyone to anyone. */
static int taken_to_care(const sent *s, const match *tm)
{
    EV_WORDS(care, "hospital", "hospitals", "clinic", "clinics", "infirmary");
    /* ("was treated at the scene for a graze wound", "the water gets
     * treated": care given to the hurt, or no aid at all) */
    if (ge_str_is(tm->x->type, "AID") && ev_tok_norm_starts(s, tm->b, "treat") &&
        ev_passive(s, tm->b, tm->x))
        return 1;
    if (!ge_str_is(tm->x->type, "AID") || !ev_tok_is(s, tm->e, "to"))
        return 0;
    for (uint32_t k = tm->e + 1; k < s->e && k <= tm->e + 7; k++) {
        if (ev_tok_in(s, k, care) || (ev_tok_is(s, k, "medical") && ev_tok_among(s, k + 1,
                                                     "center", "centre",
                                                     "facility")))
            return 1;
        if (ev_is_punct(s, k) || ev_tok_among(s, k, "and", "where", "which",
                                                    "who"))
            return 0;
    }
    return 0;
}

/* "the idea is to help people navigate", "how to fund the expansion", "an
 * effective way to treat crypto": help as a means or a purpose in
 * general, given by no one in particular (acts of conflict so told are
 * still reported: "instructions on how to burn cities") */
static int act_as_means(const sent *s, const match *tm)
{
    EV_WORDS(means, "how", "way", "ways", "means", "meant", "designed", "intended");
    EV_WORDS(aims, "idea", "aim", "goal", "purpose", "mission", "point");
    int q = ge_plover_quad(tm->x->type);
    if ((q != 1 && q != 2) || tm->b < s->b + 2 || !ev_tok_is(s, tm->b - 1, "to"))
        return 0;
    if (ev_tok_in(s, tm->b - 2, means))
        return 1;
    return tm->b >= s->b + 4 && ev_tok_among(s, tm->b - 2, "is", "was") &&
           ev_tok_in(s, tm->b - 3, aims);
}

/* "ceasefire talks", "truce negotiations", "aid demands": a noun of
 * cooperation that names what the next noun, a meeting, a deal or a call,
 * is about; the next one is the act. */
static int modifies_next_act(const sent *s, const match *tm)
{
    if (tm->e >= s->e || !ev_is_word(s, tm->e) || ev_tok_norm_ends(s, tm->b, "s"))
        return 0;
    const match *n = ev_match_at(s, LX_TRIGGER, tm->e);
    int q = ge_plover_quad(tm->x->type);
    return n && n->b == tm->e && (q == 1 || q == 2) && ev_tok_norm_ends(s, tm->e, "s") &&
           (ge_str_is(n->x->type, "CONSULT") || ge_str_is(n->x->type, "AGREE") ||
            ge_str_is(n->x->type, "REQUEST")) &&
           ev_noun_use(s, tm) && ev_noun_use(s, n);
}

/* The tests below, each a sense in which a trigger word names no event
 * where it stands. */

static int anonymous_request(const sent *s, const match *tm)
{
    return ge_str_is(tm->x->type, "REQUEST") && anonymous_source(s, tm); /* "asking not to be named" */
}

static int in_a_date(const sent *s, const match *tm)
{
    return ev_in_date(s, tm->b); /* "March 25" */
}

/* "What a terrible act it is to injure and kill so many people": an act
 * as a notion in a judgement ("it is to", "it was to"), not one done */
static int act_judged(const sent *s, const match *tm)
{
    uint32_t b = tm->b; /* (and the verb after "and": "to injure and kill") */
    if (b >= s->b + 5 && ev_tok_among(s, b - 1, "and", "or") &&
        ev_is_trigger_tok(s, b - 2))
        b -= 2;
    return b >= s->b + 3 && ev_tok_is(s, b - 1, "to") &&
           ev_tok_among(s, b - 2, "is", "was") && ev_tok_is(s, b - 3, "it");
}

/* "people had a right to protest but not to destroy property": what one
 * may do, no act done */
static int right_to(const sent *s, const match *tm)
{
    if (tm->b < s->b + 2 || !ev_tok_is(s, tm->b - 1, "to"))
        return 0;
    if (ev_tok_among(s, tm->b - 2, "right", "rights", "freedom"))
        return 1;
    /* ("... but not to destroy"): the right's second object */
    if (!ev_tok_is(s, tm->b - 2, "not"))
        return 0;
    for (uint32_t j = tm->b - 2; j > s->b + 1 && tm->b - j < 10; j--)
        if (ev_tok_is(s, j - 1, "to") && ev_tok_among(s, j - 2, "right",
                                                                "freedom"))
            return 1;
    return 0;
}

/* "asked why he did not", "when asked whether": a question, no request */
static int question_asked(const sent *s, const match *tm)
{
    return ev_tok_is(s, tm->b, "asked") && tm->e < s->e &&
           ev_tok_among(s, tm->e, "why", "whether", "if", "what", "how", "when",
                                  "where", "who", "about");
}

/* "had not seen such damage": no act in particular */
static int no_act_in_particular(const sent *s, const match *tm)
{
    return tm->b > s->b && ev_tok_among(s, tm->b - 1, "such", "any");
}

static int in_a_place_name(const sent *s, const match *tm)
{
    return ev_mention_at(s, tm->b) >= 0;
}



/* "Serbian riot police fired tear gas": forces a noun names as the subject
 * of an act of their own are its actor, no deployment of their own */
static int forces_acting(const sent *s, const match *tm)
{
    if (strcmp(tm->x->type, "MOBILIZE") || (tm->x->flags & LXF_VERB))
        return 0;
    uint32_t k = tm->e;
    if (k < s->e && ev_tok_among(s, k, "then", "later", "also", "on"))
        return 0; /* (not "riot police on Monday ..."; nor "then deployed") */
    return k < s->e && ev_is_trigger_tok(s, k) && ev_tok_norm_ends(s, k, "ed");
}


/* "demonstrated the effectiveness of": an intransitive act's word with an
 * object is another sense */
static int intransitive_with_object(const sent *s, const match *tm)
{
    return (tm->x->flags & LXF_INTR) && (tm->x->flags & LXF_VERB) && tm->e < s->e &&
           !ev_passive(s, tm->b, tm->x) && !ev_noun_use(s, tm) &&
           ev_tok_among(s, tm->e, "the", "a", "an", "this", "these", "those",
                                  "that", "how", "what", "itself", "themselves",
                                  "himself", "herself");
}

/* "the marchers then dispersed peacefully": a transitive act's word with no
 * object acted on no one */
static int transitive_without_object(const sent *s, const match *tm)
{
    return (tm->x->flags & LXF_TRANS) && (tm->x->flags & LXF_VERB) &&
           !ev_passive(s, tm->b, tm->x) && !ev_noun_use(s, tm) &&
           !gerund_after_preposition(s, tm) && !ev_has_object(s, tm->e);
}

/* Is the participle an adjective ("the alleged offense", "an accused
 * killer", "the accused was")? It follows a determiner, "of" or a
 * possessive, and a word other than a preposition, pronoun or article
 * comes after it. */
static int attributive(const sent *s, const match *tm)
{
    EV_WORDS(before, "the", "a", "an", "of", "his", "her", "their", "its", "this", "these", "those",
             "for", "and", "or", "over", "about", "against", "into");
    EV_WORDS(after, "that", "to", "the", "a", "an", "of", "in", "on", "at", "by", "with", "for",
             "from", "him", "her", "them", "it", "he", "she", "they", "his", "their", "its", "as",
             "and", "or", "him", "me", "us");
    if (tm->b == s->b || !ev_tok_in(s, tm->b - 1, before))
        return 0;
    /* ("denied it and accused Israel": a verb before a name) */
    if (tm->e < s->e && ev_tok_among(s, tm->b - 1, "and", "or") &&
        (s->t->tokens[tm->e].flags & GE_TOK_CAP))
        return 0;
    /* (or before people and what they did: "denied involvement and accused
     * government-allied militias of carrying out the attack") */
    if (tm->e < s->e && ev_tok_among(s, tm->b - 1, "and", "or")) {
        int people = 0;
        for (uint32_t k = tm->e; k < s->e && k < tm->e + 6 && ev_is_word(s, k); k++) {
            people |= ev_match_at(s, LX_AGENT, k) != NULL;
            if (people && ev_tok_is(s, k, "of"))
                return 0;
        }
    }
    return tm->e >= s->e || !ev_is_word(s, tm->e) || !ev_tok_in(s, tm->e, after);
}

/* "date of alleged offense", "the accused man": an adjective */
static int predicate_adjective(const sent *s, const match *tm)
{
    return (tm->x->flags & LXF_PRED) && attributive(s, tm);
}

/* "gathered 4,225 votes", "beaten out Melvin for the seat", "won two seats
 * beating John M.", "beat Chelsea 3-1": a contest's result, no blow */
static int contest_result(const sent *s, const match *tm)
{
    EV_WORDS(contest, "votes", "vote", "seats", "seat", "goals", "races");
    /* "beat Sri Lanka by six wickets", "won by 20 runs" */
    for (uint32_t k = tm->e; k + 2 < s->e && k < tm->e + 5; k++)
        if (ev_tok_is(s, k, "by") && ev_tok_among(s, k + 2, "wickets", "runs", "points", "goals"))
            return 1;
    for (uint32_t k = tm->b; k > s->b && tm->b - k < 4; k--)
        if (ev_tok_among(s, k - 1, "seats", "votes"))
            return 1; /* "won the two seats beating John M." */
    for (uint32_t k = tm->e; k < s->e && k < tm->e + 7; k++) {
        /* (not a wrong done to one: "accused the party of vote rigging") */
        if (ev_tok_in(s, k, contest) &&
            !(k + 1 < s->e && (ev_tok_norm_ends(s, k + 1, "ing") ||
                               ev_tok_among(s, k + 1, "fraud", "tampering", "manipulation",
                                            "irregularities", "theft"))))
            return 1; /* "gathered about 58 percent of the vote" */
        if (k + 1 < s->e && (s->t->tokens[k].flags & GE_TOK_NUMBER) &&
            (s->t->tokens[k + 1].flags & GE_TOK_NUMBER) &&
            (s->t->tokens[k + 1].flags & GE_TOK_HYPHEN_BEFORE))
            return 1; /* a score */
    }
    return tm->e < s->e && ev_tok_is(s, tm->e, "out") &&
           ev_tok_among(s, tm->b, "beat", "beats", "beating", "beaten");
}

/* "a press release", "an undated photo released by the police" */
static int released_thing(const sent *s, const match *tm)
{
    if (tm->b > s->b && ev_tok_among(s, tm->b, "release", "releases") &&
        ev_tok_among(s, tm->b - 1, "press", "news"))
        return 1;
    EV_WORDS(documents, "photo", "photos", "image", "images", "video", "videos", "statement",
             "report", "figures", "data", "audit", "study", "survey", "findings", "documents",
             "footage", "list", "results", "names", "details", "recording", "recordings",
             "transcript", "records", "audio", "album", "film", "guidance", "pictures");
    /* "Police release body camera video", "released the names of the
     * victims": what is released is a thing, not people */
    if (ev_tok_among(s, tm->b, "release", "releases", "released", "releasing")) {
        for (uint32_t k = tm->e; k < s->e && k < tm->e + 4 && ev_is_word(s, k) &&
                                 !ev_tok_in(s, k, ev_np_stops);
             k++)
            if (ev_tok_in(s, k, documents))
                return 1;
    }
    if (!ev_tok_is(s, tm->b, "released") || tm->b == s->b)
        return 0;
    /* (or after a comma: "The audit, released last week, said") */
    uint32_t k = tm->b >= s->b + 2 && ev_tok_is(s, tm->b - 1, ",") ? tm->b - 2 : tm->b - 1;
    return ev_tok_in(s, k, documents);
}

/* "to demand the officer's firing": someone's firing with no aim after it
 * is a dismissal ("the army's firing on protesters" is a blow) */
static int dismissal(const sent *s, const match *tm)
{
    return tm->b >= s->b + 2 && ev_tok_is(s, tm->b, "firing") && ev_possessive_token(s, tm->b - 1) &&
           !(tm->e < s->e && ev_tok_among(s, tm->e, "on", "at", "into", "of", "upon", "towards"));
}

/* part of a compound: "free-trade", "US-led" */
static int in_compound(const sent *s, const match *tm)
{
    return (s->t->tokens[tm->b].flags & GE_TOK_HYPHEN_BEFORE) ||
           (tm->e < s->e && (s->t->tokens[tm->e].flags & GE_TOK_HYPHEN_BEFORE));
}

/* "demonstrations entered a third week", "the strike entered its second
 * day": a verb whose object is the next of a count of days moves nothing
 * ("detonated an hour later", "captured nine days earlier" did) */
static int spans_a_time(const sent *s, const match *tm)
{
    EV_WORDS(spans, "day", "week", "month", "year", "phase", "stage", "round");
    EV_WORDS(ordinals, "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
             "ninth", "tenth", "next", "final", "new");
    if (!(tm->x->flags & LXF_VERB) || ev_noun_use(s, tm))
        return 0;
    uint32_t j = tm->e, ordinal = 0;
    while (j < s->e && j < tm->e + 3 && (ev_tok_in(s, j, ev_determiners) || ev_tok_in(s, j, ordinals)))
        ordinal |= ev_tok_in(s, j++, ordinals);
    return ordinal && ev_tok_in(s, j, spans) && !(s->t->tokens[j].flags & GE_TOK_HYPHEN_BEFORE) &&
           !ev_tok_among(s, j + 1, "of", "later", "earlier", "ago", "after",
                                   "before");
}

/* "supporters took to the streets of Dakar to celebrate": a crowd's joy
 * is no protest */
static int celebrating(const sent *s, const match *tm)
{
    if (strcmp(tm->x->type, "PROTEST"))
        return 0;
    for (uint32_t j = tm->e; j < s->e && j < tm->e + 8; j++)
        if (ev_tok_among(s, j, "celebrate", "celebrating", "celebration",
                               "celebrations"))
            return 1;
    return 0;
}

/* "Classes ... were suspended", "canceled flights ahead of the storm": to
 * call off a people's ordinary activities is no sanction on anyone (a
 * suspension of talks, aid or ties still is). */
static int activity_called_off(const sent *s, const match *tm)
{
    EV_WORDS(off, "suspend", "suspends", "suspended", "suspending", "cancel", "cancels",
             "canceled", "cancelled", "canceling", "cancelling", "postpone", "postponed",
             "postpones", "postponing");
    EV_WORDS(activities, "class", "classes", "school", "schools", "flight", "flights", "train",
             "trains", "services", "service", "work", "exams", "examinations", "games", "game",
             "match", "matches", "concert", "concerts", "festivities", "celebrations", "ferry",
             "ferries", "trading", "traffic", "races", "race", "season", "tournament", "sailing",
             "sailings", "departures", "performances");
    if (strcmp(tm->x->type, "SANCTION") || !ev_tok_in(s, tm->b, off))
        return 0;
    if (ev_passive(s, tm->b, tm->x)) {
        /* the subject's words before the auxiliary: "Classes and government
         * work in the capital were suspended" */
        for (uint32_t j = tm->b > s->b + 12 ? tm->b - 12 : s->b; j < tm->b; j++)
            if (ev_tok_in(s, j, activities))
                return 1;
        return 0;
    }
    for (uint32_t j = tm->e; j < s->e && j < tm->e + 5; j++) {
        if (ev_tok_in(s, j, activities))
            return 1;
        if (ev_tok_in(s, j, ev_np_stops) && !ev_tok_is(s, j, "and"))
            break;
    }
    return 0;
}

/* Every sense in which a trigger word names no event where it stands; the
 * order is the cost, cheap and common first. */
static int (*const not_here[])(const sent *, const match *) = {
    hurt_as_adjective,    /* "evacuate wounded soldiers" */
    hurt_as_noun,         /* "flew the injured to hospitals" */
    taken_to_care,        /* "was later airlifted to a hospital" */
    act_as_means,         /* "the idea is to help people navigate" */
    shot_down_nothing,    /* "began shooting down the hallway" */
    gathered_for_other,   /* "had gathered for a posada" */
    sanction_target,      /* "sanctions ..., targeting 200 companies" */
    modifies_next_act,    /* "ceasefire talks" */
    ev_other_sense,       /* lexicon/senses.txt */
    received_thing,       /* "received a tip from a private citizen" */
    offered_sympathy,     /* "offers its condolences" */
    ev_habitual,          /* "as rival cartels fight over fuel theft" */
    ev_apposition_act,    /* "the Arakan Army, an ethnic armed group fighting ..." */
    statistic,            /* "the state with the most murders" */
    commonplace,          /* "Kidnappings have become common" */
    ev_years_long,        /* "has been fighting for more than a decade" */
    ev_done_before,       /* "Ankara has previously struck targets" */
    met_a_standard,       /* "had not met security requirements" */
    judged_among,         /* "It was the deadliest attack this year" */
    latest_of_series,     /* "the latest in a series of gang offensives" */
    trend_of,             /* "a surge in killings" */
    ev_warned_of_things,  /* "warned that the blockades could cost" */
    no_one,               /* "no one was injured" */
    anonymous_request,    /* "asking not to be named" */
    in_name,              /* part of a name */
    in_a_date,            /* "March 25" */
    question_asked,       /* "when asked whether" */
    act_judged,           /* "what a terrible act it is to injure" */
    right_to,             /* "a right to protest but not to destroy property" */
    ev_content_asked,     /* "called on both sides to agree to a ceasefire" */
    ev_banned_act,        /* "a ban on entering Israeli ports" */
    no_act_in_particular, /* "such damage" */
    in_a_place_name,
    ev_charge_content,    /* "booked on a charge of felonious assault" (event_charges.c) */
    ev_ground_of_arrest,  /* "arrested 14 people on charges of arson" */
    ev_weapon_found,      /* "troops recovered a homemade bomb" */
    ev_verb_form_as_noun, /* "US targets", "the funds" */
    ev_names_people,      /* "rescue workers said" */
    ev_the_hurt,          /* "could not reach the wounded" */
    forces_acting,        /* "riot police fired tear gas" */
    ev_modifies_noun,     /* "attack helicopters" */
    ev_participle_adjective, /* "the burning yacht", "with burning tyres" */
    intransitive_with_object,  /* "demonstrated the effectiveness of" */
    transitive_without_object, /* "the marchers then dispersed peacefully" */
    predicate_adjective,  /* "the accused man" */
    contest_result,       /* "gathered 4,225 votes" */
    released_thing,       /* "a press release" */
    dismissal,            /* "demand the officer's firing" */
    in_compound,          /* "free-trade" */
    spans_a_time,         /* "entered a third week" */
    celebrating,          /* "took to the streets to celebrate" */
    activity_called_off,  /* "classes were suspended" */
    ev_call_out,          /* "officers were dispatched to the store" (event_kind.c) */
};

int ev_not_an_event_here(const sent *s, const match *tm)
{
    for (size_t i = 0; i < sizeof not_here / sizeof *not_here; i++)
        if (not_here[i](s, tm))
            return 1;
    return 0;
}
