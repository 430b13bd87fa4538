/* events.c -- placeholder until the module lands (keeps the tree building). */
#include "internal.h"

ge_status ge_lexicon_load(const char *const *paths, const ge_diag *diag, ge_lexicon **out) { (void)paths; (void)diag; *out = NULL; return GE_ERR_ARG; }
void ge_lexicon_free(ge_lexicon *lx) { (void)lx; }
ge_status ge_events_extract(const ge_lexicon *lx, const ge_gazetteer *g, const ge_article *a, const ge_text *t, const ge_mentions *m, ge_events *out) { (void)lx; (void)g; (void)a; (void)t; (void)m; (void)out; return GE_OK; }
