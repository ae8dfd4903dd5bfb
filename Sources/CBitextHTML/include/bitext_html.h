#ifndef BITEXT_HTML_H
#define BITEXT_HTML_H

#include <stddef.h>

/* A flat walk over an HTML document parsed by libxml2's forgiving HTML parser, so that Swift
   sees plain C types only. Each event carries the byte offset in the input where the parser
   stood when it reported it (after an opening tag, after a text run, after a closing tag). */

/* What an event reports. */
enum {
    BITEXT_HTML_START = 1, /* an element opens: name, attributes (class and id, space-joined), depth */
    BITEXT_HTML_END = 2,   /* an element closes (explicitly or implied by the parser): name, depth */
    BITEXT_HTML_TEXT = 3   /* character data (UTF-8), outside script and style */
};

/* Receives one event. `name` is the lower-case element name (NULL for text); `text` is the
   class and id attributes for a start event, the characters for a text event; both point to
   memory valid during the call only. `depth` is the element's nesting depth (0 for <html>). */
typedef void (*bitext_html_event_fn)(void *context, int kind, const char *name, const char *text,
                                     size_t text_length, int depth, long byte_offset);

/* Parses `length` bytes of HTML in `encoding` (an IANA name such as "UTF-8" or
   "windows-1252"; NULL lets libxml2 look for a <meta charset> and otherwise guess) and
   calls `callback` for each event, in document order. Returns 0 on success, -1 when libxml2
   could not start (out of memory, unknown encoding). */
int bitext_html_walk(const char *bytes, size_t length, const char *encoding,
                     bitext_html_event_fn callback, void *context);

/* Initialises libxml2 once for the whole process (later calls return at once). Foundation's
   XMLParser uses the same libxml2 and initialises it by itself: calling this first keeps
   the two initialisations from running at once on two threads. */
void bitext_xml_prepare(void);

#endif
