/*
 * event_page.c -- the lines of a scraped page that tell no event: photo
 * captions that repeat the story, banners and share buttons (the
 * boilerplate phrases of the lexicon), and headlines set in title case.
 * Page furniture (menus, links and lists of other stories, footers) is the
 * text stage's decision (page.c, GE_TOK_FURNITURE), which recognition asks
 * too.
 */
#include <ctype.h>

#include "events_internal.h"

/* A headline in title case: three words or more, three in four capitalised. */
int ev_title_case(const sent *s)
{
    return ge_title_case(s->t, s->b, s->e, 3);
}

static const char *const caption_labels[] = {"photo", "photos", "image", "images", "caption",
                                             "pictured", "video", "picture", NULL};
static const char *const agencies[] = {"reuters", "afp", "ap", "epa", "getty", "xinhua",
                                       "anadolu", NULL};

/* Is token k a photo credit: a label in brackets before a colon ("...
 * on Tuesday. (Photo: Reuters)"; EV_CREDIT_LABEL) or an agency in capitals
 * before a slash ("REUTERS/Fayaz Aziz", "AFP/Getty Images"; EV_CREDIT_AGENCY)? */
static int credit_at(const ge_text *t, uint32_t k)
{
    const ge_token *nx = &t->tokens[k + 1];
    char c = (nx->flags & GE_TOK_PUNCT) ? t->s[nx->start] : 0;
    if (c != ':' && c != '/')
        return 0;
    size_t n;
    const char *w = ev_tok_norm(t, k, &n);
    if (c == ':') {
        if (k > 0 && ge_tok_punct(t, k - 1, '('))
            for (int a = 0; caption_labels[a]; a++)
                if (ge_word_eq(w, n, caption_labels[a]))
                    return EV_CREDIT_LABEL;
        return 0;
    }
    if (!(t->tokens[k].flags & GE_TOK_UPPER))
        return 0;
    for (int a = 0; agencies[a]; a++)
        if (ge_word_eq(w, n, agencies[a]))
            return EV_CREDIT_AGENCY;
    return 0;
}

int ev_find_credits(const ge_text *t, ev_credits *out)
{
    out->n = 0;
    for (uint32_t k = 0; k + 1 < t->ntokens; k++) {
        int kind = credit_at(t, k);
        if (!kind)
            continue;
        if (GE_PUSH(out->v, out->cap, out->n) < 0)
            return -1;
        out->v[out->n++] = (ev_credit){k, kind};
    }
    return 0;
}

/* A photo caption, which repeats the story: "Photo: Security officials
 * inspect the site of the blast in Bannu. REUTERS/Fayaz Aziz" (a label and
 * a colon at its start, or an agency's credit in it). */
static int caption_line(const sent *s)
{
    if (s->e - s->b >= 2 && ev_tok_in(s, s->b, caption_labels) && ev_tok_is(s, s->b + 1, ":"))
        return 1;
    /* the credit may end the line after the sentence: the first credit of
     * the article's list (ev_find_credits) within 120 tokens, if no line
     * starts before it (a label's bracket is after the sentence's start) */
    const ge_text *t = s->t;
    const ev_credits *cr = s->credits;
    size_t lo = 0, hi = cr->n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (cr->v[mid].tok < s->b)
            lo = mid + 1;
        else
            hi = mid;
    }
    for (; lo < cr->n && cr->v[lo].tok < s->b + 120; lo++) {
        uint32_t k = cr->v[lo].tok;
        if (k == s->b && cr->v[lo].kind == EV_CREDIT_LABEL)
            continue;
        for (uint32_t j = s->b + 1; j <= k; j++)
            if (t->tokens[j].flags & GE_TOK_LINE_START)
                return 0;
        return 1;
    }
    return 0;
}

int ev_boilerplate(const sent *s)
{
    if (ev_word_tokens(s, 3) < 3 || caption_line(s))
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


/* A match report: three different words of the game ("scored",
 * "penalty", "striker"...) or a score ("beat Chelsea 4-1") and two. Its
 * "struck", "fired", "beat", "attacked" and "killed off the contest" are
 * play. (Words that other news uses too, "league", "season", "squad",
 * "stadium", "coach", "match", are none of them: the Arab League meets,
 * firing squads shoot.) */
int ev_sports_report(const sent *whole)
{
    EV_WORDS(game, "scored", "scoring", "goal", "goals", "penalty", "striker", "midfielder",
             "goalkeeper", "keeper", "defender", "innings", "wicket", "wickets", "touchdown",
             "quarterback", "inning", "halftime", "stoppage", "fixture", "semi-final", "semifinal",
             "playoffs", "playoff", "kickoff", "referee", "equaliser", "equalizer", "championship",
             "championships", "tournament", "wrestler", "wrestlers", "wrestling", "varsity",
             "pitcher", "rebounds", "quarterfinal", "quarterfinals", "quarter-final");
    uint64_t seen = 0;
    int words = 0;
    for (uint32_t i = ev_find_in(whole, whole->b, game); i < whole->e && words < 3;
         i = ev_find_in(whole, i + 1, game)) {
        int w = ev_tok_index(whole, i, game);
        if (!(seen & (1ull << w))) {
            seen |= 1ull << w;
            words++;
        }
    }
    /* (a score counts beside two words of the game only: looked for then) */
    if (words != 2)
        return words >= 3;
    for (uint32_t i = whole->b; i + 2 < whole->e; i++) {
        const ge_token *k = &whole->t->tokens[i];
        /* "4-1": two small numbers joined by a hyphen or a dash */
        if ((k->flags & GE_TOK_NUMBER) && k->end - k->start <= 2 &&
            (whole->t->tokens[i + 2].flags & GE_TOK_NUMBER) &&
            whole->t->tokens[i + 2].end - whole->t->tokens[i + 2].start <= 2 &&
            (ev_tok_is(whole, i + 1, "-") || ev_tok_is(whole, i + 1, "\xe2\x80\x93")))
            return 1;
    }
    return 0;
}

/* Harm to people in a sentence of a match report: "fans clashed with
 * police", "a steward was stabbed", "two supporters died". */
int ev_real_harm(const sent *s)
{
    EV_WORDS(harm, "police", "fans", "supporters", "injured", "wounded", "dead", "died",
             "stabbed", "stabbing", "hospital", "arrested", "riot", "rioting", "violence", "gunman",
             "gunmen", "bomb", "explosion", "teargas", "tear", "murder", "murders", "murdered",
             "slain", "funeral", "death", "deaths", "killing", "killings", "body", "bodies");
    for (uint32_t i = s->b; i < s->e; i++)
        if (ev_tok_in(s, i, harm))
            return 1;
    return 0;
}
