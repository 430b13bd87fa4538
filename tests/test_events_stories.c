/* test_events_stories.c -- how the sentences of a story go on: a sentence
 * that names no day takes the day of the sentence before; a date in the
 * subject's relative clause is that clause's act's; a workers' strike is a
 * stoppage; a vehicle's mishap and acts counted as they rose are no one's
 * act. The sentences are made up for the tests. */
#include "events_fixture.h"

static const char *date_of(const run *r, const char *trig)
{
    const ge_event *ev = find(r, trig);
    return ev ? ev->event_date : "(none)";
}

/* The record of trigger trig in text (published 2026-11-04) is dated with
 * a date that starts with want. */
static void dated(const ge_lexicon *lx, const char *text, const char *trig, const char *want)
{
    run r;
    extract(lx, text, "2026-11-04", NULL, &r);
    CHECK(!strncmp(date_of(&r, trig), want, strlen(want)), "'%s': %s dated %s, want %s", text,
          trig, date_of(&r, trig), want);
    run_free(&r);
}

static void test_carried_dates(const ge_lexicon *lx)
{
    dated(lx, "Police fired tear gas at farmers in Brussels on Tuesday.\nThey detained 27 people.",
          "detained", "2026-11-03");
    /* a sentence that turns to another time keeps the publication's week */
    dated(lx, "Police fired tear gas at farmers in Brussels on Tuesday.\n"
              "Earlier, police had detained 27 people.",
          "detained", "2026-11-04");
    /* a year goes on within its paragraph, when told before its act */
    dated(lx, "In November 2021, police killed a man in Khorog. Thousands of people gathered in "
              "the central square.",
          "gathered", "2021-11");
    /* "The next day", "Two days later": the day after the story's, and
     * another act than the one before; "Later that day" the same day */
    const char *two = "On Monday, gendarmes arrested nine dockers in Toamasina. Two days later, "
                      "police detained 23 students.";
    dated(lx, two, "detained", "2026-11-04");
    run r;
    extract(lx, two, "2026-11-04", NULL, &r);
    CHECK(find(&r, "detained") && find(&r, "detained") != find(&r, "arrested"),
          "the detentions two days later are their own");
    run_free(&r);
    dated(lx, "On Tuesday, gendarmes arrested nine dockers in Toamasina. Later that day, church "
              "leaders brokered a truce.",
          "brokered", "2026-11-03");
    const char *rel = "A man who stabbed a stranger in Winnipeg in 2024 was sentenced Tuesday to "
                      "nine years in prison.";
    dated(lx, rel, "sentenced", "2026-11-03");
    dated(lx, rel, "stabbed", "2024");
}

static void test_strikes_and_mishaps(const ge_lexicon *lx)
{
    type_is(lx, "Nurses in Suva began a strike on Monday.", "began", "PROTEST", "strike");
    type_is(lx, "Teachers extended their strike on Wednesday.", "strike", "PROTEST", "strike");
    type_is(lx, "An Israeli strike on a house in Gaza killed five people.", "killed", "ASSAULT",
            NULL);
    no_record(lx, "A minibus carrying seasonal workers overturned near Peja on Monday, killing "
                  "two people and injuring 11.",
              "injuring");
    no_record(lx, "Assaults at bus shelters in Winnipeg rose 18 per cent this year.", "Assaults");
    no_record(lx, "Freezing rain is expected in Montreal this afternoon.", "Freezing");
    no_record(lx, "The man pleaded guilty in Winnipeg on Tuesday.", "pleaded");
    /* a truck that struck an SUV is an accident; a vehicle that hit a mine
     * was attacked */
    no_record(lx, "A truck struck an SUV on Highway 31 on Monday, killing the driver.", "struck");
    no_record(lx, "A truck struck an SUV on Highway 31 on Monday, killing the driver.", "killing");
    type_is(lx, "Seven civilians were killed when the vehicle they were in hit a mine.", "killed",
            "ASSAULT", NULL);
    /* weapons and warrants named, bail granted, an act denied by "neither" */
    no_record(lx, "Police seized three assault rifles in the raid.", "assault");
    no_record(lx, "Deputies executed a search warrant at the home on Friday.", "executed");
    type_is(lx, "The court granted bail to the five activists on Monday.", "granted bail",
            "RETREAT", "release");
    run r;
    extract(lx, "Neither deputy was hit.", NULL, NULL, &r);
    CHECK(find(&r, "hit") == NULL || find(&r, "hit")->negated, "neither deputy was hit: negated");
    run_free(&r);
}

int main(void)
{
    ge_lexicon *lx = project_lexicon();
    if (lx) {
        test_carried_dates(lx);
        test_strikes_and_mishaps(lx);
    }
    ge_lexicon_free(lx);
    printf("test_events_stories: %d passed, %d failed\n", passes, fails);
    return fails ? 1 : 0;
}
