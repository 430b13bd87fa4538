#!/usr/bin/env bash
# test_places_world.sh -- places in made-up sentences of world news, with
# the default gazetteer: islands, oceans and provinces as news writes them
# ("in Luzon", "far out in the Pacific", "in Bukidnon"), a natural feature
# the gazetteer lacks is no namesake town elsewhere ("the Mau forest" in
# Kenya), and words that only look like places ("Mobile internet", "Thomson
# Reuters", "Boko Haram", "Al Jazeera") are none. Skipped (77) without the gazetteer.
# Args: geoevents binary, source dir, scratch dir.
set -u
bin=$1 src=$2 tmp=$3
rm -rf "$tmp"; mkdir -p "$tmp"
gaz=${GEOEVENTS_GAZETTEER:-$src/gazetteer/geoevents.gaz}
[ -f "$gaz" ] || { echo "test_places_world: skipped (no gazetteer at $gaz)"; exit 77; }
fail=0 n=0
# the mentions of one text: "name|place name|feature code|country" per line
places() {
    printf '%s\n' "$1" | "$bin" map - -f CSV -o "$tmp/m.csv" --layers mentions --overwrite -q \
        --gazetteer "$gaz" 2>/dev/null
    python3 - "$tmp/m.csv" <<'PY'
import csv, sys
for r in csv.DictReader(open(sys.argv[1])):
    print("|".join([r["name"], r["place_name"], r["feature_code"], r["country_code"]]))
PY
}
expect() { # TEXT REGEX [absent]
    local out; out=$(places "$1"); n=$((n + 1))
    if [ "${3:-}" = absent ]; then
        if printf '%s\n' "$out" | grep -Eq "$2"; then
            echo "FAIL: '$1' has /$2/: $out"; fail=1
        fi
    elif ! printf '%s\n' "$out" | grep -Eq "$2"; then
        echo "FAIL: '$1' wanted /$2/: $out"; fail=1
    fi
}
expect_all() { # TEXT REGEX...: every one matches; one led by "!" matches none
    local text=$1 out re; shift; out=$(places "$text"); n=$((n + 1))
    for re in "$@"; do
        if [ "${re#!}" != "$re" ]; then
            if printf '%s\n' "$out" | grep -Eq "${re#!}"; then
                echo "FAIL: '$text' has /${re#!}/: $out"; fail=1
            fi
        elif ! printf '%s\n' "$out" | grep -Eq "$re"; then
            echo "FAIL: '$text' wanted /$re/: $out"; fail=1
        fi
    done
}
expect "Rebels hid in Luzon." '^Luzon\|Luzon\|ISL\|PH$'
# a state named after its biggest city is the city in news ("Lagos", whose
# state's seat is Ikeja); a word of two letters that a capitalised word
# goes on from is the start of a longer name ("Ta Muen Thom")
expect "Protesters gathered in Lagos on Monday." '^Lagos\|Lagos\|PPLA2\|NG$'
expect "Troops clashed near the Ta Muen Thom temple." '^Ta\|' absent
# "Hayat Tahrir al-Sham" is a group ("al-Sham" is no Damascus in its name);
# "Deir al-Balah" after "in" is a town
expect "Insurgents led by Hayat Tahrir al-Sham captured the airport." '^Sham\|' absent
expect "Insurgents led by Ahrar al-Sham captured the airport." '^Sham\|' absent
# in a text without capitals, "the southern province of X" describes X
expect "colombia's armed forces killed 12 members of a farc dissident group in a bombing raid in the southern province of guaviare, the defense ministry said on sunday, after the group killed four indigenous people in cauca province and clashed with troops near the border." '\|LK$' absent
expect "The typhoon was far out in the Pacific on Monday." '^Pacific\|Pacific Ocean\|OCN'
expect "Police in Pacific, Missouri, arrested a man." '^Pacific\|Pacific\|PPL\|US$'
expect "Fighting erupted in Bukidnon on Monday." '^Bukidnon\|.*Bukidnon\|ADM2\|PH$'
expect "Troops cleared the Mau forest in Kenya." '^Mau\|.*\|IN$' absent
expect "LONDON, Jan 15 (Reuters) - Oil rose in the U.S. market after data from Texas." '^LONDON\|London\|PPLC\|GB$'
expect "Shares rose in China and the U.S. after data from Texas." '^China\|China\|PCLI\|CN$'
# a list goes on past an Oxford comma and "the" ("China, Japan, and the
# United Kingdom": no town China in Japan), and a list of states is one even
# when its first name is first a country's ("Georgia, Oklahoma, Pennsylvania":
# no town Oklahoma in Pennsylvania)
expect "Many countries, among them China, Japan, and the United Kingdom, have banned the imports." '^China\|China\|PCLI\|CN$'
expect "The disorder has hit a diverse group of states including Georgia, Oklahoma, Pennsylvania, Wisconsin and California." '^Oklahoma\|Oklahoma\|ADM1\|US$'
expect "Oil demand from China fell, data from Texas showed." '^China\|China\|PCLI\|CN$'
expect "Exports to Mexico rose, officials in Texas said." '^Texas\|Texas\|ADM1\|US$'
expect "The company opened a plant in Poland, its headquarters in Ohio said." '^Poland\|Poland\|PCLI\|PL$'
expect "ELN rebels in Colombia attacked the army base in Puerto Jordan in Arauca province." '\|JO$' absent
expect "Rebels hid in the Sierra Madre mountain range in Luzon." '^Sierra Madre\|.*\|US$' absent
# "the nearby town of X" lies near the story's places: no Palma in Spain in a
# story about Mozambique, however big; a Palma near the story stays
expect "Insurgents attacked Macomia in Mozambique's Cabo Delgado province, weeks after an attack on the nearby town of Palma." '^Palma\|.*\|ES$' absent
expect "Storms hit Majorca and Ibiza in Spain, and flooded the nearby city of Palma." '^Palma\|.*\|ES$'
# "the X region of Y" and "Y's X" say where X is: a namesake outside Y is
# none ("Overberg" is no village in the Netherlands, "Ripley" no town in the
# US); a reading inside Y stays
expect "Police said the Overberg region of South Africa had no rain." '^Overberg\|.*\|NL$' absent
expect "Farmers in Chile's Ripley district sold wine." '^Ripley\|.*\|US$' absent
expect "Insurgents attacked Mozambique's Cabo Delgado province." '^Cabo Delgado\|.*\|ADM1\|MZ$'
expect "Floods hit the Punjab province of Pakistan." '^Punjab\|Punjab\|ADM1\|PK$'
# a headline names the place before the text says where it is: "La Motte,
# Quebec" below it rules out La Motte in France (the gazetteer lacks
# Quebec's)
expect $'La Motte waits for word from the Vatican\n\nRight now, La Motte, Quebec, is abuzz. People in La Motte hope for a pope.' '^La Motte\|.*\|FR$' absent
# choices that support each other settle however many passes it takes:
# "Richmond" follows "London" and "Twickenham" to England a pass after they
# get there (two passes had left it in Indiana)
expect "Richmond council launched a bike scheme today. Richmond faces the same congestion as other parts of London, the Mayor of London said. Cycling through Richmond will be easier, he said. The Richmond plan follows one in Twickenham. Richmond residents welcomed it." '^Richmond\|Richmond\|PPL\|GB$'
# a lake or a camp named after a state or a country ("Lake Vermont" in
# Minnesota, "Camp Georgia") is neither the state nor the country; a name
# with no other reading is left without a point
expect "County Road 35, north of Alexandria, Minn., near Lake Vermont, is closed." '^Lake Vermont\|Vermont\|ADM1' absent
expect "Scouts pitched tents at Camp Georgia for the night." '^Camp Georgia\|' absent
# a state read off a piece of a longer name, in a country nothing else of
# the story is in, is judged as a town is: "Plateau" of "Central Plateau" in
# a story about Haiti is no state of Benin; a state's name in a longer one in
# a story of its country stays ("Alaska Gov. Sarah Palin")
expect "Most of the reported cases are in the Central Plateau and Artibonite regions, north of Port-au-Prince, officials in Haiti said." '^Plateau\|' absent
expect "On Thursday, Alaska Gov. Sarah Palin said the budget of Columbia, South Carolina, was too high." '^Alaska\|Alaska\|ADM1\|US$'
# "Stroud, Ontario, Canada" is a town, its province and its country, no
# list; two names the same province rules out do not vouch for each other
# (Stroud and Bradford in England)
expect "Police stopped his truck on Highway 11 in Stroud, Ontario, Canada. He was released on a promise to appear in a Bradford, Ontario court on May 12." '\|GB$' absent
# a large city after a small place's name says where it is: Soho, London is
# no village in Java
expect "The bar is at 47 Frith Street, Soho, London, and opens at noon." '^Soho\|.*\|ID$' absent
# a piece of a longer name ("Casco" of "Casco Antiguo") needs a place of the
# story within reach, not merely one in the same country: no hamlet in Maine
# for a story whose other names have readings in Florida and California; a
# piece near the story's places keeps its point
expect "Tourists stroll through Casco Antiguo, then take a boat on the Rio San Pedro to Naranja." '^Casco\|' absent
expect "The New London Police Chief met reporters in Des Moines and Cedar Rapids, Iowa." '^New London\|New London\|PPL\|US$'
# an American town's own body after a name ("Police Department", "Fire
# Department", "School District", "Parks and Recreation") names an American
# town: no district of Lesotho; a city elsewhere with no American namesake
# keeps its reading ("Tokyo Fire Department")
expect "Berea police are searching for a suspect, Berea Police Department spokesman Ken Clark said." '^Berea\|Berea\|PPL\|US$'
expect "The Tokyo Fire Department sent 40 engines to the blaze." '^Tokyo\|Tokyo\|PPLC\|JP$'
# ... "Parks and Recreation" with its "and" in lower case too: no Athens in
# Greece (which American Athens, the text does not say)
expect "Skaters may use the city parks, Athens Parks and Recreation Director Austin Fesmire said." '^Athens\|.*\|GR$' absent
# a large city's or a capital's name is not pulled to a small namesake in
# another country by one place of that country ("Denver"); a place near the
# namesake does pull it (Athens, Georgia, beside Watkinsville)
expect "The singer, who once lived in Sydney, now teaches music in Denver." '^Sydney\|Sydney\|PPLA\|AU$'
# a city's council is named after the city: "Dublin City Council" names
# "Dublin" (whose readings include Dublin, Ohio, in Franklin County), not
# the Irish council's area "Dublin City" alone
expect "Dublin City Council heard a first reading of the street plan on Monday, the Franklin County Auditor's Office said." '^Dublin\|Dublin\|PPL\|US$'
# names listed with large cities are large cities: no Dallas, Georgia, or
# Boston, New York, beside Atlanta and New York; a list of counties is
# none ("Butler, Clark, Hamilton, Madison ... counties")
expect "Consulates: Atlanta, Boston, Chicago, Dallas, Denver, Hartford, Houston, Los Angeles, Miami and New York." '^Boston\|Boston\|PPLA\|US$'
# a university is named after a city of its size: "the University of
# Oxford" in a story that names the US is no Oxford, Mississippi
expect "The project, led by the University of Oxford, found new planets, said Dr Chris Lintott of the University of Oxford. Teams from Minnesota and Texas in the US helped, the U.S. agency said." '^Oxford\|Oxford\|PPLA2\|GB$'
# ... the city, not a smaller state or parish of the name (Manchester,
# Jamaica), nor a smaller namesake city abroad that the story's US pulls to
# (Manchester, New Hampshire; Cambridge, Massachusetts)
expect "Experts at the University of Manchester, working with the U.S. Department of Energy in California, described the fossil." '^Manchester\|Manchester\|PPLA2\|GB$'
expect "A University of Cambridge chemist spoke in Massachusetts and New York on Monday." '^Cambridge\|Cambridge\|PPLA2\|GB$'
# ... nor by a round-up's states, when the story names the city's own
# country ("Egyptian"): no Cairo, Illinois
expect "Swine flu spread on Friday. Canada reported cases in Ontario, Alberta and Nova Scotia, and Spain, Germany, China and New Zealand confirmed more. In the US, cases were found in Illinois and Texas. Egyptian health officials checked passengers arriving at Cairo airport from Mexico." '^Cairo\|Cairo\|PPLC\|EG$'
expect "The designer left Copenhagen for a studio in Denver." '^Copenhagen\|Copenhagen\|PPLC\|DK$'
expect "Born in Athens, the chef now runs a diner in Denver." '^Athens\|Athens\|PPLC\|GR$'
expect "Athens police arrested a man from Watkinsville and Winterville on Friday." '^Athens\|Athens\|PPLA2\|US$'
# a given name inside a longer place name is no person's ("Minh" of "Ho Chi
# Minh City"), so the whole name is found, not "Ho" (a village in Vietnam)
expect "Flights reach Ho Chi Minh City daily from Hanoi." '^Ho Chi Minh City\|Ho Chi Minh City\|PPLA\|VN$'
# a city, not the province that only an alternate name calls so ("Almaty"
# is the city, not Almaty Region, whose seat is elsewhere)
expect "The foreign ministers met in Almaty on Friday." '^Almaty\|Almaty\|PPLA\|KZ$'
# a weapon named by a word is no town ("Iskander missiles" fired at Kharkiv
# are not Iskandar, Uzbekistan)
expect "Russian forces fired Iskander missiles at Kharkiv and Zaporizhzhia in Ukraine on Monday." '^Iskander\|' absent

expect "Hikers were lost in the Sierra Madre mountains near Los Angeles." '^Sierra Madre\|Sierra Madre\|PPL\|US$'
expect "Mobile internet services have been cut off since Thursday night." '^Mobile\|' absent
expect "Mobile police arrested two men in Alabama on Monday." '^Mobile\|Mobile\|.*\|US$'
expect "The UN office in Geneva condemned the attack in Burkina Faso.
Our Standards: The Thomson Reuters Trust Principles." '^Geneva\|Gen.ve\|.*\|CH$'
expect "Our Standards: The Thomson Reuters Trust Principles." '^Thomson\|' absent
# a district as news writes it, not an American county without its word
expect "The army said it killed 20 militants in North Waziristan." '^North Waziristan\|.*\|ADM2\|PK$'
expect "Gunmen killed five people in Hall on Monday." '^Hall\|Hall County' absent
# a name after "said" that ends the clause is the speaker's
expect '"We are afraid," said Jamil, a resident of Idlib.' '^Jamil\|' absent
expect '"We are afraid," said Jamil, a resident of Idlib.' '^Idlib\|Idlib\|.*\|SY$'
# a given name inside a place's name is no person ("San Fernando": not "San", Mali)
expect "Officials in San Fernando said the vote failed." '^San\|' absent
expect "Officials in San Fernando said the vote failed." '^San Fernando\|San Fernando\|'
# a hamlet's name opening a longer name, and a given name, are no places
expect "Boko Haram fighters attacked a base." '^Boko\|' absent
expect "Al Jazeera reported the attack." '^Al\|' absent
expect "Police arrested a man in Boko on Monday." '^Boko\|Boko\|PPL\|KZ$'
# a state written with its word in lower case is the state of that name
# ("Plateau State", Nigeria; not the bare "Plateau" department of Benin);
# a word that only describes ("the first Northern state") is none
expect "More than 50 people were killed in neighbouring Plateau state." '^Plateau state\|Plateau State\|ADM1\|NG$'
expect "Maine became the first Northern state to apologize." '^Northern' absent
# a municipality named like the state it lies in, beside a town of it, is
# not what the text means: the state ("Guanajuato has been Mexico's most
# violent state"): the state or its capital
expect "Guanajuato has been Mexico's most violent state as the Santa Rosa de Lima cartel and the Jalisco New Generation Cartel fight for control." '^Guanajuato\|.*\|ADM2\|' absent
# a city's alternate name that is also a given name, opening a longer
# capitalised name, is no city ("Adan Yabaal": not Aden, Yemen); a region
# as the wires spell it
expect "Troops recaptured the town of Adan Yabaal in the Middle Shabelle region." '^Adan\|' absent
expect "Troops recaptured the town of Adan Yabaal in the Middle Shabelle region." '^Middle Shabelle\|.*\|ADM1\|SO$'
# a month's abbreviation in a dateline or a byline's date is no town ("Nov",
# Tajikistan)
expect "BAMAKO, Nov 18 (Reuters) - Gunmen killed 14 soldiers. Published: 14 Nov 2026" '^Nov\|' absent
expect "BAMAKO, Nov 18 (Reuters) - Gunmen killed 14 soldiers. Published: 14 Nov 2026" '^BAMAKO\|Bamako\|'
# a possessive inside a name ("King's Lynn", "St. John's"): the whole name,
# not its last word in another country ("Lynn", Massachusetts) nor its first
# ("St. John", Jersey); a given name's possessive is a person's
expect "The Queen's speech was read in King's Lynn." '^King.s Lynn\|King.s Lynn\|.*\|GB$'
expect "The crash happened near St. John's on Monday." '^St. John.s\|St. John.s\|PPLA\|CA$'
expect "Officials said Martha's home was raided." '^Martha' absent
# a title's plural and a party's letter joined to a state are no towns
# ("Sens." is not Sens, France; "D-W" of "D-W. Va." not Dierkow-West)
expect "Sens. Robert Byrd and Jay Rockefeller, both D-W. Va., praised him." '^(Sens|D-W)\|' absent
# a national park is no town named in it ("Zion National Park" is not Zion,
# Illinois, nor the town of National Park, New Jersey)
expect "Hikers died in Zion National Park and in Rocky Mountain National Park." '\|(Zion|National Park)\|' absent
# names listed with states are states ("Oregon", not Oregon, Ohio;
# "Ontario", not Ontario, California), a list is no "town, state" pair
# ("Washington, West Virginia and Wyoming"), and a town's own state still
# qualifies it ("Texas and Washington, D.C.", "near Piedmont, Va.")
expect "Cases were found in Michigan, Oregon, New Mexico, New York, Indiana and Ohio." '^Oregon\|Oregon\|ADM1\|US$'
expect "Cases rose in Alberta, Manitoba, Ontario and New Brunswick in January." '^Ontario\|Ontario\|ADM1\|CA$'
expect "Cases rose in Utah, Virginia, Washington, West Virginia and Wyoming." '^Washington\|Washington\|ADM1\|US$'
expect "People came from as far as Texas and Washington, D.C., to see it." '^Washington\|Washington\|PPLC\|US$'
expect "Union troops had a skirmish near Piedmont, Va., in 1862." '^Piedmont\|Piedmont\|.*\|US$'
expect "The virus spread to Mexico, China, Japan, Ukraine and Brazil." '^China\|China\|PCLI\|CN$'
# a demonym joined by a hyphen to a word that names no place is a wider
# people's adjective ("Pan-American", "Afro-American": no point in the
# United States), and a combining form before a demonym is no place
# ("Sino-Indian": no Greenville, Liberia, of which "Sino" is another name)
expect "LIMA, Jan 20 (Reuters) - Protesters blocked the Pan-American highway near Juliaca in Peru's southern Puno region on Friday. Police said clashes in the town of Ilave left three dead." '^American\|' absent
expect "The Sino-Indian border was quiet on Monday." '^Sino\|' absent
# a district's name that no town bears, after a verb of saying or a comma
# and before capitalised words the gazetteer does not know, opens a person's
# name ("said Krishna Bahadur Thapa": no Krishna district in India), in
# text that was once decoded twice too
expect "KATHMANDU, April 25 (Reuters) - Nepalâ€™s army rescued 40 trekkers stranded by a landslide near Jomsom in Mustang district, officials said. â€œThe road to Pokhara is blocked,â€ said Krishna Bahadur Thapa, a police officer in Kaski." '^Krishna\|' absent
expect "The officer, Krishna Thapa, said the road to Pokhara was blocked." '^Krishna\|' absent
# a title and a word that name a city of 100,000 people are the city after
# "in" ("in General Santos"), and still a general elsewhere
expect "MANILA, Sept 14 (Reuters) - Two soldiers were killed in General Santos on Monday, police said." '^General Santos\|General Santos\|PPL\|PH$'
# a town read only through another place's alternate name, 2,000 km from
# every other place of the story, is a namesake of a place the gazetteer
# lacks ("Boni" in a story about Mali's Mopti region is no Bonn)
expect "BAMAKO, March 4 (Reuters) - Jihadists attacked an army post in Boni, in Mali's central Mopti region, killing nine soldiers, the army said. Colonel Souleymane Dembele said reinforcements were sent." '^Boni\|Bonn\|' absent
# a small town after "in" (or "in X and") before a verb of saying is where
# the speakers are, not a person's name ("Residents in Douentza said")
expect "BAMAKO, March 4 (Reuters) - Residents in Douentza said fighters burned a market in Mali's Mopti region." '^Douentza\|Douentza\|PPLA2\|ML$'
expect "BAMAKO, March 4 (Reuters) - Villagers in Hombori and Douentza said fighters burned a market in Mali's Mopti region." '^Douentza\|Douentza\|PPLA2\|ML$'
# a short text without capitals (ten words or more) is read as lower case:
# a two-line wire flash names its places
expect "nairobi, march 21 (reuters) - bandits killed 11 people in baringo county, police said. troops would deploy in turkana and west pokot." '^west pokot\|West Pokot County\|ADM1\|KE$'
# without capitals the last word of a gazetteer name is no particle: "surigao
# del sur province" is the province, not the city of Surigao
expect "manila, sept 14 (reuters) - there were no immediate reports of damage in surigao del sur province, the governor said, and schools were closed." '^surigao del sur\|.*Surigao del Sur\|ADM2\|PH$'
# "the town of X" says X is a place even when X is an English word too
# ("the town of Sake" in North Kivu; not "the Department of Energy")
expect "GOMA, Feb 12 (Reuters) - M23 rebels advanced on the town of Sake, 25 km west of Goma in Congo's North Kivu province, residents said." '^Sake\|Sake\|PPL\|CD$'
# a town's name before a capitalised word that names no big place and a verb
# of saying is a person's first name ("Rosario Murillo said": no Rosario in
# Argentina or Nicaragua)
expect "MANAGUA, Nov 7 (AP) - Hurricane Eta flooded the town of Bilwi and villages along the Wawa river, officials said. Rosario Murillo said 30,000 people were evacuated." '^Rosario\|' absent
# a small town read only through another place's alternate name, in a
# country no other place of the story is in and 100 km or more from all of
# them, is a namesake ("Banjska" in Kosovo is no Bansko, Bulgaria)
expect "PRISTINA, Sept 24 (Reuters) - Kosovo police exchanged fire with armed Serbs in the village of Banjska near the northern town of Zvecan, leaving one officer dead." '^Banjska\|Bansko\|' absent
# the last of two capitalised words whose first names no place is a
# surname when its town is far from the story ("Halima Bello, a mother" in a
# story about Kaduna is no Bello, Colombia)
expect "ABUJA, June 12 (Reuters) - Gunmen abducted 80 pupils from a school in Kaduna state, police said. Troops searched the forests near Birnin Gwari, and Halima Bello, a mother, said her son was taken." '^Bello\|' absent
# without capitals a country's demonym or other name is still the country
# ("bolivian officials", "thai police")
expect "la paz, june 26 (reuters) - troops entered the main square before the general was arrested, bolivian officials said, and protesters gathered in cochabamba." '^bolivian\|Bolivia\|PCLI\|BO$'
# a state after a country's possessive that holds none of its readings is a
# state the gazetteer lacks ("Ghana's Northern Region" is not Uganda's)
expect "TAMALE, Sept 30 (Reuters) - Floods killed 26 people in Ghana's Northern Region after a dam spilled, officials said." '^Northern Region\|.*\|UG$' absent
# ... but a country's other name of four letters is no country there ("mann",
# a name of the Isle of Man, is a surname in Indian news)
expect "chandigarh: police registered a case against gurcharan singh mann and two others after the clash near the bus stand, officials said on monday." '\|IM$' absent
# "Delta" or "Basin" after a name makes the name a region's, not the
# country's ("the Niger Delta" is in Nigeria, far from Niger, and not its
# Niger State)
expect "PORT HARCOURT, May 2 (Reuters) - The Niger Delta Avengers claimed an attack on a pipeline in the Niger Delta, officials said." '^Niger\|' absent
expect "NAIROBI, May 2 (Reuters) - Militants of the Niger Delta Avengers attacked pipelines, the Sudan Tribune reported." '^Niger\|' absent
# a county named with its word in a spelling the gazetteer lacks ("DeSoto
# Parish" for De Soto Parish, "St. Tammany Parish" for Saint Tammany
# Parish) is the county, not a namesake town of its first words (DeSoto,
# Texas; a St. Bernard in the Philippines), and it supports the towns in it:
# "Mansfield" beside "DeSoto Parish" and "Shreveport" is the parish's seat
# in Louisiana, not the bigger Mansfield, Texas, next to DeSoto, Texas
expect "MANSFIELD -- Mansfield Mayor Ann Cole said the DeSoto Parish Police Jury will help pay for the new patrol cars. Shreveport police will train the officers." '^Mansfield\|Mansfield\|PPLA2\|US$'
expect "MANSFIELD -- Mansfield Mayor Ann Cole said the DeSoto Parish Police Jury will help pay for the new patrol cars. Shreveport police will train the officers." '^Mansfield\|Mansfield\|PPL\|US$' absent
expect "The DeSoto Parish School Board met in Mansfield on Tuesday." '^Mansfield\|Mansfield\|PPLA2\|US$'
expect "Logansport police said the DeSoto parish line was closed by the flood." '^DeSoto parish\|De Soto Parish\|ADM2\|US$'
expect "Logansport police said the DeSoto parish line was closed by the flood." '^Logansport\|Logansport\|PPLA2\|US$' absent
expect "COVINGTON -- The St. Tammany Parish council approved a new park in Covington on Monday." '^Covington\|Covington\|PPLA2\|US$'
expect "Deputies in St. Bernard Parish searched the marsh for a missing boater." '^St. Bernard Parish\|Saint Bernard Parish\|ADM2\|US$'
expect "Deputies in St. Bernard Parish searched the marsh for a missing boater." '\|PH$' absent
expect "CLAYTON -- Officials in St. Louis County said the Clayton courthouse would close early." '^St. Louis County\|Saint Louis County\|ADM2\|US$'
expect "The St. Johns County sheriff said a St. Augustine man was arrested." '^St. Johns County\|Saint Johns County\|ADM2\|US$'
expect "The St. Joseph County prosecutor said a South Bend man was charged." '^St. Joseph County\|Saint Joseph County\|ADM2\|US$'
expect "St. Francois County deputies arrested a Farmington man on Friday." '^Farmington\|Farmington\|PPLA2\|US$'
expect "A St. Lucie County deputy stopped a car in Port St. Lucie on Friday." '^St. Lucie County\|Saint Lucie County\|ADM2\|US$'
expect "THIBODAUX -- Lafourche Parish deputies and St. James Parish officials met in Thibodaux." '^St. James Parish\|Saint James Parish\|ADM2\|US$'
expect "HAMMOND -- A St. Helena Parish man was arrested in Hammond on Friday, police said." '^St. Helena Parish\|Saint Helena Parish\|ADM2\|US$'
expect "The St. Croix County board met in Hudson on Monday." '^Hudson\|Hudson\|PPLA2\|US$'
# ... and a county named with its word in another state than the story's
# home is that county, not a home town the gazetteer lacks
expect "Officials in Lafourche Parish said a man from Paris, Texas, was arrested after a chase through Dallas." '^Lafourche Parish\|Lafourche Parish\|ADM2\|US$'
expect "Floods hit St. Ann Parish in Jamaica, and officials in Kingston sent help." '^St. Ann Parish\|Saint Ann Parish\|ADM1\|JM$'
# the county's name written again without its word ("the DeSoto Detention
# Center") is the county when none of its readings lies in the county's
# state; one that does ("St. Louis" beside "St. Louis County") stays itself,
# and so does a capital or a big city ("Washington", "Paris")
expect "Jurors in the DeSoto Parish courthouse heard the case, and the DeSoto Detention Center held the suspect." '^DeSoto\|De Soto Parish\|ADM2\|US$'
expect_all "St. Louis County police arrested a man in St. Louis on Friday." '^St. Louis County\|Saint Louis County\|ADM2\|US$' '^St. Louis\|St. Louis\|PPLA2\|US$'
expect_all "St. Joseph County officials flew to Washington to ask for flood aid." '^St. Joseph County\|Saint Joseph County\|ADM2\|US$' '^Washington\|Washington\|PPLC\|US$'
expect_all "Tourists from St. Tammany Parish spent a week in Paris and London." '^St. Tammany Parish\|Saint Tammany Parish\|ADM2\|US$' '^Paris\|Paris\|PPLC\|FR$'
# a state or province of little note, named bare, in a country no other
# place of the story is in and 1,000 km or more from all of them, is a
# namesake of a place the gazetteer lacks ("shot in Nyanga", a township of
# Cape Town, is no province of Gabon); a well-known one far from the story
# stays ("in Crimea"), and so does one the text says where it is ("Nyanga,
# Gabon"), or that the story's country holds
expect_all "CAPE TOWN, March 3 - A driver was shot and wounded in Nyanga on Tuesday night, police said. The shooting came a day after two people were killed in Khayelitsha. Western Cape police said the victim had fought in Crimea. Officers were deployed across Cape Town." '!^Nyanga\|' '^Crimea\|Crimea\|ADM1\|UA$' '^Western Cape\|Western Cape\|ADM1\|ZA$'
# a name the text puts in a large city ("Bosa and Usme in Bogota", "Dhaka's
# Banani area") is a part of it: a reading far from the city is a namesake
# of a part the gazetteer lacks (Bosa, Sardinia; Eastleigh, England; a
# Banaj in Albania), and a reading by the city is chosen over a far one
# (Providencia in Chile, not Peru)
expect "BOGOTA, July 7 - Police clashed with protesters in Bosa and Usme in Bogota, officials said." '^Bosa\|' absent
expect "NAIROBI, Nov 2 - Police fired tear gas in Kibera and Eastleigh in Nairobi, witnesses said." '^Eastleigh\|.*\|GB$' absent
expect "DHAKA, Aug 9 - Fire swept through the Korail slum in Dhaka's Banani area, firefighters said." '^Banani\|' absent
expect_all "SANTIAGO, May 3 - Protesters clashed with police in Providencia and Nunoa in Santiago, officials said." '^Providencia\|Providencia\|.*\|CL$' '!\|PE$'
# ... and so is a name opening a longer one the gazetteer lacks, named only
# there ("Kocha Risaldar in Peshawar" is no Kuqa, China; "Camino Verde in
# Tijuana" no Camino, California)
expect "PESHAWAR, March 4 - A suicide bomber struck a mosque in Kocha Risaldar in Peshawar, killing 60, police said." '^Kocha\|' absent
expect "TIJUANA, April 3 - Police found bodies in Camino Verde and Sanchez Taboada in Tijuana, officials said." '^Camino\|.*\|US$' absent
# ... and so does an apposition that calls a name a part of a large city
# ("Athlone, a suburb of Cape Town", no Athlone in Ireland; "Clifton, a
# Karachi neighbourhood", no Clifton in New Jersey); a reading in or by the
# city stays ("Soweto, a township near Johannesburg")
expect "CAPE TOWN, May 4 - A man was shot in Athlone, a suburb of Cape Town, police said. Western Cape officials condemned the attack." '^Athlone\|.*\|IE$' absent
expect_all "KARACHI, April 6 - Gunmen killed two men in Clifton, a Karachi neighbourhood, police said, and fled towards Hyderabad. Residents of Soweto, a township near Johannesburg, held a vigil." '!^Clifton\|.*\|US$' '^Soweto\|Soweto\|.*\|ZA$'
# ... with a people's or a faith's word before the part's ("Dasht-e-Barchi,
# a Hazara neighbourhood of Kabul": no Barchi in Italy)
expect "KABUL, Oct 4 - A bomb exploded in Dasht-e-Barchi, a Hazara neighbourhood of Kabul, police said." '^Barchi\|' absent
# ... however big the namesake, when the name opens with a word that opens
# place names ("Puerto Resistencia in Cali" is no Resistencia, Argentina)
expect "CALI, Colombia, Dec 9 - Protesters blocked roads in Siloe and Puerto Resistencia in Cali, police said." '^Resistencia\|' absent
# a first name that is no place opens a person's name even when the surname
# names a state abroad ("Judith Rivera" is no department of Uruguay)
expect "The government acted when Judith Rivera, 44 and a mother of four, went public in Lima." '^Rivera\|' absent
# a person a place is named for lends it the surname: later bare mentions
# are the place ("named after Thomas Harrison ... Harrison lies")
expect "The town was named after Thomas Harrison, a judge. Harrison lies on the river, east of Cincinnati, Ohio." '^Harrison\|Harrison\|.*\|US$'
expect "The town was named in honor of George Anderson, a railroad supervisor. Anderson grew after the railroad came to South Carolina." '^Anderson\|Anderson\|.*\|US$'
# ... and a place another is named after is another place: its state does
# not move the story's own one (Richmond, Missouri stays there, Richmond,
# Virginia is Virginia's capital)
expect_all "Richmond is a city in Ray County, Missouri. It was named after Richmond, Virginia. Richmond was founded in 1827 on the river." '^Richmond\|Richmond\|PPLA2\|US$' '^Richmond\|Richmond\|PPLA\|US$'
# a county written after a town's name says where it is, as a state does:
# a namesake outside the county's state is a place the gazetteer lacks
# (no Grantville, Georgia for "Grantville, Kootenai County", Idaho)
expect "The singer was born in Grantville, Kootenai County, and later moved away." '^Grantville\|' absent
# "X, a town in Y County" and "X is a city in Y County" put X in that
# county as "X, Y" does: no Columbus (once called Franklin) for "Franklin,
# a small city in Franklin County, Idaho" beside Columbus
expect "Franklin, a small city in Franklin County, Idaho, lost power on Monday. Crews from Columbus and Boise helped." '^Franklin\|Franklin\|PPL\|US$'
# a double surname after a given name is a person's: neither its second part
# (no Valls in Spain) nor the given name (no Joaquin in Texas) is a place
expect "Vatican spokesman, Joaquin Navarro-Valls, said the Pope had been cured in Rome." '^(Valls|Joaquin)\|' absent
# a given name before a surname's particle and a capitalised word is a
# person's ("Dennis van Engelsdorp": no Dennis, Massachusetts; "Hassan el
# Bushra": no Hassan district of India)
expect "According to Dennis van Engelsdorp, a bee specialist in Pennsylvania, bees died. Hassan el Bushra, an adviser in Cairo, agreed." '^(Dennis|Hassan)\|' absent
# an age after a name makes it a person's, and the surname is remembered:
# "Hailey, 6," is no Hailey, Idaho; "Harman, 31," then "Harman was held"
# no Bluefield, West Virginia (once called Harman)
expect "Police in Boise said the couple and their children, Hailey, 6, and Caleb, 4, were unharmed." '^Hailey\|' absent
expect "Officers arrested Harman, 31, of Bluefield on Monday. Harman was held at the jail." '^Harman\|' absent
# a town's name before "administration", "campaign" or "presidency" is a
# leader's ("the Bush administration": no Būsh, Egypt); a state's or a
# capital's stays ("the Vatican administration")
expect "Talks on the Nile collapsed when the Bush administration ignored the warnings, officials in Cairo said." '^Bush\|' absent
expect "The Vatican administration said the Pope rested." '^Vatican\|Vatican City\|'
# a relative named after the word for the kinship is a person ("his wife,
# Mary": no Mary, Turkmenistan; "a son, Kingston James": no Kingston,
# Jamaica)
expect_all "He was buried in Denver beside his wife, Mary, and a son, Kingston James." '!^Mary\|' '!^Kingston\|' '^Denver\|Denver\|'
echo "test_places_world: $n checks, $([ $fail = 0 ] && echo all passed || echo some failed)"
exit $fail
