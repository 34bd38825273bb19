/**
 * jcstress tests of {@code NumberList}: each runs two operations against each other millions of
 * times and names the outcomes that no correctly locked list can produce.
 */
package concurrency.q4;
