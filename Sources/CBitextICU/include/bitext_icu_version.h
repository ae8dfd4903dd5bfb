#ifndef BITEXT_ICU_VERSION_H
#define BITEXT_ICU_VERSION_H

/*
 * The version of the ICU library Bitext runs with, for `bitext --version`: segmentation
 * and transliteration results can differ between ICU releases, so a report of a
 * difference needs it. Plain C types only (see bitext_icu.h for why).
 */

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/// Writes the version of the ICU library loaded at run time ("72.1") into `buffer`,
/// NUL-terminated. Returns its length, or -1 when `buffer` is NULL or too small.
int32_t bitext_icu_version(char *buffer, int32_t capacity);

#ifdef __cplusplus
}
#endif

#endif
