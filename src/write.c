/*
 * write.c -- the write stage's front: documents -> the events, mentions and
 * articles layers through OGR (any vector driver GDAL writes), PLOVER JSON
 * Lines, or the HTML map. This file holds what needs no GDAL: the format
 * from the path or -f, the layer names and files, the private temporary
 * folder beside the output, PLOVER JSON Lines and the HTML map (webmap.c),
 * and the commit that moves everything into place. OGR outputs go through
 * the GIS part (gis.h: write_gis.c, write_open.c, write_features.c).
 */
#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>

#include "gis.h"
#include "write_internal.h"

char *wr_path_join(const char *dir, const char *name)
{
    size_t n = strlen(dir) + strlen(name) + 2;
    char *p = malloc(n);
    if (p)
        snprintf(p, n, "%s/%s", dir, name);
    return p;
}

char *wr_layer_path(const ge_writer *w, int layer)
{
    return w->stream ? ge_strdup("/vsistdout/") : wr_path_join(w->tmpdir, w->names[layer]);
}

int wr_exists(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0;
}

int wr_is_dir(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

const char *wr_extension(const char *path)
{
    const char *slash = strrchr(path, '/');
    const char *base = slash ? slash + 1 : path;
    const char *dot = strrchr(base, '.');
    return dot && dot != base ? dot + 1 : "";
}

int wr_ends_with_slash(const char *path)
{
    size_t n = strlen(path);
    return n > 0 && path[n - 1] == '/';
}

/* "-" and GDAL's "/vsistdout/" name standard output. */
static int is_stdout_path(const char *path)
{
    return !strcmp(path, "-") || !strncmp(path, "/vsistdout", 10);
}

/* Drivers that write strictly in sequence, so can stream to standard output. */
static int driver_can_stream(const char *d)
{
    return !strcasecmp(d, "GeoJSONSeq") || !strcasecmp(d, "GeoJSON") || !strcasecmp(d, "CSV") ||
           !strcasecmp(d, "PLOVER") || !strcasecmp(d, "JSONL");
}

const char *ge_driver_for_path(const char *path)
{
    static const struct {
        const char *ext, *driver;
    } map[] = {
        {"geojson", "GeoJSON"},    {"json", "GeoJSON"},        {"geojsonl", "GeoJSONSeq"},
        {"geojsons", "GeoJSONSeq"}, {"shp", "ESRI Shapefile"}, {"gpkg", "GPKG"},
        {"fgb", "FlatGeobuf"},     {"csv", "CSV"},             {"kml", "LIBKML"},
        {"mbtiles", "MBTiles"},    {"sqlite", "SQLite"},       {"html", "HTML"},
        {"htm", "HTML"},           {"jsonl", "PLOVER"},        {"ndjson", "PLOVER"},
        {"gpx", "GPX"},
    };
    if (!path || !*path)
        return NULL;
    if (wr_ends_with_slash(path) || wr_is_dir(path))
        return "ESRI Shapefile";
    const char *ext = wr_extension(path);
    if (!*ext)
        return "ESRI Shapefile"; /* a new folder, as ogr2ogr does */
    for (size_t i = 0; i < sizeof map / sizeof *map; i++)
        if (!strcasecmp(ext, map[i].ext))
            return map[i].driver;
    return NULL;
}

/* Single-layer formats hold one layer per file: the events layer at the path
 * given, the others beside it. */
int wr_single_layer(const char *d)
{
    static const char *const single[] = {"GeoJSON", "GeoJSONSeq", "FlatGeobuf", "CSV", "KML",
                                         "LIBKML", "GML", "GPX", "MapInfo File", "DXF"};
    for (size_t i = 0; i < sizeof single / sizeof *single; i++)
        if (!strcasecmp(d, single[i]))
            return 1;
    return 0;
}

/* "NAME.EXT" -> "NAME.mentions.EXT" (or "NAME.mentions" with no extension). */
static char *sidecar_name(const char *base, const char *layer)
{
    const char *ext = wr_extension(base);
    size_t stem = *ext ? (size_t)(ext - 1 - base) : strlen(base);
    size_t n = strlen(base) + strlen(layer) + 3;
    char *p = malloc(n);
    if (!p)
        return NULL;
    if (*ext)
        snprintf(p, n, "%.*s.%s.%s", (int)stem, base, layer, ext);
    else
        snprintf(p, n, "%s.%s", base, layer);
    return p;
}

/* File names inside the temporary folder: the main dataset, and for
 * single-layer formats one file per layer. */
static ge_status layer_names(ge_writer *w)
{
    const char *slash = strrchr(w->final, '/');
    const char *base = slash ? slash + 1 : w->final;
    w->main_name = ge_strdup(w->folder ? "" : base);
    if (!w->main_name)
        return GE_ERR_NOMEM;
    if (w->multi || w->folder)
        return GE_OK;
    for (int i = 0; i < L_N; i++) {
        int first = (w->layers & ((1u << i) - 1)) == 0; /* the first layer asked for */
        w->names[i] = first ? ge_strdup(base) : sidecar_name(base, wr_layer_defs[i].name);
        if (!w->names[i])
            return GE_ERR_NOMEM;
    }
    return GE_OK;
}

/* Is dir/name there already? Then says so in err. */
static int exists_already(const char *dir, const char *name, char *err, size_t errlen)
{
    char *p = wr_path_join(dir, name);
    int e = p && wr_exists(p);
    if (e)
        ge_seterr(err, errlen, "%s exists (use --overwrite to replace it)", p);
    free(p);
    return e;
}

/* The final paths this output will occupy; refuses existing ones unless
 * overwriting. */
ge_status wr_check_targets(const ge_writer *w, char *err, size_t errlen)
{
    if (w->overwrite || w->append)
        return GE_OK;
    if (w->kind == W_OGR && w->folder) {
        if (wr_exists(w->final) && !wr_is_dir(w->final)) {
            ge_seterr(err, errlen, "%s exists and is not a folder", w->final);
            return GE_ERR_EXISTS;
        }
        for (int i = 0; i < L_N; i++) {
            if (!(w->layers & (1u << i)))
                continue;
            char name[32];
            snprintf(name, sizeof name, "%.24s.shp", w->lname[i]);
            if (exists_already(w->final, name, err, errlen))
                return GE_ERR_EXISTS;
        }
        return GE_OK;
    }
    for (int i = 0; i < L_N; i++) {
        const char *name = w->names[i];
        if (!name) {
            if (i != L_EVENTS)
                continue;
            name = w->main_name;
        } else if (!(w->layers & (1u << i))) {
            continue;
        }
        if (exists_already(w->final_dir, name, err, errlen))
            return GE_ERR_EXISTS;
    }
    return GE_OK;
}

/* Creates the private temporary folder ".NAME.tmp-PID-N" (mode 0700)
 * beside the output, after removing those of runs that died. */
static ge_status make_tmpdir(ge_writer *w, char *err, size_t errlen)
{
    const char *slash = strrchr(w->final, '/');
    const char *base = slash ? slash + 1 : w->final;
    if (!wr_is_dir(w->final_dir)) {
        ge_seterr(err, errlen, "%s: no such folder", w->final_dir);
        return GE_ERR_IO;
    }
    char first[1024] = "";
    size_t stale = ge_remove_stale(w->final_dir, base, first, sizeof first);
    if (stale && w->gis) { /* a warning through GDAL's handler (the tool's --debug) */
        char msg[1200];
        snprintf(msg, sizeof msg,
                 "removed %zu temporary folder(s) of runs that did not finish (%s)", stale, first);
        w->gis->warn(msg);
    }
    size_t n = strlen(w->final_dir) + strlen(base) + 64;
    w->tmpdir = malloc(n);
    if (!w->tmpdir)
        return GE_ERR_NOMEM;
    for (unsigned k = 0; k < 1000; k++) {
        snprintf(w->tmpdir, n, "%s/.%s.tmp-%ld-%u", w->final_dir, base, (long)getpid(), k);
        if (mkdir(w->tmpdir, 0700) == 0)
            return GE_OK;
        if (errno != EEXIST)
            break;
    }
    ge_seterr(err, errlen, "%s: cannot create a temporary folder: %s", w->final_dir,
              strerror(errno));
    free(w->tmpdir);
    w->tmpdir = NULL;
    return GE_ERR_IO;
}

void wr_free(ge_writer *w)
{
    if (!w)
        return;
    for (int i = 0; i < L_N; i++)
        free(w->names[i]);
    free(w->main_name);
    free(w->final);
    free(w->final_dir);
    free(w->tmpdir);
    if (w->gis)
        w->gis->free(w);
    ge_buf_free(&w->scratch);
    ge_buf_free(&w->dropped_places);
    free(w);
}

/* Closes every dataset and stream; returns 0 when all closed cleanly. */
int wr_close_all(ge_writer *w)
{
    if (w->html) /* an abandoned map */
        ge_html_close(w->html, NULL, 0);
    w->html = NULL;
    int bad = w->kind == W_OGR && w->gis ? w->gis->close(w) : 0;
    if (w->jsonl) {
        bad |= (w->stream ? fflush(w->jsonl) : fclose(w->jsonl)) != 0;
        w->jsonl = NULL;
    }
    return bad;
}

void ge_writer_abort(ge_writer *w)
{
    if (!w)
        return;
    wr_close_all(w);
    if (w->tmpdir)
        ge_remove_tree(w->tmpdir); /* links in it are removed, never followed */
    wr_free(w);
}

/* The final path (no trailing slashes), its folder, and the layers to write. */
static ge_status plan_output(ge_writer *w, const char *path, const ge_write_options *opt)
{
    size_t n = strlen(path);
    while (n > 1 && path[n - 1] == '/')
        n--;
    w->final = ge_strndup(path, n);
    if (!w->final)
        return GE_ERR_NOMEM;
    const char *slash = strrchr(w->final, '/');
    w->final_dir = !slash ? ge_strdup(".")
                          : ge_strndup(w->final, slash == w->final ? 1 : (size_t)(slash - w->final));
    if (!w->final_dir)
        return GE_ERR_NOMEM;
    unsigned all = GE_LAYER_EVENTS | GE_LAYER_MENTIONS | GE_LAYER_ARTICLES;
    unsigned want = opt ? opt->layers & all : 0;
    w->layers = want ? want : (w->multi || w->folder) ? all : GE_LAYER_EVENTS;
    if (w->tiles && !want) /* mentions would triple the tiler's time */
        w->layers = GE_LAYER_EVENTS | GE_LAYER_ARTICLES;
    if (w->kind != W_OGR)
        w->layers = want ? want : GE_LAYER_EVENTS;
    return layer_names(w);
}

/* PLOVER JSON Lines (or to standard output) or the HTML map, in the
 * temporary folder. */
static ge_status open_plain(ge_writer *w, char *err, size_t errlen)
{
    if (w->stream && w->kind == W_PLOVER) {
        w->jsonl = stdout;
        return GE_OK;
    }
    char *p = wr_path_join(w->tmpdir, w->main_name);
    if (!p)
        return GE_ERR_NOMEM;
    ge_status st = GE_OK;
    if (w->kind == W_HTML) {
        st = ge_html_open(p, w->g, &w->html, err, errlen);
    } else {
        w->jsonl = fopen(p, "w");
        if (!w->jsonl) {
            ge_seterr(err, errlen, "%s: cannot write: %s", w->final, strerror(errno));
            st = GE_ERR_IO;
        }
    }
    free(p);
    return st;
}

/* Chooses the format: PLOVER and the map here, OGR's through the GIS part. */
static ge_status choose_driver(ge_writer *w, const char *path, const ge_write_options *opt,
                               char *err, size_t errlen)
{
    const char *d = opt && opt->driver && *opt->driver ? opt->driver
                    : w->stream                           ? "GeoJSONSeq"
                                                          : ge_driver_for_path(path);
    if (d && w->stream && !driver_can_stream(d)) {
        ge_seterr(err, errlen,
                  "%s: the %s format cannot be written to standard output (it needs a file it "
                  "can seek in); stream GeoJSONSeq, GeoJSON, CSV or PLOVER, or write files "
                  "and combine them with 'geoevents merge'",
                  path, d);
        return GE_ERR_ARG;
    }
    if (!d) {
        ge_seterr(err, errlen,
                  "%s: cannot tell the output format from the extension (use -f DRIVER)", path);
        return GE_ERR_ARG;
    }
    if (!strcasecmp(d, "PLOVER") || !strcasecmp(d, "JSONL")) {
        w->kind = W_PLOVER;
        ge_copy(w->driver, sizeof w->driver, "PLOVER");
        return GE_OK;
    }
    if (!strcasecmp(d, "HTML")) {
        w->kind = W_HTML;
        ge_copy(w->driver, sizeof w->driver, "HTML");
        return GE_OK;
    }
    if (!w->gis) {
        ge_seterr(err, errlen, "%s: the %s format is written through GDAL, which this program "
                               "does not load",
                  path, d);
        return GE_ERR_ARG;
    }
    return w->gis->choose(w, d, path, err, errlen);
}

/* Standard output holds one layer: the events. */
static ge_status stream_layers(const ge_writer *w, const ge_write_options *opt, char *err,
                               size_t errlen)
{
    if (w->kind == W_OGR && opt && (opt->layers & ~(unsigned)GE_LAYER_EVENTS)) {
        ge_seterr(err, errlen, "only the events layer can be written to standard output "
                               "(--layers events)");
        return GE_ERR_ARG;
    }
    return GE_OK;
}

ge_status ge_writer_open(const char *path, const ge_write_options *opt, const ge_gazetteer *g,
                         ge_writer **out, char *err, size_t errlen)
{
    *out = NULL;
    if (!path || !*path) {
        ge_seterr(err, errlen, "no output path");
        return GE_ERR_ARG;
    }
    ge_writer *w = calloc(1, sizeof *w);
    if (!w)
        return GE_ERR_NOMEM;
    w->g = g;
    const ge_gis *gis = ge_gis_get();
    w->gis = gis ? gis->writer : NULL;
    for (int i = 0; i < L_N; i++)
        w->lname[i] = wr_layer_defs[i].name;
    if (opt && opt->nln && *opt->nln)
        w->lname[L_EVENTS] = opt->nln;
    if (opt) {
        w->dsco = opt->dsco;
        w->lco = opt->lco;
        w->append = opt->append;
        w->progress = opt->progress;
        w->progress_user = opt->progress_user;
    }
    w->overwrite = opt && opt->overwrite;
    w->keep_unlocated = opt && opt->keep_unlocated;
    w->stream = is_stdout_path(path);
    ge_status st = choose_driver(w, path, opt, err, errlen);
    w->formula_guard = st == GE_OK && !strcasecmp(w->driver, "CSV") && !(opt && opt->csv_raw);
    if (st == GE_OK && w->stream)
        st = stream_layers(w, opt, err, errlen);
    if (st == GE_OK)
        st = plan_output(w, w->stream ? "/vsistdout/" : path, opt);
    if (st == GE_OK && w->kind != W_OGR && w->layers != GE_LAYER_EVENTS) {
        ge_seterr(err, errlen, "%s: %s holds event records only (--layers events)", path,
                  w->kind == W_PLOVER ? "PLOVER JSON Lines" : "the HTML map");
        st = GE_ERR_ARG;
    }
    if (st == GE_OK && w->append && w->kind != W_OGR) {
        ge_seterr(err, errlen, "%s: -append works with OGR formats only", path);
        st = GE_ERR_ARG;
    }
    if (st == GE_OK && w->kind == W_OGR)
        st = w->gis->setup_srs(w, opt ? opt->t_srs : NULL, err, errlen);
    if (st == GE_OK && !w->stream)
        st = wr_check_targets(w, err, errlen);
    if (st == GE_OK && !w->stream)
        st = make_tmpdir(w, err, errlen);
    if (st == GE_OK)
        st = w->kind != W_OGR ? open_plain(w, err, errlen) : w->gis->open(w, err, errlen);
    if (st == GE_OK && w->append && w->json_ids)
        st = w->gis->copy_existing(w, err, errlen);
    if (st != GE_OK) {
        ge_writer_abort(w);
        return st;
    }
    *out = w;
    return GE_OK;
}

/* ---------------------------------------------------------------- adding */

/* The article's records, one line each, printed into the writer's scratch
 * buffer (kept from article to article) and written at once. */
static ge_status add_plover(ge_writer *w, const ge_doc *d)
{
    ge_buf *b = &w->scratch;
    b->len = 0;
    if (ge_plover_lines(w->g, d, b, &w->plover_nums))
        return GE_ERR_NOMEM;
    return b->len && fwrite(b->s, 1, b->len, w->jsonl) != b->len ? GE_ERR_IO : GE_OK;
}

ge_status ge_writer_add(ge_writer *w, const ge_doc *doc)
{
    if (!w || !doc)
        return GE_ERR_ARG;
    if (w->kind == W_PLOVER)
        return add_plover(w, doc);
    if (w->kind == W_HTML)
        return ge_html_add(w->html, doc);
    return w->gis->add(w, doc);
}

ge_status ge_writer_add_feature(ge_writer *w, unsigned layer, void *feature)
{
    if (!w || w->kind != W_OGR)
        return GE_ERR_ARG;
    return w->gis->add_feature(w, layer, feature);
}

/* ----------------------------------------------------------------- parts */

ge_status ge_writer_part_new(ge_writer *w, ge_writer_part **out)
{
    if (!out)
        return GE_ERR_ARG;
    *out = NULL;
    if (!w)
        return GE_ERR_ARG;
    return w->kind == W_OGR && w->gis ? w->gis->part_new(w, out) : GE_OK;
}

ge_status ge_writer_part_add(ge_writer_part *p, const ge_doc *doc)
{
    return p && doc ? p->gis->part_add(p, doc) : GE_ERR_ARG;
}

ge_status ge_writer_part_seal(ge_writer_part *p)
{
    return p ? p->gis->part_seal(p) : GE_ERR_ARG;
}

size_t ge_writer_part_dropped(const ge_writer_part *p)
{
    return p ? p->gis->part_dropped(p) : 0;
}

ge_status ge_writer_add_part(ge_writer *w, ge_writer_part *p)
{
    return w && p && p->owner == w ? w->gis->add_part(w, p) : GE_ERR_ARG;
}

void ge_writer_part_free(ge_writer_part *p)
{
    if (p)
        p->gis->part_free(p);
}

/* ---------------------------------------------------------------- commit */

/* Moves every file of the temporary folder into dest. */
static ge_status move_files(const char *tmpdir, const char *dest, char *err, size_t errlen)
{
    DIR *d = opendir(tmpdir);
    ge_status st = GE_OK;
    struct dirent *e;
    while (d && st == GE_OK && (e = readdir(d)) != NULL) {
        if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, ".."))
            continue;
        char *from = wr_path_join(tmpdir, e->d_name);
        char *to = wr_path_join(dest, e->d_name);
        if (!from || !to)
            st = GE_ERR_NOMEM;
        else if (rename(from, to) != 0) {
            ge_seterr(err, errlen, "%s: cannot move into place: %s", to, strerror(errno));
            st = GE_ERR_IO;
        }
        free(from);
        free(to);
    }
    if (d)
        closedir(d);
    return st;
}

/* A folder output goes in whole: renamed into place, or swapped for the old
 * folder in one step; then it gets the usual permissions (it was made 0700
 * while private). */
static ge_status move_into_place(ge_writer *w, char *err, size_t errlen)
{
    if (w->folder) {
        if (!wr_exists(w->final)) {
            if (rename(w->tmpdir, w->final) != 0) {
                ge_seterr(err, errlen, "%s: cannot move into place: %s", w->final,
                          strerror(errno));
                return GE_ERR_IO;
            }
        } else if (ge_swap_folder(w->tmpdir, w->final, err, errlen) != 0) {
            return GE_ERR_IO;
        }
        mode_t mask = umask(0);
        umask(mask);
        chmod(w->final, 0777 & ~mask);
        return GE_OK;
    }
    return move_files(w->tmpdir, w->final_dir, err, errlen);
}

ge_status ge_writer_commit(ge_writer *w, char *err, size_t errlen)
{
    if (!w)
        return GE_ERR_ARG;
    ge_status st = GE_OK;
    if (w->kind == W_HTML) { /* the map written */
        st = ge_html_close(w->html, err, errlen);
        w->html = NULL;
    }
    if (w->kind == W_OGR) /* the transaction committed, the styles stored */
        st = w->gis->finish(w, err, errlen);
    if (wr_close_all(w) && st == GE_OK) {
        /* GDAL's last message, as before the split; without GDAL, the
         * system's (PLOVER: fclose or fflush failed) */
        ge_seterr(err, errlen, "%s: writing failed: %s", w->final,
                  w->gis ? w->gis->error_msg() : strerror(errno));
        st = w->kind == W_OGR ? GE_ERR_OGR : GE_ERR_IO;
    }
    if (st == GE_OK && w->kind == W_OGR)
        st = w->gis->after_close(w, err, errlen); /* CSV's .csvt */
    if (st == GE_OK && !w->stream)
        st = wr_check_targets(w, err, errlen); /* nothing appeared meanwhile */
    if (st == GE_OK && !w->stream)
        st = move_into_place(w, err, errlen);
    if (st != GE_OK) {
        ge_writer_abort(w);
        return st;
    }
    if (w->tmpdir)
        ge_remove_tree(w->tmpdir); /* empty now, or gone when renamed */
    wr_free(w);
    return GE_OK;
}

size_t ge_writer_dropped(const ge_writer *w, size_t counts[3], const char **places)
{
    size_t total = 0;
    for (int i = 0; i < L_N; i++) {
        if (counts)
            counts[i] = w ? w->dropped[i] : 0;
        total += w ? w->dropped[i] : 0;
    }
    if (places)
        *places = w && w->dropped_places.len ? w->dropped_places.s : "";
    return total;
}
