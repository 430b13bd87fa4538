/*
 * read_tar.c -- tar archives (.tar, .tar.gz) walked in one pass, member
 * after member.
 */
#include <errno.h>

#include "internal.h"
#include "read_internal.h"

/* ------------------------------------------------------------ tar */

/* Tar archives are walked in one pass, member after member, through a
 * GDAL VSI handle, r->io (/vsigzip/ decompresses .tar.gz). GDAL 3.6's /vsitar/
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
    return *prefix ? rd_join(prefix, "/", name) : ge_strdup(name);
}

/* Reads a small member (long name, pax header) whole; NULL if too big. */
static char *tar_small(const ge_reader *r, void *fp, uint64_t size)
{
    if (size > ((uint64_t)1 << 20))
        return NULL;
    char *b = malloc((size_t)size + 1);
    if (b && r->io->read(b, (size_t)size, fp) != size) {
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
int rd_tar_open(ge_reader *r, const item *it)
{
    const char *name = rd_base_name(it->vsi);
    int gz = !rd_ends_with(name, ".tar") && strncmp(it->vsi, "/vsigzip/", 9) != 0;
    char *path = gz ? rd_join("/vsigzip/", "", it->vsi) : ge_strdup(it->vsi);
    if (!path)
        return -1;
    r->io->error_reset();
    errno = 0;
    void *fp = r->io->open(path);
    free(path);
    unsigned char h[512];
    size_t got = fp ? r->io->read(h, sizeof h, fp) : 0;
    if (!fp || got != sizeof h || !tar_header_ok(h)) {
        if (!fp)
            rd_bad(r, it->display, 0, "cannot open: %s", rd_last_error(r, errno));
        else
            rd_bad(r, it->display, 0, "cannot read archive: %s",
                r->io->failed() ? rd_last_error(r, 0) : "not a tar archive");
        if (fp)
            r->io->close(fp);
        return 0;
    }
    char *rel = ge_strdup(it->root ? "" : it->rel);
    if (rd_push(r, ge_strdup(it->vsi), ge_strdup(it->display), rel, 0, it->depth)) {
        r->io->close(fp);
        return -1;
    }
    r->stack[r->nstack - 1].tar = fp;
    return 0;
}

/* Next member of the tar archive on top of the stack: 1 = article, 0 =
 * nothing yet (or a stream started), -1 = out of memory. */
int rd_tar_step(ge_reader *r, ge_article *a)
{
    item *top = &r->stack[r->nstack - 1];
    char *longname = NULL;
    while (!top->tar_done) {
        unsigned char h[512];
        r->io->error_reset();
        errno = 0;
        size_t got = 0;
        if (r->io->seek(top->tar, top->tar_next) == 0)
            got = r->io->read(h, sizeof h, top->tar);
        int failed = rd_read_failed(r, got < sizeof h);
        if (got == 0 && !failed) {
            /* end of file without end-of-archive blocks: cut short? */
            rd_bad(r, top->display, 0, "archive ends without its end-of-archive blocks (cut "
                                    "short?); the members read so far are kept");
            break;
        }
        if (failed || got < sizeof h) {
            rd_bad(r, top->display, 0, "cannot read archive: %s; rest of the archive skipped",
                failed ? rd_last_error(r, errno) : "archive truncated");
            break;
        }
        if (all_zero(h, sizeof h))
            break;
        if (!tar_header_ok(h)) {
            rd_bad(r, top->display, 0, "corrupt tar header at byte %llu; rest of the archive skipped",
                (unsigned long long)top->tar_next);
            break;
        }
        uint64_t size = tar_number(h + 124, 12), data = top->tar_next + 512;
        top->tar_next = data + ((size + 511) & ~(uint64_t)511);
        char type = (char)h[156];
        if (type == 'L' || type == 'x') {
            char *b = tar_small(r, top->tar, size);
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
        const char *mbase = rd_base_name(mpath);
        if (outside(mpath)) {
            rd_bad(r, top->display, 0, "member %s: a path outside the archive (.. or absolute); "
                                    "skipped",
                mpath);
            free(mpath);
            continue;
        }
        if (!*mbase || hidden_path(mpath) || !rd_wanted(mbase)) {
            free(mpath);
            continue;
        }
        item child = {0};
        child.display = rd_join(top->display, "/", mpath);
        child.rel = *top->rel ? rd_join(top->rel, "/", mpath) : ge_strdup(mpath);
        child.depth = top->depth + 1;
        /* Nested archives go the GDAL way (rare; /vsitar/ indexes once). */
        int nested = rd_is_zip(mbase) || rd_is_tar(mbase) || rd_is_gz(mbase);
        kind mkind = rd_kind_of_name(mbase); /* mbase dies with mpath below */
        char *outer = nested ? rd_join("/vsitar/{", top->vsi, "}/") : NULL;
        child.vsi = nested ? (outer ? rd_join(outer, "", mpath) : NULL) : ge_strdup(mpath);
        free(outer);
        free(mpath);
        if (!child.display || !child.rel || !child.vsi) {
            rd_item_free(r, &child);
            return -1;
        }
        int rc;
        if (nested) {
            rc = rd_visit(r, &child, a);
        } else if (r->io->seek(top->tar, data) != 0) {
            rd_bad(r, child.display, 0, "cannot read archive member; skipped");
            rc = 0;
        } else {
            rc = rd_open_file(r, &child, child.vsi, top->tar, &size, mkind, a);
        }
        rd_item_free(r, &child);
        return rc;
    }
    free(longname);
    top->tar_done = 1;
    return 0;
}

/* Visits one path: a folder or archive is expanded, a file opened. */
