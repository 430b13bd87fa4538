/*
 * gdal_module.c -- the program's way to GDAL: a run that needs it (an OGR
 * output format, an archive, .gz or /vsi input or a folder
 * holding one, --debug, merge, eval, eval-events, train-events) is handed
 * whole to the module geoevents-gdal.so, loaded then. The module is looked for at
 * $GEOEVENTS_GDAL_MODULE, beside the program (the build tree), at
 * ../lib/geoevents/ from the program (an installed tree, moved or not), and
 * at the install path compiled in.
 *
 * The program itself links the core of the library only, without GDAL, so
 * ge_gis_get (gis.h) says "no GIS part here".
 */
#include <dlfcn.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"
#include "gdal_module.h"
#include "gis.h"

const ge_gis *ge_gis_get(void)
{
    return NULL;
}

/* The folder of the running program, with a trailing slash, in dir. */
static int program_dir(char *dir, size_t n)
{
    ssize_t k = readlink("/proc/self/exe", dir, n - 1);
    if (k <= 0)
        return -1;
    dir[k] = '\0';
    char *slash = strrchr(dir, '/');
    if (!slash)
        return -1;
    slash[1] = '\0';
    return 0;
}

/* dlopen()s the first candidate that exists; why gets the reasons. */
static void *open_module(char *why, size_t n)
{
    char cand[3][PATH_MAX + 64];
    size_t nc = 0;
    const char *env = getenv("GEOEVENTS_GDAL_MODULE");
    if (env && *env) {
        snprintf(cand[nc++], sizeof cand[0], "%s", env);
    } else {
        char dir[PATH_MAX];
        if (program_dir(dir, sizeof dir) == 0) {
            snprintf(cand[nc++], sizeof cand[0], "%s%s", dir, GE_MODULE_NAME);
            snprintf(cand[nc++], sizeof cand[0], "%s%s/%s", dir, GE_MODULE_FROM_BIN,
                     GE_MODULE_NAME);
        }
        snprintf(cand[nc++], sizeof cand[0], "%s", GE_MODULE_INSTALLED);
    }
    size_t len = 0;
    why[0] = '\0';
    for (size_t i = 0; i < nc; i++) {
        if (access(cand[i], F_OK) != 0 && !(env && *env)) {
            if (len < n)
                len += (size_t)snprintf(why + len, n - len, "%s%s: not there", len ? "; " : "",
                                        cand[i]);
            continue;
        }
        /* lazy: a function of the module's libraries is bound at its first
         * call, not all of them at load (libgdal binds its own at load all
         * the same) */
        void *h = dlopen(cand[i], RTLD_LAZY | RTLD_LOCAL);
        if (h)
            return h;
        if (len < n)
            len += (size_t)snprintf(why + len, n - len, "%s%s", len ? "; " : "", dlerror());
    }
    return NULL;
}

int cli_gdal_command(int argc, char **argv, const char *need)
{
    char why[2048];
    void *h = open_module(why, sizeof why);
    ge_gdal_entry_fn entry = NULL;
    ge_gdal_module mod;
    int ok = 0;
    if (h) {
        *(void **)&entry = dlsym(h, GE_GDAL_ENTRY);
        if (!entry)
            snprintf(why, sizeof why, "%s", dlerror());
        else if (entry(GE_GDAL_MODULE_ABI, &mod) != 0 || mod.abi != GE_GDAL_MODULE_ABI)
            snprintf(why, sizeof why, "%s is of another build (interface %d expected)",
                     GE_MODULE_NAME, GE_GDAL_MODULE_ABI);
        else
            ok = 1;
    }
    if (!ok) {
        cli_error("%s needs GDAL, which comes in the module %s, and that could not be loaded "
                  "(%s); set GEOEVENTS_GDAL_MODULE to its path",
                  need, GE_MODULE_NAME, why);
        return 1;
    }
    return mod.command(argc, argv);
}
