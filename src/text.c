/* text.c -- placeholder until the module lands (keeps the tree building). */
#include "internal.h"

ge_status ge_text_analyze(const char *s, size_t len, ge_text *out) { memset(out, 0, sizeof *out); out->s = s; out->len = len; return GE_OK; }
void ge_text_free(ge_text *t) { (void)t; }
uint32_t ge_text_cp(const ge_text *t, uint32_t byte) { (void)t; return byte; }
