#include "bitext_icu_locale.h"
#include "bitext_icu.h"

#include <unicode/uloc.h>
#include <unicode/utypes.h>

/* ICU signals a result that exactly fills the buffer with a warning, not an error. */
static int32_t finished(UErrorCode status, int32_t length, int32_t capacity) {
    if (U_FAILURE(status) || status == U_STRING_NOT_TERMINATED_WARNING || length < 0 || length >= capacity) {
        return -1;
    }
    return length;
}

int32_t bitext_icu_language_tag(const char *code, char *buffer, int32_t capacity) {
    if (code == NULL || buffer == NULL || capacity <= 0) {
        return -1;
    }
    char locale[ULOC_FULLNAME_CAPACITY];
    if (bitext_icu_canonical_locale(code, locale, (int32_t)sizeof locale) <= 0) {
        return -1;
    }
    UErrorCode status = U_ZERO_ERROR;
    /* Strict: fail on any part that has no BCP 47 form instead of dropping it. The
       conversion also replaces deprecated codes with their CLDR aliases ("iw" -> "he"). */
    int32_t length = uloc_toLanguageTag(locale, buffer, capacity, 1, &status);
    return finished(status, length, capacity);
}

int32_t bitext_icu_locale_for_tag(const char *tag, char *buffer, int32_t capacity) {
    if (tag == NULL || buffer == NULL || capacity <= 0) {
        return -1;
    }
    UErrorCode status = U_ZERO_ERROR;
    int32_t parsed = 0;
    int32_t length = uloc_forLanguageTag(tag, buffer, capacity, &parsed, &status);
    return finished(status, length, capacity);
}

int32_t bitext_icu_likely_script(const char *locale, char *buffer, int32_t capacity) {
    if (locale == NULL || buffer == NULL || capacity <= 0) {
        return -1;
    }
    char maximized[ULOC_FULLNAME_CAPACITY];
    UErrorCode status = U_ZERO_ERROR;
    int32_t length = uloc_addLikelySubtags(locale, maximized, (int32_t)sizeof maximized, &status);
    if (finished(status, length, (int32_t)sizeof maximized) < 0) {
        return -1;
    }
    status = U_ZERO_ERROR;
    length = uloc_getScript(maximized, buffer, capacity, &status);
    return finished(status, length, capacity);
}

int32_t bitext_icu_is_right_to_left(const char *locale) {
    if (locale == NULL) {
        return 0;
    }
    return uloc_isRightToLeft(locale) ? 1 : 0;
}
