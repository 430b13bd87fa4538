#!/usr/bin/env bash
# test_qgis.sh -- the layers in the real client, headless QGIS: maps the
# bundled examples and the seed article to GeoPackage, a Shapefile folder,
# GeoJSON and MBTiles, loads each events layer with PyQGIS and checks it is
# valid, has the feature count ogrinfo reports (and the GeoJSON's events),
# the right CRS and fields, that it came up with the stored default style
# (categorised on event_type; GPKG layer_styles, .qml beside the others) and
# its temporal settings, then renders it to a PNG and checks every event's
# point changed the pixels under it. PNGs go into docs/ with
# GEOEVENTS_UPDATE_DOCS=1. Skipped (77) without QGIS or the gazetteer.
set -euo pipefail
bin=$1; src=$2; tmp=$3
py=/usr/bin/python3 # Debian's QGIS is built for the system interpreter
if ! [ -x "$py" ] || ! QT_QPA_PLATFORM=offscreen "$py" -c 'import qgis.core' >/dev/null 2>&1; then
    echo "SKIP: /usr/bin/python3 cannot import qgis (scripts/install-clients.sh installs Debian's qgis and python3-qgis)"
    exit 77
fi
gaz=${GEOEVENTS_GAZETTEER:-$src/gazetteer/geoevents.gaz}
if [ ! -f "$gaz" ]; then
    echo "SKIP: no gazetteer at $gaz (./setup.sh builds it)"
    exit 77
fi
rm -rf "$tmp"; mkdir -p "$tmp"
docs=""
if [ "${GEOEVENTS_UPDATE_DOCS:-0}" = 1 ]; then docs=$src/docs; mkdir -p "$docs"; fi

map_all() { # map_all NAME INPUT [OPTIONS...]
    local name=$1; shift
    "$bin" map "$@" -o "$tmp/$name.gpkg" -q
    "$bin" map "$@" -o "$tmp/${name}_shp" -q
    "$bin" map "$@" -o "$tmp/$name.geojson" -q
    "$bin" map "$@" -o "$tmp/$name.mbtiles" -q
}
map_all examples "$src/examples"
"$bin" map "$src/examples" -o "$tmp/examples_all.geojson" --layers events,mentions,articles -q
map_all seed "$src/examples/seed-article.txt" --date 2023-11-20

export QT_QPA_PLATFORM=offscreen XDG_RUNTIME_DIR=${XDG_RUNTIME_DIR:-$tmp/xdg}
mkdir -p "$XDG_RUNTIME_DIR"; chmod 700 "$XDG_RUNTIME_DIR"
"$py" - "$tmp" "$docs" <<'PY'
import os, re, subprocess, sys

from qgis.core import (QgsApplication, QgsCoordinateReferenceSystem, QgsCoordinateTransform,
                       QgsFillSymbol, QgsMapRendererParallelJob, QgsMapSettings, QgsPointXY,
                       QgsProject, QgsSingleSymbolRenderer, QgsUnitTypes, QgsVectorLayer,
                       QgsVectorLayerTemporalProperties)
from qgis.PyQt.QtCore import QSize
from qgis.PyQt.QtGui import QColor

tmp, docs = sys.argv[1], sys.argv[2]
QgsApplication.setPrefixPath("/usr", True)
app = QgsApplication([], False)
app.initQgis()
print("QGIS", app.version() if hasattr(app, "version") else "")

fails = 0
def check(ok, what):
    global fails
    if not ok:
        fails += 1
        print("FAIL:", what)
    return ok

def ogr_count(path, layer):
    out = subprocess.run(["ogrinfo", "-ro", "-so", path] + ([layer] if layer else ["-al"]),
                         capture_output=True, text=True).stdout
    m = re.search(r"Feature Count: (\d+)", out)
    return int(m.group(1)) if m else -1

WEB = QgsCoordinateReferenceSystem("EPSG:3857")
world_path = "/usr/share/qgis/resources/data/world_map.gpkg"
world = None
if os.path.exists(world_path):  # QGIS's own Natural Earth countries, as a backdrop
    world = QgsVectorLayer(world_path + "|layername=countries", "countries", "ogr")
    sym = QgsFillSymbol.createSimple({"color": "248,246,241,255", "outline_color": "183,176,164,255",
                                      "outline_width": "0.2"})
    world.setRenderer(QgsSingleSymbolRenderer(sym))

def render(layers, extent, path=None):
    ms = QgsMapSettings()
    ms.setLayers(layers)
    ms.setDestinationCrs(WEB)
    ms.setBackgroundColor(QColor(227, 237, 244))
    ms.setOutputSize(QSize(1200, 700))
    ms.setOutputDpi(96)
    ms.setExtent(extent)
    job = QgsMapRendererParallelJob(ms)
    job.start()
    job.waitForFinished()
    img = job.renderedImage()
    if path:
        img.save(path, "PNG")
    return img, ms

def check_render(name, fmt, layer):
    """Every event's point changes the pixels under it (vs the backdrop alone)."""
    to_web = QgsCoordinateTransform(layer.crs(), WEB, QgsProject.instance())
    ext = to_web.transformBoundingBox(layer.extent())
    ext.grow(max(ext.width(), ext.height(), 400000) * 0.25 + 50000)
    back = [world] if world else []
    out = os.path.join(docs, "qgis-%s.png" % name) if docs and fmt == "gpkg" else \
          os.path.join(tmp, "%s-%s.png" % (name, fmt))
    img, ms = render([layer] + back, ext, out)
    bare, _ = render(back, ext)
    m2p = ms.mapToPixel()
    points = set()
    for f in layer.getFeatures():
        g = f.geometry()
        if g.isEmpty():
            continue
        for p in (g.asMultiPoint() if g.isMultipart() else [g.asPoint()]):
            q = to_web.transform(QgsPointXY(p))
            s = m2p.transform(q)
            points.add((int(round(s.x())), int(round(s.y()))))
    missed = [p for p in points
              if 0 <= p[0] < img.width() and 0 <= p[1] < img.height()
              and img.pixel(p[0], p[1]) == bare.pixel(p[0], p[1])]
    changed = sum(1 for x in range(0, img.width(), 2) for y in range(0, img.height(), 2)
                  if img.pixel(x, y) != bare.pixel(x, y))
    print("  %s %s: rendered %s, %d distinct points, %d missed, ~%d pixels changed"
          % (name, fmt, out, len(points), len(missed), changed * 4))
    check(len(points) > 0, "%s %s: no points to render" % (name, fmt))
    check(not missed, "%s %s: points not drawn at %s" % (name, fmt, missed[:5]))
    check(changed * 4 >= 40 * len(points), "%s %s: too few pixels changed" % (name, fmt))

def check_style(name, fmt, layer):
    r = layer.renderer()
    check(r is not None and r.type() == "pointCluster",
          "%s %s: renderer %s, not the stored clustered style" % (name, fmt, r.type() if r else None))
    if r is not None and r.type() == "pointCluster":
        r = r.embeddedRenderer()
    ok = check(r is not None and r.type() == "categorizedSymbol",
               "%s %s: renderer %s, not the stored categorised style"
               % (name, fmt, r.type() if r else None))
    if ok:
        check(r.classAttribute() == "event_type", "%s %s: classified on %s" % (name, fmt, r.classAttribute()))
        check(len(r.categories()) == 17, "%s %s: %d categories" % (name, fmt, len(r.categories())))
        values = {c.value() for c in r.categories()}
        check({"ASSAULT", "CONSULT", "AID", "THREATEN"} <= values, "%s %s: categories %s" % (name, fmt, values))
    check(layer.labelsEnabled(), "%s %s: labels not enabled" % (name, fmt))
    i = layer.fields().indexOf("event_type")
    check(layer.attributeAlias(i) == "Event type", "%s %s: alias %r" % (name, fmt, layer.attributeAlias(i)))
    # QGIS 3.22's layer constructor loads the default style, then replaces
    # its temporal settings with the provider's (inactive) and a guess from
    # the field names; loading the default style again applies the stored
    # ones: active, each event shown on event_date for one day.
    layer.loadDefaultStyle()
    tp = layer.temporalProperties()
    check(tp.isActive(), "%s %s: temporal not active from the style" % (name, fmt))
    start = "date_start" if fmt == "shp" else "event_date_start"
    end = "date_end" if fmt == "shp" else "event_date_end"
    check(tp.mode() == QgsVectorLayerTemporalProperties.ModeFeatureDateTimeStartAndEndFromExpressions
          and start in tp.startExpression() and end in tp.endExpression(),
          "%s %s: temporal mode/fields not from the style: %s %s %s" % (name, fmt, tp.mode(), tp.startExpression(), tp.endExpression()))

def check_output(name, fmt, uri, path, ogr_layer, crs, reference_ids):
    layer = QgsVectorLayer(uri, "events", "ogr")
    if not check(layer.isValid(), "%s %s: %s not valid in QGIS" % (name, fmt, uri)):
        return None
    n = layer.featureCount()
    want = ogr_count(path, ogr_layer)
    ids = sorted({f["event_id"] for f in layer.getFeatures()})
    print("  %s %s: %d features (ogrinfo %d), %d events, %s" % (name, fmt, n, want, len(ids), layer.crs().authid()))
    check(n == want, "%s %s: QGIS counts %d features, ogrinfo %d" % (name, fmt, n, want))
    check(ids == reference_ids, "%s %s: events differ from the GeoJSON's" % (name, fmt))
    # one feature per event, MBTiles too (BUFFER=0: no copies in neighbouring tiles)
    check(n == len(reference_ids), "%s %s: %d features for %d events" % (name, fmt, n, len(reference_ids)))
    check(layer.crs().authid() == crs, "%s %s: CRS %s, not %s" % (name, fmt, layer.crs().authid(), crs))
    names = set(layer.fields().names())
    need = {"event_id", "event_type", "event_date", "place_name", "confidence"}
    check(need <= names, "%s %s: fields missing: %s" % (name, fmt, need - names))
    if fmt in ("gpkg", "shp"):
        f = layer.fields().field("event_date")
        check(f.typeName().lower().startswith("date"), "%s %s: event_date is %s, not a date" % (name, fmt, f.typeName()))
    return layer

for name in ("examples", "seed"):
    base = os.path.join(tmp, name)
    ref = QgsVectorLayer(base + ".geojson", "ref", "ogr")
    if not check(ref.isValid(), "%s: GeoJSON output not readable" % name):
        continue
    ref_ids = sorted({f["event_id"] for f in ref.getFeatures()})
    check(len(ref_ids) > 0, "%s: no events" % name)
    outputs = [
        ("gpkg", base + ".gpkg|layername=events", base + ".gpkg", "events", "EPSG:4326"),
        ("shp", base + "_shp/events.shp", base + "_shp/events.shp", "events", "EPSG:4326"),
        ("geojson", base + ".geojson", base + ".geojson", None, "EPSG:4326"),
        ("mbtiles", base + ".mbtiles|layername=events", base + ".mbtiles", "events", "EPSG:3857"),
    ]
    for fmt, uri, path, ogr_layer, crs in outputs:
        layer = check_output(name, fmt, uri, path, ogr_layer, crs, ref_ids)
        if layer is None:
            continue
        if fmt != "mbtiles":  # styles travel with GPKG (layer_styles) and as .qml beside files
            check_style(name, fmt, layer)
        check_render(name, fmt, layer)

# Mentions and articles have styles of their own (by location precision,
# clustered), in the GeoPackage and as .qml beside GeoJSON sidecars.
for name in ("examples",):
    base = os.path.join(tmp, name)
    for lname in ("mentions", "articles"):
        for fmt, uri in (("gpkg", base + ".gpkg|layername=" + lname),
                         ("geojson", base + "_all." + lname + ".geojson")):
            layer = QgsVectorLayer(uri, lname, "ogr")
            if not check(layer.isValid(), "%s %s %s: not valid" % (name, fmt, lname)):
                continue
            r = layer.renderer()
            inner = r.embeddedRenderer() if r is not None and r.type() == "pointCluster" else None
            check(inner is not None and inner.type() == "categorizedSymbol"
                  and inner.classAttribute() == "precision",
                  "%s %s %s: renderer %s, not the stored style by precision"
                  % (name, fmt, lname, r.type() if r else None))
            check(layer.labelsEnabled(), "%s %s %s: labels not enabled" % (name, fmt, lname))

# A week-precision event is visible on every day of its week (temporal
# controller filter over event_date_start..event_date_end).
from qgis.core import QgsDateTimeRange, QgsFeatureRequest, QgsVectorLayerTemporalContext
from qgis.PyQt.QtCore import QDate, QDateTime, QTime
ev = QgsVectorLayer(os.path.join(tmp, "examples.gpkg") + "|layername=events", "events", "ogr")
ev.loadDefaultStyle()
tp = ev.temporalProperties()
weeks = [f for f in ev.getFeatures() if f["date_precision"] == "week"]
if check(weeks, "examples: no week-precision event to check"):
    f = weeks[0]
    d0 = f["event_date_start"]
    d0 = d0 if isinstance(d0, QDate) else QDate.fromString(str(d0), "yyyy-MM-dd")
    seen = 0
    for k in range(7):
        day = d0.addDays(k)
        rng = QgsDateTimeRange(QDateTime(day, QTime(0, 0)), QDateTime(day.addDays(1), QTime(0, 0)), True, False)
        expr = tp.createFilterString(QgsVectorLayerTemporalContext(), rng)
        ids = {g.id() for g in ev.getFeatures(QgsFeatureRequest().setFilterExpression(expr))}
        seen += f.id() in ids
    check(seen == 7, "a week-precision event shows on %d of the 7 days of its week" % seen)

print("test_qgis:", "all checks passed" if not fails else "%d failure(s)" % fails)
sys.stdout.flush()
# Leave without QgsApplication.exitQgis(): QGIS 3.22's teardown can crash
# after a run like this, and the verdict is already known.
os._exit(1 if fails else 0)
PY
