/* gazetteer.c -- placeholder until the module lands (keeps the tree building). */
#include "internal.h"

ge_status ge_gazetteer_open(const char *path, int verify, ge_gazetteer **out, char *err, size_t errlen) { (void)path; (void)verify; (void)err; (void)errlen; *out = NULL; return GE_ERR_GAZETTEER; }
void ge_gazetteer_close(ge_gazetteer *g) { (void)g; }
size_t ge_gazetteer_nplaces(const ge_gazetteer *g) { (void)g; return 0; }
const ge_place *ge_gazetteer_place(const ge_gazetteer *g, uint32_t idx) { (void)g; (void)idx; return NULL; }
const char *ge_gazetteer_str(const ge_gazetteer *g, uint32_t off) { (void)g; (void)off; return ""; }
int ge_gazetteer_lookup(const ge_gazetteer *g, const char *key, size_t keylen, ge_name *out) { (void)g; (void)key; (void)keylen; (void)out; return 0; }
uint32_t ge_gazetteer_max_tokens(const ge_gazetteer *g, const char *tok, size_t toklen) { (void)g; (void)tok; (void)toklen; return 0; }
uint32_t ge_gazetteer_country(const ge_gazetteer *g, const char cc[2]) { (void)g; (void)cc; return UINT32_MAX; }
uint32_t ge_gazetteer_admin1(const ge_gazetteer *g, const char cc[2], const char *admin1) { (void)g; (void)cc; (void)admin1; return UINT32_MAX; }
const char *ge_gazetteer_alpha3(const ge_gazetteer *g, const char cc[2]) { (void)g; (void)cc; return NULL; }
const char *ge_gazetteer_meta(const ge_gazetteer *g) { (void)g; return ""; }
