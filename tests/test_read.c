/*
 * test_read.c -- unit tests of the read stage: text, HTML, JSON Lines, JSON,
 * folders, .gz/.zip made here through GDAL, a committed .tar.gz, stdin, and
 * every kind of bad input (messages, counts, the batch going on).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cpl_vsi.h>

#include "geoevents/geoevents.h"
#include "html.h"

#include "check.h"

#define STREQ(a, b) ((a) && (b) && strcmp((a), (b)) == 0)

/* ------------------------------------------------------------ helpers */

typedef struct msgs {
    char text[64][512];
    int n;
} msgs;

static void collect(void *user, const char *file, long line, const char *message)
{
    msgs *m = user;
    if (m->n < 64)
        snprintf(m->text[m->n++], sizeof m->text[0], "%s:%ld: %s", file, line, message);
}

/* How many messages contain both a and b. */
static int msg_count(const msgs *m, const char *a, const char *b)
{
    int k = 0;
    for (int i = 0; i < m->n; i++)
        if (strstr(m->text[i], a) && (!b || strstr(m->text[i], b)))
            k++;
    return k;
}

typedef struct result {
    ge_article v[64];
    int n;
    size_t errors;
    ge_status end;
    msgs m;
} result;

static void run(result *res, const char *const *inputs, size_t n, const ge_read_options *opt)
{
    memset(res, 0, sizeof *res);
    ge_diag d = {collect, &res->m};
    ge_reader *r = NULL;
    ge_status st = ge_reader_open(inputs, n, opt, &d, &r);
    CHECK(st == GE_OK, "ge_reader_open: %s", ge_strerror(st));
    if (st != GE_OK)
        return;
    ge_article a;
    while ((st = ge_reader_next(r, &a)) == GE_OK) {
        if (res->n < 64)
            res->v[res->n++] = a;
        else
            ge_article_free(&a);
    }
    res->end = st;
    res->errors = ge_reader_errors(r);
    ge_reader_close(r);
}

static void run1(result *res, const char *input, const ge_read_options *opt)
{
    run(res, &input, 1, opt);
}

static void done(result *res)
{
    for (int i = 0; i < res->n; i++)
        ge_article_free(&res->v[i]);
}

static const ge_article *by_id(const result *res, const char *id)
{
    for (int i = 0; i < res->n; i++)
        if (STREQ(res->v[i].id, id))
            return &res->v[i];
    return NULL;
}

static char tmpdir[1024];

static const char *path(const char *name)
{
    static char buf[4][1200];
    static int k;
    k = (k + 1) % 4;
    snprintf(buf[k], sizeof buf[k], "%s/%s", tmpdir, name);
    return buf[k];
}

/* Writes through GDAL, so "/vsigzip/..." and "/vsizip/..." make archives. */
static void put(const char *p, const void *data, size_t n)
{
    if (strncmp(p, "/vsi", 4) != 0) {
        char dir[1200];
        snprintf(dir, sizeof dir, "%s", p);
        char *slash = strrchr(dir, '/');
        if (slash) {
            *slash = '\0';
            VSIMkdirRecursive(dir, 0755);
        }
    }
    VSILFILE *f = VSIFOpenL(p, "wb");
    CHECK(f != NULL, "cannot create %s", p);
    if (!f)
        return;
    CHECK(VSIFWriteL(data, 1, n, f) == n, "short write %s", p);
    VSIFCloseL(f);
}

static void puts_(const char *p, const char *s) { put(p, s, strlen(s)); }

static void mkdirs(const char *p) { VSIMkdirRecursive(p, 0755); }

/* ------------------------------------------------------------- tests */

static void test_plain(void)
{
    puts_(path("plain/crlf.txt"), "Fighting in Mosul.\r\nSecond line.\r\n");
    puts_(path("plain/bom.txt"), "\xEF\xBB\xBF" "BOM text about Paris.");
    result r;
    run1(&r, path("plain/crlf.txt"), NULL);
    CHECK(r.n == 1 && r.errors == 0 && r.end == GE_END, "one clean article (n=%d)", r.n);
    if (r.n == 1) {
        const ge_article *a = &r.v[0];
        CHECK(STREQ(a->text, "Fighting in Mosul.\r\nSecond line.\r\n"), "CRLF kept: [%s]", a->text);
        CHECK(a->text_len == strlen(a->text), "text_len");
        CHECK(STREQ(a->id, "crlf"), "id from file name: %s", a->id);
        CHECK(STREQ(a->source, path("plain/crlf.txt")), "source: %s", a->source);
        CHECK(a->line == 0 && !a->title && !a->url && !a->published, "no metadata");
    }
    done(&r);
    /* UTF-16 with a BOM, both byte orders: "Zürich 𝄞" (a surrogate pair). */
    const unsigned char le[] = {0xFF, 0xFE, 'Z', 0, 0xFC, 0, 'r', 0, 'i', 0, 'c', 0, 'h', 0,
                                ' ', 0, 0x34, 0xD8, 0x1E, 0xDD};
    unsigned char be[sizeof le];
    for (size_t i = 0; i < sizeof le; i += 2) {
        be[i] = le[i + 1];
        be[i + 1] = le[i];
    }
    put(path("plain/utf16le.txt"), le, sizeof le);
    put(path("plain/utf16be.txt"), be, sizeof be);
    const char *u16[] = {path("plain/utf16le.txt"), path("plain/utf16be.txt")};
    run(&r, u16, 2, NULL);
    CHECK(r.n == 2 && r.errors == 0, "UTF-16 files read (%d, %zu errors)", r.n, r.errors);
    for (int i = 0; i < r.n; i++)
        CHECK(STREQ(r.v[i].text, "Zürich \xF0\x9D\x84\x9E"), "UTF-16 decoded: [%s]", r.v[i].text);
    done(&r);
    run1(&r, path("plain/bom.txt"), NULL);
    CHECK(r.n == 1 && STREQ(r.v[0].text, "BOM text about Paris."), "BOM stripped");
    CHECK(r.errors == 0 && r.m.n == 0, "a BOM is not an error");
    done(&r);
}

static void test_cp1252(void)
{
    /* "Café in Köln “quoted” € – ok" in Windows-1252. */
    puts_(path("cp/win.txt"), "Caf\xe9 in K\xf6ln \x93quoted\x94 \x80 \x96 ok");
    result r;
    run1(&r, path("cp/win.txt"), NULL);
    CHECK(r.n == 1, "cp1252 file still read");
    if (r.n == 1)
        CHECK(STREQ(r.v[0].text, "Café in Köln “quoted” € – ok"), "decoded: [%s]", r.v[0].text);
    CHECK(r.errors == 1 && r.m.n == 1, "one message (%d)", r.m.n);
    CHECK(msg_count(&r.m, "win.txt", "Windows-1252") == 1, "message names file: %s", r.m.text[0]);
    done(&r);
}

static void test_html(void)
{
    const char *page =
        "<!DOCTYPE html><html><head><meta charset=\"utf-8\">\n"
        "<title>Talks  resume &amp; more</title>\n"
        "<meta property=\"article:published_time\" content=\"2026-10-14T08:30:00Z\">\n"
        "<style>p { color: red; } .Baghdad {}</style>\n"
        "<script>var x = \"<p>Basra</p>\"; if (a < b) {}</script>\n"
        "</head><body>\n"
        "<header><a href=/>Home Kabul</a></header>\n"
        "<nav><ul><li>World Tehran</li></ul></nav>\n"
        "<!-- a comment about Damascus -->\n"
        "<article><h1>Talks resume</h1>\n"
        "<time datetime=\"2020-01-01\">old</time>\n"
        "<p>Sudan&#39;s army &amp; the RSF met in <b>Doha</b>, officials   said.</p>\n"
        "<p>Caf&eacute; caf&#xE9; it&#x27;s 5 &lt; 6&nbsp;now&mdash;ok &unknown; AT&T</p>"
        "<div>one<br>two</div>\n"
        "<aside>Related Stories Aleppo</aside><noscript>Enable JS Homs</noscript>\n"
        "</article><footer>Leave a Reply Mosul</footer></body></html>\n";
    puts_(path("html/page.html"), page);
    result r;
    run1(&r, path("html/page.html"), NULL);
    CHECK(r.n == 1 && r.errors == 0, "one HTML article");
    if (r.n == 1) {
        const ge_article *a = &r.v[0];
        CHECK(STREQ(a->title, "Talks resume & more"), "title: %s", a->title);
        CHECK(STREQ(a->published, "2026-10-14T08:30:00Z"), "published: %s", a->published);
        CHECK(STREQ(a->id, "page"), "id: %s", a->id);
        const char *want = "Talks resume\n"
                           "old\n"
                           "Sudan's army & the RSF met in Doha, officials said.\n"
                           "Café café it's 5 < 6 now—ok &unknown; AT&T\n"
                           "one\n"
                           "two";
        CHECK(STREQ(a->text, want), "HTML text:\n[%s]\nwant:\n[%s]", a->text, want);
        const char *gone[] = {"Baghdad", "Basra", "Kabul", "Tehran", "Damascus", "Aleppo",
                              "Homs", "Mosul", "color", "<", NULL};
        for (const char **g = gone; *g; g++)
            if (strcmp(*g, "<") != 0)
                CHECK(!strstr(a->text, *g), "dropped content leaked: %s", *g);
    }
    done(&r);

    /* Page furniture by class, id or role: menus, sharing, sidebars, related
     * stories, cookie banners, comments; JSON-LD. Nested elements of the
     * same name end with the right closing tag. */
    static const char furn[] =
        "<html><head><script type=\"application/ld+json\">{\"headline\":\"Lagos\"}</script>"
        "</head><body><div class=\"site-nav\"><a>Home</a> <a>Paris news</a></div><main>"
        "<p>Gunmen attacked a bus in Kano.</p><div class=\"share-buttons\"><div>Share</div>"
        "<div>Tokyo</div></div><p>Five died.</p></main><div id=\"related_stories\"><div>Dhaka"
        "</div></div><div class=\"cookie-consent\">Madrid</div><section class=\"comments\">"
        "Chicago</section><div role=\"complementary\">Lima</div><div class=\"shadow\">Kept"
        "</div></body></html>";
    ge_html h;
    CHECK(ge_html_to_text(furn, strlen(furn), &h) == 0, "furniture page converts");
    CHECK(h.text && strstr(h.text, "Kano") && strstr(h.text, "Five died") && strstr(h.text, "Kept"),
          "article text kept: %s", h.text);
    static const char *const furn_gone[] = {"Lagos", "Paris", "Tokyo", "Dhaka", "Madrid",
                                            "Chicago", "Lima", "Share", NULL};
    for (const char *const *gw = furn_gone; *gw && h.text; gw++)
        CHECK(!strstr(h.text, *gw), "page furniture leaked: %s in %s", *gw, h.text);
    ge_html_free(&h);

    /* The publication date a page states in its JSON-LD (schema.org
     * NewsArticle, also inside "@graph"), over a <time> of the body */
    static const char ld[] =
        "<html><head><script type=\"application/ld+json\">{\"@context\":\"https://schema.org\","
        "\"@graph\":[{\"@type\":\"WebPage\"},{\"@type\":\"NewsArticle\",\"datePublished\":"
        "\"2026-09-08T10:00:00+05:30\"}]}</script></head><body><time datetime=\"2020-01-01\">"
        "x</time><p>Police fired tear gas.</p></body></html>";
    CHECK(ge_html_to_text(ld, strlen(ld), &h) == 0 && h.published &&
              STREQ(h.published, "2026-09-08T10:00:00+05:30"),
          "JSON-LD datePublished: %s", h.published ? h.published : "(none)");
    ge_html_free(&h);
    static const char bad_ld[] = "<script type=\"application/ld+json\">{\"datePublished\": </script>"
                                 "<p>Broken data, text kept.</p>";
    CHECK(ge_html_to_text(bad_ld, strlen(bad_ld), &h) == 0 && !h.published && h.text &&
              strstr(h.text, "text kept"),
          "broken JSON-LD: no date, the text kept");
    ge_html_free(&h);

    /* Date from <meta name=date>, then from <time datetime>; sniffed in a .txt. */
    puts_(path("html/d1.htm"), "<html><meta name=\"date\" content=\"2024-05-06\"><p>x</p></html>");
    puts_(path("html/d2.htm"), "<html><body><time datetime='2023-02-03T10:00'>Feb</time><p>y</p>");
    puts_(path("html/sniffed.txt"), "  <!doctype html><title>S</title><p>Sniffed &amp; stripped</p>");
    puts_(path("html/notags.txt"), "a <b and c > d & e");
    const char *in[] = {path("html/d1.htm"), path("html/d2.htm"), path("html/sniffed.txt"),
                        path("html/notags.txt")};
    run(&r, in, 4, NULL);
    CHECK(r.n == 4, "four articles (%d)", r.n);
    if (r.n == 4) {
        CHECK(STREQ(r.v[0].published, "2024-05-06"), "meta name=date: %s", r.v[0].published);
        CHECK(STREQ(r.v[1].published, "2023-02-03T10:00"), "time datetime: %s", r.v[1].published);
        CHECK(STREQ(r.v[2].text, "Sniffed & stripped") && STREQ(r.v[2].title, "S"),
              "HTML sniffed in .txt: [%s]", r.v[2].text);
        CHECK(STREQ(r.v[3].text, "a <b and c > d & e"), "plain text untouched: [%s]", r.v[3].text);
    }
    done(&r);

    /* A page with no visible text is a bad input. */
    puts_(path("html/empty.html"), "<html><script>x()</script><nav>menu</nav></html>");
    run1(&r, path("html/empty.html"), NULL);
    CHECK(r.n == 0 && r.errors == 1 && msg_count(&r.m, "empty.html", "no text") == 1,
          "textless page reported");
    done(&r);
}

static void test_jsonl(void)
{
    puts_(path("jl/a.jsonl"),
          "{\"id\":\"j1\",\"title\":\"T1\",\"url\":\"http://x/1\",\"date\":\"2020-01-02\",\"text\":\"one\"}\n"
          "not json\n"
          "{\"title\":\"no text\"}\n"
          "\n"
          "{\"text\":\"two\\nlines\"}\r\n"
          "{\"text\":5}\n"
          "{\"id\":42,\"text\":\"three\"} trailing\n"
          "{\"id\":43,\"text\":\"four\"}\n"
          "{\"id\":111111111111111111111111111111111111111111111111111111111111111111111111111111111111,"
          "\"text\":\"five\"}\n"
          "{\"id\":1.5,\"text\":\"six\"}");
    result r;
    run1(&r, path("jl/a.jsonl"), NULL);
    CHECK(r.n == 5, "five good lines (%d)", r.n);
    const ge_article *a = by_id(&r, "j1");
    CHECK(a && STREQ(a->title, "T1") && STREQ(a->url, "http://x/1") &&
              STREQ(a->published, "2020-01-02") && STREQ(a->text, "one") && a->line == 1,
          "fields of line 1");
    a = by_id(&r, "a:5");
    CHECK(a && STREQ(a->text, "two\nlines") && a->line == 5, "id from file and line");
    a = by_id(&r, "43");
    CHECK(a && STREQ(a->text, "four") && a->line == 8, "numeric id");
    a = by_id(&r, "1.1111111111111111e+83");
    CHECK(a && STREQ(a->text, "five"), "a numeric id too big for an integer (a fuzzer's find)");
    a = by_id(&r, "1.5");
    CHECK(a && STREQ(a->text, "six") && a->line == 10, "a fractional id, last line without newline");
    CHECK(r.errors == 4 && r.m.n == 4, "four bad lines reported (%zu, %d)", r.errors, r.m.n);
    CHECK(msg_count(&r.m, "a.jsonl:2:", NULL) == 1, "line 2 not JSON");
    CHECK(msg_count(&r.m, "a.jsonl:3:", "\"text\"") == 1, "line 3 no text");
    CHECK(msg_count(&r.m, "a.jsonl:6:", "not a string") == 1, "line 6 text not string");
    CHECK(msg_count(&r.m, "a.jsonl:7:", NULL) == 1, "line 7 trailing garbage");
    done(&r);

    /* Renamed fields. */
    puts_(path("jl/renamed.jsonl"),
          "{\"key\":\"k1\",\"headline\":\"H\",\"link\":\"L\",\"pubdate\":\"2021-03-04\","
          "\"body\":\"Body text\",\"text\":\"wrong\",\"id\":\"wrong\"}\n"
          "{\"text\":\"only default field\"}\n");
    ge_read_options o = {.id_field = "key", .title_field = "headline", .url_field = "link",
                         .date_field = "pubdate", .text_field = "body"};
    run1(&r, path("jl/renamed.jsonl"), &o);
    CHECK(r.n == 1, "one article with renamed fields (%d)", r.n);
    if (r.n >= 1)
        CHECK(STREQ(r.v[0].id, "k1") && STREQ(r.v[0].title, "H") && STREQ(r.v[0].url, "L") &&
                  STREQ(r.v[0].published, "2021-03-04") && STREQ(r.v[0].text, "Body text"),
              "renamed fields used");
    CHECK(r.errors == 1 && msg_count(&r.m, "renamed.jsonl:2:", "\"body\"") == 1,
          "missing renamed field named in the message");
    done(&r);

    /* A line in Windows-1252 and a line longer than the limit. */
    ge_read_options small = {.max_bytes = 1000};
    size_t big = ((size_t)1 << 20) + 4096;
    char *s = malloc(big + 200);
    strcpy(s, "{\"text\":\"caf\xe9\"}\n{\"text\":\"");
    size_t k = strlen(s);
    memset(s + k, 'x', big);
    strcpy(s + k + big, "\"}\n{\"text\":\"after\"}\n");
    put(path("jl/mixed.jsonl"), s, strlen(s));
    free(s);
    run1(&r, path("jl/mixed.jsonl"), &small);
    CHECK(r.n == 2, "cp1252 line and the line after the long one (%d)", r.n);
    if (r.n == 2) {
        CHECK(STREQ(r.v[0].text, "café"), "cp1252 line: %s", r.v[0].text);
        CHECK(STREQ(r.v[1].text, "after") && r.v[1].line == 3, "line after the long one");
    }
    CHECK(msg_count(&r.m, "mixed.jsonl:1:", "Windows-1252") == 1, "cp1252 line reported");
    CHECK(msg_count(&r.m, "mixed.jsonl:2:", "longer") == 1, "long line reported");
    CHECK(r.errors == 2, "two messages (%zu)", r.errors);
    done(&r);
}

static void test_json_file(void)
{
    puts_(path("js/arr.json"), "[{\"id\":\"a1\",\"text\":\"arr one\"},\n {\"text\":\"arr two\"}, 5]");
    puts_(path("js/obj.json"), "{\n  \"title\": \"Pretty\",\n  \"text\": \"pretty printed\"\n}\n");
    const char *in[] = {path("js/arr.json"), path("js/obj.json")};
    result r;
    run(&r, in, 2, NULL);
    CHECK(r.n == 3, "three JSON articles (%d)", r.n);
    CHECK(by_id(&r, "a1") && by_id(&r, "arr:2"), "array elements");
    const ge_article *a = by_id(&r, "obj:1");
    CHECK(a && STREQ(a->title, "Pretty"), "pretty-printed object");
    CHECK(r.errors == 1 && msg_count(&r.m, "arr.json", "element 3") == 1, "non-object element");
    done(&r);
}

static void test_folder_and_archives(void)
{
    mkdirs(path("dir/sub/deeper"));
    mkdirs(path("dir/.hidden"));
    puts_(path("dir/b.txt"), "B text");
    puts_(path("dir/a.txt"), "A text");
    puts_(path("dir/sub/c.html"), "<p>C page</p>");
    puts_(path("dir/sub/deeper/d.jsonl"), "{\"id\":\"d1\",\"text\":\"D line\"}\n");
    puts_(path("dir/ignored.csv"), "x,y");
    puts_(path("dir/.hidden/h.txt"), "hidden");
    puts_(path("dir/noext"), "no extension");
    /* .gz and .zip made through GDAL's virtual file systems. */
    char vsi[1400];
    snprintf(vsi, sizeof vsi, "/vsigzip/%s", path("dir/e.txt.gz"));
    puts_(vsi, "E gzipped text");
    snprintf(vsi, sizeof vsi, "/vsigzip/%s", path("dir/f.jsonl.gz"));
    puts_(vsi, "{\"text\":\"F gz line 1\"}\n{\"id\":\"f2\",\"text\":\"F gz line 2\"}\n");
    snprintf(vsi, sizeof vsi, "/vsizip/%s/g1.txt", path("dir/g.zip"));
    puts_(vsi, "G1 zipped");
    snprintf(vsi, sizeof vsi, "/vsizip/%s/in/g2.htm", path("dir/g.zip"));
    puts_(vsi, "<title>G2</title><p>G2 zipped page</p>");
    /* A link back up the tree is not followed (no loop, no duplicates). */
    CHECK(symlink("..", path("dir/sub/loop")) == 0, "symlink");
    result r;
    run1(&r, path("dir"), NULL);
    const char *want[] = {"a", "b", "e", "f:1", "f2", "g.zip/g1", "g.zip/in/g2", "sub/c",
                          "d1"};
    int nw = (int)(sizeof want / sizeof want[0]);
    CHECK(r.n == nw, "folder: %d articles, want %d", r.n, nw);
    for (int i = 0; i < r.n && i < nw; i++)
        CHECK(STREQ(r.v[i].id, want[i]), "order/ids: got %s want %s", r.v[i].id, want[i]);
    CHECK(r.errors == 0 && r.m.n == 0, "clean folder (%d messages: %s)", r.m.n, r.m.text[0]);
    const ge_article *a = by_id(&r, "g.zip/in/g2");
    CHECK(a && STREQ(a->text, "G2 zipped page") && STREQ(a->title, "G2"), "HTML in zip");
    CHECK(a && strstr(a->source, "g.zip/in/g2.htm"), "archive member named in source: %s",
          a ? a->source : "");
    a = by_id(&r, "e");
    CHECK(a && STREQ(a->text, "E gzipped text"), "gz text");
    done(&r);

    /* The committed .tar.gz, the zip through an explicit /vsizip/ path, and
     * a file in the zip. */
    char tgz[1200], zdir[1400], zmember[1400];
    snprintf(tgz, sizeof tgz, "%s/tests/data/inputs/tiny.tar.gz", GE_SOURCE_DIR);
    snprintf(zdir, sizeof zdir, "/vsizip/%s", path("dir/g.zip"));
    snprintf(zmember, sizeof zmember, "/vsizip/%s/g1.txt", path("dir/g.zip"));
    const char *in[] = {tgz, zdir, zmember};
    run(&r, in, 3, NULL);
    CHECK(r.n == 5, "tar.gz + zip dir + zip member: %d articles", r.n);
    a = by_id(&r, "sub/b");
    CHECK(a && STREQ(a->title, "Tar page") && strstr(a->text, "Oslo"), "HTML in tar.gz");
    a = by_id(&r, "a");
    CHECK(a && STREQ(a->text, "Text from a tar archive about Lisbon.\n"), "text in tar.gz");
    CHECK(by_id(&r, "in/g2") && by_id(&r, "g1"), "explicit /vsizip/ paths");
    CHECK(r.errors == 0, "no errors");
    done(&r);
}

/* Tar archives are walked member by member, in archive order. */
static void test_tar(void)
{
    char mixed[1200], gnu[1200];
    snprintf(mixed, sizeof mixed, "%s/tests/data/inputs/mixed.tar.gz", GE_SOURCE_DIR);
    snprintf(gnu, sizeof gnu, "%s/tests/data/inputs/gnu-longname.tar.gz", GE_SOURCE_DIR);
    const char *in[] = {mixed, gnu};
    result r;
    run(&r, in, 2, NULL);
    char longid[200] = "deep/", gnuid[200] = "gnu/";
    memset(longid + 5, 'n', 120);
    memset(gnuid + 4, 'g', 120);
    const char *want[] = {"docs/one", "t-l1", "lines:3", "nested.zip/z", "deep/er/page", longid,
                          gnuid};
    int nw = (int)(sizeof want / sizeof want[0]);
    CHECK(r.n == nw, "tar: %d articles, want %d", r.n, nw);
    for (int i = 0; i < r.n && i < nw; i++)
        CHECK(STREQ(r.v[i].id, want[i]), "tar order/ids: got %s want %s", r.v[i].id, want[i]);
    const ge_article *a = by_id(&r, "lines:3");
    CHECK(a && STREQ(a->text, "Line three about Rome.") && a->line == 3, "JSONL member streamed");
    a = by_id(&r, "deep/er/page");
    CHECK(a && STREQ(a->title, "Deep") && STREQ(a->text, "Deep page about Lima."), "HTML member");
    a = by_id(&r, "nested.zip/z");
    CHECK(a && STREQ(a->text, "Zipped inside a tar about Cairo."), "zip inside a tar");
    a = by_id(&r, longid);
    CHECK(a && STREQ(a->text, "Long name about Quito.\n"), "pax long name");
    a = by_id(&r, gnuid);
    CHECK(a && STREQ(a->text, "Long name about Quito.\n"), "GNU long name");
    CHECK(r.errors == 1 && msg_count(&r.m, "mixed.tar.gz/lines.jsonl:2:", NULL) == 1,
          "one bad line in a tar member (%zu errors)", r.errors);
    done(&r);
    struct stat st;
    char props[1300];
    snprintf(props, sizeof props, "%s.properties", mixed);
    CHECK(stat(props, &st) != 0, "no .properties file left beside the input");

    /* The archive cut in half, and a file that is not a tar at all. */
    VSILFILE *f = VSIFOpenL(mixed, "rb");
    char buf[4096];
    size_t n = f ? VSIFReadL(buf, 1, sizeof buf, f) : 0;
    if (f)
        VSIFCloseL(f);
    put(path("tar/cut.tar.gz"), buf, n / 2);
    char junk[600];
    memset(junk, 'x', sizeof junk);
    put(path("tar/junk.tar"), junk, sizeof junk);
    puts_(path("tar/z.txt"), "After the broken archives.");
    run1(&r, path("tar"), NULL);
    CHECK(by_id(&r, "z"), "batch goes on after broken tars");
    /* Members before the cut are read (with their own bad line). */
    CHECK(msg_count(&r.m, "cut.tar.gz:0:", NULL) == 1, "truncated tar.gz: one message");
    CHECK(msg_count(&r.m, "junk.tar:0:", "not a tar") == 1, "not a tar: one message");
    int nline = msg_count(&r.m, "cut.tar.gz/lines.jsonl:2:", NULL);
    CHECK(r.m.n == 2 + nline && r.errors == (size_t)r.m.n, "no other messages (%d)", r.m.n);
    for (int i = 0; i < r.m.n; i++)
        printf("  message: %s\n", r.m.text[i]);
    done(&r);
}

static void test_bad_inputs(void)
{
    mkdirs(path("bad"));
    puts_(path("bad/good1.txt"), "Good article one.");
    put(path("bad/nul.txt"), "abc\0def", 7);
    puts_(path("bad/empty.txt"), "");
    puts_(path("bad/blank.txt"), " \n\t\r\n");
    char junk[3000];
    for (size_t i = 0; i < sizeof junk; i++)
        junk[i] = (char)(i * 7919 % 251);
    put(path("bad/broken.zip"), junk, sizeof junk);
    put(path("bad/broken.tar.gz"), junk, sizeof junk);
    /* A truncated gzip stream. */
    char vsi[1400], full[4096];
    snprintf(vsi, sizeof vsi, "/vsigzip/%s", path("whole.txt.gz"));
    for (size_t i = 0; i < sizeof full; i++)
        full[i] = (char)('a' + (i * 31 + i / 7) % 26);
    put(vsi, full, sizeof full);
    VSILFILE *f = VSIFOpenL(path("whole.txt.gz"), "rb");
    char gz[4096];
    size_t gn = f ? VSIFReadL(gz, 1, sizeof gz, f) : 0;
    if (f)
        VSIFCloseL(f);
    put(path("bad/cut.txt.gz"), gz, gn / 2);
    puts_(path("bad/zgood2.txt"), "Good article two.");
    const char *in[] = {path("bad"), path("missing.txt")};
    result r;
    run(&r, in, 2, NULL);
    CHECK(r.n == 2 && by_id(&r, "good1") && by_id(&r, "zgood2"), "good articles survive (%d)",
          r.n);
    const char *named[] = {"nul.txt", "empty.txt", "blank.txt", "broken.zip", "broken.tar.gz",
                           "cut.txt.gz", "missing.txt", NULL};
    int k = 0;
    for (const char **p = named; *p; p++, k++)
        CHECK(msg_count(&r.m, *p, NULL) == 1, "one message naming %s", *p);
    CHECK(r.m.n == k && r.errors == (size_t)k, "%d messages, %zu errors, want %d", r.m.n,
          r.errors, k);
    for (int i = 0; i < r.m.n; i++)
        printf("  message: %s\n", r.m.text[i]);
    done(&r);

    /* No inputs is an argument error. */
    ge_reader *rd = NULL;
    CHECK(ge_reader_open(NULL, 0, NULL, NULL, &rd) == GE_ERR_ARG && !rd, "no inputs");
}

static void test_truncation(void)
{
    /* 12 two-byte letters; a 9-byte limit cuts to 8 bytes, on a boundary. */
    puts_(path("trunc/greek.txt"), "αβγδεζηθικλμ");
    puts_(path("trunc/g.jsonl"), "{\"text\":\"αβγδεζηθικλμ\"}\n");
    ge_read_options o = {.max_bytes = 9};
    const char *in[] = {path("trunc/greek.txt"), path("trunc/g.jsonl")};
    result r;
    run(&r, in, 2, &o);
    CHECK(r.n == 2, "truncated articles kept");
    for (int i = 0; i < r.n; i++)
        CHECK(STREQ(r.v[i].text, "αβγδ") && r.v[i].text_len == 8, "cut on a boundary: [%s]",
              r.v[i].text);
    CHECK(r.errors == 2 && msg_count(&r.m, "greek.txt", "truncated") == 1 &&
              msg_count(&r.m, "g.jsonl:1:", "truncated") == 1,
          "truncation reported");
    done(&r);
}

static void test_stdin(void)
{
    puts_(path("stdin.jsonl"), "{\"text\":\"from stdin\"}\n{\"text\":\"second\"}\n");
    if (!freopen(path("stdin.jsonl"), "rb", stdin)) {
        CHECK(0, "freopen stdin");
        return;
    }
    const char *in[] = {"-"};
    result r;
    run(&r, in, 1, NULL);
    /* no id on stdin: the FNV-1a 64 hash of the text (the same in any block
     * of a split archive), not the line number */
    CHECK(r.n == 2 && r.v[0].id && r.v[1].id && !strncmp(r.v[0].id, "stdin-", 6) &&
              strlen(r.v[0].id) == 22 && strcmp(r.v[0].id, r.v[1].id) != 0,
          "JSONL from stdin: content-hash ids (%d)", r.n);
    /* the id is the text's hash alone, so another block holding the same
     * line on any line number gives the same id */
    unsigned long long h = 1469598103934665603ull;
    for (const char *c = "second"; *c; c++)
        h = (h ^ (unsigned char)*c) * 1099511628211ull;
    char want[64];
    snprintf(want, sizeof want, "stdin-%016llx", h);
    CHECK(by_id(&r, want) != NULL, "stdin id is FNV-1a 64 of the text (%s)", want);
    done(&r);
}

/* Random HTML-ish soup (a fixed seed): no crash, valid UTF-8 out, no tag
 * characters left from well-formed tags. ASan/UBSan watch the rest. */
static void test_html_fuzz(void)
{
    static const char *const parts[] = {
        "<p>", "</p>", "<script>", "</script>", "<style>", "<!--", "-->", "<nav>", "</nav>",
        "<title>", "</title>", "&amp;", "&#x27;", "&#39;", "&#xFFFFFFFF;", "&#0;", "&", "<",
        ">", "\"", "'", "=", " ", "\n", "\r\n", "<meta name=date content='2020'>",
        "<time datetime=", "é", "\xe2\x80\x94", "Baghdad", "<br/>", "<div class=\"a\">",
        "</div>", "<![CDATA[", "]]>", "<?xml", "<a href=x>", "</a>", "&nbsp", "&hellip;",
        "<header>", "</header>", "<pre>", "</pre>", "&eacute", "<!doctype html>"};
    size_t np = sizeof parts / sizeof parts[0];
    unsigned seed = 12345;
    int bad_utf8 = 0, leaked = 0;
    for (int iter = 0; iter < 3000; iter++) {
        char doc[2048];
        size_t len = 0;
        int n = (int)(seed % 40);
        for (int k = 0; k < n; k++) {
            seed = seed * 1103515245u + 12345u;
            const char *p = parts[(seed >> 8) % np];
            size_t pl = strlen(p);
            if (len + pl >= sizeof doc)
                break;
            memcpy(doc + len, p, pl);
            len += pl;
        }
        seed = seed * 1103515245u + 12345u;
        ge_html h;
        if (ge_html_to_text(doc, len, &h) != 0) {
            CHECK(0, "ge_html_to_text failed");
            continue;
        }
        if (ge_utf8_check(h.text, h.len) != h.len || strlen(h.text) != h.len)
            bad_utf8++;
        if (h.title && ge_utf8_check(h.title, strlen(h.title)) != strlen(h.title))
            bad_utf8++;
        if (strstr(h.text, "<p>") || strstr(h.text, "<script>") || strstr(h.text, "<br/>"))
            leaked++;
        ge_html_free(&h);
    }
    CHECK(bad_utf8 == 0, "HTML fuzz: %d outputs not valid UTF-8", bad_utf8);
    CHECK(leaked == 0, "HTML fuzz: %d outputs with tags left", leaked);
}

int main(void)
{
    snprintf(tmpdir, sizeof tmpdir, "%s", GE_TEST_TMP);
    VSIRmdirRecursive(tmpdir);
    mkdirs(tmpdir);
    test_plain();
    test_cp1252();
    test_html();
    test_html_fuzz();
    test_jsonl();
    test_json_file();
    test_folder_and_archives();
    test_tar();
    test_bad_inputs();
    test_truncation();
    test_stdin();
    printf("%d checks, %d failed\n", checks, fails);
    return fails ? 1 : 0;
}
