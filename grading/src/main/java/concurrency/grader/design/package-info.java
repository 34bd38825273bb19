/**
 * The design rules: read from compiled classes, never loaded or run. Each question's rules are one
 * class, {@code concurrency.qN.*Design}, whose {@code checks()} lists one {@link concurrency.grader.design.DesignCheck}
 * per rule: a title that reads as a sentence, its {@code because}, and a function that composes the
 * shared vocabulary below into that question's violations. A new rule should reuse these words
 * rather than define its own "lock field" or "shut down":
 * <ul>
 * <li>where code starts and what it can run: {@link concurrency.grader.design.EntryPoints},
 * {@link concurrency.grader.design.ReachableCode} (what a rule asks for counts only if reached;
 * what it forbids counts everywhere);</li>
 * <li>locks: {@link concurrency.grader.design.LockFields} (what a lock or Condition field is, exactly
 * one, private final per instance), {@link concurrency.grader.design.LockDiscipline} (every lock()
 * released in a finally, the code takes a lock, no synchronized), {@link concurrency.grader.design.Pauses}
 * (sleeping, spinning or parking instead of awaiting);</li>
 * <li>executors and threads: {@link concurrency.grader.design.ExecutorDiscipline} (every pool shut down
 * in a finally, the creator's or its callers'), {@link concurrency.grader.design.ThreadCreation} (no
 * thread made outside a ThreadFactory);</li>
 * <li>reading the bytecode: {@link concurrency.grader.design.ClassFiles}, {@link concurrency.grader.design.CallGraph},
 * {@link concurrency.grader.design.Handlers} (what a finally does).</li>
 * </ul>
 * Every rule is shown to fail by the corpus entries and unit tests in {@code concurrency.qN.*DesignTest}.
 */
package concurrency.grader.design;
