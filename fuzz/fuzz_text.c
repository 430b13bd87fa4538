/* fuzz_text.c -- a text through the whole pipeline: tokens, places,
 * events (re-casing, coreference and the classifier included). */
#include "fuzz_common.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    ge_doc doc;
    ge_status st;
    if (!fuzz_doc(data, size, "fuzz", "2024-02-29", &doc, &st))
        return 0;
    ge_doc_free(&doc);
    return 0;
}
