/*
 * eval_events.h -- the event scorer behind `geoevents eval-events` (internal
 * API used by the CLI and the tests; not part of the public header).
 *
 * Two corpus shapes are recognised line by line (../shared/eval/README-events.md):
 *  - event_location: {"id", "text", "verb": {start, end}, "locations": [...],
 *    "source"}: one annotated event verb and the places where it happened.
 *  - plover_gsr: {"id", "text", "event", "mode", "triggers": [...], "actor"}:
 *    PLOVER gold sentences with the event category.
 * A record counts at its trigger and at the trigger of every other sentence
 * it lists as reporting the same event (its mentions). Every distinct text
 * runs once through the real pipeline (ge_doc_process
 * with the gazetteer and lexicon given).
 *
 * Scoring, stated once (spans in code points; two spans match when they
 * share a code point):
 *  - a gold line's matched event is the predicted event whose trigger
 *    overlaps the gold verb with the highest |intersection|/|union| (then the
 *    earliest); trigger recall = lines with a matched event / lines;
 *  - an event's location is the span of the mention its place came from, or
 *    null. location precision = matched events with a location that overlaps
 *    a gold location / matched events with a location; location recall =
 *    matched lines whose gold has locations and whose event's location
 *    overlaps one / those lines; location accuracy also counts a null
 *    location on a line without gold locations as correct; null accuracy =
 *    matched lines without gold locations predicted null / those lines;
 *    exact accuracy = location accuracy with exact span equality;
 *    end to end = matched AND location correct / all lines.
 *  - plover_gsr: an event is found when the sentence yields any event; the
 *    scored event is the one whose trigger best overlaps a gold trigger, else
 *    the most confident. type accuracy = scored type == gold event / found.
 */
#ifndef GE_EVAL_EVENTS_H
#define GE_EVAL_EVENTS_H

#include <stddef.h>
#include <stdio.h>

#include "geoevents/geoevents.h"

typedef struct ge_evstats {
    char name[64];
    /* event_location lines */
    size_t lines, matched;
    size_t gold_loc_lines, loc_found;   /* recall */
    size_t pred_loc, pred_loc_ok;       /* precision */
    size_t null_lines, null_ok;         /* matched lines without gold places */
    size_t loc_ok, exact_ok, e2e_ok;
    size_t pred_events, pred_events_on_verb; /* events in the texts; overlapping some gold verb */
    size_t texts;
    /* plover_gsr lines */
    size_t gsr, gsr_found, gsr_type_ok, gsr_trigger_hit;
    size_t gsr_mode_n, gsr_mode_ok;     /* gold mode given (0.5b1 vocabulary) */
    size_t gsr_actor_n, gsr_actor_ok;   /* gold actor code given, event found */
    size_t bad_lines;
    double seconds;
} ge_evstats;

typedef struct ge_evfigures {
    double trigger_recall, loc_accuracy, loc_precision, loc_recall, loc_f1, null_accuracy,
        loc_exact_accuracy, end_to_end, events_per_record, trigger_precision_lb;
    double gsr_found_rate, gsr_type_accuracy, gsr_trigger_recall, gsr_mode_accuracy,
        gsr_actor_accuracy;
} ge_evfigures;

void ge_evfigures_of(const ge_evstats *s, ge_evfigures *f);

/* Scores one corpus file (a path or a GDAL /vsi path). all gets every
 * line; clean (may be NULL) every line whose source is not exclude_source
 * (e.g. "Masdar_RA"; NULL = none excluded). errors, when not NULL, gets one
 * tab-separated line per miss (NOTRIGGER, WRONGLOC, NOLOC, SPURIOUS, TYPE). Bad
 * lines are reported through diag and skipped. */
ge_status ge_eval_events_corpus(const ge_gazetteer *g, const ge_lexicon *lx, const char *path,
                                const char *exclude_source, FILE *errors, const ge_diag *diag,
                                ge_evstats *all, ge_evstats *clean);

#endif
