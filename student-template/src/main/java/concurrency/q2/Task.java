package concurrency.q2;

import java.io.Serializable;

/**
 * A unit of work for a {@link ProcessPool}. It travels to a worker JVM as a serialized object, so
 * the task itself, its argument and its result must all be {@link Serializable}; a lambda whose
 * target type is {@code Task} is serializable as long as what it captures is.
 *
 * @param <A> the argument's type
 * @param <R> the result's type
 */
@FunctionalInterface
public interface Task<A extends Serializable, R extends Serializable> extends Serializable {
    R apply(A argument) throws Exception;
}
