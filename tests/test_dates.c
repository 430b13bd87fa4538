/* test_dates.c -- calendar arithmetic and date phrases resolved against a
 * fixed publication date (Monday 2023-11-20). */
#include <stdio.h>
#include <string.h>

#include "dates.h"
#include "internal.h"

#include "check.h"

static const ge_ymd pub = {2023, 11, 20};

/* The first date phrase of text: its words, date and precision. */
static void phrase_is(const char *text, const char *words, const char *date, ge_date_precision p)
{
    ge_text t;
    if (ge_text_analyze(text, strlen(text), &t) != GE_OK) {
        CHECK(0, "analyze %s", text);
        return;
    }
    ge_date_phrase d[4];
    size_t n = ge_dates_find(&t, 0, (uint32_t)t.ntokens, pub, d, 4);
    if (!words) {
        CHECK(n == 0, "'%s': expected no date phrase, found %zu", text, n);
        ge_text_free(&t);
        return;
    }
    CHECK(n >= 1, "'%s': no date phrase found", text);
    if (n >= 1) {
        char got[11];
        ge_ymd_format(d[0].date, got);
        uint32_t b = t.tokens[d[0].tok_begin].start, e = t.tokens[d[0].tok_end - 1].end;
        CHECK(strlen(words) == e - b && !memcmp(text + b, words, e - b),
              "'%s': phrase '%.*s', want '%s'", text, (int)(e - b), text + b, words);
        CHECK(!strcmp(got, date), "'%s': date %s, want %s", text, got, date);
        CHECK(d[0].precision == p, "'%s': precision %s, want %s", text,
              ge_date_precision_name(d[0].precision), ge_date_precision_name(p));
    }
    ge_text_free(&t);
}

static void test_calendar(void)
{
    ge_ymd d;
    CHECK(ge_date_parse_iso("2023-11-20", &d) && d.y == 2023 && d.m == 11 && d.d == 20, "iso");
    CHECK(ge_date_parse_iso("2024-02-29T10:00:00Z", &d) && d.d == 29, "iso datetime, leap day");
    CHECK(!ge_date_parse_iso("2023-02-29", &d), "not a leap year");
    CHECK(!ge_date_parse_iso("yesterday", &d), "not a date");
    CHECK(ge_date_parse_iso("2023", &d) && d.m == 1 && d.d == 1, "year only");
    CHECK(ge_weekday(pub) == 1, "2023-11-20 is a Monday");
    ge_ymd x = {1970, 1, 1};
    CHECK(ge_days_from_ymd(x) == 0, "epoch");
    ge_ymd back = ge_ymd_from_days(ge_days_from_ymd(pub) - 366);
    CHECK(back.y == 2022 && back.m == 11 && back.d == 19, "366 days back: %d-%d-%d", back.y,
          back.m, back.d);
}

static void test_phrases(void)
{
    phrase_is("He met them in Baghdad a few days ago.", "a few days ago", "2023-11-17",
              GE_DATE_WEEK);
    phrase_is("Two days ago, gunmen attacked.", "Two days ago", "2023-11-18", GE_DATE_DAY);
    phrase_is("Clashes erupted on Tuesday.", "on Tuesday", "2023-11-14", GE_DATE_DAY);
    phrase_is("Clashes erupted Monday.", "Monday", "2023-11-20", GE_DATE_DAY);
    phrase_is("Talks resume next Friday.", "next Friday", "2023-11-24", GE_DATE_DAY);
    phrase_is("They protested yesterday.", "yesterday", "2023-11-19", GE_DATE_DAY);
    phrase_is("Troops withdrew last month.", "last month", "2023-10-01", GE_DATE_MONTH);
    phrase_is("Troops withdrew last week.", "last week", "2023-11-13", GE_DATE_WEEK);
    /* a month (or day) and the year told in words */
    phrase_is("In October of 2019 police arrested 40 people.", "October of 2019", "2019-10-01",
              GE_DATE_MONTH);
    /* told in November: last November is last year's, last October this year's */
    phrase_is("Last November, a strike shut the metro.", "November", "2022-11-01", GE_DATE_MONTH);
    phrase_is("Police arrested 40 people last October.", "October", "2023-10-01", GE_DATE_MONTH);
    phrase_is("It was damaged in February last year.", "February last year", "2022-02-01",
              GE_DATE_MONTH);
    phrase_is("He was freed on March 5 this year.", "March 5 this year", "2023-03-05",
              GE_DATE_DAY);
    phrase_is("The deal was signed earlier this year.", "earlier this year", "2023-01-01",
              GE_DATE_YEAR);
    phrase_is("More than 40 attacks since the beginning of the year.",
              "since the beginning of the year", "2023-01-01", GE_DATE_YEAR);
    phrase_is("They met on November 15, 2022.", "November 15, 2022", "2022-11-15", GE_DATE_DAY);
    phrase_is("They met on Nov. 15.", "Nov. 15", "2023-11-15", GE_DATE_DAY);
    phrase_is("They met on 3 December.", "3 December", "2022-12-03", GE_DATE_DAY);
    phrase_is("The war began in March 2003.", "March 2003", "2003-03-01", GE_DATE_MONTH);
    phrase_is("The war began in 2003.", "2003", "2003-01-01", GE_DATE_YEAR);
    phrase_is("Reported on 2023-11-02 by AP.", "2023-11-02", "2023-11-02", GE_DATE_DAY);
    phrase_is("Three months ago the town fell.", "Three months ago", "2023-08-20", GE_DATE_MONTH);
    /* not dates */
    phrase_is("Troops will march to the capital.", NULL, NULL, GE_DATE_NONE);
    phrase_is("They may attack.", NULL, NULL, GE_DATE_NONE);
    phrase_is("Some 2000 people protested.", NULL, NULL, GE_DATE_NONE);
}

/* With no publication date a phrase with no year is still a date, of no
 * known year ("in May": a time of its own, which coreference reads). */
static void test_no_year(void)
{
    const char *text = "Both sides had clashed briefly in May, when a soldier was killed.";
    ge_text t;
    if (ge_text_analyze(text, strlen(text), &t) != GE_OK) {
        CHECK(0, "analyze %s", text);
        return;
    }
    ge_date_phrase d[4];
    size_t n = ge_dates_find(&t, 0, (uint32_t)t.ntokens, (ge_ymd){0, 0, 0}, d, 4);
    CHECK(n == 1 && d[0].date.y == 0 && d[0].date.m == 5 && d[0].precision == GE_DATE_MONTH,
          "'in May' with no publication date: a month of no known year (%zu phrases)", n);
    ge_text_free(&t);
}

int main(void)
{
    test_calendar();
    test_phrases();
    test_no_year();
    printf("test_dates: %d passed, %d failed\n", passes, fails);
    return fails ? 1 : 0;
}
