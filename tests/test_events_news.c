/* test_events_news.c -- the extractor on sentences of the kinds that wire
 * stories and scraped news pages are made of: casualty lines that deny the
 * act ("No one was injured"), ages that are no counts, fires with no one
 * behind them, links and consent banners, a protest's demands, and a
 * source's terms ("asking not to be named"), who people are ("student
 * leaders", "a Berea man"). */
#include "events_fixture.h"

static void test_denied_casualties(const ge_lexicon *lx)
{
    run r;
    extract(lx, "No one was injured.", NULL, NULL, &r);
    CHECK(r.e.n == 0, "'No one was injured' is no event (%zu)", r.e.n);
    run_free(&r);
    extract(lx, "Nobody was hurt when gunmen fired at the bus on Monday.", NULL, NULL, &r);
    CHECK(count_type(&r, "ASSAULT") == 1 && find(&r, "fired at") && !find(&r, "hurt"),
          "the shooting stays, the denied injury goes");
    run_free(&r);
    CHECK(count_in(lx, "No arrests have been made in the case.",
                   "COERCE") == 0,
          "'no arrests' is no arrest");
    extract(lx, "Two people were injured in the attack, police said.", NULL, NULL, &r);
    CHECK(r.e.n >= 1, "people injured are an event");
    run_free(&r);
}

static void test_ages(const ge_lexicon *lx)
{
    run r;
    extract(lx, "A person was killed in police firing at Limkheda.", NULL, NULL, &r);
    const ge_event *one = find(&r, "killed");
    CHECK(one && one->fatalities == 1, "'a person was killed' is one death (%ld)",
          one ? one->fatalities : -2);
    run_free(&r);
    extract(lx, "A 17-year-old was shot dead during clashes on Sunday.", NULL, NULL, &r);
    const ge_event *ev = find(&r, "shot dead");
    CHECK(ev && ev->fatalities != 17, "an age is no death toll (%d)", ev ? ev->fatalities : -2);
    run_free(&r);
    extract(lx, "Gunmen killed 12 villagers, including a 70-year-old man.", NULL, NULL, &r);
    ev = find(&r, "killed");
    CHECK(ev && ev->fatalities == 12, "the count stays (%d)", ev ? ev->fatalities : -2);
    run_free(&r);
}

static void test_fires(const ge_lexicon *lx)
{
    run r;
    extract(lx, "Separately, a fire destroyed a mobile home on Sunday night.", NULL, NULL, &r);
    CHECK(r.e.n == 0, "a house fire is no attack (%zu)", r.e.n);
    run_free(&r);
    CHECK(count_in(lx, "Aftershocks shook the region on Sunday, forcing thousands of families to "
                       "sleep outside.", "COERCE") == 0,
          "aftershocks force no one");
    CHECK(count_in(lx, "Rescuers searched for survivors in the rubble of collapsed homes.",
                   "COERCE") == 0,
          "a search for survivors is no police search");
    CHECK(count_in(lx, "A massive blaze killed 12 people at a market on Sunday.",
                   "ASSAULT") == 0,
          "nor is a blaze that killed");
    CHECK(count_in(lx, "Artillery fire killed three civilians on Sunday.",
                   "ASSAULT") == 1,
          "artillery fire is an attack");
    CHECK(count_in(lx, "Police fire killed two protesters on Sunday.",
                   "ASSAULT") == 1,
          "so is police fire");
}

static void test_page_furniture(const ge_lexicon *lx)
{
    run r;
    extract(lx,
            "We use cookies to improve your experience. Accept all cookies | Manage preferences\n"
            "Rebels attacked an army post on Monday, killing four soldiers.\n"
            "Related: Government to hold talks with rebels on Sunday\n"
            "See also: Troops arrest two suspects after bombing\n",
            NULL, NULL, &r);
    CHECK(count_type(&r, "AGREE") == 0, "'Accept all cookies' is no agreement");
    CHECK(count_type(&r, "CONSULT") == 0, "a 'Related:' link is another story");
    CHECK(count_type(&r, "COERCE") == 0, "so is a 'See also:' link");
    CHECK(count_type(&r, "ASSAULT") == 1, "the story's attack stays (%zu)",
          count_type(&r, "ASSAULT"));
    run_free(&r);
}

static void test_protest_demands(const ge_lexicon *lx)
{
    run r;
    mspec tel[] = {{"Tel Aviv", GE_KIND_TOPONYM, 7}, {0}};
    extract(lx,
            "Protesters in Tel Aviv blocked a main highway on Saturday night, demanding that "
            "the government reach a deal.",
            NULL, tel, &r);
    const ge_event *ev = find(&r, "blocked");
    CHECK(ev && !strcmp(ev->event_type, "PROTEST"), "blocking a road is a protest");
    CHECK(ev && span_is(&r, ev->actor.start, ev->actor.end, "Protesters in Tel Aviv"),
          "the protesters in Tel Aviv block it, not the city");
    CHECK(count_type(&r, "REQUEST") == 0, "the protest's demand is the protest (%zu)",
          count_type(&r, "REQUEST"));
    CHECK(count_type(&r, "AGREE") == 0, "the deal demanded is the demand's content");
    CHECK(r.e.n == 1, "one record (%zu)", r.e.n);
    run_free(&r);
    CHECK(count_in(lx, "The government demanded that rebels release the hostages.",
                   "REQUEST") == 1,
          "a government's demand is a request");
}

static void test_source_terms(const ge_lexicon *lx)
{
    run r;
    extract(lx,
            "\"We have not seen food trucks since May,\" one resident said, asking not to be "
            "named.",
            NULL, NULL, &r);
    CHECK(count_type(&r, "REQUEST") == 0, "'asking not to be named' is no request");
    run_free(&r);
    CHECK(count_in(lx, "The mayor asked residents to stay indoors.",
                   "REQUEST") == 1,
          "a request is");
}

static void test_people(const ge_lexicon *lx)
{
    run r;
    extract(lx, "Student leaders rejected the offer on Saturday.", NULL, NULL, &r);
    const ge_event *ev = find(&r, "rejected");
    CHECK(ev && !strcmp(ev->actor.sector, "EDU"), "student leaders are students, not a government "
          "(%s)", ev ? ev->actor.sector : "-");
    run_free(&r);
    extract(lx, "Deputies have made more than 40 arrests for fleeing police this year.", NULL,
            NULL, &r);
    CHECK(count_type(&r, "RETREAT") == 0, "the crime of an arrest is its charge, no retreat");
    run_free(&r);
    mspec m[] = {{"GAINESVILLE", GE_KIND_TOPONYM, 5}, {"Alachua", GE_KIND_TOPONYM, 6}, {0}};
    extract(lx, "GAINESVILLE — A 27-year-old Alachua man was arrested on Monday after a chase.",
            NULL, m, &r);
    ev = find(&r, "arrested");
    CHECK(ev && ev->place != 6, "an Alachua man is from Alachua, not arrested there");
    run_free(&r);
}

static void test_wire_phrases(const ge_lexicon *lx)
{
    run r;
    CHECK(count_in(lx, "Armed men looted an aid convoy on Monday.",
                   "AID") == 0,
          "an aid convoy gives no aid");
    extract(lx, "The package adds 116 people to the list of those facing travel bans.", NULL, NULL,
            &r);
    CHECK(count_type(&r, "CONSULT") == 0, "a travel ban is no visit");
    run_free(&r);
    extract(lx, "The arrested workers were released later.", NULL, NULL, &r);
    CHECK(find(&r, "released") != NULL, "the arrested workers' release stays");
    run_free(&r);
    extract(lx, "European Union countries agreed on Thursday to impose new sanctions.", NULL, NULL,
            &r);
    const ge_event *ev = find(&r, "agreed");
    CHECK(ev && !strcmp(ev->actor.sector, "IGO"), "the European Union is no trade union (%s)",
          ev ? ev->actor.sector : "-");
    run_free(&r);
    extract(lx, "Cops lathicharged protesters on Sunday.", NULL, NULL, &r);
    ev = r.e.n ? &r.e.v[0] : NULL;
    CHECK(ev && !strcmp(ev->actor.sector, "COP"), "cops are police");
    run_free(&r);
    extract(lx, "Authorities have not said who carried out the attack.", NULL, NULL, &r);
    ev = find(&r, "carried out");
    CHECK(!ev || (!ev->actor.sector[0] && !ev->actor.code[0]),
          "'said who carried out' asks who; the authorities did not");
    CHECK(ev && !ev->negated, "the attack happened: 'not' belongs to 'said'");
    CHECK(r.e.n == 1, "'carried out the attack' is one record (%zu)", r.e.n);
    run_free(&r);
    extract(lx, "The gunmen who attacked the convoy fled.", NULL, NULL, &r);
    ev = find(&r, "attacked");
    CHECK(ev && ev->actor.sector[0], "a relative clause keeps its subject");
    run_free(&r);
    extract(lx, "The United Nations warned that famine was spreading in the region.", NULL, NULL,
            &r);
    CHECK(count_type(&r, "THREATEN") == 0, "a warning of famine is no threat");
    run_free(&r);
    CHECK(count_in(lx, "Officers were dispatched after receiving word of the shooting.",
                   "CONSULT") == 0,
          "receiving word of a shooting is no visit");
    CHECK(count_in(lx, "The president received the ambassador on Monday.",
                   "CONSULT") == 1,
          "receiving an ambassador is");
    mspec rw[] = {{"Rwanda", GE_KIND_TOPONYM, 9}, {0}};
    extract(lx, "M23 rebels backed by Rwanda captured the town on Tuesday.", NULL, rw, &r);
    ev = find(&r, "captured");
    CHECK(ev && !strcmp(ev->actor.sector, "REB"), "the rebels captured it, not Rwanda that backs "
          "them (%s)", ev ? ev->actor.sector : "-");
    run_free(&r);
    extract(lx, "Police used batons to disperse a crowd of job seekers on Sunday.", NULL, NULL, &r);
    ev = find(&r, "disperse");
    CHECK(ev && !strcmp(ev->actor.sector, "COP"), "the police disperse the crowd, not the batons");
    CHECK(ev && ev->report_mode == GE_REPORT_ASSERTED, "a purpose of an act done is done");
    run_free(&r);
    extract(lx, "Police would have been in a position to nab him.", NULL, NULL, &r);
    ev = find(&r, "nab");
    CHECK(!ev || ev->report_mode != GE_REPORT_ASSERTED, "'in a position to nab' is not done");
    run_free(&r);
}

static void test_told_before(const ge_lexicon *lx)
{
    run r;
    extract(lx,
            "Gunmen killed 12 villagers in the north on Saturday. Police arrested two men on "
            "Sunday. The governor visited the region on Monday. Aid groups sent food and tents. "
            "The United Nations condemned the killings.",
            NULL, NULL, &r);
    CHECK(count_type(&r, "ASSAULT") == 1, "'condemned the killings' is the killing told before "
          "(%zu)", count_type(&r, "ASSAULT"));
    run_free(&r);
    extract(lx,
            "Gunmen shot dead a guard on Saturday. Police arrested two men on Sunday. The "
            "governor visited the region on Monday. Aid groups sent food and tents. Schools "
            "reopened on Tuesday. DNA found at the scene of the rape matched one of them.",
            NULL, NULL, &r);
    const ge_event *rp = find(&r, "rape");
    CHECK(!rp || !memcmp(r.a.text + rp->trigger_start, "rape", 4),
          "'the scene of the rape' is no mention of the shooting");
    run_free(&r);
}

static void test_report_days(const ge_lexicon *lx)
{
    run r;
    extract(lx, "Gunmen attacked a convoy near the town, the agency said Wednesday.", "2024-08-16",
            NULL, &r);
    const ge_event *ev = find(&r, "attacked");
    CHECK(ev && ev->date_start == ev->date_end, "'said Wednesday' dates the statement, not the "
          "attack (%s)", ev ? ev->event_date : "-");
    run_free(&r);
    extract(lx, "KABUL, Aug 14 (Reuters) - Gunmen attacked a convoy near the town.", "2024-08-16",
            NULL, &r);
    ev = find(&r, "attacked");
    CHECK(ev && ev->date_start == ev->date_end, "the dateline's day is the filing day (%s)",
          ev ? ev->event_date : "-");
    run_free(&r);
    extract(lx, "Gunmen attacked a convoy on Monday, the agency said Wednesday.", "2024-08-16",
            NULL, &r);
    ev = find(&r, "attacked");
    CHECK(ev && !strcmp(ev->event_date, "2024-08-12"), "'on Monday' is the attack's day (%s)",
          ev ? ev->event_date : "-");
    run_free(&r);
}

static void test_local_and_regional(const ge_lexicon *lx)
{
    run r;
    extract(lx,
            "Deputy shoots man who pointed gun\n"
            "MARIETTA — A sheriff's deputy shot and wounded a man who pointed a handgun at officers "
            "late Saturday, authorities said.\n",
            NULL, NULL, &r);
    CHECK(count_type(&r, "ASSAULT") == 1, "'shoots' in the headline and 'shot' in the lede are "
          "one shooting (%zu)", count_type(&r, "ASSAULT"));
    const ge_event *ev = find(&r, "shoots");
    CHECK(ev && !strcmp(ev->actor.sector, "COP"), "a deputy is police");
    run_free(&r);
    extract(lx, "Resistance forces seized a police station after two days of fighting.", NULL, NULL,
            &r);
    ev = find(&r, "seized");
    CHECK(ev && !strcmp(ev->actor.sector, "REB"), "resistance forces are rebels, not an army");
    run_free(&r);
    extract(lx, "The junta's spokesperson did not respond to requests for comment.", NULL, NULL,
            &r);
    CHECK(r.e.n == 0, "'did not respond to requests for comment' is no event (%zu)", r.e.n);
    run_free(&r);
    extract(lx, "Officers were forced to use live bullets after the crowd attacked them.", NULL,
            NULL, &r);
    CHECK(count_type(&r, "COERCE") == 0, "'were forced to' is no coercion");
    CHECK(count_type(&r, "ASSAULT") >= 1, "the crowd's attack is an event");
    run_free(&r);
}

static void test_other_senses(const ge_lexicon *lx)
{
    run r;
    extract(lx,
            "Oil prices fell on Monday as worries about demand weighed, while stocks hit a record "
            "high. The central bank raised rates to fight inflation. Tesla beat profit forecasts.",
            NULL, NULL, &r);
    CHECK(r.e.n == 0, "a markets report is no event (%zu)", r.e.n);
    run_free(&r);
    CHECK(count_in(lx, "Arsenal beat Chelsea 3-1 on Sunday to go top of the table.",
                   "ASSAULT") == 0,
          "a score is no assault");
    CHECK(count_in(lx, "In the District 7 race, Marvets gathered about 58 percent of the vote.",
                   "PROTEST") == 0,
          "a share of the vote gathered is no gathering");
    CHECK(count_in(lx, "Gray and Sarah McKee won the two seats beating John M.", "ASSAULT") == 0,
          "seats won beating a rival are no beating");
    CHECK(count_in(lx, "The incumbent, Joe Roberson, did not seek re-election.", "REJECT") +
                  count_in(lx, "The incumbent, Joe Roberson, did not seek re-election.", "REQUEST") ==
              0,
          "not seeking re-election is no refusal");
    CHECK(count_in(lx, "Williams had not been paying child support.", "REJECT") +
                  count_in(lx, "Williams had not been paying child support.", "SUPPORT") ==
              0,
          "child support is no support");
    CHECK(count_in(lx, "Wal-Mart shooting threat dubious.", "ASSAULT") == 0,
          "a shooting threat is no shooting");
    CHECK(count_in(lx, "The attackers arrived on motorbikes at dawn and set fire to vehicles "
                       "before withdrawing.", "CONSULT") +
                  count_in(lx, "The attackers arrived on motorbikes at dawn and set fire to "
                           "vehicles before withdrawing.", "RETREAT") ==
              0,
          "attackers coming and going are their attack, no visit or retreat");
    extract(lx, "A mosque was set on fire overnight.", NULL, NULL, &r);
    const ge_event *fire = find(&r, "set on fire");
    CHECK(fire && fire->actor.start == fire->actor.end &&
              span_is(&r, fire->recipient.start, fire->recipient.end, "mosque"),
          "'was set on fire' is passive: the mosque is its target, not its actor");
    run_free(&r);
    CHECK(count_in(lx, "Rebels withdrew overnight after heavy fighting.", "RETREAT") == 1,
          "rebels withdrawing is a retreat");
    CHECK(count_in(lx, "The army withdrew from the town on Monday.", "RETREAT") == 1,
          "so is an army leaving a town");
    CHECK(count_in(lx, "The US withdrew from the Paris climate agreement.", "SANCTION") == 1,
          "leaving an agreement is a sanction");
    CHECK(count_in(lx, "A car bomb hit a police station on Monday.",
                   "ASSAULT") == 1,
          "a bomb hitting a station is");
}

/* A country whose border an act is near is not where it was; a noun after a
 * preposition names the act ("in attack on"), not the verb of its own
 * subject. */
static void test_borders(const ge_lexicon *lx)
{
    run r;
    mspec ne[] = {{"Niger", GE_KIND_TOPONYM, 11}, {"Menaka", GE_KIND_TOPONYM, 12}, {0}};
    extract(lx, "Jihadists kill 14 soldiers in attack on army post near Niger border.", NULL, ne,
            &r);
    const ge_event *ev = find(&r, "kill");
    CHECK(ev && ev->place != 11, "'near Niger border' is not in Niger");
    CHECK(!find(&r, "attack") || strcmp(find(&r, "attack")->actor.sector, "MIL"),
          "the soldiers killed do not attack");
    run_free(&r);
    extract(lx, "Gunmen killed five soldiers along the border with Niger on Monday.", NULL, ne, &r);
    ev = find(&r, "killed");
    CHECK(ev && ev->place != 11, "'the border with Niger' is not in Niger");
    run_free(&r);
    extract(lx, "Gunmen killed five soldiers in Menaka on Monday.", NULL, ne, &r);
    ev = find(&r, "killed");
    CHECK(ev && ev->place == 12, "'in Menaka' is (%u)", ev ? ev->place : 0);
    run_free(&r);
    mspec mg[] = {{"Mogadishu", GE_KIND_TOPONYM, 32}, {"MOGADISHU", GE_KIND_TOPONYM, 32},
                  {"Somalia", GE_KIND_TOPONYM, 33}, {0}};
    extract(lx,
            "Somalia: al-Shabaab claims suicide bombing at Mogadishu restaurant\n\n"
            "MOGADISHU (Reuters) - A suicide bomber blew himself up at a busy restaurant in "
            "Mogadishu on Saturday, killing eight people, police said.\n\n"
            "The African Union condemned the bombing.\n",
            "2024-06-22", mg, &r);
    CHECK(count_type(&r, "ASSAULT") == 1, "'condemned the bombing' is the suicide bombing told "
          "before (%zu)", count_type(&r, "ASSAULT"));
    run_free(&r);
    CHECK(count_in(lx, "At least 23 people who were sheltering in the monastery were killed.",
                   "AID") == 0,
          "people sheltering receive no aid");
}

/* A verb's object is no act of its own ("strikes Hezbollah targets"); a
 * purpose after a longer object is still the act done ("used water cannon
 * and tear gas to disperse crowds"). */
static void test_objects_and_purposes(const ge_lexicon *lx)
{
    run r;
    extract(lx, "Israel strikes Hezbollah targets in southern Lebanon despite truce.", NULL, NULL,
            &r);
    CHECK(find(&r, "strikes") && !find(&r, "targets"), "'Hezbollah targets' is the object");
    run_free(&r);
    mspec mi[] = {{"Mindanao", GE_KIND_TOPONYM, 51}, {0}};
    extract(lx, "Philippine troops kill 5 suspected rebels in Mindanao clash", NULL, mi, &r);
    CHECK(count_type(&r, "ASSAULT") == 1, "'in Mindanao clash' is the killing's clash (%zu)",
          count_type(&r, "ASSAULT"));
    run_free(&r);
    CHECK(count_in(lx, "Troops recovered four rifles and a homemade bomb from the site.",
                   "ASSAULT") == 0,
          "a bomb found is no attack");
    CHECK(count_in(lx, "A bomb exploded in the market on Monday.", "ASSAULT") == 1,
          "a bomb that exploded is");
    extract(lx, "Police used water cannon and tear gas to disperse crowds on Sunday.", NULL, NULL,
            &r);
    const ge_event *ev = find(&r, "disperse");
    CHECK(!ev || ev->report_mode == GE_REPORT_ASSERTED, "the dispersal was done, not planned");
    CHECK(count_type(&r, "ASSAULT") == 1, "one record for the police action (%zu)",
          count_type(&r, "ASSAULT"));
    run_free(&r);
}

/* What court pages and police reports say around an act: the crimes listed
 * in a charge, a statute's penalty, a reporter's unanswered call, idioms. */
static void test_court_and_reporting(const ge_lexicon *lx)
{
    CHECK(count_in(lx, "A grand jury indicted Smith on charges of first-degree murder, forcible "
                       "sodomy, robbery and abduction.", "ASSAULT") == 0,
          "a robbery listed in a charge is the charge's content");
    CHECK(count_in(lx, "He was indicted on the charge of evading arrest/detention with a vehicle.",
                   "COERCE") == 0,
          "so is a detention after a slash");
    CHECK(count_in(lx, "A man robbed a woman at gunpoint behind the apartment complex.",
                   "ASSAULT") == 1,
          "a robbery is criminal violence (ASSAULT, as the annotation guideline codes it)");
    CHECK(count_in(lx, "They marched to protest what they say was a stolen election.", "COERCE") == 0,
          "a stolen election is no theft");
    CHECK(count_in(lx, "Some of the prisoners had been serving life sentences for deadly attacks.",
                   "ASSAULT") + count_in(lx, "Some of the prisoners had been serving life "
                   "sentences for deadly attacks.", "SANCTION") == 0,
          "a sentence being served, and the crimes it is for, are background");
    CHECK(count_in(lx, "Petro suspended talks, accusing the group of committing war crimes.",
                   "AGREE") == 0,
          "committing war crimes is no commitment");
    CHECK(count_in(lx, "The charges carry a maximum sentence of 10 years.", "SANCTION") == 0,
          "a statute's penalty is no sentence passed");
    CHECK(count_in(lx, "Jones did not return a message left on his answering machine Monday.",
                   "REJECT") == 0,
          "an unanswered call is no refusal");
    CHECK(count_in(lx, "The body showed no visible signs of trauma.", "REJECT") == 0,
          "'signs of' is no signing");
    CHECK(count_in(lx, "The military said the launchers posed a threat to civilians.", "THREATEN") ==
              0,
          "'posed a threat' is no threat made");
    CHECK(count_in(lx, "The group threatened to attack the capital.", "THREATEN") == 1,
          "a threat made is");
    CHECK(count_in(lx, "It was the biggest tragedy ever to hit our department.", "ASSAULT") == 0,
          "'ever to hit' is no attack");
    CHECK(count_in(lx, "A gunman shot two officers on Monday.", "ASSAULT") == 1,
          "a shooting stays");
}

/* A headline's act retold by the lede: a phrase's first word carries its
 * stem ("shoot dead", "shot dead"), and a headline that names no place
 * takes the lede's. */
static void test_headline_retold(const ge_lexicon *lx)
{
    run r;
    mspec nb[] = {{"NAIROBI", GE_KIND_TOPONYM, 31}, {"Nairobi", GE_KIND_TOPONYM, 31}, {0}};
    extract(lx,
            "Police shoot dead two as anti-tax demonstrations turn violent\n\n"
            "NAIROBI, June 25 (Reuters) - Kenyan police shot dead at least two protesters in "
            "Nairobi on Tuesday, witnesses said.\n",
            "2024-06-25", nb, &r);
    CHECK(count_type(&r, "ASSAULT") == 1, "one shooting (%zu)", count_type(&r, "ASSAULT"));
    CHECK(count_type(&r, "PROTEST") == 1, "one protest (%zu)", count_type(&r, "PROTEST"));
    const ge_event *ev = find(&r, "shoot dead");
    CHECK(ev && ev->place == 31 && ev->nmentions == 2, "the headline's shooting is in Nairobi, "
          "told twice");
    run_free(&r);
    extract(lx,
            "Police shoot dead two as anti-tax demonstrations turn violent\n\n"
            "NAIROBI, June 25 (Reuters) - Kenyan police shot dead at least two protesters in "
            "Nairobi on Tuesday as thousands of demonstrators stormed parliament, witnesses said.\n",
            "2024-06-25", nb, &r);
    CHECK(find(&r, "stormed") && find(&r, "shoot dead") != find(&r, "stormed"),
          "the demonstrators' storming is not the police's shooting");
    run_free(&r);
}

/* A live page's entries are stories of their own: the first entry's city
 * is not where the next one's act was; the country a measure is aimed at
 * is not where it happened. */
static void test_live_pages_and_measures(const ge_lexicon *lx)
{
    run r;
    mspec od[] = {{"Odesa", GE_KIND_TOPONYM, 41}, {"Ukraine", GE_KIND_TOPONYM, 42},
                  {"Russia", GE_KIND_TOPONYM, 43}, {0}};
    extract(lx,
            "Russian drone attack on Odesa kills three\n\n"
            "14:10 GMT - Three people were killed when Russian drones struck buildings in Odesa "
            "overnight, the governor said.\n\n"
            "13:45 GMT - The air force said it shot down 50 drones launched overnight.\n",
            NULL, od, &r);
    const ge_event *ev = find(&r, "shot down");
    CHECK(ev && ev->place != 41, "a live page's next entry is not in Odesa");
    run_free(&r);
    mspec sr[] = {{"srinagar", GE_KIND_TOPONYM, 44}, {"islamabad", GE_KIND_TOPONYM, 45}, {0}};
    extract(lx, "four soldiers were killed when a vehicle rammed into them on the srinagar highway "
                "in islamabad.", NULL, sr, &r);
    ev = find(&r, "killed");
    CHECK(ev && ev->place != 44, "a road named after a town is not in it (lower case)");
    run_free(&r);
    extract(lx, "Hungary's prime minister said he would veto new EU sanctions on Russia.", NULL, od,
            &r);
    ev = find(&r, "veto");
    CHECK(ev && ev->place != 43, "sanctions on Russia are not in Russia");
    run_free(&r);
}

/* A garment strike as a scraped page tells it: the demand is the protest's
 * ("to demand higher wages": "wages" is no verb), the charges an arrest is
 * made on are its grounds, a caption with a photo credit repeats the story. */
static void test_strike_page(const ge_lexicon *lx)
{
    run r;
    extract(lx, "Thousands of workers blocked a highway on Tuesday to demand higher wages.", NULL,
            NULL, &r);
    CHECK(r.e.n == 1 && count_type(&r, "PROTEST") == 1, "one protest with its demand (%zu)",
          r.e.n);
    run_free(&r);
    CHECK(count_in(lx, "Rebels are waging a new offensive in the north.", "ASSAULT") == 1,
          "'waging an offensive' still is");
    extract(lx, "Police arrested 14 people on charges of vandalism and arson.", NULL, NULL, &r);
    CHECK(r.e.n == 1 && find(&r, "arrested"), "one arrest, on its charges (%zu)", r.e.n);
    run_free(&r);
    CHECK(count_in(lx, "Prosecutors filed charges against the officer on Monday.", "ACCUSE") == 1,
          "charges filed are an accusation");
    extract(lx,
            "Workers walked out on Monday after owners rejected a pay rise.\n"
            "Garment workers block the highway in Gazipur on Tuesday. (Photo: Reuters)\n",
            NULL, NULL, &r);
    CHECK(!find(&r, "block"), "a captioned photo's line is no event");
    run_free(&r);
}

/* Wire stories from around the world: a place after "in" is not who
 * acted, a purpose clause is the act done, a protest's complaint is the
 * protest, a partnership suspended is no partnership, and the people of a
 * protest are named many ways. */
static void test_wire_world(const ge_lexicon *lx)
{
    run r;
    mspec ky[] = {{"Khan Younis", GE_KIND_TOPONYM, 41}, {0}};
    extract(lx, "An Israeli air strike on a house in Khan Younis killed nine people on Friday.",
            NULL, ky, &r);
    const ge_event *ev = find(&r, "killed");
    const char *ky_at = strstr(r.a.text, "Khan Younis");
    CHECK(ev && ev->actor.end != (uint32_t)(ky_at - r.a.text) + 11,
          "Khan Younis is where, not who (nor 'a house in Khan Younis')");
    CHECK(count_type(&r, "ASSAULT") == 1, "one strike (%zu)", count_type(&r, "ASSAULT"));
    run_free(&r);
    mspec ic[] = {{"Ivory Coast", GE_KIND_TOPONYM, 42}, {0}};
    extract(lx, "Rebels in the Ivory Coast on Tuesday blocked transport into the city.", NULL, ic,
            &r);
    CHECK(r.e.n >= 1 && span_is(&r, r.e.v[0].actor.start, r.e.v[0].actor.end,
                                "Rebels in the Ivory Coast"),
          "the rebels in the Ivory Coast acted");
    run_free(&r);
    CHECK(count_in(lx, "Riot police fired tear gas and water cannon on Sunday to disperse "
                       "thousands of protesters.", "ASSAULT") == 1,
          "the dispersal is the firing's purpose, done");
    extract(lx, "Thousands of protesters gathered outside parliament to denounce the decision.",
            NULL, NULL, &r);
    CHECK(count_type(&r, "PROTEST") == 1 && count_type(&r, "ACCUSE") == 0,
          "the protest's complaint is the protest (%zu events)", r.e.n);
    run_free(&r);
    extract(lx, "Washington said it was suspending its strategic partnership with Georgia.", NULL,
            NULL, &r);
    CHECK(count_type(&r, "SANCTION") == 1 && count_type(&r, "COOPERATE") == 0,
          "a partnership suspended is a sanction, no cooperation (%zu events)", r.e.n);
    run_free(&r);
    CHECK(count_in(lx, "Israeli jets struck Gaza after Hamas rejected the deal.", "AGREE") == 0,
          "a deal rejected is no agreement");
    mspec tb[] = {{"TBILISI", GE_KIND_TOPONYM, 43}, {"Tbilisi", GE_KIND_TOPONYM, 43}, {0}};
    extract(lx,
            "Police fire tear gas at opposition rally in Tbilisi\n\n"
            "TBILISI, Georgia - Riot police fired tear gas on Sunday at thousands of protesters "
            "who had gathered outside parliament in Tbilisi.\n",
            "2024-12-02", tb, &r);
    CHECK(count_type(&r, "PROTEST") == 1, "the rally and the gathering are one protest (%zu)",
          count_type(&r, "PROTEST"));
    run_free(&r);
    mspec sl[] = {{"Sudan", GE_KIND_TOPONYM, 44}, {"London", GE_KIND_TOPONYM, 45}, {0}};
    extract(lx, "The foreign secretary will host a conference on Sudan in London on Tuesday.",
            NULL, sl, &r);
    CHECK(r.e.n >= 1 && r.e.v[0].place == 45, "the conference on Sudan is in London");
    run_free(&r);
    CHECK(count_in(lx, "Russian drones hit Kharkiv apartment block, killing three", "COERCE") == 0,
          "an apartment block is a building, no blockade");
    CHECK(count_in(lx, "They were attacked by armed men travelling in several vehicles.",
                   "CONSULT") == 0,
          "gunmen travelling in vehicles visit no one");
    CHECK(count_in(lx, "Reporting by Nidal al-Mughrabi in Cairo; Editing by Alex Richardson",
                   "ASSAULT") + count_in(lx, "Reporting by Nidal al-Mughrabi in Cairo; Editing by "
                                             "Alex Richardson", "CONSULT") == 0,
          "a credit line is no event");
    extract(lx, "Gunmen kill 8 in attack on mosque\n\nGunmen killed eight worshippers at the "
                "mosque on Friday, police said.\n", NULL, NULL, &r);
    CHECK(count_type(&r, "ASSAULT") == 1, "'kill' and 'killed' are one act told twice (%zu)",
          count_type(&r, "ASSAULT"));
    run_free(&r);
}

/* Police reports: who fired when a participle stands between ("police
 * sentries posted there killed"), and a purpose of fire that had to be
 * opened ("had to fire ... to disperse"). */
static void test_police_lines(const ge_lexicon *lx)
{
    run r;
    extract(lx, "The militants opened fire from rifles, but police sentries posted there killed one "
                "of them on the spot.", NULL, NULL, &r);
    const ge_event *ev = find(&r, "killed");
    CHECK(ev && !strcmp(ev->actor.sector, "COP"), "the sentries killed (%s)",
          ev ? ev->actor.sector : "no record");
    run_free(&r);
    extract(lx, "The police had to fire 10 to 15 rounds here to disperse a rampaging mob.", NULL,
            NULL, &r);
    CHECK(count_type(&r, "ASSAULT") == 1 && r.e.n && r.e.v[0].report_mode == GE_REPORT_ASSERTED,
          "one firing, done (%zu records)", r.e.n);
    run_free(&r);
    extract(lx, "Four people were killed in clashes on Sunday, prompting authorities to impose a "
                "curfew.", NULL, NULL, &r);
    ev = find(&r, "impose");
    CHECK(!ev || ev->report_mode == GE_REPORT_ASSERTED, "a curfew authorities were prompted to "
          "impose was imposed");
    run_free(&r);
    extract(lx, "Police lathicharged teachers who were protesting outside the assembly demanding "
                "regular jobs, leaving at least 30 people injured.", NULL, NULL, &r);
    CHECK(count_type(&r, "REQUEST") == 0, "the protesters' demand is the protest");
    CHECK(count_type(&r, "ASSAULT") == 1, "the injured are the lathicharge's (%zu)",
          count_type(&r, "ASSAULT"));
    run_free(&r);
    mspec gz[] = {{"Gaza", GE_KIND_TOPONYM, 46}, {"Palestinians", GE_KIND_DEMONYM, 47}, {0}};
    extract(lx, "The group has attacked ships in what it calls solidarity with Palestinians in Gaza.",
            NULL, gz, &r);
    CHECK(r.e.n >= 1 && r.e.v[0].place != 46, "the ships were not attacked in Gaza");
    run_free(&r);
    mspec hk[] = {{"Hasakah", GE_KIND_TOPONYM, 48}, {0}};
    extract(lx, "Explosive devices have killed dozens of people in Hasakah.", NULL, hk, &r);
    CHECK(r.e.n >= 1 && r.e.v[0].place == 48, "the people were killed in Hasakah");
    run_free(&r);
    extract(lx, "Militants overrun army base, killing 15 soldiers\n\n(Reuters) - Militants "
                "overran an army base on Wednesday, killing at least 15 soldiers.\n\nThe "
                "attackers later withdrew.\n\nThe army sent reinforcements.\n\nThe group "
                "said in a statement that it had killed 40 soldiers.\n", NULL, NULL, &r);
    CHECK(count_type(&r, "ASSAULT") == 1, "the group's claim retells the headline's killing "
          "(%zu records)", count_type(&r, "ASSAULT"));
    run_free(&r);
}

/* A count so far and an act named as the start of a time are no retelling
 * of the story's act: the headline keeps its own day and victims. */
static void test_background_counts(const ge_lexicon *lx)
{
    run r;
    const char *text = "Israeli strikes kill 12 in southern Lebanon as Hezbollah fires rockets\n\n"
                       "BEIRUT - Israeli air strikes on villages in southern Lebanon killed at "
                       "least 12 people on Wednesday, the health ministry said, as Hezbollah "
                       "fired dozens of rockets into northern Israel.\n\n"
                       "No injuries were reported in Israel.\n\n"
                       "More than 2,000 people have been killed in Lebanon since the fighting "
                       "began in October 2023.\n";
    mspec lb[] = {{"Lebanon", GE_KIND_TOPONYM, 50}, {"Israel", GE_KIND_TOPONYM, 51}, {0}};
    extract(lx, text, "2024-09-20", lb, &r);
    uint32_t tally = (uint32_t)(strstr(text, "killed in Lebanon since") - text);
    int mixed = 0;
    for (size_t i = 0; i < r.e.n; i++) {
        const ge_event *ev = &r.e.v[i];
        for (uint32_t k = 0; k < ev->nmentions && k < GE_EVENT_MAX_MENTIONS; k++)
            mixed |= ev->trigger_start != tally && ev->mentions[k][0] == tally;
    }
    CHECK(!mixed, "the toll since the war began retells none of the day's acts");
    const ge_event *kill = find(&r, "kill");
    CHECK(kill && !strcmp(kill->event_date, "2024-09-18"), "the strikes keep their day (%s)",
          kill ? kill->event_date : "no record");
    const ge_event *ev = find(&r, "fires rockets");
    CHECK(ev && strncmp(ev->event_date, "2023", 4) != 0, "the rockets keep the story's day (%s)",
          ev ? ev->event_date : "no record");
    run_free(&r);
    extract(lx, "Protesters blocked roads in Caracas on Monday.\n\nAt least 11 people have been "
                "killed since the protests began on July 28, a rights group said.\n", "2024-07-30",
            NULL, &r);
    ev = find(&r, "blocked roads");
    CHECK(ev && find(&r, "protests") == ev, "'since the protests began' names the story's protest");
    CHECK(ev && !strcmp(ev->event_date, "2024-07-29"), "dated by its own day, not the start of a "
          "time (%s)", ev ? ev->event_date : "no record");
    run_free(&r);
    extract(lx, "So far 51 persons have been arrested in the case.", NULL, NULL, &r);
    CHECK(r.e.n >= 1 && (r.e.v[0].evidence & GE_EV_TALLY), "'so far ... have been arrested' "
          "is a count so far");
    run_free(&r);
    extract(lx, "Police arrested 51 persons on Sunday.", NULL, NULL, &r);
    CHECK(r.e.n >= 1 && !(r.e.v[0].evidence & GE_EV_TALLY), "an arrest on a day is no count "
          "so far");
    run_free(&r);
}

/* A verb of occurrence with an event noun as its object is of the
 * object's kind, and one act with it. */
static void test_object_kind(const ge_lexicon *lx)
{
    run r;
    extract(lx, "Security forces fired tear gas at protesters in the capital, and the government "
                "imposed a nationwide curfew.", NULL, NULL, &r);
    const ge_event *ev = find(&r, "imposed");
    CHECK(ev && !strcmp(ev->event_type, "COERCE"), "a curfew imposed is a coercion (%s)",
          ev ? ev->event_type : "no record");
    CHECK(count_type(&r, "COERCE") == 1, "the curfew and its imposing are one act (%zu)",
          count_type(&r, "COERCE"));
    run_free(&r);
    extract(lx, "Clashes erupted in the capital on Monday.", NULL, NULL, &r);
    ev = find(&r, "erupted");
    CHECK(ev && !strcmp(ev->event_type, "ASSAULT"), "clashes erupted: the subject's kind (%s)",
          ev ? ev->event_type : "no record");
    run_free(&r);
    run_free(&r);
}

/* A day or a month after the verb is when, not whom. */
static void test_time_is_no_one(const ge_lexicon *lx)
{
    run r;
    extract(lx, "Pakistan agreed Monday to reinstate a fired chief justice.", NULL, NULL, &r);
    const ge_event *ev = find(&r, "agreed");
    CHECK(ev && ev->recipient.start == ev->recipient.end, "'agreed Monday': Monday is no "
          "recipient");
    run_free(&r);
    extract(lx, "Gunmen abducted three aid workers Wednesday morning.", NULL, NULL, &r);
    ev = find(&r, "abducted");
    CHECK(ev && span_is(&r, ev->recipient.start, ev->recipient.end, "three aid workers"),
          "the workers were abducted, not the morning");
    run_free(&r);
    mspec nk[] = {{"Nagorno-Karabakh", GE_KIND_TOPONYM, 70}, {0}};
    extract(lx, "Russian peacekeepers withdrew from Nagorno-Karabakh in April.", NULL, nk, &r);
    CHECK(r.e.n >= 1 && r.e.v[0].place == 70, "a withdrawal is where it left");
    run_free(&r);
    mspec pt[] = {{"Portugal", GE_KIND_TOPONYM, 80}, {0}};
    extract(lx, "Portugal will support the bid, the president said.", NULL, pt, &r);
    ev = find(&r, "support");
    CHECK(ev && span_is(&r, ev->actor.start, ev->actor.end, "Portugal"),
          "'Portugal will support': a modal's verb has its subject");
    run_free(&r);
    extract(lx, "U.S. Secretary of State Warren Christopher telephoned the Russian foreign "
                "minister on Tuesday.", NULL, NULL, &r);
    ev = find(&r, "telephoned");
    CHECK(ev && span_is(&r, ev->actor.start, ev->actor.end,
                        "U.S. Secretary of State Warren Christopher"),
          "a title's 'of' stays inside the actor");
    run_free(&r);
    extract(lx, "The United Nations will provide 25,000 tons of food aid.", NULL, NULL, &r);
    ev = find(&r, "food aid");
    CHECK(ev && span_is(&r, ev->actor.start, ev->actor.end, "United Nations"),
          "aid provided is the provider's");
    run_free(&r);
    extract(lx, "The rebels seized the Kasai area last May.", NULL, NULL, &r);
    ev = find(&r, "seized");
    CHECK(ev && span_is(&r, ev->recipient.start, ev->recipient.end, "Kasai area"),
          "'last May' ends the phrase");
    run_free(&r);
}

/* How many records of a type a sentence of world news yields. */
static const struct {
    const char *text, *type;
    size_t want;
    const char *why;
} world_counts[] = {
    {"The foreign ministry rejected the criticism as interference.", "ACCUSE", 0,
     "criticism rejected is the rejection's"},
    {"They told the nuns they would be killed if they were deported.", "THREATEN", 0,
     "'would be killed' is no one's threat"},
    {"The rebels said they would attack the capital.", "THREATEN", 1,
     "'they would attack' is a threat"},
    {"Mediators pressed on with efforts to revive ceasefire talks.", "RETREAT", 0,
     "'ceasefire talks' are talks about a ceasefire"},
    {"Israeli strike kills 9 in Khan Younis.", "ASSAULT", 1, "'strike kills' is one act"},
    {"China stages large-scale drills around Taiwan.", "MOBILIZE", 1,
     "drills staged are a mobilisation"},
    {"Turkey sent a military plane to evacuate wounded soldiers to the capital.", "ASSAULT", 0,
     "wounded soldiers evacuated: no new act"},
    {"The blast killed three and wounded 10 people.", "ASSAULT", 1,
     "'and wounded 10 people' is the act"},
    {"Police arrested a drug dealer in a raid near the airport on Friday.\n\nMeanwhile, police "
     "said 31 people were arrested over various crimes at checkpoints overnight.\n",
     "COERCE", 2, "'Meanwhile' turns to another story"},
    {"The president fired his defence minister on Sunday.", "SANCTION", 1,
     "firing a minister is a dismissal"},
    {"Former President Pervez Musharraf fired Chaudhry in 2007.", "ASSAULT", 0,
     "'fired Chaudhry' shot no one"},
    {"Troops fired Grad rockets at the town.", "SANCTION", 0, "rockets fired are no dismissal"},
    {"He was flown to the base, where he has been held since.", "COERCE", 1,
     "a man held since is detained"},
    {"The journalist is being held in a prison outside the capital.", "COERCE", 1,
     "a journalist held in a prison is detained"},
    {"The concert was held in the stadium on Sunday.", "COERCE", 0, "a concert held is no detention"},
    {"A man who eluded police after a traffic stop was arrested on Wednesday.", "CONCEDE", 0,
     "a traffic stop stops nothing"},
    {"Police raided several homes in the district on Monday.", "COERCE", 1,
     "a police raid is a coercion"},
    {"Militants raided an army post in the district on Monday.", "ASSAULT", 1,
     "a militants' raid is an attack"},
    {"The wounded officer was taken off life support on Monday.", "SUPPORT", 0,
     "life support is medicine, and gives 'taken' no kind"},
    {"Warplanes struck a market on Thursday, a war monitor and rescue workers said.", "AID", 0,
     "rescue workers are people, no rescue"},
    {"Police rescued workers trapped in a mine on Thursday.", "AID", 1, "workers rescued are"},
    {"Officials were told to ensure the victims receive medical care.", "CONSULT", 0,
     "receiving medical care is no visit"},
    {"A gunman killed eight people at a nursing home on Sunday.\n\nThe home was closed after "
     "the attack.\n\nThe rampage happened just weeks after a man killed 10 people in "
     "another state.\n", "ASSAULT", 2, "'weeks after a man killed 10' is another time"},
    {"He left the room and began shooting down the hallway.", "ASSAULT", 0,
     "shooting down a hallway shoots down nothing"},
    {"About 30 young people had gathered for a posada, a holiday celebration.", "PROTEST", 0,
     "gathered for a celebration is no protest"},
    {"Thousands of supporters gathered for a rally in the capital on Sunday.", "PROTEST", 1,
     "gathered for a rally is one"},
    {"Several armed men arrived in vehicles and forced their way into the party.", "CONSULT", 0,
     "gunmen arriving pay no visit"},
    {"Several armed men arrived in vehicles and forced their way into the party.", "COERCE", 0,
     "forcing one's way in coerces no one"},
    {"The rebels cut a key supply route to the city on Tuesday.", "AID", 0,
     "a supply route is no aid"},
    {"More than 40 attacks have targeted US interests in Iraq since the beginning of the year.",
     "ASSAULT", 1, "a count so far told by a noun and its verb is one record"},
    {"At least 12 people were killed and 40 injured in landslides near the city.", "ASSAULT", 0,
     "killed in landslides: no one's act"},
    {"Two people were killed in an attack near the market.", "ASSAULT", 1,
     "killed in an attack is one"},
    {"The United Nations said it would send emergency aid to the region.", "AGREE", 1,
     "aid promised by 'it' after 'the United Nations said' is the UN's promise"},
    {"Police arrest hundreds after student protests\n\nDHAKA - Police have arrested at least 500 "
     "people since the protests turned violent last week, a spokesman said on Monday.\n",
     "COERCE", 1, "a count so far in the lede is the headline's act"},
    {"The army said it shot down two drones over the city.", "ASSAULT", 1, "drones shot down"},
    {"The mayor told a news conference on Monday that the road would reopen.", "CONSULT", 0,
     "a news conference alone is no consultation"},
    {"Gunmen killed five people at a market on Sunday.\n\nIn a separate incident, two people "
     "were killed at a checkpoint.\n", "ASSAULT", 2, "'In a separate incident' is another act"},
};

static void test_world_counts(const ge_lexicon *lx)
{
    for (size_t i = 0; i < sizeof world_counts / sizeof *world_counts; i++) {
        size_t n = count_in(lx, world_counts[i].text, world_counts[i].type);
        CHECK(n == world_counts[i].want, "%s (%zu %s records in '%s')", world_counts[i].why, n,
              world_counts[i].type, world_counts[i].text);
    }
}

int main(void)
{
    ge_lexicon *lx = project_lexicon();
    if (lx) {
        test_denied_casualties(lx);
        test_ages(lx);
        test_fires(lx);
        test_page_furniture(lx);
        test_protest_demands(lx);
        test_source_terms(lx);
        test_people(lx);
        test_wire_phrases(lx);
        test_report_days(lx);
        test_told_before(lx);
        test_other_senses(lx);
        test_local_and_regional(lx);
        test_borders(lx);
        test_objects_and_purposes(lx);
        test_court_and_reporting(lx);
        test_headline_retold(lx);
        test_live_pages_and_measures(lx);
        test_strike_page(lx);
        test_wire_world(lx);
        test_police_lines(lx);
        test_world_counts(lx);
        test_background_counts(lx);
        test_object_kind(lx);
        test_time_is_no_one(lx);
    }
    ge_lexicon_free(lx);
    printf("test_events_news: %d passed, %d failed\n", passes, fails);
    return fails ? 1 : 0;
}
