/*
 * gazetteer_supplements.c -- the curated supplement files of gazetteer/
 * (places, aliases, points, word lists; format in gazetteer/README.md).
 */
#include <ctype.h>
#include <dirent.h>
#include <errno.h>
#include <stdio.h>

#include "gazetteer_build.h"

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
    return gb_parse_float(a, lat, 90) || gb_parse_float(c, lon, 180) ? -1 : 0;
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
    gb_set_fcode(&p, lv == GE_LEVEL_CONTINENT ? "RGN" : "");
    const char *alts = NULL;
    for (int i = 3; i < n; i++) {
        char *eq = strchr(f[i], '=');
        if (!eq)
            return "place: options are key=value (cc, fcode, pop, id, alt)";
        *eq = 0;
        const char *k = trim(f[i]), *v = trim(eq + 1);
        if (!strcmp(k, "cc") && gb_cc_index(v) >= 0 && !v[2])
            memcpy(p.country, v, 2);
        else if (!strcmp(k, "fcode") && *v)
            gb_set_fcode(&p, v);
        else if (!strcmp(k, "pop") && gb_parse_u32(v, &p.population) == 0)
            ;
        else if (!strcmp(k, "id") && gb_parse_u32(v, &p.geonameid) == 0)
            ;
        else if (!strcmp(k, "alt"))
            alts = v;
        else
            return "place: unknown option or bad value (cc, fcode, pop, id, alt)";
    }
    if (p.geonameid && gb_id_find(b, p.geonameid) != GE_NONE)
        return "place: a place with this geonameid exists already (use alias id:...)";
    p.name = gb_intern(b, f[0], strlen(f[0]));
    p.source = GE_SRC_SUPPLEMENT;
    uint32_t idx = gb_add_place(b, &p, 0);
    if (idx == GE_NONE)
        return NULL;
    gb_map_put(b, &b->supplace, f[0], idx);
    gb_add_name(b, f[0], idx, GE_NAME_PRIMARY | GE_NAME_CURATED);
    if (alts) {
        char *copy = ge_strdup(alts), *save = NULL;
        for (char *t = copy ? strtok_r(copy, ";", &save) : NULL; t; t = strtok_r(NULL, ";", &save))
            if (*trim(t))
                gb_add_name(b, trim(t), idx, GE_NAME_ALT | GE_NAME_CURATED);
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
        int ci = gb_cc_index(v);
        return ci >= 0 && !v[2] ? b->country[ci].place : GE_NONE;
    }
    if (kl == 6 && (!strncmp(t, "admin1", 6) || !strncmp(t, "admin2", 6))) {
        uint32_t *p = gb_map_get(b, t[5] == '1' ? &b->admin1 : &b->admin2, v);
        return p ? *p : GE_NONE;
    }
    if (kl == 2 && !strncmp(t, "id", 2)) {
        uint32_t id;
        return gb_parse_u32(v, &id) == 0 ? gb_id_find(b, id) : GE_NONE;
    }
    if (kl == 5 && !strncmp(t, "place", 5)) {
        uint32_t *p = gb_map_get(b, &b->supplace, v);
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
        gb_add_name(b, sp, place, flags);
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
        gb_add_demonym(b, f[0], place, GE_NAME_CURATED | flags);
    else
        gb_add_name(b, f[0], place, flags | GE_NAME_CURATED);
    if (flags & GE_NAME_ABBREV)
        add_spaced_abbrev(b, f[0], place, flags | GE_NAME_CURATED);
    return NULL;
}

/* "point CC.CODE | LAT LON": an admin1 area's point, for areas that no
 * member place places (a reform left them without towns in cities500) or
 * whose towns crowd into one part (a large, thinly peopled province); not
 * applied to an area a GeoNames dump gave with its own point */
static const char *supp_admin_point(builder *b, char **f, int n)
{
    if (n != 2)
        return "point: expected CC.CODE | LAT LON";
    uint32_t *v = gb_map_get(b, &b->admin1, f[0]);
    if (!v)
        return NULL; /* an area this build's sources lack: nothing to place */
    float lat, lon;
    if (parse_point(f[1], &lat, &lon) != 0)
        return "point: bad point (LAT LON in degrees)";
    ge_place *p = &b->places[*v];
    if (p->source & GE_SRC_GEONAMES)
        return NULL;
    p->lat = lat;
    p->lon = lon;
    b->derive[*v] = 0;
    return NULL;
}

/* "point CC | LAT LON [| id=GEONAMEID]" (LAT LON may be "-": id only) */
static const char *supp_point(builder *b, char **f, int n)
{
    if (f[0][0] && f[0][1] && f[0][2] == '.')
        return supp_admin_point(b, f, n);
    int ci = gb_cc_index(f[0]);
    if (n < 2 || n > 3 || ci < 0 || f[0][2])
        return "point: expected CC | LAT LON [| id=GEONAMEID]";
    bcountry *c = &b->country[ci];
    int has = strcmp(f[1], "-") != 0;
    if (has && parse_point(f[1], &c->lat, &c->lon) != 0)
        return "point: bad point (LAT LON in degrees, or - for none)";
    if (n == 3 && (strncmp(f[2], "id=", 3) != 0 || gb_parse_u32(f[2] + 3, &c->point_id) != 0))
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
        return "expected KEYWORD and fields (place, alias, point, stop, person, org, wordlist, "
               "givennames)";
    *sp = 0;
    char *rest = trim(sp + 1), *f[12];
    if (!strcmp(s, "stop") || !strcmp(s, "person") || !strcmp(s, "org")) {
        uint32_t fl = s[0] == 's' ? GE_NAMEF_STOP : s[0] == 'p' ? GE_NAMEF_PERSON : GE_NAMEF_ORG_WORD;
        char key[8];
        if (!ge_text_normalize(rest, strlen(rest), key, sizeof key))
            return "word has an empty normalized form";
        gb_add_name_flags(b, rest, fl);
        return NULL;
    }
    int given = !strcmp(s, "givennames");
    if (given || !strcmp(s, "wordlist")) {
        /* a list read from a file: its path relative to the supplements */
        size_t before = b->nbad;
        char path[4096];
        if (rest[0] == '/' || !b->supp_dir)
            ge_copy(path, sizeof path, rest);
        else
            snprintf(path, sizeof path, "%s/%s", b->supp_dir, rest);
        if (given)
            gb_read_given_names(b, path);
        else
            gb_read_english_words(b, path);
        if (b->nbad == before)
            return NULL;
        return given ? "givennames: could not read the names (run ./setup.sh, which fetches "
                       "the pinned human-names package)"
                     : "wordlist: could not read the word list (Debian: apt-get install "
                       "wamerican)";
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
    if (gb_lines_open(&l, path, b) != 0)
        return;
    char *s;
    while ((s = gb_lines_next(&l)) && !b->oom) {
        char *hash = strchr(s, '#');
        if (hash)
            *hash = 0;
        s = trim(s);
        if (!*s)
            continue;
        const char *why = supp_line(b, s);
        if (why)
            gb_bad(b, path, l.no, why);
    }
    gb_lines_close(&l);
}

static int cmp_cstr(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Reads every *.txt file of a folder, in name order. Places first (aliases
 * may point at them): files are read twice, "place" lines on the first pass. */
void gb_read_supplements(builder *b, const char *dir)
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

