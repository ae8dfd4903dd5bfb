#ifndef BITEXT_ICU_CHARS_H
#define BITEXT_ICU_CHARS_H

#include <stdint.h>

/// 1 when a line break between the code points `before` and `after` joins them without a
/// space, as a browser renders it (CSS Text 3, segment break transformation): both are of
/// East Asian width F, W or H and neither is Hangul, or both belong to a script written
/// without spaces (Thai, Lao, Khmer, Myanmar, Tibetan); 0 otherwise, and for values that
/// are not code points.
int32_t bitext_icu_line_break_joins(int32_t before, int32_t after);

#endif
