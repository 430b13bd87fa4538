/*
 * event_words.h -- trigger words compared (event_words.c).
 */
#ifndef GE_EVENT_WORDS_H
#define GE_EVENT_WORDS_H

#include "internal.h"

/* The base of an irregular verb form ("shot": "shoot"), else the word; of a
 * phrase ("shot dead"), its first word. *n is the length in and out. */
const char *ev_base_form(const char *w, uint32_t *n);
/* The last word of a phrase of several, if long enough to name an act. */
int ev_head_of_phrase(const char *w, uint32_t n, const char **h, uint32_t *hn);
/* Are the text's spans a and b the same word, inflections aside? */
int ev_same_stem_at(const ge_text *t, const uint32_t a[2], const uint32_t b[2]);
/* Is a word of the span the word w (wn bytes), inflections aside? */
int ev_word_in_span(const ge_text *t, const uint32_t span[2], const char *w, size_t wn);

#endif
