#include "bitext_icu_chars.h"

#include <unicode/uchar.h>
#include <unicode/uscript.h>

/// Whether `c` is written without a space next to another such character.
static int is_unspaced(int32_t c) {
    if (c < 0 || c > 0x10FFFF) {
        return 0;
    }
    UErrorCode status = U_ZERO_ERROR;
    UScriptCode script = uscript_getScript(c, &status);
    if (U_FAILURE(status) || script == USCRIPT_HANGUL) {
        return 0;
    }
    int32_t width = u_getIntPropertyValue(c, UCHAR_EAST_ASIAN_WIDTH);
    if (width == U_EA_FULLWIDTH || width == U_EA_WIDE || width == U_EA_HALFWIDTH) {
        return 1;
    }
    switch (script) {
    case USCRIPT_THAI:
    case USCRIPT_LAO:
    case USCRIPT_KHMER:
    case USCRIPT_MYANMAR:
    case USCRIPT_TIBETAN:
        return 1;
    default:
        return 0;
    }
}

int32_t bitext_icu_line_break_joins(int32_t before, int32_t after) {
    return is_unspaced(before) && is_unspaced(after);
}
