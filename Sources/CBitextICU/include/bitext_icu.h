#ifndef BITEXT_ICU_H
#define BITEXT_ICU_H

/*
 * A small C face on ICU for Bitext. Only plain C types cross this header, so that
 * Swift never imports ICU's own headers (they clash with Foundation's bundled ICU,
 * and ICU's versioned function names are macros Swift cannot import).
 */

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/// Returns 1 when `tag` (a BCP 47 tag or ICU locale id such as "fr", "en-GB", "pt_BR")
/// names a language ICU knows, 0 otherwise.
int32_t bitext_icu_is_known_language(const char *tag);

/// Writes ICU's canonical locale id for `tag` into `buffer` (NUL-terminated).
/// Returns the id's length, or -1 when it does not fit or ICU refuses the tag.
int32_t bitext_icu_canonical_locale(const char *tag, char *buffer, int32_t capacity);

/// An ICU sentence break iterator. Opaque to callers.
typedef struct bitext_sentence_breaker bitext_sentence_breaker;

/// Opens a sentence break iterator for `locale` (an ICU locale id, keywords allowed,
/// e.g. "fr" or "en@ss=standard"). Returns NULL on failure.
bitext_sentence_breaker *bitext_sentence_breaker_open(const char *locale);

/// Closes an iterator opened by `bitext_sentence_breaker_open`.
void bitext_sentence_breaker_close(bitext_sentence_breaker *breaker);

/// Points the iterator at `length` UTF-16 code units. The text is not copied: it must
/// stay valid and unchanged while `bitext_sentence_breaker_next` is called.
/// Returns 0 on success, -1 on failure.
int32_t bitext_sentence_breaker_set_text(bitext_sentence_breaker *breaker,
                                         const uint16_t *text, int32_t length);

/// Returns the next boundary after the previous one (in UTF-16 code units from the
/// start of the text), or -1 when the end of the text has been passed.
int32_t bitext_sentence_breaker_next(bitext_sentence_breaker *breaker);

/// An ICU transliterator (such as "Any-Latin; Latin-ASCII; Lower"). Opaque to callers.
typedef struct bitext_transliterator bitext_transliterator;

/// Opens a transliterator from an ICU transform id. Returns NULL when ICU refuses the id.
bitext_transliterator *bitext_transliterator_open(const char *id);

/// Closes a transliterator opened by `bitext_transliterator_open`.
void bitext_transliterator_close(bitext_transliterator *transliterator);

/// Transliterates `length` UTF-16 code units into `output` (at most `capacity` units).
/// Returns the length of the result, which may exceed `capacity` (call again with a larger
/// buffer), or -1 on failure.
int32_t bitext_transliterate(bitext_transliterator *transliterator, const uint16_t *text, int32_t length,
                             uint16_t *output, int32_t capacity);

#ifdef __cplusplus
}
#endif

#endif
