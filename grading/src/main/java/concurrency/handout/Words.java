package concurrency.handout;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text reduced to its words, so that a sentence reads the same in Javadoc, Markdown, a test's message
 * or a string constant: Javadoc stars, HTML tags and entities, {@code {@code ...}} and {@code {@link ...}}
 * markup, punctuation and case are dropped.
 */
final class Words {
    private static final Pattern LINK = Pattern.compile("\\{@(?:link|linkplain)\\s+([^}\\s]+)(?:\\s+([^}]*))?}");
    private static final Pattern CODE = Pattern.compile("\\{@(?:code|literal|value)\\s*([^}]*)}");

    private Words() {
    }

    static List<String> of(String text) {
        String plain = text.replaceAll("(?m)^\\s*/?\\*+/?", " ");
        Matcher link = LINK.matcher(plain);
        StringBuilder out = new StringBuilder();
        while (link.find()) {
            String label = link.group(2) != null && !link.group(2).isBlank() ? link.group(2)
                    : link.group(1).substring(Math.max(link.group(1).lastIndexOf('.'), link.group(1).lastIndexOf('#')) + 1);
            link.appendReplacement(out, Matcher.quoteReplacement(label));
        }
        link.appendTail(out);
        plain = CODE.matcher(out.toString()).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
        plain = plain.replaceAll("<[^>]{1,40}>", " ").replaceAll("&[a-z]+;", " ");
        return Arrays.stream(plain.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")).filter(w -> !w.isEmpty()).toList();
    }

    /** Every run of {@code length} consecutive words, joined by spaces. */
    static Set<String> runs(List<String> words, int length) {
        Set<String> runs = new LinkedHashSet<>();
        for (int i = 0; i + length <= words.size(); i++) {
            runs.add(String.join(" ", words.subList(i, i + length)));
        }
        return runs;
    }

    static String joined(String text) {
        return String.join(" ", of(text));
    }

    /** The sentences of a text (split at . ! ? ; followed by space), each as its words. */
    static List<List<String>> sentences(String text) {
        List<List<String>> sentences = new ArrayList<>();
        for (String sentence : text.split("(?<=[.!?;])\\s+")) {
            List<String> words = of(sentence);
            if (!words.isEmpty()) {
                sentences.add(words);
            }
        }
        return sentences;
    }
}
