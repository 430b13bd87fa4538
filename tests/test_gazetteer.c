/*
 * test_gazetteer.c -- builds a tiny gazetteer from the GeoNames-format
 * fixture in tests/data/geonames, then checks lookups, ranking, indexes and
 * that damaged files are refused with a reason and no crash.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <time.h>

#include "geoevents/geoevents.h"
#include "gazetteer_file.h"
#include "internal.h"


#include "check.h"

typedef struct diags {
    int n;
    char last[512];
    int supp_lines[16];
    int nsupp;
} diags;

static void on_diag(void *user, const char *file, long line, const char *msg)
{
    diags *d = user;
    d->n++;
    snprintf(d->last, sizeof d->last, "%s:%ld: %s", file ? file : "-", line, msg);
    if (file && strstr(file, "supplements/test.txt") && d->nsupp < 16)
        d->supp_lines[d->nsupp++] = (int)line;
}

/* Name lookup through the one normalization. */
static int lookup(const ge_gazetteer *g, const char *name, ge_name *out)
{
    char key[256];
    size_t len = ge_text_normalize(name, strlen(name), key, sizeof key);
    return ge_gazetteer_lookup(g, key, len, out);
}

static const ge_place *first(const ge_gazetteer *g, const char *name, uint32_t *flags)
{
    ge_name n;
    if (!lookup(g, name, &n) || n.ncands == 0)
        return NULL;
    if (flags)
        *flags = n.cands[0].flags;
    return ge_gazetteer_place(g, n.cands[0].place);
}

static const char *S(const ge_gazetteer *g, uint32_t off)
{
    return ge_gazetteer_str(g, off);
}

static char *slurp(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *p = malloc((size_t)n + 1);
    if (p && fread(p, 1, (size_t)n, f) != (size_t)n) {
        free(p);
        p = NULL;
    }
    fclose(f);
    *len = (size_t)n;
    return p;
}

static void spit(const char *path, const void *p, size_t n)
{
    FILE *f = fopen(path, "wb");
    if (f) {
        fwrite(p, 1, n, f);
        fclose(f);
    }
}

/* Opening path must fail with GE_ERR_GAZETTEER and a reason containing want. */
static void expect_refused(const char *path, int verify, const char *want)
{
    ge_gazetteer *g = (ge_gazetteer *)1;
    char err[256] = "";
    ge_status st = ge_gazetteer_open(path, verify, &g, err, sizeof err);
    CHECK(st == GE_ERR_GAZETTEER);
    CHECK(g == NULL);
    if (!strstr(err, want)) {
        fprintf(stderr, "refusal of %s: reason '%s' lacks '%s'\n", path, err, want);
        fails++;
    }
}

static void check_lookups(const ge_gazetteer *g)
{
    uint32_t fl = 0;
    const ge_place *p = first(g, "Baghdad", &fl);
    CHECK(p && p->geonameid == 98182 && p->level == GE_LEVEL_CITY);
    CHECK(p && !strncmp(p->fcode, "PPLC", 8) && !memcmp(p->country, "IQ", 2));
    CHECK(p && !strcmp(S(g, p->admin1), "07") && !strcmp(S(g, p->admin1_name), "Baghdad"));
    CHECK(fl & GE_NAME_PRIMARY);
    ge_name n;
    /* the city (the governorate's seat) ranks above the governorate */
    CHECK(lookup(g, "BAGHDAD", &n) && n.ncands == 2);
    CHECK(n.ncands == 2 && ge_gazetteer_place(g, n.cands[1].place)->level == GE_LEVEL_ADMIN1);
    /* "baghdad" is in the fixture's English word list: a big place, so no
     * stop word, but marked as a word too */
    CHECK(!strcmp(n.key, "baghdad") && n.ntokens == 1 && n.flags == GE_NAMEF_WORD,
          "key %s ntokens %d flags %#x", n.key, (int)n.ntokens, (unsigned)n.flags);
    /* alternates: German name kept, Arabic script, IATA code, links and
     * historic names dropped; ids not in the dump ignored */
    p = first(g, "Bagdad", &fl);
    CHECK(p && p->geonameid == 98182 && (fl & GE_NAME_ALT));
    CHECK(!lookup(g, "BGW", &n));
    CHECK(!lookup(g, "بغداد", &n));
    CHECK(!lookup(g, "Arbela", &n));
    CHECK(!lookup(g, "Nowhere Place", &n));
    p = first(g, "Hewlêr", NULL);
    CHECK(p && p->geonameid == 95446);
    p = first(g, "Hewler", NULL); /* diacritics folded */
    CHECK(p && p->geonameid == 95446);
    /* the English word rule (word list: baghdad, hope, spring, human, ...):
     * a small place named by an ordinary word gets the stop flag, a big one
     * not; an alternate-only reading that is a word is dropped */
    CHECK(lookup(g, "Hope", &n) && n.ncands == 1 && (n.flags & GE_NAMEF_STOP));
    CHECK(lookup(g, "Baghdad", &n) && !(n.flags & GE_NAMEF_STOP));
    CHECK(!lookup(g, "Spring", &n));
    CHECK(!lookup(g, "Human", &n));
    p = first(g, "Springfild", NULL); /* a non-word alternate name of the same place stays */
    CHECK(p && p->geonameid == 4409896);
    /* countries beat cities; country from the dump keeps its own point */
    p = first(g, "Iraq", &fl);
    CHECK(p && p->level == GE_LEVEL_COUNTRY && p->geonameid == 99237);
    CHECK(p && fabsf(p->lat - 33.0f) < 1e-4f && fabsf(p->lon - 44.0f) < 1e-4f);
    /* demonyms from supplements, with plural */
    p = first(g, "Iraqis", &fl);
    CHECK(p && p->geonameid == 99237 && (fl & GE_NAME_DEMONYM) && (fl & GE_NAME_CURATED));
    /* abbreviations: "U.S." from alternates (abbr) and the supplement */
    p = first(g, "U.S.", &fl);
    CHECK(p && p->geonameid == 6252001 && (fl & GE_NAME_ABBREV) && (fl & GE_NAME_CURATED));
    p = first(g, "Ill.", &fl);
    CHECK(p && p->level == GE_LEVEL_ADMIN1 && !strcmp(S(g, p->name), "Illinois"));
    /* admin1 from the code list only: point derived from member places */
    CHECK(p && p->lat > 39.0f && p->lat < 42.0f && p->lon > -90.0f && p->lon < -87.0f);
    CHECK(p && p->geonameid == 4896861 && p->population == 114394 + 2720546);
    /* curated alias ranks first; name flags */
    CHECK(lookup(g, "Springfield", &n) && n.ncands == 3);
    CHECK(n.ncands == 3 && ge_gazetteer_place(g, n.cands[0].place)->geonameid == 4250542);
    CHECK(n.ncands == 3 && ge_gazetteer_place(g, n.cands[1].place)->geonameid == 4409896);
    CHECK(n.flags == GE_NAMEF_PERSON);
    CHECK(lookup(g, "Paris", &n) && (n.flags & GE_NAMEF_STOP) && n.ncands >= 2);
    CHECK(n.ncands >= 2 && ge_gazetteer_place(g, n.cands[0].place)->geonameid == 2988507);
    /* name-only entries: found, no candidates */
    CHECK(lookup(g, "University", &n) && n.ncands == 0 && n.flags == GE_NAMEF_ORG_WORD);
    /* given names (givennames JSON): a flag on place names and others alike */
    CHECK(lookup(g, "Kevin", &n) && n.ncands == 0 && n.flags == GE_NAMEF_GIVEN);
    CHECK(lookup(g, "Paris", &n) && (n.flags & GE_NAMEF_GIVEN) && n.ncands >= 2);
    /* multi-token names and the first-token table */
    CHECK(lookup(g, "middle east", &n) && n.ntokens == 2 && n.ncands == 1);
    CHECK(ge_gazetteer_max_tokens(g, "middle", 6) >= 2);
    CHECK(ge_gazetteer_max_tokens(g, "united", 6) >= 4); /* United States of America */
    CHECK(ge_gazetteer_max_tokens(g, "baghdad", 7) >= 1);
    CHECK(ge_gazetteer_max_tokens(g, "zzzz", 4) == 0);
    /* features we do not keep */
    CHECK(!lookup(g, "Old Town", &n));
    CHECK(!lookup(g, "Some Hill", &n));
    p = first(g, "Paris Nord", NULL);
    CHECK(p && p->level == GE_LEVEL_SITE);
    p = first(g, "Europe", NULL);
    CHECK(p && p->level == GE_LEVEL_CONTINENT);
    p = first(g, "Mideast", &fl);
    CHECK(p && p->level == GE_LEVEL_CONTINENT && (fl & GE_NAME_CURATED));
    /* admin2 name without its suffix */
    p = first(g, "Sangamon", &fl);
    CHECK(p && p->level == GE_LEVEL_ADMIN2 && (fl & GE_NAME_ALT));
    /* "Province of Bukidnon" is written "Bukidnon": its main name */
    p = first(g, "Greene", &fl);
    CHECK(p && p->level == GE_LEVEL_ADMIN2 && (fl & GE_NAME_PRIMARY));
}

/* Many lookups at once (the recognizer's batches) answer as one at a time:
 * names that are there, names that are not, more than one batch. */
static void check_lookup_many(const ge_gazetteer *g)
{
    static const char *const names[] = {
        "Baghdad", "Nowhere Place", "Springfield", "Paris", "Hope", "BGW", "middle east",
        "Kevin", "University", "Old Town", "Erbil", "Arbela", "Spring", "Baghdad", "Mosul",
        "Basra", "Human", "Iraq", "Springfield", "Some Hill", "Paris"};
    enum { N = sizeof names / sizeof *names };
    char buf[N][256];
    const char *keys[N];
    size_t lens[N];
    uint64_t hashes[N];
    ge_name many[N];
    unsigned char found[N];
    for (size_t i = 0; i < N; i++) {
        lens[i] = ge_text_normalize(names[i], strlen(names[i]), buf[i], sizeof buf[i]);
        keys[i] = buf[i];
        hashes[i] = ge_hash(buf[i], lens[i]);
    }
    ge_gazetteer_lookup_many(g, N, keys, lens, hashes, many, found);
    int same = 1, some = 0;
    for (size_t i = 0; i < N; i++) {
        ge_name one;
        int f = ge_gazetteer_lookup(g, keys[i], lens[i], &one);
        some += f;
        same &= f == found[i] && (!f || (one.cands == many[i].cands && one.ncands == many[i].ncands &&
                                         one.flags == many[i].flags && one.key == many[i].key));
    }
    CHECK(same, "batched lookups answer as single ones");
    CHECK(some >= 8 && some < (int)N, "the batch holds names found and not found (%d)", some);
}

static void check_indexes(const ge_gazetteer *g)
{
    uint32_t i = ge_gazetteer_country(g, "IQ");
    CHECK(i != UINT32_MAX && ge_gazetteer_place(g, i)->geonameid == 99237);
    CHECK(ge_gazetteer_country(g, "ZZ") == UINT32_MAX);
    CHECK(ge_gazetteer_country(g, "iq") == UINT32_MAX);
    const char *a3 = ge_gazetteer_alpha3(g, "IQ");
    CHECK(a3 && !strcmp(a3, "IRQ"));
    CHECK(ge_gazetteer_alpha3(g, "US") && !strcmp(ge_gazetteer_alpha3(g, "US"), "USA"));
    CHECK(ge_gazetteer_alpha3(g, "ZZ") == NULL);
    i = ge_gazetteer_admin1(g, "US", "IL");
    CHECK(i != UINT32_MAX && !strcmp(S(g, ge_gazetteer_place(g, i)->name), "Illinois"));
    i = ge_gazetteer_admin1(g, "IQ", "07");
    CHECK(i != UINT32_MAX && ge_gazetteer_place(g, i)->geonameid == 98180);
    CHECK(ge_gazetteer_admin1(g, "IQ", "99") == UINT32_MAX);
    CHECK(ge_gazetteer_admin1(g, "US", "") == UINT32_MAX);
    CHECK(ge_gazetteer_place(g, (uint32_t)ge_gazetteer_nplaces(g)) == NULL);
    CHECK(!strcmp(ge_gazetteer_str(g, UINT32_MAX), ""));
    const char *meta = ge_gazetteer_meta(g);
    CHECK(strstr(meta, "contains data from GeoNames, geonames.org, CC BY 4.0") != NULL);
    CHECK(strstr(meta, "built: ") != NULL);
    CHECK(strstr(meta, "test-run: yes") != NULL);
}

/* Damaged copies of a good file are refused with a reason, never a crash. */
static void check_refusals(const char *good, const char *dir)
{
    size_t len;
    char *data = slurp(good, &len);
    CHECK(data != NULL);
    if (!data)
        return;
    char path[1024];
    snprintf(path, sizeof path, "%s/truncated.gaz", dir);
    spit(path, data, len / 2);
    expect_refused(path, 0, "truncated");
    snprintf(path, sizeof path, "%s/short.gaz", dir);
    spit(path, data, 10);
    expect_refused(path, 0, "too short");
    snprintf(path, sizeof path, "%s/empty.gaz", dir);
    spit(path, data, 0);
    expect_refused(path, 0, "too short");
    expect_refused("/nonexistent/dir/x.gaz", 0, "cannot open");
    expect_refused(dir, 0, "not a regular file");

    char *copy = malloc(len);
    gz_header *h = (gz_header *)copy;
    memcpy(copy, data, len);
    memcpy(copy, "GEOEVGAX", 8);
    snprintf(path, sizeof path, "%s/magic.gaz", dir);
    spit(path, copy, len);
    expect_refused(path, 0, "bad magic");

    memcpy(copy, data, len);
    h->version = GZ_VERSION + 1;
    snprintf(path, sizeof path, "%s/version.gaz", dir);
    spit(path, copy, len);
    expect_refused(path, 0, "another version");

    memcpy(copy, data, len);
    h->sec[GZ_SEC_NAMES].off = (uint64_t)len * 4;
    snprintf(path, sizeof path, "%s/section.gaz", dir);
    spit(path, copy, len);
    expect_refused(path, 0, "out of bounds");

    memcpy(copy, data, len);
    h->sec[GZ_SEC_NAME_SLOTS].size -= 8 * 3; /* not a power of two any more */
    snprintf(path, sizeof path, "%s/slots.gaz", dir);
    spit(path, copy, len);
    expect_refused(path, 0, "corrupt");

    /* a flipped byte inside the string pool: a file never verified (no
     * stamp beside it) is checksummed at its first open and refused */
    memcpy(copy, data, len);
    copy[h->sec[GZ_SEC_STRINGS].off + 20] ^= 0x55;
    snprintf(path, sizeof path, "%s/flipped.gaz", dir);
    spit(path, copy, len);
    expect_refused(path, 0, "checksum");
    expect_refused(path, 1, "checksum");
    ge_gazetteer *g = NULL;
    char err[256];

    /* a coordinate off the globe is refused by the cheap checks */
    memcpy(copy, data, len);
    ((ge_place *)(copy + h->sec[GZ_SEC_PLACES].off))[0].lat = 133.0f;
    snprintf(path, sizeof path, "%s/offglobe.gaz", dir);
    spit(path, copy, len);
    expect_refused(path, 0, "off the globe");
    /* a stamp vouches for a file as it was when verified, so later opens
     * skip the contents checks; verify still makes them */
    {
        struct stat ost;
        char ostamp[1100];
        snprintf(ostamp, sizeof ostamp, "%s.verified", path);
        FILE *sf = stat(path, &ost) == 0 ? fopen(ostamp, "w") : NULL;
        CHECK(sf != NULL);
        if (sf) {
            fprintf(sf, "geoevents-gazetteer-verified %llu %llu %llu %llx\n",
                    (unsigned long long)ost.st_size, (unsigned long long)ost.st_mtim.tv_sec,
                    (unsigned long long)ost.st_mtim.tv_nsec, (unsigned long long)h->checksum);
            fclose(sf);
            ge_gazetteer *og = NULL;
            char oerr[256];
            CHECK(ge_gazetteer_open(path, 0, &og, oerr, sizeof oerr) == GE_OK);
            ge_gazetteer_close(og);
            expect_refused(path, 1, "off the globe");
        }
    }

    /* a FIFO given as the gazetteer is refused at once, not waited on */
    snprintf(path, sizeof path, "%s/fifo.gaz", dir);
    unlink(path);
    if (mkfifo(path, 0600) == 0)
        expect_refused(path, 0, "not a regular file");

    /* the good file: verified at its first open, a stamp remembers it */
    snprintf(path, sizeof path, "%s/good.gaz", dir);
    spit(path, data, len);
    char stamp[1100];
    snprintf(stamp, sizeof stamp, "%s.verified", path);
    unlink(stamp);
    CHECK(ge_gazetteer_open(path, 0, &g, err, sizeof err) == GE_OK);
    ge_gazetteer_close(g);
    struct stat sst;
    CHECK(stat(stamp, &sst) == 0);

    /* garbage inside the name table: lookups stay in bounds */
    memcpy(copy, data, len);
    for (uint64_t i = h->sec[GZ_SEC_NAMES].off; i < h->sec[GZ_SEC_NAMES].off + h->sec[GZ_SEC_NAMES].size; i++)
        copy[i] = (char)(i * 7919u);
    snprintf(path, sizeof path, "%s/garbled.gaz", dir);
    spit(path, copy, len);
    g = NULL;
    CHECK(ge_gazetteer_open(path, 0, &g, err, sizeof err) != GE_OK);
    if (g) {
        ge_name n;
        static const char *const keys[] = {"baghdad", "iraq", "us", "middle east", "paris", "x"};
        for (size_t i = 0; i < sizeof keys / sizeof *keys; i++)
            if (ge_gazetteer_lookup(g, keys[i], strlen(keys[i]), &n))
                for (uint32_t c = 0; c < n.ncands; c++)
                    (void)ge_gazetteer_place(g, n.cands[c].place);
        ge_gazetteer_close(g);
    }
    /* random damage anywhere after the header: whatever opens answers
     * lookups with candidates whose places exist */
    srand(12345);
    static const char *const keys[] = {"baghdad", "iraq", "us", "middle east", "paris",
                                       "springfield", "illinois", "x"};
    for (int round = 0; round < 300; round++) {
        memcpy(copy, data, len);
        for (int k = 0; k < 1 + round % 16; k++) {
            size_t at = sizeof(gz_header) + (size_t)rand() % (len - sizeof(gz_header));
            copy[at] = (char)rand();
        }
        spit(path, copy, len);
        g = NULL;
        if (ge_gazetteer_open(path, 0, &g, err, sizeof err) != GE_OK)
            continue;
        for (size_t i = 0; i < sizeof keys / sizeof *keys; i++) {
            ge_name n;
            if (ge_gazetteer_lookup(g, keys[i], strlen(keys[i]), &n))
                for (uint32_t c = 0; c < n.ncands; c++) {
                    const ge_place *p = ge_gazetteer_place(g, n.cands[c].place);
                    CHECK(p != NULL);
                    if (p)
                        (void)strlen(ge_gazetteer_str(g, p->name));
                }
            (void)ge_gazetteer_max_tokens(g, keys[i], strlen(keys[i]));
        }
        (void)ge_gazetteer_admin1(g, "US", "IL");
        (void)ge_gazetteer_alpha3(g, "IQ");
        uint32_t ci = ge_gazetteer_country(g, "IQ");
        CHECK(ci == UINT32_MAX || ge_gazetteer_place(g, ci) != NULL);
        ge_gazetteer_close(g);
    }
    free(copy);
    free(data);
}

static void check_speed(const ge_gazetteer *g)
{
    static const char *const keys[] = {"baghdad", "iraq", "the", "said", "springfield", "paris"};
    ge_name n;
    clock_t t0 = clock();
    long found = 0;
    for (int r = 0; r < 200000; r++)
        found += ge_gazetteer_lookup(g, keys[r % 6], strlen(keys[r % 6]), &n);
    double us = (double)(clock() - t0) / CLOCKS_PER_SEC * 1e6 / 200000;
    CHECK(found > 0);
    CHECK(us < 5.0); /* a lookup is a hash and a probe */
}

int main(void)
{
    const char *src = GE_SOURCE_DIR "/tests/data/geonames";
    const char *dir = GE_TEST_TMP;
    mkdir(dir, 0777);
    char out[1024], p[6][1024];
    snprintf(out, sizeof out, "%s/fixture.gaz", dir);
    static const char *const files[] = {"allCountries.txt", "alternateNamesV2.txt",
                                        "admin1CodesASCII.txt", "admin2Codes.txt",
                                        "countryInfo.txt", "supplements"};
    static const char *const kinds[] = {"geonames",    "alternates",  "admin1codes",
                                        "admin2codes", "countryinfo", "supplements"};
    ge_build_input in[6];
    /* given out of order on purpose: the builder orders them itself */
    for (int i = 0; i < 6; i++) {
        int j = 5 - i;
        snprintf(p[i], sizeof p[i], "%s/%s", src, files[j]);
        in[i].kind = kinds[j];
        in[i].path = p[i];
    }
    diags d = {0};
    ge_diag diag = {on_diag, &d};
    char err[512] = "";
    ge_status st = ge_gazetteer_build(in, 6, out, "test-run: yes", &diag, err, sizeof err);
    CHECK(st == GE_OK);
    if (st != GE_OK) {
        fprintf(stderr, "build failed: %s\n", err);
        return 1;
    }
    /* bad lines: 2 in allCountries, 1 in alternates, 1 in admin1 codes, 1 in
     * countryInfo, 5 in the supplements (lines 10, 11, 12; missing lists
     * at 15 and 17) */
    CHECK(d.n >= 8);
    CHECK(d.nsupp == 5 && d.supp_lines[0] == 10 && d.supp_lines[1] == 11 &&
          d.supp_lines[2] == 12 && d.supp_lines[3] == 15 && d.supp_lines[4] == 17);
    /* unknown kinds are refused before anything is read */
    ge_build_input badkind = {"shapefile", p[0]};
    CHECK(ge_gazetteer_build(&badkind, 1, out, NULL, NULL, err, sizeof err) == GE_ERR_ARG);
    CHECK(strstr(err, "shapefile") != NULL);

    ge_gazetteer *g = NULL;
    st = ge_gazetteer_open(out, 1, &g, err, sizeof err);
    CHECK(st == GE_OK && g);
    if (!g)
        return 1;
    check_lookups(g);
    check_lookup_many(g);
    check_indexes(g);
    check_speed(g);
    ge_gazetteer_close(g);
    check_refusals(out, dir);
    if (fails)
        fprintf(stderr, "%d check(s) failed\n", fails);
    return fails ? 1 : 0;
}
