/* write.c -- placeholder until the module lands (keeps the tree building). */
#include "internal.h"

ge_status ge_writer_open(const char *path, const ge_write_options *opt, const ge_gazetteer *g, ge_writer **out, char *err, size_t errlen) { (void)path; (void)opt; (void)g; (void)err; (void)errlen; *out = NULL; return GE_ERR_ARG; }
ge_status ge_writer_add(ge_writer *w, const ge_doc *doc) { (void)w; (void)doc; return GE_ERR_ARG; }
ge_status ge_writer_commit(ge_writer *w, char *err, size_t errlen) { (void)w; (void)err; (void)errlen; return GE_ERR_ARG; }
void ge_writer_abort(ge_writer *w) { (void)w; }
const char *ge_driver_for_path(const char *path) { (void)path; return NULL; }
