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
            ev_tok_among(s, j, "has", "have", "had", "is", "are", "was", "were",
                               "will", "would"))
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
    /* (no object after a preposition of time or circumstance: "air strikes
     * continue despite quake ceasefire") */
    EV_WORDS(adjuncts, "despite", "amid", "after", "before", "during", "following", "until");
    if (!ev_has_object(s, te) || (te < s->e && ev_tok_in(s, te, adjuncts)))
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
    return ev_tok_among(s, k - 1, "near", "outside", "nearby") ||
           (k >= s->b + 2 && ev_tok_is(s, k - 1, "to") && ev_tok_is(s, k - 2, "close"));
}

/* Is the article about one town or district, named in two sentences, under
 * no bureau's dateline ("MANILA - ... near Second Thomas Shoal", then "the
 * United States, a treaty ally of Manila")? */
static int town_story(const sent *s, const doc_ctx *dc)
{
    if (!dc->focused || dc->main_place == GE_NONE || dc->main_mention < 0 ||
        dc->main_other < 0 || dc->bureau_line || !s->g)
        return 0;
    const ge_place *p = ge_gazetteer_place(s->g, dc->main_place);
    return p && (p->level == GE_LEVEL_CITY || p->level == GE_LEVEL_ADMIN2);
}

/* A clause of another subject between the located act prev and the trigger
 * at token tb: "was travelling to Peshawar when gunmen blew up the track"
 * (not "exploded in X, killing six"). */
static int clause_between_acts(const sent *s, const ge_event *prev, uint32_t tb, uint32_t own)
{
    EV_WORDS(opens, "when", "while", "whereas", "but", "although", "because", "until");
    int comma = 0; /* a comma between token j and the trigger */
    for (uint32_t j = tb; j > s->b && s->t->tokens[j - 1].start >= prev->trigger_end; j--) {
        if (ev_tok_in(s, j - 1, opens))
            return 1;
        if (comma || (j < tb && ev_tok_is(s, j, ",")))
            comma = 1;
        /* ("drove tractors into Novi Sad, and teachers in Nis went on
         * strike": a subject of its own after ", and", with a place of its
         * own; not ", and killed", nor ", and at least one worker was
         * killed", placed by the clause before) */
        if (j < tb && j >= s->b + 2 && !comma && own >= j && own < tb && ev_tok_is(s, j - 1, "and") &&
            ev_tok_is(s, j - 2, ",") && !ev_is_trigger_tok(s, j) && !ev_tok_norm_ends(s, j, "ed"))
            return 1;
    }
    return 0;
}

static int code_trigger(const sent *s, const doc_ctx *dc, const match *tm, ge_events *out)
{
    lx_entry x = *tm->x;
    /* people held are detained, whatever event noun follows ("twenty
     * people were held for rioting") */
    if ((x.flags & LXF_INHERIT) &&
        (ev_held_in_custody(s, tm, 1) || !inherit_type(s, tm->b, tm->e, &x))) {
        if (ev_takes_place_by_force(s, tm)) {
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
    if (ev_not_an_event_here(s, tm) || ev_years_tally(s, tm, dc->have_pub, dc->pub))
        return 0; /* event_sense.c */
    if (dc->sports && (ge_str_is(x.type, "ASSAULT") || ge_str_is(x.type, "THREATEN")) &&
        !ev_real_harm(s))
        return 0; /* "Salah struck from the penalty spot": play */
    if (GE_PUSH(out->v, out->cap, out->n) < 0)
        return -1;
    ge_event *ev = &out->v[out->n];
    memset(ev, 0, sizeof *ev);
    ev->trigger_start = s->t->tokens[tm->b].start;
    ev->trigger_end = s->t->tokens[tm->e - 1].end;
    ev->sentence = s->idx;
    ev_set_type(ev, x.type, x.mode);
    ev_kind_by_object(s, tm, ev); /* event_kind.c */
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
        (ge_str_is(x.type, "AID") || ge_str_is(x.type, "SUPPORT") || ge_str_is(x.type, "COOPERATE") ||
         ge_str_is(x.type, "CONSULT") || ge_str_is(x.type, "MOBILIZE")))
        return 0;
    if (ev_perpetrators_move(s, &x, tm->b, ab, ae)) {
        if (strcmp(x.mode, "release") || noun || passive)
            return 0;
        /* "The attackers freed more than 500 inmates": a prison broken
         * open by force, no release granted */
        ev_set_type(ev, "ASSAULT", "");
    }
    /* "..., leaving at least 30 people injured": the people are the ones
     * hurt; the act is the clause's */
    uint32_t lv = ab;
    while (lv > s->b && ab - lv < 3 && ev_tok_in(s, lv - 1, ev_count_qualifiers))
        lv--;
    const match *hurt = ev_match_at(s, LX_MODIFIER, tm->b);
    if (!noun && ab < ae && lv > s->b && ae == tm->b && hurt &&
        (hurt->x->cls == MOD_INJURED || hurt->x->cls == MOD_DEAD) &&
        ev_tok_among(s, lv - 1, "leaving", "left", "leave")) {
        rb = ab;
        re = ae;
        ab = ae = tm->b;
    }
    ev_code_actor(s, ab, ae, &ev->actor);
    ev_code_from_apposition(s, &ev->actor);
    /* (an empty subject left elsewhere has no phrase to look before:
     * "arrest opposition leader at rally, fire tear gas" is not the rally's
     * leader's) */
    /* (nor has a word after an article, a noun: "killed 20 people in the
     * deadliest attack this year" is no attack by the 20 people) */
    if (!noun && !passive && (ab < ae || ab == tm->b) &&
        !(ab < ae && ae == tm->b && ev_tok_among(s, ab, "the", "a", "an")))
        ev_subject_before_phrase(s, ab, &ev->actor);
    ev_code_actor(s, rb, re, &ev->recipient);
    ev_code_from_apposition(s, &ev->recipient);
    if (!ev_kind_by_roles(s, tm, noun, passive, ev))
        return 0; /* event_kind.c */
    if (ev_no_one_acted(s, tm, &x, ab, ae, passive))
        return 0; /* "floods destroyed", "killed by cholera": event_kind.c */

    cues cu;
    ev_report_mode(s, tm->b, noun, ev, &cu);
    /* "demanded the resignation of the police chief", "to seek a lifting
     * of the curfew": what is asked for is the request's content, no act
     * of its own (a gathering called for is one to come: "called for a
     * rally") */
    if (cu.asked && !ev_gathering(ev->event_type))
        ev->evidence |= GE_EV_ASKED;
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
    if (!unknown && pc.mention < 0 && (pc.mention = ev_bare_capital(s, tm->e)) >= 0)
        pc.reason = "locative";
    const ge_event *prev = NULL;
    for (size_t k = out->n, n = 0; k-- > 0 && out->v[k].sentence == s->idx && n < 16; n++)
        if (out->v[k].location_reason && ge_str_is(out->v[k].location_reason, "locative")) {
            prev = &out->v[k];
            break;
        }
    if (unknown) {
        ev->evidence |= GE_EV_UNKNOWN_PLACE;
        if (name[1] > name[0]) { /* (the name, also with no container known) */
            ev->place_text[0] = s->t->tokens[name[0]].start;
            ev->place_text[1] = s->t->tokens[name[1] - 1].end;
        }
        if (container >= 0 && name[1] > name[0] &&
            !ev_far_from_article(s, dc, s->m->v[container].place)) {
            ev->mention = container;
            ev->place = s->m->v[container].place;
            ev->location_reason = "container";
        } else if (container < 0 && name[1] > name[0] && town_story(s, dc)) {
            /* (none named: in a story of one town, the town holds it: "at a
             * minibus taxi rank in Khayelitsha" under CAPE TOWN) */
            ev->mention = dc->main_mention;
            ev->place = dc->main_place;
            ev->location_reason = "container";
        }
    } else if (prev &&
               !clause_between_acts(s, prev, tm->b,
                                    pc.mention >= 0 ? s->m->v[pc.mention].tok_begin : UINT32_MAX) &&
               (pc.mention < 0 ||
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
    if (ge_str_is(ev->event_type, "ASSAULT") || ge_str_is(ev->event_type, "PROTEST") ||
        ge_str_is(ev->event_type, "COERCE"))
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
    if (ev->location_reason && ge_str_is(ev->location_reason, "locative"))
        c += 0.2f;
    else if (ev->location_reason && ge_str_is(ev->location_reason, "sentence"))
        c += 0.1f;
    if (ev->report_mode != GE_REPORT_ASSERTED || ev->negated)
        c -= 0.1f;
    ev->confidence = c < 0.05f ? 0.05f : c > 0.95f ? 0.95f : c;
    ev->evidence |= (weak ? GE_EV_WEAK : 0) |
                   (tm->e - tm->b > 1 ? GE_EV_MULTIWORD : 0) |
                   (noun || tm->x->form == FORM_NOUN ? GE_EV_NOUN : 0) |
                   (passive ? GE_EV_PASSIVE : 0) |
                   ((tm->x->flags & LXF_INHERIT) ? GE_EV_INHERIT : 0) |
                   (ev_modifier_in(s, s->b, s->e, MOD_CONTEST) ? GE_EV_CONTEST : 0) |
                   (ev_tally(s, tm) ? GE_EV_TALLY : 0) | (ev_anchor(s, tm) ? GE_EV_ANCHOR : 0);
    out->n++;
    return 1;
}

/* "X said that Y should stop ...": a REQUEST by the speaker. */
/* "ordered France's ambassador to leave the country within 48 hours": a
 * diplomat ordered out is expelled (SANCTION expel); "Britain summoned
 * China's ambassador": a diplomat summoned hears a protest (ACCUSE
 * disapprove). Neither has a trigger word of its own: the verb, the
 * diplomat and, for an expulsion, "to leave" make it. */
static int code_envoy(const sent *s, const doc_ctx *dc, ge_events *out)
{
    EV_WORDS(orders, "ordered", "orders", "order", "told", "tells", "gave", "gives", "asked");
    EV_WORDS(summons, "summoned", "summons", "summon", "summoning");
    EV_WORDS(envoys, "ambassador", "ambassadors", "envoy", "envoys", "diplomat", "diplomats",
             "charge", "attache", "consul");
    /* every record below has its diplomat after the verb: a sentence that
     * names none (most) is passed over with one word list asked */
    if (ev_find_in(s, s->b + 1, envoys) >= s->e)
        return 0;
    for (uint32_t v = s->b; v + 2 < s->e; v++) {
        int summon = ev_tok_in(s, v, summons);
        if (!summon && !ev_tok_in(s, v, orders))
            continue;
        uint32_t d = v + 1, end = 0;
        while (d < s->e && d < v + 5 && !ev_tok_in(s, d, envoys) && !ev_is_trigger_tok(s, d) &&
               (ev_is_word(s, d) || ev_possessive_token(s, d) || ev_tok_is(s, d, "'")))
            d++;
        if (d >= s->e || !ev_tok_in(s, d, envoys))
            continue;
        if (summon)
            end = d + 1;
        else if (d + 2 < s->e && ev_tok_is(s, d + 1, "to") &&
                 ev_tok_among(s, d + 2, "leave", "depart"))
            end = d + 3;
        else
            continue;
        if (GE_PUSH(out->v, out->cap, out->n) < 0)
            return -1;
        ge_event *ev = &out->v[out->n];
        memset(ev, 0, sizeof *ev);
        ev->trigger_start = s->t->tokens[v].start;
        ev->trigger_end = s->t->tokens[end - 1].end;
        ev->sentence = s->idx;
        ev_set_type(ev, summon ? "ACCUSE" : "SANCTION", summon ? "disapprove" : "expel");
        ev->count = ev->fatalities = ev->injured = -1;
        ev->mention = -1;
        ev->place = GE_NONE;
        uint32_t ab, ae;
        ev_np_left(s, v, &ab, &ae);
        ev_code_actor(s, ab, ae, &ev->actor);
        ev_code_actor(s, v + 1, d + 1, &ev->recipient);
        place_choice pc = ev_choose_place(s, v, end, ev); /* "summoned ... in London" */
        if (pc.mention >= 0 && ge_str_is(pc.reason, "locative")) {
            ev->mention = pc.mention;
            ev->place = s->m->v[pc.mention].place;
            ev->location_reason = pc.reason;
        } else {
            ev_article_place(s, dc, ev); /* (where the order is given) */
        }
        ev_event_date(s, v, dc->have_pub, dc->pub, ev);
        ev->confidence = 0.5f;
        ev->evidence = GE_EV_MULTIWORD;
        out->n++;
        return 1;
    }
    return 0;
}

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
        mode = ge_str_is(act->x->type, "CONSULT") ? "meet"
               : ge_str_is(act->x->type, "AID") ? "assist"
               : ge_str_is(act->x->mode, "release") ? "yield" : "change";
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
    ev_set_type(ev, "REQUEST", mode);
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
    if (ab != ae) {
        ev_code_actor(s, ab, ae, &ev->actor);
        ev_code_from_apposition(s, &ev->actor);
    }
    ev_np_left(s, dem->b, &rb, &re);
    if (rep && rb < rep->e)
        rb = rep->e;
    ev_code_actor(s, rb, re, &ev->recipient);
    place_choice pc = ev_choose_place(s, dem->b, vend, ev);
    if (pc.mention >= 0 && ge_str_is(pc.reason, "locative")) {
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
        /* (a record placed by other than a locative lists none: asked first) */
        if (out->v[k].location_reason == NULL || strcmp(out->v[k].location_reason, "locative"))
            continue;
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
        if (inc == GE_NONE)
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
    /* page furniture (page.c: menus, links and the lists of other stories
     * under "Read more", footers), and the lines that are no story here */
    if ((s->t->tokens[s->b].flags & GE_TOK_FURNITURE) || ev_boilerplate(s))
        return 0;
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
    if (code_demand(s, dc, first, out) < 0 || code_envoy(s, dc, out) < 0)
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
    uint8_t *wkey = malloc(t->ntokens ? t->ntokens : 1);
    if (!wkey) {
        free(credits.v);
        return GE_ERR_NOMEM;
    }
    ev_word_keys(t, wkey);
    sent s;
    memset(&s, 0, sizeof s);
    s.credits = &credits;
    s.wkey = wkey;
    s.lx = lx;
    s.g = g;
    s.t = t;
    s.m = m;
    s.b = 0;
    s.e = t->ntokens;
    s.bureau_line = dc.bureau_line;
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
    free(wkey);
    if (st != GE_OK)
        return st;
    /* candidates -> one record per event -> kept when the model says so */
    for (size_t i = 0; i < out->n; i++) {
        out->v[i].nmentions = 1;
        out->v[i].last_sentence = out->v[i].sentence;
        out->v[i].mentions[0][0] = out->v[i].trigger_start;
        out->v[i].mentions[0][1] = out->v[i].trigger_end;
    }
    ge_events_coref(t, g, out);
    /* what was asked for stays a mention of the request it merged into */
    size_t w = 0;
    for (size_t i = 0; i < out->n; i++)
        if (!(out->v[i].evidence & GE_EV_ASKED))
            out->v[w++] = out->v[i];
    out->n = w;
    ge_event_model_apply(&lx->model, t, g, out);
    ev_carry_dates(t, out);
    return GE_OK;
}

int ge_event_place_span(const ge_event *ev, const ge_mentions *m, uint32_t *start, uint32_t *end)
{
    if (ev->place == GE_NONE)
        return 0; /* (an unmapped name with no container is no place) */
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
