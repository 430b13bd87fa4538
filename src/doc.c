/*
 * doc.c -- runs the pipeline stages over one article: text -> recognize ->
 * resolve -> events. The one place that wires the stages together.
 */
#include <stdio.h>

#include "internal.h"

ge_status ge_doc_process(const ge_gazetteer *g, const ge_lexicon *lx, ge_doc *doc)
{
    /* a text without capitals is read through a re-cased copy (same
     * offsets); the document keeps pointing at the text as read */
    const char *s = doc->article.text;
    char *cased = NULL;
    int caseless = ge_text_caseless(s, doc->article.text_len);
    if (g && caseless) {
        if (!(cased = ge_truecase(g, s, doc->article.text_len, caseless == 2)))
            return GE_ERR_NOMEM;
        s = cased;
    }
    /* the re-cased copy has its capitals back: tested again */
    ge_status st = ge_text_analyze_case(s, doc->article.text_len, cased ? -1 : caseless, &doc->text);
    doc->text.caseless = cased != NULL;
    if (st == GE_OK)
        st = ge_recognize(g, &doc->text, &doc->mentions);
    if (st == GE_OK)
        st = ge_resolve_in(g, &doc->text, &doc->mentions, doc->article.home);
    if (st == GE_OK && lx)
        st = ge_events_extract(lx, g, &doc->article, &doc->text, &doc->mentions, &doc->events);
    doc->text.s = doc->article.text;
    free(cased);
    return st;
}

void ge_doc_free(ge_doc *doc)
{
    ge_article_free(&doc->article);
    ge_text_free(&doc->text);
    ge_mentions_free(&doc->mentions);
    ge_events_free(&doc->events);
    memset(doc, 0, sizeof *doc);
}

void ge_mentions_free(ge_mentions *m)
{
    free(m->v);
    memset(m, 0, sizeof *m);
}

void ge_events_free(ge_events *e)
{
    free(e->v);
    memset(e, 0, sizeof *e);
}

char *ge_event_id(const ge_article *a, size_t i)
{
    const char *aid = a->id ? a->id : "article";
    size_t n = strlen(aid);
    char *id = malloc(n + 24);
    if (id) { /* snprintf's "%s-%zu", by hand */
        char num[24], *d = num + sizeof num;
        size_t v = i + 1;
        do {
            *--d = (char)('0' + v % 10);
            v /= 10;
        } while (v);
        size_t k = (size_t)(num + sizeof num - d);
        memcpy(id, aid, n);
        id[n] = '-';
        memcpy(id + n + 1, d, k);
        id[n + 1 + k] = '\0';
    }
    return id;
}

void ge_events_filter(ge_events *e, double min_confidence)
{
    size_t n = 0;
    for (size_t i = 0; i < e->n; i++)
        if (e->v[i].confidence >= min_confidence)
            e->v[n++] = e->v[i];
    e->n = n;
}

static int cmp_u32(const void *a, const void *b)
{
    uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;
    return (x > y) - (x < y);
}

uint32_t ge_doc_main_place(const ge_doc *doc)
{
    /* sort the resolved places, count runs; ties go to the place named
     * first. O(n log n): documents can hold thousands of mentions. */
    const ge_mentions *m = &doc->mentions;
    uint32_t *v = malloc((m->n + 1) * sizeof *v);
    if (!v)
        return GE_NONE;
    size_t n = 0;
    for (size_t i = 0; i < m->n; i++)
        if (m->v[i].place != GE_NONE)
            v[n++] = m->v[i].place;
    qsort(v, n, sizeof *v, cmp_u32);
    size_t best_n = 0;
    uint32_t best = GE_NONE;
    for (size_t i = 0; i < n;) {
        size_t j = i;
        while (j < n && v[j] == v[i])
            j++;
        if (j - i > best_n) {
            best_n = j - i;
            best = v[i];
        } else if (j - i == best_n) {
            /* tie: the one mentioned first */
            for (size_t k = 0; k < m->n; k++) {
                if (m->v[k].place == best)
                    break;
                if (m->v[k].place == v[i]) {
                    best = v[i];
                    break;
                }
            }
        }
        i = j;
    }
    free(v);
    return best;
}
