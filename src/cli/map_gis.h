/*
 * map_gis.h -- the GIS-user side of `geoevents map`: ogr2ogr-style options
 * (-lco, -dsco, -nln, -append, -progress), GDAL/PROJ error messages in the
 * tool's own words (--debug keeps GDAL's raw lines), dropped features, and
 * the exit status rules.
 */
#ifndef GE_CLI_MAP_GIS_H
#define GE_CLI_MAP_GIS_H

#include <stddef.h>

#include "cli.h"

/* Exit status of `geoevents map`. */
enum {
    MAP_EXIT_OK = 0,      /* every input read, every feature written */
    MAP_EXIT_FAIL = 1,    /* nothing written (or the old output kept) */
    MAP_EXIT_USAGE = 2,   /* bad command line */
    MAP_EXIT_PARTIAL = 3  /* output written, but an input was skipped or a feature dropped */
};

/* GDAL and PROJ errors raised while the command runs. */
typedef struct map_gdal_log {
    int debug, quiet;
    size_t failures, warnings; /* since the last map_gdal_mark */
    char last[512];            /* the last failure (or warning) message */
} map_gdal_log;

/* Progress on stderr in GDALTermProgress's style ("0...10...20..."), so
 * that standard output stays free for data. Unless forced, nothing shows
 * before the run has taken a second. */
typedef struct map_progress {
    int forced;
    double t0;     /* CLOCK_MONOTONIC seconds at the start */
    int ticks;     /* ticks printed (40 = done) */
    int shown, finished;
    int said;      /* a step's message was printed (the tiler's) */
    int fd;        /* the descriptor reading the single input, -1 unknown */
    long long size;/* its size in bytes, 0 when progress is by input */
    char *input;   /* its resolved path */
} map_progress;

typedef struct map_gis {
    char **lco, **dsco; /* CSL lists, owned */
    const char *nln;
    int append;
    int progress;      /* -1 default (on a terminal), 0 off, 1 forced */
    int debug;
    int keep_going;
    const char *summary_json;
    int top;           /* entries per --summary list (0 = all) */
    map_gdal_log log;
    map_progress prog;
} map_gis;

/* Parses one GIS option at argv[*i]: returns -1 when argv[*i] is none of
 * them, -2 when it was taken, or an exit status (usage error). */
int map_gis_option(map_gis *g, int argc, char **argv, int *i);
void map_gis_free(map_gis *g);

/* Routes GDAL/PROJ errors of this thread to g->log (pushed handler, with the
 * log as user data) until map_gdal_end. */
void map_gdal_begin(map_gdal_log *log);
void map_gdal_end(void);
/* Forgets the errors counted so far (before a step whose errors are wanted). */
void map_gdal_mark(map_gdal_log *log);

/* What adding one document to the output said (or a part's seal), for the
 * writing thread to report in order, whichever thread added it. */
typedef struct map_prep {
    ge_status st;    /* the adding's */
    size_t failures; /* GDAL/PROJ errors it raised */
    int dropped;     /* it left a feature out (the target CRS) */
    char last[512];  /* the last error's message */
} map_prep;

/* Notes status st and the errors raised since map_gdal_mark(log) in pr
 * (pr->dropped is the caller's). */
void map_prep_note(map_prep *pr, ge_status st, const map_gdal_log *log);

/* Prints "N events, M mentions dropped: ... cannot represent: Place (lon, lat), ..."
 * once; returns the number of features dropped. */
size_t map_report_dropped(const ge_writer *w, const char *t_srs, int quiet);

/* GDALProgressFunc: user is a map_progress. */
int map_progress_fn(double done, const char *message, void *user);
/* Starts progress for the inputs (by bytes read for one regular file). */
void map_progress_start(map_progress *p, int forced, const char *const *inputs, size_t ninputs);
/* The share of a single input read so far, or -1 when unknown. */
double map_progress_bytes(map_progress *p);
void map_progress_free(map_progress *p);

/* The help text of these options. */
extern const char map_gis_usage[];

#endif
