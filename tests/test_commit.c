/* test_commit.c -- putting outputs in place safely (src/commit.c): a
 * temporary folder is removed without following the links planted in it;
 * a folder output replaces the old one in one step and keeps the old
 * folder's other files; folders of runs that died are cleared. */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "internal.h"

#include "check.h"

static void put(const char *dir, const char *name, const char *text)
{
    char p[1024];
    snprintf(p, sizeof p, "%s/%s", dir, name);
    FILE *f = fopen(p, "w");
    if (f) {
        fputs(text, f);
        fclose(f);
    }
}

static int has(const char *dir, const char *name, const char *text)
{
    char p[1024], buf[64] = "";
    snprintf(p, sizeof p, "%s/%s", dir, name);
    FILE *f = fopen(p, "r");
    if (!f)
        return 0;
    size_t n = fread(buf, 1, sizeof buf - 1, f);
    buf[n] = '\0';
    fclose(f);
    return !text || !strcmp(buf, text);
}

int main(void)
{
    char root[400], tmp[500], victim[500], final[500], stale[600];
    snprintf(root, sizeof root, "%s", GE_TEST_TMP);
    ge_remove_tree(root);
    mkdir(root, 0700);

    /* a link planted in a temporary folder: removed as a link */
    snprintf(victim, sizeof victim, "%s/victim", root);
    snprintf(tmp, sizeof tmp, "%s/.out.tmp-1-0", root);
    mkdir(victim, 0700);
    put(victim, "precious.txt", "keep");
    mkdir(tmp, 0700);
    put(tmp, "events.shp", "new");
    char link[900];
    snprintf(link, sizeof link, "%s/evil", tmp);
    CHECK(symlink(victim, link) == 0, "plant a link");
    char sub[800];
    snprintf(sub, sizeof sub, "%s/deeper", tmp);
    mkdir(sub, 0700);
    snprintf(link, sizeof link, "%s/evil2", sub);
    CHECK(symlink(victim, link) == 0, "plant a link deeper");
    CHECK(ge_remove_tree(tmp) == 0, "the temporary folder is removed");
    struct stat st;
    CHECK(stat(tmp, &st) != 0 && errno == ENOENT, "and is gone");
    CHECK(has(victim, "precious.txt", "keep"), "what the link pointed to is untouched");

    /* a folder output swapped in: new set whole, other files kept */
    snprintf(final, sizeof final, "%s/shp", root);
    mkdir(final, 0755);
    put(final, "events.shp", "old");
    put(final, "events.dbf", "old");
    put(final, "notes.txt", "mine");
    mkdir(tmp, 0700);
    put(tmp, "events.shp", "new");
    put(tmp, "events.dbf", "new");
    char err[256] = "";
    CHECK(ge_swap_folder(tmp, final, err, sizeof err) == 0, "swap: %s", err);
    CHECK(has(final, "events.shp", "new") && has(final, "events.dbf", "new"), "the new set");
    CHECK(has(final, "notes.txt", "mine"), "the user's own file is kept");
    CHECK(stat(tmp, &st) != 0, "the old set is gone");

    /* a folder of its own in the way: refused, nothing changed */
    char own[600];
    snprintf(own, sizeof own, "%s/own", final);
    mkdir(own, 0700);
    mkdir(tmp, 0700);
    put(tmp, "events.shp", "newer");
    CHECK(ge_swap_folder(tmp, final, err, sizeof err) != 0 && strstr(err, "own"), "refused: %s",
          err);
    CHECK(has(final, "events.shp", "new"), "the old output stays whole");
    ge_remove_tree(tmp);

    /* temporary folders of runs that died are cleared, live ones kept */
    snprintf(stale, sizeof stale, "%s/.shp.tmp-%d-0", root, 4194000);
    mkdir(stale, 0700);
    put(stale, "events.shp", "half");
    char live[600];
    snprintf(live, sizeof live, "%s/.shp.tmp-%ld-0", root, (long)getppid());
    mkdir(live, 0700);
    char first[1024] = "";
    size_t n = ge_remove_stale(root, "shp", first, sizeof first);
    CHECK(n == 1 && stat(stale, &st) != 0, "a dead run's folder is removed (%zu)", n);
    CHECK(stat(live, &st) == 0, "a running process's folder is kept");
    CHECK(strstr(first, ".shp.tmp-4194000-0") != NULL, "and named: %s", first);

    ge_remove_tree(root);
    printf("test_commit: %d passed, %d failed\n", passes, fails);
    return fails ? 1 : 0;
}
