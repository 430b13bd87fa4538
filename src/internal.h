/*
 * internal.h -- small helpers shared by the library's modules (not public).
 */
#ifndef GE_INTERNAL_H
#define GE_INTERNAL_H

#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "geoevents/geoevents.h"

#define GE_NONE UINT32_MAX

/* Grows a (v, n, cap) vector so that one more element fits. Returns 0 on
 * success, -1 when out of memory. */
int ge_grow(void **v, size_t *cap, size_t n, size_t elem);
#define GE_PUSH(vec, cap_, n_)                                                                     \
    ((size_t)(n_) < (size_t)(cap_) ? 0 : ge_grow((void **)&(vec), &(cap_), (n_), sizeof *(vec)))

char *ge_strdup(const char *s);
char *ge_strndup(const char *s, size_t n);

/* A growing byte buffer. */
typedef struct ge_buf {
    char *s;
    size_t len, cap;
} ge_buf;

int ge_buf_add(ge_buf *b, const void *p, size_t n);
int ge_buf_addc(ge_buf *b, char c);
void ge_buf_free(ge_buf *b);

/* Copies src into a fixed buffer, always NUL-terminated. */
void ge_copy(char *dst, size_t cap, const char *src);
/* Geodesic distance in km on the WGS84 ellipsoid (PROJ's geod_inverse). */
double ge_geodesic_km(double lat1, double lon1, double lat2, double lon2);

/* Is the n bytes at p the NUL-terminated word w? (No strlen: the first
 * differing byte, w's end included, decides; called millions of times.) */
static inline int ge_word_eq(const char *p, size_t n, const char *w)
{
    for (size_t k = 0; k < n; k++)
        if (p[k] != w[k])
            return 0;
    return w[n] == '\0';
}

/* ge_word_eq for a word w written at the call (a string literal): there
 * its length is a constant, so most words are turned away by the length
 * alone, and the others compared in a few words of memory. */
static inline int ge_word_is(const char *p, size_t n, const char *w)
{
    size_t k = strlen(w);
    return n == k && !memcmp(p, w, k);
}

/* Is string a the literal b? strcmp's equality, its call saved where the
 * first bytes differ (the events stage compares an event's type, mode and
 * sector with literals in every rule). */
static inline int ge_str_is(const char *a, const char *b)
{
    return a[0] == b[0] && !strcmp(a, b);
}

/* Is token i a word of the NULL-terminated list ws (its normalized form)? */
static inline int ge_tok_word_in(const ge_text *t, size_t i, const char *const *ws)
{
    if (i >= t->ntokens || !(t->tokens[i].flags & GE_TOK_WORD))
        return 0;
    const char *w = t->norm + t->tokens[i].norm;
    size_t n = t->tokens[i].norm_len;
    char c = w[0]; /* (the form is NUL-terminated: an empty one is "") */
    for (; *ws; ws++)
        if ((*ws)[0] == c && ge_word_eq(w, n, *ws))
            return 1;
    return 0;
}

/* Is token i a word of the nw words ws? For a list written at the call
 * (ge_tok_among): there the words and their number are constants, so the
 * list is no walk, and each word is turned away by its first byte and its
 * length, constants (ge_word_is). */
static inline int ge_tok_in_words(const ge_text *t, size_t i, const char *const *ws, size_t nw)
{
    if (i >= t->ntokens || !(t->tokens[i].flags & GE_TOK_WORD))
        return 0;
    const char *w = t->norm + t->tokens[i].norm;
    size_t n = t->tokens[i].norm_len;
    /* (the first byte first: where the compiler does not unroll a long
     * list, a word's length is no constant) */
    for (size_t k = 0; k < nw; k++)
        if (ws[k][0] == w[0] && ge_word_is(w, n, ws[k]))
            return 1;
    return 0;
}

/* Is token i a word of t among the words given (string literals)? */
#define ge_tok_among(t, i, ...)                                                   \
    ge_tok_in_words((t), (i), (const char *const[]){__VA_ARGS__},                 \
                    sizeof((const char *const[]){__VA_ARGS__}) / sizeof(const char *))

/* Is token i a county's word ("DeSoto Parish", "Ellis County", "the DeSoto
 * parish line")? */
static inline int ge_county_word_at(const ge_text *t, size_t i)
{
    return ge_tok_among(t, i, "county", "parish");
}

/* Does the name at token i follow "named for", "named after" or "named in
 * honor of" ("The town was named for John Limon", "named after Aurora,
 * Illinois")? What follows is the namesake the place was named for, a
 * person or another place, not the place itself. */
static inline int ge_named_for_at(const ge_text *t, size_t i)
{
    if (i >= 2 && ge_tok_among(t, i - 1, "for", "after"))
        return ge_tok_among(t, i - 2, "named", "renamed");
    return i >= 4 && ge_tok_among(t, i - 1, "of") && ge_tok_among(t, i - 2, "honor", "honour") &&
           ge_tok_among(t, i - 3, "in") && ge_tok_among(t, i - 4, "named", "renamed");
}

/* A 256-bit summary of a list of words: bit ge_word_key(word) of each
 * word set (its first and last bytes and its length). A word whose bit is
 * clear is none of them: most words are turned away by one bit test
 * before any list is walked. */
static inline unsigned ge_word_key(const char *p, size_t n)
{
    unsigned last = n ? (unsigned char)p[n - 1] : 0u;
    return ((unsigned char)p[0] * 33u + last * 7u + (unsigned)n * 13u) & 255u;
}

/* Adds the NULL-terminated words ws to the summary sig. */
static inline void ge_words_summarize(uint64_t sig[4], const char *const *ws)
{
    for (; *ws; ws++) {
        unsigned k = ge_word_key(*ws, strlen(*ws));
        sig[k >> 6] |= 1ull << (k & 63);
    }
}

/* Can a word of key k be one of the summary's words? */
static inline int ge_summary_has(const uint64_t sig[4], unsigned k)
{
    return (sig[k >> 6] >> (k & 63)) & 1;
}

/* The words after a name that make it an area ("region", "district"...;
 * resolve_words.c). */
extern const char *const ge_area_words[];

/* The first byte >= 0x80 of s at or after i (len when there is none),
 * eight bytes at a time: ASCII is most of any text. */
static inline size_t ge_next_high(const char *s, size_t len, size_t i)
{
    for (; i + 8 <= len; i += 8) {
        uint64_t x;
        memcpy(&x, s + i, 8);
        if (x & 0x8080808080808080ull)
            break;
    }
    while (i < len && (unsigned char)s[i] < 0x80)
        i++;
    return i;
}

/* How many bytes of m have bit 7 set, where m has no other bits set (a
 * byte mask as SWAR tests make them): each byte's bit moved to bit 0, the
 * multiplication sums the bytes into the top one. */
static inline unsigned ge_count_high_bytes(uint64_t m)
{
    return (unsigned)(((m >> 7) * 0x0101010101010101ull) >> 56);
}

/* A place's feature code is code (strcmp's equality), or starts with the
 * four letters of code4 (strncmp's, 4 bytes): inline, as the scorers ask
 * for every reading. */
static inline int ge_fcode_is(const ge_place *p, const char *code)
{
    size_t i = 0;
    for (; code[i]; i++)
        if (p->fcode[i] != code[i])
            return 0;
    return p->fcode[i] == '\0';
}

static inline int ge_fcode_starts(const ge_place *p, const char *code4)
{
    return !memcmp(p->fcode, code4, 4);
}

/* Is token i of t the one punctuation character c? */
static inline int ge_tok_punct(const ge_text *t, size_t i, char c)
{
    const ge_token *tk = &t->tokens[i];
    return (tk->flags & GE_TOK_PUNCT) && tk->end - tk->start == 1 && t->s[tk->start] == c;
}

/* Writes a printf-style message into err (if not NULL). */
void ge_seterr(char *err, size_t errlen, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 3, 4)))
#endif
    ;

/* UTF-8 (normalize.c). ge_utf8_decode reads the code point at s[*i] and
 * advances *i (an invalid byte reads as U+FFFD and advances by one);
 * ge_utf8_encode writes 1-4 bytes and returns the count. */
uint32_t ge_utf8_decode(const char *s, size_t len, size_t *i);
size_t ge_utf8_encode(uint32_t cp, char *out);
int ge_is_letter_cp(uint32_t cp); /* letter of any script (not digit, space, punctuation) */
int ge_is_upper_cp(uint32_t cp);  /* upper-case Latin, Greek or Cyrillic letter */

/* The normalized key of tokens [b, e): their forms joined by one space
 * (recognize.c; resolve.c looks the same key up again). */
size_t ge_tokens_key(const ge_text *t, uint32_t b, uint32_t e, char *out, size_t cap);
/* The same, and lens[k] the length of the key of [b, b + k) for k = 1 ..
 * e - b: each a prefix of out (the key is built token by token). */
size_t ge_tokens_keys(const ge_text *t, uint32_t b, uint32_t e, char *out, size_t cap,
                      size_t *lens);
/* The key of tokens [b, e) with "St."/"Ste."/"Mt." spelled out and a word
 * split at a capital inside it ("DeSoto Parish": "de soto parish"), or 0
 * when it is the plain key (recognize_variant.c). */
size_t ge_tokens_key_variant(const ge_text *t, uint32_t b, uint32_t e, char *out, size_t cap);

/* truecase.c: is the text written without capitals (at least 10 words,
 * under 2 % of them capitalised)? And a copy of it with the capitals a
 * recognizer needs (sentence starts, gazetteer names that are no ordinary
 * words); only ASCII letters change, so offsets stay. NULL when out of
 * memory. */
/* commit.c: removes a folder tree without following symbolic links in it
 * (0, or -1 when something could not be removed); swaps a finished output
 * folder tmp for final in one step, keeping final's other files (0 or -1
 * with err set); removes the temporary folders ".BASE.tmp-PID-N" in dir of
 * processes that no longer run, returning how many (the first's path in
 * first). */
int ge_remove_tree(const char *path);
int ge_swap_folder(const char *tmp, const char *final, char *err, size_t errlen);
size_t ge_remove_stale(const char *dir, const char *base, char *first, size_t firstlen);

/* mojibake.c: repairs UTF-8 that was read as Windows-1252 and written as
 * UTF-8 again ("â€™" -> "’", "Ã©" -> "é"), in place; returns how many
 * characters it repaired. The text must be valid UTF-8. */
size_t ge_mojibake_repair(char *text, size_t *len);

/* 1: a text written without capitals; 2: one written all in capitals;
 * 0: a cased text (truecase.c). */
int ge_text_caseless(const char *s, size_t len);
/* ge_text_analyze when the caller has run ge_text_caseless already
 * (caseless 0 or 1; -1: run it): one byte pass per text, not two. */
ge_status ge_text_analyze_case(const char *s, size_t len, int caseless, ge_text *out);
/* page.c: flags the tokens of the sentences that are page furniture
 * GE_TOK_FURNITURE (called by the text stage). */
void ge_page_mark(ge_text *t);
/* page.c: are tokens [b, e) in title case (min_words words at least)? */
int ge_title_case(const ge_text *t, uint32_t b, uint32_t e, uint32_t min_words);
/* s is a caseless text (ge_text_caseless); upper: it is in capitals, put
 * in lower case first. */
char *ge_truecase(const ge_gazetteer *g, const char *s, size_t len, int upper);

/* Can this reading of a name be meant at all? (resolve.c; the recognizer
 * drops names with no usable reading.) */
int ge_candidate_usable(const ge_gazetteer *g, const ge_candidate *c);

/* FNV-1a 64-bit hash, used by the gazetteer's name table; ge_hash_more
 * goes on from the hash of a prefix (ge_hash(s, n) is
 * ge_hash_more(GE_HASH_SEED, s, n)), so a key built word by word is hashed
 * once. */
#define GE_HASH_SEED 1469598103934665603ull
static inline uint64_t ge_hash_more(uint64_t h, const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        h ^= (unsigned char)s[i];
        h *= 1099511628211ull;
    }
    return h;
}

static inline uint64_t ge_hash(const char *s, size_t n)
{
    return ge_hash_more(GE_HASH_SEED, s, n);
}

/* gazetteer.c: ge_gazetteer_lookup and ge_gazetteer_max_tokens for a
 * caller that has the key's ge_hash already. */
int ge_gazetteer_lookup_h(const ge_gazetteer *g, const char *key, size_t keylen, uint64_t h,
                          ge_name *out);
uint32_t ge_gazetteer_max_tokens_h(const ge_gazetteer *g, uint64_t h);
/* Asks the processor to bring in the hash slots a lookup of a key of hash h
 * reads first (a hint: no effect on any answer). */
void ge_gazetteer_prefetch(const ge_gazetteer *g, uint64_t h);
/* n lookups at once: found[i] and out[i] as ge_gazetteer_lookup_h(keys[i],
 * lens[i], hashes[i]) gives them, with the memory reads of the whole batch
 * started together (a lookup is a chain of cache misses: hash slot, name
 * record, key bytes, readings). */
void ge_gazetteer_lookup_many(const ge_gazetteer *g, size_t n, const char *const *keys,
                              const size_t *lens, const uint64_t *hashes, ge_name *out,
                              unsigned char *found);

#endif
