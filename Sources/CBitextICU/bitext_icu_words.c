#include "bitext_icu_words.h"

#include <stdlib.h>
#include <unicode/ubrk.h>
#include <unicode/unum.h>
#include <unicode/utypes.h>

struct bitext_word_breaker {
    UBreakIterator *iterator;
};

bitext_word_breaker *bitext_word_breaker_open(const char *locale) {
    UErrorCode status = U_ZERO_ERROR;
    UBreakIterator *iterator = ubrk_open(UBRK_WORD, locale, NULL, 0, &status);
    if (U_FAILURE(status) || iterator == NULL) {
        return NULL;
    }
    bitext_word_breaker *breaker = malloc(sizeof *breaker);
    if (breaker == NULL) {
        ubrk_close(iterator);
        return NULL;
    }
    breaker->iterator = iterator;
    return breaker;
}

void bitext_word_breaker_close(bitext_word_breaker *breaker) {
    if (breaker == NULL) {
        return;
    }
    ubrk_close(breaker->iterator);
    free(breaker);
}

int32_t bitext_word_breaker_set_text(bitext_word_breaker *breaker, const uint16_t *text, int32_t length) {
    if (breaker == NULL || text == NULL || length < 0) {
        return -1;
    }
    UErrorCode status = U_ZERO_ERROR;
    ubrk_setText(breaker->iterator, (const UChar *)text, length, &status);
    return U_FAILURE(status) ? -1 : 0;
}

int32_t bitext_word_breaker_next(bitext_word_breaker *breaker, int32_t *kind) {
    int32_t end = ubrk_next(breaker->iterator);
    if (end == UBRK_DONE) {
        return -1;
    }
    int32_t status = ubrk_getRuleStatus(breaker->iterator);
    int32_t result = BITEXT_WORD_NONE;
    if (status >= UBRK_WORD_IDEO && status < UBRK_WORD_IDEO_LIMIT) {
        result = BITEXT_WORD_IDEOGRAPHIC;
    } else if (status >= UBRK_WORD_KANA && status < UBRK_WORD_KANA_LIMIT) {
        result = BITEXT_WORD_KANA;
    } else if (status >= UBRK_WORD_LETTER && status < UBRK_WORD_LETTER_LIMIT) {
        result = BITEXT_WORD_LETTER;
    } else if (status >= UBRK_WORD_NUMBER && status < UBRK_WORD_NUMBER_LIMIT) {
        result = BITEXT_WORD_NUMBER;
    }
    if (kind != NULL) {
        *kind = result;
    }
    return end;
}

struct bitext_number_parser {
    UNumberFormat *format;
};

bitext_number_parser *bitext_number_parser_open(const char *locale) {
    UErrorCode status = U_ZERO_ERROR;
    UNumberFormat *format = unum_open(UNUM_SPELLOUT, NULL, 0, locale, NULL, &status);
    if (U_FAILURE(status) || format == NULL) {
        return NULL;
    }
    unum_setAttribute(format, UNUM_LENIENT_PARSE, 1);
    bitext_number_parser *parser = malloc(sizeof *parser);
    if (parser == NULL) {
        unum_close(format);
        return NULL;
    }
    parser->format = format;
    return parser;
}

void bitext_number_parser_close(bitext_number_parser *parser) {
    if (parser == NULL) {
        return;
    }
    unum_close(parser->format);
    free(parser);
}

int32_t bitext_number_parse(bitext_number_parser *parser, const uint16_t *text, int32_t length, double *value) {
    if (parser == NULL || text == NULL || length <= 0 || value == NULL) {
        return 0;
    }
    UErrorCode status = U_ZERO_ERROR;
    int32_t position = 0;
    double parsed = unum_parseDouble(parser->format, (const UChar *)text, length, &position, &status);
    if (U_FAILURE(status) || position <= 0) {
        return 0;
    }
    *value = parsed;
    return position;
}

int32_t bitext_number_spell_out(bitext_number_parser *parser, double value, uint16_t *output, int32_t capacity) {
    if (parser == NULL || output == NULL || capacity < 0) {
        return -1;
    }
    UErrorCode status = U_ZERO_ERROR;
    int32_t length = unum_formatDouble(parser->format, value, (UChar *)output, capacity, NULL, &status);
    if (status == U_BUFFER_OVERFLOW_ERROR || status == U_STRING_NOT_TERMINATED_WARNING) {
        return length;
    }
    return U_FAILURE(status) ? -1 : length;
}
