/**
 * Grading a whole class, and the Gradescope autograder: the same grader, fanned out.
 *
 * <h2>A class on one machine: {@code grader.jar class <submissions-dir> --out <dir>} ({@code ./grade-class})</h2>
 * {@link concurrency.grader.classroom.ClassMain} reads the command line; {@link concurrency.grader.classroom.ClassRun}
 * does the work:
 * <ol>
 *   <li>{@link concurrency.grader.classroom.Intake} finds the submissions: a folder or a .zip per student, or
 *       Gradescope's "Export Submissions" ({@link concurrency.grader.classroom.GradescopeExport} reads its submitters).
 *       A zip is unpacked by {@link concurrency.grader.classroom.SafeZip} (bounded, no path escapes, no links).</li>
 *   <li>Each submission is graded by the grader in a JVM of its own ({@link concurrency.grader.classroom.GraderProcess}),
 *       {@code --jobs} at a time, all sharing one {@code --cache}, so that code the class has in common is graded
 *       once. A {@link concurrency.grader.classroom.Fingerprint} of the submission, the grader and its options, kept in
 *       the student's {@link concurrency.grader.classroom.Row}, lets a rerun skip whoever is unchanged.</li>
 *   <li>Whatever goes wrong with one submission becomes its row's {@link concurrency.grader.classroom.Status} and
 *       reason, and the batch goes on; only a grader that refuses its options stops it.</li>
 *   <li>Out come each student's results.json and {@link concurrency.grader.classroom.Feedback feedback.md},
 *       {@link concurrency.grader.classroom.Gradebook gradebook.csv} and
 *       {@link concurrency.grader.classroom.ClassReport report.html} (numbers from
 *       {@link concurrency.grader.classroom.ClassStatistics}, HTML from a template, charts by ECharts).</li>
 * </ol>
 *
 * <h2>Gradescope: {@code grader.jar class --gradescope-zip <file>}</h2>
 * {@link concurrency.grader.classroom.GradescopeZip} writes the autograder (setup.sh, run_autograder, grader.jar);
 * on Gradescope, run_autograder runs {@link concurrency.grader.classroom.AutograderMain}, which grades
 * {@code /autograder/submission} and always leaves a results.json.
 */
package concurrency.grader.classroom;
