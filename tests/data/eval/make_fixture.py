#!/usr/bin/env python3
"""make_fixture.py -- writes fixture.jsonl (the eval corpus format, code point
offsets) from the marked-up articles below: [[Name|lat|lon]] is a toponym
with coordinates, [[Name]] one without. The articles were written for the
project (not taken from any corpus). Run: python3 make_fixture.py > fixture.jsonl
"""
import json
import re
import sys

ARTICLES = [
    "Car bomb kills 12 in [[Baghdad|33.34058|44.40088]]\n"
    "A car bomb exploded in a crowded market in central [[Baghdad|33.34058|44.40088]] on Tuesday, "
    "killing at least 12 people, police said. Another blast hit a checkpoint near "
    "[[Mosul|36.335|43.11889]], about 400 km north of the capital. Officials in "
    "[[Erbil|36.19257|44.01062]] said security would be tightened across the region.",

    "Storms damage homes in [[Paris|33.66094|-95.55551]]\n"
    "[[PARIS|33.66094|-95.55551]], [[Texas|31.25044|-99.25061]] - Severe thunderstorms swept "
    "through northeast [[Texas|31.25044|-99.25061]] on Monday night, tearing roofs off homes in "
    "[[Paris|33.66094|-95.55551]] and knocking out power to thousands. Forecasters in "
    "[[Dallas|32.78306|-96.80667]] said more storms could reach the area by Wednesday.",

    "Lawmakers return to [[Springfield|39.80172|-89.64371]]\n"
    "State lawmakers returned to [[Springfield|39.80172|-89.64371]] on Wednesday to debate the "
    "budget. The governor, who lives in [[Chicago|41.85003|-87.65005]], urged the General "
    "Assembly to pass a spending plan before May. [[Illinois|40.00032|-89.25037]] has not had a "
    "full budget for two years.",

    "Deputies arrest two in [[Alexandria|31.31129|-92.44514]] burglaries\n"
    "The [[Rapides Parish|31.19862|-92.5332]] Sheriff's Office said Friday that two men were "
    "arrested in connection with a string of burglaries in [[Alexandria|31.31129|-92.44514]] and "
    "[[Pineville|31.3224|-92.4343]]. Both men were booked into the parish jail. Anyone with "
    "information is asked to call Crime Stoppers of Central [[Louisiana|31.00047|-92.00068]].",

    "[[Ocala|29.1872|-82.14009]] man charged after chase\n"
    "[[OCALA|29.1872|-82.14009]], [[Fla.|28.75054|-82.5001]] - A 34-year-old "
    "[[Ocala|29.1872|-82.14009]] man was charged with fleeing police after a chase that ended "
    "near [[Gainesville|29.65163|-82.32483]], the [[Marion County|29.21022|-82.0566]] Sheriff's "
    "Office said. The man was taken to a hospital in [[Gainesville|29.65163|-82.32483]] and "
    "later released.",

    "Cholera outbreak spreads in [[Kenya|1.0|38.0]]\n"
    "Health officials in [[Kenya|1.0|38.0]] say a cholera outbreak that began in "
    "[[Nairobi|-1.28333|36.81667]] has spread to the coastal city of "
    "[[Mombasa|-4.05466|39.66359]]. The World Health Organization, based in "
    "[[Geneva|46.20222|6.14569]], said 230 cases had been reported since March. Neighbouring "
    "[[Uganda|1.25|32.5]] has stepped up screening at border crossings.",

    "Ebola cases rise in [[West Africa]]\n"
    "The number of Ebola cases in [[Guinea|10.83333|-10.66667]], "
    "[[Sierra Leone|8.5|-11.5]] and [[Liberia|6.5|-9.5]] rose again last week, the WHO said. "
    "Most new cases were reported in [[Conakry|9.53795|-13.67729]] and in "
    "[[Freetown|8.48714|-13.2356]], where hospitals are struggling to cope.",

    "[[Jordan|31.0|36.0]] to host talks on refugees\n"
    "[[AMMAN|31.95522|35.94503]] - [[Jordan|31.0|36.0]] will host a regional meeting on "
    "refugees next month, the foreign ministry in [[Amman|31.95522|35.94503]] said on Sunday. "
    "More than 600,000 refugees from [[Syria|35.0|38.0]] are registered in the kingdom.",

    "[[Savannah|32.08354|-81.09983]] port sets cargo record\n"
    "The port of [[Savannah|32.08354|-81.09983]] handled a record volume of containers in June, "
    "the [[Georgia|32.75042|-83.50018]] Ports Authority said. Officials in "
    "[[Atlanta|33.749|-84.38798]] credited new cranes and rail links. The port is the fastest "
    "growing in the [[United States|39.76|-98.5]].",

    "Protests in [[Tbilisi|41.69411|44.83368]]\n"
    "Thousands of people rallied in [[Tbilisi|41.69411|44.83368]], the capital of "
    "[[Georgia|42.0|43.5]], on Saturday to protest against a proposed law. Police used water "
    "cannon to disperse the crowd outside parliament.",

    "[[Mobile|30.69436|-88.04305]] council approves budget\n"
    "The city council voted on Tuesday to approve a $300 million budget. Mayor Smith said the "
    "plan would fund road repairs across [[Mobile|30.69436|-88.04305]] and help the city "
    "attract jobs to south [[Alabama|32.75041|-86.75026]].",

    "Flooding closes roads in [[Reading|51.45625|-0.97113]]\n"
    "Heavy rain caused flooding across [[Berkshire|51.41667|-1.0]] on Thursday, closing several "
    "roads in [[Reading|51.45625|-0.97113]]. Trains between [[Reading|51.45625|-0.97113]] and "
    "[[London|51.50853|-0.12574]] were delayed by up to an hour.",

    "Typhoon hits the [[Philippines|13.0|122.0]]\n"
    "A powerful typhoon struck the central [[Philippines|13.0|122.0]] on Friday, forcing tens of "
    "thousands of people to flee their homes. Flights in and out of "
    "[[Manila|14.6042|120.9822]] were cancelled, and schools across the capital were closed "
    "until Monday.",

    "Camps brace for monsoon\n"
    "Aid agencies in [[Bangladesh|24.0|90.0]] are preparing for heavy rains in the refugee camps "
    "near [[Cox's Bazar|21.45324|91.96761]], home to nearly a million people who fled "
    "[[Myanmar]]. The government in [[Dhaka|23.7104|90.40744]] has asked for more help.",
    "Heatwave grips [[São Paulo|-23.5475|-46.63611]]\n"
    "Temperatures in [[São Paulo|-23.5475|-46.63611]] — [[Brazil|-10.0|-55.0]]’s largest "
    "city — reached 37°C on Sunday. Meteorologists in [[Rio de Janeiro|-22.90642|-43.18223]] "
    "said the heat would last until the weekend.",
]

MARK = re.compile(r"\[\[([^|\]]+)(?:\|([-0-9.]+)\|([-0-9.]+))?\]\]")


def convert(i, marked):
    text, tops, pos = "", [], 0
    for m in MARK.finditer(marked):
        text += marked[pos:m.start()]
        start = len(text)
        text += m.group(1)
        lat = float(m.group(2)) if m.group(2) else None
        lon = float(m.group(3)) if m.group(3) else None
        tops.append({"start": start, "end": len(text), "name": m.group(1),
                     "lat": lat, "lon": lon, "geonameid": None, "type": None})
        pos = m.end()
    text += marked[pos:]
    assert all(text[t["start"]:t["end"]] == t["name"] for t in tops)
    return {"id": f"fixture-{i}", "corpus": "fixture", "text": text, "toponyms": tops}


for i, a in enumerate(ARTICLES):
    sys.stdout.write(json.dumps(convert(i, a), ensure_ascii=False) + "\n")
