/*
 * event_page.c -- the lines of a scraped page that are no story: menus and
 * breadcrumbs, photo captions that repeat the story, links to other stories
 * ("Related: ...", "See also: ..."), banners and share buttons (the
 * boilerplate phrases of the lexicon), and headlines set in title case.
 */
#include <ctype.h>

#include "events_internal.h"

/* A headline in title case: three words or more, three in four capitalised. */
int ev_title_case(const sent *s)
{
    uint32_t words = 0, caps = 0;
    for (uint32_t i = s->b; i < s->e; i++)
        if (s->t->tokens[i].flags & GE_TOK_WORD) {
            words++;
            caps += (s->t->tokens[i].flags & GE_TOK_CAP) != 0;
        }
    return words >= 3 && caps * 4 >= words * 3;
}

/* Is token i (of the sentence) "|", ">" or "»"? Asked of every token of
 * every sentence: the bytes compared directly. */
static int bar_at(const sent *s, uint32_t i)
{
    size_t n;
    const char *p = ev_tok_norm(s->t, i, &n);
    return (n == 1 && (p[0] == '|' || p[0] == '>')) || (n == 2 && !memcmp(p, "\xC2\xBB", 2));
}

/* A menu or a breadcrumb: short items between "|", ">" or "»" ("Menu |
 * Search | Sign in", "World | Business | Markets"). */
int ev_menu_line(const sent *s)
{
    uint32_t bars = 0, words = 0, run = 0, longest = 0;
    for (uint32_t i = s->b; i < s->e; i++) {
        if (bar_at(s, i)) {
            bars++;
            run = 0;
        } else if (ev_is_word(s, i)) {
            words++;
            if (++run > longest)
                longest = run;
        }
    }
    return bars >= 2 && longest <= 3 && words <= 4 * (bars + 1);
}

/* A photo caption, which repeats the story: "Photo: Security officials
 * inspect the site of the blast in Bannu. REUTERS/Fayaz Aziz" (a label and
 * a colon at its start, or an agency's credit in it). */
static int caption_line(const sent *s)
{
    static const char *const labels[] = {"photo", "photos", "image", "images", "caption",
                                         "pictured", "video", "picture", NULL};
    static const char *const agencies[] = {"reuters", "afp", "ap", "epa", "getty", "xinhua",
                                           "anadolu", NULL};
    if (s->e - s->b >= 2 && ev_tok_in(s, s->b, labels) && ev_tok_is(s, s->b + 1, ":"))
        return 1;
    /* the credit may end the line after the sentence: scan the line */
    const ge_text *t = s->t;
    for (uint32_t k = s->b; k + 1 < t->ntokens && k < s->b + 120; k++) {
        if (k > s->b && (t->tokens[k].flags & GE_TOK_LINE_START))
            break;
        const ge_token *nx = &t->tokens[k + 1];
        char c = (nx->flags & GE_TOK_PUNCT) ? t->s[nx->start] : 0;
        if (c != ':' && c != '/')
            continue;
        size_t n;
        const char *w = ev_tok_norm(t, k, &n);
        if (c == ':') {
            /* "... on Tuesday. (Photo: Reuters)" */
            if (k > s->b && ge_tok_punct(t, k - 1, '('))
                for (int a = 0; labels[a]; a++)
                    if (ge_word_eq(w, n, labels[a]))
                        return 1;
            continue;
        }
        if (!(t->tokens[k].flags & GE_TOK_UPPER))
            continue;
        for (int a = 0; agencies[a]; a++)
            if (ge_word_eq(w, n, agencies[a]))
                return 1; /* "REUTERS/Fayaz Aziz", "AFP/Getty Images" */
    }
    return 0;
}

/* A link to another story: "Related: Supreme Court to hear appeal", "See
 * also: ...", "Watch: ..." (a label and a colon opening the line). */
static int link_line(const sent *s)
{
    static const char *const labels[] = {"related", "also", "more", "recommended", "watch",
                                         "listen", "trending", "latest", "opinion", NULL};
    uint32_t k = s->b;
    if (k + 1 < s->e && ev_tok_is(s, k, "see") && ev_tok_is(s, k + 1, "also"))
        k++;
    return k + 1 < s->e && ev_tok_in(s, k, labels) && ev_tok_is(s, k + 1, ":");
}

int ev_boilerplate(const sent *s)
{
    if (ev_word_tokens(s) < 3 || ev_menu_line(s) || caption_line(s) || link_line(s))
        return 1;
    for (size_t k = 0; k < s->mt.n; k++)
        if (s->mt.v[k].x->kind == LX_BOILER)
            return 1;
    return 0;
}

/* Next letter or digit of s[*i..n), lower-cased (ASCII), or 0 at the end. */
static int next_alnum(const char *s, size_t n, size_t *i)
{
    while (*i < n && !isalnum((unsigned char)s[*i]))
        (*i)++;
    return *i < n ? tolower((unsigned char)s[(*i)++]) : 0;
}

int ev_title_sentence(const ge_text *t, const char *title)
{
    if (!title || !*title)
        return -1;
    size_t tn = strlen(title);
    for (size_t si = 0; si < t->nsentences && si < 20; si++) {
        const ge_sentence *sn = &t->sentences[si];
        size_t i = sn->start, j = 0, same = 0;
        int a, b;
        /* the sentence's first 40 letters and digits open the title (a
         * site's name may follow it: "... in Gazipur | World News") */
        while (same < 40 && (a = next_alnum(t->s, sn->end, &i)) != 0 &&
               (b = next_alnum(title, tn, &j)) != 0 && a == b)
            same++;
        if (same >= 12 && (same == 40 || i >= sn->end))
            return (int)si;
    }
    return -1;
}

