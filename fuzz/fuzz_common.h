/*
 * fuzz_common.h -- shared by the libFuzzer harnesses: the data files they
 * load once (the default gazetteer and lexicon, or $GEOEVENTS_GAZETTEER and
 * $GEOEVENTS_LEXICON_DIR) and a text copy of a fuzz input.
 */
#ifndef GE_FUZZ_COMMON_H
#define GE_FUZZ_COMMON_H

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "geoevents/geoevents.h"

static void fuzz_quiet(void *user, const char *file, long line, const char *msg)
{
    (void)user, (void)file, (void)line, (void)msg;
}

static const ge_gazetteer *fuzz_gazetteer(void)
{
    static ge_gazetteer *g;
    static int tried;
    if (!tried) {
        tried = 1;
        const char *p = getenv("GEOEVENTS_GAZETTEER");
        char err[256];
        if (ge_gazetteer_open(p ? p : GE_SOURCE_DIR "/gazetteer/geoevents.gaz", 0, &g, err,
                              sizeof err) != GE_OK) {
            fprintf(stderr, "fuzz: no gazetteer: %s\n", err);
            abort();
        }
    }
    return g;
}

static const ge_lexicon *fuzz_lexicon(void)
{
    static ge_lexicon *lx;
    static int tried;
    if (!tried) {
        tried = 1;
        const char *d = getenv("GEOEVENTS_LEXICON_DIR");
        static const char *const names[] = {"triggers", "agents", "modifiers", "locatives",
                                            "boilerplate", "event-model"};
        static char buf[6][1024];
        const char *paths[7];
        for (int i = 0; i < 6; i++) {
            snprintf(buf[i], sizeof buf[i], "%s/%s.txt", d ? d : GE_SOURCE_DIR "/lexicon", names[i]);
            paths[i] = buf[i];
        }
        paths[6] = NULL;
        ge_diag q = {fuzz_quiet, NULL};
        if (ge_lexicon_load(paths, &q, &lx) != GE_OK)
            abort();
    }
    return lx;
}

/* The input as a NUL-terminated string, cut at the first NUL and at the
 * last whole UTF-8 character; NULL when it is not valid UTF-8. */
static char *fuzz_text(const uint8_t *data, size_t size, size_t *len)
{
    size_t n = strnlen((const char *)data, size);
    char *s = malloc(n + 1);
    if (!s)
        return NULL;
    memcpy(s, data, n);
    s[n] = '\0';
    /* valid UTF-8 only: the reader guarantees it to the later stages */
    for (size_t i = 0; i < n;) {
        unsigned char c = (unsigned char)s[i];
        size_t k = c < 0x80 ? 1 : (c & 0xE0) == 0xC0 && c >= 0xC2 ? 2 : (c & 0xF0) == 0xE0 ? 3
                              : (c & 0xF8) == 0xF0 && c <= 0xF4 ? 4 : 0;
        if (!k || i + k > n) {
            free(s);
            return NULL;
        }
        for (size_t j = 1; j < k; j++)
            if (((unsigned char)s[i + j] & 0xC0) != 0x80) {
                free(s);
                return NULL;
            }
        if ((k == 3 && ((c == 0xE0 && (unsigned char)s[i + 1] < 0xA0) ||
                        (c == 0xED && (unsigned char)s[i + 1] >= 0xA0))) ||
            (k == 4 && ((c == 0xF0 && (unsigned char)s[i + 1] < 0x90) ||
                        (c == 0xF4 && (unsigned char)s[i + 1] >= 0x90)))) {
            free(s);
            return NULL;
        }
        i += k;
    }
    *len = n;
    return s;
}

/* The fuzz input as an article through the whole pipeline; the caller
 * frees doc. Returns 0 when the input is no text. */
static inline int fuzz_doc(const uint8_t *data, size_t size, const char *id, const char *published,
                    ge_doc *doc, ge_status *st)
{
    size_t n;
    char *s = fuzz_text(data, size, &n);
    if (!s)
        return 0;
    memset(doc, 0, sizeof *doc);
    doc->article.text = s;
    doc->article.text_len = n;
    doc->article.id = strdup(id);
    doc->article.published = published ? strdup(published) : NULL;
    *st = ge_doc_process(fuzz_gazetteer(), fuzz_lexicon(), doc);
    return 1;
}

#endif
