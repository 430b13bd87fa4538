/* resolve.c -- placeholder until the module lands (keeps the tree building). */
#include "internal.h"

ge_status ge_resolve(const ge_gazetteer *g, const ge_text *t, ge_mentions *m) { (void)g; (void)t; (void)m; return GE_OK; }
