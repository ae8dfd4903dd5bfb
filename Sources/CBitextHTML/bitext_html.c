#include "bitext_html.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <libxml/HTMLparser.h>
#include <libxml/parserInternals.h>

/* libxml2 (2.9) must be initialised once before threads use it: two documents parsed at
   once, each thread initialising its globals, deadlocked about one run in a hundred
   (both threads waiting in xmlRMutexLock, from xmlDictCreate and xmlDictFree). */
static pthread_once_t initialised = PTHREAD_ONCE_INIT;

static void initialise_libxml2(void) { xmlInitParser(); }

void bitext_xml_prepare(void) { pthread_once(&initialised, initialise_libxml2); }

/* The walk's state, reached from libxml2's SAX callbacks through the parser context. */
struct walk {
    htmlParserCtxtPtr parser;
    bitext_html_event_fn callback;
    void *context;
    int depth;
};

static struct walk *walk_of(void *user) {
    htmlParserCtxtPtr parser = (htmlParserCtxtPtr)user;
    return (struct walk *)parser->_private;
}

/* The parser's position in its UTF-8 input: the file's own offsets when the file is UTF-8
   (xmlByteConsumed would map back to the original encoding, but fails for UTF-8 itself). */
static long offset_of(struct walk *walk) {
    xmlParserInputPtr input = walk->parser->input;
    if (input == NULL || input->cur == NULL || input->base == NULL) return 0;
    return (long)input->consumed + (long)(input->cur - input->base);
}

static void on_start(void *user, const xmlChar *name, const xmlChar **attributes) {
    struct walk *walk = walk_of(user);
    if (walk == NULL) return;
    /* class and id, joined by a space: the names that tell a menu from an article */
    char joined[512];
    size_t used = 0;
    joined[0] = 0;
    for (int index = 0; attributes != NULL && attributes[index] != NULL; index += 2) {
        const char *key = (const char *)attributes[index];
        const char *value = (const char *)attributes[index + 1];
        if (value == NULL) continue;
        if (strcmp(key, "class") != 0 && strcmp(key, "id") != 0 && strcmp(key, "role") != 0
            && strcmp(key, "itemprop") != 0 && strcmp(key, "hidden") != 0 && strcmp(key, "style") != 0) continue;
        if (strcmp(key, "style") == 0) {
            /* only "display:none" matters here */
            if (strstr(value, "display:none") == NULL && strstr(value, "display: none") == NULL) continue;
            value = "display-none";
        }
        if (strcmp(key, "hidden") == 0) value = "display-none";
        size_t length = strlen(value);
        if (used + length + 2 >= sizeof joined) length = sizeof joined - used - 2;
        if (length == 0 || used + 2 >= sizeof joined) continue;
        if (used > 0) joined[used++] = ' ';
        memcpy(joined + used, value, length);
        used += length;
        joined[used] = 0;
    }
    walk->callback(walk->context, BITEXT_HTML_START, (const char *)name, joined, used, walk->depth, offset_of(walk));
    walk->depth += 1;
}

static void on_end(void *user, const xmlChar *name) {
    struct walk *walk = walk_of(user);
    if (walk == NULL) return;
    if (walk->depth > 0) walk->depth -= 1;
    walk->callback(walk->context, BITEXT_HTML_END, (const char *)name, NULL, 0, walk->depth, offset_of(walk));
}

static void on_characters(void *user, const xmlChar *characters, int length) {
    struct walk *walk = walk_of(user);
    if (walk == NULL || length <= 0) return;
    walk->callback(walk->context, BITEXT_HTML_TEXT, NULL, (const char *)characters, (size_t)length, walk->depth, offset_of(walk));
}

/* Script and style bodies come here; they are not text. */
static void on_raw(void *user, const xmlChar *characters, int length) {
    (void)user; (void)characters; (void)length;
}

static void on_error(void *user, const char *message, ...) {
    (void)user; (void)message;
}

int bitext_html_walk(const char *bytes, size_t length, const char *encoding,
                     bitext_html_event_fn callback, void *context) {
    if (length > (size_t)0x7fffffff) return -1;
    htmlSAXHandler handler;
    memset(&handler, 0, sizeof handler);
    handler.startElement = on_start;
    handler.endElement = on_end;
    handler.characters = on_characters;
    handler.cdataBlock = on_raw;
    handler.ignorableWhitespace = on_characters;
    handler.error = on_error;
    handler.warning = on_error;
    bitext_xml_prepare();
    htmlParserCtxtPtr parser = htmlCreateMemoryParserCtxt(bytes, (int)length);
    if (parser == NULL) return -1;
    if (parser->sax != NULL) xmlFree(parser->sax);
    parser->sax = (xmlSAXHandlerPtr)xmlMalloc(sizeof(htmlSAXHandler));
    if (parser->sax == NULL) { htmlFreeParserCtxt(parser); return -1; }
    memcpy(parser->sax, &handler, sizeof handler);
    struct walk walk = { parser, callback, context, 0 };
    parser->_private = &walk;
    parser->userData = parser;
    /* The caller has chosen the encoding (from the BOM, <meta> and the bytes themselves);
       libxml2 must not switch again at a <meta>, which would also lose track of offsets. */
    htmlCtxtUseOptions(parser, HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET | HTML_PARSE_IGNORE_ENC
                               | HTML_PARSE_NOIMPLIED);
    if (encoding != NULL) {
        xmlCharEncodingHandlerPtr converter = xmlFindCharEncodingHandler(encoding);
        if (converter == NULL) { htmlFreeParserCtxt(parser); return -1; }
        xmlSwitchToEncoding(parser, converter);
    }
    htmlParseDocument(parser);
    parser->_private = NULL;
    htmlFreeParserCtxt(parser);
    return 0;
}
