/*
 * bench.c -- times the library's stages on a corpus (not a test: run it
 * through bench/bench.sh). Reads every article into memory first, then:
 *   open   gazetteer open time (mmap + header checks), median of 21
 *   parse  text + recognize + resolve alone, MB/s (median of R runs)
 *   events the same plus event extraction, MB/s
 * Each throughput is given on wall time and on the process's CPU time (the
 * _cpu_ keys): on a loaded machine the CPU figures are the ones to compare.
 * Output: one "key value" line per figure, for the script to collect.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "geoevents/geoevents.h"

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

static double cpu_now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

static int cmp_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

static double median(double *v, size_t n)
{
    qsort(v, n, sizeof *v, cmp_double);
    return v[n / 2];
}

int main(int argc, char **argv)
{
    if (argc < 4) {
        fprintf(stderr, "usage: ge_bench GAZETTEER LEXICON_DIR CORPUS.jsonl [RUNS]\n");
        return 2;
    }
    const char *gazpath = argv[1];
    int runs = argc > 4 ? atoi(argv[4]) : 5;
    if (runs < 1)
        runs = 1;

    double opens[21];
    ge_gazetteer *g = NULL;
    char err[512];
    for (int i = 0; i < 21; i++) {
        double t0 = now();
        if (ge_gazetteer_open(gazpath, 0, &g, err, sizeof err) != GE_OK) {
            fprintf(stderr, "ge_bench: %s: %s\n", gazpath, err);
            return 1;
        }
        opens[i] = now() - t0;
        if (i < 20)
            ge_gazetteer_close(g);
    }
    printf("open_ms %.3f\n", median(opens, 21) * 1e3);

    char lexpath[4096];
    const char *lexfiles[8];
    const char *names[] = {"triggers.txt", "actors.txt", "agents.txt", "modifiers.txt"};
    size_t nl = 0;
    static char lexbuf[4][4096];
    for (size_t i = 0; i < 4; i++) {
        snprintf(lexpath, sizeof lexpath, "%s/%s", argv[2], names[i]);
        FILE *f = fopen(lexpath, "r");
        if (!f)
            continue;
        fclose(f);
        memcpy(lexbuf[nl], lexpath, sizeof lexpath);
        lexfiles[nl] = lexbuf[nl];
        nl++;
    }
    lexfiles[nl] = NULL;
    ge_lexicon *lx = NULL;
    if (nl && ge_lexicon_load(lexfiles, NULL, &lx) != GE_OK)
        lx = NULL;

    const char *inputs[] = {argv[3]};
    ge_reader *r = NULL;
    if (ge_reader_open(inputs, 1, NULL, NULL, &r) != GE_OK) {
        fprintf(stderr, "ge_bench: cannot read %s\n", argv[3]);
        return 1;
    }
    ge_article *arts = NULL;
    size_t n = 0, cap = 0, bytes = 0;
    ge_article a;
    while (ge_reader_next(r, &a) == GE_OK) {
        if (n == cap) {
            cap = cap ? cap * 2 : 1024;
            ge_article *p = realloc(arts, cap * sizeof *arts);
            if (!p)
                return 1;
            arts = p;
        }
        bytes += a.text_len;
        arts[n++] = a;
    }
    ge_reader_close(r);
    printf("articles %zu\nbytes %zu\n", n, bytes);

    double *t_parse = calloc((size_t)runs, sizeof(double));
    double *t_events = calloc((size_t)runs, sizeof(double));
    double *c_parse = calloc((size_t)runs, sizeof(double));
    double *c_events = calloc((size_t)runs, sizeof(double));
    size_t mentions = 0, events = 0;
    for (int run = 0; run < runs; run++) {
        for (int with_events = 0; with_events <= (lx != NULL); with_events++) {
            double t0 = now(), c0 = cpu_now();
            size_t nm = 0, ne = 0;
            for (size_t i = 0; i < n; i++) {
                ge_doc doc;
                memset(&doc, 0, sizeof doc);
                doc.article = arts[i]; /* borrowed: not freed below */
                ge_doc_process(g, with_events ? lx : NULL, &doc);
                nm += doc.mentions.n;
                ne += doc.events.n;
                ge_text_free(&doc.text);
                ge_mentions_free(&doc.mentions);
                ge_events_free(&doc.events);
            }
            double dt = now() - t0, dc = cpu_now() - c0;
            if (with_events) {
                c_events[run] = dc;
                t_events[run] = dt;
                events = ne;
            } else {
                c_parse[run] = dc;
                t_parse[run] = dt;
                mentions = nm;
            }
        }
    }
    double mb = (double)bytes / 1e6;
    printf("mentions %zu\n", mentions);
    printf("parse_mb_s %.1f\n", mb / median(t_parse, (size_t)runs));
    printf("parse_articles_s %.0f\n", (double)n / median(t_parse, (size_t)runs));
    printf("parse_cpu_mb_s %.1f\n", mb / median(c_parse, (size_t)runs));
    printf("parse_cpu_articles_s %.0f\n", (double)n / median(c_parse, (size_t)runs));
    if (lx) {
        printf("events %zu\n", events);
        printf("events_mb_s %.1f\n", mb / median(t_events, (size_t)runs));
        printf("events_articles_s %.0f\n", (double)n / median(t_events, (size_t)runs));
        printf("events_cpu_mb_s %.1f\n", mb / median(c_events, (size_t)runs));
    }
    for (size_t i = 0; i < n; i++)
        ge_article_free(&arts[i]);
    free(arts);
    free(t_parse);
    free(t_events);
    free(c_parse);
    free(c_events);
    ge_lexicon_free(lx);
    ge_gazetteer_close(g);
    return 0;
}
