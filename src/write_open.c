/*
 * write_open.c -- opening an OGR output (the GIS side of the writer; the
 * front, write.c, plans the paths and the temporary folder): the driver, the
 * target CRS, dataset and layer creation options, the datasets and layers,
 * and the existing features of an output appended to.
 */

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cpl_conv.h>
#include <cpl_error.h>
#include <cpl_string.h>

#include "write_internal.h"

static int option_listed(const char *list, const char *key)
{
    char pat[96];
    snprintf(pat, sizeof pat, "name='%s'", key);
    return list && strstr(list, pat) != NULL;
}

/* Adds KEY=VALUE when the driver knows the option (no warnings otherwise). */
static char **add_option(char **opts, GDALDriverH drv, int dataset_level, const char *key,
                         const char *value)
{
    const char *list = GDALGetMetadataItem(
        drv, dataset_level ? GDAL_DMD_CREATIONOPTIONLIST : GDAL_DS_LAYER_CREATIONOPTIONLIST, NULL);
    if (!option_listed(list, key))
        return opts;
    return CSLSetNameValue(opts, key, value);
}

static int word_listed(const char *list, const char *word)
{
    size_t n = strlen(word);
    for (const char *p = list; p && (p = strstr(p, word)); p += n)
        if ((p == list || p[-1] == ' ') && (p[n] == '\0' || p[n] == ' '))
            return 1;
    return 0;
}

ge_status wr_setup_srs(ge_writer *w, const char *t_srs, char *err, size_t errlen)
{
    w->wgs84 = OSRNewSpatialReference(NULL);
    if (!w->wgs84 || OSRImportFromEPSG(w->wgs84, 4326) != OGRERR_NONE) {
        ge_seterr(err, errlen, "cannot set up EPSG:4326 (is proj.db installed?)");
        return GE_ERR_PROJ;
    }
    OSRSetAxisMappingStrategy(w->wgs84, OAMS_TRADITIONAL_GIS_ORDER);
    if (!t_srs || !*t_srs) {
        w->srs = OSRClone(w->wgs84);
        return w->srs ? GE_OK : GE_ERR_NOMEM;
    }
    w->srs = OSRNewSpatialReference(NULL);
    if (!w->srs || OSRSetFromUserInput(w->srs, t_srs) != OGRERR_NONE) {
        ge_seterr(err, errlen, "-t_srs %s: not a CRS PROJ knows", t_srs);
        return GE_ERR_PROJ;
    }
    OSRSetAxisMappingStrategy(w->srs, OAMS_TRADITIONAL_GIS_ORDER);
    if (OSRIsSame(w->srs, w->wgs84))
        return GE_OK;
    w->ct = OCTNewCoordinateTransformation(w->wgs84, w->srs);
    if (!w->ct) {
        ge_seterr(err, errlen, "-t_srs %s: no transformation from EPSG:4326", t_srs);
        return GE_ERR_PROJ;
    }
    return GE_OK;
}

/* The user's -dsco/-lco NAME=VALUE options, over ours. */
static char **user_options(char **o, char **user)
{
    for (int i = 0; user && user[i]; i++) {
        char *key = NULL;
        const char *value = CPLParseNameValue(user[i], &key);
        if (key && value)
            o = CSLSetNameValue(o, key, value);
        CPLFree(key);
    }
    return o;
}

static char **dataset_options(const ge_writer *w)
{
    char **o = NULL;
    if (!strcasecmp(w->driver, "MBTiles") || !strcasecmp(w->driver, "MVT")) {
        o = add_option(o, w->drv, 1, "NAME", "geoevents");
        o = add_option(o, w->drv, 1, "DESCRIPTION", "Events and places mapped from news text");
        o = add_option(o, w->drv, 1, "MINZOOM", "0");
        o = add_option(o, w->drv, 1, "MAXZOOM", "8");
        /* No copies of a point in the neighbouring tiles' buffers: each event
         * is one feature per zoom level. */
        o = add_option(o, w->drv, 1, "BUFFER", "0");
        /* Mentions from zoom 5, articles from zoom 3: at world scale they
         * are one blob, and each zoom level costs GDAL's tiler a pass over
         * every feature (1,000 articles: 17 s -> 7 s). */
        o = add_option(o, w->drv, 1, "CONF",
                       "{\"mentions\": {\"minzoom\": 5}, \"articles\": {\"minzoom\": 3}}");
    } else if (!strcasecmp(w->driver, "GPX")) {
        o = add_option(o, w->drv, 1, "GPX_USE_EXTENSIONS", "YES"); /* our fields */
    }
    return user_options(o, w->dsco);
}

static char **layer_options(const ge_writer *w, int layer)
{
    char **o = NULL;
    GDALDriverH d = w->drv;
    const char *dn = w->driver;
    if (!strcasecmp(dn, "GeoJSON") || !strcasecmp(dn, "GeoJSONSeq")) {
        if (!w->ct && !strcasecmp(dn, "GeoJSON"))
            o = add_option(o, d, 0, "RFC7946", "YES");
        o = add_option(o, d, 0, "COORDINATE_PRECISION", "6");
        /* The feature id is the extra "id" field (see json_id): made from the
         * article id, so stable and unique across shards, never a counter. */
        o = add_option(o, d, 0, "ID_FIELD", "id");
    } else if (w->shp) {
        o = add_option(o, d, 0, "ENCODING", "UTF-8");
    } else if (!strcasecmp(dn, "CSV")) {
        o = add_option(o, d, 0, "GEOMETRY", "AS_XY");
        o = add_option(o, d, 0, "STRING_QUOTING", "IF_NEEDED");
        o = add_option(o, d, 0, "CREATE_CSVT", w->stream ? "NO" : "YES");
    } else if (!strcasecmp(dn, "GPKG")) {
        o = add_option(o, d, 0, "DESCRIPTION", wr_layer_defs[layer].description);
    } else if (!strcasecmp(dn, "MBTiles") || !strcasecmp(dn, "MVT")) {
        o = add_option(o, d, 0, "DESCRIPTION", wr_layer_defs[layer].description);
    }
    return user_options(o, w->lco);
}

static OGRFieldType ogr_type(const ge_writer *w, ftype t)
{
    switch (t) {
    case F_STR: return OFTString;
    case F_INT: return OFTInteger;
    case F_INT64: return OFTInteger64;
    case F_REAL: return OFTReal;
    case F_BOOL: return OFTInteger;
    case F_DATE: return w->date_ok ? OFTDate : OFTString;
    case F_DATETIME:
        return w->datetime_ok ? OFTDateTime : w->date_ok ? OFTDate : OFTString;
    }
    return OFTString;
}

static ge_status create_layer(ge_writer *w, GDALDatasetH ds, int layer, char *err, size_t errlen)
{
    out_layer *L = &w->L[layer];
    L->lyr = w->append ? GDALDatasetGetLayerByName(ds, w->lname[layer]) : NULL;
    if (w->append && !L->lyr && !w->multi && !w->folder && GDALDatasetGetLayerCount(ds) == 1)
        L->lyr = GDALDatasetGetLayer(ds, 0); /* a CSV layer is named after its file */
    if (L->lyr) { /* -append: ids continue after the last one */
        L->fid = ge_append_max_fid(L->lyr);
    } else {
        char **opts = layer_options(w, layer);
        L->lyr = GDALDatasetCreateLayer(ds, w->lname[layer], w->srs, wkbPoint, opts);
        CSLDestroy(opts);
    }
    if (!L->lyr) {
        ge_seterr(err, errlen, "cannot create layer %s: %s", w->lname[layer],
                  CPLGetLastErrorMsg());
        return GE_ERR_OGR;
    }
    const field_def *f = wr_layer_defs[layer].fields;
    L->defs = f;
    for (int i = 0; i < wr_layer_defs[layer].nfields; i++) {
        const char *name = w->shp ? f[i].shp : w->kml ? ge_kml_field_name(f[i].name, layer)
                                                      : f[i].name;
        if (OGR_FD_GetFieldIndex(OGR_L_GetLayerDefn(L->lyr), name) >= 0)
            continue; /* appending to a layer that has it */
        OGRFieldDefnH fd = OGR_Fld_Create(name, ogr_type(w, f[i].type));
        if (f[i].type == F_BOOL && w->bool_ok)
            OGR_Fld_SetSubType(fd, OFSTBoolean);
        if (w->shp && f[i].type == F_STR)
            OGR_Fld_SetWidth(fd, f[i].width ? f[i].width : 80);
        OGRErr e = OGR_L_CreateField(L->lyr, fd, TRUE);
        OGR_Fld_Destroy(fd);
        if (e != OGRERR_NONE) {
            ge_seterr(err, errlen, "cannot create field %s.%s: %s", w->lname[layer], name,
                      CPLGetLastErrorMsg());
            return GE_ERR_OGR;
        }
    }
    L->id_idx = -1;
    if (w->json_ids) {
        OGRFieldDefnH fd = OGR_Fld_Create("id", OFTString);
        OGRErr e = OGR_L_CreateField(L->lyr, fd, TRUE);
        OGR_Fld_Destroy(fd);
        if (e != OGRERR_NONE) {
            ge_seterr(err, errlen, "cannot create field %s.id: %s", wr_layer_defs[layer].name,
                      CPLGetLastErrorMsg());
            return GE_ERR_OGR;
        }
    }
    OGRFeatureDefnH defn = OGR_L_GetLayerDefn(L->lyr);
    for (int i = 0; i < wr_layer_defs[layer].nfields; i++)
        L->idx[i] = OGR_FD_GetFieldIndex(
            defn, w->shp ? f[i].shp : w->kml ? ge_kml_field_name(f[i].name, layer) : f[i].name);
    if (w->json_ids)
        L->id_idx = OGR_FD_GetFieldIndex(defn, "id");
    if (w->kml && ge_kml_add_fields(L->lyr) != 0) {
        ge_seterr(err, errlen, "cannot create the KML fields of %s: %s", w->lname[layer],
                  CPLGetLastErrorMsg());
        return GE_ERR_OGR;
    }
    return GE_OK;
}

static GDALDatasetH create_dataset(ge_writer *w, const char *path, char *err, size_t errlen)
{
    if (w->append && !w->json_ids) { /* the existing output, copied beside: it is updated there */
        const char *name = w->folder ? "" : CPLGetFilename(path);
        char *final = *name ? wr_path_join(w->final_dir, name) : ge_strdup(w->final);
        GDALDatasetH ds = NULL;
        if (final && wr_exists(final))
            ds = ge_append_open(w->drv, final, w->tmpdir, path, err, errlen);
        int tried = final && wr_exists(final);
        free(final);
        if (tried)
            return ds;
    }
    char **opts = dataset_options(w);
    CPLErrorReset();
    GDALDatasetH ds = GDALCreate(w->drv, path, 0, 0, 0, GDT_Unknown, opts);
    CSLDestroy(opts);
    if (!ds)
        ge_seterr(err, errlen, "%s: cannot create %s output: %s", w->final, w->driver,
                  CPLGetLastErrorMsg());
    else if (w->kml)
        ge_kml_setup(ds); /* one style per quad class */
    return ds;
}

ge_status wr_open_ogr(ge_writer *w, char *err, size_t errlen)
{
    ge_status st;
    if (w->multi || w->folder) {
        char *p = w->folder ? ge_strdup(w->tmpdir) : wr_path_join(w->tmpdir, w->main_name);
        if (!p)
            return GE_ERR_NOMEM;
        w->ds = create_dataset(w, p, err, errlen);
        free(p);
        if (!w->ds)
            return GE_ERR_OGR;
        for (int i = 0; i < L_N; i++) {
            if (!(w->layers & (1u << i)))
                continue;
            w->L[i].ds = w->ds;
            if ((st = create_layer(w, w->ds, i, err, errlen)) != GE_OK)
                return st;
        }
    } else {
        for (int i = 0; i < L_N; i++) {
            if (!(w->layers & (1u << i)))
                continue;
            char *p = wr_layer_path(w, i);
            if (!p)
                return GE_ERR_NOMEM;
            GDALDatasetH ds = create_dataset(w, p, err, errlen);
            free(p);
            if (!ds)
                return GE_ERR_OGR;
            w->L[i].ds = ds;
            w->L[i].own_ds = 1;
            if (!w->ds)
                w->ds = ds; /* the dataset at the path given */
            if ((st = create_layer(w, ds, i, err, errlen)) != GE_OK)
                return st;
        }
    }
    if (w->ds && GDALDatasetTestCapability(w->ds, ODsCTransactions) &&
        GDALDatasetStartTransaction(w->ds, FALSE) == OGRERR_NONE)
        w->txn = 1;
    return GE_OK;
}

static void driver_caps(ge_writer *w)
{
    const char *types = GDALGetMetadataItem(w->drv, GDAL_DMD_CREATIONFIELDDATATYPES, NULL);
    const char *subtypes = GDALGetMetadataItem(w->drv, GDAL_DMD_CREATIONFIELDDATASUBTYPES, NULL);
    w->date_ok = word_listed(types, "Date");
    w->datetime_ok = word_listed(types, "DateTime");
    w->bool_ok = word_listed(subtypes, "Boolean");
    if (!strcasecmp(w->driver, "CSV"))
        w->date_ok = w->datetime_ok = 0; /* ISO 8601 text rather than 2023/11/05 */
    w->json_ids = !strcasecmp(w->driver, "GeoJSON") || !strcasecmp(w->driver, "GeoJSONSeq");
    w->set_fid = !strcasecmp(w->driver, "GPKG") || !strcasecmp(w->driver, "SQLite");
}

/* GDAL's registration functions of single drivers: exported C functions,
 * declared only in ogrsf_frmts.h, a C++ header. */
void RegisterOGRGeoJSON(void);
void RegisterOGRGeoJSONSeq(void);
void RegisterOGRFlatGeobuf(void);
void RegisterOGRGeoPackage(void);
void RegisterOGRShape(void);
void RegisterOGRCSV(void);

/* Registers the driver named d, and no other when it is one of the formats
 * of bulk output: registering all of GDAL's 200-odd drivers costs about
 * 9 ms, a twelfth of a one-article run. Others (KML, MBTiles, GPX, any -f)
 * register them all, as GDAL's tools do. */
static void register_driver(const char *d)
{
    static const struct {
        const char *name;
        void (*reg)(void);
    } one[] = {{"GeoJSON", RegisterOGRGeoJSON}, {"GeoJSONSeq", RegisterOGRGeoJSONSeq},
               {"FlatGeobuf", RegisterOGRFlatGeobuf}, {"GPKG", RegisterOGRGeoPackage},
               {"ESRI Shapefile", RegisterOGRShape}, {"CSV", RegisterOGRCSV}};
    for (size_t i = 0; i < sizeof one / sizeof *one; i++)
        if (!strcasecmp(d, one[i].name)) {
            one[i].reg(); /* does nothing when registered already */
            return;
        }
    GDALAllRegister();
}

/* Chooses driver d (the front took PLOVER and HTML) and the output's shape
 * (file, folder, sidecars). */
ge_status wr_choose_driver(ge_writer *w, const char *d, const char *path, char *err,
                           size_t errlen)
{
    register_driver(d);
    w->drv = GDALGetDriverByName(d);
    if (!w->drv && !strcasecmp(d, "LIBKML"))
        w->drv = GDALGetDriverByName("KML"); /* a GDAL built without libkml */
    if (!w->drv || !GDALGetMetadataItem(w->drv, GDAL_DCAP_VECTOR, NULL) ||
        !GDALGetMetadataItem(w->drv, GDAL_DCAP_CREATE, NULL)) {
        ge_seterr(err, errlen, "%s: not an OGR driver that can write vector data", d);
        return GE_ERR_ARG;
    }
    ge_copy(w->driver, sizeof w->driver, GDALGetDriverShortName(w->drv));
    w->kind = W_OGR;
    w->shp = !strcasecmp(w->driver, "ESRI Shapefile");
    w->kml = !strcasecmp(w->driver, "LIBKML") || !strcasecmp(w->driver, "KML");
    w->tiles = !strcasecmp(w->driver, "MBTiles") || !strcasecmp(w->driver, "MVT");
    w->folder = w->shp && (wr_ends_with_slash(path) || wr_is_dir(path) || !*wr_extension(path) ||
                           strcasecmp(wr_extension(path), "shp") != 0);
    w->multi = !w->folder && !w->shp && !wr_single_layer(w->driver);
    driver_caps(w);
    return GE_OK;
}

/* -append to GeoJSON: GDAL 3.6 would write the added features without
 * their "id", so the output is written anew, the existing features of each
 * layer first (ids derived as for new ones), then the run's. */
ge_status wr_copy_existing(ge_writer *w, char *err, size_t errlen)
{
    for (int i = 0; i < L_N; i++) {
        const char *name = w->names[i] ? w->names[i] : i == L_EVENTS ? w->main_name : NULL;
        if (!(w->layers & (1u << i)) || !name)
            continue;
        char *old = wr_path_join(w->final_dir, name);
        if (!old)
            return GE_ERR_NOMEM;
        GDALDatasetH ds = wr_exists(old) ? GDALOpenEx(old, GDAL_OF_VECTOR | GDAL_OF_READONLY,
                                                      NULL, NULL, NULL)
                                         : NULL;
        if (!ds && wr_exists(old)) {
            ge_seterr(err, errlen, "%s: cannot open it to append: %s", old, CPLGetLastErrorMsg());
            free(old);
            return GE_ERR_OGR;
        }
        ge_status st = GE_OK;
        OGRLayerH l = ds ? GDALDatasetGetLayer(ds, 0) : NULL;
        OGRFeatureH f;
        while (st == GE_OK && l && (f = OGR_L_GetNextFeature(l)) != NULL) {
            st = ge_writer_add_feature(w, 1u << i, f);
            OGR_F_Destroy(f);
        }
        if (st != GE_OK)
            ge_seterr(err, errlen, "%s: cannot copy its features to append: %s", old,
                      ge_strerror(st));
        if (ds)
            GDALClose(ds);
        free(old);
        if (st != GE_OK)
            return st;
    }
    return GE_OK;
}

