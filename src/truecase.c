/*
 * truecase.c -- text written without capitals (lower-case archives, some
 * wire feeds, transcripts): the recognizer reads capitals as its first cue
 * that a word is a name, so such a text is first given the capitals it
 * would have had. Sentence starts are capitalised, and so are the words of
 * the longest gazetteer names found in it, as their places are called, that
 * are no ordinary English word, person's name or organisation word
 * ("ahmedabad", "gujarat", "new delhi"; not "police", "temple", "the city"
 * or "us"). Only ASCII letters change, so every byte
 * offset into the re-cased text is an offset into the text as read, and the
 * pipeline reports offsets and names from the original.
 */
#include <ctype.h>

#include "internal.h"

#define MAX_NAME_TOKENS 8

/* A text written without capitals: four in five of the words of its lines
 * of five words or more are in lines with hardly a capital (under one word
 * in 50). Short lines do not count: a scraped archive's lower-case story
 * keeps its title-case page furniture ("Facebook Twitter Linkedin Mail"). */
/* Per byte of x, bit 7 set where the byte is in [lo, hi] (lo >= 1, hi <
 * 0x80; bytes of x under 0x80). */
#define GE_ONES 0x0101010101010101ull
#define GE_HIGH 0x8080808080808080ull
static inline uint64_t bytes_in(uint64_t x, unsigned lo, unsigned hi)
{
    return (x + GE_ONES * (0x80 - lo)) & ~(x + GE_ONES * (0x7F - hi)) & GE_HIGH;
}

int ge_text_caseless(const char *s, size_t len)
{
    size_t long_words = 0, caseless_words = 0, upper_words = 0, words = 0, caps = 0, caps2 = 0;
    int in_word = 0;
    size_t i = 0;
    for (;;) {
        /* eight bytes at a time while there is no newline in them: a word
         * starts at a letter (ASCII or any non-ASCII byte) after a
         * non-letter, a capitalised one at 'A'-'Z' */
        while (i + 8 <= len) {
            uint64_t x;
            memcpy(&x, s + i, 8);
            uint64_t nl = x ^ (GE_ONES * '\n');
            if ((nl - GE_ONES) & ~nl & GE_HIGH)
                break;
            uint64_t low7 = x & ~GE_HIGH, ascii = ~x & GE_HIGH;
            uint64_t letter = (bytes_in(low7 | (GE_ONES * 0x20), 'a', 'z') & ascii) | (x & GE_HIGH);
            uint64_t upper = bytes_in(low7, 'A', 'Z') & ascii;
            uint64_t starts = letter & ~((letter << 8) | (in_word ? 0x80u : 0u));
            words += ge_count_high_bytes(starts);
            caps += ge_count_high_bytes(starts & upper);
            /* (a word of capitals: its second letter one too; the last
             * byte's next is the next block's first) */
            uint64_t next_upper = i + 8 < len && (unsigned)((unsigned char)s[i + 8] - 'A') < 26;
            caps2 += ge_count_high_bytes(starts & upper & ((upper >> 8) | (next_upper << 63)));
            in_word = (int)(letter >> 63);
            i += 8;
        }
        size_t stop = i + 8 <= len ? i + 8 : len + 1;
        for (; i < stop; i++) {
            unsigned char c = i < len ? (unsigned char)s[i] : '\n';
            if (c == '\n') {
                if (words >= 5) {
                    long_words += words;
                    if (caps * 50 < words)
                        caseless_words += words;
                    else if (caps2 * 10 >= words * 6)
                        upper_words += words;
                }
                words = caps = caps2 = 0;
                in_word = 0;
                continue;
            }
            int letter = (unsigned)((c | 0x20) - 'a') < 26 || c >= 0x80;
            if (letter && !in_word) {
                words++;
                caps += (unsigned)(c - 'A') < 26;
                caps2 += (unsigned)(c - 'A') < 26 && i + 1 < len &&
                         (unsigned)((unsigned char)s[i + 1] - 'A') < 26;
            }
            in_word = letter;
        }
        if (i > len)
            break;
    }
    if (caseless_words >= 10 && caseless_words * 10 >= long_words * 8)
        return 1;
    /* (or all in capitals: a wire feed's bulletin, a teletype archive) */
    return upper_words >= 10 && upper_words * 10 >= long_words * 8 ? 2 : 0;
}

static void cap_token(char *buf, const ge_token *tk)
{
    unsigned char c = (unsigned char)buf[tk->start];
    if (c < 0x80 && islower(c))
        buf[tk->start] = (char)toupper(c);
}

/* A month's name before a day or a year ("till march 20", "march 2002"),
 * or one that is no other word ("in december"), or a day of the week: the
 * date a capital would have shown (dates are read by it, and "march"
 * there is no protest march). */
static int month_before_number(const ge_text *t, uint32_t i)
{
    static const char *const months[] = {"january", "february", "march", "april", "may", "june",
                                         "july", "august", "september", "october", "november",
                                         "december", NULL};
    const ge_token *tk = &t->tokens[i];
    /* the months that are no other word, and the days of the week, need no
     * number ("in december", "late on tuesday") */
    static const char *const plain[] = {"january", "february", "april", "june", "july",
                                        "september", "october", "november", "december",
                                        "monday", "tuesday", "wednesday", "thursday", "friday",
                                        "saturday", "sunday", NULL};
    for (int k = 0; (tk->flags & GE_TOK_WORD) && plain[k]; k++)
        if (ge_word_eq(t->norm + tk->norm, tk->norm_len, plain[k]))
            return 1;
    if (!(tk->flags & GE_TOK_WORD) || i + 1 >= t->ntokens ||
        !(t->tokens[i + 1].flags & GE_TOK_NUMBER) || t->tokens[i + 1].sentence != tk->sentence)
        return 0;
    const ge_token *nx = &t->tokens[i + 1];
    long v = 0;
    for (uint32_t k = 0; k < nx->norm_len && v < 10000; k++) {
        char c = t->norm[nx->norm + k];
        if (c < '0' || c > '9')
            return 0;
        v = v * 10 + (c - '0');
    }
    if (!((v >= 1 && v <= 31) || (v >= 1900 && v <= 2100)))
        return 0;
    for (int k = 0; months[k]; k++)
        if (ge_word_eq(t->norm + tk->norm, tk->norm_len, months[k]))
            return 1;
    return 0;
}

/* Is this a name the text should have written with capitals? */
static int proper_name(const ge_gazetteer *g, const ge_name *nm, uint32_t ntok, size_t keylen)
{
    if (nm->flags & (GE_NAMEF_STOP | GE_NAMEF_PERSON | GE_NAMEF_ORG_WORD | GE_NAMEF_WORD) ||
        !nm->ncands)
        return 0;
    if (ntok == 1 && keylen < 4)
        return 0; /* "us", "la", "ur": pronouns and particles before places */
    /* the place's own name, not one of the alternate names that make
     * "the city" the City of London */
    int own = 0;
    for (uint32_t k = 0; k < nm->ncands && k < 4 && !own; k++)
        own = (nm->cands[k].flags &
               (GE_NAME_PRIMARY | GE_NAME_ASCII | GE_NAME_CURATED | GE_NAME_OFFICIAL)) != 0 ||
              /* (a state's short name: "guaviare" of Guaviare Department) */
              (k == 0 && keylen >= 5 &&
               ge_gazetteer_place(g, nm->cands[k].place)->level == GE_LEVEL_ADMIN1) ||
              /* (or a district's name of two words or more: "north
               * waziristan", no English phrase at that length) */
              (k == 0 && ntok >= 2 && keylen >= 12 &&
               ge_gazetteer_place(g, nm->cands[k].place)->level == GE_LEVEL_ADMIN2) ||
              /* (or a town's other spelling, long, and no English word:
               * "khagrachari" of Khagrachhari, "birgunj" of Birganj) */
              (k == 0 && ntok == 1 && keylen >= 7 && (nm->cands[k].flags & GE_NAME_ALT) &&
               !(nm->flags & GE_NAMEF_GIVEN) && nm->ncands == 1 &&
               ge_gazetteer_place(g, nm->cands[k].place)->population >= 20000) ||
              /* (a country's demonym or other name: "bolivian", "thai", "congo";
               * not "mann", a name of the Isle of Man and a surname) */
              (ntok == 1 &&
               (keylen >= 5 || (keylen == 4 && (nm->cands[k].flags & GE_NAME_DEMONYM))) &&
               ge_gazetteer_place(g, nm->cands[k].place)->level == GE_LEVEL_COUNTRY);
    if (!own)
        return 0;
    const ge_place *p = ge_gazetteer_place(g, nm->cands[0].place);
    return p->level <= GE_LEVEL_ADMIN2 || p->population >= 1000;
}

/* "the southern province of guaviare": a direction and an area's word
 * before "of" describe the place named after them; they are no name
 * (Sri Lanka's Southern Province) in a text without capitals. */
static int described(const ge_text *t, uint32_t i, uint32_t n)
{
    static const char *const dirs[] = {"northern", "southern", "eastern", "western", "central",
                                       "northeastern", "northwestern", "southeastern",
                                       "southwestern", "north", "south", "east", "west", NULL};
    return n == 2 && ge_tok_word_in(t, i, dirs) && ge_tok_word_in(t, i + 1, ge_area_words) &&
           ge_tok_among(t, i + 2, "of");
}

char *ge_truecase(const ge_gazetteer *g, const char *s, size_t len, int upper)
{
    ge_text t;
    if (ge_text_analyze_case(s, len, 1, &t) != GE_OK)
        return NULL;
    char *buf = malloc(len + 1);
    if (!buf) {
        ge_text_free(&t);
        return NULL;
    }
    memcpy(buf, s, len);
    buf[len] = '\0';
    if (upper) /* a text in capitals: first in lower case, as one without */
        for (size_t i = 0; i < len; i++)
            if ((unsigned)(buf[i] - 'A') < 26)
                buf[i] = (char)(buf[i] + ('a' - 'A'));
    for (size_t k = 0; k < t.nsentences; k++)
        for (uint32_t i = t.sentences[k].tok_begin; i < t.sentences[k].tok_end; i++)
            if (t.tokens[i].flags & GE_TOK_WORD) {
                cap_token(buf, &t.tokens[i]);
                break;
            }
    for (uint32_t i = 0; i < t.ntokens; i++)
        if (month_before_number(&t, i))
            cap_token(buf, &t.tokens[i]);
    char key[512];
    for (uint32_t i = 0; i < t.ntokens;) {
        const ge_token *tk = &t.tokens[i];
        uint32_t maxn = (tk->flags & GE_TOK_WORD)
                            ? ge_gazetteer_max_tokens(g, t.norm + tk->norm, tk->norm_len)
                            : 0;
        if (maxn > MAX_NAME_TOKENS)
            maxn = MAX_NAME_TOKENS;
        uint32_t took = 0;
        /* the longest run of tokens of the sentence (a sentence's tokens
         * are consecutive), whose key's prefixes are the shorter runs' keys,
         * hashed as they grow */
        uint32_t top = maxn;
        while (top >= 1 && (i + top > t.ntokens || t.tokens[i + top - 1].sentence != tk->sentence))
            top--;
        size_t lens[MAX_NAME_TOKENS + 1];
        uint64_t hs[MAX_NAME_TOKENS + 1];
        if (top) {
            ge_tokens_keys(&t, i, i + top, key, sizeof key, lens);
            lens[0] = 0;
            hs[0] = GE_HASH_SEED;
            for (uint32_t n = 1; n <= top; n++)
                hs[n] = ge_hash_more(hs[n - 1], key + lens[n - 1], lens[n] - lens[n - 1]);
        }
        for (uint32_t n = top; n >= 1 && !took; n--) {
            size_t kl = lens[n];
            ge_name nm;
            if (!kl || !ge_gazetteer_lookup_h(g, key, kl, hs[n], &nm) ||
                !proper_name(g, &nm, n, kl) || described(&t, i, n))
                continue;
            /* "bay of bengal": the short words inside stay as they are;
             * the last is no particle ("surigao del sur") */
            for (uint32_t j = i; j < i + n; j++)
                if ((t.tokens[j].flags & GE_TOK_WORD) &&
                    (j == i || j == i + n - 1 || t.tokens[j].norm_len > 3))
                    cap_token(buf, &t.tokens[j]);
            took = n;
        }
        i += took ? took : 1;
    }
    ge_text_free(&t);
    return buf;
}
