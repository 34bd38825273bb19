/**
 * The grader: {@code java -jar grader.jar <submission-dir> --results results.json}. It turns a
 * submission's sources into a score, feedback a student can act on, and a Gradescope results.json,
 * and it never lets student code run in its own JVM.
 *
 * <h2>The pipeline</h2>
 * {@link concurrency.grader.GraderMain} reads and checks the command line and hands over to
 * {@link concurrency.grader.Pipeline}, which holds the steps below in one place:
 * <ol>
 *   <li><b>Submission</b> ({@link concurrency.grader.Submission}): the sources, grouped by the
 *       package their {@code package} line names, whatever the layout. Symbolic links are never
 *       followed and sizes are capped.</li>
 *   <li><b>QuestionBuild</b> ({@link concurrency.grader.QuestionBuild}): each question compiled on
 *       its own, every other package from the reference, then screened for APIs no question needs
 *       ({@code screen/}). Both run in a child JVM ({@link concurrency.grader.CompileMain}, driven
 *       by {@link concurrency.grader.IsolatedCompiler}) with a heap limit and a time budget, since
 *       hostile source can make javac run long.</li>
 *   <li><b>RunnerJvm</b> ({@link concurrency.grader.RunnerJvm}): one JVM per question and kind
 *       of check that runs student code ({@code correctness}, {@code stress}), in the
 *       {@link concurrency.grader.Sandbox} (bubblewrap) under {@link concurrency.grader.Limits},
 *       killed with everything it started ({@link concurrency.grader.Reaper}) when it overruns its
 *       budget. Inside, {@code runner/} runs JUnit or jcstress and reports each check over a line
 *       protocol that student code cannot forge (a nonce). The {@code design} rules only read class
 *       files, so {@link concurrency.grader.DesignReview} applies them in the grader's JVM, under the
 *       same budget.</li>
 *   <li><b>Scoring</b> ({@link concurrency.grader.Scoring}): the report becomes score lines, with
 *       a plain explanation for every lost point.</li>
 *   <li><b>results</b> ({@link concurrency.grader.GradescopeResults}): written only when no process
 *       of the submission is left alive; the console ({@link concurrency.grader.ConsoleReport})
 *       shows each question by kind, what failed, and the total.</li>
 * </ol>
 * A question that does not compile, hangs or exits costs that question's points only. A question
 * whose sources are the untouched template's gets the template's results recorded with the grader
 * ({@link concurrency.grader.TemplateResults}) without being compiled or run. With {@code --cache},
 * {@link concurrency.grader.BuildCache} restores the build of sources compiled before and
 * {@link concurrency.grader.ResultCache} replays the score of code graded before (the same compiled
 * classes in the same environment) instead of running it again, and the compiler's JVM (like each
 * student's grader in a class) maps the classes it loads from a {@link concurrency.grader.ClassDataArchive}
 * kept there. The runners get none: on JDK 17 the JVM turns class-data sharing off under the
 * {@code --limit-modules} that every runner is started with.
 *
 * <h2>Hidden checks and the grade preview</h2>
 * A test class marked {@code @Hidden} (the tests module) or a rule of {@code concurrency.qN.HiddenDesign}
 * is a hidden check: graded like any other, but with the last shares of its kind's points, written as
 * {@code after_published} in results.json, and only counted on the console
 * ({@link concurrency.grader.ConsoleReport}). The student handout's grade preview is this grader without
 * the reference and without the hidden checks; {@link concurrency.grader.HiddenChecks} tells it how many
 * there are, so that it gives every public check the same share and states the points it cannot see.
 * Run by GitHub Actions, the grader also writes the job summary and design-rule annotations
 * ({@link concurrency.grader.GitHubActions}). The handout itself is {@code concurrency.handout}.
 *
 * <h2>Points</h2>
 * The rubric ({@link concurrency.grader.Rubric}, {@code rubric.json}) gives each question's kinds
 * an item: points and a time budget. A kind's points are split equally among its checks in whole
 * hundredths, the remainder going one hundredth each to the first checks, so every kind, every
 * question and the whole add up to exactly the rubric's points ({@link concurrency.grader.Points}:
 * the only rounding rule).
 *
 * <h2>Exit statuses</h2>
 * {@link concurrency.grader.ExitStatus}: 0 grading completed (whatever the score), 1 the grader
 * itself failed, 2 bad arguments (or no bubblewrap without {@code --no-sandbox}), 3 processes of
 * the submission outlived grading. Anything but 0 writes no results and one line on stderr.
 *
 * <h2>Where else to look</h2>
 * {@code design/} holds the design rules (read from bytecode with ASM and ArchUnit),
 * {@code screen/} the API screen, {@link concurrency.grader.Bundle} and
 * {@link concurrency.grader.RunnerJar} what grader.jar carries (tests, stress tests, reference, the
 * runner's own jar, which the build makes without the bundle) and how it keeps the reference out of
 * a runner's reach. {@code classroom/} grades a whole class with this grader, one JVM per submission, and makes
 * the Gradescope autograder ({@code grader.jar class}, {@code grader.jar gradescope}).
 */
package concurrency.grader;
