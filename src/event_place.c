/*
 * event_place.c -- where a candidate event happened: the place mention of
 * its sentence that a locative, a possessive or the clause ties to the
 * trigger, weighed against names that only modify a noun, own a thing, open
 * an organisation's name or stand for an actor.
 */
#include <ctype.h>

#include "events_internal.h"

/* ---------------------------------------------------------- the place */

/* Is the mention followed by a possessive 's ("Yemen's")? */
int ev_possessive_in(const ge_text *t, const ge_mention *mm)
{
    const char *after = t->s + mm->end;
    size_t left = t->len - mm->end;
    return (left >= 2 && after[0] == '\'' && (after[1] == 's' || after[1] == 'S')) ||
           (left >= 4 && !memcmp(after, "\xe2\x80\x99s", 4)) ||
           (mm->end - mm->start >= 2 && t->s[mm->end - 2] == '\'' && t->s[mm->end - 1] == 's');
}

int ev_possessive(const sent *s, const ge_mention *mm)
{
    return ev_possessive_in(s->t, mm);
}

/* Month and day names (dates are only parsed with a publication date). */
EV_WORDS_SHARED(ev_calendar_words, "january", "february", "march", "april", "may", "june", "july",
                "august", "september", "october", "november", "december", "jan", "feb", "mar",
                "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "monday", "tuesday",
                "wednesday", "thursday", "friday", "saturday", "sunday", "ramadan", "christmas",
                "easter");

/* Religious adjectives, capitalised but no names of places: "a Shiite
 * Muslim mosque", "the Catholic church". */
EV_WORDS_SHARED(ev_faith_words, "shiite", "shia", "sunni", "muslim", "catholic", "protestant",
                "orthodox", "hindu", "buddhist", "sikh", "islamic", "christian", "jewish", "coptic",
                "evangelical", "anglican");

/* Nouns that head a place: "the Ghat area", "Erbil airport". */
EV_WORDS_SHARED(ev_premises, "store", "stores", "shop", "shops", "bank", "restaurant", "bar",
                "nightclub", "mall", "home", "house", "residence", "apartment", "office", "motel",
                "warehouse", "pharmacy", "supermarket", "dealership", "business");
EV_WORDS_SHARED(ev_place_nouns, "area", "areas", "region", "district", "province", "city", "town",
                "village", "camp", "border", "airport", "port", "base", "neighborhood",
                "neighbourhood", "countryside", "outskirts", "suburb", "suburbs", "state", "county",
                "valley", "coast", "market", "square", "street", "road", "highway", "crossing",
                "governorate", "municipality", "township", "quarter", "mountains", "hills", "river",
                "island", "islands", "zone", "front", "airbase", "checkpoint", "station", "bridge",
                "prison", "capital", "embassy", "towns", "villages", "cities", "streets", "farms",
                "frontier", "territory", "waters", "airspace", "soil", "installations", "facility",
                "facilities", "heartland", "provinces", "districts", "regions", "borders",
                "hospital", "school", "university", "mosque", "church", "hill", "mountain",
                "junction", "roundabout", "park", "stadium", "hotel", "compound", "refinery", "dam",
                "lake", "canal", "plain", "plateau", "peninsula", "bay", "gulf", "sea", "desert",
                "forest", "barracks", "garrison", "sector", "corridor", "pass");

/* Locative weight of a mention: a locative phrase before it (through a few
 * modifier words: "in the southern countryside of"), or, for material
 * events, the object right after the trigger ("captured Palmyra"). A
 * place given as a distance reference ("70 km north of Baghdad") is not
 * the event's place. *loc_b gets the first token of the locative. */
static int locative_weight(const sent *s, const ge_mention *mm, uint32_t te, int objects,
                           uint32_t *loc_b)
{
    EV_WORDS(kin, "father", "mother", "son", "daughter", "wife", "husband", "brother", "sister",
             "parents", "children", "relatives", "family", "uncle", "aunt", "cousin", "nephew",
             "niece", "widow", "grandson", "granddaughter", "grandfather", "grandmother");
    uint32_t j = mm->tok_begin;
    int of_place = 0, of_other = 0;
    *loc_b = j;
    for (int skip = 0; skip <= 7 && j > s->b; skip++) {
        const match *x = ev_match_ending(s, LX_LOCATIVE, j);
        if (x && x->e == te && !objects)
            return 0; /* the trigger's own word: "called on Rwanda to withdraw" asks
                         Rwanda, it is not where */
        if (x) {
            *loc_b = x->b;
            if (x->e - x->b >= 2 && ev_tok_is(s, x->e - 1, "of")) {
                for (uint32_t k = x->b; k > s->b && x->b - k < 3; k--)
                    if (ev_tok_among(s, k - 1, "km", "kms", "kilometers",
                                               "kilometres", "miles", "mi",
                                               "meters", "metres"))
                        return -1;
            }
            /* the target of a material act is its place ("The attack on
             * Mirebalais was the latest in a series of offensives outside
             * the capital") */
            if (objects && x->b == te && x->e == te + 1 && ev_tok_among(s, te, "on", "against"))
                return 4;
            return x->x->cls;
        }
        if (j > s->b + 1 && ev_tok_is(s, j - 1, "between") &&
            (ev_tok_in(s, j - 2, ev_place_nouns) ||
             ev_tok_among(s, j - 2, "zone", "line", "corridor", "frontline",
                                    "junction"))) {
            *loc_b = j - 1;
            return 2; /* "the crossing between Israel and the Gaza Strip" */
        }
        if (objects && !of_other && (j == te || (j == te + 2 && ev_tok_is(s, te, "and") && ev_is_word(s, te + 1) &&
                                    !(s->t->tokens[te + 1].flags & GE_TOK_CAP) &&
                                    ev_tok_norm_ends(s, te + 1, "ed")))) {
            /* ("expelled Ethiopia's ambassador": whose people, not where) */
            uint32_t h = mm->tok_end + 2;
            if (j == mm->tok_begin && ev_possessive(s, mm) && h < s->e &&
                ev_match_at(s, LX_AGENT, h))
                return 0;
            return j == mm->tok_begin && ev_possessive(s, mm)
                       ? 2  /* ("stormed Haiti's largest prison in Port-au-Prince": the
                               owner of the object yields to a place told after it) */
                       : 4; /* the object of a material act is its own place ("captured
                               and annexed X" too) */
        }
        uint32_t p = j - 1;
        if (ev_tok_is(s, p, ",") && p > s->b && ev_tok_in(s, p - 1, ev_place_nouns)) {
            j = p; /* "in the capital, Harare" */
            continue;
        }
        if (ev_tok_is(s, p, "s") && p > s->b + 1 && ev_is_punct(s, p - 1) && ev_mention_at(s, p - 2) >= 0) {
            j = p - 1; /* the "'s" of "Iraq's" */
            continue;
        }
        if (ev_is_punct(s, p) && p > s->b && ev_tok_is(s, p + 1, "s") && ev_mention_at(s, p - 1) >= 0) {
            j = p;
            continue;
        }
        /* (a participle that describes the place is no act between:
         * "in the occupied West Bank", "in the besieged city of") */
        if (!ev_is_word(s, p) ||
            (ev_is_trigger_tok(s, p) &&
             !(ev_tok_norm_ends(s, p, "ed") && p > s->b && ev_tok_in(s, p - 1, ev_determiners))))
            break;
        int mp = ev_mention_at(s, p);
        if (mp >= 0 && s->m->v[mp].kind != GE_KIND_DEMONYM) {
            /* through a container: "in Iraq's northern city of Kirkuk",
             * "in the West Bank city of Nablus" */
            if (ev_possessive(s, &s->m->v[mp]) || of_place) {
                j = s->m->v[mp].tok_begin;
                continue;
            }
            break;
        }
        if (ev_tok_in(s, p, ev_np_stops) && !ev_tok_is(s, p, "of"))
            break;
        if (ev_tok_is(s, p, "of") && p > s->b && ev_tok_in(s, p - 1, ev_place_nouns))
            of_place = 1;
        else if (ev_tok_is(s, p, "of") && p > s->b && ev_tok_in(s, p - 1, kin))
            of_other = 1; /* "kidnapped the father of Liverpool footballer Luis Diaz":
                             the object is the father, not the place */
        j = p;
    }
    return 0;
}


static int inside(const sent *s, const ge_mention *mm, const ge_actor *a)
{
    return a->start < a->end && s->t->tokens[mm->tok_begin].start >= a->start &&
           s->t->tokens[mm->tok_end - 1].end <= a->end;
}

/* Is the mention inside an organisation name from the agents lexicon
 * ("Free Syrian Army") or an attribution ("according to a source in X,")? */
static int not_a_scene(const sent *s, const ge_mention *mm)
{
    const match *x = ev_match_at(s, LX_AGENT, mm->tok_begin);
    if (x && mm->tok_end <= x->e &&
        (x->e - x->b >= 2 || isupper((unsigned char)s->lx->pool[x->x->text])))
        return 1;
    /* where a group's branch works: "JNIM, al Qaeda's affiliate in the
     * Sahel, said its fighters had killed" */
    uint32_t b = mm->tok_begin;
    if (b > s->b + 1 && ev_tok_is(s, b - 1, "the"))
        b--;
    if (b >= s->b + 2 && ev_tok_is(s, b - 1, "in") &&
        ev_tok_among(s, b - 2, "affiliate", "affiliates", "branch", "branches",
                               "franchise", "offshoot", "wing"))
        return 1;
    for (uint32_t j = mm->tok_begin; j > s->b && mm->tok_begin - j < 25; j--) {
        if (ev_is_punct(s, j - 1) && !ev_tok_is(s, j - 1, "-"))
            return 0;
        if (ev_tok_is(s, j - 1, "according") && ev_tok_is(s, j, "to"))
            return 1;
    }
    return 0;
}

/* "near the Niger border", "along the border with Niger": the act is near
 * that country's edge, as often on the other side of it as not. */
static int border_of(const sent *s, const ge_mention *mm)
{
    EV_WORDS(edge, "border", "borders", "frontier");
    uint32_t b = mm->tok_begin, e = mm->tok_end;
    if (e < s->e && ev_tok_in(s, e, edge))
        return 1;
    return b >= s->b + 2 && ev_tok_is(s, b - 1, "with") && ev_tok_in(s, b - 2, edge);
}

/* "sanctions on Russia", "an embargo against Cuba", "tariffs on China": the
 * country the measure is aimed at, not where anything happens. */
static int penalised(const sent *s, const ge_mention *mm)
{
    EV_WORDS(measures, "sanctions", "sanction", "embargo", "embargoes", "tariffs", "tariff",
             "boycott", "ban", "bans");
    /* "a conference on Sudan in London", "talks on Ukraine", "a report
     * on Myanmar": what is talked about, not where */
    EV_WORDS(topics, "conference", "talks", "summit", "meeting", "report", "resolution", "debate",
             "statement", "policy", "envoy", "hearing");
    uint32_t b = mm->tok_begin;
    if (b >= s->b + 2 &&
        (((ev_tok_is(s, b - 1, "on") || ev_tok_is(s, b - 1, "against")) &&
          ev_tok_in(s, b - 2, measures)) ||
         ((ev_tok_is(s, b - 1, "on") || ev_tok_is(s, b - 1, "about")) &&
          ev_tok_in(s, b - 2, topics))))
        return 1;
    /* "the embassies of France, Belgium and Kenya in Kinshasa": whose
     * missions, not where (through a list of names) */
    EV_WORDS(missions, "embassy", "embassies", "consulate", "consulates", "mission", "missions",
             "ambassador", "ambassadors");
    for (uint32_t j = b; j > s->b + 1 && b - j < 16; j--) {
        if (ev_tok_is(s, j - 1, "of"))
            return ev_tok_in(s, j - 2, missions);
        if (!(ev_tok_among(s, j - 1, ",", "and", "the") ||
              ev_mention_at(s, j - 1) >= 0))
            return 0;
    }
    return 0;
}

/* "a Moscow court", "Kano police", "the Lagos state government": a town's
 * or state's institution acts where it sits (a country's does not say
 * where: "the US court"). */
static int local_institution(const sent *s, const ge_mention *mm)
{
    EV_WORDS(bodies, "court", "courts", "police", "council", "prosecutors", "prosecutor", "judge",
             "tribunal", "mayor", "governor", "authorities");
    if (mm->tok_end >= s->e || !ev_tok_in(s, mm->tok_end, bodies) || !s->g)
        return 0;
    const ge_place *p = ge_gazetteer_place(s->g, mm->place);
    return p && p->level > GE_LEVEL_COUNTRY;
}

/* "on the srinagar highway" (a lower-case archive: in ordinary case the
 * recogniser takes "Srinagar Highway" as a road): a road named after a
 * town is not in it. */
static int road_named(const sent *s, const ge_mention *mm)
{
    EV_WORDS(roads, "highway", "road", "street", "avenue", "expressway", "motorway", "boulevard");
    return mm->tok_end < s->e && ev_tok_in(s, mm->tok_end, roads);
}

/* "a Berea man", "two Alachua teenagers": where someone lives, not where
 * the act was (a local paper's story says that apart). */
static int residence(const sent *s, const ge_mention *mm)
{
    EV_WORDS(people, "man", "men", "woman", "women", "boy", "boys", "girl", "girls", "teen",
             "teens", "teenager", "teenagers", "youth", "youths", "couple", "resident", "residents",
             "native", "father", "mother", "husband", "wife", "student", "students", "driver",
             "motorist");
    uint32_t n = mm->tok_end;
    return n < s->e && ev_tok_in(s, n, people);
}

/* "in solidarity with Palestinians in Gaza", "aid for refugees in
 * Darfur": the place says where those people are, and they are named
 * after a preposition, not as the act's object ("attacked protesters in
 * Kabul" is where, and so is the act's own "with": "clashes with protesters
 * in Punjab"). */
static int where_people_are(const sent *s, uint32_t lb, uint32_t te)
{
    if (lb < s->b + 2 || !ev_tok_is(s, lb, "in"))
        return 0;
    uint32_t n = lb - 1; /* the people */
    int m = ev_mention_at(s, n);
    if (!((m >= 0 && s->m->v[m].kind == GE_KIND_DEMONYM) || ev_match_at(s, LX_AGENT, n)))
        return 0;
    uint32_t b = m >= 0 ? s->m->v[m].tok_begin : n;
    if (b - 1 == te && ev_tok_is(s, b - 1, "with"))
        return 0; /* the act's own "with": "clashes with protesters in Punjab" */
    return b > s->b && ev_tok_among(s, b - 1, "with", "for", "to",
                                              "among");
}

/* "were wounded and brought to a hospital in Catarman": a place of care
 * the hurt were taken to, after the act (locative word at lb), no place of
 * it */
static int place_of_care(const sent *s, uint32_t lb, uint32_t te)
{
    if (lb < te + 2 || !ev_tok_is(s, lb, "in"))
        return 0;
    for (uint32_t j = lb; j > te && lb - j < 4; j--)
        if (ev_tok_among(s, j - 1, "hospital", "hospitals", "clinic", "morgue", "mortuary"))
            for (uint32_t k = j - 1; k > te && j - 1 - k < 3; k--)
                if (ev_tok_is(s, k - 1, "to"))
                    return 1;
    return 0;
}

/* Is the mention a possessor followed by a place it contains ("Yemen's
 * Maarib province", "India's state of Assam")? */
static int possessor(const sent *s, size_t k)
{
    const ge_mention *mm = &s->m->v[k];
    if (!ev_possessive(s, mm))
        return 0;
    for (size_t q = k + 1; q < s->me; q++)
        if (s->m->v[q].place != GE_NONE && s->m->v[q].tok_begin <= mm->tok_end + 6)
            return 1;
    return 0;
}


static int is_country(const sent *s, const ge_mention *mm)
{
    const ge_place *p = s->g ? ge_gazetteer_place(s->g, mm->place) : NULL;
    return p && p->level <= GE_LEVEL_COUNTRY;
}

/* Is the mention a modifier of a following noun ("US interests", "the US
 * base")? With strong locatives ("in", "at") a city before a place noun
 * is the place ("in the Baghdad district"), a country is not. */
static int water(const sent *s, const ge_mention *mm)
{
    const ge_place *p = s->g && mm->place != GE_NONE ? ge_gazetteer_place(s->g, mm->place) : NULL;
    return p && (ge_fcode_starts(p, "SEA") || ge_fcode_starts(p, "OCN") ||
                 ge_fcode_starts(p, "GULF") || ge_fcode_starts(p, "BAY"));
}

static int modifier_of_noun(const sent *s, const ge_mention *mm, int strong)
{
    uint32_t n = mm->tok_end;
    if (n >= s->e || !(s->t->tokens[n].flags & GE_TOK_WORD))
        return 0;
    /* "the Marshall Islands-flagged bulk carrier", "a Gaza-based group":
     * a place joined to a participle modifies what follows */
    if ((s->t->tokens[n].flags & GE_TOK_HYPHEN_BEFORE) && ev_tok_norm_ends(s, n, "ed"))
        return 1;
    if (ev_match_at(s, LX_AGENT, n) && is_country(s, mm))
        return 1; /* "the U.S. Army helicopter", "Iraqi police" */
    if (s->t->tokens[n].flags & GE_TOK_CAP) {
        /* a country before a name and a noun: "a U.S. Chinook helicopter" */
        if (!is_country(s, mm))
            return 0;
        uint32_t j = n;
        while (j < s->e && j - n < 4 &&
               ((s->t->tokens[j].flags & GE_TOK_CAP) ||
                (j > n && (s->t->tokens[j].flags & GE_TOK_HYPHEN_BEFORE))) &&
               (s->t->tokens[j].flags & (GE_TOK_WORD | GE_TOK_NUMBER)) && !ev_in_date(s, j) &&
               !ev_match_at(s, LX_AGENT, j) && !ev_is_trigger_tok(s, j))
            j++;
        return j > n && j < s->e && (s->t->tokens[j].flags & GE_TOK_WORD) &&
               !(s->t->tokens[j].flags & GE_TOK_CAP) && !ev_tok_in(s, j, ev_np_stops) &&
               !ev_is_trigger_tok(s, j) && !ev_match_at(s, LX_LOCATIVE, j) &&
               !ev_match_at(s, LX_MODIFIER, j) && !ev_in_date(s, j);
    }
    /* a country before a plural event word that ends its phrase names whose
     * they are, not where: "to attack US targets.", "US strikes on Iran" */
    if (ev_is_trigger_tok(s, n) && is_country(s, mm) && ev_tok_norm_ends(s, n, "s") &&
        (n + 1 >= s->e || !ev_is_word(s, n + 1) || ev_tok_in(s, n + 1, ev_np_stops)))
        return 1;
    if (ev_tok_in(s, n, ev_np_stops) || ev_is_trigger_tok(s, n) || ev_match_at(s, LX_LOCATIVE, n) ||
        ev_match_at(s, LX_MODIFIER, n))
        return 0;
    if (ev_tok_in(s, n, ev_place_nouns))
        return (is_country(s, mm) && ev_tok_among(s, n, "base", "airbase", "embassy")) ||
               (water(s, mm) && ev_tok_among(s, n, "port", "city", "town"));
               /* (and "in the Black Sea port city": a town on it) */
    /* an adverb or a time word is not a head noun: "in Ivory Coast earlier this week" */
    if (ev_tok_norm_ends(s, n, "ly") ||
        (ev_tok_norm_ends(s, n, "ed") && s->t->tokens[n].norm_len > 4) || /* "in
        Switzerland aimed at": a verb */
        ev_tok_among(s, n, "earlier", "later", "last", "next", "yesterday",
                           "today", "tonight", "overnight", "early", "late",
                           "ago", "each", "every", "again", "too", "alone",
                           "itself", "instead", "now", "soon"))
        return 0;
    (void)strong; /* a town before a noun is still where it happened: "a Baghdad restaurant" */
    return is_country(s, mm);
}

/* Is the mention a container named before the place it holds: "the West
 * Bank city of Nablus", "the Harare township of Highfield"? */
static int container_of_next(const sent *s, size_t k)
{
    const ge_mention *mm = &s->m->v[k];
    uint32_t j = mm->tok_end;
    for (int n = 0; n < 3 && j < s->e && !ev_tok_is(s, j, "of"); n++, j++)
        if (!ev_tok_in(s, j, ev_place_nouns) && !(s->t->tokens[j].flags & GE_TOK_WORD))
            return 0;
    if (!ev_tok_is(s, j, "of") || j == mm->tok_end)
        return 0;
    for (size_t q = k + 1; q < s->me; q++)
        if (s->m->v[q].tok_begin == j + 1 || (s->m->v[q].tok_begin == j + 2 && ev_tok_is(s, j + 1, "the"))) {
            if (s->m->v[q].place == GE_NONE)
                return 0;
            /* "the Bannu district of Khyber Pakhtunkhwa province": the
             * later is the bigger, so the container */
            const ge_place *a = s->g ? ge_gazetteer_place(s->g, mm->place) : NULL;
            const ge_place *b = s->g ? ge_gazetteer_place(s->g, s->m->v[q].place) : NULL;
            return !(a && b && b->level < a->level);
        }
    return 0;
}

/* "to" + a verb between the trigger and a later mention. */
static int other_verb_between(const sent *s, uint32_t te, const ge_mention *mm)
{
    EV_WORDS(nouns, "death", "hospital", "safety", "power", "court", "prison", "jail", "school",
             "work", "trial", "ground",
             /* (force used to end a crowd's act is used where the crowd is:
              * "used tear gas to clear a highway blockade near Parotani") */
             "clear", "disperse", "quell", "evict", "remove");
    uint32_t end;
    for (uint32_t j = te; j + 1 < mm->tok_begin; j++)
        if (ev_tok_is(s, j, "to") && (s->t->tokens[j + 1].flags & GE_TOK_WORD) &&
            !ev_tok_in(s, j + 1, nouns) && ev_number_at(s, j + 1, &end) < 0 && /* "to two cars" */
            !(s->t->tokens[j + 1].flags & GE_TOK_CAP) && !ev_tok_in(s, j + 1, ev_determiners) &&
            !ev_match_at(s, LX_LOCATIVE, j + 1) && ev_mention_at(s, j + 1) < 0 && !ev_is_trigger_tok(s, j + 1))
            return 1;
    return 0;
}


/* A report of the event after a comma between it and a later mention:
 * the place is where it was told ("freed 104 passengers, a security
 * official told reporters in Quetta"; "an official said in Lahore"). */
static int report_between(const sent *s, uint32_t te, const ge_mention *mm)
{
    int comma = 0;
    for (uint32_t j = te; j < mm->tok_begin; j++) {
        comma |= ev_tok_is(s, j, ",");
        const match *x = comma ? ev_match_at(s, LX_MODIFIER, j) : NULL;
        if ((x && x->x->cls == MOD_REPORT) || (comma && ev_tok_is(s, j, "according")))
            return 1; /* lexicon/modifiers.txt's reporting verbs, or "according to" */
    }
    return 0;
}

/* A mention in the name of who reports the event, after it: ", the
 * Sinaloa state prosecutor's office said", ", Kano police spokesman
 * Abdullahi Haruna said": the source's, not the event's place. */
static int in_source_after(const sent *s, uint32_t te, const ge_mention *mm)
{
    int comma = 0;
    for (uint32_t j = te; j < mm->tok_begin && !comma; j++)
        comma = ev_tok_is(s, j, ",");
    if (!comma || (mm->tok_begin > s->b && ev_match_ending(s, LX_LOCATIVE, mm->tok_begin - 1)))
        return 0;
    for (uint32_t j = mm->tok_end; j < s->e && j < mm->tok_end + 7; j++) {
        const match *x = ev_match_at(s, LX_MODIFIER, j);
        if (x && x->x->cls == MOD_REPORT)
            return 1;
        if (ev_is_punct(s, j) && !ev_possessive_token(s, j) && !ev_possessive_token(s, j + 1))
            return 0; /* (through "prosecutor's") */
        if (ev_is_trigger_tok(s, j) || ev_match_at(s, LX_LOCATIVE, j))
            return 0;
    }
    return 0;
}

/* A statement about the event between it and a later mention: the place
 * is where that was said ("the attack was condemned in Paris"). */
static int verbal_event_between(const sent *s, uint32_t te, const ge_mention *mm)
{
    for (uint32_t j = te; j < mm->tok_begin; j++) {
        const match *x = ev_match_at(s, LX_TRIGGER, j);
        /* (or talks named between: "strikes on Rafah as talks resume in
         * Cairo") */
        if (x && !(x->x->flags & (LXF_INHERIT | LXF_WEAK)) &&
            (((x->x->flags & LXF_VERB) && !ev_verb_form_as_noun(s, x)) ||
             ((x->x->flags & LXF_NOUN) && j > te))) {
            int q = ge_plover_quad(x->x->type);
            if (q == 1 || q == 3)
                return 1;
        }
    }
    return 0;
}

/* A word opening another clause between tokens [b, e): "bombed ... while
 * in neighbouring Iraq, saboteurs ...". */
static int clause_word(const sent *s, uint32_t b, uint32_t e)
{
    EV_WORDS(words, "while", "whereas", "but", "although", "meanwhile", ";");
    EV_WORDS(pronouns, "he", "she", "they", "it", "we");
    for (uint32_t j = b; j < e; j++) {
        if (ev_tok_in(s, j, words))
            return 1;
        /* ", and police fired tear gas ... in Ikeja": a new subject after
         * ", and" opens another clause with its own place (2); so does "as"
         * ("kills three as Russia presses east of Oskil", "The protests
         * come as a landslide in Totonicapan killed four") */
        if (ev_as_clause(s, j))
            return 2;
        if (j + 2 < e && ev_tok_is(s, j, ",") && ev_tok_is(s, j + 1, "and")) {
            uint32_t h = j + 2 + (ev_tok_in(s, j + 2, ev_determiners) ? 1 : 0);
            if (h < e && (ev_tok_in(s, h, pronouns) || ev_match_at(s, LX_AGENT, h)))
                return 2;
        }
    }
    return 0;
}

/* Punctuation or a clause word between tokens [b, e). */
static int clause_break(const sent *s, uint32_t b, uint32_t e)
{
    EV_WORDS(words, "said", "says", "while", "after", "before", "when", "which", "who", "but",
             "where");
    for (uint32_t j = b; j < e; j++)
        if ((ev_is_punct(s, j) && !ev_tok_is(s, j, "-") && !ev_tok_is(s, j, "'")) || ev_tok_in(s, j, words))
            return 1;
    return 0;
}

/* A place mention soon after the trigger in the same clause. */
static int near_after(const sent *s, const ge_mention *mm, uint32_t te)
{
    if (mm->tok_begin < te || mm->tok_begin - te > 10)
        return 0;
    for (uint32_t j = te; j < mm->tok_begin; j++)
        if ((ev_is_punct(s, j) && !ev_tok_is(s, j, "-")) || ev_tok_in(s, j, ev_np_stops))
            if (!ev_tok_is(s, j, "of"))
                return 0;
    return 1;
}

/* Part of a longer hyphenated name the gazetteer does not hold: "Al" in
 * "Al-Sham", "Tal" in "Tal-Abyad". */
int ev_fragment(const sent *s, const ge_mention *mm)
{
    uint32_t n = mm->tok_end;
    if (n < s->e && (s->t->tokens[n].flags & GE_TOK_HYPHEN_BEFORE) &&
        (s->t->tokens[n].flags & GE_TOK_CAP) && ev_mention_at(s, n) < 0)
        return 1;
    uint32_t b = mm->tok_begin;
    /* the Arabic article is part of the name: "Al-Qarassi" is Qarassi */
    EV_WORDS(article, "al", "el", "ad", "ar", "as", "an", "at", "ash", "az", "ath", "ed", "er",
             "es", "et", "ul");
    if ((s->t->tokens[b].flags & GE_TOK_HYPHEN_BEFORE) && b > s->b &&
        (s->t->tokens[b - 1].flags & GE_TOK_CAP) && ev_mention_at(s, b - 1) < 0 &&
        !ev_tok_in(s, b - 1, article))
        return 1;
    return 0;
}

/* A place followed by a capitalised word that is no place, date or place
 * noun is the start of a longer name: "the 1967 Middle East War", "the
 * Singapore Open", "the Kurdistan Democratic Party". */
static int part_of_name(const sent *s, const ge_mention *mm)
{
    uint32_t n = mm->tok_end;
    if (n >= s->e || !(s->t->tokens[n].flags & GE_TOK_WORD) ||
        !(s->t->tokens[n].flags & GE_TOK_CAP) || (s->t->tokens[n].flags & GE_TOK_UPPER) ||
        (s->t->tokens[n].flags & (GE_TOK_SENT_START | GE_TOK_LINE_START)) || ev_possessive(s, mm))
        return 0;
    if (ev_mention_at(s, n) >= 0 || ev_in_date(s, n) || ev_tok_in(s, n, ev_calendar_words) ||
        ev_match_at(s, LX_LOCATIVE, n))
        return 0;
    /* the name goes on to an organisation or an event: an agent word ("South
     * Lebanon Army") or a name head ("Middle East War", "Singapore Open");
     * "Aleppo Thermal Power Plant" or "Ain Arab" are still places */
    EV_WORDS(heads, "war", "open", "cup", "games", "championship", "championships", "summit",
             "prize", "award", "festival", "times", "post", "news", "daily", "airlines", "airways",
             "party", "front", "movement", "council", "committee", "company", "corporation", "bank",
             "league", "club", "union", "federation", "association", "institute", "foundation",
             "agency", "group", "tribune", "herald", "journal");
    for (uint32_t j = n; j < s->e && j < n + 4; j++) {
        if (!(s->t->tokens[j].flags & GE_TOK_WORD) || !(s->t->tokens[j].flags & GE_TOK_CAP))
            break;
        if (ev_tok_in(s, j, ev_place_nouns))
            return 0; /* "Alexandria University", "Erbil Airport" */
        if (ev_match_at(s, LX_AGENT, j) || ev_tok_in(s, j, heads))
            return 1;
    }
    return 0;
}

/* "against Turkey's environment minister", "Iraq's 55 most wanted": a
 * possessive place owning a person or thing, not where the event was. */
static int owner_of_thing(const sent *s, const ge_mention *mm)
{
    if (!ev_possessive(s, mm))
        return 0;
    uint32_t j = mm->tok_end;
    while (j < s->e && j < mm->tok_end + 2 && (ev_tok_is(s, j, "'") || ev_tok_is(s, j, "s") ||
                                              (ev_is_punct(s, j) && ev_tok_is(s, j + 1, "s"))))
        j++;
    if (j < s->e && (s->t->tokens[j].flags & GE_TOK_NUMBER))
        return 1;
    j = ev_skip_modifiers(s, j, 3);
    if (j >= s->e || !ev_is_word(s, j) || (s->t->tokens[j].flags & GE_TOK_CAP) ||
        ev_tok_in(s, j, ev_place_nouns) || ev_mention_at(s, j) >= 0)
        return 0;
    /* the head is the last of a run of lower-case words: "environment minister" */
    uint32_t h = j;
    while (h + 1 < s->e && ev_is_word(s, h + 1) && !(s->t->tokens[h + 1].flags & GE_TOK_CAP) &&
           !ev_tok_in(s, h + 1, ev_np_stops) && !ev_is_trigger_tok(s, h + 1) && h - j < 3)
        h++;
    return !ev_tok_in(s, h, ev_place_nouns) && !ev_tok_in(s, j, ev_place_nouns);
}

#define PLACE_WINDOW 40

static int capital_meant(const sent *s, size_t k)
{
    return ev_capital_meant(s->t, s->g, s->m, k);
}

place_choice ev_choose_place(const sent *s, uint32_t tb, uint32_t te, const ge_event *ev)
{
    place_choice c = {-1, NULL, -1e9f, 0};
    int objects = ev->quad_code == 2 || ev->quad_code == 4 || ge_str_is(ev->mode, "visit");
    int motion = ge_str_is(ev->event_type, "MOBILIZE") || ge_str_is(ev->event_type, "RETREAT") ||
                 ge_str_is(ev->event_type, "CONSULT") || ge_str_is(ev->event_type, "AID");
    /* places within PLACE_WINDOW tokens of the trigger */
    uint32_t lo = tb > s->b + PLACE_WINDOW ? tb - PLACE_WINDOW : s->b;
    for (size_t k = ev_mention_from(s, lo); k < s->me && s->m->v[k].tok_begin <= te + PLACE_WINDOW; k++) {
        const ge_mention *mm = &s->m->v[k];
        int capital = -1;
        if (mm->place == GE_NONE ||
            (mm->kind == GE_KIND_DEMONYM && (capital = capital_meant(s, k)) < 0))
            continue;
        if (mm->tok_begin < te && mm->tok_end > tb)
            continue;
        if (not_a_scene(s, mm) || border_of(s, mm) || penalised(s, mm) || road_named(s, mm))
            continue;
        /* (a bureau's dateline says where the report was filed, not where
         * the story is) */
        if ((s->bureau_line && ev_dateline(s->t, mm)) ||
            ev_in_report_frame(s, mm->tok_begin, mm->tok_end, tb))
            continue; /* (nor where it was told: "told reporters in Makurdi that") */
        uint32_t lb;
        int loc = locative_weight(s, mm, te, objects, &lb);
        if (loc > 0 && ((ev_tok_is(s, lb, "from") &&
                         (strcmp(ev->event_type, "RETREAT") || lb > te + 1)) ||
                        ((ev_tok_is(s, lb, "to") || ev_tok_is(s, lb, "toward") ||
                          ev_tok_is(s, lb, "towards")) && !motion)))
            loc = 0; /* an origin ("fighters from Homs"; a withdrawal's is its place:
                        "withdrew from Nagorno-Karabakh"), or a goal of something else
                        than a movement ("shipped him off to Japan") */
        if (mm->kind == GE_KIND_METONYM && loc < 3)
            continue;
        if (loc > 0 && (where_people_are(s, lb, te) || place_of_care(s, lb, te)))
            continue;
        if (loc > 0 && ev_tok_is(s, lb, "over") && ev_possessive(s, mm))
            continue; /* "a dispute over Ethiopia's plan": what it is about */
        if (loc > 0 && lb > s->b && (lb - 1 < tb || lb - 1 >= te) &&
            ev_tok_among(s, lb - 1, "war", "conflict", "crisis"))
            continue; /* "sanctions on Russia over its war in Ukraine": what it is about */
        if (loc <= 0 && objects && inside(s, mm, &ev->recipient) &&
            ev->recipient.end <= s->t->tokens[tb].start && !modifier_of_noun(s, mm, 0) &&
            !residence(s, mm))
            loc = 1; /* the subject of a passive: "Belet Huen was captured" */
        if (loc <= 0 && inside(s, mm, &ev->actor) && local_institution(s, mm))
            loc = 1; /* "a Moscow court sentenced": where the court sits */
        else if (loc <= 0 && (inside(s, mm, &ev->actor) || inside(s, mm, &ev->recipient)))
            continue; /* "Iran" in "deterring Iran", "the Baghdad government" */
        if (loc > 0 && modifier_of_noun(s, mm, loc <= 2 ? 0 : 1))
            continue; /* "attacks on US interests", "outside the US headquarters" */
        /* (the crowd dispersed was where its own clause puts it: "fired
         * tear gas to disperse protesters who tried to storm the homes of
         * two ministers in Imphal") */
        int crowd = ge_str_is(ev->mode, "crowd-control") && !report_between(s, te, mm) &&
                    !in_source_after(s, te, mm);
        if (!crowd && (other_verb_between(s, te, mm) || verbal_event_between(s, te, mm) ||
                       report_between(s, te, mm) || in_source_after(s, te, mm) ||
                       ev_relative_act(s, te, mm->tok_begin, 0) ||
                       ev_act_of_time_phrase_between(s, te, mm, ev->event_type)))
            continue; /* "met ... to exert pressure on Washington", "the attack was
                         condemned in Paris", ", an official said in Lahore", "struck
                         fighters who fired rockets at southern Israel", "erupted after
                         the arrest of Zambada in the United States" */
        /* "the nearby city of Gurugram, where a mosque was set on fire": the
         * relative clause's act is at the place it hangs on */
        int where = mm->tok_end + 1 < tb && ev_tok_is(s, mm->tok_end, ",") &&
                    ev_tok_is(s, mm->tok_end + 1, "where");
        if (where && loc < 3)
            loc = 3;
        int later_clause = mm->tok_begin >= te ? clause_word(s, te, mm->tok_begin) : 0;
        if (later_clause == 2)
            continue; /* another subject's clause */
        int other_clause = !where && ((mm->tok_end <= tb && clause_break(s, mm->tok_end, tb) &&
                                       !(loc > 0 && lb <= s->b + 1)) ||
                                      later_clause);
        int after = mm->tok_begin >= te;
        /* (a headline's semicolon joins two stories: "Farmers block roads
         * across France; police fire tear gas in Brussels"; in a sentence it
         * may only part the items of a list) */
        int semicolon = 0;
        for (uint32_t j = after ? te : mm->tok_end;
             j < (after ? mm->tok_begin : tb) && !semicolon && s->idx < 3; j++)
            semicolon = ev_tok_is(s, j, ";");
        if (semicolon && ev_headline_like(s))
            continue;
        float dist = after ? (float)(mm->tok_begin - te) : (float)(tb - mm->tok_end);
        float sc = 10.0f * (float)(loc > 0 ? loc : 0) - 0.25f * dist;
        if (loc < 0)
            sc -= 5.0f;
        if (!after && !(loc > 0 && lb <= s->b + 1))
            sc -= 4.0f; /* in the subject: "a Briton born in Pakistan was captured" */
        if (possessor(s, k) || container_of_next(s, k))
            sc -= 8.0f;
        if (loc > 0 && ev_tok_is(s, lb, "in") && lb > s->b) {
            /* "near the settlement of Yitzhar in the northern West Bank": Y
             * in "X in Y" holds X */
            uint32_t p = ev_tok_is(s, lb - 1, ",") ? lb - 1 : lb;
            int pm = p > s->b ? ev_mention_at(s, p - 1) : -1;
            for (uint32_t j = lb + 1; j < mm->tok_begin && pm >= 0; j++)
                if (ev_tok_is(s, j, "of") && ev_tok_in(s, j - 1, ev_place_nouns))
                    pm = -1; /* "in Ukraine in the area of Lugansk": the later is inside */
            if (pm >= 0 && (size_t)pm != k && s->m->v[pm].place != GE_NONE &&
                s->m->v[pm].kind == GE_KIND_TOPONYM && !ev_fragment(s, &s->m->v[pm]))
                sc -= 15.0f;
        }
        if (other_clause)
            sc -= 6.0f;
        if (s->g) {
            const ge_place *p = ge_gazetteer_place(s->g, mm->place);
            if (p && p->level == GE_LEVEL_CONTINENT)
                sc -= 3.0f;
        }
        if (loc < 0 || (loc == 0 && !near_after(s, mm, te)))
            continue; /* a place elsewhere in the sentence: too often another clause */
        if (ev_fragment(s, mm) || owner_of_thing(s, mm) || part_of_name(s, mm))
            continue;
        if (sc > c.score) {
            if (capital < 0)
                capital = capital_meant(s, k);
            c.score = sc;
            c.mention = capital >= 0 ? capital : (int)k;
            c.at = mm->tok_begin;
            c.reason = loc > 0 ? "locative" : "sentence";
        }
    }
    return c;
}


/* "The capital, Kabul, is patrolled by ...", "The Vedeno area, where ...,
 * was captured": the place that opens the subject of a passive material
 * event (within its first words, not a modifier or an owner). */
place_choice ev_passive_subject_place(const sent *s, uint32_t tb)
{
    place_choice c = {-1, NULL, 0, 0};
    if (ev_is_punct(s, s->b) && !ev_tok_is(s, s->b, "("))
        return c; /* a quotation */
    for (size_t k = ev_mention_from(s, s->b); k < s->me && s->m->v[k].tok_end <= tb; k++) {
        const ge_mention *mm = &s->m->v[k];
        if (mm->tok_begin > s->b + 8)
            break;
        uint32_t n = mm->tok_end, end;
        if (n + 1 < s->e && ev_tok_is(s, n, ",") && ev_number_at(s, n + 1, &end) >= 0)
            break; /* a person and an age: "Ian Lyons, 31," */
        if (mm->place == GE_NONE || mm->kind != GE_KIND_TOPONYM || ev_fragment(s, mm) ||
            modifier_of_noun(s, mm, 0) || owner_of_thing(s, mm) || not_a_scene(s, mm) ||
            (s->bureau_line && ev_dateline(s->t, mm)))
            continue; /* (not a bureau's: "RABAT, Oct 2 (Reuters) - Three people were
                         killed when police opened fire ... near Agadir") */
        /* only nouns, names, commas and "of" before it: the subject's head */
        int ok = 1;
        for (uint32_t j = s->b; j < mm->tok_begin && ok; j++)
            ok = !ev_is_trigger_tok(s, j) && !ev_match_at(s, LX_LOCATIVE, j) &&
                 !ev_tok_among(s, j, "said", "says", "who", "which", "when",
                                     "after", "as", "while");
        /* (nor who reports it: "Carabineros, Chile's national police, said
         * 34 people were detained") */
        if (ok && ev_modifier_in(s, mm->tok_end, tb, MOD_REPORT))
            ok = 0;
        if (ok) {
            c.mention = (int)k;
            c.at = mm->tok_begin;
            c.reason = "locative";
        }
        break;
    }
    return c;
}
