/*
 * event_kind.c -- what kind of act a trigger names where it stands, given
 * its object and, once the roles are known, its actor: a town seized is
 * taken by force and goods seized are coerced; forces that withdraw
 * retreat, a state that withdraws from a treaty sanctions; troops that
 * arrive are deployed, gunmen who arrive and trains on their way pay no
 * visit; one receives visitors, money as aid, an attack's dead as its
 * toll; a harm whose
 * cause is a flood, a disease or a fire no one set is no one's act; and
 * officers sent to a store or a home answer a call, no mobilisation.
 */
#include "event_words.h"
#include "events_internal.h"

/* A cause of harm that is no one's act ("floods", "the earthquake",
 * "cholera") among tokens [b, e)? */
int ev_modifier_in(const sent *s, uint32_t b, uint32_t e, int cls)
{
    for (uint32_t j = b; j < e && j < s->e; j++) {
        const match *x = ev_match_at(s, LX_MODIFIER, j);
        if (x && x->x->cls == cls)
            return 1;
    }
    return 0;
}

/* Is the phrase [b, e) before the trigger at tb the where or when of
 * a report whose "that" clause tells the act ("told reporters in Makurdi
 * on Saturday that the attackers ... shot residents")? */
int ev_in_report_frame(const sent *s, uint32_t b, uint32_t e, uint32_t tb)
{
    if (e > tb)
        return 0;
    int that = 0;
    for (uint32_t j = e; j < tb && !that; j++) {
        if ((ev_is_punct(s, j) && !ev_tok_is(s, j, ",")) || ev_is_trigger_tok(s, j))
            return 0;
        that = ev_tok_is(s, j, "that");
    }
    if (!that)
        return 0;
    for (uint32_t j = b; j > s->b && b - j < 6; j--) {
        if (ev_modifier_in(s, j - 1, j, MOD_REPORT))
            return 1;
        if (ev_is_punct(s, j - 1) || ev_is_trigger_tok(s, j - 1))
            return 0;
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
    /* (its head before where it was: "a fire at a warehouse in the port
     * destroyed containers") */
    for (uint32_t j = b + 1; j < e; j++)
        if (ev_tok_among(s, j, "at", "in", "on", "near", "inside")) {
            e = j;
            break;
        }
    if (b >= e || !ev_tok_in(s, e - 1, fires))
        return 0;
    for (uint32_t j = b; j + 1 < e; j++)
        if (ev_tok_in(s, j, arms) || ev_match_at(s, LX_AGENT, j) || ev_is_trigger_tok(s, j))
            return 0; /* (nor an act's fires: "The strikes set off huge fires") */
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
    while (j < s->e && j < k + 3 && ev_tok_among(s, j, "a", "the", "an", "huge",
                                                       "massive", "large"))
        j++;
    if (!ev_tok_in(s, j, fires))
        return 0;
    for (uint32_t q = j + 1; q < s->e && q < j + 5; q++)
        if (ev_tok_among(s, q, "set", "started", "lit", "by"))
            return 0; /* ("in a fire set by militants") */
    return 1;
}

static int natural_cause(const sent *s, uint32_t b, uint32_t e)
{
    return ev_modifier_in(s, b, e, MOD_NATURAL);
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
             "strongholds", "township", "townships", "outpost", "outposts", "garrison",
             "station", "stations", "checkpoint", "checkpoints", "headquarters", "barracks");
    /* "seized most of Rakhine", "retaken control of the town" */
    if (k + 2 < s->e && ev_tok_is(s, k + 1, "of") &&
        ev_tok_among(s, k, "most", "much", "all", "parts", "part", "swathes",
                           "control", "areas"))
        k += 2;
    else if (k + 3 < s->e && ev_tok_is(s, k + 2, "of") && ev_tok_in(s, k, ev_determiners) &&
             ev_tok_among(s, k + 1, "rest", "control", "bulk"))
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
 * is no visit and no retreat. The subject, or the clause's opening words;
 * or a verb after "and" that shares an assault's subject ("Protesters
 * stormed a prison ... and freed hundreds of inmates"). */
int ev_perpetrators_move(const sent *s, const lx_entry *x, uint32_t tb, uint32_t ab, uint32_t ae)
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
    if (tb <= s->b || !ev_tok_is(s, tb - 1, "and"))
        return 0;
    for (uint32_t k = tb - 1; k > s->b && tb - k < 14; k--) {
        if (ev_is_punct(s, k - 1) || ev_tok_among(s, k - 1, "who", "which", "that", "after",
                                                            "before", "when"))
            return 0;
        const match *m = ev_match_at(s, LX_TRIGGER, k - 1);
        if (m && m->b == k - 1 && ge_str_is(m->x->type, "ASSAULT") && (m->x->flags & LXF_VERB) &&
            ev_tok_norm_ends(s, k - 1, "ed"))
            return 1;
    }
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
            if (j < s->e && ev_tok_among(s, j, "a", "an", "the"))
                j++;
            return j < s->e && ev_mention_at(s, j) < 0 && natural_cause(s, j, j + 2);
        }
        if (!(ev_tok_among(s, k, "and", "injured", "wounded", "hurt", "others",
                                 "people") ||
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
int ev_takes_place_by_force(const sent *s, const match *tm)
{
    EV_WORDS(takes, "take", "takes", "took", "taken", "taking", "retake", "retook", "retaken");
    if (tm->e != tm->b + 1 || !ev_tok_in(s, tm->b, takes) || !object_is_place(s, tm->e))
        return 0;
    for (uint32_t j = tm->b; j-- > s->b && tm->b - j <= 6;) {
        const match *a = ev_match_at(s, LX_AGENT, j);
        if (a && (ge_str_is(a->x->sector, "MIL") || ge_str_is(a->x->sector, "REB") ||
                  ge_str_is(a->x->sector, "UAF")))
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
    return ge_str_is(sector, "MIL") || ge_str_is(sector, "REB") || ge_str_is(sector, "UAF") ||
           ge_str_is(sector, "COP");
}

/* A prison term after token k: "for four years and eight months", "for
 * life", "for 10 years". */
static int term_follows(const sent *s, uint32_t k)
{
    if (!ev_tok_is(s, k, "for"))
        return 0;
    for (uint32_t j = k + 1; j < s->e && j < k + 5; j++)
        if (ev_tok_among(s, j, "years", "year", "months", "month", "life",
                               "weeks", "days"))
            return 1;
    return 0;
}

/* "police charged the crowd", "charged at protesters", "charged the
 * marchers with batons": a charge at a crowd is a rush on it, no
 * accusation ("charged 12 protesters with rioting" stays one) */
static int charged_at_crowd(const sent *s, const match *tm)
{
    EV_WORDS(crowds, "crowd", "crowds", "mob", "mobs", "protesters", "protestors",
             "demonstrators", "marchers", "students", "rioters");
    uint32_t k = tm->e;
    if (ev_noun_use(s, tm) || ev_passive(s, tm->b, tm->x) || !ev_tok_norm_starts(s, tm->b, "charg"))
        return 0;
    EV_WORDS(blows, "batons", "sticks", "lathis", "clubs", "truncheons", "horses", "shields",
             "bayonets");
    if (ev_tok_among(s, k, "at", "into", "towards", "toward"))
        return 1;
    /* "Riot officers charged with batons" (not "charged with murder") */
    if (ev_tok_is(s, k, "with") && ev_tok_in(s, k + 1, blows))
        return 1;
    if (!ev_tok_among(s, k, "the", "a") || !ev_tok_in(s, k + 1, crowds))
        return 0;
    return !ev_tok_is(s, k + 2, "with") || ev_tok_in(s, k + 3, blows);
}

/* An agreement's or a ceasefire's noun ("a peace agreement", "a truce")? */
static int agreement_noun(const match *o)
{
    return (o->x->flags & LXF_NOUN) &&
           (ge_str_is(o->x->type, "AGREE") || ge_str_is(o->x->mode, "ceasefire"));
}

/* Kinds by the object, before the roles are known. */
void ev_kind_by_object(const sent *s, const match *tm, ge_event *ev)
{
    if (ge_str_is(ev->event_type, "ACCUSE") && charged_at_crowd(s, tm))
        ev_set_type(ev, "ASSAULT", "crowd-control");
    /* "withdrew from the town", "withdraw from Gaza": forces leaving a
     * place retreat; one leaves a treaty or talks as a sanction */
    if (ge_str_is(ev->event_type, "SANCTION") && ge_str_is(ev->mode, "withdraw") && leaves_place(s, tm->e)) {
        ge_copy(ev->event_type, sizeof ev->event_type, "RETREAT");
        ev->quad_code = ge_plover_quad("RETREAT");
    }
    /* "suspended mobile internet", "an internet ban": the net stopped is
     * censorship, not a sanction's ties cut nor a curfew */
    if ((ge_str_is(ev->event_type, "SANCTION") && ge_str_is(ev->mode, "discontinue")) ||
        (ge_str_is(ev->event_type, "COERCE") && !ge_str_is(ev->mode, "censor"))) {
        EV_WORDS(nets, "internet", "broadband", "websites", "telecommunications", "telecom");
        int net = tm->b > s->b && ev_tok_in(s, tm->b - 1, nets); /* ("an internet ban") */
        for (uint32_t j = tm->e; j < s->e && j < tm->e + 4 && ev_is_word(s, j) && !net; j++)
            net = ev_tok_in(s, j, nets);
        if (net)
            ev_set_type(ev, "COERCE", "censor");
    }
    /* to seize a town is to take it by force; to seize goods, coercion */
    if (ge_str_is(ev->event_type, "COERCE") && ge_str_is(ev->mode, "seize") && !ev_noun_use(s, tm) &&
        object_is_place(s, tm->e)) {
        ev_set_type(ev, "ASSAULT", "");
    }
    /* "was jailed for four years", "imprisoned for life": a sentence */
    if (ge_str_is(ev->event_type, "COERCE") && ge_str_is(ev->mode, "arrest") &&
        (ev_tok_norm_starts(s, tm->b, "jail") || ev_tok_norm_starts(s, tm->b, "imprison")) &&
        term_follows(s, tm->e))
        ev_set_type(ev, "SANCTION", "convict");
    /* "signed a peace agreement", "signed a five-year deal": an
     * agreement signed is agreed (a law or a petition signed, support) */
    if (ge_str_is(ev->event_type, "SUPPORT") && ev_tok_norm_starts(s, tm->b, "sign")) {
        for (uint32_t j = tm->e; j < s->e && j < tm->e + 5 && ev_is_word(s, j) &&
                                 !ev_tok_among(s, j, "to", "into", "for", "with", "by", "on");
             j++) {
            const match *o = ev_match_at(s, LX_TRIGGER, j);
            if (o && o->b == j && agreement_noun(o)) {
                ev_set_type(ev, "AGREE", "");
                break;
            }
        }
    }
    /* "a 2005 peace deal signed in Helsinki": an agreement told before its
     * signing is agreed too */
    if (ge_str_is(ev->event_type, "SUPPORT") && ev_tok_is(s, tm->b, "signed") && tm->b > s->b) {
        const match *o = ev_match_ending(s, LX_TRIGGER, tm->b - 1);
        if ((o && agreement_noun(o)) || ev_tok_among(s, tm->b - 1, "deal", "deals"))
            ev_set_type(ev, "AGREE", "");
    }
    /* "was hacked with swords", "hacked to death": a blade's blows, no
     * break-in to computers */
    if (ge_str_is(ev->event_type, "COERCE") && ge_str_is(ev->mode, "cyber") && tm->e + 1 < s->e &&
        ((ev_tok_is(s, tm->e, "with") &&
          ev_tok_among(s, tm->e + 1, "swords", "machetes", "axes", "knives", "sickles", "blades")) ||
         (ev_tok_is(s, tm->e, "to") && ev_tok_is(s, tm->e + 1, "death"))))
        ev_set_type(ev, "ASSAULT", "primitive");
    if (ge_str_is(ev->event_type, "ASSAULT") && ev_fires_someone(s, tm)) {
        ev_set_type(ev, "SANCTION", ""); /* "fired the army chief" */
    }
}

/* Are people the object after token k ("seized about 30 bus passengers",
 * "seized dozens of villagers")? */
static int object_is_people(const sent *s, uint32_t k)
{
    EV_WORDS(people, "passengers", "people", "villagers", "civilians", "hostages", "students",
             "pupils", "schoolchildren", "children", "girls", "boys", "women", "men", "workers",
             "travellers", "travelers", "tourists", "worshippers", "farmers", "residents",
             "motorists", "fishermen", "herders", "commuters");
    /* (people after a preposition are no object: "searching for eight
     * missing fishermen") */
    EV_WORDS(stops, "in", "at", "from", "near", "on", "to", "into", "and", "who", "that", "which",
             "for", "with", "by", "after", "during", "over");
    for (uint32_t j = k; j < s->e && j < k + 7; j++) {
        if (ev_is_punct(s, j) || ev_tok_in(s, j, stops))
            return 0;
        if (ev_tok_in(s, j, people))
            return 1;
    }
    return 0;
}

/* Does a place follow token e after "in", "at" or "to" ("arrived in
 * Haiti", "arrived in Kuriga", a name the gazetteer lacks, "arrived in the
 * town")? */
static int arrives_in_place(const sent *s, uint32_t e)
{
    return e + 1 < s->e && ev_tok_among(s, e, "in", "at", "to") &&
           (object_is_place(s, e + 1) || object_is_name(s, e + 1));
}

/* Kinds by the actor and recipient: 0 when the trigger names no event. */
/* "Nurses in Suva began a strike on Monday", "Teachers extended their
 * strike", "a week-long strike by transit workers": a strike of workers,
 * told with no blow (no one killed or hit, no weapon), is a stoppage of
 * work. */
static int labour_strike(const sent *s, const match *tm)
{
    EV_WORDS(labour, "workers", "worker", "union", "unions", "unionists", "teachers", "nurses",
             "doctors", "drivers", "employees", "staff", "miners", "dockers", "dockworkers",
             "pilots", "transit", "wage", "wages", "pay", "salary", "salaries", "pension",
             "pensions", "indefinite", "their", "week-long", "day-long", "traders", "truckers",
             "transporters", "lecturers", "professors", "students", "farmers", "vendors");
    EV_WORDS(blows, "killed", "kill", "kills", "killing", "dead", "wounded", "injured", "hit",
             "hits", "targeted", "air", "drone", "missile", "missiles", "rocket", "bomb", "jets",
             "military", "troops", "army", "israeli", "retaliatory", "deadly", "destroyed",
             "destroys", "damaged", "bodies", "rubble", "casualties", "shelling");
    uint32_t k = GE_NONE;
    for (uint32_t j = tm->b; j < s->e && j < tm->e + 4; j++)
        if (ev_tok_among(s, j, "strike", "strikes")) {
            k = j;
            break;
        }
    if (k == GE_NONE || (k > s->b && ev_tok_among(s, k - 1, "first", "preemptive", "pre-emptive")))
        return 0;
    int work = 0;
    for (uint32_t j = s->b; j < s->e; j++) {
        if (ev_tok_in(s, j, blows))
            return 0;
        /* (not a name's word: "the Sudan Doctors Network said the strike") */
        work |= ev_tok_in(s, j, labour) && (j == s->b || !(s->t->tokens[j].flags & GE_TOK_CAP));
    }
    return work;
}

int ev_kind_by_roles(const sent *s, const match *tm, int noun, int passive, ge_event *ev)
{
    if (ge_str_is(ev->event_type, "ASSAULT") && !ev->mode[0] && labour_strike(s, tm))
        ev_set_type(ev, "PROTEST", "strike");
    /* "Armed separatists seized about 30 bus passengers": people seized by
     * anyone but the state's officers are abducted */
    if (ge_str_is(ev->event_type, "COERCE") && ge_str_is(ev->mode, "seize") && !noun && !passive &&
        !ge_str_is(ev->actor.sector, "COP") && !ge_str_is(ev->actor.sector, "GOV") &&
        !ge_str_is(ev->actor.sector, "JUD") && !ge_str_is(ev->actor.sector, "SPY") &&
        object_is_people(s, tm->e))
        ev_set_type(ev, "ASSAULT", "abduct");
    /* "homes demolished by authorities", "the municipality razed the
     * stalls": a state's demolition is coercion, not an attack */
    if (ge_str_is(ev->event_type, "ASSAULT") && ge_str_is(ev->mode, "destroy") &&
        (ge_str_is(ev->actor.sector, "GOV") || ge_str_is(ev->actor.sector, "COP") ||
         ge_str_is(ev->actor.sector, "JUD")) &&
        (ev_tok_norm_starts(s, tm->b, "demoli") || ev_tok_norm_starts(s, tm->b, "raze")))
        ev_set_type(ev, "COERCE", "");
    /* "rescuers were searching for eight missing fishermen", "the search
     * for survivors": a search for the lost is a rescue, no raid */
    EV_WORDS(lost, "missing", "survivors", "bodies", "victims", "trapped", "stranded", "remains",
             "lost");
    if (ge_str_is(ev->event_type, "COERCE") && ev_tok_norm_starts(s, tm->b, "search") &&
        ev_tok_is(s, tm->e, "for"))
        for (uint32_t j = tm->e + 1; j < s->e && j <= tm->e + 5 && !ev_is_punct(s, j); j++)
            if (ev_tok_in(s, j, lost))
                return 0;
    /* "several armed men arrived in vehicles": gunmen arriving pay no visit */
    if (ge_str_is(ev->event_type, "CONSULT") && ge_str_is(ev->mode, "visit") &&
        (ge_str_is(ev->actor.sector, "UAF") || ge_str_is(ev->actor.sector, "REB") ||
         ge_str_is(ev->actor.sector, "CRM")))
        return 0;
    /* "The Jaffar Express was travelling from Quetta to Peshawar", "the
     * ferry arrived in Mombasa": a vehicle on its way pays no visit */
    EV_WORDS(vehicles, "train", "trains", "express", "bus", "buses", "ship", "ships", "vessel",
             "vessels", "plane", "planes", "aircraft", "jet", "flight", "flights", "ferry", "boat",
             "boats", "truck", "trucks", "car", "cars", "tanker", "convoy", "convoys", "vehicle",
             "vehicles", "motorcade");
    if (ge_str_is(ev->event_type, "CONSULT") && ge_str_is(ev->mode, "visit") &&
        ev->actor.end > ev->actor.start && !ev->actor.sector[0] && !ev->actor.code[0]) {
        uint32_t k = ev_token_from(s->t, ev->actor.end);
        if (k > 0 && ev_tok_in(s, k - 1, vehicles))
            return 0;
        /* (or its head before a participle: "Buses carrying the released
         * prisoners arrived in Ramallah") */
        uint32_t h = ev_token_from(s->t, ev->actor.start);
        if (h < s->e && ev_tok_in(s, h, vehicles) && h + 1 < k && ev_tok_norm_ends(s, h + 1, "ing"))
            return 0;
    }
    /* (a subject no actor was coded for: "The vehicles were travelling
     * under police escort") */
    if (ge_str_is(ev->event_type, "CONSULT") && ge_str_is(ev->mode, "visit") &&
        ev->actor.end <= ev->actor.start) {
        uint32_t k = tm->b;
        while (k > s->b && k + 3 > tm->b &&
               ev_tok_among(s, k - 1, "was", "were", "is", "are"))
            k--;
        if (k > s->b && ev_tok_in(s, k - 1, vehicles))
            return 0;
    }
    /* "after he receives his degree": one receives visitors (a delegation,
     * the minister, President Ruto); money received is aid ("the state has
     * received funds"); other things are no event (event_sense.c's
     * received_thing has already set aside tips, calls and awards) */
    if (ge_str_is(ev->event_type, "CONSULT") && ge_str_is(ev->mode, "visit") && !noun && !passive &&
        ev_tok_norm_starts(s, tm->b, "receiv") && !ev->recipient.sector[0] &&
        !ev->recipient.code[0] && !object_is_name(s, tm->e) && !visitors(s, tm->e)) {
        if (harm_received(s, tm->e)) {
            /* "medics had received 18 bodies": the toll of an attack told */
            ev_set_type(ev, "ASSAULT", "");
            memset(&ev->actor, 0, sizeof ev->actor);
            memset(&ev->recipient, 0, sizeof ev->recipient);
        } else if (money_object(s, tm->e)) {
            ev_set_type(ev, "AID", "");
            ev->recipient = ev->actor; /* the one who receives it */
            memset(&ev->actor, 0, sizeof ev->actor);
        } else {
            return 0;
        }
    }
    /* "the bomber tried to enter the court": a weak word of troops'
     * movement needs a force or a state that moves, or a place taken in
     * ("entered the town") */
    if (ge_str_is(ev->event_type, "MOBILIZE") && ge_str_is(ev->mode, "troops") &&
        (tm->x->flags & LXF_WEAK) && !ev->actor.sector[0] && !ev->actor.code[0] &&
        !armed_sector(ev->recipient.sector) && !object_is_place(s, tm->e) &&
        !object_is_name(s, tm->e))
        return 0;
    /* "Bakari fled the Columbus area", "the man fled the scene",
     * "thousands fled their homes": one who runs from the police or from
     * danger gives up no position; a flight is a retreat by armed men or
     * a government only ("troops fled the town") */
    if (ge_str_is(ev->event_type, "RETREAT") && ev_tok_norm_starts(s, tm->b, "fle") &&
        !armed_sector(ev->actor.sector) && strcmp(ev->actor.sector, "GOV"))
        return 0;
    /* "Hundreds of troops arrived in Goma", "Kenyan police arrived in
     * Haiti": forces arriving are deployed, they pay no visit */
    if (ge_str_is(ev->event_type, "CONSULT") && ge_str_is(ev->mode, "visit") &&
        ev_tok_norm_starts(s, tm->b, "arriv") &&
        (ge_str_is(ev->actor.sector, "MIL") || ge_str_is(ev->actor.sector, "COP"))) {
        /* ("When deputies arrived, the man fired": officers at a call,
         * arriving nowhere named, are no deployment) */
        if (ge_str_is(ev->actor.sector, "COP") && !arrives_in_place(s, tm->e))
            return 0;
        ev_set_type(ev, "MOBILIZE", ge_str_is(ev->actor.sector, "COP") ? "police" : "troops");
    }
    /* "Traders blocked the Indus Highway": a road blocked by people who
     * are no state's is a protest's blockade */
    if (ge_str_is(ev->event_type, "COERCE") && ge_str_is(ev->mode, "restrict") && !noun &&
        !passive && ev_tok_among(s, tm->b, "blocked", "blocks", "blocking") &&
        ev->actor.end > ev->actor.start &&
        !ev->actor.code[0] && !armed_sector(ev->actor.sector) &&
        !ge_str_is(ev->actor.sector, "GOV") && !ge_str_is(ev->actor.sector, "JUD"))
        ev_set_type(ev, "PROTEST", "obstruct");
    /* "the government sent 800 police officers to the region": a sending
     * is a deployment only of forces (not "sent a letter", "sent him to
     * jail") */
    if (ge_str_is(ev->event_type, "MOBILIZE") && tm->e == tm->b + 1 &&
        (ev_tok_among(s, tm->b, "send", "sends", "sent", "sending"))) {
        if (!ge_str_is(ev->recipient.sector, "MIL") && !ge_str_is(ev->recipient.sector, "COP"))
            return 0;
        if (ge_str_is(ev->recipient.sector, "COP"))
            ge_copy(ev->mode, sizeof ev->mode, "police");
    }
    /* "government troops withdrew from several neighborhoods": armed men
     * who withdraw from a place retreat; a state that withdraws from a
     * treaty sanctions */
    if (ge_str_is(ev->event_type, "SANCTION") && ge_str_is(ev->mode, "withdraw") &&
        (armed_sector(ev->actor.sector) || leaves_place(s, tm->e))) {
        ge_copy(ev->event_type, sizeof ev->event_type, "RETREAT");
        ev->quad_code = ge_plover_quad("RETREAT");
    }
    /* "police raided several homes": a law-enforcement raid is a coercion
     * (PLOVER's COERCE seize); troops' and militants' raids are attacks */
    if (ge_str_is(ev->event_type, "ASSAULT") && ge_str_is(ev->actor.sector, "COP") &&
        ev_tok_norm_starts(s, tm->b, "raid")) {
        ev_set_type(ev, "COERCE", "seize");
    }
    return 1;
}

/* The subject of the clause of a verb at tb, when the words before it are
 * a noun phrase alone: its words from the clause's start (the sentence's,
 * or after a comma) up to a relative or a preposition ("A landslide on the
 * road near Rosas in February killed", "The flood that swept through Derna
 * killed", "in the village of Bhatauliya, a fire that started in a kitchen
 * destroyed"). 0 when there is none. */
static int clause_subject(const sent *s, uint32_t tb, uint32_t *b, uint32_t *e)
{
    uint32_t k = tb;
    /* (or a clause word: "The protests come as a landslide on the road
     * between Huehuetenango and Barillas killed four people") */
    while (k > s->b && !ev_tok_among(s, k - 1, ",", ";", ":") &&
           !(ev_tok_among(s, k - 1, "as", "when", "while", "after", "because") && k - 1 > s->b &&
             !ev_tok_among(s, k - 2, "such", "known", "well", "same", "so")))
        k--;
    uint32_t j = k; /* (a trigger's word may be the subject's: "a fire at a hospital") */
    while (j < tb && ev_is_word(s, j) &&
           !ev_tok_among(s, j, "that", "which", "who", "in", "on", "at", "near", "of", "from",
                         "across", "through", "along", "after", "during", "with", "and"))
        j++;
    if (j == k || j - k > 5)
        return 0;
    *b = k;
    *e = j;
    return 1;
}

/* "a forest fire near Lloret de Mar that has burned 300 hectares": the verb
 * of a relative clause whose antecedent is a fire or a disaster */
static int said_of_disaster(const sent *s, uint32_t tb)
{
    uint32_t k = tb;
    while (k > s->b && tb - k < 3 && ev_tok_among(s, k - 1, "has", "have", "had", "was", "were"))
        k--;
    if (k <= s->b + 1 || !ev_tok_among(s, k - 1, "that", "which"))
        return 0;
    for (uint32_t j = k - 1; j > s->b && k - 1 - j < 8; j--) {
        if (ev_is_punct(s, j - 1) || ev_match_at(s, LX_AGENT, j - 1))
            return 0;
        if (natural_cause(s, j - 1, j) || fire_subject(s, j > s->b + 3 ? j - 4 : s->b, j))
            return 1;
        if (ev_is_trigger_tok(s, j - 1))
            return 0;
    }
    return 0;
}

/* "four people were killed on Monday when a fuel tanker overturned",
 * "killed when a coal mine collapsed": harm told with an accident after
 * "when" */
static int killed_in_accident(const sent *s, uint32_t te)
{
    EV_WORDS(mishaps, "overturned", "capsized", "derailed", "crashed", "collapsed", "sank",
             "plunged", "skidded", "caved");
    for (uint32_t k = te; k < s->e && k < te + 6; k++) {
        if (!ev_tok_is(s, k, "when"))
            continue;
        for (uint32_t j = k + 1; j < s->e && j < k + 7; j++) {
            if (ev_is_punct(s, j) || ev_match_at(s, LX_AGENT, j))
                return 0;
            if (ev_tok_in(s, j, mishaps) || natural_cause(s, j, j + 1))
                return 1;
        }
        return 0;
    }
    return 0;
}

/* "battling a cholera outbreak", "fighting wildfires": a blow at a
 * disaster or a disease is no attack on anyone */
static int fights_nature(const sent *s, const match *tm, int passive)
{
    if (passive || strcmp(tm->x->type, "ASSAULT"))
        return 0;
    uint32_t j = tm->e;
    while (j < s->e && j < tm->e + 3 && ev_tok_in(s, j, ev_determiners))
        j++;
    for (uint32_t k = j; k < s->e && k < j + 3; k++) {
        if (!ev_is_word(s, k) || ev_tok_in(s, k, ev_np_stops))
            return 0;
        if (natural_cause(s, k, k + 1))
            return 1;
    }
    return 0;
}

/* Did no one act: a harm by a natural cause, a disaster or a fire no one
 * set ([ab, ae) is the actor's phrase)? */
/* "the vehicle they were in hit a mine", "the bus struck a roadside bomb":
 * what was hit is a weapon, the act an attack's */
static int hits_a_mine(const sent *s, uint32_t k)
{
    for (uint32_t j = k; j < s->e && j < k + 5; j++)
        if (ev_tok_among(s, j, "mine", "mines", "landmine", "landmines", "ied", "ieds", "bomb",
                         "bombs", "explosive", "explosives", "device"))
            return 1;
    return 0;
}

/* "a minibus carrying seasonal workers overturned near Peja, killing two
 * people": a vehicle's or a building's mishap before the participle */
static int mishap_before(const sent *s, uint32_t tb)
{
    EV_WORDS(mishaps, "overturned", "capsized", "derailed", "crashed", "collapsed", "sank",
             "plunged", "skidded", "veered", "rolled", "struck", "hit", "collided", "slammed");
    EV_WORDS(things, "bus", "minibus", "truck", "lorry", "tanker", "car", "vehicle", "van",
             "train", "boat", "ferry", "ship", "vessel", "plane", "aircraft", "helicopter",
             "motorcycle", "coach", "building", "bridge", "roof", "wall", "canopy", "stage",
             "house", "dam", "mine");
    for (uint32_t j = s->b; j < tb; j++)
        if (ev_tok_in(s, j, mishaps)) {
            if (hits_a_mine(s, j + 1))
                return 0;
            for (uint32_t k = s->b; k < j; k++)
                if (ev_tok_in(s, k, things))
                    return 1;
            return 0;
        }
    return 0;
}

/* "A truck struck an SUV on Highway 31": a vehicle that hits another, or
 * someone, is an accident (not "a car bomb struck the market") */
static int vehicle_struck(const sent *s, const match *tm)
{
    EV_WORDS(vehicles, "truck", "car", "bus", "minibus", "lorry", "vehicle", "van", "suv",
             "train", "motorcycle", "tanker", "taxi", "trailer", "pickup", "tractor");
    uint32_t cb, ce;
    if (!ev_tok_among(s, tm->b, "struck", "hit", "hits", "strikes") ||
        !clause_subject(s, tm->b, &cb, &ce))
        return 0;
    int vehicle = 0;
    for (uint32_t k = cb; k < ce; k++) {
        if (ev_tok_among(s, k, "bomb", "bomber", "explosives", "drone", "missile", "rocket") ||
            ev_match_at(s, LX_AGENT, k))
            return 0;
        vehicle |= ev_tok_in(s, k, vehicles);
    }
    return vehicle && !hits_a_mine(s, tm->e);
}

int ev_no_one_acted(const sent *s, const match *tm, const lx_entry *x, uint32_t ab, uint32_t ae,
                    int passive)
{
    /* ", killing thousands", "and forcing thousands to flee": the
     * participle's subject is the clause's */
    int participle = tm->b > s->b && ev_tok_norm_ends(s, tm->b, "ing") &&
                     (ev_tok_is(s, tm->b - 1, ",") || ev_tok_is(s, tm->b - 1, "and") ||
                      ev_tok_is(s, tm->b - 1, "or"));
    uint32_t cb, ce;
    if (natural_cause(s, ab, ae) || fire_subject(s, ab, ae) ||
        /* ("Last year, a fire at a warehouse in the port destroyed
         * containers": a subject that names no one, the clause's head a
         * fire) */
        (!passive && (ab == ae || !ev_match_at(s, LX_AGENT, ab)) &&
         fire_subject(s, s->b, tm->b)) ||
        (ge_str_is(x->type, "THREATEN") && natural_cause(s, tm->e, tm->e + 6)) ||
        /* (the trigger itself too, unless a verb after people: "rebels
         * storm Aleppo" is an assault, "Storm Ciaran killed" none) */
        natural_cause(s, tm->b > s->b + 4 ? tm->b - 4 : s->b,
                      tm->b + (!(tm->x->flags & LXF_NOUN) && ev_match_ending(s, LX_AGENT, tm->b)
                                   ? 0 : 1)) ||
        (participle && (natural_cause(s, s->b, tm->b) || mishap_before(s, tm->b))) ||
        (!passive && vehicle_struck(s, tm)) ||
        /* (a verb after "and" that found no subject of its own has the
         * sentence's: "The storm knocked out power across the region and
         * destroyed rice fields") */
        (ab == ae && !passive && tm->b > s->b && ev_tok_is(s, tm->b - 1, "and") &&
         natural_cause(s, s->b, s->b + 4 < tm->b ? s->b + 4 : tm->b)) ||
        ((ev_tok_is(s, tm->e, "by") || ev_tok_is(s, tm->e, "of") || ev_tok_is(s, tm->e, "from")) &&
         natural_cause(s, tm->e + 1, tm->e + 4)) ||
        killed_in_disaster(s, tm->e) || (passive && lost_in_fire(s, tm->e)) ||
        (!passive && said_of_disaster(s, tm->b)) ||
        (passive && killed_in_accident(s, tm->e)) || fights_nature(s, tm, passive) ||
        /* (a disaster or a fire with more words about it before the verb:
         * "Heavy flooding in Los Rios province last week also damaged") */
        (!passive && !(tm->x->flags & LXF_NOUN) && clause_subject(s, tm->b, &cb, &ce) &&
         (natural_cause(s, cb, ce) || fire_subject(s, cb, ce))))
        return 1; /* "floods destroyed", "killed by cholera", "died of a heart
                     attack", "a cardiac arrest", "an earthquake struck ...,
                     killing": no one acted */
    return 0;

}

/* "Officers were dispatched to the store after a 911 call", "deputies
 * responded to a home on Elm Street": officers sent to a call at a
 * building or a crime scene answer it; no force is mobilised (troops sent
 * to a region are). */
int ev_call_out(const sent *s, const match *tm)
{
    EV_WORDS(sent_words, "dispatched", "responded", "sent", "called", "rushed");
    EV_WORDS(sites, "scene", "intersection", "address", "block", "parking", "station");
    if (strcmp(tm->x->type, "MOBILIZE") || !ev_tok_in(s, tm->e - 1, sent_words) ||
        !ev_tok_is(s, tm->e, "to"))
        return 0;
    for (uint32_t j = tm->e + 1; j < s->e && j < tm->e + 6; j++) {
        if (ev_is_punct(s, j))
            return 0;
        if (ev_tok_in(s, j, sites) || ev_tok_in(s, j, ev_premises))
            return 1;
    }
    return 0;
}
