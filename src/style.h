/*
 * style.h -- cartography that travels with the layers: the QGIS style of the
 * events layer (QML, stored in a GeoPackage's layer_styles table or written
 * beside Shapefile/GeoJSON outputs) and the self-contained HTML web map.
 */
#ifndef GE_STYLE_H
#define GE_STYLE_H

#include <gdal.h>
#include <ogr_api.h>

#include "geoevents/geoevents.h"

/* One PLOVER event type as drawn on maps: its quad class (1 verbal
 * cooperation, 2 material cooperation, 3 verbal conflict, 4 material
 * conflict) gives the colour family. Shared by the QGIS style and the HTML map. */
typedef struct ge_event_style {
    const char *type;   /* "ASSAULT" */
    int quad;           /* 1..4 */
    const char *colour; /* "#rrggbb" */
    const char *label;  /* "Assault" */
} ge_event_style;

/* The 16 types, in PLOVER's order; *n gets the count. */
const ge_event_style *ge_event_styles(size_t *n);
/* "verbal cooperation", ... for quad 1..4; "other" otherwise. */
const char *ge_quad_name(int quad);
/* Colour of events of no known type. */
#define GE_STYLE_OTHER_COLOUR "#808080"

/* The QML document (QGIS style) of the events layer whose fields are in defn
 * (aliases, labels and sizes only use fields that exist; NULL = assume the
 * full schema). The caller frees it; NULL when out of memory. */
char *ge_style_qml(OGRFeatureDefnH defn);

/* The default style of one of the three layers (defn: the layer's fields,
 * or NULL for all of them). */
typedef enum ge_style_layer { GE_STYLE_EVENTS, GE_STYLE_MENTIONS, GE_STYLE_ARTICLES } ge_style_layer;
char *ge_style_qml_for(OGRFeatureDefnH defn, ge_style_layer which);

/* Stores the default style of layer (which) of ds: in a GeoPackage's
 * layer_styles table, or as a .qml file at qml_path for file formats
 * (NULL: no file). */
ge_status ge_style_store(GDALDatasetH ds, OGRLayerH layer, ge_style_layer which,
                         const char *driver, const char *qml_path, char *err, size_t errlen);

/* Called by the writer after the layers are written and before the output is
 * renamed into place. ds is the open OGR dataset of the temporary output,
 * tmp_path its path, final_path where it will end up. Adds the default style
 * (GPKG layer_styles) or writes FILE.qml beside it. Returns GE_OK when the
 * output has no style to carry. */
ge_status ge_style_attach(GDALDatasetH ds, const char *driver, const char *tmp_path,
                          const char *final_path, char *err, size_t errlen);

/* Writes the self-contained HTML map of the given documents' events to path
 * (the writer calls it for -o FILE.html, with a temporary path). */
typedef struct ge_html ge_html;
ge_status ge_html_open(const char *path, const ge_gazetteer *g, ge_html **out, char *err,
                       size_t errlen);
ge_status ge_html_add(ge_html *h, const ge_doc *doc);
ge_status ge_html_close(ge_html *h, char *err, size_t errlen); /* writes and frees */

#endif
