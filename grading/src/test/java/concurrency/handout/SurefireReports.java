package concurrency.handout;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The test cases that Surefire reported in {@code target/surefire-reports/TEST-*.xml}. */
final class SurefireReports {
    /** One test case: its class, its name, and the failure or error message and text if it did not pass. */
    record Case(String className, String name, boolean passed, String problem) {
        /** The method's name without the parameters a parameterized or dynamic test adds. */
        String method() {
            int paren = name.indexOf('(');
            int bracket = name.indexOf('[');
            int end = paren < 0 ? (bracket < 0 ? name.length() : bracket) : paren;
            return name.substring(0, end).strip();
        }
    }

    private SurefireReports() {
    }

    static List<Case> read(Path project) throws IOException {
        Path reports = project.resolve("target/surefire-reports");
        List<Case> cases = new ArrayList<>();
        if (!Files.isDirectory(reports)) {
            return cases;
        }
        try (Stream<Path> files = Files.list(reports)) {
            for (Path file : files.filter(f -> f.getFileName().toString().matches("TEST-.*\\.xml")).sorted().toList()) {
                Document xml;
                try {
                    xml = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile());
                } catch (Exception e) {
                    throw new IOException("cannot read " + file, e);
                }
                NodeList testCases = xml.getElementsByTagName("testcase");
                for (int i = 0; i < testCases.getLength(); i++) {
                    Element testCase = (Element) testCases.item(i);
                    String problem = problem(testCase, "failure") + problem(testCase, "error");
                    boolean skipped = testCase.getElementsByTagName("skipped").getLength() > 0;
                    cases.add(new Case(testCase.getAttribute("classname"), testCase.getAttribute("name"),
                            problem.isEmpty() && !skipped, skipped ? "skipped" : problem));
                }
            }
        }
        return cases;
    }

    private static String problem(Element testCase, String tag) {
        NodeList nodes = testCase.getElementsByTagName(tag);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < nodes.getLength(); i++) {
            Element node = (Element) nodes.item(i);
            text.append(node.getAttribute("message")).append('\n').append(node.getTextContent());
        }
        return text.toString();
    }
}
