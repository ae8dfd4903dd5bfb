#include "bitext_icu_charset.h"

#include <string.h>
#include <unicode/ucnv.h>
#include <unicode/ucnv_err.h>
#include <unicode/ucsdet.h>

int32_t bitext_icu_charset_is_known(const char *name) {
    if (name == NULL || name[0] == '\0') return 0;
    UErrorCode status = U_ZERO_ERROR;
    const char *canonical = ucnv_getCanonicalName(name, "", &status);
    if (U_SUCCESS(status) && canonical != NULL) return 1;
    /* Some aliases are only known to the converter itself. */
    status = U_ZERO_ERROR;
    UConverter *converter = ucnv_open(name, &status);
    if (converter == NULL || U_FAILURE(status)) return 0;
    ucnv_close(converter);
    return 1;
}

int32_t bitext_icu_charset_canonical_name(const char *name, char *buffer, int32_t capacity) {
    if (!bitext_icu_charset_is_known(name)) return -1;
    UErrorCode status = U_ZERO_ERROR;
    UConverter *converter = ucnv_open(name, &status);
    if (converter == NULL || U_FAILURE(status)) return -1;
    const char *canonical = ucnv_getName(converter, &status);
    int32_t length = -1;
    if (U_SUCCESS(status) && canonical != NULL) {
        size_t size = strlen(canonical);
        if ((int64_t)size < capacity) {
            memcpy(buffer, canonical, size + 1);
            length = (int32_t)size;
        }
    }
    ucnv_close(converter);
    return length;
}

int32_t bitext_icu_charset_detect(const uint8_t *bytes, int32_t length, int32_t max_matches,
                                  char *names, int32_t name_capacity, int32_t *confidences) {
    if (length < 0 || max_matches < 0 || name_capacity < 1) return -1;
    UErrorCode status = U_ZERO_ERROR;
    UCharsetDetector *detector = ucsdet_open(&status);
    if (U_FAILURE(status)) return -1;
    ucsdet_setText(detector, (const char *)bytes, length, &status);
    int32_t found = 0;
    const UCharsetMatch **matches = ucsdet_detectAll(detector, &found, &status);
    int32_t written = 0;
    if (U_SUCCESS(status) && matches != NULL) {
        for (int32_t index = 0; index < found && written < max_matches; index++) {
            UErrorCode matchStatus = U_ZERO_ERROR;
            const char *name = ucsdet_getName(matches[index], &matchStatus);
            int32_t confidence = ucsdet_getConfidence(matches[index], &matchStatus);
            if (U_FAILURE(matchStatus) || name == NULL || (int32_t)strlen(name) >= name_capacity) continue;
            memcpy(names + (int64_t)written * name_capacity, name, strlen(name) + 1);
            confidences[written] = confidence;
            written++;
        }
    }
    ucsdet_close(detector);
    return U_SUCCESS(status) ? written : -1;
}

int64_t bitext_icu_charset_decode(const char *name, const uint8_t *bytes, int64_t length,
                                  uint8_t *output, int64_t capacity, int64_t *error_offset) {
    UErrorCode status = U_ZERO_ERROR;
    UConverter *source = ucnv_open(name, &status);
    if (source == NULL || U_FAILURE(status)) return -1;
    UConverter *target = ucnv_open("UTF-8", &status);
    if (target == NULL || U_FAILURE(status)) {
        ucnv_close(source);
        return -1;
    }
    /* Stop, rather than substitute, at a byte sequence the encoding does not allow. */
    ucnv_setToUCallBack(source, UCNV_TO_U_CALLBACK_STOP, NULL, NULL, NULL, &status);
    ucnv_setFromUCallBack(target, UCNV_FROM_U_CALLBACK_STOP, NULL, NULL, NULL, &status);
    const char *input = (const char *)bytes;
    const char *inputLimit = input + length;
    char *out = (char *)output;
    char *outLimit = out + capacity;
    UChar pivot[4096];
    UChar *pivotSource = pivot, *pivotTarget = pivot;
    ucnv_convertEx(target, source, &out, outLimit, &input, inputLimit,
                   pivot, &pivotSource, &pivotTarget, pivot + 4096, 1, 1, &status);
    int64_t result;
    if (status == U_BUFFER_OVERFLOW_ERROR) {
        result = -3;
    } else if (U_FAILURE(status)) {
        /* The source pointer is past the offending bytes; step back over them. */
        char invalid[32];
        int8_t invalidLength = sizeof(invalid);
        UErrorCode invalidStatus = U_ZERO_ERROR;
        ucnv_getInvalidChars(source, invalid, &invalidLength, &invalidStatus);
        int64_t offset = (int64_t)(input - (const char *)bytes);
        if (U_SUCCESS(invalidStatus) && invalidLength <= offset) offset -= invalidLength;
        if (error_offset != NULL) *error_offset = offset;
        result = -2;
    } else {
        result = (int64_t)(out - (char *)output);
    }
    ucnv_close(source);
    ucnv_close(target);
    return result;
}
