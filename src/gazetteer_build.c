/* gazetteer_build.c -- placeholder until the module lands (keeps the tree building). */
#include "internal.h"

ge_status ge_gazetteer_build(const ge_build_input *inputs, size_t ninputs, const char *out_path, const char *meta, const ge_diag *diag, char *err, size_t errlen) { (void)inputs; (void)ninputs; (void)out_path; (void)meta; (void)diag; (void)err; (void)errlen; return GE_ERR_ARG; }
