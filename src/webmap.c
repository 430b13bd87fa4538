/* webmap.c -- placeholder until the module lands (keeps the tree building). */
#include "style.h"
ge_status ge_html_open(const char *path, const ge_gazetteer *g, ge_html **out, char *err, size_t errlen) { (void)path; (void)g; (void)err; (void)errlen; *out = NULL; return GE_ERR_ARG; }
ge_status ge_html_add(ge_html *h, const ge_doc *doc) { (void)h; (void)doc; return GE_ERR_ARG; }
ge_status ge_html_close(ge_html *h, char *err, size_t errlen) { (void)h; (void)err; (void)errlen; return GE_ERR_ARG; }
