/* test_events_police.c -- police acts as South Asian news reports them, in
 * the lower case of scraped archives: lathi charges and tear gas shells,
 * rounds fired, remands and combing operations, police bandobast, the
 * state and central armed police forces as actors, and "apprehend" that
 * means "fear". The sentences are made up for the tests. */
#include "events_fixture.h"

static void test_crowd_control(const ge_lexicon *lx)
{
    act_is(lx, "the police lathi-charged the crowd outside the collectorate.", "lathi-charged",
           "ASSAULT", "crowd-control", "COP");
    act_is(lx, "cops burst tear gas shells to scatter the stone-throwing mob.", "tear gas shells",
           "ASSAULT", "crowd-control", "COP");
    CHECK(count_in(lx, "policemen lobbed teargas shells at the rioters.", "ASSAULT") == 1,
          "tear gas shells are one act of crowd control, no shelling");
    act_is(lx, "six tear gas shells were burst near the mosque.", "tear gas shells", "ASSAULT",
           "crowd-control", "COP");
}

static void test_rounds_fired(const ge_lexicon *lx)
{
    run r;
    extract(lx, "the police fired six rounds in the market area.", NULL, NULL, &r);
    const ge_event *ev = find(&r, "fired");
    CHECK(ev && !(ev->evidence & GE_EV_WEAK), "rounds fired are shots, no weak 'fired'");
    run_free(&r);
    act_is(lx, "the police intervened and had to fire six rounds.", "had to fire", "ASSAULT",
           "firearms", "COP");
    extract(lx, "the constables fired in the air to scatter the mob.", NULL, NULL, &r);
    ev = find(&r, "fired");
    CHECK(ev && !(ev->evidence & GE_EV_WEAK) && !strcmp(ev->actor.sector, "COP"),
          "firing in the air by constables is police firing");
    run_free(&r);
    extract(lx, "the board fired the manager after the audit.", NULL, NULL, &r);
    ev = find(&r, "fired");
    CHECK(!ev || strcmp(ev->event_type, "ASSAULT") || (ev->evidence & GE_EV_WEAK),
          "a dismissal gains no certainty");
    run_free(&r);
}

static void test_custody(const ge_lexicon *lx)
{
    act_is(lx, "the accused was remanded in police custody till monday.", "remanded", "COERCE",
           "arrest", "COP");
    act_is(lx, "two youths were caught by the police near the bus depot.",
           "caught by the police", "COERCE", "arrest", "COP");
    act_is(lx, "forty persons were held in a combing operation in the old city.",
           "combing operation", "COERCE", "seize", NULL);
    CHECK(count_in(lx, "the residents apprehended a threat to their lives from the gang.",
                   "COERCE") == 0,
          "'apprehended a threat' is a fear, no arrest");
    CHECK(count_in(lx, "the report apprehended that more trouble was brewing.", "COERCE") == 0,
          "'apprehended that' is a fear, no arrest");
    CHECK(count_in(lx, "the police apprehended two suspects at the station.", "COERCE") == 1,
          "apprehended suspects are arrested");
    static const char *const not_done[] = {
        "the opposition leader demanded the arrest of the priests.",
        "the party is seeking the arrest of the officer.",
        "members of such groups can be arrested under the new act.",
        "he laughed off questions on the possibility of his arrest.",
    };
    for (size_t i = 0; i < sizeof not_done / sizeof *not_done; i++) {
        run r;
        extract(lx, not_done[i], NULL, NULL, &r);
        const ge_event *ev = find(&r, "arrest");
        if (!ev)
            ev = find(&r, "arrested");
        CHECK(!ev || ev->report_mode != GE_REPORT_ASSERTED, "'%s': an arrest asked for or "
              "allowed is not made", not_done[i]);
        run_free(&r);
    }
    CHECK(count_in(lx, "they already have a preventive detention law.", "COERCE") == 0,
          "a detention law detains no one");
    act_is(lx, "twenty people were held for rioting near the market.", "held", "COERCE", "arrest",
           "COP");
    CHECK(count_in(lx, "a peace meeting was held for the residents.", "COERCE") == 0,
          "a meeting held is no detention");
}

static void test_forces(const ge_lexicon *lx)
{
    act_is(lx, "the city police made heavy bandobast for the procession.", "bandobast",
           "MOBILIZE", "police", "COP");
    act_is(lx, "heavy bandobast has been made in the walled city.", "bandobast", "MOBILIZE",
           "police", "COP");
    act_is(lx, "vanloads of constables kept a strict vigil outside the shrine.", "strict vigil",
           "MOBILIZE", "police", "COP");
    act_is(lx, "hundreds of students held a candlelight vigil for the victims.", "vigil", "PROTEST",
           NULL, NULL);
    act_is(lx, "two companies of the state reserve police patrolled the walled city.",
           "patrolled", "MOBILIZE", NULL, "COP");
    act_is(lx, "crpf men patrolled the sensitive pockets through the night.", "patrolled",
           "MOBILIZE", NULL, "COP");
    act_is(lx, "the suspect was arrested by the anti-terrorist squad on friday.", "arrested",
           "COERCE", "arrest", "COP");
    act_is(lx, "home guards were deployed at the railway station.", "deployed", "MOBILIZE", NULL,
           "COP");
    act_is(lx, "police in strength have been deployed in the old city.", "deployed", "MOBILIZE",
           NULL, "COP");
    act_is(lx, "the dcp visited the riot-hit localities on sunday.", "visited", "CONSULT", NULL,
           "COP");
}

/* Scraped archives keep their mojibake: the no-break spaces between the
 * links of a "related stories" list read as "Â". The list is still page
 * furniture, not acts of the story. */
static void test_mojibake_links(const ge_lexicon *lx)
{
    run r;
    extract(lx, "the police arrested two men on monday. related stories\xc3\x82 one killed in "
                "police firing\xc3\x82 curfew clamped in the old city\xc3\x82 full coverage",
            NULL, NULL, &r);
    CHECK(r.e.n == 1 && find(&r, "arrested"), "the links make no records (%zu records)", r.e.n);
    run_free(&r);
    /* quotation marks left as mojibake: the words inside are read */
    act_is(lx, "\xc3\xa2\xe2\x82\xac\xc5\x93police arrested two men at the depot,"
               "\xc3\xa2\xe2\x82\xac\xef\xbf\xbd the officer said.",
           "arrested", "COERCE", "arrest", "COP");
    extract(lx, "the petition sought a direction to the state to \xc3\xa2\xe2\x82\xac\xcb\x9c"
                "\xc3\xa2\xe2\x82\xac\xcb\x9c" "disperse the crowds\xc3\xa2\xe2\x82\xac\xe2\x84\xa2"
                "\xc3\xa2\xe2\x82\xac\xe2\x84\xa2 at the site.",
            NULL, NULL, &r);
    const ge_event *ev = find(&r, "disperse");
    CHECK(!ev || ev->report_mode != GE_REPORT_ASSERTED,
          "'to \"disperse\"' asked for is not done");
    run_free(&r);
}

/* Who did what when police and a mob both act in a report. */
static void test_police_and_mob(const ge_lexicon *lx)
{
    run r;
    extract(lx, "while four people were injured in police firing, nine people were killed by the "
                "rioters.", NULL, NULL, &r);
    const ge_event *ev = find(&r, "injured");
    CHECK(ev && !strcmp(ev->actor.sector, "COP") && ev->fatalities < 0,
          "the rioters' dead are not the police firing's (%ld)", ev ? ev->fatalities : -2);
    ev = find(&r, "killed");
    CHECK(ev && !strcmp(ev->actor.sector, "CVL"), "the rioters killed");
    run_free(&r);
    extract(lx, "heavy firing at the temple gate on monday. policemen guarding the temple returned "
                "fire.", NULL, NULL, &r);
    ev = find(&r, "firing at");
    CHECK(ev && strcmp(ev->actor.sector, "COP"), "the attack does not take the guards as actor");
    ev = find(&r, "returned fire");
    CHECK(ev && !strcmp(ev->actor.sector, "COP") && ev != find(&r, "firing at"),
          "returning fire is the guards' own act");
    run_free(&r);
    extract(lx, "tension ran high in the walled city on friday. police fired at the mob, killing "
                "one and injuring at least eight others. the army nabbed a man with a revolver. "
                "the city police also opened fire in the bazaar, where three people were injured.",
            NULL, NULL, &r);
    ev = find(&r, "opened fire");
    CHECK(ev && ev != find(&r, "fired at") && ev->fatalities < 0,
          "'also opened fire' is another firing, with no dead");
    run_free(&r);
    extract(lx, "\xe2\x80\xa2 3 gunmen reach the temple gate. \xe2\x80\xa2 2 guards and 3 "
                "pilgrims also killed.", NULL, NULL, &r);
    ev = find(&r, "killed");
    CHECK(ev && !ev->actor.sector[0], "the dead of a bulletin line are no actor (%s)",
          ev ? ev->actor.sector : "no record");
    run_free(&r);
    /* one sentence, two clauses, two acts: the less sure one is no retelling of the other */
    static const char *const both =
        "ahmedabad: the city took a respite after five days of violence, even as the official "
        "death toll touched 427. officials said 73 people have died in police firing while over "
        "2,500 have been arrested in the state over the last five days.";
    extract(lx, both, NULL, NULL, &r);
    CHECK(find(&r, "firing") && find(&r, "arrested") && find(&r, "firing") != find(&r, "arrested"),
          "the firing and the arrests of two clauses are two records");
    run_free(&r);
}

int main(void)
{
    ge_lexicon *lx = project_lexicon();
    if (lx) {
        test_crowd_control(lx);
        test_rounds_fired(lx);
        test_custody(lx);
        test_forces(lx);
        test_mojibake_links(lx);
        test_police_and_mob(lx);
    }
    ge_lexicon_free(lx);
    printf("test_events_police: %d passed, %d failed\n", passes, fails);
    return fails ? 1 : 0;
}
