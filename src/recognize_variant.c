/*
 * recognize_variant.c -- a county's name as local news spells it and the
 * gazetteer does not: "DeSoto Parish" (GeoNames: De Soto Parish), "St.
 * Tammany Parish" (Saint Tammany Parish), "St. Louis County" (Saint Louis
 * County). The gazetteer's key of such a name fails, and the name's first
 * words alone are a namesake town elsewhere (DeSoto, Texas; the city of St.
 * Louis), which then pulls the article's other towns to its state. The
 * variant key spells the abbreviated "St."/"Ste."/"Mt." out and splits a word
 * at a capital inside it ("DeSoto", "LaSalle"); the recognizer tries it for
 * a name written before a county's word (rc_area_variant_at), and the
 * resolver looks a mention's span up by it when the plain key fails
 * (ge_tokens_key_variant).
 */
#include <string.h>

#include "recognize_internal.h"

#define VARIANT_MAX_WORDS 4 /* words of a name before its county's word, at most */

/* The spelled-out word of an abbreviation a county's name starts with. */
static const char *spelled_out(const ge_text *t, const ge_token *tk)
{
    static const char *const abbr[][2] = {{"st", "saint"}, {"ste", "sainte"}, {"mt", "mount"}};
    if (!(tk->flags & GE_TOK_CAP))
        return NULL;
    for (size_t i = 0; i < sizeof abbr / sizeof *abbr; i++)
        if (tk->norm_len == strlen(abbr[i][0]) &&
            !memcmp(t->norm + tk->norm, abbr[i][0], tk->norm_len))
            return abbr[i][1];
    return NULL;
}

size_t ge_tokens_key_variant(const ge_text *t, uint32_t b, uint32_t e, char *out, size_t cap)
{
    size_t n = 0;
    int changed = 0;
    for (uint32_t i = b; i < e; i++) {
        const ge_token *tk = &t->tokens[i];
        if (!tk->norm_len)
            continue;
        if (rc_possessive_at(t, i) || (i > b && rc_possessive_at(t, i - 1)))
            return 0; /* ("King's Lynn" is the plain key's) */
        const char *full = spelled_out(t, tk);
        const char *w = full ? full : t->norm + tk->norm;
        size_t wl = full ? strlen(full) : tk->norm_len;
        /* a word of ASCII letters as written, in the same length as its
         * form, splits at a capital after a small letter ("DeSoto") */
        const char *raw = t->s + tk->start;
        size_t rl = tk->end - tk->start;
        int split = !full && rl == wl;
        for (size_t k = 0; split && k < rl; k++)
            split = (raw[k] >= 'a' && raw[k] <= 'z') || (raw[k] >= 'A' && raw[k] <= 'Z');
        if (n + 2 * wl + 2 > cap)
            return 0;
        if (n)
            out[n++] = ' ';
        for (size_t k = 0; k < wl; k++) {
            if (split && k > 0 && raw[k] >= 'A' && raw[k] <= 'Z' && raw[k - 1] >= 'a' &&
                raw[k - 1] <= 'z') {
                out[n++] = ' ';
                changed = 1;
            }
            out[n++] = w[k];
        }
        changed |= full != NULL;
    }
    out[n] = '\0';
    return changed ? n : 0;
}

uint32_t rc_area_variant_at(recog *r, size_t i, ge_name *out)
{
    const ge_text *t = r->t;
    const ge_token *tk = &t->tokens[i];
    if (!(tk->flags & GE_TOK_WORD) || !(tk->flags & GE_TOK_CAP) || ge_county_word_at(t, i))
        return 0;
    for (size_t j = i + 1; j < t->ntokens && j <= i + VARIANT_MAX_WORDS; j++) {
        const ge_token *tj = &t->tokens[j];
        if (!(tj->flags & GE_TOK_WORD) || tj->sentence != tk->sentence ||
            (tj->flags & GE_TOK_LINE_START))
            return 0;
        if (!ge_county_word_at(t, j)) {
            if (!(tj->flags & GE_TOK_CAP))
                return 0;
            continue;
        }
        char key[256];
        size_t n = ge_tokens_key_variant(t, (uint32_t)i, (uint32_t)j + 1, key, sizeof key);
        if (!n || !ge_gazetteer_lookup(r->g, key, n, out) || !out->ncands)
            return 0;
        return (uint32_t)(j + 1 - i);
    }
    return 0;
}
