/*
 * paths.c -- where the tool finds its gazetteer and lexicons, and the
 * stderr diagnostics shared by all commands.
 */
#include <dirent.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

#ifndef GE_DEFAULT_GAZETTEER
#define GE_DEFAULT_GAZETTEER "gazetteer/geoevents.gaz"
#endif
#ifndef GE_DEFAULT_LEXICON_DIR
#define GE_DEFAULT_LEXICON_DIR "lexicon"
#endif

void cli_error(const char *fmt, ...)
{
    va_list ap;
    fputs("geoevents: ", stderr);
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fputc('\n', stderr);
}

int cli_usage(const char *command, const char *fmt, ...)
{
    va_list ap;
    fprintf(stderr, "geoevents: %s: ", command);
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fprintf(stderr, "\nTry 'geoevents %s --help'.\n", command);
    return 2;
}

void cli_diag_stderr(void *user, const char *file, long line, const char *message)
{
    if (user)
        ++*(size_t *)user;
    if (file && line > 0)
        fprintf(stderr, "geoevents: %s:%ld: %s\n", file, line, message);
    else if (file)
        fprintf(stderr, "geoevents: %s: %s\n", file, message);
    else
        fprintf(stderr, "geoevents: %s\n", message);
}

const char *cli_gazetteer_path(const char *option)
{
    if (option && *option)
        return option;
    const char *env = getenv("GEOEVENTS_GAZETTEER");
    return env && *env ? env : GE_DEFAULT_GAZETTEER;
}

const char *cli_lexicon_dir(const char *option)
{
    if (option && *option)
        return option;
    const char *env = getenv("GEOEVENTS_LEXICON_DIR");
    return env && *env ? env : GE_DEFAULT_LEXICON_DIR;
}

ge_gazetteer *cli_open_gazetteer(const char *option)
{
    const char *path = cli_gazetteer_path(option);
    char err[512] = "";
    ge_gazetteer *g = NULL;
    ge_status st = ge_gazetteer_open(path, 0, &g, err, sizeof err);
    if (st != GE_OK) {
        cli_error("%s: %s", path, err[0] ? err : ge_strerror(st));
        if (!option || !*option)
            cli_error("build the default gazetteer with ./setup.sh, or pass --gazetteer FILE");
        return NULL;
    }
    return g;
}

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

ge_lexicon *cli_load_lexicon(const char *dir_option, const char *const *extra)
{
    const char *dir = cli_lexicon_dir(dir_option);
    char **paths = NULL;
    size_t n = 0, cap = 0;
    DIR *d = opendir(dir);
    if (!d) {
        cli_error("%s: cannot open lexicon directory", dir);
        return NULL;
    }
    struct dirent *e;
    while ((e = readdir(d))) {
        size_t len = strlen(e->d_name);
        if (len < 5 || strcmp(e->d_name + len - 4, ".txt") != 0)
            continue;
        if (n + 2 > cap) {
            cap = cap ? cap * 2 : 16;
            char **np = realloc(paths, cap * sizeof *np);
            if (!np)
                break;
            paths = np;
        }
        size_t plen = strlen(dir) + len + 2;
        paths[n] = malloc(plen);
        if (!paths[n])
            break;
        snprintf(paths[n], plen, "%s/%s", dir, e->d_name);
        n++;
    }
    closedir(d);
    qsort(paths, n, sizeof *paths, cmp_str);
    for (size_t i = 0; extra && extra[i]; i++) {
        if (n + 2 > cap) {
            cap = cap ? cap * 2 : 16;
            char **np = realloc(paths, cap * sizeof *np);
            if (!np)
                break;
            paths = np;
        }
        paths[n++] = strdup(extra[i]);
    }
    ge_lexicon *lx = NULL;
    size_t errors = 0;
    ge_diag diag = {cli_diag_stderr, &errors};
    ge_status st = GE_ERR_ARG;
    if (paths) {
        paths[n] = NULL;
        st = ge_lexicon_load((const char *const *)paths, &diag, &lx);
    }
    if (st != GE_OK)
        cli_error("%s: cannot load the event lexicon: %s", dir, ge_strerror(st));
    for (size_t i = 0; i < n; i++)
        free(paths[i]);
    free(paths);
    return st == GE_OK ? lx : NULL;
}
