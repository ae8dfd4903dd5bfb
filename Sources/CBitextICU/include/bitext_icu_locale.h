#ifndef BITEXT_ICU_LOCALE_H
#define BITEXT_ICU_LOCALE_H

/*
 * What ICU knows about a language code, for `Language` in BitextLanguage: its BCP 47
 * form, its ICU locale id, its likely script and its writing direction. Plain C types
 * only (see bitext_icu.h for why).
 */

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/// Writes the normalised BCP 47 tag for `code` (a BCP 47 tag or an ICU locale id, any case,
/// "-" or "_": "pt_BR", "pt-br" -> "pt-BR"; deprecated codes replaced: "iw" -> "he") into
/// `buffer`, NUL-terminated. ICU's strict conversion is used, so that a code with parts
/// BCP 47 cannot hold ("fr_/../x", "en@a=<b>") is refused rather than silently cut.
/// Returns the tag's length, or -1 when ICU refuses the code or the tag does not fit.
int32_t bitext_icu_language_tag(const char *code, char *buffer, int32_t capacity);

/// Writes ICU's locale id for a BCP 47 `tag` ("zh-Hant-TW" -> "zh_Hant_TW") into `buffer`.
/// Returns its length, or -1 on failure.
int32_t bitext_icu_locale_for_tag(const char *tag, char *buffer, int32_t capacity);

/// Writes the ISO 15924 script code ICU's likely subtags give `locale` ("zh_TW" -> "Hant",
/// "ja" -> "Jpan", "sr" -> "Cyrl") into `buffer`. Returns its length: 0 when ICU knows no
/// script for the language, -1 on failure.
int32_t bitext_icu_likely_script(const char *locale, char *buffer, int32_t capacity);

/// Returns 1 when `locale`'s script is written right to left (ar, he, fa, ur…), 0 otherwise.
int32_t bitext_icu_is_right_to_left(const char *locale);

#ifdef __cplusplus
}
#endif

#endif
