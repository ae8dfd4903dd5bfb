/*
 * The baseline for scripts/bench-segmentation.sh: raw ICU sentence segmentation with none of
 * Bitext's work around it. Reads a UTF-8 file, converts it to UTF-16, walks ICU's sentence
 * boundaries and writes each sentence as one line of UTF-8 (line breaks inside a sentence
 * become spaces, white space at its end is dropped), so that it does the same input and
 * output work as `bitext segment` and the ratio of the two measures what Bitext adds.
 *
 * Built by the script: cc -O2 icu-sentences.c -licuuc -o icu-sentences
 * Usage: icu-sentences LOCALE FILE > OUT
 */
#include <stdio.h>
#include <stdlib.h>
#include <unicode/ubrk.h>
#include <unicode/ustring.h>
#include <unicode/utypes.h>

static int fail(const char *what, const char *detail) {
    fprintf(stderr, "icu-sentences: %s: %s\n", what, detail);
    return 1;
}

static int is_line_break(UChar unit) {
    return unit == 0x0A || unit == 0x0B || unit == 0x0C || unit == 0x0D || unit == 0x85 || unit == 0x2028 || unit == 0x2029;
}

static int is_space(UChar unit) {
    return unit == 0x20 || unit == 0x09 || unit == 0xA0 || is_line_break(unit);
}

int main(int argc, char **argv) {
    if (argc != 3) return fail("usage", "icu-sentences LOCALE FILE > OUT");
    FILE *file = fopen(argv[2], "rb");
    if (!file) return fail(argv[2], "cannot open");
    fseek(file, 0, SEEK_END);
    long size = ftell(file);
    fseek(file, 0, SEEK_SET);
    char *bytes = malloc((size_t)size + 1);
    if (!bytes || fread(bytes, 1, (size_t)size, file) != (size_t)size) return fail(argv[2], "cannot read");
    fclose(file);

    UErrorCode status = U_ZERO_ERROR;
    int32_t length = 0;
    u_strFromUTF8(NULL, 0, &length, bytes, (int32_t)size, &status);
    if (status != U_BUFFER_OVERFLOW_ERROR && U_FAILURE(status)) return fail(argv[2], u_errorName(status));
    status = U_ZERO_ERROR;
    UChar *text = malloc(sizeof(UChar) * ((size_t)length + 1));
    if (!text) return fail(argv[2], "out of memory");
    u_strFromUTF8(text, length + 1, NULL, bytes, (int32_t)size, &status);
    if (U_FAILURE(status)) return fail(argv[2], u_errorName(status));
    free(bytes);

    UBreakIterator *breaker = ubrk_open(UBRK_SENTENCE, argv[1], text, length, &status);
    if (U_FAILURE(status)) return fail("ubrk_open", u_errorName(status));

    /* One sentence in UTF-8 takes at most three bytes per UTF-16 unit. */
    size_t capacity = 3 * (size_t)length + 2;
    char *line = malloc(capacity);
    UChar *sentence = malloc(sizeof(UChar) * ((size_t)length + 1));
    if (!line || !sentence) return fail(argv[2], "out of memory");
    int32_t start = ubrk_first(breaker);
    for (int32_t end = ubrk_next(breaker); end != UBRK_DONE; start = end, end = ubrk_next(breaker)) {
        int32_t last = end;
        while (last > start && is_space(text[last - 1])) last--;
        if (last == start) continue;
        for (int32_t i = start; i < last; i++) sentence[i - start] = is_line_break(text[i]) ? 0x20 : text[i];
        int32_t written = 0;
        status = U_ZERO_ERROR;
        u_strToUTF8(line, (int32_t)capacity - 1, &written, sentence, last - start, &status);
        if (U_FAILURE(status)) return fail("u_strToUTF8", u_errorName(status));
        line[written] = '\n';
        fwrite(line, 1, (size_t)written + 1, stdout);
    }
    ubrk_close(breaker);
    free(line);
    free(sentence);
    free(text);
    return fflush(stdout) == 0 ? 0 : fail("stdout", "cannot write");
}
