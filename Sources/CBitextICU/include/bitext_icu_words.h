#ifndef BITEXT_ICU_WORDS_H
#define BITEXT_ICU_WORDS_H

/*
 * ICU's word break iterator and rule-based number parsing, for the aligner's evidence.
 * Plain C types only (see bitext_icu.h for why).
 */

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/// What a word-break segment holds, from ICU's rule status.
enum {
    BITEXT_WORD_NONE = 0,        /* spaces, punctuation, symbols */
    BITEXT_WORD_NUMBER = 1,      /* digits in any script */
    BITEXT_WORD_LETTER = 2,      /* letters of alphabetic scripts (and Hangul) */
    BITEXT_WORD_KANA = 3,        /* Japanese kana */
    BITEXT_WORD_IDEOGRAPHIC = 4  /* Han characters, and words found by ICU's dictionaries (Thai, Khmer, Lao, Burmese) */
};

/// An ICU word break iterator. Opaque to callers; not thread-safe.
typedef struct bitext_word_breaker bitext_word_breaker;

/// Opens a word break iterator for an ICU locale id. Returns NULL on failure.
bitext_word_breaker *bitext_word_breaker_open(const char *locale);

/// Closes an iterator opened by `bitext_word_breaker_open`.
void bitext_word_breaker_close(bitext_word_breaker *breaker);

/// Points the iterator at `length` UTF-16 code units (not copied: they must stay valid while
/// `bitext_word_breaker_next` is called). Returns 0 on success, -1 on failure.
int32_t bitext_word_breaker_set_text(bitext_word_breaker *breaker, const uint16_t *text, int32_t length);

/// The end of the next segment (in UTF-16 code units from the start of the text), or -1 at
/// the end; `kind` receives one of the BITEXT_WORD_* values.
int32_t bitext_word_breaker_next(bitext_word_breaker *breaker, int32_t *kind);

/// An ICU rule-based number format that parses numbers written in words ("twenty-one",
/// "vingt et un", "二十一"). Opaque to callers; not thread-safe.
typedef struct bitext_number_parser bitext_number_parser;

/// Opens a spell-out parser for an ICU locale id (lenient parsing). Returns NULL on failure.
bitext_number_parser *bitext_number_parser_open(const char *locale);

/// Closes a parser opened by `bitext_number_parser_open`.
void bitext_number_parser_close(bitext_number_parser *parser);

/// Parses the longest number at the start of `length` UTF-16 code units. Returns how many
/// units were used (0 when there is no number there) and stores the value in `value`.
int32_t bitext_number_parse(bitext_number_parser *parser, const uint16_t *text, int32_t length, double *value);

/// Writes `value` spelled out in words ("twenty-one") into `output` (at most `capacity` UTF-16
/// units). Returns the length, which may exceed `capacity`, or -1 on failure.
int32_t bitext_number_spell_out(bitext_number_parser *parser, double value, uint16_t *output, int32_t capacity);

#ifdef __cplusplus
}
#endif

#endif
