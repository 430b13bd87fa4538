/* test_events.c -- the event lexicon loader and the extractor on hand-made
 * sentences: triggers, PLOVER types and modes, report modes, negation,
 * actors, places (with hand-built mentions, no gazetteer), dates, counts,
 * boilerplate and de-duplication. */
#include "events_fixture.h"

static void test_loader(void)
{
    char path[512];
    snprintf(path, sizeof path, "%s/events_lexicon_test.txt", GE_TEST_TMP);
    char cmd[600];
    snprintf(cmd, sizeof cmd, "mkdir -p '%s'", GE_TEST_TMP);
    CHECK(system(cmd) == 0, "mkdir");
    FILE *f = fopen(path, "w");
    CHECK(f != NULL, "write %s", path);
    if (!f)
        return;
    fputs("# a user's extension\n"
          "[triggers]\n"
          "torpedo\tASSAULT\theavy-weapons\tv,n\n"
          "shoot\tASSAULT\tfirearms\tv,shot\n"
          "frobnicate\tFROB\t-\tv\n"            /* line 5: unknown type */
          "just two fields\tASSAULT\n"          /* line 6: too few fields */
          "[agents]\n"
          "Starfleet\tMIL\tUSA\n"
          "brigade\tmil\n"                      /* line 9: bad sector */
          "[nonsense]\n"                        /* line 10: unknown section */
          "[modifiers]\n"
          "perhaps\tHYPOTHETICAL\n"
          "surely\tCERTAIN\n",                  /* line 13: unknown class */
          f);
    fclose(f);
    const char *paths[] = {path, NULL};
    int bad = 0;
    ge_diag d = {count_diag, &bad};
    ge_lexicon *lx = NULL;
    CHECK(ge_lexicon_load(paths, &d, &lx) == GE_OK && lx, "user lexicon loads");
    CHECK(bad == 5, "5 bad lines reported, got %d", bad);
    run r;
    extract(lx, "The submarine torpedoed the cargo ship.", NULL, NULL, &r);
    CHECK(r.e.n == 1 && find(&r, "torpedoed") && !strcmp(r.e.v[0].mode, "heavy-weapons"),
          "generated past tense form matches");
    run_free(&r);
    extract(lx, "Starfleet shot two drones and perhaps torpedoes will follow.", NULL, NULL, &r);
    const ge_event *ev = find(&r, "shot");
    CHECK(ev && !strcmp(ev->actor.code, "USA") && !strcmp(ev->actor.sector, "MIL"),
          "irregular form and agent with a country");
    ev = find(&r, "torpedoes");
    CHECK(ev && ev->report_mode == GE_REPORT_HYPOTHETICAL, "user modifier applies");
    run_free(&r);
    ge_lexicon_free(lx);
    const char *missing[] = {"/nonexistent/lexicon.txt", NULL};
    bad = 0;
    CHECK(ge_lexicon_load(missing, &d, &lx) != GE_OK, "missing file fails");
}

static void test_types(const ge_lexicon *lx)
{
    type_is(lx, "Rebels attacked an army post.", "attacked", "ASSAULT", "");
    type_is(lx, "Police fired tear gas at the crowd.", "fired tear gas", "ASSAULT",
            "crowd-control");
    type_is(lx, "Gunmen shot dead a policeman.", "shot dead", "ASSAULT", "firearms");
    type_is(lx, "A car bomb exploded near the market.", "car bomb", "ASSAULT", "explosives");
    type_is(lx, "Militants detonated a roadside bomb.", "detonated", "ASSAULT", "explosives");
    type_is(lx, "The two ministers met in the capital.", "met", "CONSULT", NULL);
    type_is(lx, "The meeting ended without a statement.", "meeting", "CONSULT", NULL);
    type_is(lx, "Thousands protested against the law.", "protested", "PROTEST", "demo");
    type_is(lx, "Workers went on strike for higher pay.", "went on strike", "PROTEST", "strike");
    type_is(lx, "Police arrested three suspects.", "arrested", "COERCE", "arrest");
    type_is(lx, "The government deployed troops to the border.", "deployed", "MOBILIZE",
            "troops");
    type_is(lx, "The minister condemned the decision.", "condemned", "ACCUSE", "disapprove");
    type_is(lx, "The union rejected the offer.", "rejected", "REJECT", NULL);
    type_is(lx, "The envoy urged both sides to talk.", "urged", "REQUEST", NULL);
    type_is(lx, "Both parties agreed to a truce.", "agreed", "AGREE", NULL);
    type_is(lx, "The rebels released ten hostages.", "released", "RETREAT", "release");
    type_is(lx, "The UN imposed sanctions on the regime.", "imposed sanctions", "SANCTION", NULL);
    type_is(lx, "Iran funds the militias.", "funds", "AID", NULL);
    type_is(lx, "The president warned of reprisals.", "warned", "THREATEN", NULL);
    /* occurrence verbs take the type of their event noun */
    type_is(lx, "The army launched an offensive.", "launched", "ASSAULT", NULL);
    type_is(lx, "Heavy clashes erupted overnight.", "erupted", "ASSAULT", NULL);
    run r;
    type_is(lx, "Two civilians died in the clashes.", "died", "ASSAULT", NULL);
    type_is(lx, "The convoy came under mortar fire.", "came under", "ASSAULT", NULL);
    type_is(lx, "The patrol came under fire near the border.", "came under fire", "ASSAULT",
            "firearms");
    type_is(lx, "Police made arrests in the market.", "made arrests", "COERCE", "arrest");
    type_is(lx, "The garrison abandoned its positions.", "abandoned", "RETREAT", "withdraw");
    type_is(lx, "The senator castigated the agency.", "castigated", "ACCUSE", NULL);
    type_is(lx, "Soldiers and gunmen exchanged fire overnight.", "exchanged fire", "ASSAULT",
            "firearms");
    type_is(lx, "Thousands demonstrated outside the embassy.", "demonstrated", "PROTEST", "demo");
    type_is(lx, "The army issued a warning to the rebels.", "issued", "THREATEN", NULL);
    extract(lx, "The election demonstrated the strength of democracy.", NULL, NULL, &r);
    CHECK(!find(&r, "demonstrated"), "'demonstrated the strength': to show, not to protest");
    run_free(&r);
    extract(lx, "His share of the vote dropped sharply.", NULL, NULL, &r);
    CHECK(!find(&r, "dropped"), "'dropped' without an event noun is no event");
    run_free(&r);
    extract(lx, "The festival began on time.", NULL, NULL, &r);
    CHECK(!find(&r, "began"), "an occurrence verb without an event noun is no event");
    run_free(&r);
    /* a capitalised month is not a march */
    extract(lx, "Elections were held in March.", NULL, NULL, &r);
    CHECK(!find(&r, "March"), "March the month");
    run_free(&r);
}

static void test_report_modes(const ge_lexicon *lx)
{
    run r;
    extract(lx, "The Pentagon said the United States is considering deterring Iran.", NULL, NULL,
            &r);
    const ge_event *ev = find(&r, "deterring");
    CHECK(ev && !strcmp(ev->event_type, "THREATEN") &&
              ev->report_mode == GE_REPORT_HYPOTHETICAL,
          "considering -> hypothetical");
    run_free(&r);
    extract(lx, "The army did not attack the village.", NULL, NULL, &r);
    ev = find(&r, "attack");
    CHECK(ev && ev->negated, "did not attack -> negated");
    run_free(&r);
    extract(lx, "The army attacked the village.", NULL, NULL, &r);
    ev = find(&r, "attacked");
    CHECK(ev && !ev->negated && ev->report_mode == GE_REPORT_ASSERTED, "asserted");
    run_free(&r);
    extract(lx, "Police said they would have been in a position to nab him at the earliest.",
            NULL, NULL, &r);
    ev = find(&r, "nab");
    CHECK(ev && ev->report_mode == GE_REPORT_PLANNED, "an infinitive ('to nab') is not done");
    run_free(&r);
    extract(lx, "Police had to fire six rounds and began to arrest the looters.", NULL, NULL, &r);
    ev = find(&r, "arrest");
    CHECK(ev && ev->report_mode == GE_REPORT_ASSERTED, "'began to arrest' is done");
    run_free(&r);
    extract(lx, "The group plans to attack the base.", NULL, NULL, &r);
    ev = find(&r, "attack");
    CHECK(ev && ev->report_mode == GE_REPORT_PLANNED, "plans to -> planned");
    run_free(&r);
    extract(lx, "The ministry denied bombing the hospital.", NULL, NULL, &r);
    ev = find(&r, "bombing");
    CHECK(ev && ev->report_mode == GE_REPORT_DENIED, "denied -> denied");
    run_free(&r);
    extract(lx, "Rebels could seize the town.", NULL, NULL, &r);
    ev = find(&r, "seize");
    CHECK(ev && ev->report_mode == GE_REPORT_HYPOTHETICAL, "could -> hypothetical");
    run_free(&r);
    extract(lx, "John Kirby, a Pentagon spokesperson, reiterated that Iran should cease its "
                "support.",
            NULL, NULL, &r);
    ev = find(&r, "should cease its support");
    CHECK(ev && !strcmp(ev->event_type, "REQUEST") && !strcmp(ev->actor.code, "USA"),
          "reported obligation -> REQUEST by the speaker's side");
    CHECK(!find(&r, "support"), "the action asked for is not an event of its own");
    run_free(&r);
    /* what is said about an action */
    type_is(lx, "The rebels said they will release the hostages.", "release", "AGREE", NULL);
    type_is(lx, "The farmers said they would blockade the capital.", "blockade", "THREATEN",
            "restrict");
    type_is(lx, "Japan halted economic aid to the country.", "halted economic aid", "SANCTION",
            "discontinue");
    type_is(lx, "The union called off the strike.", "called off the strike", "CONCEDE", NULL);
    type_is(lx, "The two sides ended the ceasefire agreement.", "ended the ceasefire", "SANCTION",
            "discontinue");
    extract(lx, "The talks ended without agreement.", NULL, NULL, &r);
    CHECK(!find(&r, "ended without agreement") && !find(&r, "ended"),
          "'ended without agreement' ends no agreement (a nearer negation)");
    run_free(&r);
    type_is(lx, "The minister declined to resign.", "resign", "REJECT", "change");
    type_is(lx, "Angry workers blocked the bridge for three hours.", "blocked", "PROTEST",
            "obstruct");
    type_is(lx, "Police blocked the bridge for three hours.", "blocked", "COERCE", "restrict");
}

static void test_actors(const ge_lexicon *lx)
{
    run r;
    extract(lx, "Iraqi militias attacked the Pentagon convoy.", NULL, NULL, &r);
    const ge_event *ev = find(&r, "attacked");
    CHECK(ev && span_is(&r, ev->actor.start, ev->actor.end, "Iraqi militias") &&
              !strcmp(ev->actor.sector, "UAF"),
          "actor span and sector UAF (militias are not MIL)");
    CHECK(ev && !strcmp(ev->recipient.code, "USA"), "recipient country from an agent word");
    run_free(&r);
    mspec ch[] = {{"Switzerland", GE_KIND_TOPONYM, 30}, {0}};
    extract(lx, "Switzerland said today it had expelled two diplomats.", NULL, ch, &r);
    ev = find(&r, "expelled");
    CHECK(ev && span_is(&r, ev->actor.start, ev->actor.end, "Switzerland"),
          "a pronoun after a reporting verb stands for its subject");
    run_free(&r);
    extract(lx, "The two countries signed a free-trade pact.", NULL, NULL, &r);
    CHECK(!find(&r, "free"), "part of a hyphenated compound is no trigger");
    run_free(&r);
    extract(lx, "Gunmen killed at least 20 people on Monday.", NULL, NULL, &r);
    ev = find(&r, "killed");
    CHECK(ev && span_is(&r, ev->recipient.start, ev->recipient.end, "20 people"),
          "'at least 20 people': the recipient is the 20 people");
    run_free(&r);
    extract(lx, "Suspected New People's Army rebels ambushed a convoy.", NULL, NULL, &r);
    ev = find(&r, "ambushed");
    CHECK(ev && span_is(&r, ev->actor.start, ev->actor.end, "Suspected New People's Army rebels"),
          "a possessive inside the actor's name is part of it");
    run_free(&r);
    extract(lx, "A witness said she saw police beat a man with batons.", NULL, NULL, &r);
    ev = find(&r, "beat");
    CHECK(ev && span_is(&r, ev->actor.start, ev->actor.end, "police") &&
              !strcmp(ev->actor.sector, "COP"),
          "'she saw police beat': the police, not 'saw police'");
    run_free(&r);
    extract(lx, "Two soldiers were killed by rebels.", NULL, NULL, &r);
    ev = find(&r, "killed");
    CHECK(ev && !strcmp(ev->actor.sector, "REB") && !strcmp(ev->recipient.sector, "MIL"),
          "passive: actor after 'by', recipient before");
    run_free(&r);
    extract(lx, "The police in self-defence fired about 40 rounds.", NULL, NULL, &r);
    ev = find(&r, "fired");
    CHECK(ev && !strcmp(ev->actor.sector, "COP"), "a subject before a phrase ('in self-defence')");
    run_free(&r);
    extract(lx, "Police had to fire six rounds.", NULL, NULL, &r);
    ev = find(&r, "had to fire");
    CHECK(ev && !strcmp(ev->event_type, "ASSAULT") && !strcmp(ev->actor.sector, "COP"),
          "'had to fire' is firing, by the police");
    run_free(&r);
    extract(lx, "Two men were arrested on Friday.", NULL, NULL, &r);
    ev = find(&r, "arrested");
    CHECK(ev && !strcmp(ev->actor.sector, "COP") && ev->actor.start == ev->actor.end,
          "an arrest with no one named is made by the police (no actor span)");
    run_free(&r);
    extract(lx, "Curfew was clamped on the old city after the clashes.", NULL, NULL, &r);
    ev = find(&r, "Curfew");
    CHECK(ev && !strcmp(ev->actor.sector, "COP") && ev->actor.start == ev->actor.end,
          "a curfew with no one named is the police's to enforce (no actor span)");
    run_free(&r);
    extract(lx, "Two men were arrested by soldiers.", NULL, NULL, &r);
    ev = find(&r, "arrested");
    CHECK(ev && !strcmp(ev->actor.sector, "MIL"), "unless the sentence names who arrested");
    run_free(&r);
    /* help as a means in general, the hurt carried to care: no aid given */
    no_record(lx, "Organizers say the idea is to help families find housing.", "help");
    no_record(lx, "The plan outlines how to fund the new clinic.", "fund");
    no_record(lx, "The teen was later airlifted to a hospital in Dallas, where he died.",
              "airlifted");
    type_is(lx, "The army airlifted food to the flooded villages.", "airlifted", "AID", NULL);
    /* headline-style passives after a qualified count */
    extract(lx, "More than 20 protesters detained in Lagos during the march.", NULL, NULL, &r);
    ev = find(&r, "detained");
    CHECK(ev && !strcmp(ev->actor.sector, "COP") &&
              span_is(&r, ev->recipient.start, ev->recipient.end, "20 protesters"),
          "'More than 20 protesters detained': the protesters were detained");
    run_free(&r);
    /* ("was among over 250 activists arrested": by the police) */
    act_is(lx, "The minister was among over 250 activists arrested from different parts of the city.",
           "arrested", "COERCE", "arrest", "COP");
    /* a "general" who is no soldier */
    extract(lx, "The party's general secretary accused the government of fraud.", NULL, NULL, &r);
    ev = find(&r, "accused");
    CHECK(ev && strcmp(ev->actor.sector, "MIL"), "a general secretary is no soldier");
    run_free(&r);
    act_is(lx, "The general public protested against the decision.", "protested", "PROTEST", NULL,
           "CVL");
    extract(lx, "A fire brigade arrived at the market.", NULL, NULL, &r);
    ev = find(&r, "arrived");
    CHECK(!ev || (strcmp(ev->actor.sector, "MIL") && strcmp(ev->event_type, "MOBILIZE")),
          "a fire brigade is no army unit, its arrival no mobilisation");
    run_free(&r);
    extract(lx, "Fighting went on. The Rapid Support Forces have besieged the city for months.",
            NULL, NULL, &r);
    ev = find(&r, "besieged");
    CHECK(ev && span_is(&r, ev->actor.start, ev->actor.end, "Rapid Support Forces"),
          "a capitalised name with an event word in it is the whole actor");
    run_free(&r);
    extract(lx, "At least five people were shot dead outside parliament.", NULL, NULL, &r);
    ev = find(&r, "shot dead");
    CHECK(ev && span_is(&r, ev->recipient.start, ev->recipient.end, "five people"),
          "'At least five people were shot': the five people, not 'least five people'");
    run_free(&r);
    mspec kh[] = {{"Kharkiv", GE_KIND_TOPONYM, 40}, {"Mandalay", GE_KIND_TOPONYM, 41},
                  {"Denmark", GE_KIND_TOPONYM, 42}, {0}};
    extract(lx, "Army jets struck rebel positions overnight, officials said.", NULL, NULL, &r);
    ev = find(&r, "struck");
    CHECK(ev && span_is(&r, ev->recipient.start, ev->recipient.end, "rebel positions"),
          "'struck rebel positions overnight': the adverb of time is not part of the recipient");
    run_free(&r);
    extract(lx, "Denmark today accepted the offer.", NULL, kh, &r);
    ev = find(&r, "accepted");
    CHECK(ev && span_is(&r, ev->actor.start, ev->actor.end, "Denmark"),
          "'Denmark today accepted': the adverb of time is not part of the actor");
    run_free(&r);
    extract(lx, "In a separate incident, police in Mandalay arrested three student activists.",
            NULL, kh, &r);
    ev = find(&r, "arrested");
    CHECK(ev && span_is(&r, ev->actor.start, ev->actor.end, "police in Mandalay") &&
              !strcmp(ev->actor.sector, "COP"),
          "'police in Mandalay arrested': the police in Mandalay, not the town alone");
    run_free(&r);
    extract(lx, "Kenya police fire tear gas at protesters in Nairobi.", NULL, NULL, &r);
    ev = find(&r, "fire tear gas");
    CHECK(ev && span_is(&r, ev->recipient.start, ev->recipient.end, "protesters"),
          "'tear gas at protesters': a word for people that is also an event noun is the recipient");
    run_free(&r);
    extract(lx, "Hundreds of policemen were deployed in the old city.", NULL, NULL, &r);
    ev = find(&r, "deployed");
    CHECK(ev && !strcmp(ev->actor.sector, "COP") && !ev->recipient.sector[0],
          "deployed forces are the actor of their own mobilisation");
    run_free(&r);
    extract(lx, "Singh said policemen chased the raiders inside the shrine and shot one of them.",
            NULL, NULL, &r);
    ev = find(&r, "shot");
    CHECK(ev && span_is(&r, ev->actor.start, ev->actor.end, "policemen") &&
              !strcmp(ev->actor.sector, "COP"),
          "'policemen chased ... and shot one': the clause's subject, though 'chased' is no trigger");
    run_free(&r);
    extract(lx, "The police had arrested 400 rioters over five days of violence, and shot dead 9.",
            NULL, NULL, &r);
    ev = find(&r, "shot dead");
    CHECK(ev && !strcmp(ev->actor.sector, "COP"), "', and shot dead': the subject of 'had arrested'");
    run_free(&r);
    extract(lx, "Troops surrounded the village and arrested ten men.", NULL, NULL, &r);
    ev = find(&r, "arrested");
    CHECK(ev && !strcmp(ev->actor.sector, "MIL"), "'troops surrounded ... and arrested': the troops");
    run_free(&r);
    extract(lx, "The army said its aircraft struck rebel positions east of the city.", NULL, NULL,
            &r);
    ev = find(&r, "struck");
    CHECK(ev && !strcmp(ev->actor.sector, "MIL"),
          "'the army said its aircraft struck': the possessive stands for the army");
    run_free(&r);
    extract(lx, "Data showed the police had actually arrested 40 rioters.", NULL, NULL, &r);
    ev = find(&r, "arrested");
    CHECK(ev && span_is(&r, ev->actor.start, ev->actor.end, "police"),
          "'data showed the police had actually arrested': a determiner opens the actor's phrase");
    run_free(&r);
    extract(lx, "The rebels reached a consensus to exchange information.", NULL, NULL, &r);
    ev = find(&r, "exchange information");
    CHECK(ev && span_is(&r, ev->actor.start, ev->actor.end, "rebels"),
          "'reached a consensus to exchange': the subject of the verb before an object naming no one");
    run_free(&r);
    extract(lx, "Curfew in the old city. One militant killed on the spot while two others fled.",
            NULL, NULL, &r);
    ev = find(&r, "killed");
    CHECK(ev && span_is(&r, ev->recipient.start, ev->recipient.end, "One militant") &&
              !ev->actor.sector[0],
          "'One militant killed on the spot': a bulletin's passive, the militant was killed");
    run_free(&r);
    extract(lx, "Second terrorist shot dead near the sanctum.", NULL, NULL, &r);
    ev = find(&r, "shot dead");
    CHECK(ev && !ev->actor.sector[0] && ev->recipient.start < ev->recipient.end,
          "'Second terrorist shot dead near': passive ('near' is no object)");
    run_free(&r);
    extract(lx, "Hundreds of students marched to the parliament.", NULL, NULL, &r);
    ev = find(&r, "marched");
    CHECK(ev && span_is(&r, ev->actor.start, ev->actor.end, "students"),
          "'Hundreds of students marched to': no passive, marching is done to no one");
    run_free(&r);
    extract(lx, "Two gunmen killed a guard at the gate.", NULL, NULL, &r);
    ev = find(&r, "killed");
    CHECK(ev && span_is(&r, ev->actor.start, ev->actor.end, "Two gunmen"),
          "'Two gunmen killed a guard': with an object it is active");
    run_free(&r);
    extract(lx, "Officials said 73 people have died in police firing while 2,500 were held.", NULL,
            NULL, &r);
    ev = find(&r, "firing");
    CHECK(ev && !strcmp(ev->actor.sector, "COP"),
          "'died in police firing while': a gerund after a preposition needs no object");
    run_free(&r);
}

static void test_places(const ge_lexicon *lx)
{
    run r;
    mspec m1[] = {{"Iraq", GE_KIND_TOPONYM, 10}, {"Baghdad", GE_KIND_TOPONYM, 11}, {0}};
    extract(lx, "Iraq's army said rebels attacked a convoy in Baghdad.", NULL, m1, &r);
    const ge_event *ev = find(&r, "attacked");
    CHECK(ev && ev->place == 11 && !strcmp(ev->location_reason, "locative"),
          "the locative wins over other places");
    run_free(&r);
    mspec gz[] = {{"CAIRO", GE_KIND_TOPONYM, 50}, {"Khan Younis", GE_KIND_TOPONYM, 51}, {0}};
    extract(lx, "CAIRO, Jan 9 (Reuters) - Israeli air strikes killed 15 people in Khan Younis "
                "overnight, health officials said.\nThe military said its forces struck dozens of "
                "Hamas targets and killed several gunmen.",
            NULL, gz, &r);
    ev = find(&r, "struck");
    CHECK(!ev || ev->place != 50, "a bureau's dateline (Cairo) is not where the strikes were");
    CHECK(!find(&r, "targets"), "'dozens of Hamas targets' is a noun");
    run_free(&r);
    mspec dy[] = {{"Dayton", GE_KIND_TOPONYM, 30}, {0}};
    extract(lx, "A man was shot early Saturday outside a bar on Wayne Avenue in Dayton.", NULL, dy,
            &r);
    ev = find(&r, "shot");
    CHECK(ev && ev->place == 30, "a street the gazetteer lacks is in the town the sentence names");
    run_free(&r);
    extract(lx, "Man shot outside Dayton bar\nA 24-year-old man was shot outside a bar in Dayton.",
            NULL, dy, &r);
    ev = find(&r, "shot");
    CHECK(ev && !ev->actor.code[0] && !ev->actor.sector[0] && ev->actor.start == ev->actor.end,
          "a headline's bare participle is passive: the man was shot, he did not shoot");
    CHECK(count_type(&r, "ASSAULT") == 1, "the headline and the lede are one shooting (%zu)",
          count_type(&r, "ASSAULT"));
    run_free(&r);
    mspec m2[] = {{"Iraqi", GE_KIND_DEMONYM, 10}, {0}};
    extract(lx, "Iraqi militias attacked the convoy.", NULL, m2, &r);
    ev = find(&r, "attacked");
    CHECK(ev && ev->place == GE_NONE, "a demonym is not where the event happened");
    run_free(&r);
    mspec m3[] = {{"Baghdad", GE_KIND_TOPONYM, 11}, {"Erbil", GE_KIND_TOPONYM, 12}, {0}};
    extract(lx, "Fighting continued in Baghdad. Later, thousands protested.", NULL, m3, &r);
    ev = find(&r, "protested");
    CHECK(ev && ev->place == 11 && !strcmp(ev->location_reason, "article"),
          "the article's main place when the sentence has none");
    run_free(&r);
    mspec m6[] = {{"BEIRUT", GE_KIND_TOPONYM, 20}, {"Paris", GE_KIND_TOPONYM, 21}, {0}};
    extract(lx, "BEIRUT -- Gunmen opened fire on a bus. The attack was condemned in Paris.", NULL,
            m6, &r);
    ev = find(&r, "opened fire");
    CHECK(ev && ev->place == 20 && !strcmp(ev->location_reason, "article") &&
              !strcmp(ev->actor.sector, "UAF"),
          "the dateline is the article's place");
    ev = find(&r, "condemned");
    CHECK(ev && ev->place == 21, "the condemnation happened in Paris");
    CHECK(find(&r, "attack") == find(&r, "opened fire") && find(&r, "attack")->nmentions == 2,
          "the attack is the shooting already reported: one record, two mentions");
    run_free(&r);
    mspec m7[] = {{"Iraq", GE_KIND_TOPONYM, 10}, {"Kirkuk", GE_KIND_TOPONYM, 13}, {0}};
    extract(lx, "Insurgents detonated a bomb in Iraq's northern city of Kirkuk.", NULL, m7, &r);
    ev = find(&r, "detonated");
    CHECK(ev && ev->place == 13, "the place a possessive container holds");
    run_free(&r);
    mspec m8[] = {{"West Bank", GE_KIND_TOPONYM, 14}, {"Nablus", GE_KIND_TOPONYM, 15}, {0}};
    extract(lx, "Soldiers shot dead two men in the West Bank city of Nablus.", NULL, m8, &r);
    ev = find(&r, "shot dead");
    CHECK(ev && ev->place == 15 && !strcmp(ev->location_reason, "locative"),
          "'the X city of Y' is Y");
    run_free(&r);
    mspec m9[] = {{"Saudi Arabia", GE_KIND_TOPONYM, 16}, {"Iraq", GE_KIND_TOPONYM, 10}, {0}};
    extract(lx, "A compound in Saudi Arabia was bombed on Saturday, while in Iraq saboteurs hit "
                "a pipeline.",
            NULL, m9, &r);
    ev = find(&r, "bombed");
    CHECK(ev && ev->place == 16, "a place in another clause does not win");
    run_free(&r);
    mspec m10[] = {{"Baghdad", GE_KIND_TOPONYM, 11}, {0}};
    extract(lx, "A car bomb exploded in Bayaa, a busy neighborhood in western Baghdad.", NULL, m10,
            &r);
    ev = find(&r, "exploded");
    CHECK(ev && ev->place == 11 && !strcmp(ev->location_reason, "container") &&
              place_text_is(&r, ev, "Bayaa"),
          "an unresolved name after 'in' is the place, mapped at its container");
    run_free(&r);
    extract(lx, "Protesters marched on Monday in western Baghdad.", NULL, m10, &r);
    ev = find(&r, "marched");
    CHECK(ev && ev->place == 11, "a day name after 'on' does not hide the place");
    run_free(&r);
    mspec m14[] = {{"Harare", GE_KIND_TOPONYM, 23}, {0}};
    extract(lx, "One activist was shot dead in the Harare township of Highfield.", NULL, m14, &r);
    ev = find(&r, "shot dead");
    CHECK(ev && ev->place == 23 && !strcmp(ev->location_reason, "container") &&
              place_text_is(&r, ev, "Highfield"),
          "a known container of an unknown place holds it, at the container's precision");
    run_free(&r);
    extract(lx, "Gunmen invaded Maitsaba village near Harare, killing ten people.", NULL, m14, &r);
    ev = find(&r, "invaded");
    CHECK(ev && ev->place == 23 && place_text_is(&r, ev, "Maitsaba"),
          "an unknown village as the object of an attack, mapped where the sentence puts it");
    run_free(&r);
    extract(lx, "Gunmen invaded a market near Harare.", NULL, m14, &r);
    ev = find(&r, "invaded");
    CHECK(ev && ev->place == 23, "a common-noun object leaves the locative");
    run_free(&r);
    mspec m15[] = {{"Turkey", GE_KIND_TOPONYM, 24}, {0}};
    extract(lx, "Activists demonstrated against Turkey's environment minister on Monday.", NULL, m15,
            &r);
    ev = find(&r, "demonstrated");
    CHECK(ev && ev->place == GE_NONE, "a place owning a person is not where the event was");
    run_free(&r);
    extract(lx, "Troops were patrolling Turkey's northern frontier.", NULL, m15, &r);
    ev = find(&r, "patrolling");
    CHECK(ev && ev->place == 24, "a place owning a frontier is");
    run_free(&r);
    mspec m16[] = {{"Kakata", GE_KIND_TOPONYM, 25}, {"Monrovia", GE_KIND_TOPONYM, 26}, {0}};
    extract(lx, "Soldiers patrolled the road between Kakata and Monrovia.", NULL, m16, &r);
    ev = find(&r, "patrolled");
    CHECK(ev && (ev->place == 25 || ev->place == 26), "'the road between X and Y' is a locative");
    run_free(&r);
    mspec m17[] = {{"Kabul", GE_KIND_TOPONYM, 27}, {0}};
    extract(lx, "The capital, Kabul, is patrolled by a multinational force.", NULL, m17, &r);
    ev = find(&r, "patrolled");
    CHECK(ev && ev->place == 27, "the place opening a passive subject");
    run_free(&r);
    mspec m18[] = {{"Yitzhar", GE_KIND_TOPONYM, 28}, {"West Bank", GE_KIND_TOPONYM, 14}, {0}};
    extract(lx, "The man was shot near the settlement of Yitzhar in the northern West Bank.", NULL,
            m18, &r);
    ev = find(&r, "shot");
    CHECK(ev && ev->place == 28, "'X in Y': X, not the Y that holds it");
    run_free(&r);
    mspec m19[] = {{"Middle East", GE_KIND_TOPONYM, 29}, {"Maputo", GE_KIND_TOPONYM, 30}, {0}};
    extract(lx, "The plateau was captured by Israel in the 1967 Middle East War.", NULL, m19, &r);
    ev = find(&r, "captured");
    CHECK(ev && ev->place == GE_NONE, "a place starting an event's name is no place");
    run_free(&r);
    extract(lx, "Soldiers are patrolling around the Maputo International Conference Center.", NULL,
            m19, &r);
    ev = find(&r, "patrolling");
    CHECK(ev && ev->place == 30, "a place starting a facility's name is");
    run_free(&r);
    mspec m11[] = {{"Homs", GE_KIND_TOPONYM, 17}, {0}};
    extract(lx, "Fighters from Homs attacked an army post.", NULL, m11, &r);
    ev = find(&r, "attacked");
    CHECK(ev && ev->place == GE_NONE, "'from X' is the actors' origin");
    run_free(&r);
    mspec m12[] = {{"Japan", GE_KIND_TOPONYM, 18}, {0}};
    extract(lx, "Troops captured the boy and shipped him off to Japan.", NULL, m12, &r);
    ev = find(&r, "captured");
    CHECK(ev && ev->place == GE_NONE, "'to X' is not where a capture happened");
    run_free(&r);
    extract(lx, "The last brigade was redeployed to Japan in May.", NULL, m12, &r);
    ev = find(&r, "redeployed");
    CHECK(ev && ev->place == 18, "'to X' is where a movement went");
    run_free(&r);
    mspec m13[] = {{"Hama", GE_KIND_TOPONYM, 19}, {"Kawkab", GE_KIND_TOPONYM, 22}, {0}};
    extract(lx, "Rebels launched an attack in the northern Hama countryside on Sunday, targeting the "
                "town of Kawkab.",
            NULL, m13, &r);
    ev = find(&r, "targeting");
    CHECK(ev && ev->place == 22, "the object of a material act is its place");
    run_free(&r);
    mspec m4[] = {{"Baghdad", GE_KIND_TOPONYM, 11}, {0}};
    extract(lx, "A bodyguard was killed 70 km north of Baghdad.", NULL, m4, &r);
    ev = find(&r, "killed");
    CHECK(ev && ev->place == GE_NONE, "a distance reference is not the place");
    run_free(&r);
}

static void test_dates_counts(const ge_lexicon *lx)
{
    run r;
    extract(lx, "A leader met with factions a few days ago.", "2023-11-20", NULL, &r);
    const ge_event *ev = find(&r, "met");
    CHECK(ev && !strcmp(ev->event_date, "2023-11-17") && ev->date_precision == GE_DATE_WEEK &&
              span_is(&r, ev->date_start, ev->date_end, "a few days ago"),
          "relative date");
    run_free(&r);
    extract(lx, "Protesters marched through the city.", "2023-11-20", NULL, &r);
    ev = find(&r, "marched");
    CHECK(ev && !strcmp(ev->event_date, "2023-11-20") && ev->date_start == ev->date_end,
          "no date phrase: the publication date, no span");
    run_free(&r);
    extract(lx, "More than 40 attacks have targeted US interests.", NULL, NULL, &r);
    ev = find(&r, "attacks");
    CHECK(ev && ev->count == 40 && !strcmp(ev->count_qualifier, "more than"),
          "count and qualifier (%ld '%s')", ev ? ev->count : -2, ev ? ev->count_qualifier : "");
    run_free(&r);
    extract(lx, "A car bomb exploded, killing at least 12 people and wounding 30.", NULL, NULL,
            &r);
    ev = find(&r, "car bomb");
    CHECK(ev && ev->fatalities == 12 && ev->injured == 30, "fatalities %ld injured %ld",
          ev ? ev->fatalities : -2, ev ? ev->injured : -2);
    run_free(&r);
}

static void test_boilerplate_dedupe(const ge_lexicon *lx)
{
    run r;
    extract(lx, "Leave a Reply\n\nRelated Stories\n\nBack to top button", NULL, NULL, &r);
    CHECK(r.e.n == 0, "no events from page furniture (%zu)", r.e.n);
    run_free(&r);
    mspec m[] = {{"Baghdad", GE_KIND_TOPONYM, 11}, {0}};
    extract(lx, "Militias attacked the embassy in Baghdad. Militias attacked the embassy again.",
            NULL, m, &r);
    size_t n = 0;
    for (size_t i = 0; i < r.e.n; i++)
        n += !strcmp(r.e.v[i].event_type, "ASSAULT");
    CHECK(n == 1, "one event reported in two sentences is kept once (%zu)", n);
    run_free(&r);
}


static void ev_check_mode(const run *r, const char *trig, const char *mode)
{
    const ge_event *ev = find(r, trig);
    CHECK(ev && !strcmp(ev->mode, mode), "'%s' is %s (%s)", trig, mode, ev ? ev->mode : "none");
}

/* Coreference: one record per real event, every sentence that reports it
 * listed; distinct places, days or actors stay distinct. */
static void test_one_record_per_event(const ge_lexicon *lx)
{
    run r;
    mspec m[] = {{"Kano", GE_KIND_TOPONYM, 31}, {"Lagos", GE_KIND_TOPONYM, 32}, {0}};
    extract(lx, "Gunmen kill five in Kano bus attack\n\nGunmen attacked a bus in Kano on Monday, "
                "killing five passengers. The attack was the third this year.",
            "2023-11-22", m, &r);
    CHECK(count_type(&r, "ASSAULT") == 1, "headline, lede and a later mention: one record (%zu)",
          count_type(&r, "ASSAULT"));
    const ge_event *ev = find(&r, "attacked");
    CHECK(ev && ev->nmentions >= 3 && ev->place == 31, "its mentions are listed (%u)",
          ev ? ev->nmentions : 0);
    CHECK(ev && !strcmp(ev->event_date, "2023-11-20"), "dated by the phrase one mention has");
    run_free(&r);
    /* the headline names the act in other words than the lede, at one city */
    mspec mh[] = {{"Kano", GE_KIND_TOPONYM, 31}, {"Lagos", GE_KIND_TOPONYM, 32}, {0}};
    extract(lx, "Talks resume in Kano\n\nNegotiators from both sides met in Kano on Sunday.",
            "2023-11-22", mh, &r);
    CHECK(count_type(&r, "CONSULT") == 1, "headline 'talks' and lede 'met' at one city: one record (%zu)",
          count_type(&r, "CONSULT"));
    run_free(&r);
    mspec m2[] = {{"Kano", GE_KIND_TOPONYM, 31}, {"Lagos", GE_KIND_TOPONYM, 32}, {0}};
    extract(lx, "Gunmen attacked a school in Kano. Gunmen attacked a market in Lagos.", NULL, m2,
            &r);
    CHECK(count_type(&r, "ASSAULT") == 2, "two attacks in two towns are two records");
    run_free(&r);
    extract(lx, "Police opened fire on the mob in Kano. One man was killed in the firing.", NULL,
            m2, &r);
    ev = find(&r, "opened fire");
    CHECK(count_type(&r, "ASSAULT") == 1 && ev && ev->fatalities == 1 &&
              !strcmp(ev->actor.sector, "COP"),
          "'killed in the firing' names the act again: one record, with its death (%zu)",
          count_type(&r, "ASSAULT"));
    run_free(&r);
    extract(lx, "Police opened fire on the mob in Kano. Later a woman was stabbed in the market.",
            NULL, m2, &r);
    CHECK(count_type(&r, "ASSAULT") == 2, "a stabbing that does not name the firing is its own");
    run_free(&r);
    extract(lx, "A bomb exploded in Kano on Monday. Another bomb exploded in Kano on Tuesday.",
            "2023-11-22", m, &r);
    CHECK(count_type(&r, "ASSAULT") == 2, "two attacks on two days are two records (%zu)",
          count_type(&r, "ASSAULT"));
    run_free(&r);
    extract(lx, "Police fired on the crowd in Kano. Later a man was stabbed in Kano.", NULL, m,
            &r);
    CHECK(count_type(&r, "ASSAULT") == 2, "police fire and a stabbing by no one named: two");
    run_free(&r);
    extract(lx, "Police arrested ten people after the riot.", NULL, NULL, &r);
    CHECK(find(&r, "arrested") != find(&r, "riot") || !find(&r, "riot"),
          "an act and the arrests after it are two records");
    run_free(&r);
}

/* Names and senses that are no events. */
static void test_not_events(const ge_lexicon *lx)
{
    run r;
    const ge_event *ev;
    extract(lx, "Fighters of the Rapid Support Forces shelled the market.", NULL, NULL, &r);
    CHECK(count_type(&r, "SUPPORT") == 0 && count_type(&r, "ASSAULT") == 1,
          "an organisation's name is no SUPPORT event");
    run_free(&r);
    extract(lx, "Louise Grant, the director, spoke on Monday.", NULL, NULL, &r);
    CHECK(r.e.n == 0, "a surname is no AID event (%zu)", r.e.n);
    run_free(&r);
    extract(lx, "Police Arrest Two Men After Robbery", NULL, NULL, &r);
    CHECK(count_type(&r, "COERCE") == 1, "a title-case headline keeps its trigger");
    run_free(&r);
    extract(lx, "The incident occurred near the Sarari police station on Wednesday.", NULL, NULL,
            &r);
    CHECK(count_type(&r, "MOBILIZE") == 0, "a police station is no deployment");
    run_free(&r);
    extract(lx, "Troops were stationed in the old city.", NULL, NULL, &r);
    CHECK(count_type(&r, "MOBILIZE") == 1, "troops stationed are");
    run_free(&r);
    extract(lx, "Rebels ambushed a police patrol on Tuesday.", NULL, NULL, &r);
    CHECK(count_type(&r, "MOBILIZE") == 0, "a police patrol ambushed is no deployment");
    run_free(&r);
    extract(lx, "The remaining 1,000 soldiers will patrol the streets of the capital.", NULL, NULL,
            &r);
    ev = find(&r, "patrol");
    CHECK(ev && !strcmp(ev->event_type, "MOBILIZE") && ev->report_mode == GE_REPORT_PLANNED,
          "a planned patrol is a planned mobilisation, no threat");
    run_free(&r);
    extract(lx, "Officers arrested a 31-year-old man at his home.", NULL, NULL, &r);
    ev = find(&r, "arrested");
    CHECK(ev && !strcmp(ev->actor.sector, "COP"), "officers who arrest are police");
    run_free(&r);
    extract(lx, "Ministers volunteer their time to ride on patrol with officers.", NULL, NULL, &r);
    CHECK(count_type(&r, "MOBILIZE") == 0, "'on patrol' is a noun");
    run_free(&r);
    extract(lx, "Asked why he did not use the program, the mayor said he did not care.", NULL, NULL,
            &r);
    CHECK(count_type(&r, "REQUEST") == 0, "'asked why' is a question, no request");
    run_free(&r);
    extract(lx, "In the District 3 race, James Walker gathered 4,225 votes to Duane Melvin's 1,902.",
            NULL, NULL, &r);
    CHECK(r.e.n == 0, "votes gathered are no protest (%zu)", r.e.n);
    run_free(&r);
    extract(lx, "This is the second time Walker has beaten out Melvin for the board.", NULL, NULL, &r);
    CHECK(count_type(&r, "ASSAULT") == 0, "'beaten out' a rival is no blow");
    run_free(&r);
    extract(lx, "This is an undated photo released by the Oakland Police Department.", NULL, NULL,
            &r);
    CHECK(count_type(&r, "RETREAT") == 0, "a photo released is no release");
    run_free(&r);
    extract(lx, "Menu | Search | Sign in\nRussian drones hit Odesa port, killing two", NULL, NULL,
            &r);
    CHECK(count_type(&r, "COERCE") == 0 && count_type(&r, "SUPPORT") == 0 &&
              count_type(&r, "ASSAULT") >= 1,
          "a menu line is no event, and the headline under it is one (%zu, %zu, %zu)",
          count_type(&r, "COERCE"), count_type(&r, "SUPPORT"), count_type(&r, "ASSAULT"));
    run_free(&r);
    extract(lx, "Photo: Officials inspect the site of the blast in the town.\n"
                "Firefighters inspect the wreckage after the attack. REUTERS/Fayaz Aziz\n"
                "Gunmen attacked a checkpoint on Monday.", NULL, NULL, &r);
    CHECK(count_type(&r, "ASSAULT") == 1 && find(&r, "attacked"),
          "photo captions repeat the story: no records (%zu)", count_type(&r, "ASSAULT"));
    run_free(&r);
    extract(lx, "He had outstanding arrest warrants for parole violations.", NULL, NULL, &r);
    CHECK(!find(&r, "arrest"), "outstanding arrest warrants are no arrest");
    run_free(&r);
    extract(lx, "In Oakland, the highway patrol has an office there.", NULL, NULL, &r);
    CHECK(count_type(&r, "MOBILIZE") == 0, "'the highway patrol has' is a noun");
    run_free(&r);
    extract(lx, "Firefighters saved two people from the burning yacht.", NULL, NULL, &r);
    CHECK(count_type(&r, "ASSAULT") == 0, "'the burning yacht' is no attack");
    run_free(&r);
    extract(lx, "The driver suffered non-life threatening injuries.", NULL, NULL, &r);
    CHECK(count_type(&r, "THREATEN") == 0, "'non-life threatening injuries' is no threat");
    run_free(&r);
    extract(lx, "His arrest warrant was withdrawn at 1.45 pm.", NULL, NULL, &r);
    CHECK(!find(&r, "arrest"), "an arrest warrant is no arrest");
    run_free(&r);
    extract(lx, "The marchers then dispersed peacefully.", NULL, NULL, &r);
    CHECK(count_type(&r, "ASSAULT") == 0, "dispersing by themselves is no crowd control");
    run_free(&r);
    extract(lx, "Police dispersed the crowd with tear gas.", NULL, NULL, &r);
    ev_check_mode(&r, "dispersed", "crowd-control");
    run_free(&r);
    extract(lx, "The protesters were dispersed by police.", NULL, NULL, &r);
    ev_check_mode(&r, "dispersed", "crowd-control");
    run_free(&r);
    static const char *const no_actor[] = {
        "Floods destroyed hundreds of homes on Monday.", "The earthquake killed 300 people.",
        "A flash flood killed five people near the river.", "Cholera has killed 40 people.",
        "A bus crash killed 12 people on the highway.", "Homes were destroyed by the storm.",
        "The mayor died of a heart attack on Monday.",
        "An earthquake struck the region in March, killing thousands.",
        "A typhoon hit the coast, killing five people and forcing thousands to flee.", NULL};
    for (int i = 0; no_actor[i]; i++) {
        extract(lx, no_actor[i], NULL, NULL, &r);
        CHECK(count_type(&r, "ASSAULT") == 0 && count_type(&r, "COERCE") == 0,
              "'%s': a disaster is no ASSAULT or COERCE", no_actor[i]);
        run_free(&r);
    }
    extract(lx, "Gunmen killed 12 people on the highway.", NULL, NULL, &r);
    CHECK(count_type(&r, "ASSAULT") == 1, "people killing people is");
    run_free(&r);
    extract(lx, "YANGON, May 3 (AFP) - Soldiers attacked the village.", NULL, NULL, &r);
    CHECK(r.e.n == 1 && r.e.v[0].report_mode == GE_REPORT_ASSERTED,
          "'May 3' in a dateline is a month, not a modal");
    run_free(&r);
    extract(lx, "Gunmen stormed the village, killing 12 people.", NULL, NULL, &r);
    CHECK(count_type(&r, "ASSAULT") >= 1, "', killing' after an attack is an attack");
    run_free(&r);
    static const char *const charges[] = {
        "He was booked on a charge of felonious assault.", "Police charged him with murder.",
        "A man was arrested on suspicion of robbery.", NULL};
    for (int i = 0; charges[i]; i++) {
        extract(lx, charges[i], NULL, NULL, &r);
        CHECK(count_type(&r, "ASSAULT") == 0 && count_type(&r, "COERCE") <= 1,
              "'%s': the crime named in a charge is no act of its own", charges[i]);
        run_free(&r);
    }
    extract(lx, "He was jailed on charges of assault with a deadly weapon and resisting arrest.",
            NULL, NULL, &r);
    CHECK(count_type(&r, "REJECT") == 0 && count_type(&r, "ASSAULT") == 0,
          "a later item of a charge list is no act of its own ('and resisting arrest')");
    run_free(&r);
    extract(lx, "He was charged with murder and then attacked a guard in the jail.", NULL, NULL, &r);
    CHECK(find(&r, "attacked") != NULL, "'and then attacked' after a charge is an act");
    run_free(&r);
    extract(lx, "Thousands protested over proposed tax rises.", NULL, NULL, &r);
    CHECK(count_type(&r, "AGREE") == 0 && count_type(&r, "PROTEST") == 1,
          "'over proposed tax rises' is an adjective, no proposal");
    run_free(&r);
    extract(lx, "Smith, 44, of Palestine, date of alleged offense, Sept. 19.", NULL, NULL, &r);
    CHECK(count_type(&r, "ACCUSE") == 0, "an alleged offense is no allegation");
    run_free(&r);
    extract(lx, "The indictment alleged that he stole the money.", NULL, NULL, &r);
    CHECK(find(&r, "alleged") != NULL, "an indictment alleging is");
    run_free(&r);
    extract(lx, "In the District 3 race, Walker gathered 4,225 votes.", NULL, NULL, &r);
    const ge_event *gv = find(&r, "gathered");
    CHECK(!gv || (gv->evidence & GE_EV_CONTEST), "votes mark the sentence as a contest");
    run_free(&r);
    extract(lx, "She suffered a cardiac arrest at home.", NULL, NULL, &r);
    CHECK(count_type(&r, "COERCE") == 0, "a cardiac arrest is no arrest");
    run_free(&r);
    extract(lx, "The district jail was built in 1999.", NULL, NULL, &r);
    CHECK(count_type(&r, "COERCE") == 0, "a jail is no jailing");
    run_free(&r);
    extract(lx, "The former minister was jailed for ten years.", NULL, NULL, &r);
    CHECK(count_type(&r, "SANCTION") == 1, "jailing someone is (for ten years: a sentence)");
    run_free(&r);
    extract(lx, "March 25 (Reuters) - Talks resumed in the capital.", NULL, NULL, &r);
    CHECK(count_type(&r, "PROTEST") == 0, "a dateline's month is no march");
    run_free(&r);
    extract(lx, "The drone slowed down before landing.", NULL, NULL, &r);
    CHECK(r.e.n == 0, "'slowed down' downs nothing (%zu)", r.e.n);
    run_free(&r);
    extract(lx, "Residents said they had not seen such damage in years.", NULL, NULL, &r);
    CHECK(r.e.n == 0, "'such damage' is no event in particular (%zu)", r.e.n);
    run_free(&r);
    extract(lx, "Families are awaiting the release of the hostages.", NULL, NULL, &r);
    ev = find(&r, "release");
    CHECK(ev && ev->report_mode == GE_REPORT_PLANNED, "an awaited release is planned");
    run_free(&r);
    extract(lx, "The United States called on both sides to agree to a ceasefire and return to "
                "talks.",
            NULL, NULL, &r);
    CHECK(count_type(&r, "REQUEST") == 1 && count_type(&r, "AGREE") == 0 &&
              count_type(&r, "RETREAT") == 0,
          "what a request asks for is no event of its own");
    run_free(&r);
    extract(lx, "The government agreed to withdraw its troops.", NULL, NULL, &r);
    CHECK(count_type(&r, "AGREE") == 1 && count_type(&r, "RETREAT") == 0,
          "a promise to withdraw is the promise");
    run_free(&r);
    extract(lx, "The RSF denied targeting civilians and accused the army of using shields.", NULL,
            NULL, &r);
    ev = find(&r, "accused");
    CHECK(ev && ev->report_mode == GE_REPORT_ASSERTED, "a denial does not reach past 'X and'");
    run_free(&r);
    extract(lx, "The army denied it had attacked and looted the village.", NULL, NULL, &r);
    ev = find(&r, "looted");
    CHECK(ev && ev->report_mode == GE_REPORT_DENIED, "it reaches the verbs it coordinates");
    run_free(&r);
    extract(lx, "The army was unable to repel the attack on the town.", NULL, NULL, &r);
    ev = find(&r, "attack");
    CHECK(ev && ev->report_mode == GE_REPORT_ASSERTED && !ev->negated,
          "an attack the army could not repel happened");
    run_free(&r);
}

/* The classifier: a model file in the lexicon sets confidence and drops
 * what it does not believe. */
static void test_model(void)
{
    char path[512];
    snprintf(path, sizeof path, "%s/event-model-test.txt", GE_TEST_TMP);
    FILE *f = fopen(path, "w");
    CHECK(f != NULL, "write a model file");
    if (!f)
        return;
    /* weak triggers are unlikely, everything else likely */
    fputs("[model]\nthreshold\t0.5\nsecond_in_sentence\t0.9\nbias\t2\nweak\t-5\n"
          "nonsense_feature\t1\n",
          f);
    fclose(f);
    int bad = 0;
    ge_lexicon *lx = load_lexicon(path, &bad);
    CHECK(lx != NULL, "lexicon with a model loads");
    CHECK(bad == 1, "the unknown feature is reported with its line (%d)", bad);
    if (!lx)
        return;
    run r;
    extract(lx, "Rebels attacked the town.", NULL, NULL, &r);
    const ge_event *ev = find(&r, "attacked");
    CHECK(ev && ev->confidence > 0.85f && ev->confidence < 0.9f,
          "confidence is the model's probability (%.3f)", ev ? ev->confidence : -1.0);
    run_free(&r);
    size_t kept = 0;
    extract(lx, "The ministry will help the farmers.", NULL, NULL, &r);
    for (size_t i = 0; i < r.e.n; i++)
        kept += (r.e.v[i].evidence & GE_EV_WEAK) != 0;
    CHECK(kept == 0, "records under the threshold are dropped");
    run_free(&r);
    ge_events evs = {0};
    ge_event one;
    memset(&one, 0, sizeof one);
    one.confidence = 0.3f;
    GE_PUSH(evs.v, evs.cap, evs.n);
    evs.v[evs.n++] = one;
    one.confidence = 0.9f;
    GE_PUSH(evs.v, evs.cap, evs.n);
    evs.v[evs.n++] = one;
    ge_events_filter(&evs, 0.5);
    CHECK(evs.n == 1 && evs.v[0].confidence > 0.5f, "--min-confidence keeps what is above it");
    ge_events_free(&evs);
    ge_lexicon_free(lx);
}

/* Features of the classifier on made-up sentences (a model that keeps
 * every candidate, so the features can be read). */
static void test_features(void)
{
    char path[512];
    snprintf(path, sizeof path, "%s/event-model-keep.txt", GE_TEST_TMP);
    FILE *f = fopen(path, "w");
    CHECK(f != NULL, "write a model file");
    if (!f)
        return;
    fputs("[model]\nthreshold\t0\nsecond_in_sentence\t0\nbias\t2\n", f);
    fclose(f);
    int bad = 0;
    ge_lexicon *lx = load_lexicon(path, &bad);
    CHECK(lx != NULL && bad == 0, "keep-all model loads");
    if (!lx)
        return;
    double x[EVF_N];
    run r;
    /* a general statement, not an occurrence */
    static const struct {
        const char *text, *trig;
        double generic;
        const char *why;
    } generic[] = {
        {"If a driver is injured, police usually arrest the other driver.", "arrest", 1,
         "'if ... usually' makes a generic sentence"},
        {"Police arrested the driver on Monday.", "arrested", 0, "an occurrence is not generic"},
        {"Gangs have abducted thousands of people for ransom in recent years.", "abducted", 1,
         "'in recent years' is a habit, not an occurrence"},
        {"The men were captured by rebels who for years fought the army.", "captured", 0,
         "the years of a relative clause are not the capture's"},
        {"Militias have since fought the army across much of the region.", "fought", 1,
         "'have since fought' tells the years since an act told before"},
        {"Police have arrested two suspects since Monday.", "arrested", 0,
         "'since Monday' after the act is no habit of years"},
    };
    const ge_event *ev;
    for (size_t i = 0; i < sizeof generic / sizeof *generic; i++) {
        extract(lx, generic[i].text, NULL, NULL, &r);
        ev = find(&r, generic[i].trig);
        if (ev)
            ge_event_features(&r.t, NULL, &r.e, (size_t)(ev - r.e.v), x);
        CHECK(ev && x[EVF_GENERIC] == generic[i].generic, "%s", generic[i].why);
        run_free(&r);
    }
    /* people named by an event noun are the subject of the next verb */
    extract(lx, "Police fired tear gas as demonstrators stormed parliament.", NULL, NULL, &r);
    ev = find(&r, "stormed");
    CHECK(ev && span_is(&r, ev->actor.start, ev->actor.end, "demonstrators") &&
              !strcmp(ev->actor.sector, "CVL"),
          "'demonstrators stormed': the demonstrators are the actor, a record of their own");
    run_free(&r);
    /* the same word again, later in the article: a retelling, perhaps */
    mspec two[] = {{"Dayton", GE_KIND_TOPONYM, 21}, {"Xenia", GE_KIND_TOPONYM, 22}, {0}};
    extract(lx, "Police arrested a man in Dayton. Officers later arrested a woman in Xenia.",
            NULL, two, &r);
    const ge_event *a = find(&r, "arrested"), *b = NULL;
    for (size_t i = 0; i < r.e.n; i++)
        if (r.e.v[i].sentence == 1)
            b = &r.e.v[i];
    CHECK(a && b && a != b, "two arrests, two records (%zu)", r.e.n);
    if (a && b) {
        ge_event_features(&r.t, NULL, &r.e, (size_t)(a - r.e.v), x);
        CHECK(x[EVF_SAME_WORD] == 0, "the first arrest is no retelling");
        ge_event_features(&r.t, NULL, &r.e, (size_t)(b - r.e.v), x);
        CHECK(x[EVF_SAME_WORD] == 1, "the second 'arrested' has the same word as an earlier record");
    }
    run_free(&r);
    ge_lexicon_free(lx);
}

/* An article's lines at once (ge_plover_lines, its numbers printed once,
 * known already the second time) are its lines one by one. */
static void test_plover_lines(const ge_lexicon *lx)
{
    run r;
    const char *text = "Police arrested two men in Zürich on Monday. On Tuesday 2,000 "
                       "protesters marched and police arrested 12 of them. Three people "
                       "were killed and 4 injured in an attack on a bus on Tuesday.";
    extract(lx, text, "2023-11-20", NULL, &r);
    ge_doc doc;
    memset(&doc, 0, sizeof doc);
    doc.article.id = (char *)"a2";
    doc.article.text = (char *)text;
    doc.article.text_len = strlen(text);
    doc.text = r.t;
    doc.events = r.e;
    ge_buf all = {0}, each = {0};
    ge_plover_nums *nums = calloc(1, sizeof *nums);
    int ok = nums && ge_plover_lines(NULL, &doc, &all, nums) == 0 &&
             ge_plover_lines(NULL, &doc, &all, nums) == 0; /* twice: the numbers known */
    for (int twice = 0; twice < 2; twice++)
        for (size_t e = 0; ok && e < r.e.n; e++)
            ok = !ge_plover_line(NULL, &doc, e, &each) && !ge_buf_addc(&each, '\n');
    CHECK(ok && r.e.n > 2 && all.len == each.len && !memcmp(all.s, each.s, all.len),
          "ge_plover_lines is ge_plover_line for every record (%zu)", r.e.n);
    ge_buf_free(&all);
    ge_buf_free(&each);
    free(nums);
    run_free(&r);
}

/* PLOVER JSON: fields and code point offsets (non-ASCII text before the trigger). */
static void test_plover_json(const ge_lexicon *lx)
{
    run r;
    const char *text = "In Zürich – on Tuesday – 2,000 protesters marched, police said.";
    extract(lx, text, "2023-11-20", NULL, &r);
    ge_doc doc;
    memset(&doc, 0, sizeof doc);
    doc.article.id = (char *)"a1";
    doc.article.text = (char *)text;
    doc.article.text_len = strlen(text);
    doc.article.published = (char *)"2023-11-20";
    doc.text = r.t;
    doc.events = r.e;
    size_t k = 0;
    while (k < r.e.n && (r.e.v[k].trigger_end - r.e.v[k].trigger_start != 7 ||
                         memcmp(text + r.e.v[k].trigger_start, "marched", 7)))
        k++;
    CHECK(k < r.e.n, "an event on 'marched'");
    cJSON *o = k < r.e.n ? ge_plover_event(NULL, &doc, k) : NULL;
    if (o) {
        const cJSON *ts = cJSON_GetObjectItemCaseSensitive(o, "trigger_start");
        const cJSON *tr = cJSON_GetObjectItemCaseSensitive(o, "trigger");
        /* "In Zürich – on Tuesday – 2,000 protesters " is 42 code points */
        CHECK(cJSON_IsNumber(ts) && ts->valueint == 42, "code point offset %d",
              cJSON_IsNumber(ts) ? ts->valueint : -1);
        CHECK(cJSON_IsString(tr) && !strcmp(tr->valuestring, "marched"), "trigger text");
        const cJSON *ty = cJSON_GetObjectItemCaseSensitive(o, "event_type");
        CHECK(cJSON_IsString(ty) && !strcmp(ty->valuestring, "PROTEST"), "event_type");
        const cJSON *q = cJSON_GetObjectItemCaseSensitive(o, "quad_code");
        CHECK(cJSON_IsNumber(q) && q->valueint == 4, "quad_code");
        const cJSON *d = cJSON_GetObjectItemCaseSensitive(o, "date");
        CHECK(cJSON_IsString(d) && !strcmp(d->valuestring, "2023-11-14"), "date");
        const cJSON *loc = cJSON_GetObjectItemCaseSensitive(o, "location");
        CHECK(cJSON_IsNull(loc), "no gazetteer: location null");
        const cJSON *id = cJSON_GetObjectItemCaseSensitive(o, "id");
        CHECK(cJSON_IsString(id) && !strncmp(id->valuestring, "a1-", 3), "id from the article");
        char *js = cJSON_PrintUnformatted(o);
        CHECK(js && !strchr(js, '\n'), "one line");
        /* the writer's line, printed without the tree, is the tree's print */
        ge_buf line = {0};
        CHECK(ge_plover_line(NULL, &doc, k, &line) == 0 && js && line.s && !strcmp(line.s, js),
              "ge_plover_line is cJSON's print of ge_plover_event");
        ge_buf_free(&line);
        free(js);
        cJSON_Delete(o);
    }
    CHECK(ge_plover_event(NULL, &doc, r.e.n) == NULL, "out of range -> NULL");
    /* a long article id (a URL) keeps every event's suffix, whole characters */
    char longid[400];
    memset(longid, 'x', 300);
    strcpy(longid + 300, "-caf\xc3\xa9");
    ge_article la = {.id = longid};
    char *id1 = ge_event_id(&la, 0), *id2 = ge_event_id(&la, 1);
    CHECK(id1 && id2 && strcmp(id1, id2) && strlen(id1) == 306 + 2 &&
              !strcmp(id1 + 300, "-caf\xc3\xa9-1") && !strcmp(id2 + 300, "-caf\xc3\xa9-2"),
          "long ids keep their suffix");
    free(id1);
    free(id2);
    run_free(&r);
}

int main(void)
{
    test_loader();
    ge_lexicon *lx = project_lexicon();
    if (lx) {
        test_types(lx);
        test_report_modes(lx);
        test_actors(lx);
        test_places(lx);
        test_dates_counts(lx);
        test_boilerplate_dedupe(lx);
        test_plover_json(lx);
        test_plover_lines(lx);
        test_one_record_per_event(lx);
        test_not_events(lx);
    }
    test_model();
    test_features();
    ge_lexicon_free(lx);
    printf("test_events: %d passed, %d failed\n", passes, fails);
    return fails ? 1 : 0;
}
