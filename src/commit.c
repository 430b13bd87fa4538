/*
 * commit.c -- putting a finished output in place safely: removing a
 * temporary folder without following the links in it, swapping a new output
 * folder for the old one in one step, and clearing what runs that died left.
 *
 * Every output is first written into a private folder ".NAME.tmp-PID-N"
 * (mode 0700) beside it. A folder output (a set of Shapefiles) replaces an
 * existing one with renameat2(RENAME_EXCHANGE): the reader sees the old set
 * or the new one, never half of each; files of the old folder that the new
 * output does not write are kept (hard-linked into the new folder first).
 * Removal walks the tree with openat/unlinkat and O_NOFOLLOW, so a symbolic
 * link planted in a temporary folder is removed as a link; what it points to
 * is never touched.
 */
#define _GNU_SOURCE 1 /* renameat2 */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <sys/stat.h>
#include <unistd.h>

#include "internal.h"

#define MAX_DEPTH 32

/* Empties the folder open as dfd (and closes it). 0 or -1. */
static int empty_dir(int dfd, int depth)
{
    DIR *d = fdopendir(dfd);
    if (!d) {
        close(dfd);
        return -1;
    }
    int rc = 0;
    struct dirent *e;
    while ((e = readdir(d)) != NULL) {
        if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, ".."))
            continue;
        struct stat st;
        if (fstatat(dirfd(d), e->d_name, &st, AT_SYMLINK_NOFOLLOW) != 0) {
            rc = -1;
            continue;
        }
        if (S_ISDIR(st.st_mode)) {
            int sub = depth < MAX_DEPTH ? openat(dirfd(d), e->d_name,
                                                 O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
                                        : -1;
            if (sub < 0 || empty_dir(sub, depth + 1) != 0 ||
                unlinkat(dirfd(d), e->d_name, AT_REMOVEDIR) != 0)
                rc = -1;
        } else if (unlinkat(dirfd(d), e->d_name, 0) != 0) {
            rc = -1; /* a link is removed as a link */
        }
    }
    closedir(d);
    return rc;
}

int ge_remove_tree(const char *path)
{
    int dfd = open(path, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
    if (dfd < 0)
        return errno == ENOENT ? 0 : (unlink(path) == 0 ? 0 : -1);
    int rc = empty_dir(dfd, 0);
    if (rmdir(path) != 0)
        rc = -1;
    return rc;
}

/* Hard-links into tmp every entry of final that tmp does not have (files
 * only). -1 when final holds a folder or a link cannot be made. */
static int keep_others(const char *final, const char *tmp, char *err, size_t errlen)
{
    DIR *d = opendir(final);
    if (!d)
        return 0;
    int tfd = open(tmp, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
    int rc = tfd < 0 ? -1 : 0;
    struct dirent *e;
    while (rc == 0 && (e = readdir(d)) != NULL) {
        if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, ".."))
            continue;
        struct stat st;
        if (fstatat(tfd, e->d_name, &st, AT_SYMLINK_NOFOLLOW) == 0)
            continue; /* the new output writes it */
        if (fstatat(dirfd(d), e->d_name, &st, AT_SYMLINK_NOFOLLOW) != 0 || S_ISDIR(st.st_mode)) {
            ge_seterr(err, errlen, "%s: holds a folder of its own (%s); not replacing it", final,
                      e->d_name);
            rc = -1;
        } else if (linkat(dirfd(d), e->d_name, tfd, e->d_name, 0) != 0) {
            ge_seterr(err, errlen, "%s: cannot keep %s: %s", final, e->d_name, strerror(errno));
            rc = -1;
        }
    }
    closedir(d);
    if (tfd >= 0)
        close(tfd);
    return rc;
}

int ge_swap_folder(const char *tmp, const char *final, char *err, size_t errlen)
{
    if (keep_others(final, tmp, err, errlen) != 0)
        return -1;
    if (renameat2(AT_FDCWD, tmp, AT_FDCWD, final, RENAME_EXCHANGE) == 0) {
        ge_remove_tree(tmp); /* the old set, now at tmp */
        return 0;
    }
    if (errno != EINVAL && errno != ENOSYS) {
        ge_seterr(err, errlen, "%s: cannot swap the new output in: %s", final, strerror(errno));
        return -1;
    }
    /* no RENAME_EXCHANGE here (some file systems): old aside, new in, or back */
    size_t n = strlen(final) + 32;
    char *old = malloc(n);
    if (!old)
        return -1;
    snprintf(old, n, "%s.old-%ld", final, (long)getpid());
    int rc = -1;
    if (rename(final, old) != 0) {
        ge_seterr(err, errlen, "%s: cannot move the old output aside: %s", final, strerror(errno));
    } else if (rename(tmp, final) != 0) {
        ge_seterr(err, errlen, "%s: cannot move the new output in: %s", final, strerror(errno));
        if (rename(old, final) != 0)
            ge_seterr(err, errlen, "%s: cannot put the old output back (it is at %s): %s", final,
                      old, strerror(errno));
    } else {
        ge_remove_tree(old);
        rc = 0;
    }
    free(old);
    return rc;
}

size_t ge_remove_stale(const char *dir, const char *base, char *first, size_t firstlen)
{
    DIR *d = opendir(dir);
    if (!d)
        return 0;
    size_t n = 0, bl = strlen(base);
    struct dirent *e;
    while ((e = readdir(d)) != NULL) {
        /* ".BASE.tmp-PID-N" */
        const char *s = e->d_name;
        if (s[0] != '.' || strncmp(s + 1, base, bl) || strncmp(s + 1 + bl, ".tmp-", 5))
            continue;
        char *end;
        long pid = strtol(s + 1 + bl + 5, &end, 10);
        if (pid <= 0 || *end != '-' || pid == (long)getpid())
            continue;
        if (kill((pid_t)pid, 0) == 0 || errno != ESRCH)
            continue; /* its run may still be going */
        size_t pl = strlen(dir) + strlen(s) + 2;
        char *p = malloc(pl);
        if (!p)
            break;
        snprintf(p, pl, "%s/%s", dir, s);
        if (ge_remove_tree(p) == 0 && n++ == 0 && first)
            snprintf(first, firstlen, "%s", p);
        free(p);
    }
    closedir(d);
    return n;
}
