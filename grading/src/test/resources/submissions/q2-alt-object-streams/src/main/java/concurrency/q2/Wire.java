package concurrency.q2;

import java.io.ObjectInputFilter;
import java.io.Serializable;

/** What travels between the pool and a worker, and what either side agrees to deserialize. */
final class Wire {
    /** Plain data, lambdas and our own classes; no other JDK class; bounded depth and arrays. */
    static final ObjectInputFilter FILTER = ObjectInputFilter.Config.createFilter(
            "maxdepth=64;maxarray=1000000;java.lang.invoke.SerializedLambda;java.lang.*;java.util.*;java.math.*;java.time.*;"
                    + "concurrency.**;!*");

    private Wire() {
    }

    record Request(Task<?, ?> task, Serializable argument) implements Serializable {
    }

    /** {@code lastWords}: the worker exits after this reply (its input stream is spoiled). */
    record Reply(Serializable value, String failureClass, String failureMessage, boolean lastWords) implements Serializable {
        boolean failed() {
            return failureClass != null;
        }
    }
}
