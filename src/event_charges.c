/*
 * event_charges.c -- the words of arrests, charges and finds that name no
 * act of their own: the crime a charge names ("a charge of felonious
 * assault"), the ground of an arrest ("arrested 14 people on charges of
 * vandalism", "three men accused of looting"), a weapon found ("recovered
 * a homemade bomb"). Senses asked by ev_not_an_event_here (event_sense.c).
 */
#include "events_internal.h"

/* "a charge of felonious assault", "charged with murder", "on suspicion of
 * robbery": a noun that names the crime of a charge is the charge's
 * content, not another act (the act is reported where it happened). */
int ev_charge_content(const sent *s, const match *tm)
{
    EV_WORDS(charge, "charge", "charges", "count", "counts", "charged", "accused", "accusing",
             "accuses", "accuse", "suspected", "suspicion", "convicted", "guilty", "indicted", "arrested", "arrest", "arrests", "sentenced",
             "jailed", "fined", "cited", "sentence", "sentences", "imprisoned");
    uint32_t j = tm->b;
    /* (not past "and": "accused Somaliland of aggression and called on
     * the African Union" is a call of its own) */
    for (int n = 0; n < 2 && j > s->b && ev_is_word(s, j - 1) &&
                    !ev_tok_among(s, j - 1, "of", "with", "for", "and", "or") &&
                    !ev_is_trigger_tok(s, j - 1);
         n++)
        j--; /* "first-degree", "felonious", "aggravated" */
    /* (past a quotation's mark: "accused the police of 'abandoning the
     * city'") */
    if (j > s->b + 2 && ev_tok_among(s, j - 1, "'", "\"", "\xE2\x80\x98", "\xE2\x80\x9C"))
        j--;
    uint32_t c = tm->b;
    while (c > s->b && tm->b - c < 3 && ev_is_word(s, c - 1) && !ev_tok_is(s, c - 1, "and") &&
           !ev_tok_is(s, c - 1, "or"))
        c--;
    if (c > s->b + 2 &&
        (ev_tok_is(s, c - 1, "and") || ev_tok_is(s, c - 1, "or") || ev_tok_is(s, c - 1, ",") ||
         ev_tok_is(s, c - 1, "/")) &&
        (tm->x->form == FORM_ING || ev_noun_use(s, tm) ||
         (tm->x->form == FORM_BASE &&
          (!ev_tok_is(s, c - 1, ",") || ev_tok_among(s, tm->e, "and", "or")) &&
          (tm->e >= s->e || ev_is_punct(s, tm->e) ||
           ev_tok_among(s, tm->e, "and", "or", "charges", "charge", "counts"))))) {
        /* (a noun, or a bare word that ends the list: "and attempted
         * murder."; not "and then attacked", ", bomb a wharf") */
        /* a later item of the list: "on charges of aggravated assault with
         * a deadly weapon and resisting arrest", "of first-degree murder,
         * forcible sodomy, robbery", "evading arrest/detention" */
        for (uint32_t k = c - 1; k > s->b + 1 && c - k <= 14; k--) {
            if (ev_is_punct(s, k - 1) && !ev_tok_is(s, k - 1, ","))
                break;
            if ((ev_tok_is(s, k - 1, "of") || ev_tok_is(s, k - 1, "with")) &&
                ev_tok_in(s, k - 2, charge))
                return 1;
        }
    }
    if (j < s->b + 2 || !(ev_tok_is(s, j - 1, "of") || ev_tok_is(s, j - 1, "with") ||
                          ev_tok_is(s, j - 1, "for")))
        return 0;
    /* "charged him with", "charged the driver with" */
    for (uint32_t k = j - 1; k-- > s->b && j - 1 - k <= 3;) {
        if (!ev_is_word(s, k))
            return 0;
        if (ev_tok_in(s, k, charge))
            return 1;
    }
    return 0;
}

/* "arrested 14 people on charges of vandalism", "were arrested on drug and
 * other charges", "detained on suspicion of", "arrested three men accused
 * of looting": the charge is the arrest's ground, told with it, not an
 * accusation of its own. */
int ev_ground_of_arrest(const sent *s, const match *tm)
{
    EV_WORDS(grounds, "charge", "charges", "suspicion", "allegations");
    EV_WORDS(held_as, "accused", "suspected");
    if (strcmp(tm->x->type, "ACCUSE"))
        return 0;
    /* (the people taken, then the participle: "arrested three men accused
     * of", not "arrested them, and accused") */
    if (ev_tok_in(s, tm->b, held_as) && ev_tok_is(s, tm->e, "of")) {
        for (uint32_t j = tm->b; j > s->b && tm->b - j < 7; j--) {
            if (ev_is_punct(s, j - 1) || ev_tok_among(s, j - 1, "and", "who"))
                return 0;
            const match *x = ev_match_ending(s, LX_TRIGGER, j - 1);
            if (x && (ge_str_is(x->x->type, "COERCE") || ge_str_is(x->x->type, "ACCUSE")) &&
                x->e < tm->b)
                return 1;
        }
        return 0;
    }
    if (!ev_tok_in(s, tm->e - 1, grounds))
        return 0;
    uint32_t j = tm->b;
    while (j > s->b && tm->b - j < 5 && !ev_tok_is(s, j - 1, "on") && !ev_is_punct(s, j - 1))
        j--;
    if (j == s->b || !ev_tok_is(s, j - 1, "on"))
        return 0;
    for (size_t k = 0; k < s->mt.n; k++) {
        const match *x = &s->mt.v[k];
        if (x->x->kind == LX_TRIGGER && ge_str_is(x->x->type, "COERCE") && x->e < j &&
            j - x->e <= 8)
            return 1;
    }
    return 0;
}

/* "recovered four rifles and a homemade bomb", "defused a bomb", "found
 * explosives": a weapon found or seized is no attack. */
int ev_weapon_found(const sent *s, const match *tm)
{
    EV_WORDS(weapons, "bomb", "bombs", "explosive", "explosives", "grenade", "grenades", "ied",
             "ieds", "mine", "mines", "rocket", "rockets");
    EV_WORDS(finds, "recovered", "recover", "seized", "seize", "found", "find", "defused", "defuse",
             "confiscated", "discovered", "uncovered", "recovering", "seizing", "finding",
             "defusing");
    if (strcmp(tm->x->type, "ASSAULT") || !ev_tok_in(s, tm->e - 1, weapons))
        return 0;
    for (uint32_t j = tm->b; j > s->b && tm->b - j < 7; j--) {
        if (ev_is_punct(s, j - 1) && !ev_tok_is(s, j - 1, ","))
            return 0;
        if (ev_tok_in(s, j - 1, finds))
            return 1;
    }
    return 0;
}
