/*
 * test_eval.c -- unit tests of the geoparsing scorer's arithmetic (src/eval.c):
 * span matching, P/R/F1, acc@161, AUC, median, geodesic distances, and the
 * corpus reader's handling of bad lines (that part needs the gazetteer).
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "eval.h"
#include "geoevents/geoevents.h"

#include "check.h"
#define NEAR(a, b, tol) CHECK(fabs((double)(a) - (double)(b)) <= (tol))

static ge_eval_span gold(uint32_t s, uint32_t e, double lat, double lon)
{
    ge_eval_span g = {s, e, !isnan(lat), lat, lon, UINT32_MAX, 0};
    return g;
}

static ge_eval_span pred(uint32_t s, uint32_t e, double lat, double lon)
{
    ge_eval_span p = {s, e, !isnan(lat), lat, lon, isnan(lat) ? UINT32_MAX : 1u, 0};
    return p;
}

static void test_distance(void)
{
    /* Baghdad - Erbil: about 320 km */
    double d = ge_eval_km(33.3406, 44.4009, 36.1912, 44.0092);
    CHECK(d > 300 && d < 340);
    /* one degree of longitude on the equator of WGS84: 111.32 km */
    NEAR(ge_eval_km(0, 0, 0, 1), 111.3195, 0.01);
    /* one degree of latitude at the equator: 110.57 km (ellipsoid, not sphere) */
    NEAR(ge_eval_km(0, 0, 1, 0), 110.574, 0.01);
    NEAR(ge_eval_km(12.5, -70, 12.5, -70), 0, 1e-9);
    /* antipodes: half a meridian, 20004 km */
    NEAR(ge_eval_km(90, 0, -90, 0), 20003.93, 0.1);
    /* symmetric, and across the antimeridian */
    NEAR(ge_eval_km(10, 179.5, 10, -179.5), ge_eval_km(10, -179.5, 10, 179.5), 1e-6);
    CHECK(ge_eval_km(10, 179.5, 10, -179.5) < 120);
}

static void test_exact_and_overlap(void)
{
    /* gold: "Paris" [0,5) and "Texas" [7,12) and "Ohio" [20,24); predicted:
     * "Paris, Texas" [0,12) (overlaps both: pairs with Paris only), "Ohio"
     * exact, and a false positive [30,35). */
    ge_eval_span g[] = {gold(0, 5, NAN, NAN), gold(7, 12, NAN, NAN), gold(20, 24, NAN, NAN)};
    ge_eval_span p[] = {pred(0, 12, NAN, NAN), pred(20, 24, NAN, NAN), pred(30, 35, NAN, NAN)};
    ge_eval_stats s;
    memset(&s, 0, sizeof s);
    int32_t gp[3], pg[3];
    uint8_t ge[3];
    ge_eval_match m = {gp, ge, pg};
    CHECK(ge_eval_score_doc(&s, g, 3, p, 3, &m) == 0);
    CHECK(s.docs == 1 && s.gold == 3 && s.pred == 3);
    CHECK(s.exact_tp == 1);
    CHECK(s.overlap_tp == 2);
    CHECK(gp[0] == 0 && gp[1] == -1 && gp[2] == 1);
    CHECK(pg[0] == 0 && pg[1] == 2 && pg[2] == -1);
    CHECK(ge[0] == 0 && ge[1] == 0 && ge[2] == 1);
    ge_eval_figures f;
    ge_eval_figures_of(&s, &f);
    NEAR(f.p_exact, 1.0 / 3, 1e-12);
    NEAR(f.r_exact, 1.0 / 3, 1e-12);
    NEAR(f.f_exact, 1.0 / 3, 1e-12);
    NEAR(f.p_overlap, 2.0 / 3, 1e-12);
    NEAR(f.r_overlap, 2.0 / 3, 1e-12);
    NEAR(f.f_overlap, 2.0 / 3, 1e-12);
    /* no coordinates anywhere: nothing to resolve */
    CHECK(s.res_n == 0 && s.gold_coords == 0);
    NEAR(f.acc161, 0, 0);
    ge_eval_stats_free(&s);
}

static void test_touching_spans_do_not_overlap(void)
{
    /* [0,5) and [5,9) share no code point; an empty prediction matches nothing */
    ge_eval_span g[] = {gold(0, 5, NAN, NAN)};
    ge_eval_span p[] = {pred(5, 9, NAN, NAN), pred(3, 3, NAN, NAN)};
    ge_eval_span ps[] = {p[1], p[0]}; /* sorted by start */
    ge_eval_stats s;
    memset(&s, 0, sizeof s);
    CHECK(ge_eval_score_doc(&s, g, 1, ps, 2, NULL) == 0);
    CHECK(s.overlap_tp == 0 && s.exact_tp == 0);
    /* partial overlap by one code point counts, and the exact one wins ties */
    ge_eval_span p2[] = {pred(0, 5, NAN, NAN), pred(4, 8, NAN, NAN)};
    ge_eval_span g2[] = {gold(0, 5, NAN, NAN), gold(6, 9, NAN, NAN)};
    memset(&s, 0, sizeof s);
    CHECK(ge_eval_score_doc(&s, g2, 2, p2, 2, NULL) == 0);
    CHECK(s.exact_tp == 1 && s.overlap_tp == 2);
    ge_eval_stats_free(&s);
}

static void test_resolution(void)
{
    /* four gold toponyms with coordinates and one without:
     *  Baghdad predicted at Baghdad (0 km), Erbil predicted at Baghdad
     *  (~320 km, wrong), Mosul predicted but unresolved (max error),
     *  Basra missed, and a coordinate-less gold recognised (not resolved). */
    double blat = 33.3406, blon = 44.4009, elat = 36.1912, elon = 44.0092;
    ge_eval_span g[] = {gold(0, 7, blat, blon), gold(10, 15, elat, elon),
                        gold(20, 25, 36.335, 43.119), gold(30, 35, 30.5, 47.8),
                        gold(40, 45, NAN, NAN)};
    ge_eval_span p[] = {pred(0, 7, blat, blon), pred(10, 15, blat, blon), pred(20, 25, NAN, NAN),
                        pred(40, 45, 1, 1)};
    ge_eval_stats s;
    memset(&s, 0, sizeof s);
    CHECK(ge_eval_score_doc(&s, g, 5, p, 4, NULL) == 0);
    CHECK(s.gold_coords == 4);
    CHECK(s.overlap_tp == 4 && s.exact_tp == 4);
    CHECK(s.res_n == 3);
    CHECK(s.res_ok == 1);
    CHECK(s.unresolved == 1);
    ge_eval_figures f;
    ge_eval_figures_of(&s, &f);
    double d = ge_eval_km(elat, elon, blat, blon);
    NEAR(f.acc161, 1.0 / 3, 1e-12);
    NEAR(f.e2e_acc161, 1.0 / 4, 1e-12);
    NEAR(f.mean_km, (0 + d + GE_EVAL_MAX_KM) / 3, 1e-6);
    NEAR(f.median_km, d, 1e-9);
    double auc = (log(1 + 0) + log(1 + d) + log(1 + GE_EVAL_MAX_KM)) / 3 / log(20039);
    NEAR(f.auc, auc, 1e-12);
    CHECK(f.auc > 0 && f.auc < 1);

    /* a second document: one exact hit 100 km off (still correct) */
    ge_eval_span g2[] = {gold(0, 4, 0, 0)};
    ge_eval_span p2[] = {pred(0, 4, 0, 0.898)}; /* ~100 km east */
    ge_eval_stats s2;
    memset(&s2, 0, sizeof s2);
    CHECK(ge_eval_score_doc(&s2, g2, 1, p2, 1, NULL) == 0);
    CHECK(s2.res_ok == 1);
    ge_eval_figures_of(&s2, &f);
    NEAR(f.median_km, 100, 0.5);
    NEAR(f.auc, log(1 + f.median_km) / log(20039), 1e-12);

    /* the "all corpora" sum: counts add, the median is over all errors */
    ge_eval_stats all;
    memset(&all, 0, sizeof all);
    CHECK(ge_eval_stats_add(&all, &s) == 0);
    CHECK(ge_eval_stats_add(&all, &s2) == 0);
    CHECK(all.docs == 2 && all.gold == 6 && all.res_n == 4 && all.res_ok == 2);
    CHECK(all.nkm == 4);
    ge_eval_figures_of(&all, &f);
    NEAR(f.acc161, 0.5, 1e-12);
    NEAR(f.median_km, (ge_eval_km(0, 0, 0, 0.898) + d) / 2, 1e-9); /* even count: mean of two */
    NEAR(f.e2e_acc161, 2.0 / 5, 1e-12);
    ge_eval_stats_free(&s);
    ge_eval_stats_free(&s2);
    ge_eval_stats_free(&all);
}

static void test_kinds(void)
{
    CHECK(ge_eval_parse_kinds("toponym") == 1u << GE_KIND_TOPONYM);
    CHECK(ge_eval_parse_kinds("toponym,metonym") ==
          ((1u << GE_KIND_TOPONYM) | (1u << GE_KIND_METONYM)));
    CHECK(ge_eval_parse_kinds("demonym,") == 1u << GE_KIND_DEMONYM);
    CHECK(ge_eval_parse_kinds("toponyms") == 0);
    CHECK(ge_eval_parse_kinds("toponym,,demonym") == 0);
}

static void test_empty(void)
{
    ge_eval_stats s;
    memset(&s, 0, sizeof s);
    CHECK(ge_eval_score_doc(&s, NULL, 0, NULL, 0, NULL) == 0);
    ge_eval_figures f;
    ge_eval_figures_of(&s, &f);
    CHECK(s.docs == 1);
    CHECK(f.p_overlap == 0 && f.r_overlap == 0 && f.f_overlap == 0 && f.auc == 0 &&
          f.median_km == 0);
    ge_eval_stats_free(&s);
}

static void count_diag(void *user, const char *file, long line, const char *msg)
{
    (void)file;
    (void)msg;
    long *lines = user;
    if (lines[0] < 8)
        lines[1 + lines[0]] = line;
    lines[0]++;
}

/* The corpus reader: bad lines are reported with their line number and
 * skipped; good ones are scored. Needs a gazetteer to run the pipeline. */
static int test_corpus_reader(void)
{
    const char *gpath = getenv("GEOEVENTS_GAZETTEER");
    ge_gazetteer *g = NULL;
    char err[256];
    if (!gpath || ge_gazetteer_open(gpath, 0, &g, err, sizeof err) != GE_OK) {
        printf("test_eval: corpus reader skipped (no gazetteer)\n");
        return 0;
    }
    char path[512];
    snprintf(path, sizeof path, "%s.jsonl", GE_TEST_TMP);
    FILE *f = fopen(path, "w");
    CHECK(f != NULL);
    if (!f) {
        ge_gazetteer_close(g);
        return 0;
    }
    fputs("{\"id\": \"t-0\", \"corpus\": \"unit\", \"text\": \"Fighting in Baghdad.\", "
          "\"toponyms\": [{\"start\": 12, \"end\": 19, \"lat\": 33.34, \"lon\": 44.40}]}\n"
          "this is not json\n"
          "\n"
          "{\"id\": \"t-2\", \"toponyms\": []}\n"
          "{\"id\": \"t-3\", \"text\": \"Caf\\u00e9 in Erbil\", \"toponyms\": "
          "[{\"start\": 8, \"end\": 13, \"lat\": 36.19, \"lon\": 44.01}, {\"start\": 9, \"end\": 99}]}\n"
          "{\"id\": \"t-4\", \"text\": \"nothing to see here\", \"toponyms\": []}\n",
          f);
    fclose(f);
    long lines[9] = {0};
    ge_diag diag = {count_diag, lines};
    ge_eval_stats s;
    memset(&s, 0, sizeof s);
    FILE *errs = tmpfile();
    CHECK(ge_eval_corpus(g, path, NULL, errs, &diag, &s) == GE_OK);
    CHECK(s.docs == 3); /* the last one has no mention at all */
    CHECK(s.bad_lines == 2);
    CHECK(s.gold == 2); /* the out-of-range toponym is dropped */
    CHECK(s.gold_coords == 2);
    CHECK(lines[0] == 3);
    CHECK(lines[1] == 2 && lines[2] == 4 && lines[3] == 5);
    CHECK(strcmp(s.name, "unit") == 0 && !s.precision_na);
    fclose(errs);
    ge_eval_stats_free(&s);
    remove(path);
    ge_gazetteer_close(g);
    return 0;
}

int main(void)
{
    test_distance();
    test_exact_and_overlap();
    test_touching_spans_do_not_overlap();
    test_resolution();
    test_empty();
    test_kinds();
    test_corpus_reader();
    printf("test_eval: %d passed, %d failed\n", passes, fails);
    return fails ? 1 : 0;
}
