package org.layerwise.markdown;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CodeSpansTest {

    @ParameterizedTest(name = "[{0}] -> [{1}]")
    @CsvSource(delimiter = '|', ignoreLeadingAndTrailingWhitespace = false, value = {
            "foo|foo",
            " foo |foo",
            "  foo  | foo ",
            " `` |``",
            " a|" + " a",
            "a |a ",
            "   |   ",
            " |" + " ",
            "\u00a0a\u00a0|\u00a0a\u00a0",
    })
    void stripsOneSpaceFromEachEndOnlyWhenBothHaveOne(String raw, String shown) {
        assertEquals(shown, CodeSpans.content(raw));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"'foo\nbar '|'foo bar '", "'\nfoo\r\nbar\r'|foo bar"})
    void turnsLineEndingsIntoSpaces(String raw, String shown) {
        assertEquals(shown, CodeSpans.content(raw));
    }
}
