/* fuzz_text.c -- a text through the whole pipeline: tokens, places,
 * events (re-casing, coreference and the classifier included). */
#include "fuzz_common.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    size_t n;
    char *s = fuzz_text(data, size, &n);
    if (!s)
        return 0;
    ge_doc doc;
    memset(&doc, 0, sizeof doc);
    doc.article.text = s;
    doc.article.text_len = n;
    doc.article.id = strdup("fuzz");
    doc.article.published = strdup("2024-02-29");
    (void)ge_doc_process(fuzz_gazetteer(), fuzz_lexicon(), &doc);
    ge_doc_free(&doc);
    return 0;
}
