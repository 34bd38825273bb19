/**
 * jcstress tests of Q5: put against take on a full and on an empty {@code BoundedBuffer}, two
 * producers against two consumers, and increment against increment on an {@code AtomicCounter}.
 * Each names the outcomes (and the hangs) that no correct implementation can produce.
 */
package concurrency.q5;
