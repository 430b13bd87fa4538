/*
 * event_place_unknown.c -- places the gazetteer lacks: a capitalised name
 * after a locative word or an act ("attacked the village of Yelwata", "in
 * Kanbalu township") that no mention covers, and the known place that holds
 * it ("in Guma local government area", "the Harare township of
 * Highfield"), so that the event is mapped at its container (event_place.h
 * in events_internal.h: ev_unknown_object, ev_unknown_place_first); and
 * the capital a text means without naming it ("in Somalia's capital", "in
 * the capital").
 */
#include "events_internal.h"

/* A mention at token i that is a whole name (not "Al" of "Al-Qarassi")
 * and resolved: a name whose only candidate lies far from the article's
 * places ("in AlUla" against a Somali town) is as unknown as a name the
 * gazetteer lacks. */
static int known_at(const sent *s, uint32_t i)
{
    int mp = ev_mention_at(s, i);
    return mp >= 0 && !ev_fragment(s, &s->m->v[mp]) && s->m->v[mp].place != GE_NONE;
}

/* A locative ("in", "at", "near", "in the village of") at token j whose
 * object is a capitalised name the gazetteer does not resolve: "in Bayaa,
 * a neighborhood in western Baghdad", "at the Nyanya Motor Park in Abuja".
 * Dates, demonyms, agents and sentence starts are not such names. */
static int unknown_locative_at(const sent *s, uint32_t j, uint32_t name[2])
{
    const match *x = ev_match_at(s, LX_LOCATIVE, j);
    if (!x || x->b != j || x->x->cls < 2 || ev_tok_is(s, j, "into") ||
        ev_tok_is(s, j, "over") || ev_tok_is(s, j, "across") || ev_tok_is(s, j, "through") ||
        ev_tok_is(s, j, "around") || ev_tok_is(s, j, "along"))
        return 0;
    if (j > s->b && ev_tok_is(s, j, "on") && ev_tok_norm_starts(s, j - 1, "blam"))
        return 0; /* "was blamed on the Jaime Martinez front": who, not where */
    uint32_t k = x->e;
    for (int n = 0; n < 3 && k < s->e && ev_is_word(s, k) &&
                    !(s->t->tokens[k].flags & GE_TOK_CAP) && !(s->t->tokens[k].flags & GE_TOK_NUMBER) &&
                    (ev_tok_in(s, k, ev_determiners) || !ev_tok_in(s, k, ev_np_stops)) &&
                    !ev_is_trigger_tok(s, k);
         n++)
        k++;
    if (k >= s->e || !ev_is_word(s, k) || !(s->t->tokens[k].flags & GE_TOK_CAP) ||
        (s->t->tokens[k].flags & (GE_TOK_SENT_START | GE_TOK_LINE_START | GE_TOK_UPPER)) ||
        ev_in_date(s, k) || ev_match_at(s, LX_AGENT, k) || ev_is_trigger_tok(s, k))
        return 0;
    if (k > x->e && !ev_tok_in(s, k - 1, ev_determiners) && !(s->t->tokens[k - 1].flags & GE_TOK_WORD))
        return 0;
    if (ev_tok_in(s, k, ev_calendar_words) ||
        ev_tok_in(s, k, ev_faith_words))
        return 0;
    if (known_at(s, k))
        return 0; /* a known place, or a demonym ("in Iraqi custody") */
    size_t wn;
    const char *w = ev_tok_norm(s->t, k, &wn);
    if ((wn > 4 && (!memcmp(w + wn - 3, "ish", 3) || !memcmp(w + wn - 3, "ese", 3) ||
                    !memcmp(w + wn - 3, "ian", 3) || !memcmp(w + wn - 3, "ern", 3))))
        return 0; /* an adjective: "a Jewish neighborhood", "the Togolese capital" */
    /* a name of two words or more whose next word is a place noun, or a
     * single word followed by a place noun, a comma or another locative */
    uint32_t e = k;
    while (e < s->e && (s->t->tokens[e].flags & GE_TOK_CAP) && !known_at(s, e) &&
           !ev_in_date(s, e) && e - k < 5)
        e++;
    if (e < s->e && (known_at(s, e) || ev_tok_is(s, e, "'") || ev_tok_is(s, e, "s")))
        return 0; /* part of a longer known name, or a possessive ("Assad's") */
    if (e < s->e && ev_tok_in(s, e, ev_place_nouns) && ev_tok_is(s, e + 1, "of") && ev_mention_at(s, e + 2) >= 0)
        return 0; /* "the Philippine city of Davao" */
    EV_WORDS(street_words, "street", "st", "avenue", "ave", "road", "rd", "boulevard", "blvd",
             "drive", "lane", "highway", "parkway", "pike", "square");
    if (e > k && ev_tok_in(s, e - 1, street_words))
        return 0; /* "on Wayne Avenue in Dayton": a street of the town named */
    name[0] = k;
    name[1] = e;
    return e == s->e || ev_tok_in(s, e, ev_place_nouns) || ev_is_punct(s, e) ||
           ev_match_at(s, LX_LOCATIVE, e) != NULL;
}

/* Token k starts a capitalised name that is no known place, date, agent
 * or event word; *end gets the token after it (at most 5 words). */
static int unknown_name_at(const sent *s, uint32_t k, uint32_t *end)
{
    if (k >= s->e || !ev_is_word(s, k) || !(s->t->tokens[k].flags & GE_TOK_CAP) ||
        (s->t->tokens[k].flags & (GE_TOK_SENT_START | GE_TOK_LINE_START)) || ev_in_date(s, k) ||
        ev_match_at(s, LX_AGENT, k) || ev_is_trigger_tok(s, k) || known_at(s, k) ||
        ev_tok_in(s, k, ev_faith_words))
        return 0; /* a religious adjective: "a Shiite Muslim mosque" */
    uint32_t e = k;
    while (e < s->e && (s->t->tokens[e].flags & GE_TOK_CAP) && !known_at(s, e) &&
           !ev_in_date(s, e) && e - k < 5)
        e++;
    if (e < s->e && (known_at(s, e) || ev_tok_is(s, e, "'") || ev_tok_is(s, e, "s")))
        return 0;
    if (e + 2 < s->e && ev_tok_in(s, e, ev_place_nouns) && ev_tok_is(s, e + 1, "of") &&
        ev_mention_at(s, e + 2) >= 0)
        return 0; /* an adjective: "the Muslim village of Bihac" */
    *end = e;
    return 1;
}

/* Lower-case modifiers from token j ("the strategic", "a small"), at most n. */
uint32_t ev_skip_modifiers(const sent *s, uint32_t j, int n)
{
    while (n-- > 0 && j < s->e && ev_is_word(s, j) && !(s->t->tokens[j].flags & GE_TOK_CAP) &&
           !(s->t->tokens[j].flags & GE_TOK_NUMBER) && !ev_tok_in(s, j, ev_place_nouns) &&
           (ev_tok_in(s, j, ev_determiners) || !ev_tok_in(s, j, ev_np_stops)) && !ev_is_trigger_tok(s, j) &&
           !ev_match_at(s, LX_LOCATIVE, j))
        j++;
    return j;
}

/* "the Harare township of Highfield", "Istanbul's Bayrampasa prison":
 * the known mention only names the container of an unknown place. */
static int container_of_unknown(const sent *s, const ge_mention *mm, uint32_t name[2])
{
    uint32_t j = mm->tok_end, e;
    int poss = ev_possessive(s, mm);
    while (j < s->e && j < mm->tok_end + 2 && (ev_tok_is(s, j, "'") || ev_tok_is(s, j, "s") ||
                                              (ev_is_punct(s, j) && ev_tok_is(s, j + 1, "s"))))
        j++;
    j = ev_skip_modifiers(s, j, 3);
    if (j + 2 < s->e && ev_tok_in(s, j, ev_place_nouns) && ev_tok_is(s, j + 1, "of") &&
        unknown_name_at(s, j + 2, &e)) {
        name[0] = j + 2;
        name[1] = e;
        return 1;
    }
    if (j + 3 < s->e && ev_tok_in(s, j + 1, ev_place_nouns) && ev_tok_in(s, j, ev_place_nouns) &&
        ev_tok_is(s, j + 2, "of") && unknown_name_at(s, j + 3, &e)) {
        name[0] = j + 3;
        name[1] = e;
        return 1; /* "the Somali port city of Baraawe" */
    }
    if (poss && unknown_name_at(s, j, &e) && e < s->e && ev_tok_in(s, e, ev_place_nouns)) {
        name[0] = j;
        name[1] = e;
        return 1;
    }
    return 0;
}

/* The object of a material act is a place we cannot resolve: "invaded
 * Maitsaba village", "targeting the key village of Deir Khabiyeh",
 * "invaded Gidan Sule, a small village". */
int ev_unknown_object(const sent *s, uint32_t te, uint32_t name[2])
{
    uint32_t j = ev_skip_modifiers(s, te, 4), e;
    int of_noun = 0;
    if (j + 1 < s->e && ev_tok_in(s, j, ev_place_nouns) && ev_tok_is(s, j + 1, "of")) {
        j += 2;
        of_noun = 1;
    }
    if (!unknown_name_at(s, j, &e))
        return 0;
    name[0] = j;
    name[1] = e;
    if (of_noun || (e < s->e && ev_tok_in(s, e, ev_place_nouns)) || (e > j + 1 && ev_tok_in(s, e - 1, ev_place_nouns)))
        return 1; /* "Maitsaba village", "the Al-Ramouseh District" */
    if (e + 1 < s->e && ev_tok_is(s, e, ",")) {
        uint32_t k = ev_skip_modifiers(s, e + 1, 3);
        return k > e + 1 && k < s->e && ev_tok_in(s, k, ev_place_nouns);
    }
    return 0;
}

/* Is the event's place an unresolved name, given before the chosen mention
 * (between the trigger and it), or right after the chosen container
 * ("in Baghdad's mainly Shiite neighborhood of Kamaliya")? */
/* With no known place in its sentence, does the act stand in a place we
 * cannot map ("He met the crown prince in AlUla.")? Then the article's
 * place is no guess to make. */
int ev_unknown_place_after(const sent *s, uint32_t te, uint32_t name[2])
{
    for (uint32_t j = te; j < s->e && j < te + 12; j++) {
        if (!unknown_locative_at(s, j, name))
            continue;
        /* the name right after the locative or its place noun ("in the
         * town of X"), not a name past other words ("killed at the
         * apartment were Sgt. Romans") */
        const match *x = ev_match_at(s, LX_LOCATIVE, j);
        uint32_t k = x ? x->e : j + 1;
        while (k < name[0] && (ev_tok_in(s, k, ev_determiners) || ev_tok_in(s, k, ev_place_nouns) ||
                               ev_tok_is(s, k, "of")))
            k++;
        return k == name[0];
    }
    return 0;
}

int ev_unknown_place_first(const sent *s, uint32_t tb, uint32_t te, const ge_mention *mm,
                           uint32_t name[2])
{
    uint32_t from, to;
    if (mm->tok_begin >= te) {
        from = te;
        to = mm->tok_begin;
    } else {
        from = mm->tok_end;
        to = tb;
    }
    if (to - from > 30)
        to = from + 30;
    for (uint32_t j = from; j < to; j++)
        if (unknown_locative_at(s, j, name))
            return 1;
    if (ev_possessive(s, mm)) {
        for (uint32_t j = mm->tok_end, n = 0; j < s->e && n < 8; j++, n++) {
            if (ev_mention_at(s, j) >= 0 || ev_is_trigger_tok(s, j))
                break;
            if (ev_tok_is(s, j, "of") && j + 1 < s->e && (s->t->tokens[j + 1].flags & GE_TOK_CAP) &&
                ev_mention_at(s, j + 1) < 0 && !ev_in_date(s, j + 1)) {
                uint32_t e = j + 1;
                while (e < s->e && (s->t->tokens[e].flags & GE_TOK_CAP) && e - j < 5)
                    e++;
                name[0] = j + 1;
                name[1] = e;
                return 1;
            }
        }
    }
    return container_of_unknown(s, mm, name);
}

/* "beaten by masked men near his home in the capital": a bare "the
 * capital" after the act, in its clause, is the capital of the article's
 * country, when the article names that city elsewhere and no other
 * country's capital (not "the provincial capital", not "the capital,
 * Harare", which names it). The capital's mention, or -1. */
int ev_bare_capital(const sent *s, uint32_t te)
{
    uint32_t at = 0;
    for (uint32_t j = te; j + 2 < s->e && j < te + 14 && !at; j++) {
        if (ev_is_punct(s, j) && !ev_tok_is(s, j, ","))
            return -1;
        if (ev_tok_among(s, j, "in", "near", "outside", "across", "around") &&
            ev_tok_is(s, j + 1, "the") && ev_tok_is(s, j + 2, "capital"))
            at = j + 2;
    }
    if (!at || (at + 1 < s->e && (ev_is_word(s, at + 1) || ev_tok_is(s, at + 1, ",") ||
                                  ev_tok_is(s, at + 1, "'"))))
        return -1; /* ("the capital city", "the capital, Harare", "the capital's") */
    int found = -1;
    for (size_t i = 0; i < s->m->n; i++) {
        const ge_mention *mm = &s->m->v[i];
        if (mm->place == GE_NONE || mm->kind != GE_KIND_TOPONYM || !s->g)
            continue;
        const ge_place *p = ge_gazetteer_place(s->g, mm->place);
        if (!ge_fcode_starts(p, "PPLC"))
            continue;
        if (found >= 0 && s->m->v[found].place != mm->place)
            return -1; /* two capitals: which one? */
        if (found < 0)
            found = (int)i;
    }
    return found;
}

/* "in Somalia's capital", "in the Somali capital": mention k names a
 * country whose capital the text means without naming it there. The
 * capital is the one the article names elsewhere (a dateline, most
 * often: "MOGADISHU, Somalia (AP) -"); failing that, -1 (the country
 * stays the place). */
int ev_capital_meant(const ge_text *t, const ge_gazetteer *g, const ge_mentions *m, size_t k)
{
    const ge_mention *mm = &m->v[k];
    const ge_place *c = g && mm->place != GE_NONE ? ge_gazetteer_place(g, mm->place) : NULL;
    if (!c || c->level != GE_LEVEL_COUNTRY ||
        (mm->kind != GE_KIND_DEMONYM && mm->kind != GE_KIND_TOPONYM))
        return -1;
    size_t n;
    uint32_t j = mm->tok_end;
    if (mm->kind == GE_KIND_TOPONYM) {
        if (!ev_possessive_in(t, mm))
            return -1;
        while (j < t->ntokens && t->tokens[j].end <= mm->end + 4)
            j++; /* past the "'s" of "Somalia's" (its tokens end within 4 bytes) */
    }
    const char *w = j < t->ntokens ? ev_tok_norm(t, j, &n) : "";
    if (j >= t->ntokens || !ge_word_is(w, n, "capital"))
        return -1;
    if (j + 1 < t->ntokens && (t->tokens[j + 1].flags & GE_TOK_CAP) &&
        !(t->tokens[j + 1].flags & GE_TOK_SENT_START))
        return -1; /* "the Somali capital Mogadishu": named there */
    for (size_t i = 0; i < m->n; i++) {
        const ge_place *p = m->v[i].place != GE_NONE && m->v[i].kind == GE_KIND_TOPONYM
                                ? ge_gazetteer_place(g, m->v[i].place)
                                : NULL;
        if (p && ge_fcode_starts(p, "PPLC") && !memcmp(p->country, c->country, 2))
            return (int)i;
    }
    return -1;
}
