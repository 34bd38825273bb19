package concurrency.q1;

/** What a workload is like: whether it mostly waits, must not be able to harm its caller, and shares mutable state. */
public record WorkloadProfile(boolean ioBound, boolean needsIsolation, boolean sharesMutableState) {
}
