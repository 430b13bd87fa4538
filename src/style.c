/* style.c -- placeholder until the module lands (keeps the tree building). */
#include "style.h"
ge_status ge_style_attach(GDALDatasetH ds, const char *driver, const char *tmp_path, const char *final_path, char *err, size_t errlen) { (void)ds; (void)driver; (void)tmp_path; (void)final_path; (void)err; (void)errlen; return GE_OK; }
