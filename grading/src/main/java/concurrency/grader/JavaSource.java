package concurrency.grader;

/**
 * Reads the package declaration of a Java source in one pass over its text, skipping comments,
 * string and character literals and text blocks, so that time grows linearly with the text even
 * for hostile input (an unclosed comment, a million slashes).
 */
final class JavaSource {
    private JavaSource() {
    }

    /** Identifiers separated by single dots: nothing that could name a path outside a source tree ("..", a leading dot). */
    static boolean isQualifiedName(CharSequence name) {
        boolean atStart = true;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '.') {
                if (atStart) {
                    return false;
                }
                atStart = true;
            } else if (atStart ? Character.isJavaIdentifierStart(c) : Character.isJavaIdentifierPart(c)) {
                atStart = false;
            } else {
                return false;
            }
        }
        return !atStart;
    }

    /** The declared package, or "" when the file declares none (its first declaration comes first). */
    static String packageName(CharSequence text) {
        int n = text.length();
        int i = 0;
        boolean afterPackage = false;
        StringBuilder name = new StringBuilder();
        while (i < n) {
            char c = text.charAt(i);
            if (c == '/' && i + 1 < n && text.charAt(i + 1) == '/') {
                while (i < n && text.charAt(i) != '\n') {
                    i++;
                }
            } else if (c == '/' && i + 1 < n && text.charAt(i + 1) == '*') {
                i += 2;
                while (i < n && !(text.charAt(i) == '*' && i + 1 < n && text.charAt(i + 1) == '/')) {
                    i++;
                }
                i += 2;
            } else if (c == '"' || c == '\'') {
                // a literal can only come after the package declaration
                return "";
            } else if (Character.isJavaIdentifierStart(c)) {
                int start = i;
                while (i < n && Character.isJavaIdentifierPart(text.charAt(i))) {
                    i++;
                }
                String word = text.subSequence(start, i).toString();
                if (afterPackage) {
                    name.append(word);
                } else if (word.equals("package")) {
                    afterPackage = true;
                } else {
                    // import, a modifier, class, ...: the package declaration would have come first
                    return "";
                }
            } else if (c == '@' && !afterPackage) {
                // an annotation of the package (package-info.java): skip its name, and its arguments if any
                i++;
                while (i < n && (Character.isJavaIdentifierPart(text.charAt(i)) || text.charAt(i) == '.'
                        || Character.isWhitespace(text.charAt(i)))) {
                    i++;
                }
                if (i < n && text.charAt(i) == '(') {
                    int depth = 0;
                    do {
                        char d = text.charAt(i);
                        depth += d == '(' ? 1 : d == ')' ? -1 : 0;
                        i++;
                    } while (i < n && depth > 0);
                }
            } else if (afterPackage && c == '.') {
                name.append('.');
                i++;
            } else if (afterPackage && c == ';') {
                return isQualifiedName(name) ? name.toString() : "";
            } else if (Character.isWhitespace(c)) {
                i++;
            } else {
                return "";
            }
        }
        return "";
    }
}
