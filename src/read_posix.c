/*
 * read_posix.c -- the reader's file access without GDAL (gis.h's rd_io):
 * plain files, folders and standard input through POSIX calls. Archives,
 * compressed files and /vsi paths need GDAL's virtual file systems
 * (read_vsi.c); a reader without them reports such an input and skips it.
 */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include "read_internal.h"

typedef struct pfile {
    int fd;
    int own; /* not standard input */
} pfile;

static void *p_open(const char *path)
{
    int std = !strcmp(path, "/vsistdin/");
    int fd = std ? STDIN_FILENO : open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return NULL;
    pfile *f = malloc(sizeof *f);
    if (!f) {
        if (!std)
            close(fd);
        errno = ENOMEM;
        return NULL;
    }
    f->fd = fd;
    f->own = !std;
    return f;
}

static size_t p_read(void *buf, size_t n, void *h)
{
    pfile *f = h;
    size_t got = 0;
    while (got < n) {
        ssize_t k = read(f->fd, (char *)buf + got, n - got);
        if (k < 0 && errno == EINTR)
            continue;
        if (k <= 0)
            break;
        got += (size_t)k;
    }
    return got;
}

static int p_seek(void *h, uint64_t offset)
{
    pfile *f = h;
    return lseek(f->fd, (off_t)offset, SEEK_SET) == (off_t)offset ? 0 : -1;
}

static void p_close(void *h)
{
    pfile *f = h;
    if (f->own)
        close(f->fd);
    free(f);
}

static int p_stat(const char *path, int *is_dir)
{
    struct stat st;
    if (stat(path, &st) != 0)
        return -1;
    *is_dir = S_ISDIR(st.st_mode);
    return 0;
}

static void p_list_free(char **names)
{
    for (size_t i = 0; names && names[i]; i++)
        free(names[i]);
    free(names);
}

static char **p_list(const char *dir)
{
    DIR *d = opendir(dir);
    if (!d)
        return NULL;
    char **v = NULL;
    size_t n = 0, cap = 0;
    struct dirent *e;
    while ((e = readdir(d)) != NULL) {
        if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, ".."))
            continue;
        char *s = ge_strdup(e->d_name);
        if (!s || GE_PUSH(v, cap, n + 1)) {
            free(s);
            p_list_free(v);
            closedir(d);
            return NULL;
        }
        v[n++] = s;
        v[n] = NULL;
    }
    closedir(d);
    return v;
}

static void p_error_reset(void) {}
static int p_failed(void) { return 0; }
static const char *p_error_msg(void) { return ""; }
static void *p_begin(void) { return NULL; }
static void p_end(void *token) { (void)token; }

const rd_io rd_io_posix = {p_open, p_read, p_seek, p_close, p_stat, p_list, p_list_free,
                           p_error_reset, p_failed, p_error_msg, p_begin, p_end};

int rd_needs_vsi(const char *path)
{
    const char *name = rd_base_name(path);
    return !strncmp(path, "/vsi", 4) || rd_is_zip(name) || rd_is_tar(name) || rd_is_gz(name);
}

/* Walks the folder as the reader would (read.c's expand and next_entry:
 * hidden entries and __MACOSX skipped, links to folders not followed, at
 * most MAX_DEPTH deep), looking for a file that needs GDAL. */
static int tree_needs_vsi(const char *dir, int depth)
{
    if (depth >= MAX_DEPTH)
        return 0;
    DIR *d = opendir(dir);
    if (!d)
        return 0;
    int found = 0;
    struct dirent *e;
    while (!found && (e = readdir(d)) != NULL) {
        const char *nm = e->d_name;
        if (nm[0] == '.' || !strcmp(nm, "__MACOSX"))
            continue;
        if (rd_wanted(nm)) {
            found = rd_needs_vsi(nm);
            continue;
        }
        char *child = rd_join(dir, "/", nm);
        struct stat st;
        if (!child)
            found = 1; /* out of memory: let the full reader try */
        else if (lstat(child, &st) == 0 && S_ISDIR(st.st_mode))
            found = tree_needs_vsi(child, depth + 1);
        free(child);
    }
    closedir(d);
    return found;
}

int rd_input_needs_vsi(const char *path)
{
    struct stat st;
    if (!strcmp(path, "-"))
        return 0;
    if (rd_needs_vsi(path))
        return 1;
    return stat(path, &st) == 0 && S_ISDIR(st.st_mode) && tree_needs_vsi(path, 0);
}
