/* normalize.c -- placeholder until the module lands (keeps the tree building). */
#include "internal.h"
size_t ge_text_normalize(const char *s, size_t len, char *out, size_t cap) { (void)s; (void)len; if (cap) out[0] = 0; return 0; }
size_t ge_utf8_check(const char *s, size_t len) { (void)s; return len; }
