/* test_style.c -- the default QGIS style: its QML parses and says what QGIS
 * needs (categorised on event_type, 16 PLOVER types + other, temporal on
 * event_date, aliases of existing fields only); a GeoPackage gets it as the
 * default row of layer_styles; Shapefile and GeoJSON outputs get NAME.qml. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include <cpl_conv.h>
#include <cpl_minixml.h>
#include <cpl_vsi.h>
#include <gdal.h>
#include <ogr_api.h>
#include <ogr_srs_api.h>

#include "style.h"

#include "check.h"

/* An events layer like the writer's (a subset of its fields), one point. */
static GDALDatasetH make_layer(const char *driver, const char *path, const char *layer_name,
                               int with_events_fields)
{
    GDALDriverH drv = GDALGetDriverByName(driver);
    if (!drv)
        return NULL;
    GDALDatasetH ds = GDALCreate(drv, path, 0, 0, 0, GDT_Unknown, NULL);
    if (!ds)
        return NULL;
    OGRSpatialReferenceH srs = OSRNewSpatialReference(NULL);
    OSRImportFromEPSG(srs, 4326);
    OSRSetAxisMappingStrategy(srs, OAMS_TRADITIONAL_GIS_ORDER);
    OGRLayerH l = GDALDatasetCreateLayer(ds, layer_name, srs, wkbPoint, NULL);
    OSRRelease(srs);
    if (!l) {
        GDALClose(ds);
        return NULL;
    }
    const char *names[] = {"event_type", "place_name", "event_date", "confidence"};
    OGRFieldType types[] = {OFTString, OFTString, OFTDate, OFTReal};
    for (int i = with_events_fields ? 0 : 1; i < 4; i++) {
        OGRFieldDefnH fd = OGR_Fld_Create(names[i], types[i]);
        OGR_L_CreateField(l, fd, 1);
        OGR_Fld_Destroy(fd);
    }
    OGRFeatureH f = OGR_F_Create(OGR_L_GetLayerDefn(l));
    if (with_events_fields)
        OGR_F_SetFieldString(f, 0, "ASSAULT");
    OGR_F_SetFieldString(f, OGR_F_GetFieldIndex(f, "place_name"), "Erbil");
    OGR_F_SetFieldDateTime(f, OGR_F_GetFieldIndex(f, "event_date"), 2023, 11, 18, 0, 0, 0, 0);
    OGRGeometryH g = OGR_G_CreateGeometry(wkbPoint);
    OGR_G_SetPoint_2D(g, 0, 44.0092, 36.1912);
    OGR_F_SetGeometryDirectly(f, g);
    OGRErr e = OGR_L_CreateFeature(l, f);
    OGR_F_Destroy(f);
    if (e != OGRERR_NONE) {
        GDALClose(ds);
        return NULL;
    }
    return ds;
}

static int count_children(const CPLXMLNode *parent, const char *name)
{
    int n = 0;
    for (const CPLXMLNode *c = parent ? parent->psChild : NULL; c; c = c->psNext)
        if (c->eType == CXT_Element && strcmp(c->pszValue, name) == 0)
            n++;
    return n;
}

/* Checks a QML document's structure as QGIS reads it. */
static void check_qml(const char *qml, int expect_all_fields)
{
    CPLXMLNode *root = CPLParseXMLString(qml);
    CHECK(root != NULL);
    if (!root)
        return;
    CPLXMLNode *q = CPLGetXMLNode(root, "=qgis");
    CHECK(q != NULL);
    CPLXMLNode *cl = CPLGetXMLNode(q, "renderer-v2");
    CHECK(cl != NULL);
    /* stacked points clustered, with their count in the cluster symbol */
    CHECK(strcmp(CPLGetXMLValue(cl, "type", ""), "pointCluster") == 0);
    CHECK(strstr(qml, "@cluster_size") != NULL);
    CPLXMLNode *r = CPLGetXMLNode(cl, "renderer-v2");
    CHECK(r != NULL);
    CHECK(strcmp(CPLGetXMLValue(r, "type", ""), "categorizedSymbol") == 0);
    CHECK(strcmp(CPLGetXMLValue(r, "attr", ""), "event_type") == 0);
    CPLXMLNode *cats = CPLGetXMLNode(r, "categories");
    size_t ntypes;
    const ge_event_style *types = ge_event_styles(&ntypes);
    CHECK(ntypes == 16);
    CHECK(count_children(cats, "category") == 17);
    CHECK(count_children(CPLGetXMLNode(r, "symbols"), "symbol") == 17);
    /* every PLOVER type has a category, each quad class its own colour family */
    for (size_t i = 0; i < ntypes; i++) {
        char needle[64];
        snprintf(needle, sizeof needle, "value=\"%s\"", types[i].type);
        CHECK(strstr(qml, needle) != NULL);
        CHECK(types[i].quad >= 1 && types[i].quad <= 4);
        unsigned rr, gg, bb;
        CHECK(sscanf(types[i].colour, "#%2x%2x%2x", &rr, &gg, &bb) == 3);
        if (types[i].quad == 1) CHECK(gg > rr && gg > bb);  /* greens */
        if (types[i].quad == 2) CHECK(bb > rr && bb >= gg); /* blues */
        if (types[i].quad == 3) CHECK(rr > bb && gg > bb && rr > gg); /* oranges */
        if (types[i].quad == 4) CHECK(rr > gg && rr > bb && gg < 0xc0); /* reds */
    }
    CPLXMLNode *t = CPLGetXMLNode(q, "temporal");
    CHECK(t != NULL);
    CHECK(strcmp(CPLGetXMLValue(t, "enabled", ""), "1") == 0);
    if (expect_all_fields) { /* a week-precision event visible over its week */
        CHECK(strcmp(CPLGetXMLValue(t, "startField", ""), "event_date_start") == 0);
        CHECK(strcmp(CPLGetXMLValue(t, "endField", ""), "event_date_end") == 0);
        CHECK(strcmp(CPLGetXMLValue(t, "mode", ""), "4") == 0); /* from expressions */
        CHECK(strstr(CPLGetXMLValue(t, "endExpression", ""), "23, 59, 59") != NULL);
        CHECK(strcmp(CPLGetXMLValue(t, "limitMode", ""), "1") == 0); /* end day included */
        /* country points drawn differently from city points */
        CHECK(strstr(qml, "&quot;precision&quot; IN (&apos;country&apos;") != NULL);
    } else {
        CHECK(strcmp(CPLGetXMLValue(t, "startField", ""), "event_date") == 0);
    }
    CHECK(strcmp(CPLGetXMLValue(q, "labelsEnabled", ""), "1") == 0);
    CHECK(strstr(CPLGetXMLValue(q, "labeling.settings.text-style.fieldName", ""), "place_name"));
    int naliases = count_children(CPLGetXMLNode(q, "aliases"), "alias");
    if (expect_all_fields)
        CHECK(naliases > 20);
    else
        CHECK(naliases == 4); /* only the fields the layer has */
    CHECK(strstr(qml, "name=\"Event type\"") != NULL);
    CPLDestroyXMLNode(root);
}

static void test_gpkg(const char *dir)
{
    char *path = CPLStrdup(CPLFormFilename(dir, "events", "gpkg"));
    VSIUnlink(path);
    GDALDatasetH ds = make_layer("GPKG", path, "events", 1);
    CHECK(ds != NULL);
    if (!ds) {
        CPLFree(path);
        return;
    }
    char err[256] = "";
    CHECK(ge_style_attach(ds, "GPKG", path, "/final/events.gpkg", err, sizeof err) == GE_OK);
    if (*err)
        fprintf(stderr, "%s\n", err);
    /* twice (e.g. a re-run): still one default style */
    CHECK(ge_style_attach(ds, "GPKG", path, "/final/events.gpkg", err, sizeof err) == GE_OK);
    GDALClose(ds);

    ds = GDALOpenEx(path, GDAL_OF_VECTOR, NULL, NULL, NULL);
    CHECK(ds != NULL);
    if (!ds) {
        CPLFree(path);
        return;
    }
    OGRLayerH styles = GDALDatasetGetLayerByName(ds, "layer_styles");
    CHECK(styles != NULL); /* registered: GDAL (and QGIS through it) lists it */
    OGRLayerH res = GDALDatasetExecuteSQL(
        ds,
        "SELECT f_table_name, f_geometry_column, styleName, styleQML, useAsDefault, "
        "update_time FROM layer_styles WHERE useAsDefault = 1",
        NULL, "SQLITE");
    CHECK(res != NULL);
    int rows = 0;
    OGRFeatureH f;
    while (res && (f = OGR_L_GetNextFeature(res)) != NULL) {
        rows++;
        CHECK(strcmp(OGR_F_GetFieldAsString(f, 0), "events") == 0);
        CHECK(strcmp(OGR_F_GetFieldAsString(f, 1), "geom") == 0);
        CHECK(*OGR_F_GetFieldAsString(f, 2) != '\0');
        check_qml(OGR_F_GetFieldAsString(f, 3), 0);
        CHECK(strlen(OGR_F_GetFieldAsString(f, 5)) >= 19);
        OGR_F_Destroy(f);
    }
    CHECK(rows == 1);
    if (res)
        GDALDatasetReleaseResultSet(ds, res);
    GDALClose(ds);
    CPLFree(path);
}

static int file_exists(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0;
}

static void test_sidecars(const char *dir)
{
    char err[256] = "";
    /* GeoJSON written under a temporary name: the .qml is named after the
     * final file, in the directory being written. */
    char *tmp = CPLStrdup(CPLFormFilename(dir, "out.geojson.part", NULL));
    char *qml = CPLStrdup(CPLFormFilename(dir, "map", "qml"));
    VSIUnlink(tmp);
    VSIUnlink(qml);
    GDALDatasetH ds = make_layer("GeoJSON", tmp, "events", 1);
    CHECK(ds != NULL);
    CHECK(ge_style_attach(ds, "GeoJSON", tmp, "/final/map.geojson", err, sizeof err) == GE_OK);
    GDALClose(ds);
    CHECK(file_exists(qml));
    char *text = NULL;
    CHECK(VSIIngestFile(NULL, qml, (GByte **)&text, NULL, 1 << 20));
    if (text)
        check_qml(text, 0);
    VSIFree(text);
    CPLFree(tmp);
    CPLFree(qml);

    /* A Shapefile set (folder): events.qml beside events.shp. */
    char *folder = CPLStrdup(CPLFormFilename(dir, "shp.tmp", NULL));
    qml = CPLStrdup(CPLFormFilename(folder, "events", "qml"));
    VSIMkdir(folder, 0755);
    VSIUnlink(qml);
    VSIUnlink(CPLFormFilename(folder, "events", "shp"));
    VSIUnlink(CPLFormFilename(folder, "events", "shx"));
    VSIUnlink(CPLFormFilename(folder, "events", "dbf"));
    ds = make_layer("ESRI Shapefile", folder, "events", 1);
    CHECK(ds != NULL);
    CHECK(ge_style_attach(ds, "ESRI Shapefile", folder, "/final/shp", err, sizeof err) == GE_OK);
    GDALClose(ds);
    CHECK(file_exists(qml));
    CPLFree(qml);
    CPLFree(folder);

    /* A mentions-only output gets no events style. */
    tmp = CPLStrdup(CPLFormFilename(dir, "mentions.geojson", NULL));
    qml = CPLStrdup(CPLFormFilename(dir, "mentions", "qml"));
    VSIUnlink(tmp);
    VSIUnlink(qml);
    ds = make_layer("GeoJSON", tmp, "mentions", 0);
    CHECK(ge_style_attach(ds, "GeoJSON", tmp, tmp, err, sizeof err) == GE_OK);
    GDALClose(ds);
    CHECK(!file_exists(qml));
    CPLFree(tmp);
    CPLFree(qml);

    /* Formats without styles: nothing to do, no error. */
    CHECK(ge_style_attach(NULL, "CSV", "x.csv", "x.csv", err, sizeof err) == GE_OK);
}

int main(void)
{
    GDALAllRegister();
    const char *dir = GE_TEST_TMP;
    VSIMkdirRecursive(dir, 0755);

    char *qml = ge_style_qml(NULL);
    CHECK(qml != NULL);
    if (qml)
        check_qml(qml, 1);
    free(qml);

    /* mentions and articles: categorised by precision, clustered */
    for (int which = GE_STYLE_MENTIONS; which <= GE_STYLE_ARTICLES; which++) {
        qml = ge_style_qml_for(NULL, (ge_style_layer)which);
        CHECK(qml != NULL);
        CPLXMLNode *root = qml ? CPLParseXMLString(qml) : NULL;
        CHECK(root != NULL);
        CPLXMLNode *cl = CPLGetXMLNode(CPLGetXMLNode(root, "=qgis"), "renderer-v2");
        CHECK(cl && strcmp(CPLGetXMLValue(cl, "type", ""), "pointCluster") == 0);
        CPLXMLNode *r = cl ? CPLGetXMLNode(cl, "renderer-v2") : NULL;
        CHECK(r && strcmp(CPLGetXMLValue(r, "attr", ""), "precision") == 0);
        CHECK(r && count_children(CPLGetXMLNode(r, "categories"), "category") == 7);
        CHECK(qml && strstr(qml, "value=\"country\"") && strstr(qml, "value=\"city\""));
        CHECK(qml && strstr(qml, "&apos;square&apos;") != NULL);
        if (root)
            CPLDestroyXMLNode(root);
        free(qml);
    }

    test_gpkg(dir);
    test_sidecars(dir);

    GDALDestroyDriverManager();
    OGRCleanupAll();
    printf("test_style: %d checks, %d failed\n", checks, fails);
    return fails ? 1 : 0;
}
