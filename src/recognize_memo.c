/*
 * recognize_memo.c -- the recognizer's per-article word index: every
 * distinct normalized form of the article gets one rc_word, and the
 * gazetteer's and the word list's answers for it are asked once and
 * remembered there. The answers are the same as asking each time; only the
 * cost changes (the gazetteer's hash tables are tens of megabytes, so each
 * probe is a cache miss, and an article repeats its names).
 *
 * The index is an open-addressing table of word numbers (twice the tokens,
 * a power of two) over the forms' ge_hash, forms compared byte for byte.
 */
#include "recognize_internal.h"

/* Are tokens a and b of one form? (Inline: forms are a few bytes.) */
static int same_form(const ge_text *t, const ge_token *a, const ge_token *b)
{
    if (a->norm_len != b->norm_len)
        return 0;
    const char *p = t->norm + a->norm, *q = t->norm + b->norm;
    for (uint32_t k = 0; k < a->norm_len; k++)
        if (p[k] != q[k])
            return 0;
    return 1;
}

/* The recognizer asks the gazetteer about every capitalised word (how
 * long a name it can start, and, when it starts one, the name it is): asked
 * here for all of them, in batches, the answers are the same and the
 * memory reads overlap. */
static void ask_capitalised(recog *r)
{
    enum { BATCH = 64 };
    const ge_text *t = r->t;
    const char *keys[BATCH];
    size_t lens[BATCH];
    uint64_t hashes[BATCH];
    ge_name names[BATCH];
    unsigned char found[BATCH];
    rc_word *ws[BATCH];
    size_t n = 0;
    for (size_t w = 0; w <= r->nwords; w++) {
        if (w < r->nwords && r->words[w].cap) {
            rc_word *x = &r->words[w];
            x->maxn = ge_gazetteer_max_tokens_h(r->g, x->h);
            x->known |= RW_MAXN;
            if (!x->maxn)
                continue;
            const ge_token *tk = &t->tokens[x->tok];
            keys[n] = t->norm + tk->norm;
            lens[n] = tk->norm_len;
            hashes[n] = x->h;
            ws[n++] = x;
        }
        if (n == BATCH || (w == r->nwords && n)) {
            ge_gazetteer_lookup_many(r->g, n, keys, lens, hashes, names, found);
            for (size_t k = 0; k < n; k++) {
                ws[k]->found = found[k];
                if (found[k])
                    ws[k]->name = names[k];
                ws[k]->known |= RW_NAME;
            }
            n = 0;
        }
    }
}

int rc_words_index(recog *r)
{
    const ge_text *t = r->t;
    size_t cap = 64;
    while (cap < t->ntokens * 2)
        cap *= 2;
    size_t mask = cap - 1;
    uint32_t *slots = malloc(cap * sizeof *slots);
    r->word_of = malloc(t->ntokens * sizeof *r->word_of);
    if (!slots || !r->word_of) {
        free(slots);
        return -1;
    }
    memset(slots, 0xFF, cap * sizeof *slots);
    for (size_t i = 0; i < t->ntokens; i++) {
        const ge_token *tk = &t->tokens[i];
        r->word_of[i] = GE_NONE;
        if (!tk->norm_len || !(tk->flags & GE_TOK_WORD))
            continue; /* numbers and punctuation are asked about directly */
        uint64_t h = ge_hash(t->norm + tk->norm, tk->norm_len);
        size_t k = h & mask;
        while (slots[k] != GE_NONE) {
            const rc_word *w = &r->words[slots[k]];
            if (w->h == h && same_form(t, &t->tokens[w->tok], tk))
                break;
            k = (k + 1) & mask;
        }
        if (slots[k] == GE_NONE) {
            if (GE_PUSH(r->words, r->words_cap, r->nwords)) {
                free(slots);
                return -1;
            }
            rc_word *w = &r->words[r->nwords];
            memset(w, 0, sizeof *w);
            w->h = h;
            w->tok = (uint32_t)i;
            slots[k] = (uint32_t)r->nwords++;
            if (tk->flags & GE_TOK_CAP)
                ge_gazetteer_prefetch(r->g, h);
        }
        r->word_of[i] = slots[k];
        /* the article's own evidence that a word is an ordinary word: it
         * is also written in lower case somewhere */
        if (tk->flags & GE_TOK_CAP)
            r->words[slots[k]].cap = 1;
        else
            r->words[slots[k]].lower = 1;
    }
    free(slots);
    ask_capitalised(r);
    return 0;
}

void rc_words_free(recog *r)
{
    free(r->words);
    free(r->word_of);
    r->words = NULL;
    r->word_of = NULL;
    r->nwords = r->words_cap = 0;
}

int rc_lookup(recog *r, size_t i, ge_name *out)
{
    const ge_token *tk = &r->t->tokens[i];
    rc_word *w = rc_word_of(r, i);
    if (!w)
        return ge_gazetteer_lookup(r->g, rc_tok_norm(r->t, i), tk->norm_len, out);
    if (!(w->known & RW_NAME)) {
        w->found = (uint8_t)ge_gazetteer_lookup_h(r->g, rc_tok_norm(r->t, i), tk->norm_len, w->h,
                                                  &w->name);
        w->known |= RW_NAME;
    }
    if (w->found && out)
        *out = w->name;
    return w->found;
}

uint32_t rc_max_tokens(recog *r, size_t i)
{
    rc_word *w = rc_word_of(r, i);
    if (!w)
        return ge_gazetteer_max_tokens(r->g, rc_tok_norm(r->t, i), r->t->tokens[i].norm_len);
    if (!(w->known & RW_MAXN)) {
        w->maxn = ge_gazetteer_max_tokens_h(r->g, w->h);
        w->known |= RW_MAXN;
    }
    return w->maxn;
}

int rc_is(recog *r, size_t i, unsigned cls)
{
    rc_word *w = rc_word_of(r, i);
    if (!w)
        return 0; /* a number or a mark: every word of the classes' table has a letter */
    if (!(w->known & RW_CLS)) {
        w->cls = (uint16_t)rc_word_class(rc_tok_norm(r->t, i), r->t->tokens[i].norm_len);
        w->known |= RW_CLS;
    }
    return (w->cls & cls) != 0;
}

int rc_seen_lower(const recog *r, size_t i)
{
    const rc_word *w = rc_word_of(r, i);
    return w && w->lower;
}
