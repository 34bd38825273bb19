package concurrency.q1;

/**
 * What a workload is like.
 *
 * @param ioBound            it spends most of its time waiting (for disks, networks, other services)
 *                           rather than computing
 * @param needsIsolation     a failure of the work (a crash, {@code System.exit}, running out of memory,
 *                           a leak) must not be able to harm the program that runs it
 * @param sharesMutableState its tasks read and write the same data
 */
public record WorkloadProfile(boolean ioBound, boolean needsIsolation, boolean sharesMutableState) {
}
