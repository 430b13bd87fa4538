/* plover.c -- placeholder until the module lands (keeps the tree building). */
#include "plover.h"
cJSON *ge_plover_event(const ge_gazetteer *g, const ge_doc *doc, size_t i) { (void)g; (void)doc; (void)i; return cJSON_CreateObject(); }
