/* style.c -- the default QGIS styles of the three layers, as QML documents:
 * events categorised by PLOVER type (quad classes as colour families, sized
 * by confidence, time-enabled over event_date_start..event_date_end),
 * mentions and articles categorised by location precision; in every layer
 * the marker's shape shows the precision (circle: a city or site, diamond: a
 * province or district, square: a country or larger, whose centroid many
 * events share) and points that stack are clustered with a count. Stored in
 * a GeoPackage's layer_styles table or written as .qml files beside the
 * layer files. */
#define _LARGEFILE64_SOURCE 1 /* VSIStatBufL is struct stat64 */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include <cpl_conv.h>
#include <cpl_error.h>
#include <cpl_string.h>
#include <cpl_vsi.h>
#include <gdal.h>
#include <ogr_api.h>

#include "internal.h"
#include "style.h"

/* Plain-words aliases of the events layer's fields. */
static const struct {
    const char *field, *alias;
} ge_aliases[] = {
    {"event_id", "Event ID"},
    {"article_id", "Article ID"},
    {"title", "Article title"},
    {"url", "Article link"},
    {"published", "Published"},
    {"event_date", "Event date"},
    {"date_precision", "Date precision"},
    {"date_text", "Date as written"},
    {"event_type", "Event type"},
    {"mode", "Mode"},
    {"quad_code", "Quad class"},
    {"trigger", "Reported by the words"},
    {"actor", "Actor"},
    {"actor_code", "Actor country"},
    {"actor_sector", "Actor sector"},
    {"recipient", "Recipient"},
    {"recipient_code", "Recipient country"},
    {"recipient_sector", "Recipient sector"},
    {"place_name", "Place"},
    {"place_id", "GeoNames ID"},
    {"country_code", "Country"},
    {"admin1", "Province or state"},
    {"precision", "Location precision"},
    {"geo_precision", "Location precision (PLOVER, 1-5)"},
    {"location_reason", "Why this place"},
    {"sentence", "Sentence"},
    {"event_text", "Sentence"},
    {"start", "Sentence start (character)"},
    {"end", "Sentence end (character)"},
    {"trigger_start", "Trigger start (character)"},
    {"trigger_end", "Trigger end (character)"},
    {"place_start", "Place start (character)"},
    {"place_end", "Place end (character)"},
    {"negated", "Negated"},
    {"mode_of_report", "Reported as"},
    {"count", "Count"},
    {"count_qualifier", "Count qualifier"},
    {"fatalities", "Fatalities"},
    {"injured", "Injured"},
    {"confidence", "Confidence (0-1)"},
    {"acled_geo_precision", "Location precision (ACLED)"},
    {"event_date_start", "Event date, first day"},
    {"event_date_end", "Event date, last day"},
    {"name", "Name as written"},
    {"kind", "Kind of mention"},
    {"feature_code", "GeoNames feature code"},
    {"population", "Population"},
    {"score", "Resolution score (0-1)"},
    {"mentions", "Places resolved"},
    {"events", "Events"},
    {"unresolved", "Places unresolved"},
    /* the same fields under their Shapefile (10-character) names */
    {"date_prec", "Date precision"},
    {"actor_sect", "Actor sector"},
    {"recip_code", "Recipient country"},
    {"recip_sect", "Recipient sector"},
    {"cntry_code", "Country"},
    {"geo_prec", "Location precision (PLOVER, 1-5)"},
    {"acled_prec", "Location precision (ACLED)"},
    {"loc_reason", "Why this place"},
    {"trig_start", "Trigger start (character)"},
    {"trig_end", "Trigger end (character)"},
    {"plc_start", "Place start (character)"},
    {"plc_end", "Place end (character)"},
    {"report_mod", "Reported as"},
    {"count_qual", "Count qualifier"},
    {"date_start", "Event date, first day"},
    {"date_end", "Event date, last day"},
    {"feat_code", "GeoNames feature code"},
};

/* ------------------------------------------------------------ QML writing */

static int addf(ge_buf *b, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;

static int addf(ge_buf *b, const char *fmt, ...)
{
    char small[512];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(small, sizeof small, fmt, ap);
    va_end(ap);
    if (n < 0)
        return -1;
    if ((size_t)n < sizeof small)
        return ge_buf_add(b, small, (size_t)n);
    char *big = malloc((size_t)n + 1);
    if (!big)
        return -1;
    va_start(ap, fmt);
    vsnprintf(big, (size_t)n + 1, fmt, ap);
    va_end(ap);
    int rc = ge_buf_add(b, big, (size_t)n);
    free(big);
    return rc;
}

/* Appends s with XML's five special characters escaped. */
static int add_xml(ge_buf *b, const char *s)
{
    int rc = 0;
    for (; *s && rc == 0; s++) {
        switch (*s) {
        case '&': rc = ge_buf_add(b, "&amp;", 5); break;
        case '<': rc = ge_buf_add(b, "&lt;", 4); break;
        case '>': rc = ge_buf_add(b, "&gt;", 4); break;
        case '"': rc = ge_buf_add(b, "&quot;", 6); break;
        case '\'': rc = ge_buf_add(b, "&apos;", 6); break;
        default: rc = ge_buf_addc(b, *s);
        }
    }
    return rc;
}

/* Field index in defn, -1 when absent; with no defn every field "exists". */
static int field_index(OGRFeatureDefnH defn, const char *name)
{
    if (!defn)
        return 0;
    return OGR_FD_GetFieldIndex(defn, name);
}

/* "#rrggbb" -> "r,g,b,255" (QGIS's colour encoding). */
static void qgis_colour(const char *hex, char out[24])
{
    unsigned r = 128, g = 128, bl = 128;
    if (sscanf(hex, "#%2x%2x%2x", &r, &g, &bl) != 3)
        r = g = bl = 128;
    snprintf(out, 24, "%u,%u,%u,255", r, g, bl);
}

/* One data-defined property (an expression). */
static int add_dd_prop(ge_buf *b, const char *prop, const char *expr)
{
    int rc = addf(b, "<Option name=\"%s\" type=\"Map\">"
                     "<Option name=\"active\" type=\"bool\" value=\"true\"/>"
                     "<Option name=\"expression\" type=\"QString\" value=\"",
                  prop);
    rc |= add_xml(b, expr);
    return rc | addf(b, "\"/><Option name=\"type\" type=\"int\" value=\"3\"/></Option>");
}

/* A data-defined property collection of up to two expressions. */
static int add_dd2(ge_buf *b, const char *prop, const char *expr, const char *prop2,
                   const char *expr2)
{
    int rc = addf(b, "<data_defined_properties><Option type=\"Map\">"
                     "<Option name=\"name\" type=\"QString\" value=\"\"/>");
    if ((prop && expr) || (prop2 && expr2)) {
        rc |= addf(b, "<Option name=\"properties\" type=\"Map\">");
        if (prop && expr)
            rc |= add_dd_prop(b, prop, expr);
        if (prop2 && expr2)
            rc |= add_dd_prop(b, prop2, expr2);
        rc |= addf(b, "</Option>");
    } else {
        rc |= addf(b, "<Option name=\"properties\"/>");
    }
    rc |= addf(b, "<Option name=\"type\" type=\"QString\" value=\"collection\"/></Option>"
                  "</data_defined_properties>");
    return rc;
}

static int add_dd(ge_buf *b, const char *prop, const char *expr)
{
    return add_dd2(b, prop, expr, NULL, NULL);
}

/* The marker shape shows the location precision. */
static const char GE_SHAPE_EXPR[] =
    "CASE WHEN \"precision\" IN ('country', 'continent') THEN 'square' "
    "WHEN \"precision\" IN ('admin1', 'admin2') THEN 'diamond' ELSE 'circle' END";

/* One marker symbol, its size from size_expr and its shape from the
 * precision (when shape_expr is set). */
static int add_symbol2(ge_buf *b, const char *name, const char *hex, const char *size_expr,
                       const char *shape_expr)
{
    char col[24];
    qgis_colour(hex, col);
    int rc = addf(b, "<symbol type=\"marker\" name=\"%s\" alpha=\"0.9\" clip_to_extent=\"1\" "
                     "force_rhr=\"0\">",
                  name);
    rc |= add_dd(b, NULL, NULL);
    rc |= addf(b, "<layer class=\"SimpleMarker\" enabled=\"1\" locked=\"0\" pass=\"0\">"
                  "<prop k=\"angle\" v=\"0\"/><prop k=\"color\" v=\"%s\"/>"
                  "<prop k=\"joinstyle\" v=\"bevel\"/><prop k=\"name\" v=\"circle\"/>"
                  "<prop k=\"offset\" v=\"0,0\"/><prop k=\"offset_unit\" v=\"MM\"/>"
                  "<prop k=\"outline_color\" v=\"35,35,35,255\"/>"
                  "<prop k=\"outline_style\" v=\"solid\"/><prop k=\"outline_width\" v=\"0.2\"/>"
                  "<prop k=\"outline_width_unit\" v=\"MM\"/><prop k=\"scale_method\" v=\"diameter\"/>"
                  "<prop k=\"size\" v=\"3\"/><prop k=\"size_unit\" v=\"MM\"/>"
                  "<prop k=\"vertical_anchor_point\" v=\"1\"/>"
                  "<prop k=\"horizontal_anchor_point\" v=\"1\"/>",
               col);
    rc |= add_dd2(b, size_expr ? "size" : NULL, size_expr, shape_expr ? "name" : NULL,
                  shape_expr);
    rc |= addf(b, "</layer></symbol>");
    return rc;
}

static int add_symbol(ge_buf *b, const char *name, const char *hex, const char *size_expr)
{
    return add_symbol2(b, name, hex, size_expr, NULL);
}

/* A categorised renderer on attribute attr: the opening, and after the
 * categories the empty value, QGIS's "all other values" category, which
 * takes symbol n; after symbols 0..n-1, symbol n and the source symbol. */
static int begin_categories(ge_buf *b, const char *attr)
{
    return addf(b, "<renderer-v2 type=\"categorizedSymbol\" attr=\"%s\" "
                   "forceraster=\"0\" symbollevels=\"0\" enableorderby=\"0\" "
                   "referencescale=\"-1\"><categories>",
                attr);
}

static int end_categories(ge_buf *b, size_t n)
{
    return addf(b, "<category render=\"true\" symbol=\"%zu\" value=\"\" type=\"string\" "
                   "label=\"Other\"/></categories><symbols>",
                n);
}

static int end_symbols(ge_buf *b, size_t n, const char *size_expr, const char *shape)
{
    char name[24];
    snprintf(name, sizeof name, "%zu", n);
    int rc = add_symbol2(b, name, GE_STYLE_OTHER_COLOUR, size_expr, shape);
    rc |= addf(b, "</symbols><source-symbol>");
    rc |= add_symbol(b, "0", GE_STYLE_OTHER_COLOUR, size_expr);
    rc |= addf(b, "</source-symbol><rotation/><sizescale/></renderer-v2>");
    return rc;
}

static int add_renderer(ge_buf *b, OGRFeatureDefnH defn)
{
    const char *size_expr = NULL;
    if (field_index(defn, "confidence") >= 0)
        size_expr = "coalesce(scale_linear(\"confidence\", 0, 1, 2.2, 5.5), 3)";
    else if (field_index(defn, "count") >= 0)
        size_expr = "coalesce(scale_linear(ln(max(\"count\", 1)), 0, 6, 2.5, 6), 3)";
    size_t n;
    const ge_event_style *t = ge_event_styles(&n);
    int rc = begin_categories(b, "event_type");
    for (size_t i = 0; i < n; i++)
        rc |= addf(b, "<category render=\"true\" symbol=\"%zu\" value=\"%s\" type=\"string\" "
                      "label=\"%s (%s)\"/>",
                   i, t[i].type, t[i].label, ge_quad_name(t[i].quad));
    rc |= end_categories(b, n);
    char name[24];
    const char *shape = field_index(defn, "precision") >= 0 ? GE_SHAPE_EXPR : NULL;
    for (size_t i = 0; i < n; i++) {
        snprintf(name, sizeof name, "%zu", i);
        rc |= add_symbol2(b, name, t[i].colour, size_expr, shape);
    }
    rc |= end_symbols(b, n, size_expr, shape);
    return rc;
}

/* Location precisions, finest first, and their colours (mentions, articles). */
static const struct {
    const char *value, *colour, *label;
} ge_precisions[] = {
    {"site", "#5e3c99", "Site"},          {"city", "#2b83ba", "City or town"},
    {"admin2", "#66c2a5", "District"},    {"admin1", "#fdae61", "Province or state"},
    {"country", "#d7191c", "Country"},   {"continent", "#7b3294", "Continent or region"},
};

/* Mentions and articles: categorised by precision (colour and shape). */
static int add_precision_renderer(ge_buf *b, OGRFeatureDefnH defn, const char *size_expr)
{
    size_t n = sizeof ge_precisions / sizeof ge_precisions[0];
    int rc = begin_categories(b, "precision");
    for (size_t i = 0; i < n; i++)
        rc |= addf(b, "<category render=\"true\" symbol=\"%zu\" value=\"%s\" type=\"string\" "
                      "label=\"%s\"/>",
                   i, ge_precisions[i].value, ge_precisions[i].label);
    rc |= end_categories(b, n);
    char name[24];
    for (size_t i = 0; i < n; i++) {
        snprintf(name, sizeof name, "%zu", i);
        rc |= add_symbol2(b, name, ge_precisions[i].colour, size_expr, GE_SHAPE_EXPR);
    }
    rc |= end_symbols(b, n, size_expr, GE_SHAPE_EXPR);
    (void)defn;
    return rc;
}

/* Points closer than 3 mm are drawn as one cluster marker with their count
 * (QGIS's point cluster renderer around the categorised one). */
static int add_cluster_open(ge_buf *b)
{
    return addf(b, "<renderer-v2 type=\"pointCluster\" tolerance=\"3\" toleranceUnit=\"MM\" "
                   "toleranceUnitScale=\"3x:0,0,0,0,0,0\" forceraster=\"0\" "
                   "symbollevels=\"0\" enableorderby=\"0\" referencescale=\"-1\">");
}

static int add_cluster_close(ge_buf *b)
{
    int rc = addf(b, "<symbol type=\"marker\" name=\"centerSymbol\" alpha=\"1\" "
                     "clip_to_extent=\"1\" force_rhr=\"0\">");
    rc |= add_dd(b, NULL, NULL);
    rc |= addf(b, "<layer class=\"SimpleMarker\" enabled=\"1\" locked=\"0\" pass=\"0\">"
                  "<prop k=\"angle\" v=\"0\"/><prop k=\"color\" v=\"60,60,60,230\"/>"
                  "<prop k=\"joinstyle\" v=\"bevel\"/><prop k=\"name\" v=\"circle\"/>"
                  "<prop k=\"offset\" v=\"0,0\"/><prop k=\"offset_unit\" v=\"MM\"/>"
                  "<prop k=\"outline_color\" v=\"255,255,255,255\"/>"
                  "<prop k=\"outline_style\" v=\"solid\"/><prop k=\"outline_width\" v=\"0.4\"/>"
                  "<prop k=\"outline_width_unit\" v=\"MM\"/>"
                  "<prop k=\"scale_method\" v=\"diameter\"/><prop k=\"size\" v=\"5\"/>"
                  "<prop k=\"size_unit\" v=\"MM\"/>"
                  "<prop k=\"vertical_anchor_point\" v=\"1\"/>"
                  "<prop k=\"horizontal_anchor_point\" v=\"1\"/>");
    rc |= add_dd(b, "size", "min(4 + 1.2 * ln(@cluster_size), 9)");
    rc |= addf(b, "</layer><layer class=\"FontMarker\" enabled=\"1\" locked=\"0\" pass=\"0\">"
                  "<prop k=\"angle\" v=\"0\"/><prop k=\"chr\" v=\"A\"/>"
                  "<prop k=\"color\" v=\"255,255,255,255\"/><prop k=\"font\" v=\"Sans\"/>"
                  "<prop k=\"font_style\" v=\"Bold\"/>"
                  "<prop k=\"horizontal_anchor_point\" v=\"1\"/>"
                  "<prop k=\"joinstyle\" v=\"miter\"/><prop k=\"offset\" v=\"0,0\"/>"
                  "<prop k=\"offset_unit\" v=\"MM\"/>"
                  "<prop k=\"outline_color\" v=\"255,255,255,0\"/>"
                  "<prop k=\"outline_width\" v=\"0\"/><prop k=\"size\" v=\"2.6\"/>"
                  "<prop k=\"size_unit\" v=\"MM\"/>"
                  "<prop k=\"vertical_anchor_point\" v=\"1\"/>");
    rc |= add_dd(b, "char", "@cluster_size");
    rc |= addf(b, "</layer></symbol></renderer-v2>");
    return rc;
}

/* Labels "place_name, event_date" (just the place when there is no date),
 * in one position only (top right): several events at one place would
 * otherwise repeat the same label around it; this way the first hides the
 * others. */
static int add_label_expr(ge_buf *b, const char *expr);

static int add_labels(ge_buf *b, OGRFeatureDefnH defn)
{
    if (field_index(defn, "place_name") < 0)
        return 0;
    const char *expr = field_index(defn, "event_date") >= 0
                           ? "\"place_name\" || coalesce(', ' || to_string(\"event_date\"), '')"
                           : "\"place_name\"";
    return add_label_expr(b, expr);
}

static int add_label_expr(ge_buf *b, const char *expr)
{
    int rc = addf(b, "<labeling type=\"simple\"><settings calloutType=\"simple\">"
                     "<text-style fieldName=\"");
    rc |= add_xml(b, expr);
    rc |= addf(b, "\" isExpression=\"1\" fontSize=\"8\" fontSizeUnit=\"Point\" "
                  "fontWeight=\"50\" fontItalic=\"0\" textColor=\"40,40,40,255\" "
                  "textOpacity=\"1\" allowHtml=\"0\">"
                  "<text-buffer bufferDraw=\"1\" bufferSize=\"0.8\" bufferSizeUnits=\"MM\" "
                  "bufferColor=\"255,255,255,255\" bufferOpacity=\"0.85\" bufferNoFill=\"1\" "
                  "bufferJoinStyle=\"128\"/></text-style>"
                  "<text-format wrapChar=\"\" multilineAlign=\"0\" autoWrapLength=\"0\"/>"
                  "<placement placement=\"6\" dist=\"1.2\" distUnits=\"MM\" "
                  "predefinedPositionOrder=\"TR\" priority=\"5\" "
                  "offsetType=\"0\"/>"
                  "<rendering obstacle=\"0\" displayAll=\"0\" upsidedownLabels=\"0\" "
                  "scaleVisibility=\"0\" labelPerPart=\"0\" mergeLines=\"0\" "
                  "limitNumLabels=\"0\" drawLabels=\"1\"/></settings></labeling>");
    return rc;
}

/* Temporal controller: each event shown over the days its date stands for
 * (event_date_start .. event_date_end, the end day included), or on its day
 * (event_date) in a layer without them. */
static int add_temporal(ge_buf *b, OGRFeatureDefnH defn)
{
    const char *start = field_index(defn, "event_date_start") >= 0 ? "event_date_start"
                        : field_index(defn, "date_start") >= 0     ? "date_start"
                                                                   : NULL;
    const char *end = field_index(defn, "event_date_end") >= 0 ? "event_date_end"
                      : field_index(defn, "date_end") >= 0     ? "date_end"
                                                               : NULL;
    if (start && end) {
        /* QGIS compares a Date field with the frame's date-times at 00:00,
         * which would leave the last day out: expressions give the span
         * from the first day's start to the last day's end. */
        char sx[160], ex[200];
        snprintf(sx, sizeof sx, "to_datetime(\"%s\")", start);
        snprintf(ex, sizeof ex,
                 "make_datetime(year(\"%s\"), month(\"%s\"), day(\"%s\"), 23, 59, 59)", end,
                 end, end);
        int rc = addf(b, "<temporal enabled=\"1\" mode=\"4\" startField=\"%s\" endField=\"%s\" "
                         "startExpression=\"",
                      start, end);
        rc |= add_xml(b, sx);
        rc |= addf(b, "\" endExpression=\"");
        rc |= add_xml(b, ex);
        rc |= addf(b, "\" durationField=\"\" durationUnit=\"d\" fixedDuration=\"1\" "
                      "accumulate=\"0\" limitMode=\"1\"><fixedRange><start></start><end></end>"
                      "</fixedRange></temporal>");
        return rc;
    }
    if (field_index(defn, "event_date") < 0)
        return 0;
    return addf(b, "<temporal enabled=\"1\" mode=\"1\" startField=\"event_date\" endField=\"\" "
                   "startExpression=\"\" endExpression=\"\" durationField=\"\" "
                   "durationUnit=\"d\" fixedDuration=\"1\" accumulate=\"0\" limitMode=\"0\">"
                   "<fixedRange><start></start><end></end></fixedRange></temporal>");
}

static int add_aliases(ge_buf *b, OGRFeatureDefnH defn)
{
    int rc = addf(b, "<aliases>");
    for (size_t i = 0; i < sizeof ge_aliases / sizeof ge_aliases[0]; i++) {
        int idx = field_index(defn, ge_aliases[i].field);
        if (idx < 0)
            continue;
        rc |= addf(b, "<alias field=\"%s\" index=\"%d\" name=\"%s\"/>", ge_aliases[i].field,
                   defn ? idx : (int)i, ge_aliases[i].alias);
    }
    rc |= addf(b, "</aliases>");
    return rc;
}

/* What a hover (map tip) and the identify tool show first. */
static int add_tips(ge_buf *b, OGRFeatureDefnH defn)
{
    int rc = 0;
    if (field_index(defn, "event_type") >= 0 && field_index(defn, "place_name") >= 0)
        rc |= addf(b, "<previewExpression>%s</previewExpression>",
                   "&quot;event_type&quot; || &apos; at &apos; || &quot;place_name&quot;");
    if (field_index(defn, "sentence") >= 0 && field_index(defn, "event_type") >= 0)
        rc |= addf(b, "<mapTip>%s</mapTip>",
                   "&lt;b&gt;[% &quot;event_type&quot; %]&lt;/b&gt; [% &quot;place_name&quot; %], "
                   "[% &quot;event_date&quot; %]&lt;br&gt;[% &quot;sentence&quot; %]");
    return rc;
}

/* Temporal controller for articles: each on its publication day. */
static int add_temporal_published(ge_buf *b, OGRFeatureDefnH defn)
{
    if (field_index(defn, "published") < 0)
        return 0;
    return addf(b, "<temporal enabled=\"1\" mode=\"1\" startField=\"published\" endField=\"\" "
                   "startExpression=\"\" endExpression=\"\" durationField=\"\" "
                   "durationUnit=\"d\" fixedDuration=\"1\" accumulate=\"0\" limitMode=\"0\">"
                   "<fixedRange><start></start><end></end></fixedRange></temporal>");
}

char *ge_style_qml_for(OGRFeatureDefnH defn, ge_style_layer which)
{
    if (which == GE_STYLE_EVENTS)
        return ge_style_qml(defn);
    ge_buf b = {0};
    int mentions = which == GE_STYLE_MENTIONS;
    const char *label = mentions ? "\"name\"" : "\"place_name\"";
    int rc = addf(&b, "<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>\n"
                      "<qgis version=\"3.22.0\" styleCategories=\"AllStyleCategories\" "
                      "labelsEnabled=\"1\" hasScaleBasedVisibilityFlag=\"0\" "
                      "minScale=\"100000000\" maxScale=\"0\" readOnly=\"0\">\n");
    if (!mentions)
        rc |= add_temporal_published(&b, defn);
    rc |= add_cluster_open(&b);
    rc |= add_precision_renderer(
        &b, defn,
        mentions ? "coalesce(scale_linear(\"score\", 0, 1, 2, 4.5), 3)"
                 : "coalesce(scale_linear(ln(1 + \"events\"), 0, 4, 2.5, 6), 3)");
    rc |= add_cluster_close(&b);
    rc |= add_label_expr(&b, label);
    rc |= add_aliases(&b, defn);
    rc |= addf(&b, "<previewExpression>%s</previewExpression>",
               mentions ? "&quot;name&quot; || &apos; → &apos; || &quot;place_name&quot;"
                        : "coalesce(&quot;title&quot;, &quot;article_id&quot;)");
    rc |= addf(&b, "<layerGeometryType>0</layerGeometryType>\n</qgis>\n");
    if (rc != 0) {
        ge_buf_free(&b);
        return NULL;
    }
    return b.s;
}

char *ge_style_qml(OGRFeatureDefnH defn)
{
    ge_buf b = {0};
    int rc = addf(&b, "<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>\n"
                      "<qgis version=\"3.22.0\" styleCategories=\"AllStyleCategories\" "
                      "labelsEnabled=\"%d\" hasScaleBasedVisibilityFlag=\"0\" "
                      "minScale=\"100000000\" maxScale=\"0\" readOnly=\"0\" "
                      "simplifyDrawingHints=\"0\" simplifyLocal=\"1\" simplifyMaxScale=\"1\" "
                      "simplifyAlgorithm=\"0\" simplifyDrawingTol=\"1\">\n",
                  field_index(defn, "place_name") >= 0);
    rc |= add_temporal(&b, defn);
    rc |= add_cluster_open(&b);
    rc |= add_renderer(&b, defn);
    rc |= add_cluster_close(&b);
    rc |= add_labels(&b, defn);
    rc |= add_aliases(&b, defn);
    rc |= add_tips(&b, defn);
    rc |= addf(&b, "<layerGeometryType>0</layerGeometryType>\n</qgis>\n");
    if (rc != 0) {
        ge_buf_free(&b);
        return NULL;
    }
    return b.s;
}

/* -------------------------------------------------------------- attaching */

/* Runs one SQL statement (SQLite dialect) on ds; 0 on success. */
static int run_sql(GDALDatasetH ds, const char *sql, char *err, size_t errlen)
{
    CPLErrorReset();
    OGRLayerH res = GDALDatasetExecuteSQL(ds, sql, NULL, "SQLITE");
    if (res)
        GDALDatasetReleaseResultSet(ds, res);
    if (CPLGetLastErrorType() >= CE_Failure) {
        ge_seterr(err, errlen, "storing the QGIS style: %s", CPLGetLastErrorMsg());
        return -1;
    }
    return 0;
}

/* Appends s as an SQL string literal. */
static int add_sql_string(ge_buf *b, const char *s)
{
    int rc = ge_buf_addc(b, '\'');
    for (; *s && rc == 0; s++)
        rc = *s == '\'' ? ge_buf_add(b, "''", 2) : ge_buf_addc(b, *s);
    return rc | ge_buf_addc(b, '\'');
}

static const char GE_CREATE_LAYER_STYLES[] =
    "CREATE TABLE IF NOT EXISTS layer_styles ("
    "id INTEGER PRIMARY KEY AUTOINCREMENT, f_table_catalog TEXT(256), "
    "f_table_schema TEXT(256), f_table_name TEXT(256), f_geometry_column TEXT(256), "
    "styleName TEXT(30), styleQML TEXT, styleSLD TEXT, useAsDefault BOOLEAN, "
    "description TEXT, owner TEXT(30), ui TEXT(30), "
    "update_time DATETIME DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')))";

/* Registers layer_styles as an attribute table, as QGIS does, so GDAL and
 * GeoPackage readers list it. */
static const char GE_REGISTER_LAYER_STYLES[] =
    "INSERT INTO gpkg_contents (table_name, data_type, identifier, description, last_change) "
    "SELECT 'layer_styles', 'attributes', 'layer_styles', '', "
    "strftime('%Y-%m-%dT%H:%M:%fZ','now') "
    "WHERE NOT EXISTS (SELECT 1 FROM gpkg_contents WHERE table_name = 'layer_styles')";

/* Stores qml as the default style of the events layer in a GeoPackage. */
static ge_status attach_gpkg(GDALDatasetH ds, OGRLayerH layer, const char *qml, char *err,
                             size_t errlen)
{
    const char *geom = OGR_L_GetGeometryColumn(layer);
    if (!geom || !*geom)
        geom = "geom";
    const char *table = OGR_L_GetName(layer);
    ge_buf sql = {0};
    int rc = addf(&sql, "UPDATE layer_styles SET useAsDefault = 0 WHERE f_table_name = ");
    rc |= add_sql_string(&sql, table);
    if (rc != 0 || run_sql(ds, GE_CREATE_LAYER_STYLES, err, errlen) != 0 ||
        run_sql(ds, GE_REGISTER_LAYER_STYLES, err, errlen) != 0 ||
        run_sql(ds, sql.s, err, errlen) != 0) {
        ge_buf_free(&sql);
        return GE_ERR_OGR;
    }
    sql.len = 0;
    rc = addf(&sql, "INSERT INTO layer_styles (f_table_catalog, f_table_schema, "
                    "f_table_name, f_geometry_column, styleName, styleQML, styleSLD, "
                    "useAsDefault, description, owner, ui, update_time) VALUES ('', '', ");
    rc |= add_sql_string(&sql, table);
    rc |= addf(&sql, ", ");
    rc |= add_sql_string(&sql, geom);
    rc |= addf(&sql, ", 'geoevents', ");
    rc |= add_sql_string(&sql, qml);
    rc |= addf(&sql, ", '', 1, 'geoevents default: categorised (event type or location "
                     "precision), shape by precision, clustered, labelled, time-enabled', "
                     "'geoevents', '', strftime('%%Y-%%m-%%dT%%H:%%M:%%fZ','now'))");
    if (rc != 0) {
        ge_buf_free(&sql);
        ge_seterr(err, errlen, "out of memory");
        return GE_ERR_NOMEM;
    }
    rc = run_sql(ds, sql.s, err, errlen);
    ge_buf_free(&sql);
    return rc == 0 ? GE_OK : GE_ERR_OGR;
}

/* Writes qml to path through VSI. */
static ge_status write_file(const char *path, const char *qml, char *err, size_t errlen)
{
    VSILFILE *f = VSIFOpenL(path, "wb");
    if (!f) {
        ge_seterr(err, errlen, "%s: cannot write the QGIS style", path);
        return GE_ERR_IO;
    }
    size_t n = strlen(qml);
    int ok = VSIFWriteL(qml, 1, n, f) == n;
    ok &= VSIFCloseL(f) == 0;
    if (!ok) {
        ge_seterr(err, errlen, "%s: cannot write the QGIS style", path);
        return GE_ERR_IO;
    }
    return GE_OK;
}

/* Where NAME.qml goes: beside the events layer file, named after the file
 * it will have once renamed into place (final_path), in the directory the
 * output is being written to (tmp_path). A folder output (Shapefile set)
 * holds events.shp, so its style is events.qml inside the folder (named
 * after the layer). */
static char *qml_path(const char *tmp_path, const char *final_path, const char *layer_name)
{
    VSIStatBufL st;
    if (VSIStatL(tmp_path, &st) == 0 && VSI_ISDIR(st.st_mode))
        return ge_strdup(CPLFormFilename(tmp_path, layer_name, "qml"));
    char *dir = ge_strdup(CPLGetPath(tmp_path));
    char *base = ge_strdup(CPLGetBasename(final_path));
    char *out = dir && base ? ge_strdup(CPLFormFilename(dir, base, "qml")) : NULL;
    free(dir);
    free(base);
    return out;
}

static int is_sidecar_driver(const char *driver)
{
    static const char *const drivers[] = {"ESRI Shapefile", "GeoJSON", "GeoJSONSeq",
                                          "FlatGeobuf"};
    for (size_t i = 0; i < sizeof drivers / sizeof drivers[0]; i++)
        if (EQUAL(driver, drivers[i]))
            return 1;
    return 0;
}

ge_status ge_style_attach(GDALDatasetH ds, const char *driver, const char *tmp_path,
                          const char *final_path, char *err, size_t errlen)
{
    if (!ds || !driver)
        return GE_OK;
    int gpkg = EQUAL(driver, "GPKG");
    if (!gpkg && !is_sidecar_driver(driver))
        return GE_OK;
    OGRLayerH layer = GDALDatasetGetLayerByName(ds, "events");
    if (!layer && !gpkg && GDALDatasetGetLayerCount(ds) == 1)
        layer = GDALDatasetGetLayer(ds, 0); /* a single-layer file named after the output */
    if (!layer || OGR_FD_GetFieldIndex(OGR_L_GetLayerDefn(layer), "event_type") < 0)
        return GE_OK; /* no events layer asked for: nothing to style */
    char *qml = ge_style_qml(OGR_L_GetLayerDefn(layer));
    if (!qml) {
        ge_seterr(err, errlen, "out of memory");
        return GE_ERR_NOMEM;
    }
    ge_status st;
    if (gpkg) {
        st = attach_gpkg(ds, layer, qml, err, errlen);
    } else {
        char *path = qml_path(tmp_path, final_path ? final_path : tmp_path, OGR_L_GetName(layer));
        st = path ? write_file(path, qml, err, errlen) : GE_ERR_NOMEM;
        free(path);
    }
    free(qml);
    return st;
}

ge_status ge_style_store(GDALDatasetH ds, OGRLayerH layer, ge_style_layer which,
                         const char *driver, const char *qml_path, char *err, size_t errlen)
{
    if (!ds || !layer || !driver)
        return GE_OK;
    int gpkg = EQUAL(driver, "GPKG");
    if (!gpkg && !qml_path)
        return GE_OK;
    char *qml = ge_style_qml_for(OGR_L_GetLayerDefn(layer), which);
    if (!qml) {
        ge_seterr(err, errlen, "out of memory");
        return GE_ERR_NOMEM;
    }
    ge_status st = gpkg ? attach_gpkg(ds, layer, qml, err, errlen)
                        : write_file(qml_path, qml, err, errlen);
    free(qml);
    return st;
}
