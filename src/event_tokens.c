/*
 * event_tokens.c -- what the events stage asks of a sentence's tokens:
 * lexicon matches, word tests, noun phrases left and right of a trigger,
 * and the actor (country and sector) a noun phrase names.
 */
#include <ctype.h>
#include <math.h>
#include <stdio.h>

#include "events_internal.h"

/* ============================================================= matching */



/* Does entry x, whose first word is token i (w, n bytes), match the tokens
 * from i? Returns the token after it, or 0. The first word is compared once
 * for all the entries that share its copy (lx_entry.fw): *fw_yes and *fw_no
 * hold the copies found equal and unequal to the token, GE_NONE before. */
static uint32_t entry_match(const ge_lexicon *lx, const lx_entry *x, const ge_text *t, uint32_t i,
                            uint32_t end, const char *w0, size_t n0, uint32_t *fw_yes,
                            uint32_t *fw_no)
{
    /* the first word, its length known: most entries of a chain are told
     * apart here, and a one-word entry is done without reading its key */
    if (x->fwlen != n0 || x->fw == *fw_no)
        return 0;
    if (x->fw != *fw_yes) {
        if (memcmp(lx->pool + x->fw, w0, n0)) {
            *fw_no = x->fw;
            return 0;
        }
        *fw_yes = x->fw;
    }
    if (x->keylen == n0)
        return i + 1;
    if (x->swlen) {
        /* the second word's length and first byte, from the entry itself:
         * most phrases are told apart before their key is read */
        if (i + 1 >= end)
            return 0;
        size_t n1;
        const char *w1 = ev_tok_norm(t, i + 1, &n1);
        if (n1 != x->swlen || w1[0] != x->sw0)
            return 0;
    }
    const char *k = lx->pool + x->key + n0, *ke = lx->pool + x->key + x->keylen;
    k++; /* the space */
    uint32_t j = i + 1;
    while (k < ke) {
        if (j >= end)
            return 0;
        const char *sp = memchr(k, ' ', (size_t)(ke - k));
        size_t wl = sp ? (size_t)(sp - k) : (size_t)(ke - k);
        size_t n;
        const char *w = ev_tok_norm(t, j, &n);
        if (n != wl || memcmp(w, k, n))
            return 0;
        j++;
        k += wl + (sp ? 1 : 0);
    }
    /* a phrase does not continue a hyphenated compound: "anti-war" */
    return j;
}

/* All lexicon matches in tokens [b, e): for each start token and kind the
 * longest entry. */
#if defined(__GNUC__)
#define EV_PREFETCH(p) __builtin_prefetch(p)
#else
#define EV_PREFETCH(p) ((void)(p))
#endif

int ev_find_matches(const ge_lexicon *lx, const ge_text *t, uint32_t b, uint32_t e,
                        matches *out)
{
    out->n = 0;
    enum { BLOCK = 32 };
    uint32_t first[BLOCK];
    for (uint32_t b0 = b; b0 < e; b0 += BLOCK) {
        uint32_t nb = e - b0 < BLOCK ? e - b0 : BLOCK;
        /* the first entries of a block's words, all asked before any is
         * read and fetched meanwhile: the walks below do not wait for
         * memory one word after another (the entry's first word was most
         * of this function's time) */
        for (uint32_t q = 0; q < nb; q++) {
            size_t n;
            const char *w = ev_tok_norm(t, b0 + q, &n);
            first[q] = n ? lx_first(lx, w, n) : GE_NONE;
            if (first[q] != GE_NONE)
                EV_PREFETCH(&lx->v[first[q]]);
        }
        for (uint32_t q = 0; q < nb; q++) {
            uint32_t i = b0 + q, k = first[q];
            if (k == GE_NONE)
                continue; /* no entry starts with this word: most tokens */
            size_t n;
            const char *w = ev_tok_norm(t, i, &n);
            const lx_entry *best[LX_NKINDS] = {0};
            uint32_t best_end[LX_NKINDS] = {0};
            unsigned kinds = 0; /* bit kd: best[kd] set */
            uint32_t fw_yes = GE_NONE, fw_no = GE_NONE;
            for (; k != GE_NONE; k = lx->v[k].next) {
                const lx_entry *x = &lx->v[k];
                uint32_t j = entry_match(lx, x, t, i, e, w, n, &fw_yes, &fw_no);
                if (j > best_end[x->kind]) {
                    best_end[x->kind] = j;
                    best[x->kind] = x;
                    kinds |= 1u << x->kind;
                }
            }
            for (int kd = 0; kinds && kd < LX_NKINDS; kd++) {
                if (!best[kd])
                    continue;
                if (GE_PUSH(out->v, out->cap, out->n) < 0)
                    return -1;
                out->v[out->n++] = (match){i, best_end[kd], best[kd]};
            }
        }
    }
    return 0;
}

/* =========================================================== extraction */

/* Match of kind covering token i (the longest), or NULL. */
/* Matches are in start order and no longer than s->maxlen tokens: the ones
 * that can touch token i start in [i - maxlen, i]. */
static size_t first_from(const sent *s, uint32_t i)
{
    uint32_t from = i > s->b + s->maxlen ? i - s->maxlen : s->b;
    size_t lo = 0, hi = s->mt.n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (s->mt.v[mid].b < from)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

/* For each kind and token, the longest match covering it: matches taken
 * in start order, a later one only when strictly longer (as a scan of
 * the matches from first_from would choose). */
int ev_index_matches(sent *s)
{
    size_t len = s->e - s->b, need = (size_t)LX_NKINDS * len;
    if (need > s->at_cap) {
        const match **p = realloc(s->at, need * sizeof *p);
        if (!p)
            return -1;
        s->at = p;
        s->at_cap = need;
    }
    for (size_t k = 0; k < need; k++)
        s->at[k] = NULL;
    for (size_t k = 0; k < s->mt.n; k++) {
        const match *x = &s->mt.v[k];
        const match **row = s->at + (size_t)x->x->kind * len;
        for (uint32_t i = x->b - s->b; i < x->e - s->b; i++)
            if (!row[i] || x->e - x->b > row[i]->e - row[i]->b)
                row[i] = x;
    }
    return 0;
}

/* Match of kind ending exactly before token i (the longest). */
const match *ev_match_ending(const sent *s, int kind, uint32_t i)
{
    for (size_t k = first_from(s, i); k < s->mt.n && s->mt.v[k].b < i; k++) {
        const match *x = &s->mt.v[k];
        if (x->x->kind == kind && x->e == i)
            return x;
    }
    return NULL;
}

const match *ev_mod_ending(const sent *s, int cls, uint32_t i)
{
    for (size_t k = first_from(s, i); k < s->mt.n && s->mt.v[k].b < i; k++) {
        const match *x = &s->mt.v[k];
        if (x->x->kind == LX_MODIFIER && x->x->cls == cls && x->e == i)
            return x;
    }
    return NULL;
}

/* The first mention of the sentence ending after token i. */
size_t ev_mention_from(const sent *s, uint32_t i)
{
    size_t lo = s->mb, hi = s->me;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (s->m->v[mid].tok_end <= i)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

/* The mention covering token i (mentions are in text order, disjoint). */
int ev_mention_at(const sent *s, uint32_t i)
{
    size_t k = ev_mention_from(s, i);
    if (k < s->me && s->m->v[k].tok_begin <= i)
        return (int)k;
    return -1;
}

int ev_in_date(const sent *s, uint32_t i)
{
    for (size_t k = 0; k < s->ndates && k < 8; k++)
        if (s->dates[k].tok_begin <= i && i < s->dates[k].tok_end)
            return 1;
    return 0;
}

/* Words skipped between a subject and its verb. */
EV_WORDS(aux_words, "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "will",
         "would", "could", "should", "may", "might", "can", "must", "did", "do", "does", "also",
         "reportedly", "allegedly", "then", "later", "already", "still", "just", "recently",
         "again", "jointly", "subsequently", "apparently", "reported", "say", "said", "to", "not",
         "never", "n't", "first", "finally", "eventually", "immediately", "briefly", "repeatedly",
         "successfully", "partially", "fully", "nearly", "almost", "who", "that", "which",
         "largely", "mostly", "once", "now", "actually", "initially", "originally", "previously",
         "quickly", "swiftly", "separately", "ultimately", "even", "only", "soon");
/* Units of a span of time ("two days after", "weeks later"). */
EV_WORDS_SHARED(ev_time_units, "minutes", "hours", "day", "days", "week", "weeks", "month",
                "months", "year", "years");
/* Adverbs of how an act hurt, between its doer and its verb ("an officer
 * fatally shooting a man"). */
EV_WORDS_SHARED(ev_manner_adverbs, "fatally", "seriously", "critically", "badly", "brutally",
                "severely", "mortally", "accidentally", "deliberately", "forcibly", "violently");

/* Words that end a noun phrase going left. */
/* Words before "who" that open a question, not a relative clause. */
EV_WORDS_SHARED(ev_question_words, "said", "say", "says", "know", "knew", "known", "unclear",
                "clear", "determine", "determined", "identify", "identified", "asked", "ask",
                "investigating", "revealed", "reveal", "disclosed", "disclose", "confirm",
                "explain", "establish", "about", "of", "on");

EV_WORDS_SHARED(ev_np_stops, "that", "which", "who", "whom", "whose", "when", "where", "while",
                "after", "before", "because", "since", "until", "unless", "if", "as", "and", "or",
                "but", "said", "says", "according", "to", "in", "at", "on", "by", "with", "from",
                "for", "during", "into", "against", "than", "near", "over", "under", "between",
                "amid", "despite", "about", "ahead", "also", "then", "reportedly", "there", "it",
                "this", "these", "those", "they", "we", "he", "she", "i", "you", "both", "them",
                "him", "us", "me", "her", "it", "of", "saw", "seen", "watched", "heard", "told",
                "says", "claimed", "left", "leaving");

/* Adverbs of time beside a noun phrase: skipped going left ("Denmark
 * today accepted"), an end going right ("hit Kharkiv overnight"). */
EV_WORDS(time_words, "today", "yesterday", "tonight", "overnight", "earlier", "later", "again");

EV_WORDS_SHARED(ev_determiners, "the", "a", "an", "its", "their", "his", "her", "our", "this",
                "that", "these", "those", "some", "several");

/* The words that qualify a count before its number ("at least 30", "more
 * than 20", "as many as 40", "nearly 40"). */
EV_WORDS_SHARED(ev_count_qualifiers, "at", "least", "most", "more", "less", "fewer", "than",
                "about", "some", "nearly", "almost", "over", "around", "roughly", "approximately",
                "up", "to", "as", "many", "just", "under");

void ev_words_summarize(ev_words *ws)
{
    uint64_t sig[4] = {0, 0, 0, 0};
    uint16_t head[256] = {0};
    size_t nw = 0;
    while (ws->w[nw])
        nw++;
    /* from the last word back, so that a chain is in list order; a word's
     * next is final when stored, a head only at the end */
    for (size_t x = nw; x-- > 0;) {
        unsigned k = ge_word_key(ws->w[x], strlen(ws->w[x]));
        sig[k >> 6] |= 1ull << (k & 63);
        atomic_store_explicit(&ws->next[x], head[k], memory_order_relaxed);
        head[k] = (uint16_t)(x + 1);
    }
    for (int k = 0; k < 256; k++)
        atomic_store_explicit(&ws->head[k], head[k], memory_order_relaxed);
    for (int k = 0; k < 4; k++)
        atomic_store_explicit(&ws->sig[k], sig[k], memory_order_relaxed);
    atomic_store_explicit(&ws->ready, 1, memory_order_release);
}

void ev_word_keys(const ge_text *t, uint8_t *key)
{
    for (size_t i = 0; i < t->ntokens; i++)
        key[i] = (uint8_t)ge_word_key(t->norm + t->tokens[i].norm, t->tokens[i].norm_len);
}


/* Is token i a word of a name: capitalised inside a sentence in ordinary
 * case, not all capitals ("Rapid Support Forces", "Free Syrian Army")? */
int ev_name_word(const sent *s, uint32_t i)
{
    if (i <= s->b || i >= s->e)
        return 0;
    uint32_t f = s->t->tokens[i].flags;
    if (!(f & GE_TOK_CAP) || (f & (GE_TOK_SENT_START | GE_TOK_LINE_START | GE_TOK_UPPER)))
        return 0;
    return !s->title_case;
}

int ev_is_trigger_tok(const sent *s, uint32_t i)
{
    return ev_match_at(s, LX_TRIGGER, i) != NULL;
}

/* A report-mode cue (negation, hedge, plan, denial, demand) at token i. */
static int cue_at(const sent *s, uint32_t i)
{
    const match *x = ev_match_at(s, LX_MODIFIER, i);
    return x && x->x->cls <= MOD_DEMAND;
}

/* Noun phrase ending before token i (going left). */
static void np_left(const sent *s, uint32_t i, uint32_t *ob, uint32_t *oe, int depth);

void ev_np_left(const sent *s, uint32_t i, uint32_t *ob, uint32_t *oe)
{
    np_left(s, i, ob, oe, 0);
}

/* depth 0 may look past a verb: an object that names no one ("reached a
 * consensus", "upgraded their diplomatic ties") stands for the subject of
 * the verb before it, when that subject names an actor ("the Palestinians
 * reached a consensus to exchange information"). */
static void np_left(const sent *s, uint32_t i, uint32_t *ob, uint32_t *oe, int depth)
{
    uint32_t det = UINT32_MAX;
    uint32_t e = i;
    while (e > s->b && ev_mention_at(s, e - 1) < 0 &&
           (ev_tok_in(s, e - 1, aux_words) || ev_tok_in(s, e - 1, ev_manner_adverbs) ||
            ev_tok_in(s, e - 1, time_words) ||
            ev_in_date(s, e - 1) || cue_at(s, e - 1))) {
        /* "have not said who carried out the attack": a question, no one */
        if (e >= s->b + 2 && ev_tok_among(s, e - 1, "who", "whoever") &&
            ev_tok_in(s, e - 2, ev_question_words)) {
            *ob = *oe = i;
            return;
        }
        e--;
    }
    /* "The protesters, mostly young people, were demanding", "ten people,
     * including a child, were killed": the phrase before an apposition */
    if (depth == 0 && e > s->b + 3 && ev_tok_is(s, e - 1, ",")) {
        uint32_t k = e - 1;
        while (k > s->b + 2 && e - k < 9 && ev_is_word(s, k - 1) && !ev_is_trigger_tok(s, k - 1) &&
               !ev_modifier_in(s, k - 1, k, MOD_REPORT))
            k--;
        if (k < e - 1 && ev_tok_is(s, k - 1, ",") && ev_is_word(s, k - 2) &&
            ev_mention_at(s, k) < 0) /* (not "a boy from Banks, Lancashire, was") */
            e = k - 1;
    }
    /* "The Citizens Coalition for Change (CCC) accused": the phrase before
     * its short name in brackets */
    if (e > s->b + 3 && ev_tok_is(s, e - 1, ")")) {
        uint32_t k = e - 1;
        while (k > s->b + 1 && e - k < 6 && ev_is_word(s, k - 1))
            k--;
        if (k < e - 1 && ev_tok_is(s, k - 1, "(") && ev_is_word(s, k - 2))
            e = k - 1;
    }
    /* "police sentries posted there killed": a participle with "there"
     * after the phrase it tells of */
    if (e >= s->b + 3 && ev_tok_among(s, e - 1, "there", "here") &&
        ev_tok_norm_ends(s, e - 2, "ed") && !ev_is_trigger_tok(s, e - 2) && ev_is_word(s, e - 3))
        e -= 2;
    uint32_t b = e;
    while (b > s->b && e - b < 8) {
        uint32_t j = b - 1;
        /* "New People's Army rebels": a possessive inside the phrase */
        if (j > s->b && b < e && ev_tok_is(s, b, "s") && (ev_tok_is(s, j, "'") || ev_tok_is(s, j, "\xE2\x80\x99")) &&
            ev_is_word(s, j - 1)) {
            b = j;
            continue;
        }
        if (!ev_is_word(s, j) || ev_in_date(s, j))
            break;
        /* "U.S. Secretary of State Warren Christopher": a title's "of"; "the
         * Citizens Coalition for Change": a name's "for"; "The UN special
         * coordinator for Lebanon met": an office's */
        if ((ev_tok_is(s, j, "of") || (ev_tok_is(s, j, "for") && !s->title_case)) &&
            j > s->b && j + 1 < e && (s->t->tokens[j + 1].flags & GE_TOK_CAP) &&
            ((s->t->tokens[j - 1].flags & GE_TOK_CAP) ||
             (!s->title_case &&
              (ev_match_at(s, LX_AGENT, j - 1) ||
               ev_tok_among(s, j - 1, "coordinator", "envoy", "representative", "commissioner",
                            "rapporteur", "ambassador", "spokesman", "spokeswoman", "director"))))) {
            b = j;
            continue;
        }
        if (ev_mention_at(s, j) < 0 && !(s->t->tokens[j].flags & GE_TOK_UPPER) &&
            (ev_tok_in(s, j, ev_np_stops) ||
             (ev_is_trigger_tok(s, j) && !ev_match_at(s, LX_AGENT, j) && !ev_name_word(s, j))))
            break; /* "demonstrators stormed": an event noun that names people is a
                      subject; "Rapid Support Forces": a name goes on */
        b = j;
        if (b < e - 1 && ev_tok_in(s, j, ev_determiners) && !ev_tok_is(s, j, "that")) {
            det = j;
            break; /* a determiner opens its phrase: "data showed the police had" */
        }
    }
    /* "police in Mandalay arrested": the police in Mandalay, not the place
     * alone */
    int mp = b < e ? ev_mention_at(s, b) : -1;
    /* the place the phrase ends with, after a determiner or an adjective
     * ("the Ivory Coast", "the southern Gaza Strip") */
    int last = e > b ? ev_mention_at(s, e - 1) : -1;
    if (last >= 0 && (s->m->v[last].tok_end != e || s->m->v[last].tok_begin < b ||
                      s->m->v[last].tok_begin > b + 2))
        last = -1;
    if (last >= 0 && b >= s->b + 2 &&
        ev_tok_among(s, b - 1, "in", "at", "from") &&
        ev_is_word(s, b - 2) && !ev_tok_in(s, b - 2, ev_np_stops) &&
        (ev_mention_at(s, b - 2) < 0 ||
         s->m->v[ev_mention_at(s, b - 2)].kind == GE_KIND_DEMONYM) && /* "Albanians in" */
        (ev_match_at(s, LX_AGENT, b - 2) || ev_mention_at(s, b - 2) >= 0 ||
         (b >= s->b + 3 && ev_is_word(s, b - 3) && ev_match_at(s, LX_AGENT, b - 3)))) {
        uint32_t hb, he;
        ev_np_left(s, b - 1, &hb, &he);
        if (hb < he && he == b - 1) {
            *ob = hb;
            *oe = e;
            return;
        }
    }
    /* "M23 rebels backed by Rwanda captured": the phrase the participle
     * modifies is the subject, not its agent */
    if (depth == 0 && mp >= 0 && s->m->v[mp].tok_begin == b && s->m->v[mp].tok_end == e &&
        b >= s->b + 3 && ev_tok_is(s, b - 1, "by") && ev_tok_norm_ends(s, b - 2, "ed")) {
        uint32_t hb, he;
        np_left(s, b - 2, &hb, &he, 1);
        if (hb < he) {
            *ob = hb;
            *oe = he;
            return;
        }
    }
    /* "an air strike on a house in Khan Younis killed", "a bombing in
     * Caqueta killed": a place after "in" is where, not who (the one who
     * acted is named before it, or not at all) */
    if (last >= 0 && b > s->b &&
        ev_tok_among(s, b - 1, "in", "at", "near", "outside")) {
        *ob = *oe = i;
        return;
    }
    /* "At least five people were shot": the five people */
    if (b + 1 < e && b > s->b && (ev_tok_is(s, b, "least") || ev_tok_is(s, b, "most")) &&
        ev_tok_is(s, b - 1, "at"))
        b++;
    while (b < e && ev_tok_in(s, b, ev_determiners))
        b++;
    *ob = b;
    *oe = e;
    if (depth == 0 && det != UINT32_MAX && det > s->b + 1 && ev_is_word(s, det - 1) &&
        !ev_tok_in(s, det - 1, ev_np_stops) && !ev_tok_in(s, det - 1, aux_words)) {
        ge_actor a;
        memset(&a, 0, sizeof a);
        ev_code_actor(s, b, e, &a);
        if (a.code[0] || a.sector[0])
            return;
        uint32_t b2, e2;
        np_left(s, det - 1, &b2, &e2, 1);
        memset(&a, 0, sizeof a);
        if (b2 < e2)
            ev_code_actor(s, b2, e2, &a);
        if (a.code[0] || a.sector[0]) {
            *ob = b2;
            *oe = e2;
        }
    }
}

/* Prepositions that a recipient may start with after the trigger. */
EV_WORDS_SHARED(ev_recip_preps, "with", "on", "against", "upon", "at");

/* A capitalised month or day name ("agreed Monday to", "arrested
 * Wednesday morning"): a time, no one acted on. */
static int calendar_at(const sent *s, uint32_t i)
{
    return (s->t->tokens[i].flags & GE_TOK_CAP) && ev_tok_in(s, i, ev_calendar_words);
}

/* Noun phrase starting at or after token i (going right). */
void ev_np_right(const sent *s, uint32_t i, uint32_t *ob, uint32_t *oe)
{
    uint32_t b = i;
    if (ev_tok_in(s, b, ev_recip_preps))
        b++;
    if (b < s->e && calendar_at(s, b) && ev_mention_at(s, b) < 0) {
        *ob = *oe = b; /* "agreed Monday to reinstate": no one */
        return;
    }
    if (b > i && ev_tok_is(s, b - 1, "at") && (ev_tok_is(s, b, "least") || ev_tok_is(s, b, "most")))
        b++; /* "killed at least 20 people": the 20 people */
    while (b < s->e && ev_tok_in(s, b, ev_determiners))
        b++;
    EV_WORDS(finite, "is", "are", "was", "were", "has", "have", "had", "will", "would", "could",
             "should", "may", "might", "can", "must", "did", "does");
    uint32_t e = b;
    while (e < s->e && e - b < 6) {
        if (!ev_is_word(s, e) || ev_in_date(s, e))
            break;
        if (e > b && ev_tok_in(s, e, finite) && ev_mention_at(s, e) < 0)
            break; /* "a search for the abducted residents was under way" */
        if (ev_mention_at(s, e) < 0 && calendar_at(s, e))
            break; /* "Barnett's arrest Wednesday morning" */
        if (e > b && e + 1 < s->e && ev_tok_is(s, e, "of") && ev_tok_norm_ends(s, e + 1, "ing") &&
            !(s->t->tokens[e + 1].flags & GE_TOK_CAP))
            break; /* "accused the opposition of trying to start a revolution" */
        if (e > b && e + 1 < s->e && ev_tok_among(s, e, "last", "next") &&
            (calendar_at(s, e + 1) ||
             ev_tok_among(s, e + 1, "week", "month", "year", "night",
                                    "weekend")))
            break; /* "fled the Columbus area last May" */
        if (ev_mention_at(s, e) < 0 &&
            ((ev_tok_in(s, e, ev_np_stops) && !ev_tok_is(s, e, "of")) || ev_tok_in(s, e, time_words) ||
             (ev_is_trigger_tok(s, e) && !ev_name_word(s, e) && !ev_match_at(s, LX_AGENT, e)) ||
             ev_match_at(s, LX_LOCATIVE, e)))
            break;
        e++;
    }
    if (e > b && ev_tok_is(s, e - 1, "of"))
        e--; /* "accused security forces of abducting": the forces */
    *ob = b;
    *oe = e;
}

/* Is the capitalised word at token j written capitalised in the middle of
 * another sentence of the article ("Assad spoke ..." after "President
 * Bashar Assad")? A name then, not a sentence's first word. */
static int capitalised_elsewhere(const sent *s, uint32_t j)
{
    const ge_text *t = s->t;
    const ge_token *w = &t->tokens[j];
    /* (within a few thousand tokens: bounded on a huge input) */
    size_t lo = j > 4000 ? j - 4000 : 0, hi = t->ntokens - j > 4000 ? j + 4000 : t->ntokens;
    for (size_t k = lo; k < hi; k++) {
        const ge_token *o = &t->tokens[k];
        if (k != j && (o->flags & GE_TOK_CAP) && !(o->flags & GE_TOK_UPPER) &&
            !(o->flags & (GE_TOK_SENT_START | GE_TOK_LINE_START)) && o->norm_len == w->norm_len &&
            !memcmp(t->norm + o->norm, t->norm + w->norm, w->norm_len) && k > 0 &&
            (t->tokens[k - 1].flags & GE_TOK_WORD))
            return 1;
    }
    return 0;
}

/* Does [b, e) name someone: an agent word, a place or a capitalised name? */
static int names_someone(const sent *s, uint32_t b, uint32_t e)
{
    for (uint32_t j = b; j < e; j++) {
        if (ev_mention_at(s, j) >= 0 || ev_match_at(s, LX_AGENT, j))
            return 1;
        uint32_t f = s->t->tokens[j].flags;
        if ((f & GE_TOK_CAP) && !(f & (GE_TOK_SENT_START | GE_TOK_LINE_START)) && j != s->b)
            return 1;
        if ((f & GE_TOK_CAP) && e == b + 1 && !(f & GE_TOK_UPPER) && capitalised_elsewhere(s, j))
            return 1;
    }
    return 0;
}

/* Country (alpha-3) and sector of the tokens [b, e). */
void ev_code_actor(const sent *s, uint32_t b, uint32_t e, ge_actor *a)
{
    memset(a, 0, sizeof *a);
    while (b < e && ev_tok_among(s, b, "and", "but", "or"))
        b++; /* ("..., and President Hichilema ordered") */
    if (b >= e || !names_someone(s, b, e))
        return;
    const match *tr = ev_match_at(s, LX_TRIGGER, e - 1);
    if (tr && tr->b >= b && tr->e > e)
        return; /* "threatened a general strike": the first word of an event's name */
    a->start = s->t->tokens[b].start;
    a->end = s->t->tokens[e - 1].end;
    uint32_t last_b = UINT32_MAX, last_e = 0;
    for (size_t k = first_from(s, b); k < s->mt.n && s->mt.v[k].b < e; k++) {
        const match *x = &s->mt.v[k];
        if (x->x->kind != LX_AGENT || x->b < b || x->e > e)
            continue;
        if (x->b >= last_b && x->e <= last_e)
            continue; /* "Union" inside "European Union" */
        /* "a birthday party", "a wedding party": a gathering, no party */
        if (x->b > s->b && ev_tok_among(s, x->b, "party", "parties") &&
            ev_tok_among(s, x->b - 1, "birthday", "wedding", "house",
                                      "dinner", "christmas", "graduation",
                                      "pool", "street", "block", "engagement",
                                      "farewell", "garden", "tea", "search",
                                      "rescue", "hunting", "boarding"))
            continue;
        last_b = x->b;
        last_e = x->e;
        /* "student leaders", "police officials", "union spokesman": a
         * generic head keeps its modifier's sector */
        EV_WORDS(heads, "leader", "leaders", "official", "officials", "spokesman", "spokeswoman",
                 "spokesperson", "chief", "head");
        if (x->x->sector[0] && !(a->sector[0] && x->e == x->b + 1 && ev_tok_in(s, x->b, heads)))
            ge_copy(a->sector, sizeof a->sector, x->x->sector);
        if (x->x->code[0] && !a->code[0])
            ge_copy(a->code, sizeof a->code, x->x->code);
    }
    if (a->code[0] || !s->g)
        return;
    for (size_t k = ev_mention_from(s, b); k < s->me && s->m->v[k].tok_begin < e; k++) {
        const ge_mention *mm = &s->m->v[k];
        if (mm->tok_begin < b || mm->tok_end > e || mm->place == GE_NONE)
            continue;
        const ge_place *p = ge_gazetteer_place(s->g, mm->place);
        const char *a3 = p ? ge_gazetteer_alpha3(s->g, p->country) : NULL;
        if (a3) {
            ge_copy(a->code, sizeof a->code, a3);
            break;
        }
    }
}

/* "The RSF has besieged El Fasher ... for more than a year": an act that
 * has gone on for months or years (a perfect tense and a span) is the
 * story's background, not the day's act. */
static int lasting(const ge_text *t, const ge_sentence *sn, const ge_event *b)
{
    static const char *const perfect[] = {"has", "have", "had", "been", NULL};
    static const char *const units[] = {"year", "years", "month", "months", "weeks", "decade",
                                        "decades", NULL};
    uint32_t tb = sn->tok_begin;
    while (tb < sn->tok_end && t->tokens[tb].start < b->trigger_start)
        tb++;
    if (tb == sn->tok_begin || !ge_tok_word_in(t, tb - 1, perfect))
        return 0;
    for (uint32_t i = tb; i + 1 < sn->tok_end; i++)
        if (ge_tok_among(t, i, "for"))
            for (uint32_t j = i + 1; j < sn->tok_end && j <= i + 4; j++)
                if (ge_tok_word_in(t, j, units))
                    return 1;
    return 0;
}

/* Does b's sentence turn to another story: "Meanwhile, police said 31
 * people were arrested", "Separately, ...", "In a separate incident,
 * ...", "In another attack, ...", or to another time ("weeks after a man
 * killed 10 people", "two years ago")? */
int ev_turns_away(const ge_text *t, const ge_event *b)
{
    if (b->sentence >= t->nsentences)
        return 0;
    const ge_sentence *sn = &t->sentences[b->sentence];
    static const char *const turns[] = {"meanwhile", "separately", "elsewhere", NULL};
    static const char *const others[] = {"separate", "another", "unrelated", "similar", NULL};
    /* "... happened just weeks after a man killed 10 people": another time */
    for (uint32_t i = sn->tok_begin; i + 1 < sn->tok_end; i++) {
        const ge_token *k = &t->tokens[i], *n = &t->tokens[i + 1];
        const char *w = t->norm + k->norm, *v = t->norm + n->norm;
        if (k->norm_len < 3 || k->norm_len > 6 || (w[0] != 'd' && w[0] != 'w' && w[0] != 'm' &&
                                                   w[0] != 'y'))
            continue; /* none of the words of time below: most tokens */
        /* (and "came a day after counter-protesters attacked") */
        if ((ge_word_is(w, k->norm_len, "days") || ge_word_is(w, k->norm_len, "weeks") ||
             ge_word_is(w, k->norm_len, "months") || ge_word_is(w, k->norm_len, "years") ||
             ge_word_is(w, k->norm_len, "day") || ge_word_is(w, k->norm_len, "week") ||
             ge_word_is(w, k->norm_len, "month") || ge_word_is(w, k->norm_len, "year")) &&
            (((ge_word_is(v, n->norm_len, "after") || ge_word_is(v, n->norm_len, "before")) &&
              n->start < b->trigger_start) ||
             ge_word_is(v, n->norm_len, "earlier") || ge_word_is(v, n->norm_len, "ago")))
            return 1; /* (the act before "a day after" is the story's: "The attack came a
                         day after ...") */
    }
    if (lasting(t, sn, b))
        return 1;
    for (uint32_t i = sn->tok_begin; i < sn->tok_end && i < sn->tok_begin + 4; i++) {
        const ge_token *k = &t->tokens[i];
        const char *w = t->norm + k->norm;
        for (int j = 0; turns[j]; j++)
            if (i == sn->tok_begin && ge_word_eq(w, k->norm_len, turns[j]))
                return 1;
        for (int j = 0; others[j] && i > sn->tok_begin; j++)
            if (ge_word_eq(w, k->norm_len, others[j]))
                return 1; /* "In a separate incident", "In another attack" */
    }
    return 0;
}

/* Does a relative clause with an act of its own open in tokens [b, e): "who",
 * "which" or "that" and a verb trigger after it, before e ("struck fighters
 * who fired rockets at southern Israel")? What follows it in [b, e) is that
 * act's. With set_off, only a clause after a comma counts (", which was
 * stormed by demonstrators last year"): "arrested 79 people who tried to
 * enter the market on Wednesday" tells one day for both. */
int ev_relative_act(const sent *s, uint32_t b, uint32_t e, int set_off)
{
    EV_WORDS(rel, "who", "which", "that");
    for (uint32_t j = b; j < e; j++) {
        if (!ev_tok_in(s, j, rel) ||
            (set_off && (j == s->b || !ev_tok_is(s, j - 1, ",") || ev_tok_is(s, j, "that"))))
            continue; /* ("alleged that the don, who is no more, had ...": the second) */
        /* (a clause set off by a comma tells a time of its own with any
         * act in it: ", who have vowed to go ahead ... on March 15") */
        for (uint32_t k = j + 1; k < e; k++) {
            const match *x = ev_match_at(s, LX_TRIGGER, k);
            if (x && (set_off || ((x->x->flags & LXF_VERB) && !ev_verb_form_as_noun(s, x))))
                return 1;
        }
        return 0;
    }
    return 0;
}
