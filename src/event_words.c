/*
 * event_words.c -- is it the same word? Trigger words compared as the
 * retelling rules need them (event_coref.c): inflections ("kills",
 * "killed"), irregular forms ("shot", "shoot"), the head of a phrase
 * ("suicide bombing", "the bombing") and light stems ("fired", "firing").
 */
#include <ctype.h>
#include <strings.h>

#include "event_words.h"

/* The base of an irregular verb form ("shot": "shoot"), else the word; of
 * a phrase ("shot dead"), its first word. */
const char *ev_base_form(const char *w, uint32_t *n)
{
    for (uint32_t i = 0; i < *n; i++)
        if (w[i] == ' ') {
            *n = i;
            break;
        }
    static const char *const forms[][2] = {
        {"shot", "shoot"},   {"shoots", "shoot"}, {"fought", "fight"}, {"struck", "strike"},
        {"fled", "flee"},    {"held", "hold"},    {"stole", "steal"},  {"stolen", "steal"},
        {"slain", "slay"},   {"slew", "slay"},    {"caught", "catch"}, {"sought", "seek"},
        {"beaten", "beat"},  {"blew", "blow"},    {"blown", "blow"},   {"threw", "throw"},
        {"thrown", "throw"}, {"froze", "freeze"}, {"frozen", "freeze"}};
    if (*n < 4 || *n > 6)
        return w; /* the forms above are 4 to 6 letters */
    int c = tolower((unsigned char)w[0]);
    for (size_t i = 0; i < sizeof forms / sizeof *forms; i++)
        if (forms[i][0][0] == c && strlen(forms[i][0]) == *n && !strncasecmp(w, forms[i][0], *n)) {
            *n = (uint32_t)strlen(forms[i][1]);
            return forms[i][1];
        }
    return w;
}

/* The same word, inflections aside ("attack", "attacked", "attacks";
 * "shoots", "shot"). */
static uint32_t unsuffixed(const char *w, uint32_t n)
{
    static const char *const suffixes[] = {"ing", "ed", "es", "s"};
    for (size_t k = 0; k < sizeof suffixes / sizeof *suffixes; k++) {
        uint32_t m = (uint32_t)strlen(suffixes[k]);
        if (n >= m + 4 && !strncasecmp(w + n - m, suffixes[k], m))
            return n - m;
    }
    return n;
}

static int same_stem_words(const char *wa, uint32_t na, const char *wb, uint32_t nb)
{
    uint32_t n = na < nb ? na : nb;
    if (n > 5)
        n = 5;
    if (n < 4)
        return na == nb && !strncasecmp(wa, wb, na);
    if (!strncasecmp(wa, wb, n))
        return 1;
    /* "kills" and "killed": the same word once its ending is off */
    uint32_t sa = unsuffixed(wa, na), sb = unsuffixed(wb, nb);
    return sa == sb && sa >= 4 && !strncasecmp(wa, wb, sa);
}

/* The last word of a phrase of several ("suicide bombing": "bombing"), if
 * it is long enough to name an act (not "out" of "carried out"). */
int ev_head_of_phrase(const char *w, uint32_t n, const char **h, uint32_t *hn)
{
    uint32_t i = n;
    while (i > 0 && w[i - 1] != ' ')
        i--;
    if (i == 0 || n - i < 5)
        return 0;
    *h = w + i;
    *hn = n - i;
    return 1;
}

int ev_same_stem_at(const ge_text *t, const uint32_t a[2], const uint32_t b[2])
{
    uint32_t na = a[1] - a[0], nb = b[1] - b[0];
    const char *ha, *hb;
    uint32_t hna, hnb;
    int pa = ev_head_of_phrase(t->s + a[0], na, &ha, &hna), pb = ev_head_of_phrase(t->s + b[0], nb, &hb, &hnb);
    /* "suicide bombing" and "the bombing" */
    if ((pa && same_stem_words(ha, hna, t->s + b[0], nb)) || (pb && same_stem_words(t->s + a[0], na, hb, hnb)))
        return 1;
    const char *wa = ev_base_form(t->s + a[0], &na), *wb = ev_base_form(t->s + b[0], &nb);
    return same_stem_words(wa, na, wb, nb);
}

/* A light stem: "ing", "ed", "es", "s" or a final "e" off, then five
 * letters at most ("fire", "fired", "firing": "fir"; "attacked": "attac"). */
static size_t stem_of(const char *w, size_t n, char out[5])
{
    /* the suffixes "ing", "ed", "es", "s", "e", first found first, each
     * byte compared with ASCII case folded (strncasecmp's equality for
     * these lower-case letters: c | 0x20 is 'e' only for 'e' and 'E') */
    if (n >= 6 && (w[n - 3] | 0x20) == 'i' && (w[n - 2] | 0x20) == 'n' &&
        (w[n - 1] | 0x20) == 'g')
        n -= 3;
    else if (n >= 5 && (w[n - 2] | 0x20) == 'e' && ((w[n - 1] | 0x20) == 'd' ||
                                                   (w[n - 1] | 0x20) == 's'))
        n -= 2;
    else if (n >= 4 && ((w[n - 1] | 0x20) == 's' || (w[n - 1] | 0x20) == 'e'))
        n -= 1;
    if (n > 5)
        n = 5;
    for (size_t k = 0; k < n; k++)
        out[k] = (char)((w[k] >= 'A' && w[k] <= 'Z') ? w[k] + 32 : w[k]);
    return n;
}

/* Is a word of the trigger at span[0..1) the word w, inflections aside? */
int ev_word_in_span(const ge_text *t, const uint32_t span[2], const char *w, size_t wn)
{
    char sw[5], sp[5];
    size_t nw = stem_of(w, wn, sw);
    const char *p = t->s + span[0], *end = t->s + span[1];
    while (p < end) {
        const char *q = p;
        while (q < end && *q != ' ')
            q++;
        size_t n = stem_of(p, (size_t)(q - p), sp);
        if (n >= 3 && n == nw && !memcmp(sp, sw, n))
            return 1;
        p = q < end ? q + 1 : q;
    }
    return 0;
}

uint32_t ev_token_from(const ge_text *t, uint32_t b)
{
    uint32_t lo = 0, hi = (uint32_t)t->ntokens;
    while (lo < hi) { /* the first token starting at or after byte b */
        uint32_t mid = lo + (hi - lo) / 2;
        if (t->tokens[mid].start < b)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

/* "the attack", "this shooting": a noun after a determiner that refers
 * back to an event (the trigger at byte b). */
int ev_refers_back_at(const ge_text *t, uint32_t b)
{
    uint32_t lo = ev_token_from(t, b); /* the trigger's first token */
    if (lo == 0 || lo >= t->ntokens)
        return 0;
    /* (through a word of when or how: "The Wednesday attack on
     * Kupiansk", "the deadly ambush", "the weekend's violence" aside) */
    static const char *const when[] = {"monday", "tuesday", "wednesday", "thursday", "friday",
                                       "saturday", "sunday", "weekend", "overnight", "deadly",
                                       "latest", "recent", "earlier", NULL};
    if (lo >= 2 && ge_tok_word_in(t, lo - 1, when))
        lo--;
    const ge_token *k = &t->tokens[lo - 1];
    const char *w = t->norm + k->norm;
    static const char *const refs[] = {"the", "this", "that", "these", "those", NULL};
    for (int i = 0; refs[i]; i++)
        if (ge_word_eq(w, k->norm_len, refs[i]))
            return 1;
    return 0;
}
