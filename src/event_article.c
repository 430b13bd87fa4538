/*
 * event_article.c -- where an article is: its dateline (a bureau's city or
 * the story's), the scene its headline and lede put things in, its main
 * place and whether it is about that one place; and the place an event
 * that names none of its own takes from them ("the town", the sentence
 * before, the article's place), never a guess on another continent.
 */
#include <math.h>
#include <stdlib.h>


#include "events_internal.h"

/* A dateline: "BAGHDAD (Reuters) -", "KARNI CROSSING, Gaza Strip --": an
 * upper-case place name opening a line near the top, then a dash soon. */
static int line_dateline(const ge_text *t, const ge_mention *mm)
{
    const ge_token *k = &t->tokens[mm->tok_begin];
    int opens = mm->tok_begin == 0 || (k->flags & GE_TOK_LINE_START);
    /* "RANCHI: Police lathicharged ...", and in a lower-case archive
     * "ranchi: police ..." opening the text: the Indian papers' dateline
     * (not a headline's "Colombia: ELN rebels attack ...") */
    if (opens && mm->tok_end < t->ntokens && t->tokens[mm->tok_end].end - t->tokens[mm->tok_end].start == 1 &&
        t->s[t->tokens[mm->tok_end].start] == ':' &&
        ((k->flags & GE_TOK_UPPER) || (mm->tok_begin == 0 && t->caseless)))
        return 1;
    for (uint32_t j = mm->tok_begin; !opens && j > 0 && mm->tok_begin - j < 6; j--)
        opens = (t->tokens[j - 1].flags & GE_TOK_LINE_START) && (t->tokens[j - 1].flags & GE_TOK_UPPER);
    if (!opens || !(k->flags & GE_TOK_UPPER))
        return 0;
    for (uint32_t j = mm->tok_end; j < t->ntokens && j < mm->tok_end + 12; j++) {
        if (t->s[t->tokens[j].start] == '-' || !strncmp(t->s + t->tokens[j].start, "\xe2\x80\x94", 3) ||
            !strncmp(t->s + t->tokens[j].start, "\xe2\x80\x93", 3))
            return 1;
    }
    return 0;
}

/* The article's main place: the toponym mentioned most, a mention after a
 * locative word ("in Iraq") counting eleven times, the dateline a hundred
 * (ties: first mentioned). Sorting by place keeps it O(n log n). */
typedef struct place_count {
    uint32_t place, first, n, dateline;
} place_count;

static int cmp_place_count(const void *a, const void *b)
{
    const place_count *x = a, *y = b;
    if (x->place != y->place)
        return x->place < y->place ? -1 : 1;
    return x->first < y->first ? -1 : x->first > y->first;
}

/* The sides of a place ("in central Mali", "northern Burkina Faso"). */
const char *const ev_side_words[] = {"central", "northern", "southern", "eastern", "western",
                                     "northeastern", "northwestern", "southeastern",
                                     "southwestern", "north", "south", "east", "west", NULL};

/* Do the words before token tok make a locative ("in", "in central",
 * "near the town of")? */
static int locative_before(const ge_lexicon *lx, const ge_text *t, uint32_t tok)
{
    if (tok == 0)
        return 0;
    size_t wl;
    uint32_t before = tok - 1;
    const char *w = ev_tok_norm(t, before, &wl);
    /* "in central Haiti", "in northern Burkina Faso": a direction between */
    for (int i = 0; ev_side_words[i] && before > 0; i++)
        if (ge_word_eq(w, wl, ev_side_words[i])) {
            w = ev_tok_norm(t, --before, &wl);
            /* ("in north-central Burkina Faso": two joined by a hyphen) */
            if (before > 0 && (t->tokens[before + 1].flags & GE_TOK_HYPHEN_BEFORE))
                for (int k = 0; ev_side_words[k]; k++)
                    if (ge_word_eq(w, wl, ev_side_words[k])) {
                        w = ev_tok_norm(t, --before, &wl);
                        break;
                    }
            break;
        }
    /* "in the central Sagaing region", "in the Sahel" */
    if (before > 0 && before + 3 >= tok && ge_word_is(w, wl, "the"))
        w = ev_tok_norm(t, --before, &wl);
    /* "near the town of Djibo", "raided the city of Jenin" */
    static const char *const kinds[] = {"town", "city", "village", "district", "province",
                                        "region", "county", "camp", "outskirts", "suburbs",
                                        "state", "parts", NULL};
    if (tok >= 2 && ge_word_is(w, wl, "of")) {
        size_t kl;
        const char *k = ev_tok_norm(t, tok - 2, &kl);
        /* (not an origin or a goal: "lease a port from the breakaway
         * region of Somaliland") */
        for (uint32_t j = tok - 2; j > 0 && tok - 2 - j < 4; j--) {
            size_t ol;
            const char *o = ev_tok_norm(t, j - 1, &ol);
            if (ge_word_is(o, ol, "from") || ge_word_is(o, ol, "to"))
                return 0;
        }
        for (int i = 0; kinds[i]; i++)
            if (ge_word_eq(k, kl, kinds[i]))
                return 1;
    }
    /* "Drone strike on Kupiansk", "an attack on Mirebalais": a blow's
     * target is where it fell (the blow: an ASSAULT noun of the lexicon) */
    if (before >= 1 && (ge_word_is(w, wl, "on") || ge_word_is(w, wl, "against"))) {
        size_t bl;
        const char *b = ev_tok_norm(t, before - 1, &bl);
        for (uint32_t k = lx_first(lx, b, bl); k != GE_NONE; k = lx->v[k].next)
            if (lx->v[k].kind == LX_TRIGGER && lx->v[k].nwords == 1 &&
                (lx->v[k].flags & LXF_NOUN) && ge_str_is(lx->v[k].type, "ASSAULT") &&
                lx->v[k].keylen == bl && !memcmp(lx->pool + lx->v[k].key, b, bl))
                return 1;
    }
    for (uint32_t k = lx_first(lx, w, wl); k != GE_NONE; k = lx->v[k].next)
        if (lx->v[k].kind == LX_LOCATIVE && lx->v[k].nwords == 1 && lx->v[k].cls >= 3 &&
            lx->v[k].keylen == wl && !memcmp(lx->pool + lx->v[k].key, w, wl))
            return 1;
    return 0;
}

/* "in the town of Lqliaa near Agadir": a town near which the story is */
static int near_before(const ge_text *t, const ge_mention *mm)
{
    size_t wl;
    const char *w = mm->tok_begin >= 1 ? ev_tok_norm(t, mm->tok_begin - 1, &wl) : NULL;
    return w && ge_word_is(w, wl, "near");
}

static int after_locative(const ge_lexicon *lx, const ge_text *t, const ge_mention *mm)
{
    if (locative_before(lx, t, mm->tok_begin))
        return 1;
    /* through a possessive container: "in Mozambique's northern Cabo
     * Delgado province" */
    uint32_t j = mm->tok_begin;
    size_t wl = 0;
    const char *w = j >= 1 ? ev_tok_norm(t, j - 1, &wl) : NULL;
    for (int i = 0; w && ev_side_words[i]; i++)
        if (ge_word_eq(w, wl, ev_side_words[i])) {
            j--; /* a direction between */
            break;
        }
    if (j < 3)
        return 0;
    w = ev_tok_norm(t, j - 1, &wl);
    if (!ge_word_is(w, wl, "s") || (t->tokens[j - 2].flags & GE_TOK_WORD))
        return 0;
    j -= 2; /* the container's last word ends before the apostrophe */
    for (int n = 0; n < 4 && j > 0 && (t->tokens[j - 1].flags & GE_TOK_CAP); n++)
        j--;
    return j < mm->tok_begin - 2 && locative_before(lx, t, j);
}

/* "Reporting by Nidal al-Mughrabi in Cairo; Editing by Alex Richardson":
 * an agency's credit line names where its reporters sat. */
static int credit_line(const ge_text *t, const ge_mention *mm)
{
    if (mm->sentence >= t->nsentences)
        return 0;
    uint32_t b = t->sentences[mm->sentence].tok_begin;
    static const char *const credits[] = {"reporting", "writing", "editing", "compiled",
                                          "edited", "additional", "contributing", NULL};
    for (uint32_t j = b; j < b + 3 && j + 1 < mm->tok_begin; j++) {
        size_t n, n2;
        const char *w = ev_tok_norm(t, j, &n), *by = ev_tok_norm(t, j + 1, &n2);
        for (int i = 0; credits[i]; i++)
            if (ge_word_eq(w, n, credits[i]) &&
                (ge_word_is(by, n2, "by") || ge_word_is(by, n2, "reporting")))
                return 1;
    }
    return 0;
}

/* "the war in Ukraine", "its military campaign in Ukraine": a place that
 * names what a story is about, not where its act is; nor is where things
 * or people are ("adds firms in China to the list", "relatives in Gaza"). */
static int topic_place(const ge_text *t, const ge_mention *mm)
{
    static const char *const topics[] = {
        "war", "campaign", "conflict", "crisis", "invasion", "operation", "operations",
        "offensive", "presence", "involvement", "policy", "situation", "firms", "companies",
        "banks", "entities", "individuals", "subsidiaries", "investors", "relatives",
        "assets", "interests", NULL};
    if (mm->tok_begin < 2)
        return 0;
    size_t n;
    const char *w = ev_tok_norm(t, mm->tok_begin - 2, &n);
    for (int i = 0; topics[i]; i++)
        if (ge_word_eq(w, n, topics[i]))
            return 1;
    return 0;
}

int ev_dateline(const ge_text *t, const ge_mention *mm)
{
    return mm->tok_begin < t->ntokens && mm->tok_begin <= 40 && line_dateline(t, mm);
}

/* Does the mention open a line of its own, as a dateline ("DAKAR - ...")? */
static int opening_dateline(const ge_text *t, const ge_mention *mm)
{
    return mm->kind == GE_KIND_TOPONYM && mm->place != GE_NONE && mm->tok_begin < t->ntokens &&
           (mm->tok_begin == 0 || (t->tokens[mm->tok_begin].flags & GE_TOK_LINE_START)) &&
           line_dateline(t, mm);
}

/* The dateline that opens the story sentence s is in, when a page holds
 * several ("World news in brief": "DAKAR - Senegal's media regulator ...",
 * then "LIMA - ..."): the last line before it (or opening it) that opens
 * with a place in capitals and its dash, not the page's first such line
 * (the article's own dateline, weighed with its other places). Its
 * mention, or -1. */
static int section_dateline(const sent *s)
{
    int sec = -1;
    /* a story's headline, a line with no full stop, is its story's ("Machu
     * Picchu bus strike strands tourists", then "CUSCO - ...") */
    const ge_token *last = &s->t->tokens[s->e - 1];
    if (s->me < s->m->n && s->m->v[s->me].sentence == s->idx + 1 &&
        !(last->end - last->start == 1 && strchr(".!?\"", s->t->s[last->start])) &&
        opening_dateline(s->t, &s->m->v[s->me]))
        sec = (int)s->me;
    for (size_t k = s->me; sec < 0 && k-- > 0;) {
        const ge_mention *mm = &s->m->v[k];
        if (mm->tok_begin <= s->b + 1 && opening_dateline(s->t, mm))
            sec = (int)k;
    }
    for (int k = sec - 1; k >= 0; k--)
        if (opening_dateline(s->t, &s->m->v[k]))
            return sec; /* (a second one: a page of several stories) */
    return -1;
}

/* Is a dateline at dp the bureau's city, not the story's, given the
 * place the headline or lede puts it in (scene)? One in another country
 * ("CAIRO (Reuters) - ... in Gaza's Khan Younis"), or the capital over a
 * town, a province or the rest of its country ("OUAGADOUGOU (Reuters) -
 * ... near the town of Djibo", "PORT-AU-PRINCE - ... in central Haiti"). */
static int bureau(const ge_gazetteer *g, const ge_place *scene, const ge_place *dp)
{
    if (!scene || !dp)
        return 0;
    if (memcmp(scene->country, dp->country, 2))
        return 1;
    if (scene != dp && !strncmp(dp->fcode, "PPLC", 4) && !dp->fcode[4] &&
        scene->level >= GE_LEVEL_COUNTRY)
        return 1; /* "PORT-AU-PRINCE - ... in central Haiti" */
    /* a state's capital over another district of its state ("IMPHAL - ...
     * in Manipur's Jiribam district") */
    /* (or over its state named as the scene: "QUETTA: ... in the Bolan
     * area of Balochistan") */
    if (scene != dp && !strncmp(dp->fcode, "PPLA", 4) && !dp->fcode[4] &&
        scene->level == GE_LEVEL_ADMIN1 && !memcmp(scene->country, dp->country, 2) &&
        !strcmp(ge_gazetteer_str(g, scene->admin1), ge_gazetteer_str(g, dp->admin1)))
        return 1;
    if (scene != dp && !strncmp(dp->fcode, "PPLA", 4) && !dp->fcode[4] &&
        scene->level == GE_LEVEL_ADMIN2 && !memcmp(scene->country, dp->country, 2) &&
        !strcmp(ge_gazetteer_str(g, scene->admin1), ge_gazetteer_str(g, dp->admin1)) &&
        strcmp(ge_gazetteer_str(g, scene->admin2), ge_gazetteer_str(g, dp->admin2)))
        return 1;
    /* a city reporting on another province ("PORT SUDAN - ... in North
     * Darfur", "PESHAWAR - ... in North Waziristan"); a dateline's city
     * may come out as its district, a capital's ("RAMALLAH, West Bank") */
    int city = dp->level == GE_LEVEL_CITY || dp->level == GE_LEVEL_ADMIN2;
    if (scene->level >= GE_LEVEL_ADMIN1 && city &&
        scene->admin1 != dp->admin1 && ge_gazetteer_str(g, scene->admin1)[0] &&
        ge_gazetteer_str(g, dp->admin1)[0])
        return 1;
    /* a city reporting on another town the lede puts the story in
     * ("MAIDUGURI - ... in the town of Gwoza in Borno state"), not one of
     * its own quarters or suburbs */
    return scene != dp && scene->level == GE_LEVEL_CITY && city &&
           ge_geodesic_km(scene->lat, scene->lon, dp->lat, dp->lon) > 30.0;
}

/* A live page ("14:10 GMT — ...", "10:30 — ..."): entries that open with a
 * clock time, each its own story; two or more make one. */
static int live_entries(const ge_text *t)
{
    int n = 0;
    for (size_t i = 0; i < t->nsentences && n < 2; i++) {
        uint32_t b = t->sentences[i].tok_begin;
        if (b + 2 >= t->sentences[i].tok_end)
            continue;
        const ge_token *h = &t->tokens[b], *c = &t->tokens[b + 1], *mi = &t->tokens[b + 2];
        n += (h->flags & GE_TOK_NUMBER) && h->end - h->start <= 2 && (c->flags & GE_TOK_PUNCT) &&
             t->s[c->start] == ':' && (mi->flags & GE_TOK_NUMBER) && mi->end - mi->start == 2;
    }
    return n >= 2;
}

/* Failing a scene, the country most of the story's places are in (three
 * mentions at least, bar datelines): its first place stands for the scene,
 * so that a dateline in another country is the bureau's ("CAIRO (AP) -
 * Sudan's RSF shelled ... El Fasher ... Darfur"). */
static const ge_place *main_country_place(const ge_lexicon *lx, const ge_gazetteer *g,
                                          const ge_text *t, const ge_mentions *m, uint32_t lede)
{
    struct {
        const ge_place *first;
        size_t n, w; /* mentions; weight, a locative one ("in Mali") counting three */
    } by[32];
    size_t nby = 0;
    /* the first 256 mentions at most: a huge single-line input stays linear */
    for (size_t i = 0; i < m->n && i < 256 && m->v[i].sentence <= lede + 6; i++) {
        const ge_place *p = ge_gazetteer_place(g, m->v[i].place);
        if (!p || !p->country[0] || m->v[i].kind == GE_KIND_DEMONYM || ev_dateline(t, &m->v[i]))
            continue;
        size_t k = 0;
        while (k < nby && memcmp(by[k].first->country, p->country, 2))
            k++;
        if (k == nby) {
            if (nby == sizeof by / sizeof *by)
                continue;
            by[nby].first = p;
            by[nby].w = 0;
            by[nby++].n = 0;
        }
        by[k].n++;
        by[k].w += after_locative(lx, t, &m->v[i]) ? 3 : 1;
    }
    /* (where things happen outweighs whom they are about: "The juntas in
     * Mali ... have bet their survival on Russia ... which Moscow denies") */
    size_t best = 0;
    for (size_t k = 1; k < nby; k++)
        if (by[k].w > by[best].w)
            best = k;
    return nby && by[best].n >= 3 ? by[best].first : NULL;
}

/* "CAIRO (AP) — Sudan's paramilitary Rapid Support Forces attacked a
 * village ...": a lede whose first place is a country's possessive or
 * demonym tells of that country's people (a town's possessive, of that
 * town's things); that place, or NULL. */
static const ge_place *lede_owner(const ge_gazetteer *g, const ge_text *t, const ge_mentions *m,
                                  uint32_t lede)
{
    for (size_t i = 0; i < m->n && i < 64 && m->v[i].sentence <= lede; i++) {
        const ge_mention *mm = &m->v[i];
        if (mm->sentence < lede || ev_dateline(t, mm) || mm->place == GE_NONE)
            continue;
        const ge_place *p = ge_gazetteer_place(g, mm->place);
        if (p && p->level == GE_LEVEL_COUNTRY &&
            (mm->kind == GE_KIND_DEMONYM || ev_possessive_in(t, mm)))
            return p;
        /* (or a town's: "BEIRUT (AP) - Insurgents captured Aleppo's
         * international airport") */
        if (p && p->level > GE_LEVEL_COUNTRY && mm->kind == GE_KIND_TOPONYM &&
            ev_possessive_in(t, mm))
            return p;
        return NULL;
    }
    return NULL;
}

int ev_main_place(const ge_lexicon *lx, const ge_gazetteer *g, const ge_text *t,
                      const ge_mentions *m, doc_ctx *dc)
{
    dc->main_place = GE_NONE;
    dc->main_mention = dc->main_other = -1;
    dc->main_dateline = 0;
    dc->bureau_line = 0;
    place_count *pc = malloc((m->n ? m->n : 1) * sizeof *pc);
    if (!pc)
        return -1;
    size_t n = 0;
    for (size_t i = 0; i < m->n; i++) {
        const ge_mention *mm = &m->v[i];
        if (mm->place == GE_NONE || mm->kind != GE_KIND_TOPONYM || credit_line(t, mm))
            continue;
        pc[n].place = mm->place;
        pc[n].first = (uint32_t)i;
        pc[n].n = 1 + (after_locative(lx, t, mm) ? 10 : 0);
        pc[n].dateline = (uint32_t)ev_dateline(t, mm);
        n++;
    }
    qsort(pc, n, sizeof *pc, cmp_place_count);
    /* the scene: the place the headline or the lede puts something in
     * ("kill 15 in Gaza's Khan Younis"), the most specific of them ("in
     * northern Burkina Faso" and "near the town of Djibo": Djibo); a
     * dateline in another country is the bureau's city ("CAIRO
     * (Reuters)"), not where it happened */
    const ge_place *scene = NULL;
    int scene_k = -1;
    uint32_t lede = 1; /* the lede: the dateline's sentence (under a
                          scraped page's menus), else the second */
    for (size_t i = 0; i < m->n && m->v[i].sentence < 12; i++)
        if (ev_dateline(t, &m->v[i])) {
            lede = m->v[i].sentence;
            break;
        }
    /* (the headline and the lede only: a town the story turns to after
     * them, "In the western city of Lviv, a drone hit ...", is one place
     * of a story told of a whole country) */
    for (size_t i = 0; i < m->n; i++) {
        const ge_mention *mm = &m->v[i];
        if (mm->sentence > (lede > 1 ? lede : 1))
            break;
        if (mm->place == GE_NONE || mm->kind != GE_KIND_TOPONYM || ev_dateline(t, mm) ||
            !(after_locative(lx, t, mm) || near_before(t, mm)) || topic_place(t, mm))
            continue;
        const ge_place *p = ge_gazetteer_place(g, mm->place);
        int k = ev_capital_meant(t, g, m, i); /* "in Somalia's capital" */
        if (k >= 0)
            p = ge_gazetteer_place(g, m->v[k].place);
        if (p && (!scene || (p->level > scene->level && p->level <= GE_LEVEL_CITY))) {
            scene = p;
            scene_k = k >= 0 ? k : (int)i;
        }
    }
    /* (failing one, the country most places are in; a dateline abroad is
     * a bureau's only when the text puts the story somewhere: "EU agrees
     * sanctions on Russia" under BRUSSELS happened in Brussels) */
    const ge_place *told = scene;
    if (!scene)
        scene = main_country_place(lx, g, t, m, lede);
    /* (a lede about another country's people says so too: "CAIRO (AP) —
     * Sudan's paramilitary ... attacked") */
    if (!told) {
        told = lede_owner(g, t, m, lede);
        if (told && told->level > GE_LEVEL_COUNTRY && !scene)
            scene = told; /* (a town's things: the town is the scene) */
    }
    int bureau_line = 0;
    for (size_t i = 0; i < n && !bureau_line; i++)
        bureau_line = pc[i].dateline && bureau(g, told, ge_gazetteer_place(g, pc[i].place));
    dc->bureau_line = bureau_line;
    uint32_t best = 0, best_first = UINT32_MAX, total = 0;
    for (size_t i = 0; i < n;) {
        size_t j = i;
        uint32_t score = 0, dl = 0;
        for (; j < n && pc[j].place == pc[i].place; j++) {
            score += pc[j].n;
            dl |= pc[j].dateline;
        }
        const ge_place *dp = dl ? ge_gazetteer_place(g, pc[i].place) : NULL;
        if (dl && bureau(g, told, dp))
            dl = 0;
        if (bureau_line && scene && ge_gazetteer_place(g, pc[i].place) == scene)
            score += 11; /* then the scene counts once more */
        if (dl)
            score += 100;
        total += score;
        if (score > best || (score == best && pc[i].first < best_first)) {
            best = score;
            best_first = pc[i].first;
            dc->main_place = pc[i].place;
            dc->main_mention = (int)pc[i].first;
            dc->main_dateline = (int)dl;
        }
        i = j;
    }
    /* about one place: the dateline, or the others (bar its own country or
     * state) do not outweigh the main place five to one */
    uint32_t others = total - best;
    for (size_t i = 0; i < n && dc->main_place != GE_NONE;) {
        size_t j = i;
        uint32_t score = 0;
        for (; j < n && pc[j].place == pc[i].place; j++)
            score += pc[j].n;
        if (pc[i].place != dc->main_place && ge_place_contains(g, pc[i].place, dc->main_place))
            others -= score;
        i = j;
    }
    /* a live page's entries tell of many places: none is the page's */
    dc->focused = (dc->main_dateline || best * 5 >= others) && !live_entries(t);
    /* a country named most, whose province or town the headline or the
     * lede puts the story in ("in Mozambique's northern Cabo Delgado
     * province"): the story is there */
    const ge_place *mp = dc->main_place != GE_NONE ? ge_gazetteer_place(g, dc->main_place) : NULL;
    if (scene_k >= 0 && mp && mp->level == GE_LEVEL_COUNTRY && scene != mp &&
        scene->level >= GE_LEVEL_ADMIN1 && !dc->main_dateline &&
        ge_place_contains(g, dc->main_place, m->v[scene_k].place)) {
        dc->main_place = m->v[scene_k].place;
        dc->main_mention = scene_k;
    }
    free(pc);
    /* a mention of it in another sentence than the first one */
    if (dc->main_mention >= 0) {
        uint32_t s0 = m->v[dc->main_mention].sentence;
        for (size_t i = (size_t)dc->main_mention + 1; i < m->n && dc->main_other < 0; i++)
            if (m->v[i].place == dc->main_place && m->v[i].kind == GE_KIND_TOPONYM &&
                m->v[i].sentence != s0)
                dc->main_other = (int)i;
    }
    return 0;
}

/* An event place this far from the article's main place needs a locative. */
#define FAR_KM 2500.0

/* Is a town or region in another country, thousands of kilometres from the
 * article's main place? (A country or larger can be anywhere.) */
int ev_far_from_article(const sent *s, const doc_ctx *dc, uint32_t place)
{
    if (!s->g || dc->main_place == GE_NONE || place == dc->main_place)
        return 0;
    const ge_place *a = ge_gazetteer_place(s->g, place), *b = ge_gazetteer_place(s->g, dc->main_place);
    if (!a || !b || a->level <= GE_LEVEL_COUNTRY || b->level < GE_LEVEL_COUNTRY ||
        !memcmp(a->country, b->country, 2))
        return 0;
    return ge_geodesic_km(a->lat, a->lon, b->lat, b->lon) > FAR_KM;
}

/* Does the sentence clearly put the event at the chosen place: a locative
 * after the trigger ("stormed a bank in Texas") or opening the sentence ("In
 * Texas, gunmen stormed ...")? Not one inside a clause before it ("the
 * gunmen, who trained in Texas, stormed ..."). */
int ev_puts_it_there(const sent *s, const match *tm, place_choice pc)
{
    if (strcmp(pc.reason, "locative"))
        return 0;
    const ge_mention *mm = &s->m->v[pc.mention];
    return mm->tok_begin >= tm->e || mm->tok_begin <= s->b + 2;
}

/* "the city", "the town": a sentence with no place of its own that speaks
 * of a settlement it named before is at the last town or city named in the
 * five sentences before ("... in El Fasher. The army struck positions east
 * of the city."), not at the article's dateline. Used where the article
 * has no main place or its main place is a dateline. */
static int anaphor_place(const sent *s, ge_event *ev)
{
    EV_WORDS(nouns, "city", "town", "village");
    uint32_t at = s->e;
    for (uint32_t i = s->b; i + 1 < s->e && at == s->e; i++)
        if (ev_tok_is(s, i, "the") && ev_tok_in(s, i + 1, nouns))
            at = i;
    if (at == s->e || !s->g)
        return 0;
    /* the town may be named before it in the sentence ("Residents of
     * Djibo said the town had been under blockade") */
    size_t from = s->mb;
    while (from < s->me && s->m->v[from].tok_begin < at)
        from++;
    for (size_t k = from; k-- > 0;) {
        const ge_mention *mm = &s->m->v[k];
        if (mm->sentence + 5 < s->idx)
            break;
        if (mm->place == GE_NONE || mm->kind != GE_KIND_TOPONYM || ev_dateline(s->t, mm))
            continue; /* (the bureau's city is not the story's) */
        const ge_place *p = ge_gazetteer_place(s->g, mm->place);
        if (!p || p->level != GE_LEVEL_CITY)
            continue;
        ev->mention = (int)k;
        ev->place = mm->place;
        ev->location_reason = "anaphor";
        return 1;
    }
    return 0;
}

/* Does the clause before a place mention speak of what will happen ("will
 * meet in", "next month in", "plans to travel to")? */
static int planned_before(const ge_text *t, const ge_mention *mm)
{
    static const char *const future[] = {"will", "next", "tomorrow", "plan", "plans", "planned",
                                         "upcoming", "scheduled", "later", NULL};
    for (uint32_t j = mm->tok_begin; j-- > 0 && mm->tok_begin - j <= 8;) {
        if (t->tokens[j].flags & GE_TOK_PUNCT)
            break;
        if (ge_tok_word_in(t, j, future))
            return 1;
    }
    return 0;
}

/* Does the sentence name no place, or only places inside a relative
 * clause, whose act is its own ("struck Hamas fighters who fired rockets at
 * southern Israel")? Then the place the story went on at still holds. */
static int only_relative_places(const sent *s)
{
    EV_WORDS(rel, "who", "which", "that");
    for (size_t k = s->mb; k < s->me; k++) {
        const ge_mention *mm = &s->m->v[k];
        if (mm->kind != GE_KIND_TOPONYM)
            continue; /* ("The Israeli military": no place named) */
        int inside = 0;
        for (uint32_t j = s->b; j < mm->tok_begin && !inside; j++)
            inside = ev_tok_in(s, j, rel);
        if (!inside)
            return 0;
    }
    return 1;
}

/* Do the places listed from mention k on ("in X, Y and Z") all lie within
 * LIST_KM of the first? */
#define LIST_KM 50.0
static int list_close(const sent *s, size_t k)
{
    const ge_mention *mm = &s->m->v[k];
    const ge_place *p = ge_gazetteer_place(s->g, mm->place);
    uint32_t end = mm->tok_end;
    for (size_t q = k + 1; q < s->m->n && s->m->v[q].sentence == mm->sentence; q++) {
        const ge_mention *o = &s->m->v[q];
        if (o->tok_begin > end + 1)
            break; /* (past the list: "and", "," or nothing between) */
        const ge_place *op = ge_gazetteer_place(s->g, o->place);
        if (!p || !op || o->kind != GE_KIND_TOPONYM || op->level < GE_LEVEL_ADMIN2 ||
            ge_geodesic_km(p->lat, p->lon, op->lat, op->lon) > LIST_KM)
            return 0;
        end = o->tok_end;
    }
    return 1;
}

/* "Protesters in Tel Aviv blocked a highway. Police detained several
 * demonstrators.": a sentence that names no place (or names one only in a
 * relative clause: only_relative_places) and does not turn to something
 * else goes on where the sentence before it put something (the place after
 * its locative word), not at a dateline's city. */
static int previous_place(const sent *s, const doc_ctx *dc, ge_event *ev)
{
    EV_WORDS(turns, "meanwhile", "separately", "elsewhere", "earlier", "also", "in", "on", "last");
    if (s->idx == 0 || !s->g || ev_tok_in(s, s->b, turns) || !only_relative_places(s))
        return 0;
    for (size_t k = s->mb; k-- > 0;) {
        const ge_mention *mm = &s->m->v[k];
        if (mm->sentence + 1 < s->idx)
            break;
        if (mm->place == GE_NONE || mm->kind != GE_KIND_TOPONYM || mm->tok_begin == 0)
            continue;
        size_t n;
        const char *w = ev_tok_norm(s->t, mm->tok_begin - 1, &n); /* the sentence before */
        if (!ge_word_is(w, n, "in") && !ge_word_is(w, n, "at") && !ge_word_is(w, n, "near"))
            continue;
        const ge_place *p = ge_gazetteer_place(s->g, mm->place);
        if (!p || p->level < GE_LEVEL_ADMIN2 || ev_far_from_article(s, dc, mm->place))
            continue; /* "the UN office in Geneva condemned ...": not where it goes on */
        if (planned_before(s->t, mm))
            return 0; /* "agreed to continue negotiations next month in Vienna": where
                         something will happen, not where the story is */
        if (k + 1 < s->m->n && s->m->v[k + 1].sentence == mm->sentence &&
            s->m->v[k + 1].tok_begin <= mm->tok_end + 1 && !list_close(s, k))
            return 0; /* "in Mombasa, Kisumu and Nakuru": many places, none goes on
                         (but "in Khan Younis and Deir al-Balah", ten kilometres
                         apart: the first, within reach of all) */
        /* ("abducted in Nairobi ... and brought back to Uganda, where he was
         * charged": a sentence that moves on to another country leaves no
         * one place to go on from) */
        for (size_t q = k + 1; q < s->m->n && s->m->v[q].sentence == mm->sentence; q++) {
            const ge_place *o = ge_gazetteer_place(s->g, s->m->v[q].place);
            if (o && s->m->v[q].kind == GE_KIND_TOPONYM && memcmp(o->country, p->country, 2))
                return 0;
        }
        ev->mention = (int)k;
        ev->place = mm->place;
        ev->location_reason = "article"; /* the story's place, as the article fallback */
        return 1;
    }
    return 0;
}

/* "The European Union warned on Friday that ...", "Washington accused
 * ...": an international body's warnings and accusations, and the words
 * of another country than the story's, are not said at the story's town
 * (a story of a whole country is what they speak of). */
static int said_from_afar(const sent *s, const doc_ctx *dc, const ge_event *ev)
{
    const ge_place *p = s->g ? ge_gazetteer_place(s->g, dc->main_place) : NULL;
    if ((ev->quad_code != 1 && ev->quad_code != 3) || !p || p->level <= GE_LEVEL_COUNTRY)
        return 0; /* (a story of a whole country is what they speak of: "US is
                     considering deterring Iran and its militias" in Iraq) */
    if (ge_str_is(ev->actor.sector, "IGO"))
        return ev->quad_code == 3; /* (a warning or a condemnation is issued from
                                      its seat; an agreement under a BRUSSELS
                                      dateline was reached there) */
    if (!ev->actor.code[0])
        return 0;
    const char *a3 = p->country[0] ? ge_gazetteer_alpha3(s->g, p->country) : NULL;
    return a3 && a3[0] && strcmp(a3, ev->actor.code) != 0;
}

/* The article's main place, when the article is about that one place and
 * names it outside this sentence (a one-sentence text has no context to
 * fall back on). */
void ev_article_place(const sent *s, const doc_ctx *dc, ge_event *ev)
{
    int sec = section_dateline(s);
    if (sec >= 0) {
        /* a story of a page of several: where the sentence before put it,
         * within the story, or its dateline */
        ge_event at = *ev;
        if (s->m->v[sec].sentence < s->idx && previous_place(s, dc, &at) && at.mention > sec) {
            *ev = at;
            return;
        }
        ev->mention = sec;
        ev->place = s->m->v[sec].place;
        ev->location_reason = "article";
        return;
    }
    /* a dateline names where the report was filed; "the city" is a place
     * of the story (in a local paper's story, its own town: left alone) */
    if ((dc->main_place == GE_NONE || !dc->focused || dc->main_dateline) && anaphor_place(s, ev))
        return;
    if (previous_place(s, dc, ev))
        return;
    if (dc->main_place == GE_NONE || !dc->focused)
        return; /* an article about several places: better none than a guess */
    if (said_from_afar(s, dc, ev))
        return;
    int k = dc->main_mention;
    if (s->m->v[k].sentence == s->idx && !dc->main_dateline)
        k = dc->main_other;
    if (k < 0)
        return;
    ev->mention = k;
    ev->place = dc->main_place;
    ev->location_reason = "article";
}
