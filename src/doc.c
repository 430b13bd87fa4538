/*
 * doc.c -- runs the pipeline stages over one article: text -> recognize ->
 * resolve -> events. The one place that wires the stages together.
 */
#include "internal.h"

ge_status ge_doc_process(const ge_gazetteer *g, const ge_lexicon *lx, ge_doc *doc)
{
    ge_status st = ge_text_analyze(doc->article.text, doc->article.text_len, &doc->text);
    if (st != GE_OK)
        return st;
    if ((st = ge_recognize(g, &doc->text, &doc->mentions)) != GE_OK)
        return st;
    if ((st = ge_resolve(g, &doc->text, &doc->mentions)) != GE_OK)
        return st;
    if (lx)
        st = ge_events_extract(lx, g, &doc->article, &doc->text, &doc->mentions, &doc->events);
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

uint32_t ge_doc_main_place(const ge_doc *doc)
{
    const ge_mentions *m = &doc->mentions;
    uint32_t best = GE_NONE;
    size_t best_n = 0;
    for (size_t i = 0; i < m->n; i++) {
        uint32_t p = m->v[i].place;
        if (p == GE_NONE)
            continue;
        size_t n = 0;
        for (size_t j = 0; j < m->n; j++)
            n += m->v[j].place == p;
        if (n > best_n) {
            best_n = n;
            best = p;
        }
    }
    return best;
}
