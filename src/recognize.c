/* recognize.c -- placeholder until the module lands (keeps the tree building). */
#include "internal.h"

ge_status ge_recognize(const ge_gazetteer *g, const ge_text *t, ge_mentions *out) { (void)g; (void)t; (void)out; return GE_OK; }
