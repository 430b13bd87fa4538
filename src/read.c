/*
 * read.c -- the read stage: walks the inputs (files, folders, archives and
 * stdin, all through GDAL's VSI layer) and yields one ge_article at a time
 * from plain text, HTML, JSON Lines and JSON files.
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
#define _LARGEFILE64_SOURCE 1 /* struct stat64 behind GDAL's VSIStatBufL */
#include <ctype.h>
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <sys/stat.h>

#include <cjson/cJSON.h>
#include <cpl_conv.h>
#include <cpl_error.h>
#include <cpl_string.h>
#include <cpl_vsi.h>

#include "dates.h"
#include "html.h"
#include "internal.h"

#define CHUNK ((size_t)64 * 1024)
#define DEFAULT_MAX_BYTES ((size_t)4 << 20)
#define MAX_DEPTH 64

/* A path waiting to be visited, or (names != NULL) a folder or archive
 * being walked: its sorted entry names and the next one to visit. Entries
 * are turned into paths one at a time, so a folder of a million files costs
 * its name list, not a million paths. */
typedef struct item {
    char *vsi;     /* path handed to GDAL */
    char *display; /* path in messages */
    char *rel;     /* path below the input the user named (ids derive from it) */
    int root;      /* named by the user: read whatever its extension */
    int depth;
    char **names; /* folder being walked (GDAL string list), else NULL */
    int nnames, next;
    VSILFILE *tar;     /* tar archive being walked, else NULL */
    uint64_t tar_next; /* offset of its next header */
    int tar_done;
} item;

typedef enum kind { K_SNIFF, K_TEXT, K_HTML, K_JSONL, K_JSON } kind;

/* The file being streamed (JSON Lines) or walked (JSON). */
typedef struct stream {
    VSILFILE *fp;
    char *display, *idbase;
    kind kind;
    char *chunk;
    size_t clen, cpos;
    int eof;
    long lineno;
    ge_buf line;
    char *doc; /* JSON: the whole file */
    size_t doclen, docpos;
    cJSON *root, *elem;
    size_t elemno;
    int member;      /* a tar member: fp is the archive's, remain bytes left */
    uint64_t remain;
    int failed;      /* a read error was reported */
    int from_stdin;  /* standard input: ids without one are content hashes */
} stream;

struct ge_reader {
    char *f_id, *f_title, *f_url, *f_date, *f_text;
    size_t max_bytes;
    ge_diag diag;
    size_t errors;
    size_t repaired; /* articles whose mojibake was repaired */
    item *stack;
    size_t nstack, capstack;
    stream cur;
    int active;
};

/* ------------------------------------------------------------- helpers */

/* Reports one bad input: a message through diag, and a count. */
static void bad(ge_reader *r, const char *file, long line, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 4, 5)))
#endif
    ;
static void bad(ge_reader *r, const char *file, long line, const char *fmt, ...)
{
    char msg[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    r->errors++;
    ge_diag_report(&r->diag, file, line, "%s", msg);
}

static int ends_with(const char *s, const char *suffix)
{
    size_t n = strlen(s), k = strlen(suffix);
    if (k > n)
        return 0;
    for (size_t i = 0; i < k; i++)
        if (tolower((unsigned char)s[n - k + i]) != suffix[i])
            return 0;
    return 1;
}

static const char *base_name(const char *p)
{
    size_t n = strlen(p);
    while (n > 1 && p[n - 1] == '/')
        n--;
    const char *s = p + n;
    while (s > p && s[-1] != '/')
        s--;
    return s;
}

static char *join(const char *a, const char *sep, const char *b)
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

static int is_zip(const char *n) { return ends_with(n, ".zip"); }
static int is_tar(const char *n)
{
    return ends_with(n, ".tar") || ends_with(n, ".tgz") || ends_with(n, ".tar.gz");
}
static int is_gz(const char *n) { return ends_with(n, ".gz") && !is_tar(n); }

/* The kind of a file from its name (without a trailing .gz). */
static kind kind_of_name(const char *name)
{
    char tmp[256];
    ge_copy(tmp, sizeof tmp, name);
    if (ends_with(tmp, ".gz"))
        tmp[strlen(tmp) - 3] = '\0';
    if (ends_with(tmp, ".jsonl") || ends_with(tmp, ".ndjson"))
        return K_JSONL;
    if (ends_with(tmp, ".json"))
        return K_JSON;
    if (ends_with(tmp, ".html") || ends_with(tmp, ".htm") || ends_with(tmp, ".xhtml"))
        return K_HTML;
    if (ends_with(tmp, ".txt") || ends_with(tmp, ".text"))
        return K_TEXT;
    return K_SNIFF;
}

/* Files a folder walk picks up. */
static int wanted(const char *name)
{
    if (is_zip(name) || is_tar(name))
        return 1;
    return kind_of_name(name) != K_SNIFF;
}

/* Article id from a relative path: the known extensions dropped. */
static char *id_from_rel(const char *rel)
{
    char *id = ge_strdup(*rel ? rel : "article");
    if (!id)
        return NULL;
    static const char *const exts[] = {".gz", ".jsonl", ".ndjson", ".json", ".html",
                                       ".htm", ".xhtml", ".txt", ".text", NULL};
    for (const char *const *e = exts; *e; e++) {
        size_t n = strlen(id), k = strlen(*e);
        if (n > k && ends_with(id, *e) && id[n - k - 1] != '/')
            id[n - k] = '\0';
    }
    return id;
}

/* Message for the last failed GDAL or C call. */
static const char *last_error(int err)
{
    if (CPLGetLastErrorType() >= CE_Failure && *CPLGetLastErrorMsg()) {
        const char *m = CPLGetLastErrorMsg();
        return strstr(m, "decompression failed") ? "corrupt or truncated compressed data" : m;
    }
    return err ? strerror(err) : "unknown error";
}

/* Whether the VSIFReadL just made (after CPLErrorReset and errno = 0)
 * failed. GDAL 3.6 has no VSIFErrorL: archives report through CPLError,
 * plain files leave errno set on a short read. */
static int read_failed(int short_read)
{
    return CPLGetLastErrorType() >= CE_Failure ||
           (short_read && (errno == EIO || errno == EISDIR || errno == EACCES));
}

/* --------------------------------------------------------- the stack */

static void item_free(item *it)
{
    free(it->vsi);
    free(it->display);
    free(it->rel);
    CSLDestroy(it->names);
    if (it->tar)
        VSIFCloseL(it->tar);
}

static int push(ge_reader *r, char *vsi, char *display, char *rel, int root, int depth)
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
        bad(r, it->display, 0, "folders nested more than %d deep; skipped", MAX_DEPTH);
        CSLDestroy(names);
        return 0;
    }
    if (!names)
        names = VSIReadDir(dir);
    int n = CSLCount(names);
    if (n == 0) {
        CSLDestroy(names);
        return 0;
    }
    qsort(names, (size_t)n, sizeof *names, cmp_names);
    char *rel = ge_strdup(it->root ? "" : it->rel);
    if (push(r, ge_strdup(dir), ge_strdup(it->display), rel, 0, it->depth)) {
        CSLDestroy(names);
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
    child->vsi = join(top->vsi, "/", nm);
    child->display = join(top->display, "/", nm);
    child->rel = *top->rel ? join(top->rel, "/", nm) : ge_strdup(nm);
    child->depth = top->depth + 1;
    if (!child->vsi || !child->display || !child->rel) {
        item_free(child);
        return -1;
    }
    if (!wanted(nm)) {
        VSIStatBufL st;
        if (VSIStatExL(child->vsi, &st, VSI_STAT_NATURE_FLAG) != 0 || !VSI_ISDIR(st.st_mode) ||
            is_dir_link(child->vsi)) {
            item_free(child);
            return 0;
        }
    }
    return 1;
}

/* ------------------------------------------------------------ decoding */

/* Windows-1252 to UTF-8 (at most 3 bytes per byte). */
static char *cp1252_to_utf8(const char *s, size_t n, size_t *outlen)
{
    char *o = malloc(n * 3 + 1);
    if (!o)
        return NULL;
    size_t k = 0;
    for (size_t i = 0; i < n; i++)
        k += ge_utf8_put(o + k, ge_cp1252((unsigned char)s[i]));
    o[k] = '\0';
    *outlen = k;
    return o;
}

/* UTF-16 after a byte order mark (Windows "Unicode" text) to UTF-8.
 * Unpaired surrogates become U+FFFD (counted in *bad); an odd last byte is
 * dropped (counted too). */
static char *utf16_to_utf8(const char *s, size_t n, int be, size_t *outlen, size_t *bad_units)
{
    *bad_units = n % 2;
    const unsigned char *u = (const unsigned char *)s;
    char *o = malloc(n / 2 * 3 + 4);
    if (!o)
        return NULL;
    size_t k = 0;
    for (size_t i = 2; i + 1 < n; i += 2) {
        uint32_t c = be ? (uint32_t)(u[i] << 8 | u[i + 1]) : (uint32_t)(u[i + 1] << 8 | u[i]);
        if (c >= 0xD800 && c < 0xDC00 && i + 3 < n) {
            uint32_t d = be ? (uint32_t)(u[i + 2] << 8 | u[i + 3])
                            : (uint32_t)(u[i + 3] << 8 | u[i + 2]);
            if (d >= 0xDC00 && d < 0xE000) {
                c = 0x10000 + ((c - 0xD800) << 10) + (d - 0xDC00);
                i += 2;
            } else {
                c = 0xFFFD;
                ++*bad_units;
            }
        } else if (c >= 0xD800 && c < 0xE000) {
            c = 0xFFFD;
            ++*bad_units;
        }
        k += ge_utf8_put(o + k, c);
    }
    o[k] = '\0';
    *outlen = k;
    return o;
}

/* Largest length <= max that ends on a code point boundary of s. */
static size_t utf8_cut(const char *s, size_t len, size_t max)
{
    if (len <= max)
        return len;
    size_t n = max;
    while (n > 0 && ((unsigned char)s[n] & 0xC0) == 0x80)
        n--;
    return n;
}

static int blank(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (!isspace((unsigned char)s[i]))
            return 0;
    return 1;
}

/* Makes *p (n bytes, owned) valid UTF-8: when it is not, decodes it as
 * Windows-1252 with one message. Returns -1 when out of memory. */
static int ensure_utf8(ge_reader *r, const char *file, long line, char **p, size_t *n)
{
    size_t bad_at = ge_utf8_check(*p, *n);
    if (bad_at >= *n)
        return 0;
    size_t len;
    char *u = cp1252_to_utf8(*p, *n, &len);
    if (!u)
        return -1;
    bad(r, file, line, "invalid UTF-8 at byte %zu; read as Windows-1252", bad_at);
    free(*p);
    *p = u;
    *n = len;
    return 0;
}

/* Repairs text decoded twice ("cityâ€™s"), with a message. Offsets of
 * the article are offsets into the repaired text, the text as read. */
static void repair_text(ge_reader *r, ge_article *a)
{
    size_t n = ge_mojibake_repair(a->text, &a->text_len);
    if (n) {
        r->repaired++;
        ge_diag_report(&r->diag, a->source, a->line,
                       "%zu characters were UTF-8 read as Windows-1252 (mojibake); repaired", n);
    }
}

/* A publication date the calendar knows: YYYY, YYYY-MM or YYYY-MM-DD
 * (then a time, if any, after 'T' or a space); not "2023-02-30", a year 0
 * or below, or a year of five digits. */
static int valid_published(const char *s)
{
    ge_ymd d;
    while (*s == ' ')
        s++;
    if (!ge_date_parse_iso(s, &d))
        return 0;
    /* what was parsed: a month and a day only when their digits are there
     * (each test stops at the string's end: "2021-" is no date) */
    size_t n = 4;
    if (s[4] == '-' && isdigit((unsigned char)s[5]) && isdigit((unsigned char)s[6])) {
        n = 7;
        if (s[7] == '-' && isdigit((unsigned char)s[8]) && isdigit((unsigned char)s[9]))
            n = 10;
    }
    return s[n] == '\0' || s[n] == 'T' || s[n] == 't' || s[n] == ' ';
}

static void check_published(ge_reader *r, ge_article *a)
{
    if (!a->published || valid_published(a->published))
        return;
    bad(r, a->source, a->line, "publication date '%.40s' is not a valid date; left out",
        a->published);
    free(a->published);
    a->published = NULL;
}

/* Truncates an article's text to max_bytes (with a message). */
static void limit_text(ge_reader *r, ge_article *a)
{
    repair_text(r, a);
    check_published(r, a);
    if (a->text_len <= r->max_bytes)
        return;
    bad(r, a->source, a->line, "text longer than %zu bytes; truncated", r->max_bytes);
    a->text_len = utf8_cut(a->text, a->text_len, r->max_bytes);
    a->text[a->text_len] = '\0';
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
    CPLErrorReset();
    errno = 0;
    size_t got = VSIFReadL(buf, 1, want, s->fp);
    int short_read = got < want;
    if (read_failed(short_read) || (short_read && s->member)) {
        bad(r, s->display, s->lineno, "%s%s; %s", read_failed(short_read) ? "read error: " : "",
            read_failed(short_read) ? last_error(errno) : "archive truncated",
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
static int fill(ge_reader *r, stream *s)
{
    s->clen = stream_read(r, s, s->chunk, CHUNK);
    s->cpos = 0;
    return s->failed ? -1 : 0;
}

/* Reads what is left of the file into a buffer of at most limit bytes
 * (plus one byte to tell whether there was more). 0 = done, 1 = read error
 * (reported), -1 = out of memory. */
static int read_rest(ge_reader *r, stream *s, size_t limit, char **out, size_t *len, int *more)
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
        n = utf8_cut(b, n, limit);
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
        VSIFCloseL(s->fp);
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
        char *u = utf16_to_utf8(buf, n, buf[0] == '\xFE', &len, &badu);
        free(buf);
        if (!u)
            return -1;
        if (badu)
            bad(r, file, 0, "UTF-16 with %zu unpaired surrogate(s) or an odd last byte; "
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
        bad(r, file, 0, "contains NUL bytes (binary file?); skipped");
        free(buf);
        return 0;
    }
    if (blank(buf, n)) {
        bad(r, file, 0, "empty file; skipped");
        free(buf);
        return 0;
    }
    if (ensure_utf8(r, file, 0, &buf, &n)) {
        free(buf);
        return -1;
    }
    if (k == K_HTML || ((k == K_TEXT || k == K_SNIFF) && ge_html_sniff(buf, n))) {
        ge_html h;
        int rc = ge_html_to_text(buf, n, &h);
        free(buf);
        if (rc)
            return -1;
        if (blank(h.text, h.len)) {
            if (more)
                bad(r, file, 0, "no text in the first %zu bytes of the HTML page (the file is "
                                "longer: see --max-bytes); skipped",
                    r->max_bytes);
            else
                bad(r, file, 0, "no text in the HTML page; skipped");
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
    a->id = id_from_rel(s->idbase);
    a->source = ge_strdup(file);
    if (!a->id || !a->source)
        return -1;
    if (more)
        bad(r, file, 0, "file longer than %zu bytes; truncated", r->max_bytes);
    limit_text(r, a);
    return 1;
}

/* ------------------------------------------------------------- JSON */

/* A string field (numbers too when numbers_ok: ids), or NULL. */
static char *json_str(const cJSON *o, const char *field, int numbers_ok)
{
    const cJSON *v = cJSON_GetObjectItemCaseSensitive(o, field);
    if (cJSON_IsString(v) && v->valuestring && *v->valuestring)
        return ge_strdup(v->valuestring);
    if (numbers_ok && cJSON_IsNumber(v)) {
        char num[64];
        if (v->valuedouble == (double)(long long)v->valuedouble)
            snprintf(num, sizeof num, "%lld", (long long)v->valuedouble);
        else
            snprintf(num, sizeof num, "%.17g", v->valuedouble);
        return ge_strdup(num);
    }
    return NULL;
}

/* One JSON object to an article. where: line (JSONL) or element number. */
static int from_json(ge_reader *r, const cJSON *o, long line, long elem, ge_article *a)
{
    stream *s = &r->cur;
    cJSON *t = cJSON_GetObjectItemCaseSensitive(o, r->f_text);
    char where[48] = "";
    if (elem)
        snprintf(where, sizeof where, "element %ld: ", elem);
    long no = elem ? elem : line;
    if (!t) {
        bad(r, s->display, line, "%sno \"%s\" field; skipped", where, r->f_text);
        return 0;
    }
    if (!cJSON_IsString(t) || !t->valuestring) {
        bad(r, s->display, line, "%s\"%s\" is not a string; skipped", where, r->f_text);
        return 0;
    }
    if (blank(t->valuestring, strlen(t->valuestring))) {
        bad(r, s->display, line, "%s\"%s\" is empty; skipped", where, r->f_text);
        return 0;
    }
    /* Take the string from the tree rather than copy it (cJSON allocates
     * with malloc unless hooks are installed, and this library installs none). */
    a->text = t->valuestring;
    t->valuestring = NULL;
    a->text_len = strlen(a->text);
    a->id = json_str(o, r->f_id, 1);
    if (!a->id && s->from_stdin) {
        /* Standard input may be one block of a split archive (parallel
         * --pipe, RDD.pipe): a line number would repeat in every block, so
         * the id is the FNV-1a 64 hash of the text, the same in any block. */
        char hex[32];
        snprintf(hex, sizeof hex, "stdin-%016llx",
                 (unsigned long long)ge_hash(a->text, a->text_len));
        a->id = ge_strdup(hex);
    }
    if (!a->id) {
        char *base = id_from_rel(s->idbase);
        char suffix[32];
        snprintf(suffix, sizeof suffix, "%ld", no);
        a->id = base ? join(base, ":", suffix) : NULL;
        free(base);
    }
    a->title = json_str(o, r->f_title, 0);
    a->url = json_str(o, r->f_url, 0);
    a->published = json_str(o, r->f_date, 0);
    a->source = ge_strdup(s->display);
    a->line = line;
    if (!a->text || !a->id || !a->source)
        return -1;
    limit_text(r, a);
    return 1;
}

/* Next line of the stream into s->line. 1 = a line, 0 = end of file. Lines
 * longer than the limit are skipped with a message (but still counted). */
static int next_line(ge_reader *r, stream *s, int *toolong)
{
    size_t limit = r->max_bytes * 2 + ((size_t)1 << 20);
    int got = 0;
    s->line.len = 0;
    *toolong = 0;
    for (;;) {
        if (s->cpos == s->clen) {
            if (!s->eof && fill(r, s))
                return 0; /* read error (reported): drop the partial line */
            if (s->clen == s->cpos) {
                if (!got)
                    return 0;
                break;
            }
        }
        got = 1;
        char *p = s->chunk + s->cpos;
        char *nl = memchr(p, '\n', s->clen - s->cpos);
        size_t take = nl ? (size_t)(nl - p) : s->clen - s->cpos;
        if (!*toolong && s->line.len + take > limit) {
            *toolong = 1;
            ge_buf_free(&s->line);
        }
        if (!*toolong && ge_buf_add(&s->line, p, take))
            return -1;
        s->cpos += take + (nl ? 1 : 0);
        if (nl)
            break;
    }
    s->lineno++;
    return 1;
}

/* One JSON Lines line to an article (1), skipped (0) or out of memory (-1). */
static int jsonl_line(ge_reader *r, stream *s, ge_article *a)
{
    char *p = s->line.s;
    size_t n = s->line.len;
    if (s->lineno == 1 && n >= 3 && memcmp(p, "\xEF\xBB\xBF", 3) == 0) {
        p += 3;
        n -= 3;
    }
    if (n && p[n - 1] == '\r')
        n--;
    if (blank(p, n))
        return 0;
    if (memchr(p, '\0', n)) {
        bad(r, s->display, s->lineno, "NUL bytes in the line; skipped");
        return 0;
    }
    char *conv = NULL;
    size_t bad_at = ge_utf8_check(p, n);
    if (bad_at < n) {
        conv = cp1252_to_utf8(p, n, &n);
        if (!conv)
            return -1;
        bad(r, s->display, s->lineno, "invalid UTF-8 at byte %zu of the line; read as Windows-1252",
            bad_at);
        p = conv;
    }
    const char *end = NULL;
    cJSON *o = cJSON_ParseWithLengthOpts(p, n, &end, 0);
    int rc = 0;
    if (o && (!end || !blank(end, (size_t)(p + n - end)))) { /* trailing garbage */
        cJSON_Delete(o);
        o = NULL;
    }
    free(conv);
    conv = NULL;
    if (s->line.cap > ((size_t)4 << 20))
        ge_buf_free(&s->line); /* parsed: don't keep a huge line's buffer */
    if (!cJSON_IsObject(o))
        bad(r, s->display, s->lineno, "not a JSON object; line skipped");
    else
        rc = from_json(r, o, s->lineno, 0, a);
    cJSON_Delete(o);
    return rc;
}

static int jsonl_next(ge_reader *r, ge_article *a)
{
    stream *s = &r->cur;
    for (;;) {
        int toolong, rc = next_line(r, s, &toolong);
        if (rc <= 0)
            return rc;
        if (toolong) {
            bad(r, s->display, s->lineno, "line longer than %zu bytes; skipped",
                r->max_bytes * 2 + ((size_t)1 << 20));
            continue;
        }
        rc = jsonl_line(r, s, a);
        if (rc)
            return rc;
    }
}

static long line_at(const char *s, size_t pos)
{
    long line = 1;
    for (const char *p = s; (p = memchr(p, '\n', (size_t)(s + pos - p))) != NULL; p++)
        line++;
    return line;
}

/* A .json file: one object, an array of objects, or several objects one
 * after another. */
static int json_next(ge_reader *r, ge_article *a)
{
    stream *s = &r->cur;
    for (;;) {
        if (s->elem) {
            cJSON *e = s->elem;
            s->elem = e->next;
            s->elemno++;
            if (!cJSON_IsObject(e)) {
                bad(r, s->display, 0, "element %zu is not a JSON object; skipped", s->elemno);
                continue;
            }
            int rc = from_json(r, e, 0, (long)s->elemno, a);
            if (rc)
                return rc;
            continue;
        }
        cJSON_Delete(s->root);
        s->root = NULL;
        while (s->docpos < s->doclen && isspace((unsigned char)s->doc[s->docpos]))
            s->docpos++;
        if (s->docpos >= s->doclen)
            return 0;
        const char *end = NULL;
        long line = line_at(s->doc, s->docpos);
        s->root = cJSON_ParseWithLengthOpts(s->doc + s->docpos, s->doclen - s->docpos, &end, 0);
        if (!s->root || !end) {
            bad(r, s->display, line, "not valid JSON; rest of the file skipped");
            return 0;
        }
        s->docpos = (size_t)(end - s->doc);
        if (cJSON_IsArray(s->root)) {
            s->elem = s->root->child;
            s->elemno = 0;
        } else if (cJSON_IsObject(s->root)) {
            int rc = from_json(r, s->root, line, 0, a);
            if (rc)
                return rc;
        } else {
            bad(r, s->display, line, "not a JSON object or array; skipped");
        }
    }
}

/* Loads a .json file whole. 1 = ready to walk, 0 = skipped, -1 = no memory. */
static int json_load(ge_reader *r, stream *s)
{
    char *buf;
    size_t n;
    int more;
    int rc = read_rest(r, s, r->max_bytes * 2, &buf, &n, &more);
    if (rc)
        return rc < 0 ? -1 : 0;
    if (more) {
        bad(r, s->display, 0, "JSON file larger than %zu bytes; skipped", r->max_bytes * 2);
        free(buf);
        return 0;
    }
    if (n >= 3 && memcmp(buf, "\xEF\xBB\xBF", 3) == 0) {
        memmove(buf, buf + 3, n - 2);
        n -= 3;
    }
    if (blank(buf, n)) {
        bad(r, s->display, 0, "empty file; skipped");
        free(buf);
        return 0;
    }
    if (ensure_utf8(r, s->display, 0, &buf, &n)) {
        free(buf);
        return -1;
    }
    s->doc = buf;
    s->doclen = n;
    return 1;
}

/* -------------------------------------------------------------- visiting */

/* Opens a file and decides what it holds. 1 = article in *a, 0 = nothing
 * (skipped, or a stream was started), -1 = out of memory. */
static int open_file(ge_reader *r, const item *it, const char *vsi, VSILFILE *fp,
                     const uint64_t *member, kind k, ge_article *a)
{
    stream *s = &r->cur;
    errno = 0;
    CPLErrorReset();
    s->fp = fp ? fp : VSIFOpenL(vsi, "rb");
    s->member = member != NULL;
    s->from_stdin = !strcmp(vsi, "/vsistdin/");
    s->remain = member ? *member : 0;
    if (!s->fp) {
        bad(r, it->display, 0, "cannot open: %s", last_error(errno));
        return 0;
    }
    s->display = ge_strdup(it->display);
    s->idbase = ge_strdup(it->root ? base_name(it->rel) : it->rel);
    if (!s->display || !s->idbase)
        return -1;
    if (fill(r, s)) {
        stream_close(r);
        return 0;
    }
    if (s->clen == 0) {
        bad(r, it->display, 0, "empty file; skipped");
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
        int rc = json_load(r, s);
        if (rc > 0)
            r->active = 1;
        else
            stream_close(r);
        return rc < 0 ? -1 : 0;
    }
    char *buf;
    size_t n;
    int more;
    int rc = read_rest(r, s, r->max_bytes, &buf, &n, &more);
    if (rc == 0)
        rc = whole_file(r, s, k, buf, n, more, a);
    else
        rc = rc < 0 ? -1 : 0;
    stream_close(r);
    return rc;
}

/* ------------------------------------------------------------ tar */

/* Tar archives are walked in one pass, member after member, through a
 * GDAL VSI handle (/vsigzip/ decompresses .tar.gz). GDAL 3.6's /vsitar/
 * finds each member by a linear search and, in a .tar.gz, decompresses from
 * the start for every member opened: quadratic in the number of members.
 * Here only the 512-byte headers are parsed (ustar, GNU long names, pax
 * paths); members come in archive order. */

static uint64_t tar_number(const unsigned char *f, size_t n)
{
    uint64_t v = 0;
    if (f[0] & 0x80) { /* base-256 (GNU, for sizes of 8 GiB and more) */
        for (size_t i = 1; i < n; i++)
            v = (v << 8) | f[i];
        return v;
    }
    size_t i = 0;
    while (i < n && (f[i] == ' ' || f[i] == '\0'))
        i++;
    for (; i < n && f[i] >= '0' && f[i] <= '7'; i++)
        v = v * 8 + (uint64_t)(f[i] - '0');
    return v;
}

static int tar_header_ok(const unsigned char *h)
{
    uint64_t want = tar_number(h + 148, 8), sum = 0;
    for (int i = 0; i < 512; i++)
        sum += (i >= 148 && i < 156) ? ' ' : h[i];
    return sum == want;
}

static int all_zero(const unsigned char *h, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (h[i])
            return 0;
    return 1;
}

/* A member's path: pax or GNU long name if one came before, else
 * ustar prefix + name. */
static char *tar_name(const unsigned char *h, char *longname)
{
    if (longname)
        return longname;
    char name[101], prefix[156];
    memcpy(name, h, 100);
    name[100] = '\0';
    prefix[0] = '\0';
    if (memcmp(h + 257, "ustar", 5) == 0) {
        memcpy(prefix, h + 345, 155);
        prefix[155] = '\0';
    }
    return *prefix ? join(prefix, "/", name) : ge_strdup(name);
}

/* Reads a small member (long name, pax header) whole; NULL if too big. */
static char *tar_small(VSILFILE *fp, uint64_t size)
{
    if (size > ((uint64_t)1 << 20))
        return NULL;
    char *b = malloc((size_t)size + 1);
    if (b && VSIFReadL(b, 1, (size_t)size, fp) != size) {
        free(b);
        return NULL;
    }
    if (b)
        b[size] = '\0';
    return b;
}

/* The "path" record of a pax header ("LEN path=VALUE\n" records). */
static char *pax_path(const char *b)
{
    for (const char *p = b; *p;) {
        char *end;
        long len = strtol(p, &end, 10);
        if (len <= 0 || *end != ' ')
            return NULL;
        const char *kv = end + 1, *rec_end = p + len;
        if (strncmp(kv, "path=", 5) == 0 && rec_end > kv + 5)
            return ge_strndup(kv + 5, (size_t)(rec_end - kv - 5 - (rec_end[-1] == '\n')));
        if (memchr(p, '\0', (size_t)len))
            return NULL;
        p = rec_end;
    }
    return NULL;
}

static int hidden_path(const char *path)
{
    for (const char *p = path; p; p = strchr(p, '/')) {
        if (*p == '/')
            p++;
        if (*p == '.' || strncmp(p, "__MACOSX", 8) == 0)
            return 1;
    }
    return 0;
}

/* A member path that leaves the archive's folder: absolute, or with a ".."
 * component. */
static int outside(const char *path)
{
    if (path[0] == '/')
        return 1;
    for (const char *p = path; p; p = strchr(p, '/')) {
        if (*p == '/')
            p++;
        if (p[0] == '.' && p[1] == '.' && (p[2] == '/' || p[2] == '\0'))
            return 1;
    }
    return 0;
}

/* Starts walking a tar archive (it->vsi names the .tar or .tar.gz file). */
static int tar_open(ge_reader *r, const item *it)
{
    const char *name = base_name(it->vsi);
    int gz = !ends_with(name, ".tar") && strncmp(it->vsi, "/vsigzip/", 9) != 0;
    char *path = gz ? join("/vsigzip/", "", it->vsi) : ge_strdup(it->vsi);
    if (!path)
        return -1;
    CPLErrorReset();
    errno = 0;
    VSILFILE *fp = VSIFOpenL(path, "rb");
    free(path);
    unsigned char h[512];
    size_t got = fp ? VSIFReadL(h, 1, sizeof h, fp) : 0;
    if (!fp || got != sizeof h || !tar_header_ok(h)) {
        if (!fp)
            bad(r, it->display, 0, "cannot open: %s", last_error(errno));
        else
            bad(r, it->display, 0, "cannot read archive: %s",
                CPLGetLastErrorType() >= CE_Failure ? last_error(0) : "not a tar archive");
        if (fp)
            VSIFCloseL(fp);
        return 0;
    }
    char *rel = ge_strdup(it->root ? "" : it->rel);
    if (push(r, ge_strdup(it->vsi), ge_strdup(it->display), rel, 0, it->depth)) {
        VSIFCloseL(fp);
        return -1;
    }
    r->stack[r->nstack - 1].tar = fp;
    return 0;
}

static int visit(ge_reader *r, const item *it, ge_article *a);

/* Next member of the tar archive on top of the stack: 1 = article, 0 =
 * nothing yet (or a stream started), -1 = out of memory. */
static int tar_step(ge_reader *r, ge_article *a)
{
    item *top = &r->stack[r->nstack - 1];
    char *longname = NULL;
    while (!top->tar_done) {
        unsigned char h[512];
        CPLErrorReset();
        errno = 0;
        size_t got = 0;
        if (VSIFSeekL(top->tar, top->tar_next, SEEK_SET) == 0)
            got = VSIFReadL(h, 1, sizeof h, top->tar);
        int failed = read_failed(got < sizeof h);
        if (got == 0 && !failed) {
            /* end of file without end-of-archive blocks: cut short? */
            bad(r, top->display, 0, "archive ends without its end-of-archive blocks (cut "
                                    "short?); the members read so far are kept");
            break;
        }
        if (failed || got < sizeof h) {
            bad(r, top->display, 0, "cannot read archive: %s; rest of the archive skipped",
                failed ? last_error(errno) : "archive truncated");
            break;
        }
        if (all_zero(h, sizeof h))
            break;
        if (!tar_header_ok(h)) {
            bad(r, top->display, 0, "corrupt tar header at byte %llu; rest of the archive skipped",
                (unsigned long long)top->tar_next);
            break;
        }
        uint64_t size = tar_number(h + 124, 12), data = top->tar_next + 512;
        top->tar_next = data + ((size + 511) & ~(uint64_t)511);
        char type = (char)h[156];
        if (type == 'L' || type == 'x') {
            char *b = tar_small(top->tar, size);
            free(longname);
            longname = !b ? NULL : type == 'L' ? ge_strdup(b) : pax_path(b);
            free(b);
            continue;
        }
        if (type != '0' && type != '\0' && type != '7') { /* folders, links, ... */
            free(longname);
            longname = NULL;
            continue;
        }
        char *mpath = tar_name(h, longname);
        longname = NULL;
        if (!mpath)
            return -1;
        const char *mbase = base_name(mpath);
        if (outside(mpath)) {
            bad(r, top->display, 0, "member %s: a path outside the archive (.. or absolute); "
                                    "skipped",
                mpath);
            free(mpath);
            continue;
        }
        if (!*mbase || hidden_path(mpath) || !wanted(mbase)) {
            free(mpath);
            continue;
        }
        item child = {0};
        child.display = join(top->display, "/", mpath);
        child.rel = *top->rel ? join(top->rel, "/", mpath) : ge_strdup(mpath);
        child.depth = top->depth + 1;
        /* Nested archives go the GDAL way (rare; /vsitar/ indexes once). */
        int nested = is_zip(mbase) || is_tar(mbase) || is_gz(mbase);
        kind mkind = kind_of_name(mbase); /* mbase dies with mpath below */
        char *outer = nested ? join("/vsitar/{", top->vsi, "}/") : NULL;
        child.vsi = nested ? (outer ? join(outer, "", mpath) : NULL) : ge_strdup(mpath);
        free(outer);
        free(mpath);
        if (!child.display || !child.rel || !child.vsi) {
            item_free(&child);
            return -1;
        }
        int rc;
        if (nested) {
            rc = visit(r, &child, a);
        } else if (VSIFSeekL(top->tar, data, SEEK_SET) != 0) {
            bad(r, child.display, 0, "cannot read archive member; skipped");
            rc = 0;
        } else {
            rc = open_file(r, &child, child.vsi, top->tar, &size, mkind, a);
        }
        item_free(&child);
        return rc;
    }
    free(longname);
    top->tar_done = 1;
    return 0;
}

/* Visits one path: a folder or archive is expanded, a file opened. */
static int visit(ge_reader *r, const item *it, ge_article *a)
{
    const char *name = base_name(it->vsi);
    if (strcmp(it->vsi, "/vsistdin/") == 0)
        return open_file(r, it, it->vsi, NULL, NULL, K_SNIFF, a);
    if (!it->root && strncmp(it->vsi, "/vsi", 4) == 0 && !is_zip(name) && !is_tar(name) &&
        !is_gz(name)) {
        /* An archive member: open it straight away. GDAL 3.6 finds members
         * by a linear search, so every stat saved counts in big archives. */
        VSILFILE *fp = VSIFOpenL(it->vsi, "rb");
        if (fp)
            return open_file(r, it, it->vsi, fp, NULL, kind_of_name(name), a);
    }
    VSIStatBufL st;
    errno = 0;
    CPLErrorReset();
    if (VSIStatExL(it->vsi, &st, VSI_STAT_EXISTS_FLAG | VSI_STAT_NATURE_FLAG) != 0) {
        bad(r, it->display, 0, "cannot open: %s", errno ? strerror(errno) : "not found");
        return 0;
    }
    if (VSI_ISDIR(st.st_mode))
        return expand(r, it, it->vsi, NULL);
    if (is_tar(name))
        return tar_open(r, it);
    if (is_zip(name)) {
        char *dir = join("/vsizip/{", it->vsi, "}");
        if (!dir)
            return -1;
        /* Listed rather than stat'ed: GDAL 3.6 calls the root of a zip
         * that sits inside another archive a file, not a folder. */
        CPLErrorReset();
        char **names = VSIReadDir(dir);
        int rc = 0;
        if (!names)
            bad(r, it->display, 0, "cannot read archive: %s",
                CPLGetLastErrorType() >= CE_Failure ? last_error(0)
                                                    : "not a valid (or an empty) zip archive");
        else
            rc = expand(r, it, dir, names);
        free(dir);
        return rc;
    }
    kind k = kind_of_name(name);
    if (is_gz(name) && strncmp(it->vsi, "/vsigzip/", 9) != 0) {
        char *gz = join("/vsigzip/", "", it->vsi);
        if (!gz)
            return -1;
        int rc = open_file(r, it, gz, NULL, NULL, k, a);
        free(gz);
        return rc;
    }
    return open_file(r, it, it->vsi, NULL, NULL, k, a);
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
        fail = push(r, ge_strdup(std ? "/vsistdin/" : in), ge_strdup(std ? "stdin" : in),
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
    CPLPushErrorHandler(CPLQuietErrorHandler);
    /* GDAL would otherwise leave NAME.gz.properties files beside the inputs. */
    char *gzprops = ge_strdup(CPLGetThreadLocalConfigOption("CPL_VSIL_GZIP_WRITE_PROPERTIES", NULL));
    CPLSetThreadLocalConfigOption("CPL_VSIL_GZIP_WRITE_PROPERTIES", "NO");
    int rc = 0;
    for (;;) {
        if (r->active) {
            rc = r->cur.kind == K_JSON ? json_next(r, a) : jsonl_next(r, a);
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
            rc = tar_step(r, a);
            if (rc)
                break;
            continue;
        }
        if (top->tar || (top->names && top->next >= top->nnames)) {
            item_free(top);
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
        rc = visit(r, &it, a);
        item_free(&it);
        if (rc)
            break;
    }
    CPLSetThreadLocalConfigOption("CPL_VSIL_GZIP_WRITE_PROPERTIES", gzprops);
    free(gzprops);
    CPLPopErrorHandler();
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

void ge_reader_close(ge_reader *r)
{
    if (!r)
        return;
    stream_close(r);
    free(r->cur.chunk);
    while (r->nstack)
        item_free(&r->stack[--r->nstack]);
    free(r->stack);
    free(r->f_id);
    free(r->f_title);
    free(r->f_url);
    free(r->f_date);
    free(r->f_text);
    free(r);
}
