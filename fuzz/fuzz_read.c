/* fuzz_read.c -- the reader on any bytes: as a text file, an HTML file, a
 * JSON Lines file and a .gz, all through GDAL's /vsimem/. */
#include <cpl_vsi.h>

#include "fuzz_common.h"

static void read_all(const char *path)
{
    ge_reader *r = NULL;
    ge_diag q = {fuzz_quiet, NULL};
    ge_read_options opt = {.max_bytes = 1 << 20};
    if (ge_reader_open(&path, 1, &opt, &q, &r) != GE_OK)
        return;
    ge_article a;
    for (int k = 0; k < 1000 && ge_reader_next(r, &a) == GE_OK; k++)
        ge_article_free(&a);
    ge_reader_close(r);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const char *const names[] = {"/vsimem/fuzz.txt", "/vsimem/fuzz.html",
                                        "/vsimem/fuzz.jsonl", "/vsimem/fuzz.gz"};
    for (size_t i = 0; i < sizeof names / sizeof *names; i++) {
        VSILFILE *f = VSIFileFromMemBuffer(names[i], (GByte *)data, size, FALSE);
        if (!f)
            continue;
        VSIFCloseL(f);
        read_all(names[i]);
        VSIUnlink(names[i]);
    }
    return 0;
}
