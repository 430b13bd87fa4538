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
    WC_NOT_PLACE = 1 << 10    /* heads that make the name before them no place: diseases
                               * ("Marburg virus"), peoples and languages ("Zwai tribe") */
};

/* The classes of a normalized word (0 when it has none). */
unsigned rc_word_class(const char *w, size_t n);
/* Token i of t: its normalized text; in a class; equal to w (normalized). */
const char *rc_tok_norm(const ge_text *t, size_t i);
int rc_tok_is(const ge_text *t, size_t i, unsigned cls);
int rc_tok_word_eq(const ge_text *t, size_t i, const char *w);
/* Is the name that ends before token e followed by a head that makes it no
 * place ("virus", "tribe"), directly or after "and"/"or" and one more
 * capitalised word? */
int rc_names_not_place(const ge_text *t, size_t e);
/* Is token i the punctuation character c? */
int rc_tok_punct(const ge_text *t, size_t i, char c);

#endif
