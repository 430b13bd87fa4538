/*
 * eval.h -- the geoparsing scorer behind `geoevents eval` (internal API used
 * by the CLI, the tests and the benchmark; not part of the public header).
 *
 * A corpus is JSON Lines: {"id", "corpus", "text", "toponyms": [{"start",
 * "end", "lat", "lon", ...}]} with code point offsets (see
 * ../shared/eval/README.md). ge_eval_corpus runs the real pipeline
 * (ge_doc_process, no lexicon) over every document and accumulates counts in
 * a ge_eval_stats; ge_eval_figures_of turns counts into scores.
 *
 * Matching, stated once:
 *  - exact: a prediction with the same start and end as a gold span;
 *  - overlap: gold and predicted spans (each sorted by offset) are paired one
 *    to one, in text order, when they share at least one code point; a
 *    prediction overlapping two gold spans pairs with the first only.
 *  - resolution: every overlap pair whose gold has coordinates; the error is
 *    the geodesic distance (WGS84) between the gold point and the predicted
 *    place, or GE_EVAL_MAX_KM when the prediction was left unresolved.
 *    acc@161 counts errors <= 161 km; AUC = mean(ln(1 + km)) / ln(20039).
 *  - end to end: pairs within 161 km over all gold spans with coordinates.
 */
#ifndef GE_EVAL_H
#define GE_EVAL_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "geoevents/geoevents.h"

#define GE_EVAL_MAX_KM 20039.0 /* half the equator: the worst possible error */
#define GE_EVAL_OK_KM 161.0    /* 100 miles: the usual accuracy threshold */
#define GE_EVAL_FAR_KM 1000.0  /* a point this far off is on the wrong map */

/* One span, gold or predicted, in code points. */
typedef struct ge_eval_span {
    uint32_t start, end;
    int has_coord;   /* gold: coordinates given; predicted: resolved */
    double lat, lon;
    uint32_t place;  /* predicted: gazetteer index or UINT32_MAX; gold: unused */
    int kind;        /* predicted: ge_kind; gold: unused */
} ge_eval_span;

/* How one document's spans were paired (arrays sized by the caller). */
typedef struct ge_eval_match {
    int32_t *gold_pred;  /* per gold span: index of its overlap pair, -1 none */
    uint8_t *gold_exact; /* per gold span: 1 when a prediction has its exact span */
    int32_t *pred_gold;  /* per prediction: index of its overlap pair, -1 none */
} ge_eval_match;

/* Counts for one corpus (or several added together). */
typedef struct ge_eval_stats {
    char name[64];       /* corpus name ("lgl") */
    int precision_na;    /* partial gold (WikToR): precision and F1 mean nothing */
    size_t docs, gold, gold_coords, pred;
    size_t exact_tp;     /* gold spans predicted exactly */
    size_t overlap_tp;   /* overlap pairs */
    size_t res_n;        /* overlap pairs whose gold has coordinates */
    size_t res_ok;       /* of those, within 161 km */
    size_t unresolved;   /* of those, prediction left unresolved */
    size_t far;          /* of the resolved ones, more than GE_EVAL_FAR_KM off */
    double ln_sum;       /* sum of ln(1 + km) */
    double km_sum;
    double *km;          /* every error, for the median */
    size_t nkm, kmcap;
    size_t bytes;        /* text bytes processed */
    size_t bad_lines;    /* lines skipped (reported through diag) */
    double seconds;      /* wall time of the pipeline and scoring */
} ge_eval_stats;

/* Scores derived from a ge_eval_stats. Ratios with a zero denominator are 0. */
typedef struct ge_eval_figures {
    double p_exact, r_exact, f_exact;
    double p_overlap, r_overlap, f_overlap;
    double acc161, mean_km, median_km, auc; /* over res_n */
    double far_errors;                      /* share of res_n more than 1,000 km off */
    double e2e_acc161;                      /* over gold_coords */
} ge_eval_figures;

/* Geodesic distance in km on the WGS84 ellipsoid (PROJ geod_inverse). */
double ge_eval_km(double lat1, double lon1, double lat2, double lon2);

/* Pairs gold and predicted spans (both sorted by start) and fills m (may be
 * NULL); adds the document's counts to s. */
int ge_eval_score_doc(ge_eval_stats *s, const ge_eval_span *gold, size_t ngold,
                      const ge_eval_span *pred, size_t npred, ge_eval_match *m);

void ge_eval_figures_of(const ge_eval_stats *s, ge_eval_figures *f);

/* Adds the counts of s into all (for the "all corpora" line). */
int ge_eval_stats_add(ge_eval_stats *all, const ge_eval_stats *s);
void ge_eval_stats_free(ge_eval_stats *s);

/* Options of a corpus run. */
typedef struct ge_eval_options {
    unsigned kinds; /* mention kinds scored as predictions: bit (1u << ge_kind); 0 = all */
    int lowercase;  /* score the texts lower-cased (1), as lower-case archives come,
                       or upper-cased (2), as teletype archives and wire bulletins */
} ge_eval_options;

/* Parses a comma-separated list of kind names ("toponym,metonym") into a
 * ge_eval_options.kinds mask; returns 0 on an unknown name. */
unsigned ge_eval_parse_kinds(const char *list);

/* Runs the pipeline over one corpus file (a path or any GDAL /vsi path) and
 * fills *s (zero it first). opt may be NULL. errors, when not NULL, gets one
 * TSV line per false positive, miss, boundary mismatch and wrong resolution
 * (see ge_eval_errors_header). Bad lines are reported through diag and
 * skipped. */
ge_status ge_eval_corpus(const ge_gazetteer *g, const char *path, const ge_eval_options *opt,
                         FILE *errors, const ge_diag *diag, ge_eval_stats *s);

/* Writes the column names of the error file. */
void ge_eval_errors_header(FILE *errors);

#endif
