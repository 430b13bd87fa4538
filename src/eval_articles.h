/*
 * eval_articles.h -- scorers for completely annotated articles, behind
 * `geoevents eval-events` (internal API used by the CLI and the tests).
 *
 * Two corpus shapes, recognised by their fields (../shared/eval/README-events.md):
 *  - events_full: {"id", "text", "events": [{"type", "sentences": [...],
 *    "trigger", "place", "place_lat", "place_lon", "place_country", "date"}]}:
 *    every event of each article, one gold record per distinct event.
 *  - indiapolice: {"id", "text", "date", "sentences": [{"start", "end",
 *    "labels": [...]}]}: every sentence labelled for police KILL, ARREST,
 *    FORCE, ANY_ACTION (code point offsets).
 * Every article runs once through the real pipeline (ge_doc_process).
 *
 * events_full matching, stated once: a record is a candidate for a gold
 * event when its trigger lies inside one of the event's sentences (every
 * occurrence of each sentence string in the text). Records are matched in
 * document order, each gold event at most once: first to a candidate of the
 * same type, then to any candidate. An unmatched record whose trigger lies
 * in an already matched event's sentences is a duplicate, any other one a
 * false positive; both count against precision. Place acc@161 and same
 * country are over matched pairs whose gold has a point (a record without a
 * place is wrong); date accuracy over matched pairs whose gold has a date
 * (the record's date starts with the gold date).
 *
 * indiapolice: per sentence and label, a sentence is predicted positive when
 * it holds the trigger of a record that maps to the label: ARREST = COERCE
 * with the arrest mode; KILL = ASSAULT by police with deaths; FORCE =
 * ASSAULT by police, or crowd control by anyone; ANY_ACTION = any record
 * whose actor is police.
 */
#ifndef GE_EVAL_ARTICLES_H
#define GE_EVAL_ARTICLES_H

#include <stddef.h>
#include <stdio.h>

#include "geoevents/geoevents.h"

enum { GE_IPE_KILL, GE_IPE_ARREST, GE_IPE_FORCE, GE_IPE_ANY, GE_IPE_NLABELS };
enum { GE_CONF_BINS = 10 };

typedef struct ge_artstats {
    size_t articles, bad_lines;
    /* events_full */
    size_t gold, pred, matched, typed, dups, fps;
    size_t place_n, place_ok, country_ok, date_n, date_ok;
    size_t bin_n[GE_CONF_BINS], bin_ok[GE_CONF_BINS]; /* records by confidence tenth */
    /* indiapolice */
    size_t sentences;
    size_t tp[GE_IPE_NLABELS], fp[GE_IPE_NLABELS], fn[GE_IPE_NLABELS];
    double seconds;
} ge_artstats;

/* 1 when the file's first record is an article-level corpus (an "events"
 * array, or "sentences" with labels), 0 otherwise or when unreadable. */
int ge_eval_articles_detect(const char *path);

/* Scores one corpus file. errors, when not NULL, gets one tab-separated line
 * per false positive, duplicate, miss, wrong type or wrong place (events_full)
 * and per wrong sentence label (indiapolice). Bad lines are reported through
 * diag, counted and skipped. Records below min_confidence are left out, as
 * `geoevents map --min-confidence` leaves them out. */
ge_status ge_eval_articles_corpus(const ge_gazetteer *g, const ge_lexicon *lx, const char *path,
                                  double min_confidence, FILE *errors, const ge_diag *diag,
                                  ge_artstats *s);

const char *ge_ipe_label_name(int label);

/* Training examples for the event classifier: one row of features per
 * record the pipeline writes, labelled 1 when it is the record that matches
 * a gold event of its own type (by the events_full rules above): records
 * that are no event, of the wrong type, or repeat an event already recorded
 * are 0. group = the article's number. */
typedef struct ge_examples {
    double *x; /* n rows of EVF_N (event_model.h) */
    int *y, *group;
    unsigned char *full; /* 1: from a completely annotated article */
    unsigned char *real; /* 1: matches a gold event, of any type (detection) */
    size_t n, cap, articles, gold;
    size_t full_gold; /* gold events of the completely annotated articles */
} ge_examples;

ge_status ge_eval_articles_examples(const ge_gazetteer *g, const ge_lexicon *lx, const char *path,
                                    const ge_diag *diag, ge_examples *ex);

/* Precision, recall and F1 of tp/fp/fn (0 when undefined). */
void ge_prf(size_t tp, size_t fp, size_t fn, double *p, double *r, double *f1);

/* What training found, cross-validated by article. */
typedef struct ge_train_report {
    double keep, second; /* given: the model's threshold and second_in_sentence */
    double threshold, precision, recall, f1; /* the best mention-level threshold */
    double all_precision, all_recall, all_f1; /* every candidate kept */
    /* the completely annotated articles alone, at the given threshold:
     * typed precision and recall (a record of a gold event's type) */
    double full_precision, full_recall;
    double cal_scale, cal_shift; /* Platt scaling fitted on those articles */
    size_t bin_n[GE_CONF_BINS], bin_ok[GE_CONF_BINS];
} ge_train_report;

struct ge_event_model;

/* Cross-validates (folds by article), picks the keep threshold with the
 * best F1, and fits the final model on every example (event_train.c). A
 * record of a completely annotated article weighs full_weight (0: as much
 * as all the other records together). */
ge_status ge_event_model_train(const ge_examples *ex, int folds, double l2, double full_weight,
                               struct ge_event_model *out, ge_train_report *rep);

/* Writes the model file: provenance (free text, one comment line per line),
 * the cross-validated figures, the [model] section. 0 or -1. */
int ge_event_model_write(FILE *f, const struct ge_event_model *m, const ge_train_report *rep,
                         const char *provenance);

#endif
