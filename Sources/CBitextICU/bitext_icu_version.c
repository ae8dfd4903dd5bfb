#include "bitext_icu_version.h"

#include <string.h>
#include <unicode/uversion.h>

int32_t bitext_icu_version(char *buffer, int32_t capacity) {
    if (buffer == NULL || capacity <= 0) {
        return -1;
    }
    /* u_getVersion reports the library actually loaded, not the headers built against. */
    UVersionInfo version;
    u_getVersion(version);
    char text[U_MAX_VERSION_STRING_LENGTH];
    u_versionToString(version, text);
    size_t length = strlen(text);
    if (length >= (size_t)capacity) {
        return -1;
    }
    memcpy(buffer, text, length + 1);
    return (int32_t)length;
}
