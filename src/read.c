/*
 * read.c -- the read stage: walks the inputs (files, folders, archives and
 * stdin, through GDAL's VSI layer, or without GDAL through POSIX calls for
 * plain files, folders and stdin: r->io, see gis.h) and yields one
 * ge_article at a time from plain text, HTML, JSON Lines and JSON files.
 *
 * The reader keeps a stack of inputs still to visit and of folders, zips and
 * tars being walked (folders and zips in sorted order, tars in archive
 * order), and at most one open file. Text and HTML files are read whole (up
 * to max_bytes); JSON Lines stream line by line through a 64 KiB chunk, so
 * memory holds one line and one article at a time.
 *
 * Every problem with an input is one diag message (file, line) and one count
 * in ge_reader_errors: a file or line that is skipped (NUL bytes, empty, not
 * JSON, no text, unreadable, broken archive) and one that is repaired
 * (invalid UTF-8 read as Windows-1252, text truncated to max_bytes). Text
 * that had been decoded twice (mojibake) is repaired with a message too,
 * counted apart in ge_reader_repaired: nothing in it was lost.
 */
#include <ctype.h>
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <sys/stat.h>

#include <cjson/cJSON.h>

#include "html.h"
#include "internal.h"
#include "read_internal.h"

/* ------------------------------------------------------------- helpers */

/* Reports one bad input: a message through diag, and a count. */
void rd_bad(ge_reader *r, const char *file, long line, const char *fmt, ...)
{
    char msg[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    r->errors++;
    ge_diag_report(&r->diag, file, line, "%s", msg);
}

int rd_ends_with(const char *s, const char *suffix)
{
    size_t n = strlen(s), k = strlen(suffix);
    if (k > n)
        return 0;
    for (size_t i = 0; i < k; i++)
        if (tolower((unsigned char)s[n - k + i]) != suffix[i])
            return 0;
    return 1;
}

const char *rd_base_name(const char *p)
{
    size_t n = strlen(p);
    while (n > 1 && p[n - 1] == '/')
        n--;
    const char *s = p + n;
    while (s > p && s[-1] != '/')
        s--;
    return s;
}

char *rd_join(const char *a, const char *sep, const char *b)
{
    size_t na = strlen(a), ns = strlen(sep), nb = strlen(b);
    while (ns && na && a[na - 1] == '/' && sep[0] == '/')
        na--;
    char *s = malloc(na + ns + nb + 1);
    if (!s)
        return NULL;
    memcpy(s, a, na);
    memcpy(s + na, sep, ns);
    memcpy(s + na + ns, b, nb + 1);
    return s;
}

int rd_is_zip(const char *n) { return rd_ends_with(n, ".zip"); }
int rd_is_tar(const char *n)
{
    return rd_ends_with(n, ".tar") || rd_ends_with(n, ".tgz") || rd_ends_with(n, ".tar.gz");
}
int rd_is_gz(const char *n) { return rd_ends_with(n, ".gz") && !rd_is_tar(n); }

/* The kind of a file from its name (without a trailing .gz). */
kind rd_kind_of_name(const char *name)
{
    char tmp[256];
    ge_copy(tmp, sizeof tmp, name);
    if (rd_ends_with(tmp, ".gz"))
        tmp[strlen(tmp) - 3] = '\0';
    if (rd_ends_with(tmp, ".jsonl") || rd_ends_with(tmp, ".ndjson"))
        return K_JSONL;
    if (rd_ends_with(tmp, ".json"))
        return K_JSON;
    if (rd_ends_with(tmp, ".html") || rd_ends_with(tmp, ".htm") || rd_ends_with(tmp, ".xhtml"))
        return K_HTML;
    if (rd_ends_with(tmp, ".txt") || rd_ends_with(tmp, ".text"))
        return K_TEXT;
    return K_SNIFF;
}

/* Files a folder walk picks up. */
int rd_wanted(const char *name)
{
    if (rd_is_zip(name) || rd_is_tar(name))
        return 1;
    return rd_kind_of_name(name) != K_SNIFF;
}

/* Article id from a relative path: the known extensions dropped. */
char *rd_id_from_rel(const char *rel)
{
    char *id = ge_strdup(*rel ? rel : "article");
    if (!id)
        return NULL;
    static const char *const exts[] = {".gz", ".jsonl", ".ndjson", ".json", ".html",
                                       ".htm", ".xhtml", ".txt", ".text", NULL};
    for (const char *const *e = exts; *e; e++) {
        size_t n = strlen(id), k = strlen(*e);
        if (n > k && rd_ends_with(id, *e) && id[n - k - 1] != '/')
            id[n - k] = '\0';
    }
    return id;
}

/* Message for the last failed GDAL or C call. */
const char *rd_last_error(const ge_reader *r, int err)
{
    if (r->io->failed() && *r->io->error_msg()) {
        const char *m = r->io->error_msg();
        return strstr(m, "decompression failed") ? "corrupt or truncated compressed data" : m;
    }
    return err ? strerror(err) : "unknown error";
}

/* Whether the read just made (after error_reset and errno = 0) failed.
 * GDAL 3.6 has no VSIFErrorL: archives report through CPLError, plain files
 * leave errno set on a short read. */
int rd_read_failed(const ge_reader *r, int short_read)
{
    return r->io->failed() ||
           (short_read && (errno == EIO || errno == EISDIR || errno == EACCES));
}

/* --------------------------------------------------------- the stack */

void rd_item_free(const ge_reader *r, item *it)
{
    free(it->vsi);
    free(it->display);
    free(it->rel);
    if (it->names)
        r->io->list_free(it->names);
    if (it->tar)
        r->io->close(it->tar);
}

int rd_push(ge_reader *r, char *vsi, char *display, char *rel, int root, int depth)
{
    if (!vsi || !display || !rel || GE_PUSH(r->stack, r->capstack, r->nstack)) {
        free(vsi);
        free(display);
        free(rel);
        return -1;
    }
    r->stack[r->nstack++] = (item){vsi, display, rel, root, depth, NULL, 0, 0, NULL, 0, 0};
    return 0;
}

static int cmp_names(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Starts walking a folder (or a zip, dir being its /vsizip/ path): its
 * entry names (names if already listed, owned), sorted, go on the stack. */
static int expand(ge_reader *r, const item *it, const char *dir, char **names)
{
    if (it->depth >= MAX_DEPTH) {
        rd_bad(r, it->display, 0, "folders nested more than %d deep; skipped", MAX_DEPTH);
        if (names)
            r->io->list_free(names);
        return 0;
    }
    if (!names)
        names = r->io->list(dir);
    int n = 0;
    while (names && names[n])
        n++;
    if (n == 0) {
        if (names)
            r->io->list_free(names);
        return 0;
    }
    qsort(names, (size_t)n, sizeof *names, cmp_names);
    char *rel = ge_strdup(it->root ? "" : it->rel);
    if (rd_push(r, ge_strdup(dir), ge_strdup(it->display), rel, 0, it->depth)) {
        r->io->list_free(names);
        return -1;
    }
    item *top = &r->stack[r->nstack - 1];
    top->names = names;
    top->nnames = n;
    return 0;
}

/* A symbolic link to a folder met during a walk (not followed: no loops). */
static int is_dir_link(const char *vsi)
{
    struct stat st;
    return strncmp(vsi, "/vsi", 4) != 0 && lstat(vsi, &st) == 0 && S_ISLNK(st.st_mode);
}

/* The next entry of the folder on top of the stack, as a path to visit.
 * 1 = *child filled, 0 = entry not wanted, -1 = out of memory. */
static int next_entry(ge_reader *r, item *child)
{
    item *top = &r->stack[r->nstack - 1];
    const char *nm = top->names[top->next++];
    if (nm[0] == '.' || strcmp(nm, "__MACOSX") == 0)
        return 0;
    memset(child, 0, sizeof *child);
    child->vsi = rd_join(top->vsi, "/", nm);
    child->display = rd_join(top->display, "/", nm);
    child->rel = *top->rel ? rd_join(top->rel, "/", nm) : ge_strdup(nm);
    child->depth = top->depth + 1;
    if (!child->vsi || !child->display || !child->rel) {
        rd_item_free(r, child);
        return -1;
    }
    if (!rd_wanted(nm)) {
        int dir = 0;
        if (r->io->stat(child->vsi, &dir) != 0 || !dir || is_dir_link(child->vsi)) {
            rd_item_free(r, child);
            return 0;
        }
    }
    return 1;
}

/* --------------------------------------------------------- file access */

/* Reads up to want bytes of the file (or tar member). Sets s->eof at its
 * end; on a read error reports it once, sets s->failed and returns 0. */
static size_t stream_read(ge_reader *r, stream *s, char *buf, size_t want)
{
    if (s->member && want > s->remain)
        want = (size_t)s->remain;
    if (want == 0 || s->eof) {
        s->eof = 1;
        return 0;
    }
    r->io->error_reset();
    errno = 0;
    size_t got = r->io->read(buf, want, s->fp);
    int short_read = got < want;
    if (rd_read_failed(r, short_read) || (short_read && s->member)) {
        rd_bad(r, s->display, s->lineno, "%s%s; %s", rd_read_failed(r, short_read) ? "read error: " : "",
            rd_read_failed(r, short_read) ? rd_last_error(r, errno) : "archive truncated",
            s->lineno ? "rest of the file skipped" : "skipped");
        s->eof = s->failed = 1;
        return 0;
    }
    if (s->member)
        s->remain -= got;
    if (short_read || (s->member && s->remain == 0))
        s->eof = 1;
    return got;
}

/* Reads the next chunk; -1 on a read error (reported). */
int rd_fill(ge_reader *r, stream *s)
{
    s->clen = stream_read(r, s, s->chunk, CHUNK);
    s->cpos = 0;
    return s->failed ? -1 : 0;
}

/* Reads what is left of the file into a buffer of at most limit bytes
 * (plus one byte to tell whether there was more). 0 = done, 1 = read error
 * (reported), -1 = out of memory. */
int rd_read_rest(ge_reader *r, stream *s, size_t limit, char **out, size_t *len, int *more)
{
    size_t cap = s->clen - s->cpos + CHUNK, n = s->clen - s->cpos;
    char *b = malloc(cap + 1);
    if (!b)
        return -1;
    memcpy(b, s->chunk + s->cpos, n);
    *more = 0;
    while (!s->eof && n <= limit) {
        if (cap - n < CHUNK) {
            size_t ncap = cap * 2 > limit + CHUNK ? limit + CHUNK + 1 : cap * 2;
            char *nb = realloc(b, ncap + 1);
            if (!nb) {
                free(b);
                return -1;
            }
            b = nb;
            cap = ncap;
        }
        size_t want = cap - n < (size_t)16 << 20 ? cap - n : (size_t)16 << 20;
        n += stream_read(r, s, b + n, want);
        if (s->failed) {
            free(b);
            return 1;
        }
    }
    if (n > limit) {
        *more = 1;
        n = rd_utf8_cut(b, n, limit);
    }
    b[n] = '\0';
    *out = b;
    *len = n;
    return 0;
}

static void stream_close(ge_reader *r)
{
    stream *s = &r->cur;
    if (s->fp && !s->member)
        r->io->close(s->fp);
    /* A tar member that failed to read: the archive's error is reported
     * once, the rest of the archive is skipped. */
    if (s->member && s->failed && r->nstack && r->stack[r->nstack - 1].tar)
        r->stack[r->nstack - 1].tar_done = 1;
    free(s->display);
    free(s->idbase);
    ge_buf_free(&s->line);
    free(s->doc);
    cJSON_Delete(s->root);
    char *chunk = s->chunk;
    memset(s, 0, sizeof *s);
    s->chunk = chunk;
    r->active = 0;
}

/* -------------------------------------------------------- text and HTML */

/* Turns a whole file's bytes (owned) into an article. 1 = article, 0 =
 * skipped, -1 = out of memory. */
static int whole_file(ge_reader *r, stream *s, kind k, char *buf, size_t n, int more,
                      ge_article *a)
{
    const char *file = s->display;
    if (n >= 2 && ((unsigned char)buf[0] + (unsigned char)buf[1]) == 0xFF + 0xFE &&
        (buf[0] == '\xFF' || buf[0] == '\xFE')) {
        size_t len, badu;
        char *u = rd_utf16_to_utf8(buf, n, buf[0] == '\xFE', &len, &badu);
        free(buf);
        if (!u)
            return -1;
        if (badu)
            rd_bad(r, file, 0, "UTF-16 with %zu unpaired surrogate(s) or an odd last byte; "
                            "replaced by U+FFFD or dropped",
                badu);
        buf = u;
        n = len;
    }
    if (n >= 3 && memcmp(buf, "\xEF\xBB\xBF", 3) == 0) {
        memmove(buf, buf + 3, n - 3 + 1);
        n -= 3;
    }
    if (memchr(buf, '\0', n)) {
        rd_bad(r, file, 0, "contains NUL bytes (binary file?); skipped");
        free(buf);
        return 0;
    }
    if (rd_blank(buf, n)) {
        rd_bad(r, file, 0, "empty file; skipped");
        free(buf);
        return 0;
    }
    if (rd_ensure_utf8(r, file, 0, &buf, &n)) {
        free(buf);
        return -1;
    }
    if (k == K_HTML || ((k == K_TEXT || k == K_SNIFF) && ge_html_sniff(buf, n))) {
        ge_html h;
        int rc = ge_html_to_text(buf, n, &h);
        free(buf);
        if (rc)
            return -1;
        if (rd_blank(h.text, h.len)) {
            if (more)
                rd_bad(r, file, 0, "no text in the first %zu bytes of the HTML page (the file is "
                                "longer: see --max-bytes); skipped",
                    r->max_bytes);
            else
                rd_bad(r, file, 0, "no text in the HTML page; skipped");
            ge_html_free(&h);
            return 0;
        }
        a->text = h.text;
        a->text_len = h.len;
        a->title = h.title;
        a->published = h.published;
    } else {
        a->text = buf;
        a->text_len = n;
    }
    a->id = rd_id_from_rel(s->idbase);
    a->source = ge_strdup(file);
    if (!a->id || !a->source)
        return -1;
    if (more)
        rd_bad(r, file, 0, "file longer than %zu bytes; truncated", r->max_bytes);
    rd_limit_text(r, a);
    return 1;
}

/* -------------------------------------------------------------- visiting */

/* Opens a file and decides what it holds. 1 = article in *a, 0 = nothing
 * (skipped, or a stream was started), -1 = out of memory. */
int rd_open_file(ge_reader *r, const item *it, const char *vsi, void *fp,
                     const uint64_t *member, kind k, ge_article *a)
{
    stream *s = &r->cur;
    errno = 0;
    r->io->error_reset();
    s->fp = fp ? fp : r->io->open(vsi);
    s->member = member != NULL;
    s->from_stdin = !strcmp(vsi, "/vsistdin/");
    s->remain = member ? *member : 0;
    if (!s->fp) {
        rd_bad(r, it->display, 0, "cannot open: %s", rd_last_error(r, errno));
        return 0;
    }
    s->display = ge_strdup(it->display);
    s->idbase = ge_strdup(it->root ? rd_base_name(it->rel) : it->rel);
    if (!s->display || !s->idbase)
        return -1;
    if (rd_fill(r, s)) {
        stream_close(r);
        return 0;
    }
    if (s->clen == 0) {
        rd_bad(r, it->display, 0, "empty file; skipped");
        stream_close(r);
        return 0;
    }
    if (k == K_SNIFF) {
        size_t i = (s->clen >= 3 && memcmp(s->chunk, "\xEF\xBB\xBF", 3) == 0) ? 3 : 0;
        while (i < s->clen && isspace((unsigned char)s->chunk[i]))
            i++;
        k = (i < s->clen && s->chunk[i] == '{') ? K_JSONL : K_SNIFF;
    }
    s->kind = k;
    if (k == K_JSONL) {
        r->active = 1;
        return 0;
    }
    if (k == K_JSON) {
        int rc = rd_json_load(r, s);
        if (rc > 0)
            r->active = 1;
        else
            stream_close(r);
        return rc < 0 ? -1 : 0;
    }
    char *buf;
    size_t n;
    int more;
    int rc = rd_read_rest(r, s, r->max_bytes, &buf, &n, &more);
    if (rc == 0)
        rc = whole_file(r, s, k, buf, n, more, a);
    else
        rc = rc < 0 ? -1 : 0;
    stream_close(r);
    return rc;
}

int rd_visit(ge_reader *r, const item *it, ge_article *a)
{
    const char *name = rd_base_name(it->vsi);
    if (strcmp(it->vsi, "/vsistdin/") == 0)
        return rd_open_file(r, it, it->vsi, NULL, NULL, K_SNIFF, a);
    if (r->io == &rd_io_posix && rd_needs_vsi(it->vsi)) {
        rd_bad(r, it->display, 0, "cannot open: archives, compressed files and /vsi paths are "
                                  "read through GDAL, which this program does not load; skipped");
        return 0;
    }
    if (!it->root && strncmp(it->vsi, "/vsi", 4) == 0 && !rd_is_zip(name) && !rd_is_tar(name) &&
        !rd_is_gz(name)) {
        /* An archive member: open it straight away. GDAL 3.6 finds members
         * by a linear search, so every stat saved counts in big archives. */
        void *fp = r->io->open(it->vsi);
        if (fp)
            return rd_open_file(r, it, it->vsi, fp, NULL, rd_kind_of_name(name), a);
    }
    int is_dir = 0;
    errno = 0;
    r->io->error_reset();
    if (r->io->stat(it->vsi, &is_dir) != 0) {
        rd_bad(r, it->display, 0, "cannot open: %s", errno ? strerror(errno) : "not found");
        return 0;
    }
    if (is_dir)
        return expand(r, it, it->vsi, NULL);
    if (rd_is_tar(name))
        return rd_tar_open(r, it);
    if (rd_is_zip(name)) {
        char *dir = rd_join("/vsizip/{", it->vsi, "}");
        if (!dir)
            return -1;
        /* Listed rather than stat'ed: GDAL 3.6 calls the root of a zip
         * that sits inside another archive a file, not a folder. */
        r->io->error_reset();
        char **names = r->io->list(dir);
        int rc = 0;
        if (!names)
            rd_bad(r, it->display, 0, "cannot read archive: %s",
                r->io->failed() ? rd_last_error(r, 0)
                                                    : "not a valid (or an empty) zip archive");
        else
            rc = expand(r, it, dir, names);
        free(dir);
        return rc;
    }
    kind k = rd_kind_of_name(name);
    if (rd_is_gz(name) && strncmp(it->vsi, "/vsigzip/", 9) != 0) {
        char *gz = rd_join("/vsigzip/", "", it->vsi);
        if (!gz)
            return -1;
        int rc = rd_open_file(r, it, gz, NULL, NULL, k, a);
        free(gz);
        return rc;
    }
    return rd_open_file(r, it, it->vsi, NULL, NULL, k, a);
}

/* ------------------------------------------------------------- the API */

void ge_article_free(ge_article *a)
{
    if (!a)
        return;
    free(a->id);
    free(a->title);
    free(a->url);
    free(a->published);
    free(a->text);
    free(a->source);
    free(a->home);
    memset(a, 0, sizeof *a);
}

static char *field(const char *opt, const char *def)
{
    return ge_strdup(opt && *opt ? opt : def);
}

ge_status ge_reader_open(const char *const *inputs, size_t ninputs, const ge_read_options *opt,
                         const ge_diag *diag, ge_reader **out)
{
    *out = NULL;
    if (!inputs || !ninputs)
        return GE_ERR_ARG;
    ge_reader *r = calloc(1, sizeof *r);
    if (!r)
        return GE_ERR_NOMEM;
    ge_read_options o = {0};
    if (opt)
        o = *opt;
    r->f_id = field(o.id_field, "id");
    r->f_title = field(o.title_field, "title");
    r->f_url = field(o.url_field, "url");
    r->f_date = field(o.date_field, "date");
    r->f_text = field(o.text_field, "text");
    r->max_bytes = o.max_bytes ? o.max_bytes : DEFAULT_MAX_BYTES;
    const ge_gis *gis = ge_gis_get();
    r->io = gis ? gis->io : &rd_io_posix;
    if (diag)
        r->diag = *diag;
    r->cur.chunk = malloc(CHUNK);
    int fail = !r->f_id || !r->f_title || !r->f_url || !r->f_date || !r->f_text || !r->cur.chunk;
    for (size_t i = ninputs; i-- > 0 && !fail;) {
        const char *in = inputs[i];
        if (!in) {
            ge_reader_close(r);
            return GE_ERR_ARG;
        }
        int std = strcmp(in, "-") == 0;
        fail = rd_push(r, ge_strdup(std ? "/vsistdin/" : in), ge_strdup(std ? "stdin" : in),
                    ge_strdup(std ? "stdin" : in), 1, 0) != 0;
    }
    if (fail) {
        ge_reader_close(r);
        return GE_ERR_NOMEM;
    }
    *out = r;
    return GE_OK;
}

ge_status ge_reader_next(ge_reader *r, ge_article *a)
{
    memset(a, 0, sizeof *a);
    if (!r)
        return GE_ERR_ARG;
    void *io_token = r->io->begin();
    int rc = 0;
    for (;;) {
        if (r->active) {
            rc = r->cur.kind == K_JSON ? rd_json_next(r, a) : rd_jsonl_next(r, a);
            if (rc)
                break;
            stream_close(r);
            continue;
        }
        if (!r->nstack)
            break;
        item it;
        item *top = &r->stack[r->nstack - 1];
        if (top->tar && !top->tar_done) {
            rc = rd_tar_step(r, a);
            if (rc)
                break;
            continue;
        }
        if (top->tar || (top->names && top->next >= top->nnames)) {
            rd_item_free(r, top);
            r->nstack--;
            continue;
        }
        if (!top->names) {
            it = *top;
            r->nstack--;
        } else if ((rc = next_entry(r, &it)) <= 0) {
            if (rc < 0)
                break;
            continue;
        }
        rc = rd_visit(r, &it, a);
        rd_item_free(r, &it);
        if (rc)
            break;
    }
    r->io->end(io_token);
    if (rc < 0) {
        ge_article_free(a);
        return GE_ERR_NOMEM;
    }
    return rc > 0 ? GE_OK : GE_END;
}

size_t ge_reader_errors(const ge_reader *r)
{
    return r ? r->errors : 0;
}

size_t ge_reader_repaired(const ge_reader *r)
{
    return r ? r->repaired : 0;
}

size_t ge_reader_notes(const ge_reader *r)
{
    return r ? r->notes : 0;
}

void ge_reader_close(ge_reader *r)
{
    if (!r)
        return;
    stream_close(r);
    free(r->cur.chunk);
    while (r->nstack)
        rd_item_free(r, &r->stack[--r->nstack]);
    free(r->stack);
    free(r->f_id);
    free(r->f_title);
    free(r->f_url);
    free(r->f_date);
    free(r->f_text);
    free(r);
}

