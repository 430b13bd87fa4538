/*
 * html.c -- HTML to plain text in one linear pass: tags stripped, boilerplate
 * elements (script, style, nav, header, footer, aside, ...) dropped, entities
 * decoded, block elements turned into line breaks; <title> and the
 * publication date picked up on the way. Also the Windows-1252 table.
 */
#include <ctype.h>
#include <stdio.h>

#include <cjson/cJSON.h>

#include "html.h"
#include "internal.h"

/* ------------------------------------------------------------ encodings */

static const uint16_t cp1252_hi[32] = {
    0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD,
    0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178,
};

uint32_t ge_cp1252(unsigned char b)
{
    return (b >= 0x80 && b < 0xA0) ? cp1252_hi[b - 0x80] : b;
}

size_t ge_utf8_put(char *out, uint32_t cp)
{
    unsigned char *o = (unsigned char *)out;
    if (cp < 0x80) {
        o[0] = (unsigned char)cp;
        return 1;
    }
    if (cp < 0x800) {
        o[0] = (unsigned char)(0xC0 | (cp >> 6));
        o[1] = (unsigned char)(0x80 | (cp & 0x3F));
        return 2;
    }
    if (cp < 0x10000) {
        o[0] = (unsigned char)(0xE0 | (cp >> 12));
        o[1] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
        o[2] = (unsigned char)(0x80 | (cp & 0x3F));
        return 3;
    }
    o[0] = (unsigned char)(0xF0 | (cp >> 18));
    o[1] = (unsigned char)(0x80 | ((cp >> 12) & 0x3F));
    o[2] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
    o[3] = (unsigned char)(0x80 | (cp & 0x3F));
    return 4;
}

/* ------------------------------------------------------------- entities */

typedef struct entity {
    const char *name;
    uint32_t cp;
} entity;

/* The named references news pages actually use (HTML 4 Latin-1, quotes,
 * dashes, symbols). Anything else is left as written. */
static const entity entities[] = {
    {"amp", '&'}, {"lt", '<'}, {"gt", '>'}, {"quot", '"'}, {"apos", '\''},
    {"nbsp", 0xA0}, {"ensp", 0x2002}, {"emsp", 0x2003}, {"thinsp", 0x2009},
    {"shy", 0xAD}, {"zwnj", 0x200C}, {"zwj", 0x200D}, {"lrm", 0x200E}, {"rlm", 0x200F},
    {"ndash", 0x2013}, {"mdash", 0x2014}, {"lsquo", 0x2018}, {"rsquo", 0x2019},
    {"sbquo", 0x201A}, {"ldquo", 0x201C}, {"rdquo", 0x201D}, {"bdquo", 0x201E},
    {"laquo", 0xAB}, {"raquo", 0xBB}, {"lsaquo", 0x2039}, {"rsaquo", 0x203A},
    {"hellip", 0x2026}, {"middot", 0xB7}, {"bull", 0x2022}, {"dagger", 0x2020},
    {"Dagger", 0x2021}, {"prime", 0x2032}, {"Prime", 0x2033}, {"permil", 0x2030},
    {"copy", 0xA9}, {"reg", 0xAE}, {"trade", 0x2122}, {"deg", 0xB0}, {"euro", 0x20AC},
    {"pound", 0xA3}, {"yen", 0xA5}, {"cent", 0xA2}, {"curren", 0xA4}, {"sect", 0xA7},
    {"para", 0xB6}, {"times", 0xD7}, {"divide", 0xF7}, {"plusmn", 0xB1}, {"minus", 0x2212},
    {"frac12", 0xBD}, {"frac14", 0xBC}, {"frac34", 0xBE}, {"sup1", 0xB9}, {"sup2", 0xB2},
    {"sup3", 0xB3}, {"micro", 0xB5}, {"ordf", 0xAA}, {"ordm", 0xBA}, {"iexcl", 0xA1},
    {"iquest", 0xBF}, {"brvbar", 0xA6}, {"not", 0xAC}, {"macr", 0xAF}, {"acute", 0xB4},
    {"cedil", 0xB8}, {"uml", 0xA8}, {"circ", 0x2C6}, {"tilde", 0x2DC},
    {"Agrave", 0xC0}, {"Aacute", 0xC1}, {"Acirc", 0xC2}, {"Atilde", 0xC3}, {"Auml", 0xC4},
    {"Aring", 0xC5}, {"AElig", 0xC6}, {"Ccedil", 0xC7}, {"Egrave", 0xC8}, {"Eacute", 0xC9},
    {"Ecirc", 0xCA}, {"Euml", 0xCB}, {"Igrave", 0xCC}, {"Iacute", 0xCD}, {"Icirc", 0xCE},
    {"Iuml", 0xCF}, {"ETH", 0xD0}, {"Ntilde", 0xD1}, {"Ograve", 0xD2}, {"Oacute", 0xD3},
    {"Ocirc", 0xD4}, {"Otilde", 0xD5}, {"Ouml", 0xD6}, {"Oslash", 0xD8}, {"Ugrave", 0xD9},
    {"Uacute", 0xDA}, {"Ucirc", 0xDB}, {"Uuml", 0xDC}, {"Yacute", 0xDD}, {"THORN", 0xDE},
    {"szlig", 0xDF}, {"agrave", 0xE0}, {"aacute", 0xE1}, {"acirc", 0xE2}, {"atilde", 0xE3},
    {"auml", 0xE4}, {"aring", 0xE5}, {"aelig", 0xE6}, {"ccedil", 0xE7}, {"egrave", 0xE8},
    {"eacute", 0xE9}, {"ecirc", 0xEA}, {"euml", 0xEB}, {"igrave", 0xEC}, {"iacute", 0xED},
    {"icirc", 0xEE}, {"iuml", 0xEF}, {"eth", 0xF0}, {"ntilde", 0xF1}, {"ograve", 0xF2},
    {"oacute", 0xF3}, {"ocirc", 0xF4}, {"otilde", 0xF5}, {"ouml", 0xF6}, {"oslash", 0xF8},
    {"ugrave", 0xF9}, {"uacute", 0xFA}, {"ucirc", 0xFB}, {"uuml", 0xFC}, {"yacute", 0xFD},
    {"thorn", 0xFE}, {"yuml", 0xFF}, {"OElig", 0x152}, {"oelig", 0x153}, {"Scaron", 0x160},
    {"scaron", 0x161}, {"Yuml", 0x178}, {"Zcaron", 0x17D}, {"zcaron", 0x17E},
    {"fnof", 0x192}, {"larr", 0x2190}, {"rarr", 0x2192}, {"uarr", 0x2191}, {"darr", 0x2193},
};

static uint32_t entity_lookup(const char *name, size_t n)
{
    for (size_t i = 0; i < sizeof entities / sizeof entities[0]; i++)
        if (strlen(entities[i].name) == n && memcmp(entities[i].name, name, n) == 0)
            return entities[i].cp;
    return 0;
}

/* Numeric references follow the HTML rules: 0x80-0x9F mean Windows-1252,
 * NUL, surrogates and out-of-range values become U+FFFD. */
static uint32_t numeric_cp(uint32_t v)
{
    if (v == 0 || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF))
        return 0xFFFD;
    if (v >= 0x80 && v < 0xA0)
        return ge_cp1252((unsigned char)v);
    return v;
}

/* Decodes the reference starting at s[i] == '&'. Returns the bytes it spans
 * (0 when it is not a reference) and the code point in *cp. */
static size_t entity_decode(const char *s, size_t len, size_t i, uint32_t *cp)
{
    size_t j = i + 1;
    if (j < len && s[j] == '#') {
        int hex = j + 1 < len && (s[j + 1] == 'x' || s[j + 1] == 'X');
        j += hex ? 2 : 1;
        size_t d0 = j;
        uint32_t v = 0;
        while (j < len && (hex ? isxdigit((unsigned char)s[j]) : isdigit((unsigned char)s[j]))) {
            unsigned c = (unsigned char)s[j];
            unsigned dig = isdigit(c) ? c - '0' : (unsigned)(tolower((int)c) - 'a' + 10);
            if (v <= 0x10FFFF)
                v = v * (hex ? 16u : 10u) + dig;
            j++;
        }
        if (j == d0)
            return 0;
        *cp = numeric_cp(v);
        return (j < len && s[j] == ';') ? j + 1 - i : j - i;
    }
    while (j < len && j - i <= 32 && isalnum((unsigned char)s[j]))
        j++;
    size_t n = j - i - 1;
    if (!n)
        return 0;
    uint32_t v = entity_lookup(s + i + 1, n);
    if (!v)
        return 0;
    if (j < len && s[j] == ';') {
        *cp = v;
        return j + 1 - i;
    }
    /* Legacy references without ';' only for the basic five. */
    if (v == '&' || v == '<' || v == '>' || v == '"' || v == 0xA0) {
        *cp = v;
        return j - i;
    }
    return 0;
}

static int is_space_cp(uint32_t c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == 0xA0;
}

/* Decodes references and collapses white space: for titles and attributes. */
static char *decode_text(const char *s, size_t len)
{
    ge_buf b = {0};
    int space = 0;
    char u[4];
    for (size_t i = 0; i < len;) {
        uint32_t cp = (unsigned char)s[i];
        size_t n = 1;
        int literal = 1;
        if (cp == '&' && (n = entity_decode(s, len, i, &cp)) > 0)
            literal = 0;
        else
            n = 1;
        if (literal ? (cp < 0x80 && is_space_cp(cp)) : is_space_cp(cp)) {
            space = b.len > 0;
        } else if (literal || cp != 0xAD) {
            if (space && ge_buf_addc(&b, ' '))
                goto oom;
            space = 0;
            if (literal ? ge_buf_add(&b, s + i, 1) : ge_buf_add(&b, u, ge_utf8_put(u, cp)))
                goto oom;
        }
        i += n;
    }
    if (!b.s)
        return ge_strdup("");
    return b.s;
oom:
    ge_buf_free(&b);
    return NULL;
}

/* ------------------------------------------------------------ tag tables */

static int in_list(const char *name, const char *const *list)
{
    for (; *list; list++)
        if (strcmp(name, *list) == 0)
            return 1;
    return 0;
}

/* Elements whose content is boilerplate or not text at all. */
static const char *const skip_tags[] = {"nav", "footer", "header", "aside", "noscript",
                                        "template", "svg", "iframe", "button", "select",
                                        "figcaption", NULL};
/* Raw-text elements: their content runs to the matching end tag. */
static const char *const raw_tags[] = {"script", "style", "title", "textarea", "xmp", NULL};
/* Elements that start a new line. */
static const char *const block_tags[] = {
    "address", "article", "aside", "blockquote", "body", "br", "caption", "dd", "details",
    "dialog", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1",
    "h2", "h3", "h4", "h5", "h6", "head", "header", "hgroup", "hr", "html", "li", "main",
    "nav", "ol", "option", "p", "pre", "section", "summary", "table", "tbody", "tfoot",
    "thead", "tr", "ul", NULL};

/* ------------------------------------------------------------ the pass */

typedef struct span {
    const char *s;
    size_t n;
} span;

typedef struct tag {
    char name[16];
    int closing, selfclose;
    span property, name_attr, content, datetime, itemprop, class_attr, id_attr, role, type;
} tag;

typedef struct conv {
    const char *s;
    size_t len;
    ge_buf out;
    int pend_space, pend_nl;
    int skip; /* depth inside skipped elements */
    char furn_tag[16]; /* a page-furniture element by its class or id ... */
    int furn_depth;    /* ... and how deep inside elements of its name we are */
    int pre;  /* depth inside <pre> */
    char *title, *meta_date, *time_date;
    char *h1;        /* the first <h1>'s text: the headline when there is no <title> */
    size_t h1_start; /* where it began in out, plus one; 0 outside an <h1> */
    int oom;
} conv;

static void out_bytes(conv *c, const char *p, size_t n)
{
    if (c->skip || c->furn_depth || c->oom)
        return;
    if (c->out.len && (c->pend_nl || c->pend_space))
        if (ge_buf_addc(&c->out, c->pend_nl ? '\n' : ' '))
            c->oom = 1;
    c->pend_nl = c->pend_space = 0;
    if (ge_buf_add(&c->out, p, n))
        c->oom = 1;
}

static void out_cp(conv *c, uint32_t cp)
{
    char u[4];
    if (cp == '\n' && c->pre)
        c->pend_nl = 1;
    else if (is_space_cp(cp))
        c->pend_space = 1;
    else if (cp != 0xAD)
        out_bytes(c, u, ge_utf8_put(u, cp));
}

static int ci_prefix(const char *s, size_t len, const char *pfx)
{
    size_t n = strlen(pfx);
    if (len < n)
        return 0;
    for (size_t i = 0; i < n; i++)
        if (tolower((unsigned char)s[i]) != pfx[i])
            return 0;
    return 1;
}

/* Position of "</name" (any case) at or after i, or len. */
static size_t find_end_tag(const char *s, size_t len, size_t i, const char *name)
{
    size_t n = strlen(name);
    for (;;) {
        const char *p = i < len ? memchr(s + i, '<', len - i) : NULL;
        if (!p)
            return len;
        i = (size_t)(p - s);
        if (i + 1 < len && s[i + 1] == '/' && ci_prefix(s + i + 2, len - i - 2, name) &&
            (i + 2 + n >= len || !isalnum((unsigned char)s[i + 2 + n])))
            return i;
        i++;
    }
}

static size_t skip_past(const char *s, size_t len, size_t i, const char *what)
{
    size_t n = strlen(what);
    for (; i + n <= len; i++) {
        const char *p = memchr(s + i, what[0], len - i);
        if (!p)
            break;
        i = (size_t)(p - s);
        if (i + n <= len && memcmp(s + i, what, n) == 0)
            return i + n;
    }
    return len;
}

static void keep_attr(tag *t, const char *an, size_t anl, span v)
{
    char name[16];
    if (anl >= sizeof name)
        return;
    for (size_t k = 0; k < anl; k++)
        name[k] = (char)tolower((unsigned char)an[k]);
    name[anl] = '\0';
    if (strcmp(name, "property") == 0)
        t->property = v;
    else if (strcmp(name, "name") == 0)
        t->name_attr = v;
    else if (strcmp(name, "content") == 0)
        t->content = v;
    else if (strcmp(name, "datetime") == 0)
        t->datetime = v;
    else if (strcmp(name, "class") == 0)
        t->class_attr = v;
    else if (strcmp(name, "id") == 0)
        t->id_attr = v;
    else if (strcmp(name, "role") == 0)
        t->role = v;
    else if (strcmp(name, "itemprop") == 0)
        t->itemprop = v;
    else if (strcmp(name, "type") == 0)
        t->type = v;
}

/* Parses the tag at s[i] == '<' (name already known to start with a letter
 * after an optional '/'). Returns the index after '>'. */
static size_t parse_tag(const char *s, size_t len, size_t i, tag *t)
{
    memset(t, 0, sizeof *t);
    i++;
    if (s[i] == '/') {
        t->closing = 1;
        i++;
    }
    size_t k = 0;
    while (i < len && (isalnum((unsigned char)s[i]) || s[i] == '-' || s[i] == ':')) {
        if (k + 1 < sizeof t->name)
            t->name[k++] = (char)tolower((unsigned char)s[i]);
        i++;
    }
    t->name[k] = '\0';
    while (i < len && s[i] != '>') {
        if (isspace((unsigned char)s[i]) || s[i] == '/') {
            t->selfclose = s[i] == '/';
            i++;
            continue;
        }
        t->selfclose = 0;
        size_t a0 = i;
        while (i < len && !isspace((unsigned char)s[i]) && s[i] != '=' && s[i] != '>' &&
               s[i] != '/')
            i++;
        size_t an = i - a0;
        if (an == 0) { /* a stray '=' */
            i++;
            continue;
        }
        while (i < len && isspace((unsigned char)s[i]))
            i++;
        span v = {s + i, 0};
        if (i < len && s[i] == '=') {
            i++;
            while (i < len && isspace((unsigned char)s[i]))
                i++;
            if (i < len && (s[i] == '"' || s[i] == '\'')) {
                char q = s[i++];
                const char *e = memchr(s + i, q, len - i);
                size_t end = e ? (size_t)(e - s) : len;
                v.s = s + i;
                v.n = end - i;
                i = end < len ? end + 1 : len;
            } else {
                v.s = s + i;
                while (i < len && !isspace((unsigned char)s[i]) && s[i] != '>')
                    i++;
                v.n = (size_t)(s + i - v.s);
            }
        }
        keep_attr(t, s + a0, an, v);
    }
    return i < len ? i + 1 : len;
}

static int span_is(span v, const char *what)
{
    return v.s && v.n == strlen(what) && ci_prefix(v.s, v.n, what);
}

static void set_once(conv *c, char **slot, span v)
{
    if (*slot || !v.s || c->oom)
        return;
    char *d = decode_text(v.s, v.n);
    if (!d)
        c->oom = 1;
    else if (!*d)
        free(d);
    else
        *slot = d;
}

static void on_meta(conv *c, const tag *t)
{
    if (span_is(t->property, "article:published_time") ||
        span_is(t->property, "og:article:published_time") || span_is(t->name_attr, "date") ||
        span_is(t->name_attr, "pubdate") || span_is(t->name_attr, "publishdate") ||
        span_is(t->name_attr, "dc.date") || span_is(t->name_attr, "dcterms.date") ||
        span_is(t->itemprop, "datepublished"))
        set_once(c, &c->meta_date, t->content);
}

/* The first "datePublished" of a JSON-LD value, at any depth ("@graph"
 * lists, arrays of items). */
static const char *ld_date(const cJSON *v, int depth)
{
    if (!v || depth > 8)
        return NULL;
    if (cJSON_IsObject(v)) {
        const cJSON *d = cJSON_GetObjectItemCaseSensitive(v, "datePublished");
        if (cJSON_IsString(d) && d->valuestring[0])
            return d->valuestring;
    }
    if (cJSON_IsObject(v) || cJSON_IsArray(v)) {
        const cJSON *it;
        cJSON_ArrayForEach(it, v)
        {
            const char *r = ld_date(it, depth + 1);
            if (r)
                return r;
        }
    }
    return NULL;
}

/* <script type="application/ld+json">: the page's structured data, where
 * many news sites state the publication date (schema.org NewsArticle). */
static void on_json_ld(conv *c, const char *s, size_t n)
{
    if (c->meta_date || c->oom)
        return;
    cJSON *j = cJSON_ParseWithLength(s, n);
    const char *d = ld_date(j, 0);
    if (d)
        set_once(c, &c->meta_date, (span){d, strlen(d)});
    cJSON_Delete(j);
}

/* Words of class names, ids and roles that mark page furniture: menus,
 * sidebars, related stories, sharing and comment widgets, cookie and
 * subscription banners, adverts, breadcrumbs, photo captions ("site-nav",
 * "sidebar", "related-articles", "cookie-consent", "ad-slot", "wp-caption"). */
static const char *const furniture_words[] = {
    "nav", "navbar", "navigation", "menu", "sidebar", "related", "share", "sharing", "social",
    "comment", "comments", "footer", "cookie", "cookies", "consent", "subscribe", "subscription",
    "newsletter", "paywall", "advert", "advertisement", "ad", "ads", "adslot", "sponsored",
    "promo", "breadcrumb", "breadcrumbs", "trending", "popular", "recommended", "outbrain",
    "taboola", "banner", "complementary", "gdpr", "tags", "tag", "topics",
    /* a photo's caption retells the story ("Residents flee the town on
     * Thursday. (AP Photo)") */
    "caption", NULL};

/* Does an attribute value hold a furniture word, as a whole word of it
 * (split at spaces, '-' and '_': "article-related" yes, "shadow" no)? */
static int furniture(span v)
{
    for (size_t i = 0; v.s && i < v.n;) {
        while (i < v.n && !isalnum((unsigned char)v.s[i]))
            i++;
        size_t b = i;
        while (i < v.n && isalnum((unsigned char)v.s[i]))
            i++;
        char w[24];
        if (i == b || i - b >= sizeof w)
            continue;
        for (size_t k = b; k < i; k++)
            w[k - b] = (char)tolower((unsigned char)v.s[k]);
        w[i - b] = '\0';
        if (in_list(w, furniture_words))
            return 1;
    }
    return 0;
}

/* Handles one tag; returns where scanning continues. */
static size_t on_tag(conv *c, const tag *t, size_t i)
{
    const char *n = t->name;
    if (strcmp(n, "meta") == 0) {
        on_meta(c, t);
        return i;
    }
    if (strcmp(n, "time") == 0 && !t->closing) {
        set_once(c, &c->time_date, t->datetime);
    }
    if (!t->closing && in_list(n, raw_tags)) {
        size_t end = find_end_tag(c->s, c->len, i, n);
        if (strcmp(n, "title") == 0)
            set_once(c, &c->title, (span){c->s + i, end - i});
        else if (strcmp(n, "script") == 0 && span_is(t->type, "application/ld+json"))
            on_json_ld(c, c->s + i, end - i);
        return end < c->len ? skip_past(c->s, c->len, end, ">") : end;
    }
    if (c->furn_depth) {
        /* inside furniture: only the elements of its name count */
        if (!strcmp(n, c->furn_tag) && !t->selfclose)
            c->furn_depth += t->closing ? -1 : 1;
        if (!c->furn_depth)
            c->pend_nl = 1;
        return i;
    }
    if (!t->closing && !t->selfclose && strcmp(n, "body") && strcmp(n, "html") &&
        strcmp(n, "main") && strcmp(n, "article") &&
        (furniture(t->class_attr) || furniture(t->id_attr) || furniture(t->role))) {
        snprintf(c->furn_tag, sizeof c->furn_tag, "%s", n);
        c->furn_depth = 1;
        c->pend_nl = 1;
        return i;
    }
    if (in_list(n, skip_tags) && !t->selfclose) {
        if (!t->closing)
            c->skip++;
        else if (c->skip > 0)
            c->skip--;
    }
    if (strcmp(n, "h1") == 0 && !c->h1 && !c->skip) {
        if (!t->closing) {
            c->h1_start = c->out.len + 1;
        } else if (c->h1_start) {
            size_t b = c->h1_start - 1, e = c->out.len;
            while (b < e && isspace((unsigned char)c->out.s[b]))
                b++;
            while (e > b && isspace((unsigned char)c->out.s[e - 1]))
                e--;
            if (e > b && !(c->h1 = ge_strndup(c->out.s + b, e - b)))
                c->oom = 1;
            c->h1_start = 0;
        }
    }
    if (strcmp(n, "pre") == 0)
        c->pre += t->closing ? (c->pre > 0 ? -1 : 0) : 1;
    if (in_list(n, block_tags))
        c->pend_nl = 1;
    else if (strcmp(n, "td") == 0 || strcmp(n, "th") == 0 || strcmp(n, "img") == 0)
        c->pend_space = 1;
    return i;
}

static void convert(conv *c)
{
    const char *s = c->s;
    size_t len = c->len, i = 0;
    while (i < len && !c->oom) {
        unsigned char ch = (unsigned char)s[i];
        if (ch == '<') {
            if (ci_prefix(s + i, len - i, "<!--")) {
                i = skip_past(s, len, i + 4, "-->");
                continue;
            }
            if (i + 1 < len && (s[i + 1] == '!' || s[i + 1] == '?')) {
                i = skip_past(s, len, i + 2, ">");
                continue;
            }
            size_t j = i + 1 + (i + 1 < len && s[i + 1] == '/');
            if (j < len && isalpha((unsigned char)s[j])) {
                tag t;
                i = parse_tag(s, len, i, &t);
                i = on_tag(c, &t, i);
                continue;
            }
            out_cp(c, '<');
            i++;
        } else if (ch == '&') {
            uint32_t cp;
            size_t n = entity_decode(s, len, i, &cp);
            out_cp(c, n ? cp : '&');
            i += n ? n : 1;
        } else if (ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r' || ch == '\f') {
            out_cp(c, ch);
            i++;
        } else {
            size_t j = i + 1;
            while (j < len && s[j] != '<' && s[j] != '&' && !isspace((unsigned char)s[j]))
                j++;
            out_bytes(c, s + i, j - i);
            i = j;
        }
    }
}

int ge_html_to_text(const char *s, size_t len, ge_html *out)
{
    memset(out, 0, sizeof *out);
    conv c = {.s = s, .len = len};
    convert(&c);
    if (!c.oom && !c.out.s && !(c.out.s = ge_strdup("")))
        c.oom = 1;
    if (!c.title) {
        c.title = c.h1;
        c.h1 = NULL;
    }
    free(c.h1);
    if (c.oom) {
        ge_buf_free(&c.out);
        free(c.title);
        free(c.meta_date);
        free(c.time_date);
        return -1;
    }
    out->text = c.out.s;
    out->len = c.out.len;
    out->title = c.title;
    out->published = c.meta_date ? c.meta_date : c.time_date;
    if (c.meta_date)
        free(c.time_date);
    return 0;
}

void ge_html_free(ge_html *h)
{
    free(h->text);
    free(h->title);
    free(h->published);
    memset(h, 0, sizeof *h);
}

static int ci_contains(const char *s, size_t len, const char *needle)
{
    size_t n = strlen(needle);
    for (size_t i = 0; i + n <= len; i++)
        if (ci_prefix(s + i, len - i, needle))
            return 1;
    return 0;
}

int ge_html_sniff(const char *s, size_t len)
{
    size_t i = 0;
    if (len >= 3 && memcmp(s, "\xEF\xBB\xBF", 3) == 0)
        i = 3;
    while (i < len && isspace((unsigned char)s[i]))
        i++;
    if (i >= len || s[i] != '<')
        return 0;
    static const char *const marks[] = {"<!doctype html", "<html", "<head", "<body", "<title",
                                        "<meta", "<p>", "<div", "<br", "<article", NULL};
    size_t n = len - i < 2048 ? len - i : 2048;
    for (const char *const *m = marks; *m; m++)
        if (ci_contains(s + i, n, *m))
            return 1;
    return 0;
}
