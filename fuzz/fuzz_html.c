/* fuzz_html.c -- HTML stripping on any UTF-8 text. */
#include "../src/html.h"
#include "fuzz_common.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    size_t n;
    char *s = fuzz_text(data, size, &n);
    if (!s)
        return 0;
    ge_html h;
    if (ge_html_to_text(s, n, &h) == 0)
        ge_html_free(&h);
    free(s);
    return 0;
}
