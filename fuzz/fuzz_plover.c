/* fuzz_plover.c -- the PLOVER JSON writer on the events of any text: every
 * record becomes one line of valid JSON. */
#include <cjson/cJSON.h>

#include "../src/plover.h"
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
    doc.article.id = strdup("fuzz\xc3\xa9");
    if (ge_doc_process(fuzz_gazetteer(), fuzz_lexicon(), &doc) == GE_OK)
        for (size_t i = 0; i < doc.events.n; i++) {
            cJSON *o = ge_plover_event(fuzz_gazetteer(), &doc, i);
            char *js = o ? cJSON_PrintUnformatted(o) : NULL;
            if (js) {
                cJSON *back = cJSON_Parse(js);
                if (!back || strchr(js, '\n'))
                    abort(); /* one line of valid JSON */
                cJSON_Delete(back);
            }
            free(js);
            cJSON_Delete(o);
        }
    ge_doc_free(&doc);
    return 0;
}
