/*
 * cmd_eval.c -- `geoevents eval`: scores place recognition and resolution on
 * annotated corpora (argument parsing and printing; the scorer is src/eval.c).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cjson/cJSON.h>

#include "cli.h"
#include "eval.h"

static void usage(FILE *f)
{
    fprintf(f,
            "Usage: geoevents eval CORPUS.jsonl [...] [--gazetteer FILE] [--errors FILE] [--json]\n"
            "                      [--kinds LIST] [--lowercase | --uppercase]\n\n"
            "Runs the pipeline of 'geoevents map' over annotated corpora (JSON Lines: id, text,\n"
            "toponyms with code point start/end and lat/lon) and prints per corpus:\n"
            "recognition precision, recall and F1 (exact and overlapping spans); resolution\n"
            "of the recognised gold toponyms with coordinates (accuracy within 161 km, mean\n"
            "and median error in km, AUC of ln(1+km)/ln(20039), lower is better); and\n"
            "end-to-end accuracy within 161 km over all gold toponyms with coordinates.\n\n"
            "Options:\n"
            "  --gazetteer FILE  gazetteer (default: $GEOEVENTS_GAZETTEER or the built-in one)\n"
            "  --errors FILE     write every false positive (FP), miss (MISS), boundary\n"
            "                    mismatch (BOUNDARY) and wrong (WRONG, > 161 km) or\n"
            "                    UNRESOLVED resolution as tab-separated lines with context\n"
            "  --json            print the figures as JSON instead of a table\n"
            "  --kinds LIST      score only mentions of these kinds (toponym,demonym,metonym;\n"
            "                    default: all), e.g. for corpora that do not annotate demonyms\n"
            "  --lowercase       lower-case every text first (ASCII letters; offsets stay), to\n"
            "                    measure lower-case archives\n"
            "  --uppercase       upper-case every text first, to measure archives in capitals\n"
            "  -h, --help        this help\n\n"
            "Example: geoevents eval ../shared/eval/lgl.jsonl ../shared/eval/geovirus.jsonl\n");
}

static void print_header(void)
{
    printf("%-12s %5s %6s %6s | %-17s | %-17s | %-44s | %-7s | %s\n", "", "", "", "",
           "exact spans", "overlapping spans", "resolution (recognised, with coords)",
           "e2e", "");
    printf("%-12s %5s %6s %6s | %5s %5s %5s | %5s %5s %5s | %6s %7s %5s %7s %7s %5s | %7s | %s\n",
           "corpus", "docs", "gold", "pred", "P", "R", "F1", "P", "R", "F1", "n", "acc@161",
           "far", "mean_km", "med_km", "AUC", "acc@161", "seconds");
}

static void print_row(const ge_eval_stats *s)
{
    ge_eval_figures f;
    ge_eval_figures_of(s, &f);
    char pe[8], fe[8], po[8], fo[8];
    if (s->precision_na) {
        snprintf(pe, sizeof pe, "n/a");
        snprintf(fe, sizeof fe, "n/a");
        snprintf(po, sizeof po, "n/a");
        snprintf(fo, sizeof fo, "n/a");
    } else {
        snprintf(pe, sizeof pe, "%.3f", f.p_exact);
        snprintf(fe, sizeof fe, "%.3f", f.f_exact);
        snprintf(po, sizeof po, "%.3f", f.p_overlap);
        snprintf(fo, sizeof fo, "%.3f", f.f_overlap);
    }
    printf("%-12s %5zu %6zu %6zu | %5s %5.3f %5s | %5s %5.3f %5s | %6zu %7.3f %5.3f %7.0f %7.1f "
           "%5.3f | %7.3f | %.2f\n",
           s->name, s->docs, s->gold, s->pred, pe, f.r_exact, fe, po, f.r_overlap, fo, s->res_n,
           f.acc161, f.far_errors, f.mean_km, f.median_km, f.auc, f.e2e_acc161, s->seconds);
    if (s->precision_na)
        printf("%-12s (only some places are annotated: precision and F1 mean nothing; "
               "precision as measured: exact %.3f, overlap %.3f)\n",
               "", f.p_exact, f.p_overlap);
}

static cJSON *json_row(const ge_eval_stats *s)
{
    ge_eval_figures f;
    ge_eval_figures_of(s, &f);
    cJSON *o = cJSON_CreateObject();
    cJSON_AddStringToObject(o, "corpus", s->name);
    cJSON_AddNumberToObject(o, "docs", (double)s->docs);
    cJSON_AddNumberToObject(o, "gold", (double)s->gold);
    cJSON_AddNumberToObject(o, "gold_with_coords", (double)s->gold_coords);
    cJSON_AddNumberToObject(o, "predicted", (double)s->pred);
    cJSON_AddBoolToObject(o, "precision_meaningful", !s->precision_na);
    cJSON_AddNumberToObject(o, "exact_precision", f.p_exact);
    cJSON_AddNumberToObject(o, "exact_recall", f.r_exact);
    cJSON_AddNumberToObject(o, "exact_f1", f.f_exact);
    cJSON_AddNumberToObject(o, "overlap_precision", f.p_overlap);
    cJSON_AddNumberToObject(o, "overlap_recall", f.r_overlap);
    cJSON_AddNumberToObject(o, "overlap_f1", f.f_overlap);
    cJSON_AddNumberToObject(o, "resolved_n", (double)s->res_n);
    cJSON_AddNumberToObject(o, "unresolved", (double)s->unresolved);
    cJSON_AddNumberToObject(o, "acc161", f.acc161);
    cJSON_AddNumberToObject(o, "far_errors", f.far_errors);
    cJSON_AddNumberToObject(o, "mean_km", f.mean_km);
    cJSON_AddNumberToObject(o, "median_km", f.median_km);
    cJSON_AddNumberToObject(o, "auc", f.auc);
    cJSON_AddNumberToObject(o, "e2e_acc161", f.e2e_acc161);
    cJSON_AddNumberToObject(o, "bad_lines", (double)s->bad_lines);
    cJSON_AddNumberToObject(o, "seconds", s->seconds);
    return o;
}

static int print_json(const ge_eval_stats *v, size_t n, const ge_eval_stats *all)
{
    cJSON *root = cJSON_CreateObject();
    cJSON *arr = cJSON_AddArrayToObject(root, "corpora");
    for (size_t i = 0; i < n; i++)
        cJSON_AddItemToArray(arr, json_row(&v[i]));
    if (all)
        cJSON_AddItemToObject(root, "all", json_row(all));
    char *s = cJSON_Print(root);
    int ok = s != NULL;
    if (s)
        puts(s);
    free(s);
    cJSON_Delete(root);
    return ok ? 0 : 1;
}

int cmd_eval(int argc, char **argv)
{
    const char *gaz = NULL, *errpath = NULL;
    int json = 0;
    ge_eval_options opt = {0};
    const char **corpora = calloc((size_t)argc + 1, sizeof *corpora);
    size_t n = 0;
    if (!corpora)
        return 1;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (!strcmp(a, "-h") || !strcmp(a, "--help")) {
            usage(stdout);
            free(corpora);
            return 0;
        } else if (!strcmp(a, "--gazetteer") && i + 1 < argc) {
            gaz = argv[++i];
        } else if (!strcmp(a, "--errors") && i + 1 < argc) {
            errpath = argv[++i];
        } else if (!strcmp(a, "--kinds") && i + 1 < argc) {
            if (!(opt.kinds = ge_eval_parse_kinds(argv[++i]))) {
                cli_error("eval: --kinds: expected toponym, demonym and/or metonym, got '%s'", argv[i]);
                free(corpora);
                return 2;
            }
        } else if (!strcmp(a, "--lowercase")) {
            opt.lowercase = 1;
        } else if (!strcmp(a, "--uppercase")) {
            opt.lowercase = 2;
        } else if (!strcmp(a, "--json")) {
            json = 1;
        } else if (a[0] == '-' && a[1]) {
            cli_error("eval: unknown option or missing value: %s (see 'geoevents eval --help')", a);
            free(corpora);
            return 2;
        } else {
            corpora[n++] = a;
        }
    }
    if (!n) {
        usage(stderr);
        free(corpora);
        return 2;
    }
    ge_gazetteer *g = cli_open_gazetteer(gaz);
    FILE *errors = NULL;
    if (g && errpath && !(errors = fopen(errpath, "w")))
        cli_error("%s: cannot write the error file", errpath);
    ge_eval_stats *stats = calloc(n, sizeof *stats);
    ge_eval_stats all;
    memset(&all, 0, sizeof all);
    snprintf(all.name, sizeof all.name, "all corpora");
    int rc = !g || (errpath && !errors) || !stats;
    if (errors)
        ge_eval_errors_header(errors);
    size_t problems = 0;
    ge_diag diag = {cli_diag_stderr, &problems};
    if (!rc && !json)
        print_header();
    for (size_t i = 0; !rc && i < n; i++) {
        ge_status st = ge_eval_corpus(g, corpora[i], &opt, errors, &diag, &stats[i]);
        if (st != GE_OK) {
            cli_error("%s: %s", corpora[i], ge_strerror(st));
            rc = 1;
            break;
        }
        if (ge_eval_stats_add(&all, &stats[i])) {
            rc = 1;
            break;
        }
        if (!json) {
            print_row(&stats[i]);
            fflush(stdout);
        }
    }
    if (!rc && !json && n > 1)
        print_row(&all);
    if (!rc && json)
        rc = print_json(stats, n, n > 1 ? &all : NULL);
    if (errors && fclose(errors) != 0) {
        cli_error("%s: cannot write the error file", errpath);
        rc = 1;
    }
    for (size_t i = 0; stats && i < n; i++)
        ge_eval_stats_free(&stats[i]);
    ge_eval_stats_free(&all);
    free(stats);
    free(corpora);
    if (g)
        ge_gazetteer_close(g);
    return rc;
}
