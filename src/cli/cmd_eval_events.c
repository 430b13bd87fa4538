/*
 * cmd_eval_events.c -- `geoevents eval-events`: scores event triggers,
 * event locations and PLOVER types (argument parsing and printing; the
 * scorer is src/eval_events.c).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cjson/cJSON.h>

#include "cli.h"
#include "eval_events.h"

#define EXCLUDED_SOURCE "Masdar_RA"

static void usage(FILE *f)
{
    fprintf(f,
            "Usage: geoevents eval-events CORPUS.jsonl [...] [--gazetteer FILE]\n"
            "                             [--lexicon-dir DIR] [--lexicon FILE]... [--errors FILE] [--json]\n\n"
            "Runs the pipeline of 'geoevents map' (places and events) over annotated sentences\n"
            "and scores the event records. Two corpus shapes are recognised:\n"
            "  event_location (one event verb and its places per line): trigger recall;\n"
            "    location accuracy, precision, recall, F1, null accuracy, exact-span\n"
            "    accuracy over matched events; end-to-end accuracy; events per sentence\n"
            "    and the share of triggers on an annotated verb (a lower bound of\n"
            "    precision). Printed for all lines and without the " EXCLUDED_SOURCE " batch,\n"
            "    which often marks no place where there is one.\n"
            "  plover_gsr (PLOVER gold sentences): share of sentences with an event,\n"
            "    PLOVER event-type accuracy over those, trigger overlap, mode accuracy\n"
            "    (the gold's PLOVER 0.5b1 mode names that were only renamed are mapped to\n"
            "    the current ones) and actor country accuracy.\n\n"
            "Options:\n"
            "  --gazetteer FILE   gazetteer (default: $GEOEVENTS_GAZETTEER or the built-in one)\n"
            "  --lexicon-dir DIR  event lexicon folder (default: $GEOEVENTS_LEXICON_DIR or built-in)\n"
            "  --lexicon FILE     an extra lexicon file (repeatable)\n"
            "  --errors FILE      write every miss as a tab-separated line: what (NOTRIGGER,\n"
            "                     NOLOC, WRONGLOC, SPURIOUS, NOEVENT, TYPE), id, source, gold\n"
            "                     verb/type, gold places/mode, predicted trigger, type, place, text\n"
            "  --json             print the figures as JSON instead of a table\n"
            "  -h, --help         this help\n\n"
            "Example: geoevents eval-events ../shared/eval/event_location_dev.jsonl "
            "../shared/eval/plover_gsr.jsonl\n");
}

static void print_evloc(const char *label, const ge_evstats *s)
{
    ge_evfigures f;
    ge_evfigures_of(s, &f);
    printf("%-28s %5zu | %6.4f | %6.4f %6.4f %6.4f %6.4f %6.4f %6.4f | %6.4f | %5.2f %6.4f | "
           "%.2f\n",
           label, s->lines, f.trigger_recall, f.loc_accuracy, f.loc_precision, f.loc_recall,
           f.loc_f1, f.null_accuracy, f.loc_exact_accuracy, f.end_to_end, f.events_per_record,
           f.trigger_precision_lb, s->seconds);
}

static void print_gsr(const char *label, const ge_evstats *s)
{
    ge_evfigures f;
    ge_evfigures_of(s, &f);
    printf("%-28s %5zu | found %6.4f | type acc %6.4f | trigger %6.4f | mode acc %6.4f (n=%zu) "
           "| actor country %6.4f (n=%zu) | %.2f s\n",
           label, s->gsr, f.gsr_found_rate, f.gsr_type_accuracy, f.gsr_trigger_recall,
           f.gsr_mode_accuracy, s->gsr_mode_n, f.gsr_actor_accuracy, s->gsr_actor_n, s->seconds);
}

static cJSON *json_stats(const char *corpus, const char *subset, const ge_evstats *s)
{
    ge_evfigures f;
    ge_evfigures_of(s, &f);
    cJSON *o = cJSON_CreateObject();
    if (!o)
        return NULL;
    cJSON_AddStringToObject(o, "corpus", corpus);
    cJSON_AddStringToObject(o, "subset", subset);
    if (s->lines) {
        cJSON_AddNumberToObject(o, "lines", (double)s->lines);
        cJSON_AddNumberToObject(o, "trigger_recall", f.trigger_recall);
        cJSON_AddNumberToObject(o, "location_accuracy", f.loc_accuracy);
        cJSON_AddNumberToObject(o, "location_precision", f.loc_precision);
        cJSON_AddNumberToObject(o, "location_recall", f.loc_recall);
        cJSON_AddNumberToObject(o, "location_f1", f.loc_f1);
        cJSON_AddNumberToObject(o, "null_accuracy", f.null_accuracy);
        cJSON_AddNumberToObject(o, "location_exact_acc", f.loc_exact_accuracy);
        cJSON_AddNumberToObject(o, "end_to_end_accuracy", f.end_to_end);
        cJSON_AddNumberToObject(o, "events_per_record", f.events_per_record);
        cJSON_AddNumberToObject(o, "trigger_precision_lb", f.trigger_precision_lb);
    }
    if (s->gsr) {
        cJSON_AddNumberToObject(o, "sentences", (double)s->gsr);
        cJSON_AddNumberToObject(o, "event_found", f.gsr_found_rate);
        cJSON_AddNumberToObject(o, "event_type_accuracy", f.gsr_type_accuracy);
        cJSON_AddNumberToObject(o, "trigger_overlap", f.gsr_trigger_recall);
        cJSON_AddNumberToObject(o, "mode_accuracy", f.gsr_mode_accuracy);
        cJSON_AddNumberToObject(o, "actor_country_accuracy", f.gsr_actor_accuracy);
    }
    cJSON_AddNumberToObject(o, "bad_lines", (double)s->bad_lines);
    cJSON_AddNumberToObject(o, "seconds", s->seconds);
    return o;
}

static const char *base_name(const char *p)
{
    const char *s = strrchr(p, '/');
    return s ? s + 1 : p;
}

int cmd_eval_events(int argc, char **argv)
{
    const char *gaz = NULL, *lexdir = NULL, *errpath = NULL;
    int json = 0;
    const char **corpora = calloc((size_t)argc + 1, sizeof *corpora);
    const char **extra = calloc((size_t)argc + 1, sizeof *extra);
    size_t n = 0, nextra = 0;
    if (!corpora || !extra) {
        free(corpora);
        free(extra);
        return 1;
    }
    int rc = 0;
    for (int i = 1; i < argc && !rc; i++) {
        const char *a = argv[i];
        if (!strcmp(a, "-h") || !strcmp(a, "--help")) {
            usage(stdout);
            free(corpora);
            free(extra);
            return 0;
        } else if (!strcmp(a, "--gazetteer") && i + 1 < argc) {
            gaz = argv[++i];
        } else if (!strcmp(a, "--lexicon-dir") && i + 1 < argc) {
            lexdir = argv[++i];
        } else if (!strcmp(a, "--lexicon") && i + 1 < argc) {
            extra[nextra++] = argv[++i];
        } else if (!strcmp(a, "--errors") && i + 1 < argc) {
            errpath = argv[++i];
        } else if (!strcmp(a, "--json")) {
            json = 1;
        } else if (a[0] == '-' && a[1]) {
            cli_error("eval-events: unknown option or missing value: %s (see 'geoevents "
                      "eval-events --help')",
                      a);
            rc = 2;
        } else {
            corpora[n++] = a;
        }
    }
    if (!rc && !n) {
        usage(stderr);
        rc = 2;
    }
    if (rc) {
        free(corpora);
        free(extra);
        return rc;
    }
    ge_gazetteer *g = cli_open_gazetteer(gaz);
    ge_lexicon *lx = g ? cli_load_lexicon(lexdir, extra) : NULL;
    FILE *errors = NULL;
    if (lx && errpath && !(errors = fopen(errpath, "w")))
        cli_error("%s: cannot write the error file", errpath);
    rc = !g || !lx || (errpath && !errors);
    if (errors)
        fputs("what\tid\tsource\tgold_verb_or_type\tgold_places_or_mode\tpred_trigger\tpred_type\t"
              "pred_place\ttext\n",
              errors);
    size_t problems = 0;
    ge_diag diag = {cli_diag_stderr, &problems};
    cJSON *root = json ? cJSON_CreateArray() : NULL;
    int header = 0;
    for (size_t i = 0; !rc && i < n; i++) {
        ge_evstats all, clean;
        memset(&all, 0, sizeof all);
        memset(&clean, 0, sizeof clean);
        ge_status st = ge_eval_events_corpus(g, lx, corpora[i], EXCLUDED_SOURCE, errors, &diag,
                                             &all, &clean);
        if (st != GE_OK) {
            cli_error("%s: %s", corpora[i], ge_strerror(st));
            rc = 1;
            break;
        }
        const char *name = base_name(corpora[i]);
        if (json) {
            if (all.lines || all.gsr)
                cJSON_AddItemToArray(root, json_stats(name, "all", &all));
            if (all.lines && clean.lines != all.lines)
                cJSON_AddItemToArray(root, json_stats(name, "without " EXCLUDED_SOURCE, &clean));
            continue;
        }
        if (all.lines) {
            if (!header++)
                printf("%-28s %5s | %-6s | %-6s %-6s %-6s %-6s %-6s %-6s | %-6s | %-5s %-6s | %s\n",
                       "event_location", "lines", "trig.R", "loc.A", "loc.P", "loc.R", "loc.F1",
                       "null.A", "exact", "e2e", "ev/s", "trig.P", "seconds");
            print_evloc(name, &all);
            if (clean.lines != all.lines) {
                char label[64];
                snprintf(label, sizeof label, "  without %s", EXCLUDED_SOURCE);
                print_evloc(label, &clean);
            }
        }
        if (all.gsr)
            print_gsr(name, &all);
        if (all.bad_lines)
            printf("%-28s %zu bad lines skipped\n", "", all.bad_lines);
        fflush(stdout);
    }
    if (root) {
        char *s = rc ? NULL : cJSON_Print(root);
        if (s)
            puts(s);
        free(s);
        cJSON_Delete(root);
    }
    if (errors && fclose(errors) != 0) {
        cli_error("%s: cannot write the error file", errpath);
        rc = 1;
    }
    ge_lexicon_free(lx);
    if (g)
        ge_gazetteer_close(g);
    free(corpora);
    free(extra);
    return rc;
}
