#ifndef BITEXT_ICU_CHARSET_H
#define BITEXT_ICU_CHARSET_H

/*
 * Character encodings through ICU: guessing a text's encoding (ICU's charset detector)
 * and decoding it to UTF-8 (ICU's converters). Plain C types only, like bitext_icu.h.
 */

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/// Returns 1 when ICU has a converter for `name` (an encoding name or alias such as
/// "latin1", "windows-1252", "GB18030", "Shift_JIS"), 0 otherwise.
int32_t bitext_icu_charset_is_known(const char *name);

/// Writes ICU's canonical name for the encoding `name` into `buffer` (NUL-terminated).
/// Returns its length, or -1 when the name is unknown or the buffer too small.
int32_t bitext_icu_charset_canonical_name(const char *name, char *buffer, int32_t capacity);

/// Runs ICU's charset detector over `length` bytes and writes up to `max_matches`
/// candidates, best first: names into `names` (each slot `name_capacity` bytes,
/// NUL-terminated) and confidences (0 to 100) into `confidences`.
/// Returns the number of candidates written, or -1 on failure.
int32_t bitext_icu_charset_detect(const uint8_t *bytes, int32_t length, int32_t max_matches,
                                  char *names, int32_t name_capacity, int32_t *confidences);

/// Decodes `length` bytes in the encoding `name` into UTF-8 at `output` (at most
/// `capacity` bytes; 3 × length + 16 always suffices). Stops at the first byte sequence
/// that is not valid in the encoding or has no Unicode mapping.
/// Returns the number of UTF-8 bytes written; -1 when the encoding is unknown; -2 when
/// the input is invalid (its byte offset in `error_offset`); -3 when `capacity` is too small.
int64_t bitext_icu_charset_decode(const char *name, const uint8_t *bytes, int64_t length,
                                  uint8_t *output, int64_t capacity, int64_t *error_offset);

#ifdef __cplusplus
}
#endif

#endif
