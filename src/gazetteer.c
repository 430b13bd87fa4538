/*
 * gazetteer.c -- reads a compiled gazetteer file through mmap: name lookup,
 * first-token lengths, country / admin1 indexes, metadata.
 *
 * File layout (gazetteer_file.h has the structs; all integers native-endian,
 * every section 8-byte aligned, nothing is parsed at open):
 *
 *   gz_header        magic "GEOEVGAZ", version, endianness mark, file size,
 *                    checksum (FNV-1a 64 of the whole file, this field zero),
 *                    counts and an (offset, size) pair per section
 *   places           ge_place[nplaces], fixed 48-byte records; strings in
 *                    them are offsets into the string pool
 *   strings          NUL-terminated UTF-8 strings, offset 0 is "", the pool
 *                    ends with a NUL so any in-range offset is a C string
 *   names            gz_name[nnames]: normalized key (pool offset + length),
 *                    GE_NAMEF_* flags, token count, candidate range
 *   name slots       open-addressing hash table (power of two, load <= 1/2)
 *                    of gz_slot {tag, name index}; tag = high hash bits | 1
 *   candidates       ge_candidate[]: each name's run, best prior first
 *   token slots      hash table: first token of any name -> max tokens of
 *                    the names starting with it (an upper bound: tags may
 *                    merge two tokens, never under-report)
 *   countries        gz_country[676] indexed by alpha-2: place + alpha-3
 *   admin1 slots     hash("CC.code") -> place index, checked against the
 *                    place's own country and admin1 code
 *   metadata         "key: value" lines (sources, licences, build date)
 *
 * Open checks magic, version, endianness, the file size and that every
 * section lies inside the file with a size that is a whole number of
 * records; hash table sizes must be powers of two. Everything read later is
 * bounds-checked on access (string offsets, candidate ranges, place
 * indexes: a lookup returns only candidates whose place index is valid, so
 * callers may dereference ge_gazetteer_place() of any candidate), so a
 * corrupt file gives empty answers, never a crash.
 * Lookups hash the key once, probe, compare; they allocate nothing.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include "gazetteer_file.h"
#include "internal.h"

struct ge_gazetteer {
    const unsigned char *map;
    size_t size;
    const gz_header *h;
    const ge_place *places;
    uint32_t nplaces;
    const char *strings;
    uint64_t nstrings;
    const gz_name *names;
    uint32_t nnames;
    const gz_slot *name_slots, *token_slots, *admin1_slots;
    uint64_t name_mask, token_mask, admin1_mask;
    const ge_candidate *cands;
    uint32_t ncands;
    const gz_country *countries;
    const char *meta;
};

static uint64_t checksum(const unsigned char *p, size_t n)
{
    uint64_t h = 1469598103934665603ull;
    size_t skip = offsetof(gz_header, checksum);
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (i >= skip && i < skip + 8) ? 0 : p[i];
        h ^= c;
        h *= 1099511628211ull;
    }
    return h;
}

/* Checks that section s is inside the file and holds whole records of
 * elem bytes; *count gets the number of records. */
static int check_section(const ge_gazetteer *g, int s, size_t elem, uint64_t *count)
{
    const gz_section *sec = &g->h->sec[s];
    if (sec->off % GZ_ALIGN || sec->off < sizeof(gz_header) || sec->off > g->size ||
        sec->size > g->size - sec->off || sec->size % elem)
        return -1;
    *count = sec->size / elem;
    return 0;
}

static int is_pow2(uint64_t n)
{
    return n && !(n & (n - 1));
}

/* What can be checked cheaply in a few milliseconds: every place's point
 * on the globe and its strings in the pool, every name's key and candidate
 * range, every candidate's place. A flipped byte in a coordinate (Baghdad
 * moved to a latitude of 133) is refused here; one that keeps the values
 * plausible is left to the checksum. */
static const char *check_contents(const ge_gazetteer *g)
{
    for (uint32_t i = 0; i < g->nplaces; i++) {
        const ge_place *p = &g->places[i];
        if (!(p->lat >= -90.0f && p->lat <= 90.0f) || !(p->lon >= -180.0f && p->lon <= 180.0f))
            return "a place's coordinates are off the globe (corrupt file)";
        if (p->name >= g->nstrings || p->admin1 >= g->nstrings || p->admin2 >= g->nstrings ||
            p->admin1_name >= g->nstrings || p->level > GE_LEVEL_SITE)
            return "a place's fields are out of range (corrupt file)";
    }
    for (uint32_t i = 0; i < g->nnames; i++) {
        const gz_name *nm = &g->names[i];
        if ((uint64_t)nm->key + nm->keylen >= g->nstrings ||
            (uint64_t)nm->cand + nm->ncands > g->ncands)
            return "a name's key or readings are out of range (corrupt file)";
    }
    for (uint32_t i = 0; i < g->ncands; i++)
        if (g->cands[i].place >= g->nplaces)
            return "a reading points past the places (corrupt file)";
    return NULL;
}

static const char *check_layout(ge_gazetteer *g)
{
    const gz_header *h = g->h;
    if (memcmp(h->magic, GZ_MAGIC, 8) != 0)
        return "not a geoevents gazetteer (bad magic)";
    if (h->endian != GZ_ENDIAN)
        return "gazetteer written on a machine of another byte order";
    if (h->version != GZ_VERSION)
        return "gazetteer file of another version: rebuild it with 'geoevents gazetteer build'";
    if (h->file_size != g->size)
        return "gazetteer file truncated or extended (size differs from its header)";
    if (h->nsections != GZ_NSEC || h->place_size != sizeof(ge_place))
        return "gazetteer header does not match this program's layout";
    uint64_t n[GZ_NSEC];
    static const size_t elem[GZ_NSEC] = {sizeof(ge_place), 1, sizeof(gz_name), sizeof(gz_slot),
                                         sizeof(ge_candidate), sizeof(gz_slot), sizeof(gz_country),
                                         sizeof(gz_slot), 1};
    for (int s = 0; s < GZ_NSEC; s++)
        if (check_section(g, s, elem[s], &n[s]) != 0)
            return "gazetteer section out of bounds (corrupt file)";
    if (n[GZ_SEC_PLACES] != h->nplaces || n[GZ_SEC_NAMES] != h->nnames ||
        n[GZ_SEC_CANDS] != h->ncands || n[GZ_SEC_COUNTRIES] != 26 * 26)
        return "gazetteer section sizes disagree with the header (corrupt file)";
    if (!is_pow2(n[GZ_SEC_NAME_SLOTS]) || !is_pow2(n[GZ_SEC_TOKEN_SLOTS]) ||
        !is_pow2(n[GZ_SEC_ADMIN1_SLOTS]))
        return "gazetteer hash table of a bad size (corrupt file)";
    if (n[GZ_SEC_STRINGS] == 0 || n[GZ_SEC_META] == 0)
        return "gazetteer string pool missing (corrupt file)";
    const unsigned char *m = g->map;
    g->places = (const ge_place *)(m + h->sec[GZ_SEC_PLACES].off);
    g->nplaces = h->nplaces;
    g->strings = (const char *)(m + h->sec[GZ_SEC_STRINGS].off);
    g->nstrings = n[GZ_SEC_STRINGS];
    g->names = (const gz_name *)(m + h->sec[GZ_SEC_NAMES].off);
    g->nnames = h->nnames;
    g->name_slots = (const gz_slot *)(m + h->sec[GZ_SEC_NAME_SLOTS].off);
    g->name_mask = n[GZ_SEC_NAME_SLOTS] - 1;
    g->cands = (const ge_candidate *)(m + h->sec[GZ_SEC_CANDS].off);
    g->ncands = h->ncands;
    g->token_slots = (const gz_slot *)(m + h->sec[GZ_SEC_TOKEN_SLOTS].off);
    g->token_mask = n[GZ_SEC_TOKEN_SLOTS] - 1;
    g->countries = (const gz_country *)(m + h->sec[GZ_SEC_COUNTRIES].off);
    g->admin1_slots = (const gz_slot *)(m + h->sec[GZ_SEC_ADMIN1_SLOTS].off);
    g->admin1_mask = n[GZ_SEC_ADMIN1_SLOTS] - 1;
    g->meta = (const char *)(m + h->sec[GZ_SEC_META].off);
    if (g->strings[g->nstrings - 1] != '\0' || g->meta[n[GZ_SEC_META] - 1] != '\0')
        return "gazetteer strings not terminated (corrupt file)";
    return NULL;
}

/* The stamp beside a gazetteer ("NAME.verified") remembers the size, the
 * modification time and the checksum of the file as last verified: while
 * they hold, the contents checks and the whole-file checksum (about 0.2 s)
 * are not repeated. A file that changed since, by a rebuild or by damage,
 * is verified again. */
static void stamp_path(const char *path, char *out, size_t cap)
{
    snprintf(out, cap, "%s.verified", path);
}

static int stamp_matches(const char *path, const struct stat *st, uint64_t sum)
{
    char sp[4096];
    stamp_path(path, sp, sizeof sp);
    FILE *f = fopen(sp, "r");
    if (!f)
        return 0;
    unsigned long long size = 0, sec = 0, nsec = 0, cs = 0;
    int ok = fscanf(f, "geoevents-gazetteer-verified %llu %llu %llu %llx", &size, &sec, &nsec,
                    &cs) == 4 &&
             size == (unsigned long long)st->st_size &&
             sec == (unsigned long long)st->st_mtim.tv_sec &&
             nsec == (unsigned long long)st->st_mtim.tv_nsec && cs == sum;
    fclose(f);
    return ok;
}

/* Best effort: a read-only folder just means verifying again next time. */
static void write_stamp(const char *path, const struct stat *st, uint64_t sum)
{
    char sp[4096], tmp[4200];
    stamp_path(path, sp, sizeof sp);
    snprintf(tmp, sizeof tmp, "%s.%ld.tmp", sp, (long)getpid());
    FILE *f = fopen(tmp, "w");
    if (!f)
        return;
    int ok = fprintf(f, "geoevents-gazetteer-verified %llu %llu %llu %llx\n",
                     (unsigned long long)st->st_size, (unsigned long long)st->st_mtim.tv_sec,
                     (unsigned long long)st->st_mtim.tv_nsec, (unsigned long long)sum) > 0;
    ok &= fclose(f) == 0;
    if (!ok || rename(tmp, sp) != 0)
        unlink(tmp);
}

ge_status ge_gazetteer_open(const char *path, int verify, ge_gazetteer **out, char *err,
                            size_t errlen)
{
    *out = NULL;
    if (!path) {
        ge_seterr(err, errlen, "no gazetteer path given");
        return GE_ERR_ARG;
    }
    /* O_NONBLOCK: a FIFO given by mistake must not hang the open */
    int fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK);
    if (fd < 0) {
        ge_seterr(err, errlen, "cannot open: %s", strerror(errno));
        return GE_ERR_GAZETTEER;
    }
    struct stat st;
    if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        close(fd);
        ge_seterr(err, errlen, "not a regular file");
        return GE_ERR_GAZETTEER;
    }
    if ((size_t)st.st_size < sizeof(gz_header)) {
        close(fd);
        ge_seterr(err, errlen, "not a geoevents gazetteer (file too short: %lld bytes)",
                  (long long)st.st_size);
        return GE_ERR_GAZETTEER;
    }
    void *map = mmap(NULL, (size_t)st.st_size, PROT_READ, MAP_SHARED, fd, 0);
    close(fd);
    if (map == MAP_FAILED) {
        ge_seterr(err, errlen, "cannot map: %s", strerror(errno));
        return GE_ERR_GAZETTEER;
    }
#ifdef MADV_HUGEPAGE
    /* The name and token tables (tens of megabytes) are probed at random,
     * a TLB miss and a page walk per probe on 4 KB pages. On a mapping
     * marked so, the kernel reads a file not yet in memory in 2 MB folios
     * and maps them whole (kernels with large folios for the file system:
     * ext4 since 6.16, XFS): some 5 % off recognition on LGL when the file
     * was read in by this mapping. A hint: pages already in memory stay as
     * they are, and where it is refused nothing changes. */
    madvise(map, (size_t)st.st_size, MADV_HUGEPAGE);
#endif
    ge_gazetteer *g = calloc(1, sizeof *g);
    if (!g) {
        munmap(map, (size_t)st.st_size);
        return GE_ERR_NOMEM;
    }
    g->map = map;
    g->size = (size_t)st.st_size;
    g->h = (const gz_header *)map;
    /* the layout (header, sections) is checked at every open; the contents
     * (every place, name and reading in range: 10 ms or more, as it touches
     * most pages of the file) and the checksum only when the stamp does not
     * vouch for this very file */
    const char *why = check_layout(g);
    if (!why && (verify || !stamp_matches(path, &st, g->h->checksum))) {
        why = check_contents(g);
        if (!why && checksum(g->map, g->size) != g->h->checksum)
            why = "gazetteer checksum mismatch (file damaged): rebuild it with ./setup.sh or "
                  "'geoevents gazetteer build'";
        if (!why)
            write_stamp(path, &st, g->h->checksum);
    }
    if (why) {
        ge_seterr(err, errlen, "%s", why);
        ge_gazetteer_close(g);
        return GE_ERR_GAZETTEER;
    }
    *out = g;
    return GE_OK;
}

void ge_gazetteer_close(ge_gazetteer *g)
{
    if (!g)
        return;
    if (g->map)
        munmap((void *)g->map, g->size);
    free(g);
}

size_t ge_gazetteer_nplaces(const ge_gazetteer *g)
{
    return g ? g->nplaces : 0;
}

const ge_place *ge_gazetteer_place(const ge_gazetteer *g, uint32_t idx)
{
    return g && idx < g->nplaces ? &g->places[idx] : NULL;
}

const char *ge_gazetteer_str(const ge_gazetteer *g, uint32_t off)
{
    return g && off < g->nstrings ? g->strings + off : "";
}

/* Index of the slot holding key in a table, or -1. eq says whether the
 * slot's value is the key (NULL: the tag alone decides). */
static int64_t probe(const gz_slot *slots, uint64_t mask, uint64_t h,
                     int (*eq)(const ge_gazetteer *, uint32_t, const char *, size_t),
                     const ge_gazetteer *g, const char *key, size_t keylen)
{
    uint32_t tag = gz_tag(h);
    for (uint64_t i = h & mask, n = 0; n <= mask; i = (i + 1) & mask, n++) {
        if (slots[i].tag == 0)
            return -1;
        if (slots[i].tag == tag && (!eq || eq(g, slots[i].value, key, keylen)))
            return (int64_t)i;
    }
    return -1;
}

static int name_eq(const ge_gazetteer *g, uint32_t idx, const char *key, size_t keylen)
{
    if (idx >= g->nnames)
        return 0;
    const gz_name *n = &g->names[idx];
    return n->keylen == keylen && n->key < g->nstrings && keylen < g->nstrings - n->key &&
           memcmp(g->strings + n->key, key, keylen) == 0;
}

int ge_gazetteer_lookup(const ge_gazetteer *g, const char *key, size_t keylen, ge_name *out)
{
    if (!g || !key)
        return 0;
    return ge_gazetteer_lookup_h(g, key, keylen, ge_hash(key, keylen), out);
}

int ge_gazetteer_lookup_h(const ge_gazetteer *g, const char *key, size_t keylen, uint64_t h,
                          ge_name *out)
{
    if (!g || !key)
        return 0;
    int64_t s = probe(g->name_slots, g->name_mask, h, name_eq, g, key, keylen);
    if (s < 0)
        return 0;
    const gz_name *n = &g->names[g->name_slots[s].value];
    if (out) {
        out->key = g->strings + n->key;
        out->flags = n->flags;
        out->ntokens = n->ntokens;
        int ok = n->cand <= g->ncands && n->ncands <= g->ncands - n->cand;
        for (uint32_t i = 0; ok && i < n->ncands; i++)
            ok = g->cands[n->cand + i].place < g->nplaces; /* a damaged file: no readings */
        out->cands = ok ? g->cands + n->cand : NULL;
        out->ncands = ok ? n->ncands : 0;
    }
    return 1;
}

uint32_t ge_gazetteer_max_tokens(const ge_gazetteer *g, const char *tok, size_t toklen)
{
    if (!g || !tok)
        return 0;
    return ge_gazetteer_max_tokens_h(g, ge_hash(tok, toklen));
}

uint32_t ge_gazetteer_max_tokens_h(const ge_gazetteer *g, uint64_t h)
{
    if (!g)
        return 0;
    int64_t s = probe(g->token_slots, g->token_mask, h, NULL, g, NULL, 0);
    return s < 0 ? 0 : g->token_slots[s].value;
}

#if defined(__GNUC__)
#define GZ_PREFETCH(p) __builtin_prefetch(p)
#else
#define GZ_PREFETCH(p) ((void)(p))
#endif

void ge_gazetteer_lookup_many(const ge_gazetteer *g, size_t n, const char *const *keys,
                              const size_t *lens, const uint64_t *hashes, ge_name *out,
                              unsigned char *found)
{
    enum { BATCH = 16 };
    if (!g) {
        memset(found, 0, n);
        return;
    }
    for (size_t b = 0; b < n; b += BATCH) {
        size_t m = n - b < BATCH ? n - b : BATCH;
        uint32_t idx[BATCH];
        /* each stage reads what the previous one asked the memory for */
        for (size_t i = 0; i < m; i++) {
            int64_t s = probe(g->name_slots, g->name_mask, hashes[b + i], NULL, g, NULL, 0);
            idx[i] = s < 0 ? UINT32_MAX : g->name_slots[s].value;
            if (idx[i] < g->nnames)
                GZ_PREFETCH(&g->names[idx[i]]);
        }
        for (size_t i = 0; i < m; i++) {
            if (idx[i] >= g->nnames)
                continue;
            const gz_name *nm = &g->names[idx[i]];
            if (nm->key < g->nstrings)
                GZ_PREFETCH(g->strings + nm->key);
            if (nm->cand < g->ncands)
                GZ_PREFETCH(&g->cands[nm->cand]);
        }
        for (size_t i = 0; i < m; i++) {
            found[b + i] = (unsigned char)ge_gazetteer_lookup_h(g, keys[b + i], lens[b + i],
                                                                hashes[b + i], &out[b + i]);
            /* the places of the first 64 readings, which the recognizer
             * and the resolver read next */
            for (uint32_t k = 0; found[b + i] && k < out[b + i].ncands && k < 64; k++)
                GZ_PREFETCH(&g->places[out[b + i].cands[k].place]);
        }
    }
}

void ge_gazetteer_prefetch(const ge_gazetteer *g, uint64_t h)
{
    if (g) {
        GZ_PREFETCH(&g->name_slots[h & g->name_mask]);
        GZ_PREFETCH(&g->token_slots[h & g->token_mask]);
    }
}

static int country_slot(const char cc[2])
{
    if (!cc || cc[0] < 'A' || cc[0] > 'Z' || cc[1] < 'A' || cc[1] > 'Z')
        return -1;
    return (cc[0] - 'A') * 26 + (cc[1] - 'A');
}

uint32_t ge_gazetteer_country(const ge_gazetteer *g, const char cc[2])
{
    int i = g ? country_slot(cc) : -1;
    if (i < 0 || g->countries[i].place >= g->nplaces)
        return GE_NONE;
    return g->countries[i].place;
}

const char *ge_gazetteer_alpha3(const ge_gazetteer *g, const char cc[2])
{
    int i = g ? country_slot(cc) : -1;
    if (i < 0 || g->countries[i].alpha3[0] == '\0' || g->countries[i].alpha3[3] != '\0')
        return NULL;
    return g->countries[i].alpha3;
}

static int admin1_eq(const ge_gazetteer *g, uint32_t idx, const char *key, size_t keylen)
{
    if (idx >= g->nplaces || keylen < 3)
        return 0;
    const ge_place *p = &g->places[idx];
    const char *code = ge_gazetteer_str(g, p->admin1);
    return p->country[0] == key[0] && p->country[1] == key[1] && strlen(code) == keylen - 3 &&
           memcmp(code, key + 3, keylen - 3) == 0;
}

uint32_t ge_gazetteer_admin1(const ge_gazetteer *g, const char cc[2], const char *admin1)
{
    if (!g || !cc || !admin1)
        return GE_NONE;
    char key[64];
    size_t len = strlen(admin1);
    if (len + 4 > sizeof key)
        return GE_NONE;
    key[0] = cc[0];
    key[1] = cc[1];
    key[2] = '.';
    memcpy(key + 3, admin1, len);
    len += 3;
    int64_t s = probe(g->admin1_slots, g->admin1_mask, ge_hash(key, len), admin1_eq, g, key, len);
    return s < 0 ? GE_NONE : g->admin1_slots[s].value;
}

const char *ge_gazetteer_meta(const ge_gazetteer *g)
{
    return g ? g->meta : "";
}
