package concurrency.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;

/**
 * Marks a test class whose checks are hidden from students: the instructor's grader runs and scores
 * them, and results.json shows them only once the grades are published ({@code "visibility":
 * "after_published"}); the student handout and its grade preview leave them out (the preview says
 * how many points they carry). A check is hidden when its name or code would give away a written
 * answer or the exact algorithm; everything else stays public.
 *
 * <p>Hidden checks live in classes of their own, named {@code ...HiddenTest}, so that the handout can
 * leave out whole source files; a helper that only they use belongs inside them.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag(Hidden.TAG)
public @interface Hidden {
    /** The JUnit tag that {@code @Hidden} puts on a class, as the grader reads it. */
    String TAG = "hidden";
}
