/*
 * events.c -- event records (PLOVER) from analysed, resolved articles: the
 * candidates of each sentence (a trigger with its actors, report mode,
 * place, date and counts; whether a word is an event where it stands is
 * event_sense.c's, where it happened event_place.c's, the article's place
 * event_article.c's, page furniture event_page.c's); then coreference into
 * one record per event (event_coref.c) and the classifier that keeps a
 * record and gives its confidence (event_model.c).
 */
#include <ctype.h>
#include <math.h>
#include <stdio.h>

#include "events_internal.h"

/* ---------------------------------------------------- one trigger */

/* Does token j start an event noun that can give a verb of occurrence its
 * kind ("clashes", "a curfew"; not "life support", a [senses] phrase)? */
static const match *kind_giver(const sent *s, uint32_t j)
{
    const match *x = ev_match_at(s, LX_TRIGGER, j);
    return x && !(x->x->flags & LXF_INHERIT) && (x->x->flags & LXF_NOUN) && !ev_other_sense(s, x)
               ? x
               : NULL;
}

/* The nearest event noun after a verb ("launched an offensive"), not past
 * a word that opens a time or a cause ("the city took a respite after days
 * of violence"), except for a death, whose cause it is ("died after
 * suffocating on tear gas"). */
static int inherit_after(const sent *s, uint32_t te, lx_entry *out)
{
    EV_WORDS(adjuncts, "after", "before", "since", "following", "despite", "amid", "during",
             "until", "because");
    EV_WORDS(deaths, "die", "died", "dies", "dying");
    int death = te > s->b && ev_tok_in(s, te - 1, deaths);
    for (uint32_t j = te, n = 0; j < s->e && n < 7; j++, n++) {
        if ((ev_is_punct(s, j) && !ev_tok_is(s, j, ",")) || (!death && ev_tok_in(s, j, adjuncts)))
            break;
        const match *x = kind_giver(s, j);
        if (x) {
            *out = *x->x;
            return 1;
        }
        if (j > te && ev_tok_is(s, j - 1, ",") &&
            ev_tok_in(s, j, (const char *const[]){"has", "have", "had", "is", "are", "was", "were",
                                                "will", "would", NULL}))
            return 0; /* another clause's verb first ("began ruling by decree, has
                         rejected accusations") */
    }
    return 0;
}

/* The event noun heading the direct object of a verb ending at te: only
 * determiners, numbers and modifiers between ("imposed a nationwide
 * curfew"; "began with a silence" has none). */
static int object_noun(const sent *s, uint32_t te, lx_entry *out)
{
    EV_WORDS(preps, "with", "of", "for", "about", "over", "against", "up", "out", "off", "under",
             "through", "that", "which", "who");
    if (!ev_has_object(s, te))
        return 0;
    for (uint32_t j = te; j < s->e && j < te + 5; j++) {
        uint32_t num_end;
        if (j > te && (ev_number_at(s, j, &num_end) >= 0 ||
                       (s->t->tokens[j].flags & GE_TOK_HYPHEN_BEFORE)))
            continue; /* "imposed a 24-hour curfew" */
        if (!ev_has_object(s, j) || ev_tok_in(s, j, preps))
            return 0; /* ("conducted themselves during the violence") */
        const match *x = kind_giver(s, j);
        if (x) {
            *out = *x->x;
            return 1;
        }
        if (ev_match_at(s, LX_TRIGGER, j))
            return 0; /* another act's word first */
    }
    return 0;
}

static int inherit_type(const sent *s, uint32_t tb, uint32_t te, lx_entry *out)
{
    /* a verb with an object is of its object's kind ("the government
     * imposed a curfew" after "fired at protesters", "began a hunger
     * strike") */
    if (object_noun(s, te, out))
        return 1;
    /* "the attack occurred", "clashes erupted": the nearest event noun
     * before the verb in the clause; "launched an offensive": after it */
    for (uint32_t j = tb, n = 0; j > s->b && n < 16; j--, n++) {
        if (ev_tok_is(s, j - 1, ";") || ev_tok_is(s, j - 1, ":"))
            break;
        const match *x = kind_giver(s, j - 1);
        if (x) {
            *out = *x->x;
            return 1;
        }
    }
    return inherit_after(s, te, out);
}


/* A cause of harm that is no one's act ("floods", "the earthquake",
 * "cholera") among tokens [b, e)? */
static int modifier_in(const sent *s, uint32_t b, uint32_t e, int cls)
{
    for (uint32_t j = b; j < e && j < s->e; j++) {
        const match *x = ev_match_at(s, LX_MODIFIER, j);
        if (x && x->x->cls == cls)
            return 1;
    }
    return 0;
}

/* "a fire destroyed a mobile home", "the blaze killed three": a fire as
 * the subject is no one's act; gunfire and artillery fire are ("artillery
 * fire killed 3", "police fire"). */
static int fire_subject(const sent *s, uint32_t b, uint32_t e)
{
    EV_WORDS(fires, "fire", "fires", "blaze", "blazes", "flames", "inferno");
    EV_WORDS(arms, "artillery", "gun", "rocket", "mortar", "tank", "sniper", "machine", "cross",
             "enemy", "friendly", "weapons", "small", "arms", "heavy", "automatic", "live");
    if (b >= e || !ev_tok_in(s, e - 1, fires))
        return 0;
    for (uint32_t j = b; j + 1 < e; j++)
        if (ev_tok_in(s, j, arms) || ev_match_at(s, LX_AGENT, j))
            return 0;
    return 1;
}

/* "Dozens of houses were destroyed in a fire that followed": a passive
 * harm whose cause is a fire no one is said to have set. */
static int lost_in_fire(const sent *s, uint32_t k)
{
    EV_WORDS(fires, "fire", "fires", "blaze", "blazes", "flames", "inferno");
    if (!ev_tok_is(s, k, "in"))
        return 0;
    uint32_t j = k + 1;
    while (j < s->e && j < k + 3 && ev_tok_in(s, j, (const char *const[]){"a", "the", "an", "huge",
                                                                         "massive", "large", NULL}))
        j++;
    if (!ev_tok_in(s, j, fires))
        return 0;
    for (uint32_t q = j + 1; q < s->e && q < j + 5; q++)
        if (ev_tok_in(s, q, (const char *const[]){"set", "started", "lit", "by", NULL}))
            return 0; /* ("in a fire set by militants") */
    return 1;
}

static int natural_cause(const sent *s, uint32_t b, uint32_t e)
{
    return modifier_in(s, b, e, MOD_NATURAL);
}


/* Is mention k followed by ", where" ("brought back to Uganda, where he
 * was charged"): the relative clause's act is there. */
static int where_after(const sent *s, int k)
{
    uint32_t e = s->m->v[k].tok_end;
    return e + 1 < s->e && ev_tok_is(s, e, ",") && ev_tok_is(s, e + 1, "where");
}

/* "near", "outside" or "close to" right before token k (through "the"):
 * the place stands for the area around it. */
static int near_word_before(const sent *s, uint32_t k)
{
    if (k > s->b && ev_tok_is(s, k - 1, "the"))
        k--;
    if (k <= s->b)
        return 0;
    return ev_tok_in(s, k - 1, (const char *const[]){"near", "outside", "nearby", NULL}) ||
           (k >= s->b + 2 && ev_tok_is(s, k - 1, "to") && ev_tok_is(s, k - 2, "close"));
}

/* A place right after token k (through "the" and a few modifiers): a
 * mention, or a noun for one ("the town", "the northern city of"). */
static int leaves_place(const sent *s, uint32_t k)
{
    EV_WORDS(nouns, "town", "city", "village", "area", "region", "district", "province", "base",
             "country", "territory", "border", "strip", "camp", "enclave");
    for (uint32_t j = k; j < s->e && j < k + 4; j++) {
        int mi = ev_mention_at(s, j);
        if (mi >= 0) {
            /* not "the Paris climate agreement", "the Iran nuclear deal" */
            uint32_t e = s->m->v[mi].tok_end;
            return e >= s->e || !ev_is_word(s, e) || ev_tok_in(s, e, ev_np_stops) ||
                   ev_tok_in(s, e, nouns);
        }
        if (ev_tok_in(s, j, nouns))
            return 1;
        if (!ev_is_word(s, j) || ev_is_trigger_tok(s, j))
            return 0;
    }
    return 0;
}

/* Is the object after token k a place ("seized the town of Sake",
 * "seize key town", "seized Goma"), not a thing in one ("seized drugs in
 * Lagos")? */
static int object_is_place(const sent *s, uint32_t k)
{
    EV_WORDS(nouns, "town", "towns", "city", "cities", "village", "villages", "area", "region",
             "district", "province", "base", "bases", "territory", "airport", "port", "border",
             "crossing", "camp", "positions", "capital", "hill", "hills", "stronghold",
             "strongholds");
    /* "seized most of Rakhine", "retaken control of the town" */
    if (k + 2 < s->e && ev_tok_is(s, k + 1, "of") &&
        ev_tok_in(s, k, (const char *const[]){"most", "much", "all", "parts", "part", "swathes",
                                             "control", "areas", NULL}))
        k += 2;
    else if (k + 3 < s->e && ev_tok_is(s, k + 2, "of") && ev_tok_in(s, k, ev_determiners) &&
             ev_tok_in(s, k + 1, (const char *const[]){"rest", "control", "bulk", NULL}))
        k += 3;
    uint32_t j = ev_skip_modifiers(s, k, 3);
    if (j >= s->e)
        return 0;
    int mi = ev_mention_at(s, j);
    if (mi >= 0) {
        uint32_t e = s->m->v[mi].tok_end; /* (not "the Goma airport's fuel") */
        return e >= s->e || !ev_is_word(s, e) || ev_tok_in(s, e, ev_np_stops) ||
               ev_tok_in(s, e, nouns);
    }
    return ev_tok_in(s, j, nouns);
}

/* "The attackers arrived on motorbikes ... before withdrawing", "the
 * suspect fled": people named for an act come and go as part of it, which
 * is no visit and no retreat. The subject, or the clause's opening words. */
static int perpetrators_move(const sent *s, const lx_entry *x, uint32_t ab, uint32_t ae)
{
    EV_WORDS(doers, "attackers", "attacker", "gunmen", "gunman", "assailants", "assailant",
             "raiders", "robbers", "robber", "bomber", "bombers", "suspect", "suspects",
             "kidnappers", "looters");
    if (strcmp(x->type, "CONSULT") && strcmp(x->type, "RETREAT"))
        return 0;
    if (ab < ae && ev_tok_in(s, ae - 1, doers))
        return 1;
    for (uint32_t k = s->b; k < s->e && k < s->b + 4; k++)
        if (ev_tok_in(s, k, doers))
            return 1;
    return 0;
}

/* "At least 12 people were killed and 40 injured in landslides", "died in
 * a crash": harm in a disaster, told after the verb, is no one's act. */
static int killed_in_disaster(const sent *s, uint32_t te)
{
    uint32_t num_end;
    for (uint32_t k = te; k < s->e && k < te + 6; k++) {
        if (ev_tok_is(s, k, "in")) {
            uint32_t j = k + 1; /* the cause right after "in" ("in Darfur as famine
                                   spreads" is a place) */
            if (j < s->e && ev_tok_in(s, j, (const char *const[]){"a", "an", "the", NULL}))
                j++;
            return j < s->e && ev_mention_at(s, j) < 0 && natural_cause(s, j, j + 2);
        }
        if (!(ev_tok_in(s, k, (const char *const[]){"and", "injured", "wounded", "hurt", "others",
                                                   "people", NULL}) ||
              ev_number_at(s, k, &num_end) >= 0))
            return 0;
    }
    return 0;
}

/* Does the object after token k start with a name ("enter Al-Salamiyah",
 * "entering the Syrian conflict")? */
static int object_is_name(const sent *s, uint32_t k)
{
    uint32_t j = ev_skip_modifiers(s, k, 3);
    return j < s->e && (s->t->tokens[j].flags & GE_TOK_CAP) && !s->title_case;
}

/* "took the town", "have taken the key stronghold of X": a force that
 * takes a place (a subject of its own, not "took place"). */
static int takes_place_by_force(const sent *s, const match *tm)
{
    EV_WORDS(takes, "take", "takes", "took", "taken", "taking", "retake", "retook", "retaken");
    if (tm->e != tm->b + 1 || !ev_tok_in(s, tm->b, takes) || !object_is_place(s, tm->e))
        return 0;
    for (uint32_t j = tm->b; j-- > s->b && tm->b - j <= 6;) {
        const match *a = ev_match_at(s, LX_AGENT, j);
        if (a && (!strcmp(a->x->sector, "MIL") || !strcmp(a->x->sector, "REB") ||
                  !strcmp(a->x->sector, "UAF")))
            return 1;
        if (ev_is_punct(s, j))
            break;
    }
    return 0;
}

/* Is the object after token k someone who visits ("a mission of observers
 * from the OSCE", "a delegation", "his counterpart")? */
static int visitors(const sent *s, uint32_t k)
{
    EV_WORDS(who, "mission", "delegation", "delegations", "visitors", "guests", "envoy", "envoys",
             "counterpart", "counterparts", "team", "leaders", "ministers", "officials");
    for (uint32_t j = k; j < s->e && j < k + 6; j++) {
        if (ev_tok_in(s, j, who) || ev_match_at(s, LX_AGENT, j))
            return 1;
        if (ev_is_punct(s, j))
            return 0;
    }
    return 0;
}

/* Is the object after token k the dead or wounded of an attack ("18
 * bodies", "dozens of wounded")? */
static int harm_received(const sent *s, uint32_t k)
{
    EV_WORDS(harm, "bodies", "corpses", "dead", "wounded", "injured", "casualties", "victims");
    for (uint32_t j = k; j < s->e && j < k + 4; j++) {
        if (ev_tok_in(s, j, harm))
            return 1;
        if (ev_is_punct(s, j))
            return 0;
    }
    return 0;
}

/* Is the object after token k money or goods given ("funds", "$2
 * million in aid", "a grant")? */
static int money_object(const sent *s, uint32_t k)
{
    EV_WORDS(money, "funds", "funding", "money", "aid", "assistance", "grant", "grants", "donation",
             "donations", "supplies", "loan", "loans", "payment", "payments", "weapons", "arms",
             "fraction", "million", "billion", "$");
    for (uint32_t j = k; j < s->e && j < k + 6; j++) {
        if (ev_tok_in(s, j, money))
            return 1;
        if (ev_is_punct(s, j) && !ev_tok_is(s, j, "$"))
            return 0;
    }
    return 0;
}

static int armed_sector(const char *sector)
{
    return !strcmp(sector, "MIL") || !strcmp(sector, "REB") || !strcmp(sector, "UAF") ||
           !strcmp(sector, "COP");
}

static int code_trigger(const sent *s, const doc_ctx *dc, const match *tm, ge_events *out)
{
    lx_entry x = *tm->x;
    /* people held are detained, whatever event noun follows ("twenty
     * people were held for rioting") */
    if ((x.flags & LXF_INHERIT) &&
        (ev_held_in_custody(s, tm, 1) || !inherit_type(s, tm->b, tm->e, &x))) {
        if (takes_place_by_force(s, tm)) {
            /* "Taliban troops took the key opposition stronghold of
             * Mazar-e-Sharif": a place taken is captured */
            ge_copy(x.type, sizeof x.type, "ASSAULT");
            x.mode[0] = '\0';
            x.flags &= (uint8_t)~LXF_INHERIT;
        } else if (!ev_held_in_custody(s, tm, 0))
            return 0;
        else {
            ge_copy(x.type, sizeof x.type, "COERCE"); /* "where he has been held" */
            ge_copy(x.mode, sizeof x.mode, "arrest");
            x.flags &= (uint8_t)~LXF_INHERIT;
        }
    }
    if (ev_not_an_event_here(s, tm))
        return 0; /* event_sense.c */
    if (dc->sports && (!strcmp(x.type, "ASSAULT") || !strcmp(x.type, "THREATEN")) &&
        !ev_real_harm(s))
        return 0; /* "Salah struck from the penalty spot": play */
    if (GE_PUSH(out->v, out->cap, out->n) < 0)
        return -1;
    ge_event *ev = &out->v[out->n];
    memset(ev, 0, sizeof *ev);
    ev->trigger_start = s->t->tokens[tm->b].start;
    ev->trigger_end = s->t->tokens[tm->e - 1].end;
    ev->sentence = s->idx;
    ge_copy(ev->event_type, sizeof ev->event_type, x.type);
    ge_copy(ev->mode, sizeof ev->mode, x.mode);
    ev->quad_code = ge_plover_quad(x.type);
    /* "withdrew from the town", "withdraw from Gaza": forces leaving a
     * place retreat; one leaves a treaty or talks as a sanction */
    if (!strcmp(x.type, "SANCTION") && !strcmp(x.mode, "withdraw") && leaves_place(s, tm->e)) {
        ge_copy(ev->event_type, sizeof ev->event_type, "RETREAT");
        ev->quad_code = ge_plover_quad("RETREAT");
    }
    /* to seize a town is to take it by force; to seize goods, coercion */
    if (!strcmp(x.type, "COERCE") && !strcmp(x.mode, "seize") && !ev_noun_use(s, tm) &&
        object_is_place(s, tm->e)) {
        ge_copy(ev->event_type, sizeof ev->event_type, "ASSAULT");
        ev->mode[0] = '\0';
        ev->quad_code = ge_plover_quad("ASSAULT");
    }
    if (!strcmp(x.type, "ASSAULT") && ev_fires_someone(s, tm)) {
        ge_copy(ev->event_type, sizeof ev->event_type, "SANCTION"); /* "fired the army chief" */
        ev->mode[0] = '\0';
        ev->quad_code = ge_plover_quad("SANCTION");
    }
    ev->count = ev->fatalities = ev->injured = -1;
    ev->mention = -1;
    ev->place = GE_NONE;
    int noun = ev_noun_use(s, tm);
    int passive = ev_passive(s, tm->b, tm->x); /* asked once: used six times below */

    /* actor and recipient (event_roles.c) */
    uint32_t ab, ae, rb, re;
    ev_role_spans(s, tm, noun, passive, &ab, &ae, &rb, &re);
    /* "a school sheltering displaced Palestinians", "a camp hosting
     * refugees": a participle right after a place's noun tells what the
     * place is for; it gives no aid and holds no meeting */
    if (tm->b > s->b && ev_tok_norm_ends(s, tm->b, "ing") &&
        ev_tok_in(s, tm->b - 1, ev_place_nouns) &&
        (!strcmp(x.type, "AID") || !strcmp(x.type, "SUPPORT") || !strcmp(x.type, "COOPERATE") ||
         !strcmp(x.type, "CONSULT") || !strcmp(x.type, "MOBILIZE")))
        return 0;
    if (perpetrators_move(s, &x, ab, ae)) {
        if (strcmp(x.mode, "release") || noun || passive)
            return 0;
        /* "The attackers freed more than 500 inmates": a prison broken
         * open by force, no release granted */
        ge_copy(ev->event_type, sizeof ev->event_type, "ASSAULT");
        ev->mode[0] = '\0';
        ev->quad_code = ge_plover_quad("ASSAULT");
    }
    /* "..., leaving at least 30 people injured": the people are the ones
     * hurt; the act is the clause's */
    uint32_t lv = ab;
    while (lv > s->b && ab - lv < 3 &&
           ev_tok_in(s, lv - 1, (const char *const[]){"at", "least", "more", "than", "about",
                                                      "some", "nearly", "over", NULL}))
        lv--;
    const match *hurt = ev_match_at(s, LX_MODIFIER, tm->b);
    if (!noun && ab < ae && lv > s->b && ae == tm->b && hurt &&
        (hurt->x->cls == MOD_INJURED || hurt->x->cls == MOD_DEAD) &&
        ev_tok_in(s, lv - 1, (const char *const[]){"leaving", "left", "leave", NULL})) {
        rb = ab;
        re = ae;
        ab = ae = tm->b;
    }
    ev_code_actor(s, ab, ae, &ev->actor);
    if (!noun && !passive)
        ev_subject_before_phrase(s, ab, &ev->actor);
    ev_code_actor(s, rb, re, &ev->recipient);
    /* "several armed men arrived in vehicles": gunmen arriving pay no visit */
    if (!strcmp(ev->event_type, "CONSULT") && !strcmp(ev->mode, "visit") &&
        (!strcmp(ev->actor.sector, "UAF") || !strcmp(ev->actor.sector, "REB") ||
         !strcmp(ev->actor.sector, "CRM")))
        return 0;
    /* "after he receives his degree": one receives visitors (a delegation,
     * the minister, President Ruto); money received is aid ("the state has
     * received funds"); other things are no event (event_sense.c's
     * received_thing has already set aside tips, calls and awards) */
    if (!strcmp(ev->event_type, "CONSULT") && !strcmp(ev->mode, "visit") && !noun && !passive &&
        ev_tok_norm_starts(s, tm->b, "receiv") && !ev->recipient.sector[0] &&
        !ev->recipient.code[0] && !object_is_name(s, tm->e) && !visitors(s, tm->e)) {
        if (harm_received(s, tm->e)) {
            /* "medics had received 18 bodies": the toll of an attack told */
            ge_copy(ev->event_type, sizeof ev->event_type, "ASSAULT");
            ev->mode[0] = '\0';
            ev->quad_code = ge_plover_quad("ASSAULT");
            memset(&ev->actor, 0, sizeof ev->actor);
            memset(&ev->recipient, 0, sizeof ev->recipient);
        } else if (money_object(s, tm->e)) {
            ge_copy(ev->event_type, sizeof ev->event_type, "AID");
            ev->mode[0] = '\0';
            ev->quad_code = ge_plover_quad("AID");
            ev->recipient = ev->actor; /* the one who receives it */
            memset(&ev->actor, 0, sizeof ev->actor);
        } else {
            return 0;
        }
    }
    /* "the bomber tried to enter the court": a weak word of troops'
     * movement needs a force or a state that moves, or a place taken in
     * ("entered the town") */
    if (!strcmp(ev->event_type, "MOBILIZE") && !strcmp(ev->mode, "troops") &&
        (tm->x->flags & LXF_WEAK) && !ev->actor.sector[0] && !ev->actor.code[0] &&
        !armed_sector(ev->recipient.sector) && !object_is_place(s, tm->e) &&
        !object_is_name(s, tm->e))
        return 0;
    /* "Hundreds of troops arrived in Goma", "Kenyan police arrived in
     * Haiti": forces arriving are deployed, they pay no visit */
    if (!strcmp(ev->event_type, "CONSULT") && !strcmp(ev->mode, "visit") &&
        ev_tok_norm_starts(s, tm->b, "arriv") &&
        (!strcmp(ev->actor.sector, "MIL") || !strcmp(ev->actor.sector, "COP"))) {
        ge_copy(ev->event_type, sizeof ev->event_type, "MOBILIZE");
        ge_copy(ev->mode, sizeof ev->mode, !strcmp(ev->actor.sector, "COP") ? "police" : "troops");
        ev->quad_code = ge_plover_quad("MOBILIZE");
    }
    /* "government troops withdrew from several neighborhoods": armed men
     * who withdraw from a place retreat; a state that withdraws from a
     * treaty sanctions */
    if (!strcmp(ev->event_type, "SANCTION") && !strcmp(ev->mode, "withdraw") &&
        (!strcmp(ev->actor.sector, "MIL") || !strcmp(ev->actor.sector, "REB") ||
         !strcmp(ev->actor.sector, "UAF") || !strcmp(ev->actor.sector, "COP") ||
         leaves_place(s, tm->e))) {
        ge_copy(ev->event_type, sizeof ev->event_type, "RETREAT");
        ev->quad_code = ge_plover_quad("RETREAT");
    }
    /* "police raided several homes": a law-enforcement raid is a coercion
     * (PLOVER's COERCE seize); troops' and militants' raids are attacks */
    if (!strcmp(ev->event_type, "ASSAULT") && !strcmp(ev->actor.sector, "COP") &&
        ev_tok_norm_starts(s, tm->b, "raid")) {
        ge_copy(ev->event_type, sizeof ev->event_type, "COERCE");
        ge_copy(ev->mode, sizeof ev->mode, "seize");
        ev->quad_code = ge_plover_quad("COERCE");
    }
    /* ", killing thousands", "and forcing thousands to flee": the
     * participle's subject is the clause's */
    int participle = tm->b > s->b && ev_tok_norm_ends(s, tm->b, "ing") &&
                     (ev_tok_is(s, tm->b - 1, ",") || ev_tok_is(s, tm->b - 1, "and") ||
                      ev_tok_is(s, tm->b - 1, "or"));
    if (natural_cause(s, ab, ae) || fire_subject(s, ab, ae) ||
        (!strcmp(x.type, "THREATEN") && natural_cause(s, tm->e, tm->e + 6)) ||
        /* (the trigger itself too, unless a verb after people: "rebels
         * storm Aleppo" is an assault, "Storm Ciaran killed" none) */
        natural_cause(s, tm->b > s->b + 4 ? tm->b - 4 : s->b,
                      tm->b + (!(tm->x->flags & LXF_NOUN) && ev_match_ending(s, LX_AGENT, tm->b)
                                   ? 0 : 1)) ||
        (participle && natural_cause(s, s->b, tm->b)) ||
        ((ev_tok_is(s, tm->e, "by") || ev_tok_is(s, tm->e, "of") || ev_tok_is(s, tm->e, "from")) &&
         natural_cause(s, tm->e + 1, tm->e + 4)) ||
        killed_in_disaster(s, tm->e) || (passive && lost_in_fire(s, tm->e)))
        return 0; /* "floods destroyed", "killed by cholera", "died of a heart
                     attack", "a cardiac arrest", "an earthquake struck ...,
                     killing": no one acted */

    cues cu;
    ev_report_mode(s, tm->b, noun, ev, &cu);
    cu.passive = !noun && passive;
    ev_recode(s, &cu, ev);
    ev_implicit_actor(ev);

    /* place */
    place_choice pc = ev_choose_place(s, tm->b, tm->e, ev);
    uint32_t name[2] = {0, 0};
    int unknown = (pc.mention >= 0 && ev_unknown_place_first(s, tm->b, tm->e, &s->m->v[pc.mention], name)) ||
                  ((ev->quad_code == 2 || ev->quad_code == 4) && !noun && !passive &&
                   ev_unknown_object(s, tm->e, name)) ||
                  (pc.mention < 0 && ev_unknown_place_after(s, tm->e, name));
    /* the place is a name we cannot map: its container, when the sentence
     * names one ("the village of Yelwata in Guma"), is where it was, at the
     * container's precision */
    int container = unknown ? pc.mention : -1;
    if (unknown)
        pc.mention = -1;
    else if (pc.mention < 0 && (ev->quad_code == 2 || ev->quad_code == 4) &&
             passive)
        pc = ev_passive_subject_place(s, tm->b);
    const ge_event *prev = NULL;
    for (size_t k = out->n, n = 0; k-- > 0 && out->v[k].sentence == s->idx && n < 16; n++)
        if (out->v[k].location_reason && !strcmp(out->v[k].location_reason, "locative")) {
            prev = &out->v[k];
            break;
        }
    if (unknown) {
        ev->evidence |= GE_EV_UNKNOWN_PLACE;
        if (container >= 0 && name[1] > name[0] &&
            !ev_far_from_article(s, dc, s->m->v[container].place)) {
            ev->mention = container;
            ev->place = s->m->v[container].place;
            ev->location_reason = "container";
            ev->place_text[0] = s->t->tokens[name[0]].start;
            ev->place_text[1] = s->t->tokens[name[1] - 1].end;
        }
    } else if (prev && (pc.mention < 0 ||
                        (s->m->v[pc.mention].tok_end <= tm->b && !where_after(s, pc.mention)) ||
                        strcmp(pc.reason, "locative"))) {
        /* "exploded in X, killing six": the sentence's located event, unless
         * X is on another continent and only another act was put there */
        if (!ev_far_from_article(s, dc, prev->place)) {
            ev->mention = prev->mention;
            ev->place = prev->place;
            memcpy(ev->place_text, prev->place_text, sizeof ev->place_text);
            ev->location_reason = "locative";
        }
    } else if (pc.mention >= 0 && !ev_puts_it_there(s, tm, pc) &&
               ev_far_from_article(s, dc, s->m->v[pc.mention].place)) {
        /* a place on another continent, not put there by the sentence */
    } else if (pc.mention >= 0) {
        ev->mention = pc.mention;
        ev->place = s->m->v[pc.mention].place;
        ev->location_reason = pc.reason;
        if (near_word_before(s, pc.at))
            ev->evidence |= GE_EV_NEAR; /* "attack two towns near Haiti's capital" */
    } else {
        ev_article_place(s, dc, ev);
    }

    ev_event_date(s, tm->b, dc->have_pub, dc->pub, ev);
    if (noun || tm->x->form == FORM_NOUN)
        ev_trigger_count(s, tm->b, ev);
    if (!strcmp(ev->event_type, "ASSAULT") || !strcmp(ev->event_type, "PROTEST") ||
        !strcmp(ev->event_type, "COERCE"))
        ev_casualties(s, tm->b, ev);

    /* an ambiguous word whose sense the words after it settle */
    int weak = (tm->x->flags & LXF_WEAK) && !ev_fired_rounds(s, tm);
    float c = 0.5f;
    if (weak)
        c -= 0.2f;
    if (tm->e - tm->b > 1)
        c += 0.1f;
    if (ev->actor.code[0] || ev->actor.sector[0])
        c += 0.1f;
    if (ev->location_reason && !strcmp(ev->location_reason, "locative"))
        c += 0.2f;
    else if (ev->location_reason && !strcmp(ev->location_reason, "sentence"))
        c += 0.1f;
    if (ev->report_mode != GE_REPORT_ASSERTED || ev->negated)
        c -= 0.1f;
    ev->confidence = c < 0.05f ? 0.05f : c > 0.95f ? 0.95f : c;
    ev->evidence |= (weak ? GE_EV_WEAK : 0) |
                   (tm->e - tm->b > 1 ? GE_EV_MULTIWORD : 0) |
                   (noun || tm->x->form == FORM_NOUN ? GE_EV_NOUN : 0) |
                   (passive ? GE_EV_PASSIVE : 0) |
                   ((tm->x->flags & LXF_INHERIT) ? GE_EV_INHERIT : 0) |
                   (modifier_in(s, s->b, s->e, MOD_CONTEST) ? GE_EV_CONTEST : 0) |
                   (ev_tally(s, tm) ? GE_EV_TALLY : 0) | (ev_anchor(s, tm) ? GE_EV_ANCHOR : 0);
    out->n++;
    return 1;
}

/* "X said that Y should stop ...": a REQUEST by the speaker. */
static int code_demand(const sent *s, const doc_ctx *dc, size_t first, ge_events *out)
{
    const match *rep = NULL, *dem = NULL;
    for (size_t k = 0; k < s->mt.n; k++) {
        const match *x = &s->mt.v[k];
        if (x->x->kind != LX_MODIFIER)
            continue;
        if (x->x->cls == MOD_REPORT && !rep && !dem)
            rep = x;
        else if (x->x->cls == MOD_DEMAND && !dem)
            dem = x;
    }
    if (!dem || dem->e >= s->e || !ev_is_word(s, dem->e))
        return 0;
    /* the action asked for: a trigger right after the modal ("must hand over") */
    const match *act = NULL;
    for (uint32_t j = dem->e; j < dem->e + 3 && j < s->e && !act; j++) {
        const match *x = ev_match_at(s, LX_TRIGGER, j);
        if (x && x->b == j && !(x->x->flags & LXF_INHERIT))
            act = x;
    }
    if (!rep)
        return 0;
    uint32_t vend = act ? act->e : dem->e + 1; /* "should cease" */
    const char *mode = "change";
    if (act) {
        mode = !strcmp(act->x->type, "CONSULT") ? "meet"
               : !strcmp(act->x->type, "AID") ? "assist"
               : !strcmp(act->x->mode, "release") ? "yield" : "change";
        /* the action is what is asked for, not an event of its own */
        uint32_t at = s->t->tokens[act->b].start;
        size_t w = first;
        for (size_t k = first; k < out->n; k++)
            if (out->v[k].trigger_start != at)
                out->v[w++] = out->v[k];
        out->n = w;
    }
    if (GE_PUSH(out->v, out->cap, out->n) < 0)
        return -1;
    ge_event *ev = &out->v[out->n];
    memset(ev, 0, sizeof *ev);
    ev->trigger_start = s->t->tokens[dem->b].start;
    ev->trigger_end = s->t->tokens[vend - 1].end;
    ev->sentence = s->idx;
    ge_copy(ev->event_type, sizeof ev->event_type, "REQUEST");
    ge_copy(ev->mode, sizeof ev->mode, mode);
    ev->quad_code = ge_plover_quad("REQUEST");
    ev->count = ev->fatalities = ev->injured = -1;
    ev->mention = -1;
    ev->place = GE_NONE;
    uint32_t ab = 0, ae = 0, rb, re;
    if (rep)
        ev_np_left(s, rep->b, &ab, &ae);
    if (rep && ab == ae) {
        /* "John Kirby, a Pentagon spokesperson, reiterated": skip the apposition */
        uint32_t j = rep->b;
        if (j > s->b && ev_tok_is(s, j - 1, ",")) {
            uint32_t k = j - 1;
            while (k > s->b && !ev_tok_is(s, k - 1, ","))
                k--;
            if (k > s->b)
                ev_np_left(s, k - 1, &ab, &ae);
            uint32_t b2, e2;
            ev_np_left(s, j - 1, &b2, &e2);
            ge_actor tmp;
            ev_code_actor(s, ab, ae, &ev->actor);
            ev_code_actor(s, b2, e2, &tmp);
            if (!ev->actor.code[0])
                ge_copy(ev->actor.code, sizeof ev->actor.code, tmp.code);
            if (!ev->actor.sector[0])
                ge_copy(ev->actor.sector, sizeof ev->actor.sector, tmp.sector);
            ab = ae = 0;
        }
    }
    if (ab != ae)
        ev_code_actor(s, ab, ae, &ev->actor);
    ev_np_left(s, dem->b, &rb, &re);
    if (rep && rb < rep->e)
        rb = rep->e;
    ev_code_actor(s, rb, re, &ev->recipient);
    place_choice pc = ev_choose_place(s, dem->b, vend, ev);
    if (pc.mention >= 0 && !strcmp(pc.reason, "locative")) {
        ev->mention = pc.mention;
        ev->place = s->m->v[pc.mention].place;
        ev->location_reason = pc.reason;
    } else {
        ev_article_place(s, dc, ev);
    }
    ev_event_date(s, dem->b, dc->have_pub, dc->pub, ev);
    ev->confidence = 0.45f;
    ev->evidence = GE_EV_DEMAND;
    out->n++;
    return 1;
}

/* Places listed after "including" / "such as": one record each ("attacks
 * ... including the embassy in Baghdad, ... Baghdad and Erbil airports"). */
static int enumerated_places(const sent *s, size_t first_ev, ge_events *out)
{
    size_t n0 = out->n;
    for (size_t k = first_ev; k < n0; k++) {
        uint32_t inc = GE_NONE, from = s->b, hi = s->e;
        while (from < hi) { /* first token after the trigger */
            uint32_t mid = from + (hi - from) / 2;
            if (s->t->tokens[mid].start < out->v[k].trigger_end)
                from = mid + 1;
            else
                hi = mid;
        }
        for (uint32_t i = from; i < s->e && i < from + 40; i++)
            if ((ev_tok_is(s, i, "including") || (ev_tok_is(s, i, "such") && ev_tok_is(s, i + 1, "as")))) {
                inc = i;
                break;
            }
        if (inc == GE_NONE || out->v[k].location_reason == NULL ||
            strcmp(out->v[k].location_reason, "locative"))
            continue;
        uint32_t stop = inc;
        while (stop < s->e && stop < inc + 40 && !ev_tok_is(s, stop, ";") && !ev_tok_is(s, stop, "which") &&
               !ev_tok_is(s, stop, "who") && !ev_tok_is(s, stop, "that"))
            stop++;
        for (size_t mi = ev_mention_from(s, inc); mi < s->me && s->m->v[mi].tok_begin < stop; mi++) {
            const ge_mention *mm = &s->m->v[mi];
            if (mm->tok_begin <= inc || mm->tok_end > stop || mm->place == GE_NONE ||
                mm->kind != GE_KIND_TOPONYM || ev_fragment(s, mm))
                continue;
            const ge_place *pl = s->g ? ge_gazetteer_place(s->g, mm->place) : NULL;
            if (!pl || pl->level <= GE_LEVEL_COUNTRY)
                continue;
            int dup = out->v[k].place == mm->place;
            for (size_t q = out->n > first_ev + 64 ? out->n - 64 : first_ev; q < out->n; q++)
                dup |= out->v[q].place == mm->place &&
                       !strcmp(out->v[q].event_type, out->v[k].event_type);
            if (dup)
                continue;
            if (GE_PUSH(out->v, out->cap, out->n) < 0)
                return -1;
            ge_event *ev = &out->v[out->n];
            *ev = out->v[k];
            ev->mention = (int32_t)mi;
            ev->place = mm->place;
            ev->location_reason = "locative";
            ev->count = -1;
            ev->count_qualifier[0] = '\0';
            ev->confidence = out->v[k].confidence - 0.1f;
            ev->evidence |= GE_EV_ENUM;
            out->n++;
        }
    }
    return 0;
}


/* Can the sentence give a record: a trigger, or a demand (code_demand)? */
static int codes_anything(const sent *s)
{
    for (size_t k = 0; k < s->mt.n; k++) {
        const lx_entry *x = s->mt.v[k].x;
        if (x->kind == LX_TRIGGER || (x->kind == LX_MODIFIER && x->cls == MOD_DEMAND))
            return 1;
    }
    return 0;
}

static int code_sentence(sent *s, const doc_ctx *dc, ge_events *out)
{
    if (ev_find_matches(s->lx, s->t, s->b, s->e, &s->mt) < 0)
        return -1;
    s->maxlen = 1;
    for (size_t k = 0; k < s->mt.n; k++)
        if (s->mt.v[k].e - s->mt.v[k].b > s->maxlen)
            s->maxlen = s->mt.v[k].e - s->mt.v[k].b;
    if (ev_index_matches(s) < 0)
        return -1;
    if (s->furniture && ev_headline_like(s))
        return 0; /* another story's headline under "Read more" */
    s->furniture = 0;
    if (ev_boilerplate(s)) {
        /* "Read more", "Related stories": a list of other stories follows
         * the story; a menu line does not make the headline under it one,
         * nor does a cookie banner above the story */
        s->furniture = ev_word_tokens(s) <= 6 && !ev_menu_line(s) && out->n > 0;
        return 0;
    }
    /* the dates, which only a trigger's or a demand's record asks for */
    s->ndates = 0;
    if (codes_anything(s))
        s->ndates = ge_dates_find(s->t, s->b, s->e,
                                  dc->have_pub ? dc->pub : (ge_ymd){0, 0, 0}, s->dates, 8);
    size_t first = out->n;
    uint32_t covered = s->b;
    for (size_t k = 0; k < s->mt.n; k++) {
        const match *x = &s->mt.v[k];
        if (x->x->kind != LX_TRIGGER || x->b < covered)
            continue;
        /* the longest trigger starting here */
        const match *best = ev_match_at(s, LX_TRIGGER, x->b);
        if (best->b != x->b)
            continue;
        if (code_trigger(s, dc, best, out) < 0)
            return -1;
        covered = best->e;
    }
    if (code_demand(s, dc, first, out) < 0)
        return -1;
    if (enumerated_places(s, first, out) < 0)
        return -1;
    /* the headline: the first sentence, or on a scraped page (menus and a
     * byline above it) the first with records near the top */
    if (dc->headline >= 0 ? s->idx == (uint32_t)dc->headline
                          : (s->idx == 0 || (first == 0 && s->idx < 5)) && ev_headline_like(s))
        for (size_t k = first; k < out->n; k++)
            out->v[k].evidence |= GE_EV_HEADLINE;
    return 0;
}

ge_status ge_events_extract(const ge_lexicon *lx, const ge_gazetteer *g, const ge_article *a,
                            const ge_text *t, const ge_mentions *m, ge_events *out)
{
    if (!lx || !t || !out)
        return GE_ERR_ARG;
    static const ge_mentions none = {0};
    if (!m)
        m = &none;
    doc_ctx dc;
    memset(&dc, 0, sizeof dc);
    dc.have_pub = a && a->published && ge_date_parse_iso(a->published, &dc.pub);
    if (ev_main_place(lx, g, t, m, &dc) < 0)
        return GE_ERR_NOMEM;
    dc.headline = ev_title_sentence(t, a ? a->title : NULL);
    ev_credits credits = {0};
    if (ev_find_credits(t, &credits) < 0) {
        free(credits.v);
        return GE_ERR_NOMEM;
    }
    sent s;
    memset(&s, 0, sizeof s);
    s.credits = &credits;
    s.lx = lx;
    s.g = g;
    s.t = t;
    s.m = m;
    s.b = 0;
    s.e = t->ntokens;
    dc.sports = ev_sports_report(&s);
    size_t mi = 0;
    ge_status st = GE_OK;
    for (uint32_t si = 0; si < t->nsentences; si++) {
        const ge_sentence *sn = &t->sentences[si];
        s.idx = si;
        s.b = sn->tok_begin;
        s.e = sn->tok_end;
        s.title_case = ev_title_case(&s);
        while (mi < m->n && m->v[mi].tok_begin < s.b)
            mi++;
        s.mb = mi;
        s.me = mi;
        while (s.me < m->n && m->v[s.me].tok_begin < s.e)
            s.me++;
        if (code_sentence(&s, &dc, out) < 0) {
            st = GE_ERR_NOMEM;
            break;
        }
    }
    free(s.mt.v);
    free(s.at);
    free(credits.v);
    if (st != GE_OK)
        return st;
    /* candidates -> one record per event -> kept when the model says so */
    for (size_t i = 0; i < out->n; i++) {
        out->v[i].nmentions = 1;
        out->v[i].mentions[0][0] = out->v[i].trigger_start;
        out->v[i].mentions[0][1] = out->v[i].trigger_end;
    }
    ge_events_coref(t, g, out);
    ge_event_model_apply(&lx->model, t, g, out);
    return GE_OK;
}

int ge_event_place_span(const ge_event *ev, const ge_mentions *m, uint32_t *start, uint32_t *end)
{
    if (ev->place_text[1] > ev->place_text[0]) {
        *start = ev->place_text[0];
        *end = ev->place_text[1];
        return 1;
    }
    if (ev->mention < 0 || (size_t)ev->mention >= m->n)
        return 0;
    *start = m->v[ev->mention].start;
    *end = m->v[ev->mention].end;
    return 1;
}
