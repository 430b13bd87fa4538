/*
 * proj_lazy.c -- PROJ's two geodesic functions (geod_init, geod_inverse:
 * the library's distances, common.c) for the program without GDAL. libproj
 * comes with some 40 libraries of its own (curl, TLS, sqlite, tiff...), about
 * 20 ms of the dynamic loader's time, so the program does not link it: a
 * `map` run loads it on a thread of its own while the gazetteer and the
 * lexicon load (cli_proj_preload), and the first call waits for it. The GDAL
 * module links libproj as usual.
 */
#include <dlfcn.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

#include <geodesic.h>

#include "cli.h"

/* The loader's state: once loaded, the two functions. */
static pthread_once_t once = PTHREAD_ONCE_INIT;
static void (*p_init)(struct geod_geodesic *, double, double);
static void (*p_inverse)(const struct geod_geodesic *, double, double, double, double, double *,
                         double *, double *);
static pthread_t preloader;
static int preloading;

static void load(void)
{
    /* lazy: the two functions are bound at their first call, not every
     * function of libproj and its libraries at load (a fifth of the load) */
    void *h = dlopen(GE_PROJ_SONAME, RTLD_LAZY | RTLD_LOCAL);
    if (h) {
        *(void **)&p_init = dlsym(h, "geod_init");
        *(void **)&p_inverse = dlsym(h, "geod_inverse");
    }
    if (!p_init || !p_inverse) {
        const char *why = dlerror();
        cli_error("cannot load PROJ (%s) for geodesic distances: %s", GE_PROJ_SONAME,
                  why ? why : "no geod_inverse in it");
        exit(1);
    }
}

static void *preload(void *arg)
{
    (void)arg;
    pthread_once(&once, load);
    return NULL;
}

void cli_proj_preload(void)
{
    if (!preloading && pthread_create(&preloader, NULL, preload, NULL) == 0)
        preloading = 1;
}

void cli_proj_wait(void)
{
    if (preloading)
        pthread_join(preloader, NULL);
    preloading = 0;
}

void geod_init(struct geod_geodesic *g, double a, double f)
{
    pthread_once(&once, load);
    p_init(g, a, f);
}

void geod_inverse(const struct geod_geodesic *g, double lat1, double lon1, double lat2,
                  double lon2, double *ps12, double *pazi1, double *pazi2)
{
    pthread_once(&once, load);
    p_inverse(g, lat1, lon1, lat2, lon2, ps12, pazi1, pazi2);
}
