/*
 * write_kml.c -- KML as Google Earth and QGIS read it, through GDAL's
 * LIBKML driver: each placemark gets a <name> ("ASSAULT at Baghdad"), a
 * <description>, a <TimeSpan> over the days its date stands for (the
 * driver's begin/end fields), and a shared <Style> per PLOVER quad class
 * (a style table). Our own `start`/`end` offsets would clash with the
 * reserved KML fields, so they are written as sentence_start/sentence_end
 * (mention_start/mention_end in the mentions layer).
 */
#include <stdio.h>
#include <string.h>

#include <cpl_string.h>
#include <ogr_api.h>

#include "style.h"
#include "write_parts.h"

const char *ge_kml_field_name(const char *name, int layer)
{
    if (!strcmp(name, "start"))
        return layer == 1 ? "mention_start" : "sentence_start";
    if (!strcmp(name, "end"))
        return layer == 1 ? "mention_end" : "sentence_end";
    return name;
}

int ge_kml_setup(GDALDatasetH ds)
{
    OGRStyleTableH t = OGR_STBL_Create();
    if (!t)
        return -1;
    size_t n;
    const ge_event_style *types = ge_event_styles(&n);
    char style[160], name[16];
    for (int q = 0; q <= 4; q++) {
        const char *colour = GE_STYLE_OTHER_COLOUR; /* the darkest type of the class */
        for (size_t i = 0; i < n; i++)
            if (types[i].quad == q)
                colour = types[i].colour;
        snprintf(name, sizeof name, "quad%d", q);
        snprintf(style, sizeof style,
                 "SYMBOL(id:\"ogr-sym-3\",c:%sff,s:%.1f);LABEL(c:#222222ff,s:0)", colour,
                 q == 4 ? 1.1 : 0.9);
        OGR_STBL_AddStyle(t, name, style);
    }
    GDALDatasetSetStyleTable(ds, t);
    OGR_STBL_Destroy(t);
    return 0;
}

int ge_kml_add_fields(OGRLayerH layer)
{
    static const struct {
        const char *name;
        OGRFieldType type;
    } f[] = {{"name", OFTString}, {"description", OFTString}, {"begin", OFTDateTime},
             {"end", OFTDateTime}};
    for (size_t i = 0; i < sizeof f / sizeof *f; i++) {
        if (OGR_FD_GetFieldIndex(OGR_L_GetLayerDefn(layer), f[i].name) >= 0)
            continue;
        OGRFieldDefnH fd = OGR_Fld_Create(f[i].name, f[i].type);
        OGRErr e = OGR_L_CreateField(layer, fd, TRUE);
        OGR_Fld_Destroy(fd);
        if (e != OGRERR_NONE)
            return -1;
    }
    return 0;
}

static void set(OGRFeatureH f, const char *field, const char *value)
{
    int i = OGR_F_GetFieldIndex(f, field);
    if (i >= 0 && value && *value)
        OGR_F_SetFieldString(f, i, value);
}

void ge_kml_event(OGRFeatureH f, const char *type, const char *place, const char *date,
                  const char *first, const char *last, const char *sentence, int quad)
{
    char name[200], desc[1200], style[16];
    snprintf(name, sizeof name, "%s%s%s", type && *type ? type : "Event",
             place && *place ? " at " : "", place ? place : "");
    snprintf(desc, sizeof desc, "%s%s%s%s", date && *date ? date : "",
             date && *date && sentence && *sentence ? ": " : "", sentence ? sentence : "",
             "");
    set(f, "name", name);
    set(f, "description", desc);
    char until[40];
    snprintf(until, sizeof until, "%.10s 23:59:59", last ? last : ""); /* the whole last day */
    set(f, "begin", first);
    set(f, "end", last && *last ? until : NULL);
    snprintf(style, sizeof style, "@quad%d", quad >= 0 && quad <= 4 ? quad : 0);
    OGR_F_SetStyleString(f, style);
}

void ge_kml_place(OGRFeatureH f, const char *name, const char *description)
{
    set(f, "name", name);
    set(f, "description", description);
}
