/**
 * The student handout: {@code ./handout <out-dir>} ({@link concurrency.handout.HandoutMain}) writes a
 * repository that a course can hand out as it is, and proves that it leaks nothing.
 *
 * <ul>
 *   <li>{@link concurrency.handout.Handout} writes it: the template, the public tests and only the helpers
 *       they need ({@link concurrency.handout.TestSelection}, which follows the compiled classes), the race
 *       tests, the hints, the student files of {@code grading/handout/} (pom, README, workflow, .gitignore)
 *       and the grade preview ({@link concurrency.handout.PreviewJar}: grader.jar without the reference,
 *       the hidden checks and the template's record, with {@code bundle/preview.json} counting the hidden
 *       checks for {@link concurrency.grader.HiddenChecks}).</li>
 *   <li>{@link concurrency.handout.LeakCheck} proves it: no method with the instructions of the reference's
 *       or a correct alternative's ({@link concurrency.handout.MethodPrints}), no run of ten words of a
 *       written answer ({@link concurrency.handout.WrittenAnswers}, {@link concurrency.handout.Words}), no
 *       hidden test or hidden design rule, by name, code or class.</li>
 * </ul>
 *
 * The build proves the whole in {@code HandoutIT}: it generates a handout, runs the leak check (with the
 * corpus's alternatives) and shows it catching planted leaks, and runs the student's commands and the
 * workflow's steps in it, on the template and on the reference.
 */
package concurrency.handout;
