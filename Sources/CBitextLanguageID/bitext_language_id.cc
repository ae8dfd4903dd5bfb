#include "bitext_language_id.h"

#include <cstdio>  // compact_lang_det.h uses FILE without including it
#include <cstring>
#include <cld2/public/compact_lang_det.h>

int32_t bitext_language_identify(const char *utf8, int32_t length, char *code, int32_t capacity,
                                 int32_t *percent, int32_t *reliable) {
    if (utf8 == nullptr || length < 0 || code == nullptr || capacity < 1) return -1;
    CLD2::Language languages[3];
    int percents[3] = {0, 0, 0};
    double scores[3] = {0, 0, 0};
    int textBytes = 0, validPrefix = 0;
    bool isReliable = false;
    // The checking variant: CLD2 must never read malformed UTF-8, whatever the caller says.
    CLD2::Language language = CLD2::ExtDetectLanguageSummaryCheckUTF8(
        utf8, length, true, nullptr, 0, languages, percents, scores, nullptr, &textBytes, &isReliable, &validPrefix);
    if (validPrefix < length || language == CLD2::UNKNOWN_LANGUAGE) return -1;
    const char *name = CLD2::LanguageCode(language);
    if (name == nullptr || std::strcmp(name, "un") == 0) return -1;
    size_t size = std::strlen(name);
    if (static_cast<int64_t>(size) >= capacity) return -1;
    std::memcpy(code, name, size + 1);
    if (percent != nullptr) *percent = percents[0];
    if (reliable != nullptr) *reliable = isReliable ? 1 : 0;
    return 0;
}
