/* test_text.c -- the text stage: normalization, UTF-8 checks, tokens,
 * sentences, code point offsets and page furniture. */
#include <stdio.h>
#include <string.h>

#include "internal.h"

#include "check.h"

static void norm_is(const char *in, const char *want)
{
    char out[256];
    ge_text_normalize(in, strlen(in), out, sizeof out);
    CHECK(!strcmp(out, want), "normalize(%s) = '%s', want '%s'", in, out, want);
}

static void test_normalize(void)
{
    norm_is("Baghdad", "baghdad");
    norm_is("U.S.", "us");
    norm_is("al-Anbar", "al anbar");
    norm_is("Côte d’Ivoire", "cote divoire");
    norm_is("  São   Paulo ", "sao paulo");
    norm_is("Zürich", "zurich");
    norm_is("Łódź", "lodz");
    norm_is("Straße", "strasse");
    norm_is("Deir ez-Zor", "deir ez zor");
    norm_is("Москва", "москва");
    norm_is("Ocala, Fla.", "ocala fla");
    norm_is("Ṣanʿāʾ", "sana"); /* ʿ ʾ dropped, Ṣ ā folded */
    norm_is("Hồ Chí Minh", "ho chi minh");
    char small[4];
    size_t n = ge_text_normalize("Baghdad", 7, small, sizeof small);
    CHECK(n == 3 && !strcmp(small, "bag"), "truncation keeps a NUL: '%s'", small);
}

static void test_utf8(void)
{
    const char ok[] = "Tōkyō and Москва";
    CHECK(ge_utf8_check(ok, strlen(ok)) == strlen(ok), "valid UTF-8 accepted");
    const char bad[] = "abc\xff"
                       "def";
    CHECK(ge_utf8_check(bad, strlen(bad)) == 3, "invalid byte found at 3");
    const char overlong[] = "a\xc0\xaf";
    CHECK(ge_utf8_check(overlong, strlen(overlong)) == 1, "overlong refused");
    const char trunc[] = "ab\xe2\x80";
    CHECK(ge_utf8_check(trunc, strlen(trunc)) == 2, "truncated sequence refused");
    const char surrogate[] = "\xed\xa0\x80";
    CHECK(ge_utf8_check(surrogate, 3) == 0, "surrogate refused");
}

static const ge_token *find_tok(const ge_text *t, const char *raw)
{
    size_t n = strlen(raw);
    for (size_t i = 0; i < t->ntokens; i++)
        if (t->tokens[i].end - t->tokens[i].start == n && !memcmp(t->s + t->tokens[i].start, raw, n))
            return &t->tokens[i];
    return NULL;
}

static void test_tokens(void)
{
    const char *s = "Officials in Ocala, Fla., said the U.S. Army and US-Iraqi talks in al-Anbar "
                    "cost 1,500 dollars. Sudan's army met O'Brien.\n\nHeadline Here\nNext line";
    ge_text t;
    CHECK(ge_text_analyze(s, strlen(s), &t) == GE_OK, "analyze");
    const ge_token *tk = find_tok(&t, "Fla.");
    CHECK(tk && (tk->flags & GE_TOK_ABBREV) && !strcmp(t.norm + tk->norm, "fla"), "Fla. abbrev");
    tk = find_tok(&t, "U.S.");
    CHECK(tk && (tk->flags & GE_TOK_ABBREV) && (tk->flags & GE_TOK_UPPER), "U.S. acronym");
    tk = find_tok(&t, "Iraqi");
    CHECK(tk && (tk->flags & GE_TOK_HYPHEN_BEFORE) && (tk->flags & GE_TOK_CAP), "US-Iraqi split");
    tk = find_tok(&t, "Anbar");
    CHECK(tk && (tk->flags & GE_TOK_HYPHEN_BEFORE), "al-Anbar split");
    tk = find_tok(&t, "1,500");
    CHECK(tk && (tk->flags & GE_TOK_NUMBER), "number with comma");
    CHECK(find_tok(&t, "Sudan") != NULL, "possessive split off");
    CHECK(find_tok(&t, "O'Brien") != NULL, "apostrophe inside a name kept");
    CHECK(t.nsentences == 4, "4 sentences, got %zu", t.nsentences);
    tk = find_tok(&t, "Sudan");
    CHECK(tk && (tk->flags & GE_TOK_SENT_START) && tk->sentence == 1, "Sudan starts sentence 2");
    tk = find_tok(&t, "Headline");
    CHECK(tk && (tk->flags & GE_TOK_LINE_START) && tk->sentence == 2, "headline is a sentence");
    ge_text_free(&t);

    const char *un = "The U.N peacekeepers left Goma. They went home.";
    CHECK(ge_text_analyze(un, strlen(un), &t) == GE_OK, "analyze");
    CHECK(t.nsentences == 2 && find_tok(&t, "U.N") != NULL, "'U.N' is one token, no break: %zu",
          t.nsentences);
    ge_text_free(&t);

    /* a no-break space left as mojibake ("Â") after a word is a space; in
     * a word in capitals it is a letter */
    const char *nb = "related stories\xc3\x82 riot relief\xc3\x82 CH\xc3\x82TEAU";
    CHECK(ge_text_analyze(nb, strlen(nb), &t) == GE_OK, "analyze");
    CHECK(find_tok(&t, "stories") && find_tok(&t, "relief") &&
              find_tok(&t, "CH\xc3\x82TEAU") && t.ntokens == 5,
          "'storiesÂ ' is 'stories' (%zu tokens)", t.ntokens);
    ge_text_free(&t);

    /* curly quotes and dashes left as mojibake ("â€œ", "â€™") are one mark
     * each, not letters glued to the words around them; one after a full
     * stop closes the sentence */
    const char *mq = "\xc3\xa2\xe2\x82\xac\xc5\x93we held the city\xc3\xa2\xe2\x82\xac"
                     "\xe2\x84\xa2s ground.\xc3\xa2\xe2\x82\xac\xef\xbf\xbd Next one.";
    CHECK(ge_text_analyze(mq, strlen(mq), &t) == GE_OK, "analyze");
    tk = find_tok(&t, "we");
    CHECK(tk && (tk->flags & GE_TOK_WORD), "the word after a mojibake quote is itself");
    CHECK(find_tok(&t, "city") && find_tok(&t, "\xc3\xa2\xe2\x82\xac\xe2\x84\xa2") &&
              t.nsentences == 2,
          "a mojibake apostrophe is one mark (%zu sentences)", t.nsentences);
    tk = find_tok(&t, "Next");
    CHECK(tk && tk->sentence == 1, "the closing mark ends the first sentence");
    ge_text_free(&t);

    const char *bul = "guards return fire. \xe2\x80\xa2 one gunman killed \xe2\x80\xa2 tension";
    CHECK(ge_text_analyze(bul, strlen(bul), &t) == GE_OK, "analyze");
    CHECK(t.nsentences == 3, "a bullet opens a list item (%zu sentences)", t.nsentences);
    ge_text_free(&t);

    const char *abbr = "He lives in Ocala, Fla. The fire spread. Gen. Smith came.";
    CHECK(ge_text_analyze(abbr, strlen(abbr), &t) == GE_OK, "analyze");
    CHECK(t.nsentences == 3, "state abbreviation ends a sentence, title does not: %zu",
          t.nsentences);
    ge_text_free(&t);
}

static void test_offsets(void)
{
    const char *s = "Tōkyō and “Москва” in Zürich\r\nDone";
    ge_text t;
    CHECK(ge_text_analyze(s, strlen(s), &t) == GE_OK, "analyze");
    const ge_token *tk = find_tok(&t, "Zürich");
    CHECK(tk && tk->cp_start == 22 && tk->cp_end == 28, "code points of Zürich: %u-%u",
          tk ? tk->cp_start : 0, tk ? tk->cp_end : 0);
    CHECK(tk && ge_text_cp(&t, tk->start) == 22, "ge_text_cp at a token");
    CHECK(ge_text_cp(&t, (uint32_t)strlen(s)) == 34, "ge_text_cp at the end: %u",
          ge_text_cp(&t, (uint32_t)strlen(s)));
    CHECK(ge_text_cp(&t, 0) == 0, "ge_text_cp at 0");
    ge_text_free(&t);

    CHECK(ge_text_analyze("", 0, &t) == GE_OK && t.ntokens == 0 && t.nsentences == 0, "empty");
    ge_text_free(&t);
}

/* Lower-case archives: a full stop ends a sentence without a capital after
 * it; a text with capitals still needs one. */
static void test_caseless(void)
{
    const char *low = "police opened fire on a mob in the old city on tuesday. two people died. "
                      "a curfew was imposed in three towns, officials said. schools stay shut.";
    ge_text t;
    CHECK(ge_text_analyze(low, strlen(low), &t) == GE_OK, "analyze");
    CHECK(t.nsentences == 4, "four sentences without capitals (%zu)", t.nsentences);
    ge_text_free(&t);
    CHECK(ge_text_caseless(low, strlen(low)), "a text without capitals is caseless");
    const char *cased = "Police fired at 5 p.m. on Tuesday. Two people died.";
    CHECK(ge_text_analyze(cased, strlen(cased), &t) == GE_OK, "analyze");
    CHECK(t.nsentences == 2, "'p.m. on' does not end a sentence (%zu)", t.nsentences);
    ge_text_free(&t);
    CHECK(!ge_text_caseless(cased, strlen(cased)), "a short text with capitals is not");
    const char *upper = "POLICE OPENED FIRE ON A MOB IN THE OLD CITY ON TUESDAY. TWO PEOPLE DIED.\n"
                        "A CURFEW WAS IMPOSED IN THREE TOWNS, OFFICIALS SAID. SCHOOLS STAY SHUT.\n";
    CHECK(ge_text_caseless(upper, strlen(upper)) == 2, "a text in capitals is one too, of its own kind");
    const char *title = "Police Opened Fire On A Mob In The Old City On Tuesday And Two People Died\n"
                        "A Curfew Was Imposed In Three Towns, Officials Said, And Schools Stay Shut\n";
    CHECK(!ge_text_caseless(title, strlen(title)), "a text in title case is not");
}

/* The byte loops that take eight bytes at a time (ge_text_caseless, the
 * code point count) against their definitions, on generated texts with
 * newlines, capitals and multi-byte letters at every position of an
 * eight-byte block. */
static int caseless_by_definition(const char *s, size_t len)
{
    size_t long_words = 0, caseless_words = 0, upper_words = 0, words = 0, caps = 0, caps2 = 0;
    int in_word = 0;
    for (size_t i = 0; i <= len; i++) {
        unsigned char c = i < len ? (unsigned char)s[i] : '\n';
        if (c == '\n') {
            if (words >= 5) {
                long_words += words;
                caseless_words += caps * 50 < words ? words : 0;
                upper_words += caps * 50 >= words && caps2 * 10 >= words * 6 ? words : 0;
            }
            words = caps = caps2 = 0;
            in_word = 0;
            continue;
        }
        int letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80;
        if (letter && !in_word) {
            words++;
            caps += c >= 'A' && c <= 'Z';
            caps2 += c >= 'A' && c <= 'Z' && i + 1 < len && s[i + 1] >= 'A' && s[i + 1] <= 'Z';
        }
        in_word = letter;
    }
    if (caseless_words >= 10 && caseless_words * 10 >= long_words * 8)
        return 1;
    return upper_words >= 10 && upper_words * 10 >= long_words * 8 ? 2 : 0;
}

static void test_block_loops(void)
{
    static const char *const pieces[] = {"the ", "city ", "Zürich ", "on\n", "a ", "É ", "-",
                                         "Tōkyō", " 12 ", "x", "\n\n", "“q” ", "Mr. "};
    unsigned seed = 12345;
    int agree = 1, cps = 1, uppers = 0;
    for (int round = 0; round < 400; round++) {
        char s[1200];
        size_t len = 0;
        int np = 20 + round % 120;
        for (int k = 0; k < np; k++) {
            seed = seed * 1103515245u + 12345u;
            const char *pc = pieces[(seed >> 16) % (sizeof pieces / sizeof *pieces)];
            /* mostly lower case, so that some texts are caseless */
            if (round % 3 && (pc[0] == 'Z' || pc[0] == 'T' || pc[0] == 'M' || pc[0] == '\xc3'))
                pc = "word ";
            size_t n = strlen(pc);
            memcpy(s + len, pc, n);
            len += n;
        }
        agree &= ge_text_caseless(s, len) == caseless_by_definition(s, len);
        /* (and the same text in capitals: a text of the other kind) */
        char up[1200];
        for (size_t k = 0; k < len; k++)
            up[k] = s[k] >= 'a' && s[k] <= 'z' ? (char)(s[k] - 'a' + 'A') : s[k];
        agree &= ge_text_caseless(up, len) == caseless_by_definition(up, len);
        uppers += caseless_by_definition(up, len) == 2;
        ge_text t;
        if (ge_text_analyze(s, len, &t) != GE_OK) {
            cps = 0;
            continue;
        }
        for (size_t i = 0; i < t.ntokens; i++) {
            uint32_t want = 0;
            for (uint32_t b = 0; b < t.tokens[i].start; b++)
                want += ((unsigned char)s[b] & 0xC0) != 0x80;
            uint32_t want_end = want;
            for (uint32_t b = t.tokens[i].start; b < t.tokens[i].end; b++)
                want_end += ((unsigned char)s[b] & 0xC0) != 0x80;
            cps &= t.tokens[i].cp_start == want && t.tokens[i].cp_end == want_end;
        }
        ge_text_free(&t);
    }
    CHECK(agree, "ge_text_caseless agrees with its byte-by-byte definition");
    CHECK(uppers > 10, "some generated texts are in capitals (%d)", uppers);
    CHECK(cps, "token code point offsets count the code points before them");
}

/* Mojibake: UTF-8 read as Windows-1252 and written again is repaired;
 * correct text is left alone. */
static void test_mojibake(void)
{
    static const char *const cases[][2] = {
        {"The city\xc3\xa2\xe2\x82\xac\xe2\x84\xa2s caf\xc3\x83\xc2\xa9 owners",
         "The city\xe2\x80\x99s caf\xc3\xa9 owners"},
        {"\xc3\xa2\xe2\x82\xac\xc5\x93" "fine\xc3\xa2\xe2\x82\xac\xc2\x9d said 5\xc3\x82\xc2\xa3",
         "\xe2\x80\x9c" "fine\xe2\x80\x9d said 5\xc2\xa3"},
        /* a no-break space whose A0 became an ordinary space, in damaged text */
        {"related stories\xc3\x82 modi visits\xc3\xa2\xe2\x82\xac\xe2\x84\xa2 areas",
         "related stories  modi visits\xe2\x80\x99 areas"},
        {"Z\xc3\xbcrich, S\xc3\xa3o Paulo and \xe2\x80\x9cquotes\xe2\x80\x9d stay",
         "Z\xc3\xbcrich, S\xc3\xa3o Paulo and \xe2\x80\x9cquotes\xe2\x80\x9d stay"},
        /* alone, too; but an "\xc3\x82" in a word in capitals stays */
        {"related stories\xc3\x82 modi visits", "related stories  modi visits"},
        {"LE CH\xc3\x82 TEAU", "LE CH\xc3\x82 TEAU"},
        /* a closing quote that lost its last byte, or had it replaced */
        {"our rights,\xc3\xa2\xe2\x82\xac said", "our rights,\xe2\x80\x9d said"},
        {"release\xc3\xa2\xe2\x82\xac\xef\xbf\xbd any", "release\xe2\x80\x9d any"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        char buf[128];
        snprintf(buf, sizeof buf, "%s", cases[i][0]);
        size_t n = strlen(buf);
        size_t fixed = ge_mojibake_repair(buf, &n);
        CHECK(!strcmp(buf, cases[i][1]) && n == strlen(cases[i][1]), "mojibake case %zu: %s", i,
              buf);
        CHECK((fixed > 0) == (i < 3 || i == 4 || i > 5), "case %zu: %zu repaired", i, fixed);
    }
}

/* Page furniture (page.c): a menu, the headlines under "Related Stories"
 * after the story, a copyright line; not a headline under a label above
 * the story, nor the story. */
static int furniture(const ge_text *t, const char *raw)
{
    const ge_token *tk = find_tok(t, raw);
    return tk && (tk->flags & GE_TOK_FURNITURE);
}

static void test_furniture(void)
{
    const char *s = "Home | World | Asia\n"
                    "Trending\n"
                    "Floods sweep through Sylhet\n"
                    "Floodwaters swept through villages around Sylhet on Tuesday, officials said.\n"
                    "Related Stories\n"
                    "Storm batters Chittagong coast\n"
                    "Heatwave grips Rajshahi\n"
                    "Rescuers in Sunamganj used boats, the district said.\n"
                    "\xC2\xA9 2026 The Daily Example. All rights reserved.\n";
    ge_text t;
    CHECK(ge_text_analyze(s, strlen(s), &t) == GE_OK, "analyze");
    CHECK(furniture(&t, "Asia"), "a menu is furniture");
    CHECK(furniture(&t, "Trending"), "a label is furniture");
    CHECK(!furniture(&t, "Floods"), "the headline under a label above the story is not");
    CHECK(!furniture(&t, "Floodwaters"), "the story is not");
    CHECK(furniture(&t, "Chittagong") && furniture(&t, "Rajshahi"),
          "the headlines under 'Related Stories' are");
    CHECK(!furniture(&t, "Rescuers"), "the prose after them is not");
    CHECK(furniture(&t, "Daily") && furniture(&t, "reserved"), "a copyright line is");
    ge_text_free(&t);
}

int main(void)
{
    test_caseless();
    test_block_loops();
    test_mojibake();
    test_normalize();
    test_utf8();
    test_tokens();
    test_offsets();
    test_furniture();
    printf("test_text: %d passed, %d failed\n", passes, fails);
    return fails ? 1 : 0;
}
