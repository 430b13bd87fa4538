/* fuzz_gazetteer.c -- opening any bytes as a gazetteer file, then looking
 * names up in whatever opens. */
#include <unistd.h>

#include "fuzz_common.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    char path[64], stamp[80];
    snprintf(path, sizeof path, "/tmp/ge-fuzz-%ld.gaz", (long)getpid());
    snprintf(stamp, sizeof stamp, "%s.verified", path);
    FILE *f = fopen(path, "wb");
    if (!f)
        return 0;
    fwrite(data, 1, size, f);
    fclose(f);
    ge_gazetteer *g = NULL;
    char err[256];
    if (ge_gazetteer_open(path, 0, &g, err, sizeof err) == GE_OK) {
        static const char *const keys[] = {"baghdad", "paris", "us", "new york", "x"};
        for (size_t i = 0; i < sizeof keys / sizeof *keys; i++) {
            ge_name nm;
            if (ge_gazetteer_lookup(g, keys[i], strlen(keys[i]), &nm))
                for (uint32_t k = 0; k < nm.ncands; k++) {
                    const ge_place *p = ge_gazetteer_place(g, nm.cands[k].place);
                    (void)strlen(ge_gazetteer_str(g, p->name));
                }
        }
        ge_gazetteer_close(g);
    }
    unlink(path);
    unlink(stamp);
    return 0;
}
