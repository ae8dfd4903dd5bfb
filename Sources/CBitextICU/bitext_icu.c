#include "bitext_icu.h"

#include <stdlib.h>
#include <string.h>
#include <unicode/ubrk.h>
#include <unicode/utrans.h>
#include <unicode/uloc.h>
#include <unicode/utypes.h>

struct bitext_sentence_breaker {
    UBreakIterator *iterator;
};

int32_t bitext_icu_canonical_locale(const char *tag, char *buffer, int32_t capacity) {
    if (tag == NULL || buffer == NULL || capacity <= 0) {
        return -1;
    }
    UErrorCode status = U_ZERO_ERROR;
    int32_t parsed = 0;
    int32_t length = uloc_forLanguageTag(tag, buffer, capacity, &parsed, &status);
    /* Not a well-formed BCP 47 tag: try it as an ICU locale id ("pt_BR"). */
    if (U_FAILURE(status) || parsed != (int32_t)strlen(tag) || length == 0) {
        status = U_ZERO_ERROR;
        length = uloc_canonicalize(tag, buffer, capacity, &status);
    }
    if (U_FAILURE(status) || status == U_STRING_NOT_TERMINATED_WARNING || length >= capacity) {
        return -1;
    }
    return length;
}

int32_t bitext_icu_is_known_language(const char *tag) {
    char locale[ULOC_FULLNAME_CAPACITY];
    if (bitext_icu_canonical_locale(tag, locale, (int32_t)sizeof locale) <= 0) {
        return 0;
    }
    char language[ULOC_LANG_CAPACITY];
    UErrorCode status = U_ZERO_ERROR;
    int32_t length = uloc_getLanguage(locale, language, (int32_t)sizeof language, &status);
    if (U_FAILURE(status) || length < 2 || length > 3) {
        return 0;
    }
    /* ICU maps every ISO 639 code it knows to a three-letter code; unknown ones map to "". */
    const char *iso3 = uloc_getISO3Language(locale);
    return (iso3 != NULL && iso3[0] != '\0') ? 1 : 0;
}

bitext_sentence_breaker *bitext_sentence_breaker_open(const char *locale) {
    UErrorCode status = U_ZERO_ERROR;
    UBreakIterator *iterator = ubrk_open(UBRK_SENTENCE, locale, NULL, 0, &status);
    if (U_FAILURE(status) || iterator == NULL) {
        return NULL;
    }
    bitext_sentence_breaker *breaker = malloc(sizeof *breaker);
    if (breaker == NULL) {
        ubrk_close(iterator);
        return NULL;
    }
    breaker->iterator = iterator;
    return breaker;
}

void bitext_sentence_breaker_close(bitext_sentence_breaker *breaker) {
    if (breaker == NULL) {
        return;
    }
    ubrk_close(breaker->iterator);
    free(breaker);
}

int32_t bitext_sentence_breaker_set_text(bitext_sentence_breaker *breaker,
                                         const uint16_t *text, int32_t length) {
    UErrorCode status = U_ZERO_ERROR;
    ubrk_setText(breaker->iterator, (const UChar *)text, length, &status);
    return U_FAILURE(status) ? -1 : 0;
}

int32_t bitext_sentence_breaker_next(bitext_sentence_breaker *breaker) {
    int32_t boundary = ubrk_next(breaker->iterator);
    return boundary == UBRK_DONE ? -1 : boundary;
}

struct bitext_transliterator {
    UTransliterator *transliterator;
};

bitext_transliterator *bitext_transliterator_open(const char *id) {
    UChar buffer[256];
    int32_t length = 0;
    for (; id[length] != '\0'; length++) {
        if (length >= (int32_t)(sizeof buffer / sizeof buffer[0]) || (unsigned char)id[length] > 0x7F) {
            return NULL;
        }
        buffer[length] = (UChar)id[length];
    }
    UErrorCode status = U_ZERO_ERROR;
    UTransliterator *transliterator = utrans_openU(buffer, length, UTRANS_FORWARD, NULL, 0, NULL, &status);
    if (U_FAILURE(status) || transliterator == NULL) {
        return NULL;
    }
    bitext_transliterator *result = malloc(sizeof *result);
    if (result == NULL) {
        utrans_close(transliterator);
        return NULL;
    }
    result->transliterator = transliterator;
    return result;
}

void bitext_transliterator_close(bitext_transliterator *transliterator) {
    if (transliterator == NULL) {
        return;
    }
    utrans_close(transliterator->transliterator);
    free(transliterator);
}

int32_t bitext_transliterate(bitext_transliterator *transliterator, const uint16_t *text, int32_t length,
                             uint16_t *output, int32_t capacity) {
    if (length > capacity) {
        return length * 4 + 16;
    }
    memcpy(output, text, (size_t)length * sizeof(uint16_t));
    int32_t textLength = length;
    int32_t limit = length;
    UErrorCode status = U_ZERO_ERROR;
    utrans_transUChars(transliterator->transliterator, (UChar *)output, &textLength, capacity, 0, &limit, &status);
    if (status == U_BUFFER_OVERFLOW_ERROR) {
        return textLength;
    }
    if (U_FAILURE(status)) {
        return -1;
    }
    return textLength;
}
