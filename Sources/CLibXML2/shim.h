/* libxml2's HTML parser, for Sources/CBitextHTML only (its header search path comes from
   pkg-config's libxml-2.0). Swift code never imports this module. */
#include <libxml/HTMLparser.h>
#include <libxml/parserInternals.h>
