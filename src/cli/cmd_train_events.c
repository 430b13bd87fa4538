/*
 * cmd_train_events.c -- `geoevents train-events`: trains the event
 * classifier from completely annotated articles and writes the model file
 * (argument parsing and printing; the work is in src/event_train.c).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "cli.h"
#include "eval_articles.h"
#include "event_model.h"

static void usage(FILE *f)
{
    fprintf(f,
            "Usage: geoevents train-events CORPUS.jsonl [...] [-o FILE] [--l2 X] [--folds K]\n"
            "                              [--full-weight X] [--threshold X] [--second X]\n"
            "                              [--gazetteer FILE] [--lexicon-dir DIR]\n\n"
            "Trains the classifier that decides which candidate event records are real\n"
            "events and gives their confidence, from articles with every event annotated\n"
            "(the events_full format of 'geoevents eval-events'). Prints cross-validated\n"
            "(by article) precision, recall and F1 and a reliability table, and writes the\n"
            "weights with their provenance to FILE (default: standard output). Install it\n"
            "as event-model.txt in the lexicon directory.\n\n"
            "Options:\n"
            "  -o FILE            the model file to write\n"
            "  --l2 X             L2 regularisation strength (default 2)\n"
            "  --threshold X      records with a probability under X are dropped (default 0.5)\n"
            "  --second X         a second record of one sentence needs X (default 0.9)\n"
            "  --folds K          cross-validation folds (default 5)\n"
            "  --full-weight X    weight of a record of a completely annotated article\n"
            "                     (default 0: those records weigh as much as all the\n"
            "                     others together)\n"
            "  --gazetteer FILE   gazetteer (default: $GEOEVENTS_GAZETTEER or the built-in one)\n"
            "  --lexicon-dir DIR  event lexicon folder (its event-model.txt is ignored)\n"
            "  -h, --help         this help\n\n"
            "Example: geoevents train-events ../shared/eval/events_full_dev.jsonl "
            "-o lexicon/event-model.txt\n");
}

int cmd_train_events(int argc, char **argv)
{
    const char *gaz = NULL, *lexdir = NULL, *outpath = NULL;
    double l2 = 2, keep = 0.5, second = 0.9, full_weight = 0;
    int folds = 5, rc = 0;
    char **corpora = calloc((size_t)argc + 1, sizeof *corpora);
    size_t n = 0;
    if (!corpora)
        return 1;
    for (int i = 1; i < argc && !rc; i++) {
        const char *a = argv[i];
        if (!strcmp(a, "-h") || !strcmp(a, "--help")) {
            usage(stdout);
            free(corpora);
            return 0;
        } else if (!strcmp(a, "-o") && i + 1 < argc) {
            outpath = argv[++i];
        } else if (!strcmp(a, "--gazetteer") && i + 1 < argc) {
            gaz = argv[++i];
        } else if (!strcmp(a, "--lexicon-dir") && i + 1 < argc) {
            lexdir = argv[++i];
        } else if (!strcmp(a, "--threshold") && i + 1 < argc) {
            keep = atof(argv[++i]);
        } else if (!strcmp(a, "--second") && i + 1 < argc) {
            second = atof(argv[++i]);
        } else if (!strcmp(a, "--l2") && i + 1 < argc) {
            l2 = atof(argv[++i]);
        } else if (!strcmp(a, "--full-weight") && i + 1 < argc) {
            full_weight = atof(argv[++i]);
        } else if (!strcmp(a, "--folds") && i + 1 < argc) {
            folds = atoi(argv[++i]);
            if (folds < 2 || folds > 50) {
                cli_error("train-events: --folds: '%s' is not a number from 2 to 50", argv[i]);
                rc = 2;
            }
        } else if (a[0] == '-' && a[1]) {
            cli_error("train-events: unknown option or missing value: %s (see 'geoevents "
                      "train-events --help')",
                      a);
            rc = 2;
        } else {
            corpora[n++] = argv[i];
        }
    }
    if (!rc && !n) {
        usage(stderr);
        rc = 2;
    }
    ge_gazetteer *g = rc ? NULL : cli_open_gazetteer(gaz);
    ge_lexicon *lx = g ? cli_load_lexicon(lexdir, NULL) : NULL;
    if (!rc && (!g || !lx))
        rc = 1;
    ge_examples ex;
    memset(&ex, 0, sizeof ex);
    size_t problems = 0;
    ge_diag diag = {cli_diag_stderr, &problems};
    if (lx)
        ge_lexicon_model_off(lx);
    for (size_t i = 0; !rc && i < n; i++) {
        ge_status st = ge_eval_articles_examples(g, lx, corpora[i], &diag, &ex);
        if (st != GE_OK) {
            cli_error("%s: %s", corpora[i], ge_strerror(st));
            rc = 1;
        }
    }
    ge_event_model m;
    ge_train_report rep;
    rep.keep = keep;
    rep.second = second;
    if (!rc) {
        ge_status st = ge_event_model_train(&ex, folds, l2, full_weight, &m, &rep);
        if (st != GE_OK) {
            cli_error("train-events: %s", st == GE_ERR_FORMAT ? "no candidate records to learn from"
                                                              : ge_strerror(st));
            rc = 1;
        }
    }
    if (!rc) {
        char prov[2048];
        time_t now = time(NULL);
        struct tm tmv;
        gmtime_r(&now, &tmv);
        int k = snprintf(prov, sizeof prov,
                         "Trained on %04d-%02d-%02d by geoevents %s train-events --l2 %g --folds %d\n"
                         "--full-weight %g --threshold %g --second %g, from %zu articles (%zu gold events, %zu candidate\n"
                         "records) in:",
                         tmv.tm_year + 1900, tmv.tm_mon + 1, tmv.tm_mday, GE_VERSION, l2, folds,
                         full_weight, keep, second, ex.articles, ex.gold, ex.n);
        for (size_t i = 0; i < n && k > 0 && (size_t)k < sizeof prov; i++) {
            const char *b = strrchr(corpora[i], '/');
            k += snprintf(prov + k, sizeof prov - (size_t)k, "\n  %s", b ? b + 1 : corpora[i]);
        }
        fprintf(stderr,
                "train-events: %zu articles, %zu gold events, %zu candidates\n"
                "  cross-validated, every candidate kept: P %.4f R %.4f F1 %.4f\n"
                "  cross-validated, threshold %.2f:       P %.4f R %.4f F1 %.4f\n"
                "  completely annotated articles, cross-validated, threshold %.2f: typed "
                "P %.4f R %.4f\n",
                ex.articles, ex.gold, ex.n, rep.all_precision, rep.all_recall, rep.all_f1,
                rep.threshold, rep.precision, rep.recall, rep.f1, keep, rep.full_precision,
                rep.full_recall);
        FILE *f = outpath ? fopen(outpath, "w") : stdout;
        if (!f || ge_event_model_write(f, &m, &rep, prov) < 0 ||
            (outpath && fclose(f) != 0)) {
            cli_error("%s: cannot write the model", outpath ? outpath : "stdout");
            rc = 1;
        }
    }
    free(ex.x);
    free(ex.y);
    free(ex.group);
    free(ex.full);
    free(ex.real);
    ge_lexicon_free(lx);
    if (g)
        ge_gazetteer_close(g);
    free(corpora);
    return rc;
}
