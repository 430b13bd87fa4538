/*
 * style.h -- cartography that travels with the layers: the QGIS style of the
 * events layer (QML, stored in a GeoPackage's layer_styles table or written
 * beside Shapefile/GeoJSON outputs) and the self-contained HTML web map.
 */
#ifndef GE_STYLE_H
#define GE_STYLE_H

#include <gdal.h>

#include "geoevents/geoevents.h"

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
