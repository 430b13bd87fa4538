/*
 * map_gis.c -- ogr2ogr-style options of `geoevents map`, and the report of
 * dropped features (see map_gis.h; GDAL/PROJ errors in the tool's words are
 * map_gdal.c's, in the GDAL module only).
 */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "map_gis.h"

const char map_gis_usage[] =
    "GIS options (as in ogr2ogr):\n"
    "  -lco NAME=VALUE         layer creation option of the OGR driver (repeatable)\n"
    "  -dsco NAME=VALUE        dataset creation option of the OGR driver (repeatable)\n"
    "  -nln NAME               name of the events layer (default: events)\n"
    "  -append                 add to an existing output (GPKG, SQLite, GeoJSON, CSV,\n"
    "                          Shapefile...); feature ids continue after the last one\n"
    "  -progress               show progress (default: on when stderr is a terminal)\n"
    "  --no-progress           never show progress\n"
    "  --debug                 also print GDAL's and PROJ's own error lines\n"
    "  --keep-going            skip bad inputs and dropped features and go on (the\n"
    "                          default; the exit status is then 3, see below)\n"
    "  --summary-json FILE     counts by type, country and day as JSON (- for stdout)\n"
    "  --top N                 entries in each --summary list (default 10, 0 = all)\n";

/* Appends a copy of v to the NULL-terminated list (GDAL's string list
 * form). 0, or -1 when out of memory. */
static int add_string(char ***list, const char *v)
{
    size_t n = 0;
    while (*list && (*list)[n])
        n++;
    char **l = realloc(*list, (n + 2) * sizeof *l);
    if (!l)
        return -1;
    *list = l;
    if (!(l[n] = strdup(v)))
        return -1;
    l[n + 1] = NULL;
    return 0;
}

static void free_strings(char **list)
{
    for (size_t i = 0; list && list[i]; i++)
        free(list[i]);
    free(list);
}

static int gis_usage_error(const char *what, const char *arg)
{
    return cli_usage("map", "%s%s%s", what, arg ? ": " : "", arg ? arg : "");
}

static const char *take_value(int argc, char **argv, int *i, const char *name)
{
    const char *a = argv[*i];
    size_t n = strlen(name);
    if (a[n] == '=')
        return a + n + 1;
    return *i + 1 < argc ? argv[++*i] : NULL;
}

static int is_opt(const char *a, const char *name)
{
    size_t n = strlen(name);
    return !strncmp(a, name, n) && (a[n] == '\0' || a[n] == '=');
}

int map_gis_option(map_gis *g, int argc, char **argv, int *i)
{
    const char *a = argv[*i];
    static const char *const valued[] = {"-lco", "-dsco", "-nln", "--summary-json", "--top"};
    for (size_t k = 0; k < sizeof valued / sizeof *valued; k++) {
        if (!is_opt(a, valued[k]))
            continue;
        const char *v = take_value(argc, argv, i, valued[k]);
        if (!v || !*v)
            return gis_usage_error("option needs a value", valued[k]);
        if (k <= 1) {
            if (!strchr(v, '=') || v[0] == '=')
                return gis_usage_error("expected NAME=VALUE", v);
            char ***list = k == 0 ? &g->lco : &g->dsco;
            if (add_string(list, v)) {
                cli_error("out of memory");
                return 1;
            }
        } else if (k == 2) {
            g->nln = v;
        } else if (k == 3) {
            g->summary_json = v;
        } else {
            char *end;
            long n = strtol(v, &end, 10);
            if (*end || n < 0 || n > 1000000)
                return gis_usage_error("--top: not a count", v);
            g->top = (int)n;
        }
        return -2;
    }
    if (!strcmp(a, "-append") || !strcmp(a, "--append"))
        g->append = 1;
    else if (!strcmp(a, "-progress") || !strcmp(a, "--progress"))
        g->progress = 1;
    else if (!strcmp(a, "--no-progress"))
        g->progress = 0;
    else if (!strcmp(a, "--debug"))
        g->debug = 1;
    else if (!strcmp(a, "--keep-going"))
        g->keep_going = 1;
    else
        return -1;
    return -2;
}

void map_gis_free(map_gis *g)
{
    free_strings(g->lco);
    free_strings(g->dsco);
    g->lco = g->dsco = NULL;
}

void map_gdal_mark(map_gdal_log *log)
{
    log->failures = log->warnings = 0;
    log->last[0] = '\0';
}

void map_prep_note(map_prep *pr, ge_status st, const map_gdal_log *log)
{
    pr->st = st;
    pr->failures = log->failures;
    snprintf(pr->last, sizeof pr->last, "%s", log->last);
}

/* --------------------------------------------------------------- dropped */

size_t map_report_dropped(const ge_writer *w, const char *t_srs, int quiet)
{
    size_t counts[3];
    const char *places = NULL;
    size_t total = ge_writer_dropped(w, counts, &places);
    if (!total || quiet)
        return total;
    static const char *const layer[3] = {"events", "mentions", "articles"};
    char what[160] = "";
    size_t len = 0;
    for (int i = 0; i < 3; i++)
        if (counts[i] && len < sizeof what)
            len += (size_t)snprintf(what + len, sizeof what - len, "%s%zu %s", len ? ", " : "",
                                    counts[i], layer[i]);
    /* the places, each once, at most 8 of them */
    char names[1024] = "";
    size_t nl = 0, shown = 0, more = 0;
    for (const char *p = places; *p;) {
        const char *e = strchr(p, '\n');
        size_t n = e ? (size_t)(e - p) : strlen(p);
        if (shown < 8 && nl + n + 3 < sizeof names) {
            nl += (size_t)snprintf(names + nl, sizeof names - nl, "%s%.*s", shown ? "; " : "",
                                   (int)n, p);
            shown++;
        } else {
            more++;
        }
        p += n + (e != NULL);
    }
    cli_error("%s dropped: %s cannot represent their place: %s%s", what,
              t_srs ? t_srs : "the target CRS", names, more ? "; ..." : "");
    if (more)
        cli_error("(and %zu more places)", more);
    return total;
}

/* -------------------------------------------------------------- progress */

static double now_seconds(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

int map_progress_fn(double done, const char *message, void *user)
{
    map_progress *p = user;
    if (message && *message && !p->said && !p->finished && (p->forced || p->ticks > 0)) {
        /* a long last step with no percentage of its own (GDAL's tiler) */
        fprintf(stderr, "(%s)", message);
        p->said = 1;
    }
    if (!p->forced && p->ticks == 0 && done < 1.0 && now_seconds() - p->t0 < 1.0)
        return 1; /* GDALProgressFunc: go on */
    if (!p->forced && p->ticks == 0 && done >= 1.0 && now_seconds() - p->t0 < 1.0)
        return 1; /* a short run: no progress at all */
    int want = (int)(done * 40.0);
    if (want > 40)
        want = 40;
    if (p->ticks == 0 && want >= 0 && !p->shown) {
        fputs("0", stderr);
        p->shown = 1;
    }
    while (p->ticks < want) {
        p->ticks++;
        if (p->ticks % 4 == 0)
            fprintf(stderr, "%d", p->ticks / 4 * 10);
        else
            fputc('.', stderr);
    }
    if (want >= 40 && !p->finished) {
        fputs(" - done.\n", stderr);
        p->finished = 1;
    }
    fflush(stderr);
    return 1; /* GDALProgressFunc: go on */
}

void map_progress_start(map_progress *p, int forced, const char *const *inputs, size_t ninputs)
{
    memset(p, 0, sizeof *p);
    p->forced = forced;
    p->t0 = now_seconds();
    p->fd = -1;
    struct stat st;
    if (ninputs == 1 && strcmp(inputs[0], "-") != 0 && stat(inputs[0], &st) == 0 &&
        S_ISREG(st.st_mode) && st.st_size > 0) {
        p->size = (long long)st.st_size;
        p->input = realpath(inputs[0], NULL);
    }
}

/* The open descriptor of p->input (GDAL opened it), found through /proc. */
static int find_fd(const map_progress *p)
{
    DIR *d = opendir("/proc/self/fd");
    if (!d)
        return -1;
    int found = -1;
    struct dirent *e;
    char link[300], target[4096];
    while (found < 0 && (e = readdir(d))) {
        if (e->d_name[0] == '.')
            continue;
        snprintf(link, sizeof link, "/proc/self/fd/%s", e->d_name);
        ssize_t n = readlink(link, target, sizeof target - 1);
        if (n <= 0)
            continue;
        target[n] = '\0';
        if (!strcmp(target, p->input))
            found = atoi(e->d_name);
    }
    closedir(d);
    return found;
}

static long long fd_pos(int fd)
{
    char path[64], line[128];
    snprintf(path, sizeof path, "/proc/self/fdinfo/%d", fd);
    FILE *f = fopen(path, "r");
    if (!f)
        return -1;
    long long pos = -1;
    while (fgets(line, sizeof line, f))
        if (sscanf(line, "pos: %lld", &pos) == 1)
            break;
    fclose(f);
    return pos;
}

double map_progress_bytes(map_progress *p)
{
    if (!p->input || p->size <= 0)
        return -1;
    if (p->fd < 0 || fd_pos(p->fd) < 0)
        p->fd = find_fd(p);
    long long pos = p->fd >= 0 ? fd_pos(p->fd) : -1;
    if (pos < 0)
        return -1;
    double f = (double)pos / (double)p->size;
    return f > 1.0 ? 1.0 : f;
}

void map_progress_free(map_progress *p)
{
    free(p->input);
    p->input = NULL;
}
