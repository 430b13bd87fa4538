/*
 * cmd_merge.c -- `geoevents merge OUT SHARD...`: the outputs of several runs
 * (`map --shard K/N`, blocks of a split archive), in any format OGR reads,
 * combined into one output in any format `map` writes, through the same
 * writer as `map`: the same schema, feature ids, layer options and style
 * (one layer_styles row, one .qml), written under a temporary name and
 * renamed into place, GeoPackage in large transactions.
 *
 * Which layer a shard's layer is: its name (events, mentions, articles) in a
 * GeoPackage or Shapefile folder; for a single-layer file, the name
 * NAME.mentions.EXT / NAME.articles.EXT, else events, and the sidecars
 * beside NAME.EXT are taken too.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>

#include <cpl_conv.h>
#include <cpl_error.h>
#include <gdal.h>
#include <ogr_api.h>
#include <ogr_srs_api.h>

#include "cli.h"

typedef struct merge_args {
    const char *output, *driver;
    const char **inputs; /* the shards given, then the sidecars found */
    size_t ninputs;
    int overwrite, quiet;
    unsigned layers; /* GE_LAYER_* of --layers, 0 = every layer found */
} merge_args;

static void usage(FILE *f)
{
    fputs("Usage: geoevents merge OUTPUT SHARD... [OPTIONS]\n"
          "\n"
          "Combines the outputs of several 'geoevents map' runs (one per --shard K/N,\n"
          "or per block of a split archive) into one output, as one run would have\n"
          "written it: the same fields, feature ids and style. Shards may be in any\n"
          "format OGR reads (GeoJSONSeq, GeoJSON, GPKG, FlatGeobuf, CSV, Shapefile);\n"
          "features are written in the order of the shards given. Sidecar layers\n"
          "(NAME.mentions.EXT, NAME.articles.EXT) beside a shard are taken too.\n"
          "\n"
          "Options:\n"
          "  -f, --driver NAME   output driver (default: from OUTPUT's extension)\n"
          "  --layers LIST       events,mentions,articles (default: those the shards hold)\n"
          "  --overwrite         replace an existing output\n"
          "  -q, --quiet         no summary line\n"
          "  -h, --help          this help\n"
          "\n"
          "Exit status: 0 success, 1 failure (a shard that cannot be read: nothing is\n"
          "written), 2 usage error.\n"
          "\n"
          "Example:\n"
          "  for k in 1 2 3 4; do geoevents map news.tar.gz --shard $k/4 -o part$k.fgb & done; wait\n"
          "  geoevents merge events.gpkg part1.fgb part2.fgb part3.fgb part4.fgb\n",
          f);
}

static const char *const layer_names[] = {"events", "mentions", "articles"};

/* GE_LAYER_* of a layer name, 0 when it is none of ours. */
static unsigned layer_bit(const char *name)
{
    for (unsigned i = 0; i < 3; i++)
        if (!strcasecmp(name, layer_names[i]))
            return 1u << i;
    return 0;
}

static int parse_layers(const char *s, unsigned *out)
{
    unsigned v = 0;
    char buf[64];
    while (*s) {
        size_t n = strcspn(s, ",");
        snprintf(buf, sizeof buf, "%.*s", (int)(n < 63 ? n : 63), s);
        unsigned b = layer_bit(buf);
        if (!b && n)
            return -1;
        v |= b;
        s += n + (s[n] == ',');
    }
    *out = v;
    return v ? 0 : -1;
}

/* "DIR/NAME.EXT" -> "DIR/NAME.LAYER.EXT"; NULL when path has no extension. */
static char *sidecar(const char *path, const char *layer)
{
    const char *slash = strrchr(path, '/');
    const char *dot = strrchr(slash ? slash + 1 : path, '.');
    if (!dot || dot == (slash ? slash + 1 : path))
        return NULL;
    size_t n = strlen(path) + strlen(layer) + 2;
    char *p = malloc(n);
    if (p)
        snprintf(p, n, "%.*s.%s%s", (int)(dot - path), path, layer, dot);
    return p;
}

/* The layer a single-layer file holds, from its name. */
static unsigned file_layer(const char *path)
{
    const char *slash = strrchr(path, '/');
    const char *base = slash ? slash + 1 : path;
    const char *dot = strrchr(base, '.');
    if (!dot)
        return GE_LAYER_EVENTS;
    for (unsigned i = 1; i < 3; i++) {
        size_t n = strlen(layer_names[i]);
        if ((size_t)(dot - base) > n + 1 && dot[-(long)n - 1] == '.' &&
            !strncmp(dot - n, layer_names[i], n))
            return 1u << i;
    }
    return GE_LAYER_EVENTS;
}

static int listed(const merge_args *m, const char *path)
{
    for (size_t i = 0; i < m->ninputs; i++)
        if (!strcmp(m->inputs[i], path))
            return 1;
    return 0;
}

static int file_exists(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0;
}

static int file_empty(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0 && S_ISREG(st.st_mode) && st.st_size == 0;
}

/* Returns -1 to go on, or an exit status. */
static int parse_args(int argc, char **argv, merge_args *m)
{
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (!strcmp(a, "-h") || !strcmp(a, "--help")) {
            usage(stdout);
            return 0;
        }
        if (!strcmp(a, "-f") || !strcmp(a, "--driver") || !strcmp(a, "--layers")) {
            if (i + 1 >= argc || !*argv[i + 1])
                return cli_usage("merge", "option '%s' needs a value", a);
            const char *v = argv[++i];
            if (strcmp(a, "--layers") != 0)
                m->driver = v;
            else if (parse_layers(v, &m->layers) != 0)
                return cli_usage("merge", "--layers: '%s': use events, mentions, articles", v);
        } else if (!strcmp(a, "--overwrite"))
            m->overwrite = 1;
        else if (!strcmp(a, "-q") || !strcmp(a, "--quiet"))
            m->quiet = 1;
        else if (a[0] == '-' && a[1] != '\0')
            return cli_usage("merge", "unknown option '%s'", a);
        else if (!m->output)
            m->output = a;
        else if (!listed(m, a))
            m->inputs[m->ninputs++] = a;
    }
    if (!m->output)
        return cli_usage("merge", "%s", "no output: give OUTPUT then the shards");
    if (!m->ninputs)
        return cli_usage("merge", "%s", "no shards to merge");
    return -1;
}

/* ------------------------------------------------------------- the run */

typedef struct shard {
    const char *path;
    GDALDatasetH ds;
    unsigned single; /* a single-layer dataset: the GE_LAYER_* it holds, else 0 */
} shard;

/* Opens every shard (adding the sidecars of single-layer files); sets
 * *found to the layers found. Returns 0, or 1 after a message when a shard
 * cannot be read. */
static int open_shards(merge_args *m, shard *sh, char **owned, size_t *nowned, unsigned *found)
{
    for (size_t i = 0; i < m->ninputs; i++) {
        sh[i].path = m->inputs[i];
        if (file_empty(sh[i].path)) /* a shard with no features (GeoJSONSeq) */
            continue;
        CPLErrorReset();
        sh[i].ds = GDALOpenEx(sh[i].path, GDAL_OF_VECTOR | GDAL_OF_READONLY, NULL, NULL, NULL);
        if (!sh[i].ds) {
            const char *why = CPLGetLastErrorMsg();
            cli_error("%s: cannot read: %s; nothing written", sh[i].path,
                      *why ? why : "not a vector dataset");
            return 1;
        }
        int nl = GDALDatasetGetLayerCount(sh[i].ds);
        for (int k = 0; k < nl; k++)
            *found |= layer_bit(OGR_L_GetName(GDALDatasetGetLayer(sh[i].ds, k)));
        if (nl != 1)
            continue;
        unsigned b = layer_bit(OGR_L_GetName(GDALDatasetGetLayer(sh[i].ds, 0)));
        sh[i].single = b ? b : file_layer(sh[i].path);
        *found |= sh[i].single;
        if (sh[i].single != GE_LAYER_EVENTS)
            continue;
        for (unsigned k = 1; k < 3; k++) { /* NAME.mentions.EXT, NAME.articles.EXT */
            char *p = sidecar(sh[i].path, layer_names[k]);
            if (p && file_exists(p) && !listed(m, p)) {
                owned[(*nowned)++] = p;
                m->inputs[m->ninputs++] = p;
            } else {
                free(p);
            }
        }
    }
    return 0;
}

/* The CRS of the shards when it is not WGS84 longitude/latitude (as WKT, for
 * the writer's -t_srs), else NULL. */
static char *shards_srs(const shard *sh, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        if (!sh[i].ds || GDALDatasetGetLayerCount(sh[i].ds) < 1)
            continue;
        OGRSpatialReferenceH s = OGR_L_GetSpatialRef(GDALDatasetGetLayer(sh[i].ds, 0));
        if (!s)
            return NULL;
        const char *auth = OSRGetAuthorityName(s, NULL), *code = OSRGetAuthorityCode(s, NULL);
        if (auth && code &&
            ((!strcasecmp(auth, "EPSG") && !strcmp(code, "4326")) ||
             (!strcasecmp(auth, "OGC") && !strcasecmp(code, "CRS84"))))
            return NULL;
        char *wkt = NULL;
        if (OSRExportToWkt(s, &wkt) != OGRERR_NONE)
            return NULL;
        char *copy = strdup(wkt);
        CPLFree(wkt);
        return copy;
    }
    return NULL;
}

/* Copies every feature of the layers of one shard that the output has. */
static int copy_shard(const shard *s, ge_writer *w, unsigned layers, const char *out,
                      size_t *count)
{
    int nl = GDALDatasetGetLayerCount(s->ds);
    for (int k = 0; k < nl; k++) {
        OGRLayerH l = GDALDatasetGetLayer(s->ds, k);
        unsigned b = s->single ? s->single : layer_bit(OGR_L_GetName(l));
        if (!(b & layers))
            continue;
        OGR_L_ResetReading(l);
        OGRFeatureH f;
        while ((f = OGR_L_GetNextFeature(l)) != NULL) {
            ge_status st = ge_writer_add_feature(w, b, f);
            OGR_F_Destroy(f);
            if (st != GE_OK) {
                cli_error("%s: cannot copy a feature of %s into %s: %s", s->path,
                          OGR_L_GetName(l), out, ge_strerror(st));
                return 1;
            }
            ++*count;
        }
    }
    return 0;
}

static int run_merge(merge_args *m, shard *sh, char **owned, size_t *nowned)
{
    const char *d = m->driver ? m->driver : ge_driver_for_path(m->output);
    if (d && (!strcasecmp(d, "PLOVER") || !strcasecmp(d, "HTML") || !strcasecmp(d, "JSONL"))) {
        cli_error("merge writes OGR formats; PLOVER JSON Lines shards are combined with cat");
        return 2;
    }
    GDALAllRegister();
    unsigned found = 0;
    if (open_shards(m, sh, owned, nowned, &found))
        return 1;
    int any = 0;
    for (size_t i = 0; i < m->ninputs; i++)
        any |= sh[i].ds != NULL;
    if (!found && any) {
        cli_error("the shards hold no events, mentions or articles layer; nothing written");
        return 1;
    }
    if (!found)
        found = GE_LAYER_EVENTS; /* every shard empty: an empty output */
    ge_write_options o;
    memset(&o, 0, sizeof o);
    o.driver = m->driver;
    o.overwrite = m->overwrite;
    o.layers = m->layers ? m->layers : found;
    char *srs = shards_srs(sh, m->ninputs);
    o.t_srs = srs;
    ge_writer *w = NULL;
    char err[1024] = "";
    ge_status st = ge_writer_open(m->output, &o, NULL, &w, err, sizeof err);
    free(srs);
    if (st != GE_OK) {
        cli_error("%s", err[0] ? err : ge_strerror(st));
        return 1;
    }
    size_t count = 0;
    int rc = 0;
    for (size_t i = 0; i < m->ninputs && rc == 0; i++)
        if (sh[i].ds)
            rc = copy_shard(&sh[i], w, o.layers, m->output, &count);
    if (rc) {
        ge_writer_abort(w);
        return rc;
    }
    st = ge_writer_commit(w, err, sizeof err);
    if (st != GE_OK) {
        cli_error("%s", err[0] ? err : ge_strerror(st));
        return 1;
    }
    if (!m->quiet)
        cli_error("%zu features from %zu files -> %s", count, m->ninputs, m->output);
    return 0;
}

int cmd_merge(int argc, char **argv)
{
    merge_args m;
    memset(&m, 0, sizeof m);
    /* room for the shards and two sidecars each */
    size_t cap = (size_t)argc * 3 + 1;
    m.inputs = calloc(cap, sizeof *m.inputs);
    char **owned = calloc(cap, sizeof *owned);
    shard *sh = calloc(cap, sizeof *sh);
    size_t nowned = 0;
    int rc = !m.inputs || !owned || !sh ? 1 : -1;
    if (rc == 1)
        cli_error("out of memory");
    if (rc < 0)
        rc = parse_args(argc, argv, &m);
    if (rc < 0)
        rc = run_merge(&m, sh, owned, &nowned);
    for (size_t i = 0; sh && i < m.ninputs; i++)
        if (sh[i].ds)
            GDALClose(sh[i].ds);
    for (size_t i = 0; i < nowned; i++)
        free(owned[i]);
    free(owned);
    free(sh);
    free(m.inputs);
    return rc;
}
