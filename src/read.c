/* read.c -- placeholder until the module lands (keeps the tree building). */
#include "internal.h"

void ge_article_free(ge_article *a) { (void)a; }
ge_status ge_reader_open(const char *const *inputs, size_t ninputs, const ge_read_options *opt, const ge_diag *diag, ge_reader **out) { (void)inputs; (void)ninputs; (void)opt; (void)diag; *out = NULL; return GE_ERR_ARG; }
ge_status ge_reader_next(ge_reader *r, ge_article *a) { (void)r; (void)a; return GE_END; }
size_t ge_reader_errors(const ge_reader *r) { (void)r; return 0; }
void ge_reader_close(ge_reader *r) { (void)r; }
