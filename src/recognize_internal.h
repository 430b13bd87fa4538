/*
 * recognize_internal.h -- the recognizer's vocabulary (recognize_words.c):
 * classes of ordinary English words the filters of recognize.c ask about,
 * and token tests.
 */
#ifndef GE_RECOGNIZE_INTERNAL_H
#define GE_RECOGNIZE_INTERNAL_H

#include "internal.h"

/* Classes of ordinary English words the filters ask about. */
enum {
    WC_TITLE = 1 << 0,      /* before a person's name: "President", "Gen.", "coach" */
    WC_WEAK_TITLE = 1 << 1, /* a title only when capitalized ("a major", "the general public") */
    WC_LOCATIVE = 1 << 2,   /* introduces a place: "in", "near", "outside" */
    WC_SAYING = 1 << 3,     /* a verb of saying: after a capital it makes a metonym */
    WC_CALENDAR = 1 << 4,   /* months and weekdays: never places on their own */
    WC_FUNCTION = 1 << 5,   /* closed-class words (pronouns, determiners, prepositions,
                             * conjunctions, auxiliaries, number words): capitalized only
                             * at a sentence start; never a place on their own */
    WC_MODIFIER = 1 << 6,   /* before a place, part of its description ("Northern
                             * Virginia"), not of a person's name */
    WC_FEATURE = 1 << 7,    /* generic words of place names: after a name they make a
                             * street or feature ("Wichita Drive"), before one they are
                             * part of it ("Lake Lanier") */
    WC_PREFIX = 1 << 8,     /* generic words written before a name ("Fort Craig") */
    WC_PLACE_NOUN = 1 << 9, /* say a name is a place ("Franklin is a city in ...") */
    WC_NOT_PLACE = 1 << 10,   /* heads that make the name before them no place: diseases
                               * ("Marburg virus"), peoples and languages ("Zwai tribe") */
    WC_STREET = 1 << 11,      /* written before a name, a street or a square named after
                               * it: "Rue de Paris", "Place du Luxembourg", "Via Roma" */
    WC_PARTICLE = 1 << 12     /* a Romance "of" inside a name: "de", "du", "della" */
};

/* What the article's text tells the recognizer about one distinct word
 * (normalized form) and what the gazetteer and the word list answer for
 * it, each asked at most once per article (recognize_memo.c): the
 * gazetteer's tables are large, so every probe is a cache miss, and names
 * repeat (a story names its town, its people and its state again and
 * again). */
typedef struct rc_word {
    uint64_t h;        /* ge_hash of the form */
    uint32_t tok;      /* a token of this form */
    uint8_t known;     /* RW_* bits: the answers below that are filled in */
    uint8_t lower;     /* the word is written in lower case somewhere */
    uint8_t cap;       /* ... and capitalised somewhere */
    uint8_t found;     /* RW_NAME: the gazetteer has the form as a name */
    uint16_t cls;      /* RW_CLS: rc_word_class */
    uint32_t maxn;     /* RW_MAXN: ge_gazetteer_max_tokens */
    ge_name name;      /* RW_NAME, when found */
} rc_word;

enum { RW_NAME = 1, RW_MAXN = 2, RW_CLS = 4 };

/* Per-article state of the recognizer. */
typedef struct recog {
    const ge_gazetteer *g;
    const ge_text *t;
    unsigned char *caps_line; /* per token: its line is written in capitals */
    char **surnames;          /* normalized surnames seen after first names */
    size_t nsurnames, surnames_cap;
    rc_word *words;           /* the distinct forms */
    size_t nwords, words_cap;
    uint32_t *word_of;        /* per token: index into words, GE_NONE for no word */
} recog;

/* recognize.c: the gazetteer's name flags and reading count of token i's
 * form; 0 when it is no name. */
int rc_name_flags(recog *r, size_t i, uint32_t *flags, uint32_t *ncands);
/* recognize_people.c: people's names marked in person[] (-1 when out of
 * memory); surnames remembered and asked; a place name of two or more
 * words starting at token i. */
int rc_find_people(recog *r, unsigned char *person);
int rc_is_surname(const recog *r, const char *key, size_t n);
int rc_add_surname(recog *r, size_t i);
int rc_starts_long_name(recog *r, size_t i);
uint32_t rc_long_name_tokens(recog *r, size_t i); /* its tokens, 0: none */

/* Fills r->words and r->word_of for r->t (-1 when out of memory); frees. */
int rc_words_index(recog *r);
void rc_words_free(recog *r);
/* Token i's word, or NULL when it is no word or its form is empty. */
static inline rc_word *rc_word_of(const recog *r, size_t i)
{
    uint32_t w = r->word_of[i];
    return w == GE_NONE ? NULL : &r->words[w];
}
/* ge_gazetteer_lookup, ge_gazetteer_max_tokens and rc_word_class of token
 * i's form, remembered per word; is token i in class cls; is its word also
 * written in lower case in the article? */
int rc_lookup(recog *r, size_t i, ge_name *out);
/* recognize_variant.c: a county's name spelled otherwise than in the
 * gazetteer, before its county's word ("DeSoto Parish", "St. Tammany
 * Parish"), at token i: its token count and *out, or 0 */
uint32_t rc_area_variant_at(recog *r, size_t i, ge_name *out);
uint32_t rc_max_tokens(recog *r, size_t i);
int rc_is(recog *r, size_t i, unsigned cls);
int rc_seen_lower(const recog *r, size_t i);

/* A gazetteer key built one token at a time, with its hash: the key of
 * tokens [b, b + n) as ge_tokens_key writes it, for n = 1, 2, ... */
typedef struct rc_key {
    char s[512];
    size_t len;
    uint64_t h;
    int full; /* a form did not fit: ge_tokens_key stops there too */
} rc_key;

void rc_key_init(rc_key *k);
void rc_key_add(rc_key *k, const ge_text *t, size_t i);
/* Token i is an apostrophe joining a word and its "s" ("King's"); the key
 * then takes the "s" onto its last word ("kings"), as the gazetteer does. */
int rc_possessive_at(const ge_text *t, size_t i);
void rc_key_join_s(rc_key *k);

/* The classes of a normalized word (0 when it has none). */
unsigned rc_word_class(const char *w, size_t n);
/* Token i of t: its normalized text; equal to w (normalized). (In a class:
 * rc_is, which remembers the answer per word.) */
const char *rc_tok_norm(const ge_text *t, size_t i);
int rc_tok_word_eq(const ge_text *t, size_t i, const char *w);
/* rc_tok_word_eq for a word written at the call (ge_word_is). */
static inline int rc_tok_is(const ge_text *t, size_t i, const char *w)
{
    return ge_word_is(t->norm + t->tokens[i].norm, t->tokens[i].norm_len, w);
}
/* Is the name that ends before token e followed by a head that makes it no
 * place ("virus", "tribe"), directly or after "and"/"or" and one more
 * capitalised word? */
int rc_names_not_place(recog *r, size_t e);
/* Is token i the punctuation character c? */
int rc_tok_punct(const ge_text *t, size_t i, char c);
int rc_leader_body_at(const ge_text *t, size_t e); /* "the Bush administration" */

/* The longest gazetteer name the recognizer tries, in words. */
#define RC_MAX_NAME_TOKENS 8

/* Names inside other names (recognize_inside.c): is the name at tokens
 * [b, e) a piece of a firm's, a saint's day's, a holiday's or an
 * administration's name (big: a big place's name, which only a saint's
 * day takes); does the name ending before token e open a newspaper's ("the
 * New York Times"); does the feature word at token i open an office's or a
 * body's name ("State Police", "District Judge", "County Road 80"); is the
 * text [b, e) (bytes) in a web or e-mail address, a handle, a hashtag or
 * between slashes; does the title at token i open a place's name ("Prince
 * Edward Island")? */
int rc_names_firm_or_day(const ge_text *t, size_t b, size_t e, int big);
int rc_names_paper(const ge_text *t, size_t e, int after_locative);
int rc_opens_office(recog *r, size_t i);
int rc_in_link(const ge_text *t, size_t b, size_t e);
int rc_title_opens_place(recog *r, size_t i);

/* Candidate summary of a name: what kinds of reading it has
 * (recognize_cands.c). */
typedef struct cand_info {
    int all_abbrev, all_demonym, any_admin1_abbrev, big, any_country_or_capital;
    int alt_only; /* every reading is through an alternate name */
    int any_abbrev, any_country_abbrev, any_demonym, any_region_primary;
    int town_only;   /* no country, state, capital or city of 250,000 people among the readings */
    int big_named;   /* a big reading (see big) through a name, not an abbreviation */
    uint32_t usable; /* readings left after ge_candidate_usable */
    uint32_t max_pop; /* the most people of a reading */
    int any_area;     /* a state's or a district's reading, by name */
} cand_info;
cand_info rc_cand_summary(const ge_gazetteer *g, const ge_name *nm);
/* Is every reading of the name through an alternate name or a county-level
 * area ("Dublin City")? Is every usable one a county-level area or a town
 * by another name only ("Krishna")? */
int rc_city_area_only(const ge_gazetteer *g, const ge_name *nm);
int rc_area_only(const ge_gazetteer *g, const ge_name *nm);
/* Is the one-word name at tokens [b, e) a combining form before a hyphen
 * and a demonym, or a name after a capitalised word and a hyphen, where
 * that word names no place ("Sino-Indian", "Pan-American",
 * "Navarro-Valls")? */
int rc_hyphen_compound(recog *r, size_t b, size_t e, const cand_info *ci);
/* Does a dateline's dash or agency follow the name ending before token e
 * ("AKRON, Ohio —", "GOMA (Reuters)")? (recognize_words.c) */
int rc_dateline_end(const ge_text *t, uint32_t e);
/* Is token i a capitalised word hyphened to another ("Redfern-Hardisty")? */
int rc_double_name_at(const ge_text *t, size_t i);
/* Is token i a surname's particle before a capitalised word ("van
 * Engelsdorp", "el Bushra")? */
int rc_particle_name_at(const ge_text *t, size_t i);

#endif
