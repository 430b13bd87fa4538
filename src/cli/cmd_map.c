/*
 * cmd_map.c -- `geoevents map`: articles in, GIS layers out. Parses the
 * options, then runs read -> ge_doc_process -> ge_writer_add per article,
 * with reading, processing and writing overlapped (pipeline.c; the library
 * keeps no global state; reading and writing each stay on one thread, in
 * order). --shard keeps a stable subset of the articles; -o - streams.
 */
#include <dirent.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>
#include <unistd.h>

#include <cjson/cJSON.h>

#include "cli.h"
#include "gis.h"
#include "pipeline.h"
#include "map_gis.h"
#include "map_parts.h"
#include "map_stats.h"

/* Set by SIGINT/SIGTERM; the loop stops, removes the temporary output and
 * leaves any old output untouched. The one piece of global state a signal
 * handler needs. */
static volatile sig_atomic_t interrupted;

static void on_signal(int sig)
{
    (void)sig;
    interrupted = 1;
}

typedef struct map_args {
    const char **inputs;
    size_t ninputs;
    const char *output;
    const char *gazetteer, *lexicon_dir, *date, *home;
    const char **lexicons;
    size_t nlexicons;
    ge_write_options wopt;
    ge_read_options ropt;
    int strict, summary, quiet;
    int threads; /* 0: one per processor (at most MAX_THREADS) */
    double min_confidence; /* events below it are not written */
    unsigned shard_k, shard_n; /* --shard K/N: this run keeps shard K of N (0/0: all) */
    int to_stdout;             /* -o - or /vsistdout/: flushed after every batch */
    int counters;              /* --counters: Hadoop Streaming counter lines on stderr */
    map_gis gis; /* ogr2ogr-style options, GDAL errors, exit status (map_gis.c) */
} map_args;

#define MAX_THREADS 16

static void usage(FILE *f)
{
    fputs(
        "Usage: geoevents map INPUT... -o OUTPUT [OPTIONS]\n"
        "\n"
        "Finds the places and events that news articles report and writes them as\n"
        "GIS layers (events, mentions, articles) through GDAL/OGR.\n"
        "\n"
        "INPUT: text or HTML files, folders (recursive), JSON Lines (one article a\n"
        "line), archives (.gz .zip .tar .tar.gz, /vsi... paths), or - for stdin.\n"
        "\n"
        "Options:\n"
        "  -o, --output PATH       output file or folder (required); the format comes\n"
        "                          from the extension: .geojson .geojsonl .gpkg .shp\n"
        "                          or a folder (Shapefiles), .fgb .csv .kml .mbtiles\n"
        "                          .html (web map) .jsonl (PLOVER JSON Lines)\n"
        "                          - or /vsistdout/: standard output, GeoJSONSeq unless\n"
        "                          -f GeoJSON, CSV or PLOVER; events layer only\n"
        "  -f, --driver NAME       OGR driver short name (as in ogr2ogr), or HTML, PLOVER\n"
        "  -t_srs SRS              reproject to SRS (EPSG:3857, a PROJ string, WKT...)\n"
        "  --layers LIST           events,mentions,articles (default: all three for\n"
        "                          GPKG, MBTiles and Shapefile folders; events only for\n"
        "                          single-layer formats, others go beside as\n"
        "                          NAME.mentions.EXT and NAME.articles.EXT)\n"
        "  --format plover         write PLOVER JSON Lines whatever the extension\n"
        "  --gazetteer FILE        gazetteer file (default: $GEOEVENTS_GAZETTEER or the\n"
        "                          one built by setup.sh)\n"
        "  --lexicon FILE          an extra event lexicon file (repeatable)\n"
        "  --lexicon-dir DIR       the event lexicon folder (default: $GEOEVENTS_LEXICON_DIR)\n"
        "  --date YYYY-MM-DD       publication date for articles that give none\n"
        "  --home REGION           the region the source covers, for articles that give\n"
        "                          none (a JSON 'home' field): a state or country by name\n"
        "                          ('Ohio', 'Gujarat, India') or code ('US-OH', 'US'); its\n"
        "                          namesakes win where the text does not say otherwise\n"
        "  --max-bytes N           truncate longer articles, with a message (default 4194304)\n"
        "  --counters              after every batch, 'reporter:counter:geoevents,articles,N'\n"
        "                          (and events) on stderr: progress for Hadoop Streaming,\n"
        "                          scripts/geoevents-dask.py and other engines\n"
        "  --threads N             articles processed in parallel (default: one per\n"
        "                          processor; one per processor / N with --shard K/N)\n"
        "  --shard K/N             keep only shard K (1..N) of the articles: those whose\n"
        "                          id's FNV-1a 64 hash modulo N is K-1; N runs with\n"
        "                          K = 1..N read the same inputs and share them out\n"
        "  --id-field NAME, --title-field NAME, --url-field NAME, --date-field NAME,\n"
        "  --text-field NAME       JSON Lines field names (default id title url date text)\n"
        "  --overwrite             replace an existing output\n"
        "  --keep-unlocated        also write events with no place (empty geometry)\n"
        "  --csv-raw               CSV: write cells that start with = + - @ as they are\n"
        "                          (by default they get a leading ' so that spreadsheets\n"
        "                          do not run them as formulas)\n"
        "  --min-confidence X      write only events whose confidence (the estimated\n"
        "                          probability that the record is a real event) is >= X\n"
        "  --strict                stop at the first bad input (nothing is written)\n"
        "  --summary               counts by event type, country and day on stderr\n"
        "  -q, --quiet             no summary line, no progress, no warnings\n"
        "  -h, --help              this help\n"
        "\n",
        f);
    fputs(map_gis_usage, f);
    fputs(
        "\n"
        "Output is written under a temporary name and renamed into place only when\n"
        "complete. Exit status: 0 every input read and every feature written;\n"
        "1 failure (nothing written, an old output left as it was); 2 usage error;\n"
        "3 written, but an input was missing or unreadable, or a feature was dropped\n"
        "(each named once on stderr).\n"
        "\n"
        "Examples:\n"
        "  geoevents map article.txt -o events.geojson\n"
        "  geoevents map news/ -o events.gpkg -t_srs EPSG:3857\n"
        "  geoevents map corpus.jsonl --text-field body -o events.csv\n",
        f);
}

static int parse_layers(const char *s, unsigned *out)
{
    unsigned v = 0;
    while (*s) {
        size_t n = strcspn(s, ",");
        if (n == 6 && !strncmp(s, "events", 6))
            v |= GE_LAYER_EVENTS;
        else if (n == 8 && !strncmp(s, "mentions", 8))
            v |= GE_LAYER_MENTIONS;
        else if (n == 8 && !strncmp(s, "articles", 8))
            v |= GE_LAYER_ARTICLES;
        else if (n == 3 && !strncmp(s, "all", 3))
            v |= GE_LAYER_EVENTS | GE_LAYER_MENTIONS | GE_LAYER_ARTICLES;
        else if (n)
            return -1;
        s += n;
        if (*s == ',')
            s++;
    }
    *out = v;
    return v ? 0 : -1;
}

static int valid_date(const char *s)
{
    int y, m, d;
    char tail;
    return strlen(s) == 10 && sscanf(s, "%4d-%2d-%2d%c", &y, &m, &d, &tail) == 3 && m >= 1 &&
           m <= 12 && d >= 1 && d <= 31;
}

/* Options that take a value: "--opt VALUE" or "--opt=VALUE". */
static const char *const value_options[] = {
    "-o", "--output", "-f", "--driver", "-t_srs", "--t_srs", "--layers", "--format",
    "--gazetteer", "--lexicon", "--lexicon-dir", "--date", "--home", "--id-field", "--title-field",
    "--url-field", "--date-field", "--text-field", "--max-bytes", "--threads", "--shard",
    "--min-confidence",
};

/* If argv[*i] is a value option, returns its name and sets *value (NULL
 * when missing); returns NULL otherwise. */
static const char *value_option(int argc, char **argv, int *i, const char **value)
{
    const char *a = argv[*i];
    for (size_t k = 0; k < sizeof value_options / sizeof *value_options; k++) {
        const char *name = value_options[k];
        size_t n = strlen(name);
        if (strncmp(a, name, n) != 0 || (a[n] != '\0' && a[n] != '='))
            continue;
        if (a[n] == '=')
            *value = a + n + 1;
        else
            *value = *i + 1 < argc ? argv[++*i] : NULL;
        return name;
    }
    return NULL;
}

/* Applies one value option; returns -1 to go on, or an exit status. */
static int set_value(map_args *m, const char *o, const char *v)
{
    if (!strcmp(o, "-o") || !strcmp(o, "--output"))
        m->output = v;
    else if (!strcmp(o, "-f") || !strcmp(o, "--driver"))
        m->wopt.driver = v;
    else if (!strcmp(o, "-t_srs") || !strcmp(o, "--t_srs"))
        m->wopt.t_srs = v;
    else if (!strcmp(o, "--layers")) {
        if (parse_layers(v, &m->wopt.layers) != 0)
            return cli_usage("map", "--layers: '%s': use events, mentions, articles", v);
    } else if (!strcmp(o, "--format")) {
        if (strcasecmp(v, "plover") != 0)
            return cli_usage("map", "--format: '%s': only 'plover' is known", v);
        m->wopt.driver = "PLOVER";
    } else if (!strcmp(o, "--gazetteer"))
        m->gazetteer = v;
    else if (!strcmp(o, "--lexicon"))
        m->lexicons[m->nlexicons++] = v;
    else if (!strcmp(o, "--lexicon-dir"))
        m->lexicon_dir = v;
    else if (!strcmp(o, "--date")) {
        if (!valid_date(v))
            return cli_usage("map", "--date: '%s' is not YYYY-MM-DD", v);
        m->date = v;
    } else if (!strcmp(o, "--home"))
        m->home = v;
    else if (!strcmp(o, "--id-field"))
        m->ropt.id_field = v;
    else if (!strcmp(o, "--title-field"))
        m->ropt.title_field = v;
    else if (!strcmp(o, "--url-field"))
        m->ropt.url_field = v;
    else if (!strcmp(o, "--date-field"))
        m->ropt.date_field = v;
    else if (!strcmp(o, "--text-field"))
        m->ropt.text_field = v;
    else if (!strcmp(o, "--threads")) {
        char *end;
        long n = strtol(v, &end, 10);
        if (*end || n < 1 || n > MAX_THREADS)
            return cli_usage("map", "--threads: '%s' is not a number from 1 to 16", v);
        m->threads = (int)n;
    } else if (!strcmp(o, "--min-confidence")) {
        char *end;
        double x = strtod(v, &end);
        if (*end || !(x >= 0 && x <= 1))
            return cli_usage("map", "--min-confidence: '%s' is not a number from 0 to 1", v);
        m->min_confidence = x;
    } else if (!strcmp(o, "--shard")) {
        unsigned k, n;
        char tail;
        if (sscanf(v, "%u/%u%c", &k, &n, &tail) != 2 || n < 1 || k < 1 || k > n)
            return cli_usage("map", "--shard: '%s' is not K/N with 1 <= K <= N", v);
        m->shard_k = k;
        m->shard_n = n;
    } else if (!strcmp(o, "--max-bytes")) {
        char *end;
        unsigned long long n = strtoull(v, &end, 10);
        if (*end || n == 0)
            return cli_usage("map", "--max-bytes: '%s' is not a positive number of bytes", v);
        m->ropt.max_bytes = (size_t)n;
    }
    return -1;
}

/* Returns -1 to go on, or an exit status. */
static int parse_args(int argc, char **argv, map_args *m)
{
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i], *v = NULL, *o;
        int rc;
        if (!strcmp(a, "-h") || !strcmp(a, "--help")) {
            usage(stdout);
            return 0;
        }
        if ((o = value_option(argc, argv, &i, &v))) {
            if (!v || !*v)
                return cli_usage("map", "option '%s' needs a value", o);
            rc = set_value(m, o, v);
            if (rc >= 0)
                return rc;
        } else if ((rc = map_gis_option(&m->gis, argc, argv, &i)) != -1) {
            if (rc != -2)
                return rc;
        } else if (!strcmp(a, "--overwrite"))
            m->wopt.overwrite = 1;
        else if (!strcmp(a, "--keep-unlocated"))
            m->wopt.keep_unlocated = 1;
        else if (!strcmp(a, "--csv-raw"))
            m->wopt.csv_raw = 1;
        else if (!strcmp(a, "--strict"))
            m->strict = 1;
        else if (!strcmp(a, "--counters"))
            m->counters = 1;
        else if (!strcmp(a, "--summary"))
            m->summary = 1;
        else if (!strcmp(a, "-q") || !strcmp(a, "--quiet"))
            m->quiet = 1;
        else if (a[0] == '-' && a[1] != '\0')
            return cli_usage("map", "unknown option '%s'", a);
        else
            m->inputs[m->ninputs++] = a;
    }
    if (!m->output)
        return cli_usage("map", "%s", "no output: give -o OUTPUT");
    if (!m->ninputs)
        return cli_usage("map", "%s", "no input: give files, folders or - for stdin");
    m->to_stdout = !strcmp(m->output, "-") || !strncmp(m->output, "/vsistdout", 10);
    return -1;
}

/* ------------------------------------------------------------- the run */

/* Which of the command-line inputs an article came from (for progress). */
static size_t input_index(const map_args *m, const ge_article *a, size_t last)
{
    if (!a->source)
        return last;
    for (size_t i = last; i < m->ninputs; i++)
        if (!strncmp(a->source, m->inputs[i], strlen(m->inputs[i])))
            return i;
    return last;
}

static int lexicon_dir_has_files(const char *dir)
{
    DIR *d = opendir(dir);
    if (!d)
        return 0;
    int found = 0;
    struct dirent *e;
    while (!found && (e = readdir(d))) {
        size_t n = strlen(e->d_name);
        found = n > 4 && !strcmp(e->d_name + n - 4, ".txt");
    }
    closedir(d);
    return found;
}

typedef struct map_run {
    map_args *m;
    ge_gazetteer *g;
    ge_lexicon *lx;
    ge_reader *r;
    ge_writer *w;
    map_stats st;
    size_t diag_count;    /* bad inputs the reader reported (reading thread) */
    size_t bad_processed; /* articles processing refused (writing thread) */
    int progress;
    size_t where;
    map_parts parts; /* the output written from parts (map_parts.h), or none */
} map_run;

/* --shard K/N: an article belongs to shard FNV-1a-64(id) % N + 1. The hash
 * of the id bytes is fixed (offset basis 14695981039346656037, prime
 * 1099511628211), so every run on every machine agrees without talking. */
static int in_shard(const map_args *m, const ge_article *a)
{
    if (!m->shard_n)
        return 1;
    uint64_t h = 1469598103934665603ull;
    for (const char *c = a->id ? a->id : ""; *c; c++) {
        h ^= (unsigned char)*c;
        h *= 1099511628211ull;
    }
    return h % m->shard_n == m->shard_k - 1;
}

/* Reads up to CLI_BATCH articles (of this shard). Returns 0, or an exit
 * status (1) when reading must stop the run; *end is set at the end of the
 * input (or on an interrupt). Runs on the reading thread. */
static int read_batch(void *ctx, ge_doc *docs, size_t *n, int *end)
{
    map_run *run = ctx;
    map_args *m = run->m;
    while (*n < CLI_BATCH && !interrupted) {
        ge_doc *doc = &docs[*n];
        ge_status st = ge_reader_next(run->r, &doc->article);
        if (m->strict && run->diag_count > ge_reader_notes(run->r)) {
            ge_doc_free(doc);
            cli_error("stopping at the first bad input (--strict); nothing written");
            return 1;
        }
        if (st == GE_END) {
            *end = 1;
            break;
        }
        if (st != GE_OK) {
            cli_error("reading input: %s", ge_strerror(st));
            return 1;
        }
        if (!in_shard(m, &doc->article)) {
            ge_doc_free(doc);
            memset(doc, 0, sizeof *doc);
            continue;
        }
        if (!doc->article.published && m->date)
            doc->article.published = strdup(m->date);
        if (doc->article.home && !ge_region_known(run->g, doc->article.home)) {
            /* a note, not a bad input: the article is mapped without it */
            char msg[320];
            snprintf(msg, sizeof msg,
                     "home '%.200s': no state or country of that name or code in the "
                     "gazetteer; ignored",
                     doc->article.home);
            cli_diag_stderr(NULL, doc->article.source, doc->article.line, msg);
            free(doc->article.home);
            doc->article.home = NULL;
        }
        if (!doc->article.home && m->home)
            doc->article.home = strdup(m->home);
        ++*n;
    }
    if (interrupted)
        *end = 1;
    return 0;
}

static ge_status process_doc(void *ctx, ge_doc *doc)
{
    const map_run *run = ctx;
    ge_status st = ge_doc_process(run->g, run->lx, doc);
    ge_events_filter(&doc->events, run->m->min_confidence);
    return st;
}

/* The prepare stage, when the output is written from parts. */
static void prepare_batch(void *ctx, size_t slot, ge_doc *docs, const ge_status *sts, size_t n)
{
    map_run *run = ctx;
    map_parts_prepare(&run->parts, &run->m->gis.log, slot, docs, sts, n);
}

/* Writes the processed batch in input order. Returns 0 or an exit status.
 * Runs on the calling thread. */
static int write_batch(void *ctx, size_t slot, ge_doc *docs, const ge_status *sts, size_t n)
{
    map_run *run = ctx;
    map_args *m = run->m;
    ge_writer_part *part = run->parts.prep[slot] ? run->parts.part[slot] : NULL;
    size_t articles0 = run->st.articles, events0 = run->st.events;
    for (size_t i = 0; i < n; i++) {
        ge_doc *doc = &docs[i];
        ge_status st = sts[i];
        if (st == GE_ERR_NOMEM) {
            cli_error("%s", ge_strerror(st));
            return 1;
        }
        if (st != GE_OK) {
            ge_diag d = {cli_diag_stderr, &run->bad_processed};
            ge_diag_report(&d, doc->article.source, doc->article.line, "cannot process: %s",
                           ge_strerror(st));
            if (m->strict) {
                cli_error("stopping at the first bad input (--strict); nothing written");
                return 1;
            }
            continue;
        }
        map_prep added, *pr = part ? &run->parts.prep[slot][i] : &added;
        if (!part) {
            map_gdal_mark(&m->gis.log);
            size_t dropped = ge_writer_dropped(run->w, NULL, NULL);
            map_prep_note(&added, ge_writer_add(run->w, doc), &m->gis.log);
            added.dropped = ge_writer_dropped(run->w, NULL, NULL) != dropped;
        }
        if (pr->st != GE_OK) {
            cli_error("%s: writing failed: %s%s%s", m->output, ge_strerror(pr->st),
                      pr->last[0] ? ": " : "", pr->last);
            return 1;
        }
        if (pr->failures && !pr->dropped) {
            ge_diag d = {cli_diag_stderr, &run->bad_processed};
            ge_diag_report(&d, doc->article.source, doc->article.line,
                           "the output refused a value: %s", pr->last);
        }
        map_count_doc(&run->st, run->g, doc, m->summary || m->gis.summary_json);
        if (run->progress) {
            run->where = input_index(m, &doc->article, run->where);
            double done = map_progress_bytes(&m->gis.prog);
            if (done < 0 && m->ninputs > 1)
                done = (double)run->where / (double)m->ninputs;
            if (done >= 0)
                map_progress_fn(done * 0.99, NULL, &m->gis.prog);
        }
    }
    if (part) {
        map_prep *pr = &run->parts.sealed[slot];
        if (pr->st == GE_OK) {
            map_gdal_mark(&m->gis.log);
            map_prep_note(pr, ge_writer_add_part(run->w, part), &m->gis.log);
        }
        if (pr->st != GE_OK) {
            cli_error("%s: writing failed: %s%s%s", m->output, ge_strerror(pr->st),
                      pr->last[0] ? ": " : "", pr->last);
            return 1;
        }
    }
    if (m->counters)
        fprintf(stderr,
                "reporter:counter:geoevents,articles,%zu\nreporter:counter:geoevents,events,%zu\n",
                run->st.articles - articles0, run->st.events - events0);
    if (m->to_stdout && fflush(stdout) != 0) {
        cli_error("standard output: writing failed");
        return 1;
    }
    return 0;
}

/* Threads: --threads, else one per processor; one when several runs share
 * the machine (--shard, or standard output under an engine), which starts
 * as many runs as it has cores. */
static size_t thread_count(const map_args *m)
{
    long ncpu = sysconf(_SC_NPROCESSORS_ONLN);
    size_t n = m->threads                    ? (size_t)m->threads
               : m->shard_n || m->to_stdout ? 1
               : ncpu > 0                    ? (size_t)ncpu
                                             : 1;
    return n > MAX_THREADS ? MAX_THREADS : n;
}

static int run_loop(map_run *run)
{
    map_args *m = run->m;
    run->progress = m->wopt.progress != NULL;
    if (run->progress)
        map_progress_fn(0.0, NULL, &m->gis.prog);
    /* --strict stops at the first bad input: one thread keeps that exact */
    size_t nthreads = m->strict ? 1 : thread_count(m);
    int status = map_parts_make(&run->parts, run->w, nthreads > 1 ? CLI_SLOTS : 1, m->output);
    cli_stages stages = {run, read_batch, process_doc, run->parts.prep[0] ? prepare_batch : NULL,
                         write_batch};
    if (status == 0)
        status = cli_pipeline_run(&stages, nthreads);
    map_parts_free(&run->parts);
    if (status)
        return status;
    if (interrupted) {
        cli_error("interrupted; %s left as it was", m->output);
        return 130;
    }
    return 0;
}

static int setup_run(map_run *run)
{
    map_args *m = run->m;
    run->g = cli_open_gazetteer(m->gazetteer);
    if (!run->g)
        return 1;
    if (m->home && !ge_region_known(run->g, m->home)) {
        cli_error("--home %s: no state or country of that name or code in the gazetteer "
                  "(examples: 'Ohio', 'Gujarat, India', 'US-OH', 'US')",
                  m->home);
        return 1;
    }
    const char *dir = cli_lexicon_dir(m->lexicon_dir);
    if (m->nlexicons || lexicon_dir_has_files(dir)) {
        m->lexicons[m->nlexicons] = NULL;
        run->lx = cli_load_lexicon(m->lexicon_dir, m->lexicons);
        if (!run->lx)
            return 1;
    } else if (!m->quiet) {
        cli_error("warning: no event lexicon in %s; writing places only", dir);
    }
    m->wopt.lco = m->gis.lco;
    m->wopt.dsco = m->gis.dsco;
    m->wopt.nln = m->gis.nln;
    m->wopt.append = m->gis.append;
    if (m->gis.append)
        m->wopt.overwrite = 0;
    char err[1024] = "";
    ge_status st = ge_writer_open(m->output, &m->wopt, run->g, &run->w, err, sizeof err);
    if (st != GE_OK) {
        cli_error("%s", err[0] ? err : ge_strerror(st));
        return 1;
    }
    ge_diag diag = {cli_diag_stderr, &run->diag_count};
    st = ge_reader_open(m->inputs, m->ninputs, &m->ropt, &diag, &run->r);
    if (st != GE_OK) {
        cli_error("cannot read the inputs: %s", ge_strerror(st));
        return 1;
    }
    return 0;
}

static void print_summary(const map_run *run, double secs, size_t dropped)
{
    const map_stats *s = &run->st;
    char drop[64] = "", fixed[64] = "";
    if (dropped)
        snprintf(drop, sizeof drop, "%zu features dropped, ", dropped);
    if (s->repaired)
        snprintf(fixed, sizeof fixed, "%zu repaired (mojibake), ", s->repaired);
    fprintf(stderr,
            "geoevents: %zu articles, %zu mentions resolved, %zu events (%zu without a place), "
            "%zu unresolved, %zu bad inputs, %s%s%.2f s -> %s\n",
            s->articles, s->mentions, s->events, s->unlocated, s->unresolved, s->bad, fixed, drop,
            secs, run->m->output);
}

#ifdef GE_CLI_CORE
/* Does this run need GDAL? Then need says what, in words. The program
 * without GDAL writes PLOVER JSON Lines and the HTML map from plain files,
 * folders of them and stdin; an OGR format, an archive, a compressed file,
 * a /vsi path or a folder holding one, and --debug (GDAL's own messages) go
 * to the GDAL module. */
static int needs_gdal(const map_args *m, char *need, size_t n)
{
    const char *d = m->wopt.driver && *m->wopt.driver ? m->wopt.driver
                    : m->to_stdout                       ? "GeoJSONSeq"
                                                         : ge_driver_for_path(m->output);
    if (d && strcasecmp(d, "PLOVER") != 0 && strcasecmp(d, "JSONL") != 0 &&
        strcasecmp(d, "HTML") != 0) {
        snprintf(need, n, "writing %.64s (%.200s)", d, m->output);
        return 1;
    }
    if (m->gis.debug) {
        snprintf(need, n, "--debug");
        return 1;
    }
    for (size_t i = 0; i < m->ninputs; i++) {
        if (rd_input_needs_vsi(m->inputs[i])) {
            snprintf(need, n, "reading %.250s", m->inputs[i]);
            return 1;
        }
    }
    return 0;
}
#endif

int cmd_map(int argc, char **argv)
{
    map_args m;
    memset(&m, 0, sizeof m);
    m.inputs = calloc((size_t)argc + 1, sizeof *m.inputs);
    m.lexicons = calloc((size_t)argc + 1, sizeof *m.lexicons);
    if (!m.inputs || !m.lexicons) {
        free(m.inputs);
        free(m.lexicons);
        cli_error("out of memory");
        return 1;
    }
    m.gis.progress = -1;
    m.gis.top = 10;
    int rc = parse_args(argc, argv, &m);
    if (rc >= 0) {
        map_gis_free(&m.gis);
        free(m.inputs);
        free(m.lexicons);
        return rc;
    }
#ifdef GE_CLI_CORE
    char need[320];
    if (needs_gdal(&m, need, sizeof need)) {
        map_gis_free(&m.gis);
        free(m.inputs);
        free(m.lexicons);
        return cli_gdal_command(argc, argv, need);
    }
    cli_proj_preload(); /* while the gazetteer and the lexicon load */
#endif
    m.gis.log.debug = m.gis.debug;
    m.gis.log.quiet = m.quiet;
#ifndef GE_CLI_CORE
    map_gdal_begin(&m.gis.log);
#endif
    struct timespec t0, t1;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_signal;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGINT, &sa, NULL);
    sigaction(SIGTERM, &sa, NULL);

    if (m.gis.progress == 1 || (m.gis.progress < 0 && !m.quiet && isatty(STDERR_FILENO))) {
        map_progress_start(&m.gis.prog, m.gis.progress == 1, m.inputs, m.ninputs);
        m.wopt.progress = map_progress_fn; /* also through the tiling step, at commit */
        m.wopt.progress_user = &m.gis.prog;
    }
    map_run run;
    memset(&run, 0, sizeof run);
    run.m = &m;
    rc = setup_run(&run);
    if (rc == 0)
        rc = run_loop(&run);
    /* a repaired article (mojibake) may be reported, but nothing of it was lost */
    run.st.bad = run.diag_count - ge_reader_notes(run.r) + run.bad_processed;
    run.st.repaired = ge_reader_repaired(run.r);
    if (rc == 0 && run.st.articles == 0 && run.st.bad > 0) {
        cli_error("no article could be read; %s not written", m.output);
        rc = 1;
    }
    size_t dropped = 0;
    if (rc == 0)
        dropped = map_report_dropped(run.w, m.wopt.t_srs, 0);
    if (rc == 0 && dropped && m.strict) {
        cli_error("stopping: features dropped (--strict); nothing written");
        rc = 1;
    }
    if (rc == 0) {
        char err[1024] = "";
        ge_status st = ge_writer_commit(run.w, err, sizeof err);
        run.w = NULL;
        if (st != GE_OK) {
            cli_error("%s", err[0] ? err : ge_strerror(st));
            rc = 1;
        } else if (m.wopt.progress) {
            map_progress_fn(1.0, NULL, &m.gis.prog);
        }
    }
    if (run.w)
        ge_writer_abort(run.w);
    clock_gettime(CLOCK_MONOTONIC, &t1);
    double secs = (double)(t1.tv_sec - t0.tv_sec) + (double)(t1.tv_nsec - t0.tv_nsec) / 1e9;
    if (rc == 0 && !m.quiet)
        print_summary(&run, secs, dropped);
    if (rc == 0 && m.summary) {
        size_t top = (size_t)m.gis.top;
        map_tally_print(&run.st.by_type, "events by type", 1, top);
        map_tally_print(&run.st.by_country, "events by country", 1, top);
        map_tally_print(&run.st.by_day, "events by day", 0, top);
    }
    if (rc == 0 && m.gis.summary_json &&
        map_write_summary_json(&run.st, m.gis.summary_json, m.output, dropped, secs) != 0)
        rc = 1;
    map_tally_free(&run.st.by_type);
    map_tally_free(&run.st.by_country);
    map_tally_free(&run.st.by_day);
    if (run.r)
        ge_reader_close(run.r);
    ge_lexicon_free(run.lx);
    if (run.g)
        ge_gazetteer_close(run.g);
#ifndef GE_CLI_CORE
    map_gdal_end();
#else
    cli_proj_wait();
#endif
    map_progress_free(&m.gis.prog);
    map_gis_free(&m.gis);
    free(m.inputs);
    free(m.lexicons);
    if (rc == 0 && (run.st.bad > 0 || dropped > 0)) {
        if (!m.quiet)
            cli_error("exit status 3: %zu bad inputs, %zu features dropped (see above)",
                      run.st.bad, dropped);
        rc = MAP_EXIT_PARTIAL;
    }
    return rc == 130 ? 1 : rc;
}
