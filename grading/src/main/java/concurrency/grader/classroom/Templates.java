package concurrency.grader.classroom;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;

/**
 * The templates of report.html and feedback.md ({@code classroom/} on the class path), rendered by FreeMarker.
 * A {@code .ftlh} template escapes every value for HTML, so a student's name or output can never become markup.
 * Models are records, handed over as plain maps and lists; templates can call no Java.
 */
final class Templates {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Configuration CONFIGURATION = configuration();

    private Templates() {
    }

    static String render(String template, Object model) {
        Map<String, Object> data = JSON.convertValue(model, new TypeReference<>() {
        });
        StringWriter out = new StringWriter();
        try {
            CONFIGURATION.getTemplate(template).process(data, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (TemplateException e) {
            throw new IllegalStateException("template " + template + " failed: " + e.getMessage(), e);
        }
        return out.toString();
    }

    private static Configuration configuration() {
        Configuration configuration = new Configuration(Configuration.VERSION_2_3_32);
        configuration.setClassForTemplateLoading(Templates.class, "/classroom");
        configuration.setDefaultEncoding("UTF-8");
        configuration.setLocale(Locale.ROOT);
        configuration.setNumberFormat("computer");
        configuration.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        configuration.setLogTemplateExceptions(false);
        configuration.setWrapUncheckedExceptions(true);
        configuration.setFallbackOnNullLoopVariable(false);
        configuration.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        configuration.setAPIBuiltinEnabled(false);
        return configuration;
    }
}
