/*
 * page.c -- the page furniture of a scraped page's text: the lines that are
 * no part of the story. Run by the text stage (ge_text_analyze), which
 * flags every token of such a sentence GE_TOK_FURNITURE; recognition writes
 * no mention there and event extraction codes no record there, so the two
 * stages ask one decision.
 *
 * Furniture is
 *  - a menu or a breadcrumb: short items between "|", ">" or "»" ("Home |
 *    Pakistan | World | Business");
 *  - a link to another story: a label and a colon opening a short line
 *    ("Related: Mali junta expels French ambassador", "See also: ...");
 *  - share and follow buttons ("Follow us on Facebook | Twitter", "Share
 *    this article: ...", "Facebook Twitter Linkedin Mail"), a copyright
 *    line ("© 2026 The Frontier Daily.", "All rights reserved."), a cookie
 *    banner ("We use cookies ...");
 *  - a block label after the story has begun ("Related Stories", "Most
 *    Read", "Read more:", "More from Asia", "Comments (12)") and the short
 *    lines under it, which are other stories' headlines ("Five killed in
 *    Kalat blast"), or under "Comments" the readers' lines ("Ali K: Very
 *    sad news."), up to the first sentence of prose;
 *  - two or more short lines in title case after the story's last
 *    sentence of prose, with no label ("Storm Batters Chittagong Coast"):
 *    a sidebar of other stories.
 *
 * A headline at the top of an article is no furniture: a block needs a
 * sentence of the story above its label. The HTML reader drops elements
 * that are furniture by their class or id (html.c) before any of this;
 * what this reads is plain text, and what of HTML no class marked.
 */
#include "internal.h"

/* Token i's normalized form. */
static const char *norm(const ge_text *t, uint32_t i, size_t *n)
{
    *n = t->tokens[i].norm_len;
    return t->norm + t->tokens[i].norm;
}

static int word_at(const ge_text *t, uint32_t i)
{
    return (t->tokens[i].flags & (GE_TOK_WORD | GE_TOK_NUMBER)) != 0;
}

/* Is token i (below e) the word w? */
static int is(const ge_text *t, uint32_t i, uint32_t e, const char *w)
{
    if (i >= e || !(t->tokens[i].flags & GE_TOK_WORD))
        return 0;
    size_t n;
    const char *p = norm(t, i, &n);
    return ge_word_eq(p, n, w);
}

/* Is token i (below e) the one punctuation character c? */
static int punct(const ge_text *t, uint32_t i, uint32_t e, char c)
{
    return i < e && ge_tok_punct(t, i, c);
}

/* Tokens of the phrase ("most read": words between spaces) at token i, 0
 * when the words there are not it. */
static uint32_t phrase_at(const ge_text *t, uint32_t i, uint32_t e, const char *phrase)
{
    uint32_t k = i;
    for (const char *p = phrase; *p; k++) {
        const char *q = strchr(p, ' ');
        size_t len = q ? (size_t)(q - p) : strlen(p);
        if (k >= e || !(t->tokens[k].flags & GE_TOK_WORD))
            return 0;
        size_t n;
        const char *w = norm(t, k, &n);
        if (n != len || memcmp(w, p, n))
            return 0;
        p += len + (q != NULL);
    }
    return k - i;
}

/* The first of the phrases at token i: its length in tokens, 0 if none. */
static uint32_t phrases_at(const ge_text *t, uint32_t i, uint32_t e, const char *const *ps,
                           int *which)
{
    if (i >= e || !(t->tokens[i].flags & GE_TOK_WORD))
        return 0;
    /* a phrase whose first byte is not the word's cannot be there: most
     * sentences are turned away here, before any phrase is walked */
    char first = t->tokens[i].norm_len ? t->norm[t->tokens[i].norm] : 0;
    for (int k = 0; ps[k]; k++) {
        if (ps[k][0] != first)
            continue;
        uint32_t n = phrase_at(t, i, e, ps[k]);
        if (n) {
            if (which)
                *which = k;
            return n;
        }
    }
    return 0;
}

static uint32_t words_in(const ge_text *t, uint32_t b, uint32_t e)
{
    uint32_t n = 0;
    for (uint32_t i = b; i < e; i++)
        n += (t->tokens[i].flags & GE_TOK_WORD) != 0;
    return n;
}

/* Does the sentence end as prose does: a full stop, "!", "?" or a closing
 * quotation mark at its end? (A headline has none, nor a teaser that
 * trails off: "Talks resume ...") */
static int ends_as_prose(const ge_text *t, uint32_t b, uint32_t e)
{
    const ge_token *last = &t->tokens[e - 1];
    if (!(last->flags & GE_TOK_PUNCT))
        return 0;
    size_t n = last->end - last->start;
    const char *p = t->s + last->start;
    if (n == 1 && *p == '.' && e - b >= 2 && ge_tok_punct(t, e - 2, '.'))
        return 0;
    return (n == 1 && (*p == '.' || *p == '!' || *p == '?' || *p == '"')) ||
           (n == 3 && !memcmp(p, "\xE2\x80\x9D", 3));
}

/* A line that reads like a headline: twenty words at most, no full stop
 * at its end. */
static int headline_like(const ge_text *t, uint32_t b, uint32_t e)
{
    return words_in(t, b, e) <= 20 && !ends_as_prose(t, b, e);
}

/* ------------------------------------------------------------- the lines */

/* Is token i "|", ">" or "»"? */
static int bar_at(const ge_text *t, uint32_t i)
{
    size_t n;
    const char *p = norm(t, i, &n);
    return (t->tokens[i].flags & GE_TOK_PUNCT) &&
           ((n == 1 && (p[0] == '|' || p[0] == '>')) || (n == 2 && !memcmp(p, "\xC2\xBB", 2)));
}

/* A menu or a breadcrumb: short items between "|", ">" or "»" ("Menu |
 * Search | Sign in", "World | Business | Markets"). */
static int menu_line(const ge_text *t, uint32_t b, uint32_t e)
{
    /* two bars at least: most lines have none, and are turned away by a
     * walk of the punctuation's flags alone */
    uint32_t bars = 0, words = 0, run = 0, longest = 0;
    for (uint32_t i = b; i < e && bars < 2; i++)
        bars += (t->tokens[i].flags & GE_TOK_PUNCT) && bar_at(t, i);
    if (bars < 2)
        return 0;
    bars = 0;
    for (uint32_t i = b; i < e; i++) {
        if (bar_at(t, i)) {
            bars++;
            run = 0;
        } else if (word_at(t, i)) {
            words++;
            if (++run > longest)
                longest = run;
        }
    }
    return bars >= 2 && longest <= 3 && words <= 4 * (bars + 1);
}

/* The labels of a list of other stories, of a line or of a block. */
static const char *const block_labels[] = {
    "related stories", "related articles", "related coverage", "related news", "related posts",
    "related content", "related links", "related reading", "related topics", "related",
    "read more", "read next", "read also", "also read", "see also", "more stories",
    "more news", "more on this story", "more on this topic", "more coverage", "most read",
    "most popular", "most viewed", "most shared", "most watched", "also in the news",
    "in other news", "elsewhere in the news", "in the news", "more headlines",
    "you may also like", "you might also like", "recommended for you", "recommended stories",
    "recommended", "trending now", "trending stories", "trending", "latest news",
    "latest stories", "top stories", "further reading", "what to read next",
    "in case you missed it", "popular stories", "comments", "leave a reply",
    "leave a comment", "also on our site", "more from our site",
    NULL};
/* ... of which these name a list written on the label's line too, with
 * no colon ("related stories gujarat gradually returns to normalcy ...") */
static const char *const inline_labels[] = {"related stories", "related articles",
                                            "related coverage", "related news", NULL};
/* Labels of a link to another story ("Related: ...", "More: ..."). The
 * labels of the story's own kind ("Watch:", "Opinion:", "Latest:") are
 * none: a headline may open with them. */
static const char *const link_labels[] = {"related", "see also", "also read", "read also",
                                          "read more", "read next", "also", "more",
                                          "recommended", "trending", NULL};

enum { LINE_TEXT, LINE_LABEL, LINE_COMMENTS, LINE_OTHER, LINE_FOOTER };

/* Is the sentence [b, e) a block's label: a label alone ("Most Read"),
 * with a colon, a count ("Comments (12)", "12 Comments"), a section ("More
 * from Asia"), or a list on its line after it ("related stories ...")?
 * LINE_COMMENTS for a comment section's, LINE_LABEL for others, else 0. */
static int label_line(const ge_text *t, uint32_t b, uint32_t e)
{
    uint32_t i = b;
    int counted = 0;
    if (i < e && (t->tokens[i].flags & GE_TOK_NUMBER) && is(t, i + 1, e, "comments")) {
        counted = 1;
        i++;
    }
    int which = -1;
    uint32_t n = phrases_at(t, i, e, block_labels, &which);
    if (!n && is(t, i, e, "more") && is(t, i + 1, e, "from")) {
        /* "More from Asia": a section's name of up to three words */
        uint32_t k = i + 2;
        while (k < e && k < i + 5 && (t->tokens[k].flags & GE_TOK_CAP))
            k++;
        if (k > i + 2)
            n = k - i;
    }
    if (!n)
        return 0;
    int comments = which >= 0 && (!strcmp(block_labels[which], "comments") ||
                                  !strncmp(block_labels[which], "leave", 5));
    uint32_t k = i + n;
    if (!counted && punct(t, k, e, '(') && k + 2 < e && (t->tokens[k + 1].flags & GE_TOK_NUMBER) &&
        punct(t, k + 2, e, ')'))
        k += 3; /* "Comments (12)" */
    while (k < e && (punct(t, k, e, ':') || bar_at(t, k)))
        k++;
    if (k == e)
        return comments ? LINE_COMMENTS : LINE_LABEL;
    if (counted || !phrases_at(t, i, e, inline_labels, NULL) || punct(t, i + n, e, ':'))
        return 0;
    return LINE_LABEL;
}

/* A link to another story: a label, a colon and a headline ("Related:
 * Supreme Court to hear appeal"). */
static int link_line(const ge_text *t, uint32_t b, uint32_t e)
{
    uint32_t n = phrases_at(t, b, e, link_labels, NULL);
    return n && punct(t, b + n, e, ':') && b + n + 1 < e && headline_like(t, b + n + 1, e);
}

/* A story's tags: "Tags: Cauca, Indigenous, protests, CRIC, police",
 * "Filed under: Politics, Nepal" (a label, a colon, then terms of up to
 * four words between commas). */
static int tags_line(const ge_text *t, uint32_t b, uint32_t e)
{
    static const char *const labels[] = {"tags", "tagged", "topics", "filed under", "keywords",
                                         "categories", "category", "labels", NULL};
    uint32_t n = phrases_at(t, b, e, labels, NULL);
    if (!n || !punct(t, b + n, e, ':'))
        return 0;
    uint32_t run = 0, terms = 0;
    for (uint32_t i = b + n + 1; i < e; i++) {
        if (punct(t, i, e, ',') || punct(t, i, e, '|') || punct(t, i, e, ';')) {
            terms += run > 0;
            run = 0;
        } else if (t->tokens[i].flags & GE_TOK_WORD) {
            if (++run > 4)
                return 0;
        }
    }
    terms += run > 0;
    return terms >= 2;
}

/* Share and follow buttons: "Follow us on Facebook", "Share this article:
 * Facebook | X | WhatsApp", a line of the networks' names alone. */
static int social_line(const ge_text *t, uint32_t b, uint32_t e)
{
    static const char *const opens[] = {"follow us", "share this", "share on", "share", NULL};
    static const char *const networks[] = {"facebook", "twitter", "x",        "linkedin",
                                           "mail",     "email",   "whatsapp", "instagram",
                                           "pinterest", "reddit", "telegram", "youtube",
                                           "tiktok",   "print",   "share",    "copy",
                                           "link",     NULL};
    uint32_t n = phrases_at(t, b, e, opens, NULL);
    if (n && (n > 1 || punct(t, b + 1, e, ':')))
        return 1;
    uint32_t words = 0;
    for (uint32_t i = b; i < e; i++) {
        if (!(t->tokens[i].flags & GE_TOK_WORD))
            continue;
        if (!ge_tok_in_words(t, i, networks, sizeof networks / sizeof *networks - 1))
            return 0;
        words++;
    }
    return words >= 2;
}

/* A copyright line, or a cookie banner: "© 2026 The Frontier Daily.",
 * "Copyright 2024 The Associated Press.", "All rights reserved.", "We use
 * cookies to improve your experience." */
static int copyright_sign(const ge_text *t, uint32_t i, uint32_t e)
{
    const ge_token *k = &t->tokens[i];
    return i < e && (k->flags & GE_TOK_PUNCT) && k->end - k->start == 2 &&
           !memcmp(t->s + k->start, "\xC2\xA9", 2);
}

static int footer_line(const ge_text *t, uint32_t b, uint32_t e)
{
    if (copyright_sign(t, b, e))
        return 1;
    if (is(t, b, e, "copyright") && b + 1 < e &&
        ((t->tokens[b + 1].flags & GE_TOK_NUMBER) || copyright_sign(t, b + 1, e)))
        return 1;
    static const char *const lines[] = {"all rights reserved", "we use cookies",
                                        "skip to main content", "skip to content", NULL};
    return phrases_at(t, b, e, lines, NULL) != 0;
}

/* A reader's line under "Comments": a name of up to three words and a
 * colon ("Ali K: Very sad news."). */
static int commenter_line(const ge_text *t, uint32_t b, uint32_t e)
{
    uint32_t k = b;
    while (k < e && k < b + 3 && (t->tokens[k].flags & GE_TOK_WORD))
        k++;
    return k > b && punct(t, k, e, ':');
}

static int line_kind(const ge_text *t, uint32_t b, uint32_t e)
{
    int label = label_line(t, b, e);
    if (label)
        return label;
    if (footer_line(t, b, e))
        return LINE_FOOTER;
    if (menu_line(t, b, e) || link_line(t, b, e) || social_line(t, b, e) || tags_line(t, b, e))
        return LINE_OTHER;
    return LINE_TEXT;
}

/* Tokens [b, e) in title case: min_words words or more, three in four
 * capitalised (also the events stage's headline test, ev_title_case). */
int ge_title_case(const ge_text *t, uint32_t b, uint32_t e, uint32_t min_words)
{
    uint32_t words = 0, caps = 0;
    for (uint32_t i = b; i < e; i++)
        if (t->tokens[i].flags & GE_TOK_WORD) {
            words++;
            caps += (t->tokens[i].flags & GE_TOK_CAP) != 0;
        }
    return words >= min_words && caps * 4 >= words * 3;
}

/* Headlines with no label after the story's last sentence of prose: two
 * or more lines of their own, each short and in title case ("Storm
 * Batters Chittagong Coast", "Heatwave Grips Rajshahi As Schools Close"),
 * and nothing but such lines or furniture to the end, are a sidebar of
 * other stories. */
static void mark_trailing_headlines(ge_text *t)
{
    size_t last = t->nsentences; /* the last sentence of prose */
    for (size_t si = t->nsentences; si-- > 0;) {
        const ge_sentence *sn = &t->sentences[si];
        uint32_t b = sn->tok_begin, e = sn->tok_end;
        if (b < e && !(t->tokens[b].flags & GE_TOK_FURNITURE) && words_in(t, b, e) >= 6 &&
            ends_as_prose(t, b, e)) {
            last = si;
            break;
        }
    }
    if (last == t->nsentences)
        return;
    size_t n = 0;
    for (size_t si = last + 1; si < t->nsentences; si++) {
        const ge_sentence *sn = &t->sentences[si];
        uint32_t b = sn->tok_begin, e = sn->tok_end;
        if (b >= e || (t->tokens[b].flags & GE_TOK_FURNITURE))
            continue;
        if (!(t->tokens[b].flags & GE_TOK_LINE_START) || !headline_like(t, b, e) ||
            !ge_title_case(t, b, e, 2))
            return;
        n++;
    }
    if (n < 2)
        return;
    for (size_t si = last + 1; si < t->nsentences; si++)
        for (uint32_t i = t->sentences[si].tok_begin; i < t->sentences[si].tok_end; i++)
            t->tokens[i].flags |= GE_TOK_FURNITURE;
}

void ge_page_mark(ge_text *t)
{
    /* block: 0 none, 1 a list of other stories, 2 readers' comments */
    int story = 0, block = 0, prev = 0;
    for (size_t si = 0; si < t->nsentences; si++) {
        const ge_sentence *sn = &t->sentences[si];
        uint32_t b = sn->tok_begin, e = sn->tok_end;
        if (b >= e)
            continue;
        int furniture = 0;
        int kind = line_kind(t, b, e);
        if (block == 2 && prev && !(t->tokens[b].flags & GE_TOK_LINE_START)) {
            furniture = 1; /* the rest of a reader's line ("... Pray for them.") */
        } else if (kind == LINE_LABEL || kind == LINE_COMMENTS) {
            /* a label above the story heads no block ("Trending" in a
             * menu): the headline under it is the story's */
            furniture = 1;
            block = story ? (kind == LINE_COMMENTS ? 2 : 1) : 0;
        } else if (kind == LINE_FOOTER) {
            furniture = 1;
            if (story)
                block = 1;
        } else if (kind == LINE_OTHER) {
            furniture = 1;
        } else if (block && (headline_like(t, b, e) || (block == 2 && commenter_line(t, b, e)))) {
            furniture = 1;
        } else {
            block = 0;
            if (words_in(t, b, e) >= 6 && ends_as_prose(t, b, e))
                story = 1;
        }
        if (furniture)
            for (uint32_t i = b; i < e; i++)
                t->tokens[i].flags |= GE_TOK_FURNITURE;
        prev = furniture;
    }
    mark_trailing_headlines(t);
}
