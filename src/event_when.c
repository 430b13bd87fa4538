/*
 * event_when.c -- the date of a candidate event: the date phrase of its
 * own clause (not a report's day, a dateline's, a relative clause's, one
 * of what is to come after an act done), moved by "a day after", dated
 * ahead for what is to come; failing one, the publication date at week
 * precision.
 */
#include "events_internal.h"
#include "event_words.h"

/* "the agency said Wednesday", "officials said on Monday": the day of the
 * report, not of the act (unless the phrase stands before the trigger's
 * own clause is done: "said it attacked on Monday" has the date later). */
static int day_of_report(const sent *s, const ge_date_phrase *d, uint32_t tb)
{
    uint32_t j = d->tok_begin;
    if (j > s->b && ev_tok_is(s, j, "on"))
        j++;
    if (j > s->b + 1 && ev_tok_is(s, j - 1, "on"))
        j--;
    /* "officials said on Monday they had killed": the saying's day too */
    if (j <= s->b)
        return 0;
    const match *x = ev_match_at(s, LX_MODIFIER, j - 1);
    /* (unless the saying is the act: "The European Union warned on Friday
     * that ...") */
    return x && x->x->cls == MOD_REPORT && x->e == j && !(x->b <= tb && tb < x->e);
}

/* "PORT SUDAN, Sudan, Aug 14 (AP) —": the dateline's day is the day the
 * report was filed. */
static int day_of_dateline(const sent *s, const ge_date_phrase *d)
{
    if (d->tok_begin > s->b + 8 || d->tok_begin == s->b || !ev_tok_is(s, d->tok_begin - 1, ",") ||
        !((s->t->tokens[s->b].flags & GE_TOK_UPPER) ||
          (s->t->caseless && ev_mention_at(s, s->b) >= 0)))
        return 0; /* a place in capitals opens the line (a place, in a text in lower
                     case: "manila, june 3 --"), a comma before the day */
    for (uint32_t j = d->tok_end; j < s->e && j < d->tok_end + 4; j++) {
        const char *w = s->t->s + s->t->tokens[j].start;
        if (*w == '(' || *w == '-' || !strncmp(w, "\xe2\x80\x94", 3) ||
            !strncmp(w, "\xe2\x80\x93", 3))
            return 1;
        if (!ev_is_word(s, j))
            return 0;
    }
    return 0;
}

/* "killed 12 ... the heaviest blow since peace talks collapsed in
 * January", "since 2019": the day something else began, not the act's. */
static int since_clause(const sent *s, const ge_date_phrase *d, uint32_t tb)
{
    /* (but the act of a "when" clause on the date: "since March 2022, when
     * gangs killed 87 people") */
    uint32_t w = d->tok_end < s->e && ev_tok_is(s, d->tok_end, ",") ? d->tok_end + 1 : d->tok_end;
    if (w < tb && ev_tok_is(s, w, "when"))
        return 0;
    uint32_t from = d->tok_begin > tb ? tb : (d->tok_begin > s->b + 6 ? d->tok_begin - 6 : s->b);
    for (uint32_t j = from; j < d->tok_begin; j++)
        if (ev_tok_is(s, j, "since"))
            return 1;
    return 0;
}

/* Is the day of date phrase d told as to come: a planned act, or "will",
 * "is scheduled to", "is due to" before it ("The court will hear the
 * appeal on August 7")? */
static int told_ahead(const sent *s, const ge_date_phrase *d, uint32_t tb, const ge_event *ev)
{
    EV_WORDS(future, "will", "ll", "shall", "scheduled", "due", "expected", "planned", "plans",
             "planning", "upcoming", "plan", "intend", "intends");
    if (!d->ahead.y)
        return 0;
    /* (an attempt told in the past is no plan to come: "79 people who
     * tried to enter the market on Wednesday") */
    int tried = tb >= s->b + 2 && ev_tok_is(s, tb - 1, "to") &&
                ev_tok_among(s, tb - 2, "tried", "attempted", "sought", "wanted");
    /* (a day after what is asked for dates the asking, unless a gathering
     * is called for: "demanded the release of the students on Monday",
     * "called for a rally on Saturday") */
    int asked = ev_asked_for(s, tb, 0) && !ev_gathering(ev->event_type);
    if (ev->report_mode == GE_REPORT_PLANNED && d->tok_begin > tb && !tried && !asked)
        return 1;
    /* ("said a delegation would meet Indigenous leaders in Popayan on
     * Thursday to discuss the land dispute": what is to come, told in
     * reported speech) */
    for (uint32_t j = d->tok_begin > s->b + 15 ? d->tok_begin - 15 : s->b; j < d->tok_begin; j++)
        if (ev_tok_in(s, j, future) ||
            (ev->report_mode == GE_REPORT_PLANNED && ev_tok_is(s, j, "would")))
            return 1;
    return 0;
}

/* Is date phrase d after the trigger at tb inside a relative clause that
 * opens after a comma (", which was abolished in 2008", "mass rallies in
 * Tbilisi, where police used water cannon ... on Wednesday")? */
static int in_aside_after(const sent *s, uint32_t tb, const ge_date_phrase *d)
{
    for (uint32_t j = d->tok_begin; j > tb + 1; j--) {
        if (ev_is_punct(s, j - 1) && !ev_tok_is(s, j - 1, ","))
            return 0;
        if (ev_tok_among(s, j - 1, "which", "who", "where"))
            return ev_tok_is(s, j - 2, ",");
    }
    return 0;
}

/* Is date phrase d after the trigger at tb in an apposition that tells
 * when something came about (", an alliance of armed groups formed in
 * 2020", ", a group founded in 1999")? */
static int in_apposition_after(const sent *s, uint32_t tb, const ge_date_phrase *d)
{
    uint32_t c = 0;
    for (uint32_t j = tb + 1; j < d->tok_begin; j++)
        if (ev_tok_is(s, j, ","))
            c = j;
    if (!c || c + 1 >= d->tok_begin || !ev_tok_among(s, c + 1, "a", "an", "the"))
        return 0;
    uint32_t v = d->tok_begin - 1;
    if (v > c + 1 && ev_tok_among(s, v, "in", "on", "since"))
        v--;
    return v > c + 2 && !ev_is_trigger_tok(s, v) &&
           (ev_tok_norm_ends(s, v, "ed") ||
            ev_tok_among(s, v, "set", "up", "born", "built"));
}

/* Is date phrase d in a relative clause closed by a comma before the
 * trigger at tb ("X, who organised a primary in 2020, received ...")? */
static int in_relative_clause(const sent *s, const ge_date_phrase *d, uint32_t tb)
{
    int comma = 0;
    for (uint32_t j = d->tok_end; j < tb && !comma; j++)
        comma = ev_tok_is(s, j, ",");
    if (!comma) {
        /* "A man who stabbed a stranger in 2024 was sentenced on Tuesday":
         * a relative clause of the subject with an act of its own, told
         * right before the verb */
        if (tb > d->tok_end + 2)
            return 0;
        for (uint32_t j = d->tok_begin; j > s->b + 1 && d->tok_begin - j < 10; j--) {
            if (ev_is_punct(s, j - 1))
                return 0;
            if (ev_tok_among(s, j - 1, "who", "which", "that"))
                return ev_is_trigger_tok(s, j) || ev_is_trigger_tok(s, j + 1);
        }
        return 0;
    }
    for (uint32_t j = d->tok_begin; j > s->b && d->tok_begin - j < 12; j--) {
        if (ev_tok_is(s, j - 1, ","))
            return 0; /* (the clause opens no relative) */
        if (ev_tok_among(s, j - 1, "who", "which", "whose"))
            return j >= s->b + 2 && ev_tok_is(s, j - 2, ",");
    }
    return 0;
}

/* "Police arrested two men on Friday after a clerk was shot": a date
 * phrase and the trigger on two sides of "after", "before" or "until" are
 * of two times, the date the other clause's: it dates the act only near
 * it (to the week), and a phrase of the act's own clause comes first. */
static int other_time(const sent *s, const ge_date_phrase *d, uint32_t tb)
{
    EV_WORDS(apart, "after", "before", "until");
    EV_WORDS(hours, "midnight", "noon", "dawn", "dusk", "sunrise", "sunset", "daybreak");
    uint32_t b = d->tok_end <= tb ? d->tok_end : tb + 1, e = d->tok_end <= tb ? tb : d->tok_begin;
    for (uint32_t j = b; j < e; j++)
        if (ev_tok_in(s, j, apart) && j + 1 < s->e &&
            !(s->t->tokens[j + 1].flags & GE_TOK_NUMBER) && !ev_tok_in(s, j + 1, hours))
            return 1; /* (not a time of day: "shot shortly after 11 p.m. Thursday") */
    return 0;
}

/* Is date phrase d after the trigger at tb right after another act's
 * participle that hangs on a noun ("The attack ... came as the two sides
 * remain at odds over peace talks suspended last month")? The date is
 * that act's. */
static int participle_before(const sent *s, uint32_t tb, const ge_date_phrase *d)
{
    uint32_t p = d->tok_begin - 1;
    if (d->tok_begin < tb + 3 || !ev_is_trigger_tok(s, p) || !ev_tok_norm_ends(s, p, "ed"))
        return 0;
    return ev_is_word(s, p - 1) &&
           !ev_tok_among(s, p - 1, "and", "or", "was", "were", "is", "are",
                                   "be", "been", "being", "has", "have", "had",
                                   "who", "which", "that");
}

/* Is a gathering asked for between the trigger at tb and date phrase d
 * after it ("called for a larger rally outside parliament on Saturday")?
 * The day is the gathering's, not the call's. */
static int gathering_asked_before(const sent *s, uint32_t tb, const ge_date_phrase *d)
{
    for (uint32_t k = tb + 1; k < d->tok_begin; k++) {
        const match *x = ev_match_at(s, LX_TRIGGER, k);
        if (x && ev_gathering(x->x->type) &&
            ev_asked_for(s, k, 0))
            return 1;
    }
    return 0;
}

/* Is date phrase d after the trigger at tb in a report joined by "and"
 * ("promised to forgive student debt and said his government would send a
 * bill to Congress in June")? Its date is what was said, not the act's. */
static int in_later_report(const sent *s, uint32_t tb, const ge_date_phrase *d)
{
    /* (or a participle after a comma: "rejected the demand, saying the dues
     * had been approved by council in March") */
    for (uint32_t j = tb + 1; j + 1 < d->tok_begin; j++)
        if ((ev_tok_is(s, j, "and") || (ev_tok_is(s, j, ",") && ev_tok_norm_ends(s, j + 1, "ing"))) &&
            ev_modifier_in(s, j + 1, j + 2, MOD_REPORT))
            return 1;
    return 0;
}

/* Does date phrase d come right after the "of" phrase of an event noun at
 * tb ("the killing of a local teacher last week")? */
static int of_phrase_before(const sent *s, uint32_t tb, const ge_date_phrase *d)
{
    if (d->tok_begin <= tb + 2 || d->tok_begin - tb > 8 || !ev_tok_is(s, tb + 1, "of"))
        return 0;
    for (uint32_t k = tb + 2; k < d->tok_begin; k++)
        if (!ev_is_word(s, k) || ev_is_trigger_tok(s, k) || ev_tok_in(s, k, ev_np_stops))
            return 0;
    return 1;
}

/* Is a verb to come ("would be arraigned", "will appear") between tokens
 * b and e? */
static int future_between(const sent *s, uint32_t b, uint32_t e)
{
    for (uint32_t j = b + 1; j + 1 < e; j++)
        if (ev_tok_among(s, j, "would", "will", "shall") && ev_is_word(s, j + 1))
            return 1;
    return 0;
}

/* "Traders shut markets on Wednesday ..., a day after gunmen stopped a
 * bus": the days between date phrase d and the act at tb after it ("a
 * day after": -1, "two days before": +2), or 0 when none is told. */
static long days_apart(const sent *s, const ge_date_phrase *d, uint32_t tb)
{
    static const char *const counts[] = {"a", "one", "two", "three", "four", "five", "six",
                                         "seven", NULL};
    if (d->tok_end > tb || d->precision != GE_DATE_DAY)
        return 0;
    for (uint32_t j = d->tok_end; j + 2 < tb; j++) {
        if (!ev_tok_among(s, j + 1, "day", "days") ||
            !ev_tok_among(s, j + 2, "after", "before"))
            continue;
        long n = -1;
        for (int k = 0; counts[k] && n < 0; k++)
            if (ev_tok_is(s, j, counts[k]))
                n = k ? k : 1;
        if (n < 0)
            return 0;
        for (uint32_t q = j + 3; q < tb; q++)
            if (ev_is_punct(s, q))
                return 0; /* (the act in that clause) */
        return ev_tok_is(s, j + 2, "after") ? -n : n;
    }
    return 0;
}

/* "the 2018 peace agreement", "the strike of 2021": a bare year that
 * names a thing's year dates that thing alone, not "accused ... of trying
 * to dismantle the 2018 peace agreement". Is d such a year, of another
 * word than the trigger at tb? */
static int year_of_other(const sent *s, const ge_date_phrase *d, uint32_t tb)
{
    if (d->precision != GE_DATE_YEAR || d->tok_end != d->tok_begin + 1 || d->tok_begin <= s->b)
        return 0;
    /* (but "During the 2021 national strike, ... died in clashes": a time
     * for the whole clause) */
    if (ev_tok_is(s, d->tok_begin - 1, "the"))
        return !(tb >= d->tok_end && tb <= d->tok_end + 3) &&
               !(d->tok_begin >= s->b + 2 &&
                 ev_tok_among(s, d->tok_begin - 2, "during", "in", "since", "after", "before",
                              "amid", "until"));
    if (ev_tok_is(s, d->tok_begin - 1, "of"))
        return !(tb < d->tok_begin && d->tok_begin - tb <= 4);
    return 0;
}

/* "kills three as Russia presses east of Oskil", "The protests come as a
 * landslide in Totonicapan killed four people on Monday": "as" at token j
 * opening another subject's clause (its subject, then its verb; not
 * "such as Kyiv", "as a result of"); the verb's token, or 0. */
uint32_t ev_as_clause(const sent *s, uint32_t j)
{
    if (j <= s->b || j + 2 >= s->e || !ev_tok_is(s, j, "as") ||
        ev_tok_among(s, j - 1, "such", "known", "well", "same", "so"))
        return 0;
    int mi = ev_mention_at(s, j + 1);
    if (mi >= 0 || ev_match_at(s, LX_AGENT, j + 1)) {
        uint32_t v = mi >= 0 ? s->m->v[mi].tok_end : j + 2;
        return v < s->e && ev_is_word(s, v) && !(s->t->tokens[v].flags & GE_TOK_CAP) &&
                       (ev_tok_norm_ends(s, v, "s") || ev_tok_norm_ends(s, v, "ed"))
                   ? v
                   : 0;
    }
    if (!ev_tok_among(s, j + 1, "a", "an", "the"))
        return 0;
    int between = 0; /* ("a landslide on the road between Huehuetenango and Barillas") */
    for (uint32_t k = j + 3; k < s->e && k < j + 12; k++) {
        if (ev_is_punct(s, k) || ev_tok_among(s, k, "who", "which", "that") ||
            (ev_tok_among(s, k, "and", "or") && !between))
            return 0;
        between |= ev_tok_is(s, k, "between");
        if (!(s->t->tokens[k].flags & GE_TOK_CAP) && ev_mention_at(s, k) < 0 &&
            ev_tok_norm_ends(s, k, "ed"))
            return k;
    }
    return 0;
}

/* An "as" clause between tokens [b, e) (ev_as_clause)? */
static int as_clause_between(const sent *s, uint32_t b, uint32_t e)
{
    for (uint32_t j = b; j < e; j++)
        if (ev_as_clause(s, j))
            return 1;
    return 0;
}

void ev_event_date(const sent *s, uint32_t tb, int have_pub, ge_ymd pub, ge_event *ev)
{
    long best = -1;
    size_t bi = 0;
    for (size_t k = 0; k < s->ndates && k < 8; k++) {
        const ge_date_phrase *d = &s->dates[k];
        if (!d->date.y) {
            ev->evidence |= GE_EV_DAY_NO_YEAR;
            continue; /* a day of no known year */
        }
        if (day_of_report(s, d, tb) || day_of_dateline(s, d) || since_clause(s, d, tb) ||
            year_of_other(s, d, tb) ||
            ev_in_report_frame(s, d->tok_begin, d->tok_end, tb))
            continue;
        if (d->tok_begin > s->b && ev_tok_among(s, d->tok_begin - 1, "every",
                                                                     "each"))
            continue; /* "have protested every Wednesday for months": no one day */
        if (d->tok_end + 1 < s->e && ev_possessive_token(s, d->tok_end + 1) &&
            (d->tok_begin > tb || d->tok_end < tb))
            continue; /* "after last month's coup", "Wednesday's election": the date of
                         another thing */
        if (d->tok_end <= tb && in_relative_clause(s, d, tb))
            continue; /* "Benny Tai, who organised a primary in 2020, received the
                         longest sentence" */
        if (d->tok_begin > tb && ev_relative_act(s, tb + 1, d->tok_begin, 1))
            continue; /* "threw stones at police near parliament, which was stormed by
                         demonstrators last year" */
        if (d->tok_begin > tb && ev->report_mode == GE_REPORT_ASSERTED &&
            gathering_asked_before(s, tb, d))
            continue; /* "called for a rally on Saturday": the rally's day */
        if (d->tok_begin > tb && as_clause_between(s, tb + 1, d->tok_begin))
            continue; /* "The protests come as a landslide killed four people on
                         Monday": the day of the other clause */
        if (d->tok_begin > tb && (in_aside_after(s, tb, d) || in_apposition_after(s, tb, d) ||
                                  participle_before(s, tb, d) || in_later_report(s, tb, d)))
            continue; /* "demanding the restoration of the monarchy, which was
                         abolished in 2008" */
        if (have_pub && ev->report_mode == GE_REPORT_ASSERTED && !ev->negated &&
            ge_days_from_ymd(d->date) > ge_days_from_ymd(pub))
            continue; /* "agreed to continue negotiations next month": what happened
                         is not dated by what is to come */
        if (d->tok_begin > tb && ev->report_mode == GE_REPORT_ASSERTED &&
            future_between(s, tb, d->tok_begin))
            continue; /* "41 people were arrested ... and would be arraigned in court
                         on Monday": the day of what is to come */
        long dist = d->tok_begin >= tb ? (long)(d->tok_begin - tb) : (long)(tb - d->tok_end);
        if (of_phrase_before(s, tb, d))
            dist = 0; /* "the killing of a local teacher last week": the noun's own */
        if (ev->report_mode == GE_REPORT_PLANNED && d->tok_begin < tb)
            dist += 1000; /* what is to come is dated after its verb ("addressed the
                             council on Tuesday and is due to meet Biden on Thursday") */
        if (other_time(s, d, tb))
            dist += 2000;
        if (best < 0 || dist < best) {
            best = dist;
            bi = k;
        }
    }
    if (best >= 0) {
        const ge_date_phrase *d = &s->dates[bi];
        long apart = days_apart(s, d, tb);
        ge_ymd_format(apart ? ge_ymd_from_days(ge_days_from_ymd(d->date) + apart)
                            : told_ahead(s, d, tb, ev) ? d->ahead : d->date,
                      ev->event_date);
        ev->date_precision = d->precision;
        if (best >= 2000 && d->precision == GE_DATE_DAY && !apart)
            ev->date_precision = GE_DATE_WEEK; /* (another clause's day) */
        ev->date_start = s->t->tokens[d->tok_begin].start;
        ev->date_end = s->t->tokens[d->tok_end - 1].end;
        ev->evidence &= ~(uint32_t)GE_EV_DAY_NO_YEAR;
        return;
    }
    if (s->ndates == 0)
        ev->evidence |= GE_EV_UNDATED;
    if (have_pub) {
        /* no date in the sentence: the publication date, to the week */
        ge_ymd_format(pub, ev->event_date);
        ev->date_precision = GE_DATE_WEEK;
    }
    ev->date_start = ev->date_end = s->t->tokens[tb].start;
}

/* Does the sentence turn to another time or another story ("Earlier",
 * "Meanwhile", "had been arrested", "years ago", "since then")? */
static int turns_away(const ge_text *t, uint32_t si)
{
    static const char *const turns[] = {
        "meanwhile", "separately", "elsewhere", "earlier", "previously", "ago",
        "since",     "later",      "now",       "today",   "currently",  "recently", "recent",
        "past",      "already",    "had",       "once",    "formerly",   "often",   "usually",
        "also",      "last",       "next",      "until",   "ongoing",    "has",
        "have",      NULL};
    const ge_sentence *sn = &t->sentences[si];
    for (uint32_t i = sn->tok_begin; i < sn->tok_end; i++)
        if (ge_tok_word_in(t, i, turns))
            return 1;
    return 0;
}

/* Days after the sentence before that a sentence's opening words say
 * ("The next day", "The following morning", "Two days later", "Later that
 * day"), or -1. */
int ev_days_on(const ge_text *t, uint32_t si)
{
    static const char *const parts[] = {"day", "morning", "evening", "night", "afternoon", NULL};
    static const char *const nums[] = {"a", "one", "two", "three", "four", "five", NULL};
    const ge_sentence *sn = &t->sentences[si];
    uint32_t e = sn->tok_begin + 5 < sn->tok_end ? sn->tok_begin + 5 : sn->tok_end;
    for (uint32_t i = sn->tok_begin; i + 1 < e; i++) {
        if ((ge_tok_among(t, i, "next") || ge_tok_among(t, i, "following")) &&
            ge_tok_word_in(t, i + 1, parts))
            return 1;
        if (ge_tok_among(t, i, "later") && ge_tok_among(t, i + 1, "that") && i + 2 < sn->tok_end &&
            ge_tok_word_in(t, i + 2, parts))
            return 0;
        if (i + 2 < e && ge_tok_among(t, i + 2, "later") &&
            (ge_tok_among(t, i + 1, "day") || ge_tok_among(t, i + 1, "days"))) {
            for (int n = 0; nums[n]; n++)
                if (ge_tok_word_in(t, i, (const char *const[]){nums[n], NULL}))
                    return n ? n : 1;
            return -1;
        }
    }
    return -1;
}

/* The act the sentence before si tells, when all its acts told as done
 * have one date of their own (or a day carried), or NULL. */
static const ge_event *dated_before(const ge_events *evs, uint32_t si)
{
    const ge_event *best = NULL;
    for (size_t i = 0; i < evs->n; i++) {
        const ge_event *q = &evs->v[i];
        if (q->sentence + 1 != si || q->report_mode != GE_REPORT_ASSERTED ||
            (q->evidence & GE_EV_TALLY))
            continue;
        if (!q->event_date[0] ||
            !(ev_act_date(q) ||
              ((q->evidence & GE_EV_CARRIED) && q->date_precision == GE_DATE_DAY)))
            return NULL; /* ("threw stones at police near parliament, which was
                            stormed by demonstrators last year") */
        if (best && strcmp(best->event_date, q->event_date))
            return NULL;
        best = q;
    }
    return best;
}

/* "Police fired tear gas at farmers on Tuesday. They detained 27
 * people.": an act told as it happened in a sentence that names no time
 * and turns nowhere else goes on with the story of the sentence before,
 * and takes its day (not the publication's week), which the sentence
 * after it may take in turn. A month or a year
 * ("In November 2021, police killed a man in Khorog. Thousands gathered
 * in the square.") goes on within its paragraph only, and only when told
 * before its act, as the time the story is set in: a new paragraph after
 * background returns to the news. The records kept by the model. */
void ev_carry_dates(const ge_text *t, ge_events *evs)
{
    for (uint32_t si = 1; si < t->nsentences; si++) {
        int turned = -1;
        for (size_t i = 0; i < evs->n; i++) {
            ge_event *e = &evs->v[i];
            if (e->sentence != si || !(e->evidence & GE_EV_UNDATED) ||
                e->report_mode != GE_REPORT_ASSERTED || (e->evidence & GE_EV_TALLY) ||
                e->date_precision != GE_DATE_WEEK)
                continue;
            int on = ev_days_on(t, si);
            if (turned < 0)
                turned = on < 0 && turns_away(t, si);
            const ge_event *q = turned ? NULL : dated_before(evs, si);
            if (q && on > 0 && q->date_precision == GE_DATE_DAY) {
                ge_ymd d;
                if (ge_date_parse_iso(q->event_date, &d))
                    ge_ymd_format(ge_ymd_from_days(ge_days_from_ymd(d) + on), e->event_date);
                e->date_precision = GE_DATE_DAY;
                e->evidence |= GE_EV_CARRIED;
                continue;
            }
            if (q && on > 0)
                continue;
            if (!q || (q->date_precision > GE_DATE_WEEK &&
                       ((t->tokens[t->sentences[si].tok_begin].flags & GE_TOK_LINE_START) ||
                        q->date_start > q->trigger_start)))
                continue; /* (not "photographs of young people killed in 2018") */
            memcpy(e->event_date, q->event_date, sizeof e->event_date);
            e->date_precision = q->date_precision;
            e->evidence |= GE_EV_CARRIED;
        }
    }
}
