/*
 * event_roles.c -- who acted and on whom: the phrases of a trigger's actor
 * and recipient, for an event noun ("Israeli airstrikes on Gaza"), a passive
 * verb ("was shot by police") and an active one, through reported speech
 * ("Switzerland said it had expelled"), coordination ("chased the raiders
 * and shot one"), phrases of place ("a drone strike on a market in Amhara
 * killed") and verbs of giving ("will provide food aid"). The phrases are
 * coded into actors by ev_code_actor (event_attrs.c).
 */
#include "events_internal.h"

/* "Switzerland said it had expelled ...": a pronoun subject after a
 * reporting verb stands for that verb's subject; so does a possessive one
 * before a phrase that names no one ("the army said its aircraft struck"). */
static void subject_of_report(const sent *s, uint32_t *ab, uint32_t *ae)
{
    EV_WORDS(pron, "it", "they", "he", "she", "we");
    EV_WORDS(poss, "its", "their");
    uint32_t p = *ae;
    int possessive = 0;
    if (*ab < *ae && *ab > s->b && ev_tok_in(s, *ab - 1, poss)) {
        ge_actor a;
        memset(&a, 0, sizeof a);
        ev_code_actor(s, *ab, *ae, &a);
        possessive = !a.code[0] && !a.sector[0];
        p = *ab; /* as if the pronoun ended the phrase */
    }
    if (!possessive && !(*ab == *ae && p > s->b && ev_tok_in(s, p - 1, pron)))
        return;
    for (uint32_t j = p - 1; j > s->b; j--) {
        const match *x = ev_match_at(s, LX_MODIFIER, j - 1);
        if (x && x->x->cls == MOD_REPORT) {
            /* what was said has a subject of its own that "it" refers to
             * ("told AP that the vehicle was stopped before it detonated";
             * not "said in a statement that it had expelled") */
            EV_WORDS(det, "the", "a", "an", "this");
            for (uint32_t k = x->e; k + 1 < p && ev_tok_is(s, p - 1, "it"); k++)
                if (ev_tok_is(s, k, "that") && ev_tok_in(s, k + 1, det))
                    return;
            /* (past an apposition: "The Arakan Army, an ethnic armed group
             * fighting ..., said on Friday it had captured") */
            uint32_t v = x->b, b, e;
            if (v > s->b + 2 && ev_tok_is(s, v - 1, ","))
                for (uint32_t k = v - 2; k > s->b + 1 && v - k < 14; k--)
                    if (ev_tok_is(s, k, ",")) {
                        if (ev_tok_among(s, k + 1, "a", "an", "the"))
                            v = k;
                        break;
                    }
            ev_np_left(s, v, &b, &e);
            if (b < e && !ev_tok_in(s, e - 1, pron)) {
                *ab = b;
                *ae = e;
            }
            return;
        }
    }
}

/* "The United Nations will provide 25,000 tons of food aid", "sent
 * reinforcements", "opened an investigation": a noun given or done by a
 * verb of giving or doing is the subject's act.
 * [*ab, *ae) is the noun's own premodifier phrase; when it names no one
 * the giver's phrase replaces it. */
static void given_by(const sent *s, uint32_t tb, uint32_t *ab, uint32_t *ae)
{
    EV_WORDS(give, "provide", "provides", "provided", "providing", "give", "gives", "gave",
             "giving", "offer", "offers", "offered", "send", "sends", "sent", "deliver", "delivers",
             "delivered", "extend", "extends", "extended",
             /* and of doing: "Prosecutors opened an investigation", "the
              * rebels launched an offensive", "students staged a sit-in" */
             "opened", "opens", "launched", "launch", "launches", "conducted", "conduct",
             "conducts", "staged", "stage", "stages", "held", "hold", "holds", "mounted",
             "mount", "mounts", "organised", "organized", "organise", "organize", "made", "make",
             "makes", "announced", "announces", "imposed", "imposes", "impose", "ordered",
             "orders", "order", "declared", "declares", "declare",
             /* "police used tear gas", "coast guard fires water cannon" */
             "used", "uses", "use", "fired", "fires");
    uint32_t j = tb, num_end;
    while (j > s->b && tb - j < 8 && !ev_tok_in(s, j - 1, give) &&
           (ev_is_word(s, j - 1) || ev_number_at(s, j - 1, &num_end) >= 0) &&
           !ev_is_trigger_tok(s, j - 1) &&
           (!ev_tok_in(s, j - 1, ev_np_stops) || ev_tok_is(s, j - 1, "of")))
        j--; /* ("provide nearly 25,000 tons of emergency food aid") */
    if (j == s->b || !ev_tok_in(s, j - 1, give))
        return;
    if (*ab < j) /* the noun's own words stop at the verb */
        *ab = j < *ae ? j : *ae;
    ge_actor a;
    ev_code_actor(s, *ab, *ae, &a);
    if (a.code[0] || a.sector[0])
        return; /* "provided Turkish aid": the noun names its giver */
    uint32_t b, e;
    ev_np_left(s, j - 1, &b, &e);
    subject_of_report(s, &b, &e); /* "the United Nations said it would send aid" */
    if (b < e) {
        *ab = b;
        *ae = e;
    }
}

/* "the police in self-defence fired", "troops on Monday stormed": when the
 * words before the verb name no one and follow a preposition, the subject
 * is the noun phrase before that phrase. */
void ev_subject_before_phrase(const sent *s, uint32_t ab, ge_actor *a)
{
    EV_WORDS(preps, "in", "on", "with", "at", "after", "from");
    /* ("workers from more than 20 factories blocked": past the count's
     * words) */
    if (!a->code[0] && !a->sector[0] && ab >= s->b + 3 && ev_tok_is(s, ab - 1, "than") &&
        ev_tok_among(s, ab - 2, "more", "less", "fewer"))
        ab -= 2;
    if (a->code[0] || a->sector[0] || ab <= s->b + 1 || !ev_tok_in(s, ab - 1, preps))
        return;
    uint32_t b, e;
    ev_np_left(s, ab - 1, &b, &e);
    if (b < e)
        ev_code_actor(s, b, e, a);
}

/* The event noun whose phrase the words from token ab end, through "of",
 * "on", "against", "for"... ("protests against quotas for government
 * jobs", "attack on the region of Odesa"), or UINT32_MAX. */
/* A blow named by a noun with its target after "on" or "against", a few
 * words before the phrase at ab in the same clause ("A strike on a school
 * sheltering ..."): the noun's token, or UINT32_MAX. */
static uint32_t blow_on_before(const sent *s, uint32_t ab)
{
    for (uint32_t q = ab; q > s->b && ab - q < 10; q--) {
        uint32_t j = q - 1;
        if (ev_is_punct(s, j))
            return UINT32_MAX;
        const match *x = ev_match_at(s, LX_TRIGGER, j);
        if (x && x->e == j + 1 && ge_str_is(x->x->type, "ASSAULT") && ev_noun_use(s, x) &&
            ev_tok_among(s, j + 1, "on", "against"))
            return x->b;
    }
    return UINT32_MAX;
}

static uint32_t act_noun_before(const sent *s, uint32_t ab)
{
    EV_WORDS(links, "for", "against", "over", "of", "about", "on", "in", "at", "near");
    uint32_t pb = ab;
    for (int hop = 0; hop < 3 && pb > s->b + 1 && ev_tok_in(s, pb - 1, links); hop++) {
        uint32_t link = pb - 1, nb, ne;
        ev_np_left(s, link, &nb, &ne);
        if (nb >= ne) /* (a phrase stops at an event word: "protests against") */
            return ev_is_trigger_tok(s, link - 1) && !ev_match_at(s, LX_AGENT, link - 1)
                       ? link - 1
                       : UINT32_MAX;
        for (uint32_t q = ne; q-- > nb;)
            if (ev_is_trigger_tok(s, q) && !ev_match_at(s, LX_AGENT, q))
                return q;
        pb = nb;
        while (pb > s->b + 1 && ev_tok_in(s, pb - 1, ev_determiners))
            pb--; /* "on the southern region of Odesa" */
    }
    return UINT32_MAX;
}

/* "Kenyan police leading a U.N.-backed mission arrived", "Troops
 * fighting rebels killed 12": a verb whose subject has a participle's
 * clause after it has the phrase before the participle for subject, not
 * the participle's object (nor none, when that object's phrase breaks). */
static void subject_before_participle(const sent *s, uint32_t tb, uint32_t *ab, uint32_t *ae)
{
    EV_WORDS(not_participles, "during", "including", "according", "regarding", "following", "concerning",
             "excluding", "notwithstanding", "nothing", "something", "anything", "everything",
             "morning", "evening", "building", "buildings", "king", "ring", "thing", "things");
    EV_WORDS(clause, "is", "are", "was", "were", "has", "have", "had", "been", "will", "would",
             "said", "says", "that", "who", "which", "when", "after", "before", "while", "as");
    if (*ab < *ae && *ae != tb)
        return;
    for (uint32_t k = tb; k > s->b + 1 && tb - k < 9; k--) {
        uint32_t j = k - 1;
        if (ev_tok_is(s, j, ",") || ev_tok_is(s, j, ";") || ev_tok_in(s, j, clause))
            return;
        if (*ab < *ae && j >= *ab)
            continue; /* (within the subject found: look before it) */
        if (!ev_tok_norm_ends(s, j, "ing") || ev_tok_in(s, j, not_participles) ||
            !ev_is_word(s, j - 1))
            continue;
        uint32_t b, e;
        ev_np_left(s, j, &b, &e);
        if (b < e && e == j) {
            *ab = b;
            *ae = e;
        }
        return;
    }
}

/* A subject phrase [*ab, *ae) that is a place ending an event noun's
 * phrase ("A Russian drone attack on the region of Odesa"): the noun's own
 * words before it name who acted ("A Russian drone"). */
static void subject_through_place(const sent *s, uint32_t *ab, uint32_t *ae)
{
    if (*ab >= *ae)
        return;
    size_t k = ev_mention_from(s, *ab);
    if (k >= s->me || s->m->v[k].tok_begin >= *ae)
        return;
    uint32_t act = act_noun_before(s, *ab);
    if (act == UINT32_MAX)
        return;
    uint32_t b, e;
    ev_np_left(s, act, &b, &e);
    *ab = b;
    *ae = e;
}

/* Is the subject phrase [ab, ae) a town or province inside a longer
 * phrase ("the provinces of Latakia and Tartus", "in Tartus"), so no one
 * who acts (a country may: "Russia and Ukraine agreed")? */
static int place_in_phrase(const sent *s, uint32_t ab, uint32_t ae)
{
    if (ab >= ae || ab <= s->b || !s->g ||
        !ev_tok_among(s, ab - 1, "of", "and", "in", "at", "near"))
        return 0;
    int mi = ev_mention_at(s, ab);
    if (mi < 0 || s->m->v[mi].tok_begin != ab || s->m->v[mi].tok_end != ae ||
        s->m->v[mi].kind != GE_KIND_TOPONYM || s->m->v[mi].place == GE_NONE)
        return 0;
    const ge_place *p = ge_gazetteer_place(s->g, s->m->v[mi].place);
    return p && p->level > GE_LEVEL_COUNTRY;
}

/* "Turkey, which backs some of the groups, called for", "Boluarte,
 * speaking in Lima, called for", "The United States, a treaty ally of
 * Manila, condemned", "Iran's foreign minister, Abbas Araghchi, arrived": a
 * verb right after an aside between commas has the noun phrase before the
 * aside for subject. */
static void subject_before_aside(const sent *s, uint32_t tb, uint32_t *ab, uint32_t *ae)
{
    if (tb < s->b + 4 || !ev_tok_is(s, tb - 1, ","))
        return;
    for (uint32_t k = tb - 2; k > s->b && tb - k < 16; k--) {
        if (ev_is_punct(s, k) && !ev_tok_is(s, k, ","))
            return;
        if (!ev_tok_is(s, k, ","))
            continue;
        /* (or an apposition: "The United States, a treaty ally of Manila,
         * condemned") */
        /* (or a name: "Iran's foreign minister, Abbas Araghchi, arrived") */
        if (!ev_tok_among(s, k + 1, "which", "who", "whose", "a", "an") &&
            !ev_tok_norm_ends(s, k + 1, "ing") &&
            !((s->t->tokens[k + 1].flags & GE_TOK_CAP) && !s->title_case))
            return;
        uint32_t b, e;
        ev_np_left(s, k, &b, &e);
        if (b < e) {
            *ab = b;
            *ae = e;
        }
        return;
    }
}

/* "police in strength have been deployed", "Villagers in the area have
 * protested", "the men of the reserve were ...": a phrase [*b, *e) after
 * "in" or "of" that names no one stands for the people before it. */
static void people_before_prep(const sent *s, uint32_t *b, uint32_t *e)
{
    ge_actor who;
    uint32_t p = *b;
    int listed = 0;
    while (p > s->b && ev_tok_in(s, p - 1, ev_determiners))
        p--;
    /* (past a list of places: "teachers in Nis and Kragujevac went on
     * strike") */
    while (p >= s->b + 3 && ev_tok_among(s, p - 1, "and", ",", "or")) {
        int mi = ev_mention_at(s, p - 2);
        if (mi < 0 || s->m->v[mi].tok_end != p - 1 || ev_mention_at(s, p) < 0)
            break;
        p = s->m->v[mi].tok_begin;
        listed = 1;
    }
    if (*b >= *e || p < s->b + 2 || !ev_tok_among(s, p - 1, "in", "of"))
        return;
    ev_code_actor(s, *b, *e, &who);
    if ((who.sector[0] || who.code[0]) && !listed)
        return;
    uint32_t pb, pe;
    ev_np_left(s, p - 1, &pb, &pe);
    ev_code_actor(s, pb, pe, &who);
    /* (the phrase right before "in": not one past a verb, "the police
     * have found the records of a similar attack") */
    if (pb < pe && pe == p - 1 && who.sector[0]) {
        *b = pb;
        *e = pe;
    }
}

/* "China, which has mediated talks", "79 people who tried to enter the
 * market": a verb of a relative clause has the phrase the pronoun stands
 * for as subject. Sets [*ab, *ae) and returns 1 when one is found. */
static int subject_of_relative(const sent *s, uint32_t tb, uint32_t *ab, uint32_t *ae)
{
    EV_WORDS(between, "to", "tried", "attempted", "has", "have", "had", "was", "were", "is",
             "are", "been", "also", "allegedly", "reportedly", "later", "then", "had", "would",
             "will");
    uint32_t k = tb;
    while (k > s->b && tb - k < 4 && ev_tok_in(s, k - 1, between))
        k--;
    if (k <= s->b + 1 || !ev_tok_among(s, k - 1, "who", "which"))
        return 0;
    uint32_t j = k - 1;
    /* ("have not said who carried out the attack": a question, no one) */
    if (ev_tok_in(s, j - 1, ev_question_words))
        return 0;
    if (ev_tok_is(s, j - 1, ","))
        j--;
    uint32_t b, e;
    ev_np_left(s, j, &b, &e);
    if (b >= e)
        return 0;
    *ab = b;
    *ae = e;
    return 1;
}

void ev_role_spans(const sent *s, const match *tm, int noun, int passive, uint32_t *pab,
                   uint32_t *pae, uint32_t *prb, uint32_t *pre)
{
    uint32_t ab, ae, rb, re;
    if (noun) {
        /* premodifiers: "Israeli airstrikes", "the militia's attack" (past
         * an adverb: "an officer fatally shooting a man") */
        ab = ae = tm->b;
        while (ab > s->b + 1 && ev_tok_in(s, ab - 1, ev_manner_adverbs))
            ab = ae = ab - 1;
        while (ab > s->b && tm->b - ab < 3 && ev_is_word(s, ab - 1) &&
               !ev_tok_in(s, ab - 1, ev_np_stops) && !ev_tok_in(s, ab - 1, ev_determiners) &&
               !ev_is_trigger_tok(s, ab - 1) && ev_number_at(s, ab - 1, &rb) < 0 &&
               !ev_match_at(s, LX_MODIFIER, ab - 1))
            ab--;
        if (ab < ae && ab >= s->b + 2 && ev_tok_is(s, ab, "s") && ev_possessive_token(s, ab))
            ab -= 2; /* "Barnett's arrest": the whole possessive */
        /* ("in northern Burkina Faso attack": a side of a country is
         * where) */
        int side = ab + 1 < ae && ev_tok_in(s, ab, ev_side_words) && ev_mention_at(s, ab + 1) >= 0;
        int pm = ab < ae ? ev_mention_at(s, ab + (side ? 1 : 0)) : -1;
        /* ("fatal Akron shooting": the place after a word that says how) */
        if (pm < 0 && ab + 1 < ae && !ev_name_word(s, ab))
            pm = ev_mention_at(s, ae - 1);
        if (pm >= 0 && s->m->v[pm].tok_end == ae && s->m->v[pm].kind == GE_KIND_TOPONYM && s->g &&
            s->m->v[pm].place != GE_NONE &&
            (side || ge_gazetteer_place(s->g, s->m->v[pm].place)->level > GE_LEVEL_COUNTRY))
            ab = ae = tm->b; /* "Red Sea attacks", "the Kabul bombing": where, not who */
        else if (ab < ae && (ev_tok_in(s, ae - 1, ev_premises) ||
                             (ev_tok_in(s, ae - 1, ev_place_nouns) &&
                              !ev_tok_among(s, ae - 1, "state", "front"))))
            ab = ae = tm->b; /* "the Elm Street shooting", "a school shooting", "a
                                convenience store robbery" (not "an Islamic State attack",
                                "the Popular Front's raid") */

        ev_np_right(s, tm->e, &rb, &re);
        if (!(ev_tok_in(s, tm->e, ev_recip_preps) || ev_tok_is(s, tm->e, "of")))
            rb = re = tm->e;
        else if (ev_tok_is(s, tm->e, "of"))
            ev_np_right(s, tm->e + 1, &rb, &re);
        /* "Barnett's arrest", "the hostages' release": whose arrest is who
         * was arrested, not who arrested ("the militia's attack" is the
         * militia's) */
        EV_WORDS(undergone, "arrest", "arrests", "detention", "capture", "release", "killing",
                 "murder", "assassination", "abduction", "kidnapping", "execution", "deportation",
                 "extradition", "expulsion", "conviction", "sentencing", "trial", "rescue",
                 "eviction", "death", "beating", "torture", "disappearance");
        if (ab < ae && rb == re && ev_tok_in(s, tm->b, undergone) && ev_possessive_token(s, ae - 1)) {
            rb = ab;
            re = ae;
            ab = ae = tm->b;
        }
        /* "clashes between protesters and the party's student wing": one
         * side and the other of an act done to each other (not "a wave of
         * violence between farmers and herders", a state of things) */
        EV_WORDS(mutual, "clash", "clashes", "fighting", "battle", "battles", "skirmish",
                 "skirmishes", "gunfight", "firefight", "talks", "negotiations", "meeting");
        uint32_t xb, xe;
        if (ab == ae && tm->e + 1 < s->e && ev_tok_is(s, tm->e, "between") &&
            ev_tok_in(s, tm->e - 1, mutual)) {
            ev_np_right(s, tm->e + 1, &xb, &xe);
            if (xb < xe && xe + 1 < s->e && ev_tok_is(s, xe, "and")) {
                ab = xb;
                ae = xe;
                ev_np_right(s, xe + 1, &rb, &re);
            }
        }
        given_by(s, tm->b, &ab, &ae);
    } else if (passive) {
        ev_np_left(s, tm->b, &rb, &re);
        if (rb == re && tm->b > s->b && ev_tok_is(s, tm->b - 1, "and"))
            ev_coordinated_subject(s, tm, &rb, &re); /* "was arrested and charged" */
        people_before_prep(s, &rb, &re);
        ab = ae = tm->e;
        if (ev_tok_is(s, tm->e, "by"))
            ev_np_right(s, tm->e + 1, &ab, &ae);
    } else {
        ev_np_left(s, tm->b, &ab, &ae);
        /* "Israeli raid on Jenin kills five": the subject is the raid, not
         * the place it was on (the act is the raid's, told again) */
        if (ab < ae && ab >= s->b + 2 && ae == tm->b &&
            ev_tok_among(s, ab - 1, "on", "in", "near", "against") &&
            ev_is_trigger_tok(s, ab - 2) && !ev_tok_norm_ends(s, ab - 2, "ed")) {
            ev_np_left(s, ab - 2, &ab, &ae); /* who made the raid: "Israeli" */
            if (ab == ae)
                ab = ae = tm->b;
        } else if (ab < ae && ab > s->b && ae == tm->b &&
                   ev_tok_among(s, ab - 1, "in", "at", "near") &&
                   ev_mention_at(s, ab) >= 0) {
            ab = ae = tm->b; /* "a drone strike on a market in Ethiopia's Amhara region
                                killed 26": a place after "in" is no subject */
        } else if (ab < ae && ae == tm->b && ab > s->b + 1 && ev_tok_is(s, ab - 1, "and")) {
            /* "fighting between the army and Fano militiamen spread": the
             * last of the sides is not the subject */
            for (uint32_t j = ab - 1; j > s->b && ab - j < 8; j--)
                if (ev_tok_is(s, j - 1, "between")) {
                    ab = ae = tm->b;
                    break;
                }
        }
        /* "protests against quotas for government jobs spread": a verb that
         * takes its kind from an event noun has that noun for subject, not
         * the last words of the noun's own phrase; "A Russian drone attack
         * on the region of Odesa killed two": a place's phrase is no
         * subject either, the attack's words before it are */
        uint32_t act = ab < ae && ae + 2 >= tm->b ? act_noun_before(s, ab) : UINT32_MAX;
        uint32_t blow = ab < ae && ae + 2 >= tm->b && !(tm->x->flags & LXF_INHERIT)
                            ? blow_on_before(s, ab)
                            : UINT32_MAX;
        if (act != UINT32_MAX && (tm->x->flags & LXF_INHERIT) && ae == tm->b) {
            ab = ae = tm->b;
        } else if (blow != UINT32_MAX) {
            /* "A strike on a school sheltering displaced people in Gaza City
             * killed eight": the people are the target's, not who killed;
             * the blow's own words before it say who ("Israeli") */
            ev_np_left(s, blow, &ab, &ae);
            if (ab == ae)
                ab = ae = tm->b;
        } else {
            subject_through_place(s, &ab, &ae);
        }
        /* "drove tractors onto highways ..., blocking traffic": a
         * participle after a comma has the clause's subject, not the words
         * before the comma */
        /* (nor the words before a date: "tried to march towards the chief
         * minister's residence on Tuesday demanding regularisation") */
        if (tm->b > s->b + 1 && ev_tok_norm_ends(s, tm->b, "ing") &&
            (ev_tok_is(s, tm->b - 1, ",") || ev_in_date(s, tm->b - 1)))
            ab = ae = tm->b;
        subject_before_participle(s, tm->b, &ab, &ae);
        if (ab == ae)
            subject_before_aside(s, tm->b, &ab, &ae);
        subject_of_report(s, &ab, &ae);
        people_before_prep(s, &ab, &ae);
        if (place_in_phrase(s, ab, ae))
            ab = ae = tm->b; /* "Clashes ... in the provinces of Latakia and Tartus
                                have killed": no town acts */
        if (subject_of_relative(s, tm->b, &ab, &ae)) {
            /* the relative pronoun's phrase */
        } else if (ab == ae || (ae == tm->b && ae > s->b && ev_tok_is(s, ae - 1, "and")) ||
            (tm->b > s->b && ev_tok_is(s, tm->b - 1, "to"))) {
            ev_coordinated_subject(s, tm, &ab, &ae);
            subject_through_place(s, &ab, &ae); /* "... of Odesa killed two and damaged" */
            if (ae == ab + 1 && ev_tok_among(s, ab, "it", "they"))
                ab = ae; /* "Police said they had sent reinforcements and retaken" */
            if (ab == ae)
                subject_of_report(s, &ab, &ae);
        }
        ev_np_right(s, tm->e, &rb, &re);
    }
    /* "Houthis claim attack on cargo ship": who claims the act did it; the
     * headline's verb is no part of their name */
    if (ab + 1 < ae && ae == tm->b &&
        ev_tok_among(s, ae - 1, "claim", "claims", "admit", "admits"))
        ae--;
    *pab = ab;
    *pae = ae;
    *prb = rb;
    *pre = re;
}

/* "John Kirby, a Pentagon spokesperson, reiterated", "David Huerta,
 * president of the Service Employees International Union California, was
 * detained": a name that codes no side takes the code of its apposition
 * (the name stays the phrase) */
void ev_code_from_apposition(const sent *s, ge_actor *a)
{
    if (a->code[0] || a->sector[0] || a->start >= a->end)
        return;
    uint32_t k = s->b;
    while (k < s->e && s->t->tokens[k].start < a->end)
        k++;
    if (k + 2 >= s->e || !ev_tok_is(s, k, ",") ||
        ev_tok_among(s, k + 1, "who", "which", "whose", "whom", "that", "where", "when"))
        return;
    for (uint32_t c = k + 1; c < s->e && c - k < 10; c++) {
        if (ev_tok_is(s, c, ",")) {
            ge_actor tmp;
            memset(&tmp, 0, sizeof tmp);
            if (c > k + 1)
                ev_code_actor(s, k + 1, c, &tmp);
            memcpy(a->code, tmp.code, sizeof a->code);
            memcpy(a->sector, tmp.sector, sizeof a->sector);
            return;
        }
        if (!ev_is_word(s, c) || ev_is_trigger_tok(s, c))
            return;
    }
}

/* A verb after "and", "or" or a comma with no subject of its own has the
 * subject of the verb before it: "funds and arms"; "its forces struck
 * dozens of Hamas targets and killed several gunmen" (the verb before the
 * object, not a noun that looks like one); "the police had arrested 4,000
 * rioters over five days of violence, and shot dead 98". Failing a verb of
 * ours, the first noun phrase of the clause, when it names an actor:
 * "policemen chased the raiders and shot one". */
void ev_coordinated_subject(const sent *s, const match *tm, uint32_t *ab, uint32_t *ae)
{
    uint32_t vb = tm->b;
    if (vb > s->b + 1 && ev_tok_among(s, vb - 1, "then", "later"))
        vb--; /* "arrived in two vehicles and then began shooting" */
    uint32_t j = vb;
    if (j > s->b && (ev_tok_is(s, j - 1, "and") || ev_tok_is(s, j - 1, "or") ||
                     ev_tok_is(s, j - 1, ",") || ev_tok_is(s, j - 1, "to")))
        j--; /* "to": a purpose, "police used batons to disperse the crowd" */
    if (j < vb && j > s->b && ev_tok_is(s, j, "and") && ev_tok_is(s, j - 1, ","))
        j--;
    int coord = j < vb;
    const match *prev = j > s->b ? ev_match_at(s, LX_TRIGGER, j - 1) : NULL;
    if (coord && (!prev || ev_noun_use(s, prev) || ev_verb_form_as_noun(s, prev))) {
        prev = NULL;
        for (uint32_t k = j; !prev && k > s->b && j - k < 14; k--) {
            /* (past a quotation: 'accused Somaliland of "aggression
             * against the people of Sanaag" and called on') */
            if (ev_is_punct(s, k - 1) && !ev_tok_is(s, k - 1, ",") &&
                !(ev_tok_among(s, k - 1, "\"", "\xE2\x80\x9C", "\xE2\x80\x9D") &&
                  ev_tok_among(s, j, "and", "or")))
                break;
            const match *v = ev_match_at(s, LX_TRIGGER, k - 1);
            /* (not a participle on a noun: "onto highways leading to Paris") */
            int on_noun = ev_tok_norm_ends(s, k - 1, "ing") && k - 1 > s->b &&
                          ev_is_word(s, k - 2) && !ev_is_trigger_tok(s, k - 2) &&
                          !ev_tok_in(s, k - 2, ev_np_stops) &&
                          !ev_tok_among(s, k - 2, "was", "were", "is", "are", "been", "be", "not");
            if (v && v->b == k - 1 && (v->x->flags & LXF_VERB) && !ev_noun_use(s, v) &&
                !ev_verb_form_as_noun(s, v) && !on_noun)
                prev = v;
        }
    }
    if (prev) {
        ev_np_left(s, prev->b, ab, ae);
        return;
    }
    if (!coord)
        return;
    EV_WORDS(opens, "said", "says", "that", "while", "when", "after", "as", "but", "because");
    uint32_t k = j;
    while (k > s->b && j - k < 16 && !ev_is_punct(s, k - 1) && !ev_tok_in(s, k - 1, opens))
        k--;
    if (k > s->b && j - k >= 16)
        return;
    /* "The African Union said it was following the situation and urged
     * restraint": "it" after a verb of saying is the one who said it */
    if (k > s->b && k < j && ev_tok_among(s, k, "it", "they") &&
        ev_tok_among(s, k - 1, "said", "says")) {
        uint32_t b, e;
        ev_np_left(s, k - 1, &b, &e);
        ge_actor a;
        memset(&a, 0, sizeof a);
        ev_code_actor(s, b, e, &a);
        if (a.code[0] || a.sector[0]) {
            *ab = b;
            *ae = e;
        }
        return;
    }
    /* the clause opens with a word for people ("policemen", "the Indian
     * troops") and a verb after it */
    const match *who = NULL;
    for (uint32_t q = k; !who && q < k + 3 && q < j; q++)
        who = ev_match_at(s, LX_AGENT, q);
    if (!who && k + 3 < j && ev_tok_is(s, k + 2, "of") &&
        ev_tok_among(s, k + 1, "group", "gang", "band", "number", "crowd"))
        who = ev_match_at(s, LX_AGENT, k + 3); /* "a group of armed men" */
    /* (or a name and its verb: "The OLA denied involvement on Thursday and
     * accused militias of ...") */
    uint32_t n = k + (k < j && ev_tok_is(s, k, "the"));
    uint32_t ne = n;
    while (!who && !s->title_case && ne < j && ne < n + 4 && (s->t->tokens[ne].flags & GE_TOK_CAP))
        ne++;
    if (!who && ne > n && ne < j && ev_tok_norm_ends(s, ne, "ed") &&
        !(s->t->tokens[ne].flags & GE_TOK_CAP)) {
        *ab = n;
        *ae = ne;
        return;
    }
    if (!who)
        return;
    uint32_t b = k, e = who->e;
    if (e >= j || !ev_is_word(s, e) || ev_is_trigger_tok(s, e))
        return; /* (one verb is enough: "police intercepted and had to fire") */
    while (b + 1 < e && ev_tok_in(s, b, ev_determiners))
        b++; /* "the rebels": the rebels */
    ge_actor a;
    memset(&a, 0, sizeof a);
    ev_code_actor(s, b, e, &a);
    if (a.code[0] || a.sector[0]) {
        *ab = b;
        *ae = e;
    }
}
