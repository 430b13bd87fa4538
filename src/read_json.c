/*
 * read_json.c -- articles from JSON Lines (streamed line by line through a
 * 64 KiB chunk) and from JSON files (an array or an object of articles).
 */
#include <ctype.h>
#include <stdio.h>

#include <cjson/cJSON.h>

#include "internal.h"
#include "read_internal.h"

/* ------------------------------------------------------------- JSON */

/* A string field (numbers too when numbers_ok: ids), or NULL. */
static char *json_str(const cJSON *o, const char *field, int numbers_ok)
{
    const cJSON *v = cJSON_GetObjectItemCaseSensitive(o, field);
    if (cJSON_IsString(v) && v->valuestring && *v->valuestring)
        return ge_strdup(v->valuestring);
    if (numbers_ok && cJSON_IsNumber(v)) {
        char num[64];
        double d = v->valuedouble;
        /* (a whole number within long long's range, 1e83 is not: its cast
         * would be undefined) */
        if (d > -9.2e18 && d < 9.2e18 && d == (double)(long long)d)
            snprintf(num, sizeof num, "%lld", (long long)d);
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
        rd_bad(r, s->display, line, "%sno \"%s\" field; skipped", where, r->f_text);
        return 0;
    }
    if (!cJSON_IsString(t) || !t->valuestring) {
        rd_bad(r, s->display, line, "%s\"%s\" is not a string; skipped", where, r->f_text);
        return 0;
    }
    if (rd_blank(t->valuestring, strlen(t->valuestring))) {
        rd_bad(r, s->display, line, "%s\"%s\" is empty; skipped", where, r->f_text);
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
        char *base = rd_id_from_rel(s->idbase);
        char suffix[32];
        snprintf(suffix, sizeof suffix, "%ld", no);
        a->id = base ? rd_join(base, ":", suffix) : NULL;
        free(base);
    }
    a->title = json_str(o, r->f_title, 0);
    a->url = json_str(o, r->f_url, 0);
    a->published = json_str(o, r->f_date, 0);
    a->home = json_str(o, "home", 0); /* the region the source covers, if given */
    a->source = ge_strdup(s->display);
    a->line = line;
    if (!a->text || !a->id || !a->source)
        return -1;
    rd_limit_text(r, a);
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
            if (!s->eof && rd_fill(r, s))
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
    if (rd_blank(p, n))
        return 0;
    if (memchr(p, '\0', n)) {
        rd_bad(r, s->display, s->lineno, "NUL bytes in the line; skipped");
        return 0;
    }
    char *conv = NULL;
    size_t bad_at = ge_utf8_check(p, n);
    if (bad_at < n) {
        conv = rd_cp1252_to_utf8(p, n, &n);
        if (!conv)
            return -1;
        rd_bad(r, s->display, s->lineno, "invalid UTF-8 at byte %zu of the line; read as Windows-1252",
            bad_at);
        p = conv;
    }
    const char *end = NULL;
    cJSON *o = cJSON_ParseWithLengthOpts(p, n, &end, 0);
    int rc = 0;
    if (o && (!end || !rd_blank(end, (size_t)(p + n - end)))) { /* trailing garbage */
        cJSON_Delete(o);
        o = NULL;
    }
    free(conv);
    conv = NULL;
    if (s->line.cap > ((size_t)4 << 20))
        ge_buf_free(&s->line); /* parsed: don't keep a huge line's buffer */
    if (!cJSON_IsObject(o))
        rd_bad(r, s->display, s->lineno, "not a JSON object; line skipped");
    else
        rc = from_json(r, o, s->lineno, 0, a);
    cJSON_Delete(o);
    return rc;
}

int rd_jsonl_next(ge_reader *r, ge_article *a)
{
    stream *s = &r->cur;
    for (;;) {
        int toolong, rc = next_line(r, s, &toolong);
        if (rc <= 0)
            return rc;
        if (toolong) {
            rd_bad(r, s->display, s->lineno, "line longer than %zu bytes; skipped",
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
int rd_json_next(ge_reader *r, ge_article *a)
{
    stream *s = &r->cur;
    for (;;) {
        if (s->elem) {
            cJSON *e = s->elem;
            s->elem = e->next;
            s->elemno++;
            if (!cJSON_IsObject(e)) {
                rd_bad(r, s->display, 0, "element %zu is not a JSON object; skipped", s->elemno);
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
            rd_bad(r, s->display, line, "not valid JSON; rest of the file skipped");
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
            rd_bad(r, s->display, line, "not a JSON object or array; skipped");
        }
    }
}

/* Loads a .json file whole. 1 = ready to walk, 0 = skipped, -1 = no memory. */
int rd_json_load(ge_reader *r, stream *s)
{
    char *buf;
    size_t n;
    int more;
    int rc = rd_read_rest(r, s, r->max_bytes * 2, &buf, &n, &more);
    if (rc)
        return rc < 0 ? -1 : 0;
    if (more) {
        rd_bad(r, s->display, 0, "JSON file larger than %zu bytes; skipped", r->max_bytes * 2);
        free(buf);
        return 0;
    }
    if (n >= 3 && memcmp(buf, "\xEF\xBB\xBF", 3) == 0) {
        memmove(buf, buf + 3, n - 2);
        n -= 3;
    }
    if (rd_blank(buf, n)) {
        rd_bad(r, s->display, 0, "empty file; skipped");
        free(buf);
        return 0;
    }
    if (rd_ensure_utf8(r, s->display, 0, &buf, &n)) {
        free(buf);
        return -1;
    }
    s->doc = buf;
    s->doclen = n;
    return 1;
}

