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
#include "eval_articles.h"
#include "eval_events.h"

#define EXCLUDED_SOURCE "Masdar_RA"

static void usage(FILE *f)
{
    fprintf(f,
            "Usage: geoevents eval-events CORPUS.jsonl [...] [--gazetteer FILE]\n"
            "                             [--lexicon-dir DIR] [--lexicon FILE]... [--errors FILE]\n"
            "                             [--min-confidence X] [--json]\n\n"
            "Runs the pipeline of 'geoevents map' (places and events) over annotated text\n"
            "and scores the event records. Four corpus shapes are recognised:\n"
            "  events_full (every event of each article annotated): detection and typed\n"
            "    precision, recall and F1 (duplicates and records that are no event count\n"
            "    against precision), type accuracy, place acc@161 km and same country over\n"
            "    matched events, date accuracy, and a reliability table: observed precision\n"
            "    of the records in each confidence band.\n"
            "  indiapolice (every sentence labelled for police actions): per-sentence\n"
            "    precision, recall and F1 of KILL, ARREST, FORCE and ANY_ACTION.\n"
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
            "                     verb/type, gold places/mode, predicted trigger, type, place, text;\n"
            "                     for article corpora: what (FALSEPOS, DUPLICATE, MISS, TYPE,\n"
            "                     PLACE, FALSEPOS-label, MISS-label), id, gold type, gold trigger,\n"
            "                     predicted type, trigger, place, confidence, sentence\n"
            "  --min-confidence X score only records with confidence >= X (as 'map' writes them)\n"
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

static void print_articles(const char *name, const ge_artstats *s)
{
    double p, r, f, tp, tr, tf;
    if (s->gold || s->pred) {
        ge_prf(s->matched, s->pred - s->matched, s->gold - s->matched, &p, &r, &f);
        ge_prf(s->typed, s->pred - s->typed, s->gold - s->typed, &tp, &tr, &tf);
        printf("%s: %zu articles, %zu gold events, %zu records (%zu duplicates, %zu no event)\n",
               name, s->articles, s->gold, s->pred, s->dups, s->fps);
        printf("  detection  P %6.4f  R %6.4f  F1 %6.4f\n", p, r, f);
        printf("  typed      P %6.4f  R %6.4f  F1 %6.4f\n", tp, tr, tf);
        printf("  over matched: type acc %6.4f | place acc@161 %6.4f, same country %6.4f "
               "(n=%zu) | date acc %6.4f (n=%zu) | %.2f s\n",
               s->matched ? (double)s->typed / (double)s->matched : 0,
               s->place_n ? (double)s->place_ok / (double)s->place_n : 0,
               s->place_n ? (double)s->country_ok / (double)s->place_n : 0, s->place_n,
               s->date_n ? (double)s->date_ok / (double)s->date_n : 0, s->date_n, s->seconds);
        printf("  reliability: confidence band | records | observed precision\n");
        size_t hn = 0, hok = 0;
        for (int b = GE_CONF_BINS - 1; b >= 0; b--) {
            if (b >= 8) {
                hn += s->bin_n[b];
                hok += s->bin_ok[b];
            }
            if (s->bin_n[b])
                printf("    [%.1f, %.1f%c  %5zu  %6.4f\n", b / 10.0, (b + 1) / 10.0,
                       b == GE_CONF_BINS - 1 ? ']' : ')', s->bin_n[b],
                       (double)s->bin_ok[b] / (double)s->bin_n[b]);
        }
        printf("    confidence >= 0.8: %zu records, precision %6.4f\n", hn,
               hn ? (double)hok / (double)hn : 0);
    }
    if (s->sentences) {
        printf("%s: %zu articles, %zu sentences | %.2f s\n", name, s->articles, s->sentences,
               s->seconds);
        for (int k = 0; k < GE_IPE_NLABELS; k++) {
            ge_prf(s->tp[k], s->fp[k], s->fn[k], &p, &r, &f);
            printf("  %-10s P %6.4f  R %6.4f  F1 %6.4f  (gold %zu, predicted %zu)\n",
                   ge_ipe_label_name(k), p, r, f, s->tp[k] + s->fn[k], s->tp[k] + s->fp[k]);
        }
    }
    if (s->bad_lines)
        printf("  %zu bad lines skipped\n", s->bad_lines);
}

static cJSON *json_articles(const char *corpus, const ge_artstats *s)
{
    cJSON *o = cJSON_CreateObject();
    if (!o)
        return NULL;
    double p, r, f;
    cJSON_AddStringToObject(o, "corpus", corpus);
    cJSON_AddNumberToObject(o, "articles", (double)s->articles);
    if (s->gold || s->pred) {
        ge_prf(s->matched, s->pred - s->matched, s->gold - s->matched, &p, &r, &f);
        cJSON_AddNumberToObject(o, "gold_events", (double)s->gold);
        cJSON_AddNumberToObject(o, "records", (double)s->pred);
        cJSON_AddNumberToObject(o, "duplicates", (double)s->dups);
        cJSON_AddNumberToObject(o, "no_event", (double)s->fps);
        cJSON_AddNumberToObject(o, "detection_precision", p);
        cJSON_AddNumberToObject(o, "detection_recall", r);
        cJSON_AddNumberToObject(o, "detection_f1", f);
        ge_prf(s->typed, s->pred - s->typed, s->gold - s->typed, &p, &r, &f);
        cJSON_AddNumberToObject(o, "typed_precision", p);
        cJSON_AddNumberToObject(o, "typed_recall", r);
        cJSON_AddNumberToObject(o, "typed_f1", f);
        cJSON_AddNumberToObject(o, "type_accuracy",
                                s->matched ? (double)s->typed / (double)s->matched : 0);
        cJSON_AddNumberToObject(o, "place_acc161",
                                s->place_n ? (double)s->place_ok / (double)s->place_n : 0);
        cJSON_AddNumberToObject(o, "place_same_country",
                                s->place_n ? (double)s->country_ok / (double)s->place_n : 0);
        cJSON_AddNumberToObject(o, "date_accuracy",
                                s->date_n ? (double)s->date_ok / (double)s->date_n : 0);
        cJSON *rel = cJSON_AddArrayToObject(o, "reliability");
        for (int b = 0; rel && b < GE_CONF_BINS; b++) {
            cJSON *bin = cJSON_CreateObject();
            if (!bin)
                break;
            cJSON_AddNumberToObject(bin, "from", b / 10.0);
            cJSON_AddNumberToObject(bin, "records", (double)s->bin_n[b]);
            cJSON_AddNumberToObject(bin, "precision", s->bin_n[b] ? (double)s->bin_ok[b] /
                                                                        (double)s->bin_n[b]
                                                                  : 0);
            cJSON_AddItemToArray(rel, bin);
        }
    }
    for (int k = 0; s->sentences && k < GE_IPE_NLABELS; k++) {
        ge_prf(s->tp[k], s->fp[k], s->fn[k], &p, &r, &f);
        char key[40];
        snprintf(key, sizeof key, "%s_f1", ge_ipe_label_name(k));
        cJSON_AddNumberToObject(o, key, f);
        snprintf(key, sizeof key, "%s_precision", ge_ipe_label_name(k));
        cJSON_AddNumberToObject(o, key, p);
        snprintf(key, sizeof key, "%s_recall", ge_ipe_label_name(k));
        cJSON_AddNumberToObject(o, key, r);
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
    double min_conf = 0;
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
        } else if (!strcmp(a, "--min-confidence") && i + 1 < argc) {
            char *end;
            min_conf = strtod(argv[++i], &end);
            if (*end || min_conf < 0 || min_conf > 1) {
                cli_error("eval-events: --min-confidence: '%s' is not a number from 0 to 1",
                          argv[i]);
                rc = 2;
            }
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
        if (ge_eval_articles_detect(corpora[i])) {
            ge_artstats as;
            memset(&as, 0, sizeof as);
            ge_status st = ge_eval_articles_corpus(g, lx, corpora[i], min_conf, errors, &diag, &as);
            if (st != GE_OK) {
                cli_error("%s: %s", corpora[i], ge_strerror(st));
                rc = 1;
                break;
            }
            if (json)
                cJSON_AddItemToArray(root, json_articles(base_name(corpora[i]), &as));
            else
                print_articles(base_name(corpora[i]), &as);
            fflush(stdout);
            continue;
        }
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
