/* fuzz_plover.c -- the PLOVER JSON writer on the events of any text: every
 * record becomes one line of valid JSON. */
#include <cjson/cJSON.h>

#include "../src/plover.h"
#include "fuzz_common.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    ge_doc doc;
    ge_status st;
    if (!fuzz_doc(data, size, "fuzz\xc3\xa9", NULL, &doc, &st))
        return 0;
    if (st == GE_OK)
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
