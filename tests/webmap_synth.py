#!/usr/bin/env python3
"""webmap_synth.py PAGE.html OUT.html N -- the HTML map PAGE with N synthetic events
(3,060 places, a few of them very busy, twelve types, dates over a year) and
a probe script that times, once the page has run: the load (navigation start
to map ready), ten pans, a zoom and a filter change; the figures land in the
body attributes data-load-ms, data-pans, data-pan-ms, data-zoom-ms,
data-filter-ms. Used by test_webmap.sh."""
import json, random, sys
page, out, n = open(sys.argv[1], encoding="utf-8").read(), sys.argv[2], int(sys.argv[3])
random.seed(7)
types = ["ASSAULT","PROTEST","CONSULT","AGREE","AID","THREATEN","ACCUSE","MOBILIZE","COERCE","REQUEST","SUPPORT","SANCTION"]
sites = [(random.uniform(-170, 175), random.uniform(-50, 65), "Place %d" % i) for i in range(3000)]
sites += [(random.uniform(-10, 60), random.uniform(0, 50), "Country %d" % i) for i in range(60)]
feats = []
for i in range(n):
    lon, lat, name = sites[int(random.paretovariate(1.2)) % len(sites)] if random.random() < 0.7 else random.choice(sites)
    d = "2023-%02d-%02d" % (random.randint(1, 12), random.randint(1, 28))
    prec = random.choice(["day","day","day","week","month"])
    p = {"article_id": "a%d" % (i // 5), "event_type": random.choice(types), "mode": None, "quad_code": 4,
         "event_date": d, "event_date_start": d, "event_date_end": d, "date_precision": prec,
         "actor": "Militants", "actor_code": None, "actor_sector": "REB", "recipient": None,
         "recipient_code": None, "recipient_sector": None, "place_name": name, "country_code": "XX",
         "mode_of_report": "asserted", "negated": False, "count": None, "count_qualifier": None,
         "fatalities": None, "injured": None, "confidence": round(random.random(), 3),
         "precision": "city", "sentence": "Militants attacked a police station in %s on Tuesday, killing several people, officials said." % name,
         "title": "Story %d" % (i // 5), "url": "https://news.example/%d" % (i // 5), "published": d}
    p = {k: v for k, v in p.items() if v is not None and v is not False and not (k == "mode_of_report" and v == "asserted") and not (k.startswith("event_date_") and v == d)}
    feats.append({"type": "Feature", "id": i + 1, "geometry": {"type": "Point", "coordinates": [round(lon, 5), round(lat, 5)]}, "properties": p})
fc = json.dumps({"type": "FeatureCollection", "features": feats}, separators=(",", ":")).replace("<", "\\u003c")
a = page.index('<script id="ge-data" type="application/json">') + len('<script id="ge-data" type="application/json">')
b = page.index("</script>", a)
probe = """<script>
(function () {
  var g = window.geoevents, b = document.body, t0 = performance.now();
  b.setAttribute('data-load-ms', String(Math.round(t0)));
  var pans = [];
  for (var i = 0; i < 10; i++) {
    var t = performance.now();
    g.map.panBy([i % 2 ? -300 : 300, i % 4 < 2 ? 120 : -120], { animate: false });
    pans.push(performance.now() - t);
  }
  var t1 = performance.now();
  g.map.setZoom(g.map.getZoom() + 1, { animate: false });
  var zoom = performance.now() - t1;
  var t2 = performance.now();
  document.getElementById('ge-from').value = '2023-06-01';
  g.apply();
  var filt = performance.now() - t2;
  b.setAttribute('data-pans', pans.map(function (x) { return x.toFixed(0); }).join(','));
  pans.sort(function (x, y) { return x - y; });
  b.setAttribute('data-pan-ms', pans[5].toFixed(1) + ' median, ' + pans[9].toFixed(1) + ' max');
  b.setAttribute('data-zoom-ms', zoom.toFixed(1));
  b.setAttribute('data-filter-ms', filt.toFixed(1));
})();
</script>"""
page = page[:a] + fc + page[b:]
page = page.replace("</body>", probe + "</body>")
open(out, "w", encoding="utf-8").write(page)
