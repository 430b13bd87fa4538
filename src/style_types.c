/* style_types.c -- PLOVER's event types as maps draw them (colour, quad
 * class, label): shared by the QGIS styles (style.c, GIS part) and the HTML
 * map (webmap.c, core), so in the library's core. */
#include <stddef.h>

#include "style.h"

/* PLOVER's 16 types by quad class. Greens: verbal cooperation; blues:
 * material cooperation; oranges: verbal conflict; reds: material conflict.
 * Darker = further along the class (e.g. ASSAULT darkest red). */
static const ge_event_style ge_types[] = {
    {"AGREE", 1, "#b8e186", "Agree"},
    {"CONSULT", 1, "#74c476", "Consult"},
    {"SUPPORT", 1, "#31a354", "Support"},
    {"CONCEDE", 1, "#006d2c", "Concede"},
    {"COOPERATE", 2, "#9ecae1", "Cooperate"},
    {"AID", 2, "#3182bd", "Aid"},
    {"RETREAT", 2, "#08519c", "Retreat"},
    {"REQUEST", 3, "#fdd0a2", "Request"},
    {"ACCUSE", 3, "#fdae6b", "Accuse"},
    {"REJECT", 3, "#f16913", "Reject"},
    {"THREATEN", 3, "#a63603", "Threaten"},
    {"PROTEST", 4, "#fcbba1", "Protest"},
    {"SANCTION", 4, "#fb6a4a", "Sanction"},
    {"MOBILIZE", 4, "#ef3b2c", "Mobilize"},
    {"COERCE", 4, "#cb181d", "Coerce"},
    {"ASSAULT", 4, "#67000d", "Assault"},
};

const ge_event_style *ge_event_styles(size_t *n)
{
    *n = sizeof ge_types / sizeof ge_types[0];
    return ge_types;
}

const char *ge_quad_name(int quad)
{
    static const char *const names[] = {"other", "verbal cooperation", "material cooperation",
                                        "verbal conflict", "material conflict"};
    return quad >= 1 && quad <= 4 ? names[quad] : names[0];
}
