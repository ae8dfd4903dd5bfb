#ifndef BITEXT_LANGUAGE_ID_H
#define BITEXT_LANGUAGE_ID_H

/*
 * A plain C face on Google's Compact Language Detector 2 (CLD2), whose API is C++.
 * Swift imports only this header; CLD2's own headers stay in the .cc file.
 */

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/// Identifies the language of `length` bytes of valid UTF-8 plain text (`length` at
/// most 2^31 - 1). Writes the most likely language's code, as CLD2 spells it ("en", "fr",
/// "zh", "zh-Hant", "iw", …), into `code` (NUL-terminated; 16 bytes suffice), the share
/// of the text's letters in it (0 to 100) into `percent`, and whether CLD2 deems the
/// answer reliable (1) or not (0) into `reliable`.
/// Returns 0 on success, -1 when no language was found ("un") or the text is not UTF-8.
int32_t bitext_language_identify(const char *utf8, int32_t length, char *code, int32_t capacity,
                                 int32_t *percent, int32_t *reliable);

#ifdef __cplusplus
}
#endif

#endif
