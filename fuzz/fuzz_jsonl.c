/* fuzz_jsonl.c -- the JSON Lines line parser: any bytes as lines of a .jsonl
 * file with custom field names. */
#include <cpl_vsi.h>

#include "fuzz_common.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const char *path = "/vsimem/lines.jsonl";
    VSILFILE *f = VSIFileFromMemBuffer(path, (GByte *)data, size, FALSE);
    if (!f)
        return 0;
    VSIFCloseL(f);
    ge_reader *r = NULL;
    ge_diag q = {fuzz_quiet, NULL};
    ge_read_options opt = {.id_field = "id", .text_field = "body", .date_field = "when",
                           .max_bytes = 1 << 16};
    if (ge_reader_open(&path, 1, &opt, &q, &r) == GE_OK) {
        ge_article a;
        for (int k = 0; k < 1000 && ge_reader_next(r, &a) == GE_OK; k++)
            ge_article_free(&a);
        ge_reader_close(r);
    }
    VSIUnlink(path);
    return 0;
}
