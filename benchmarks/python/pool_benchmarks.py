#!/usr/bin/env python3
"""CPython's multiprocessing.Pool on the workloads of the JMH benchmarks in benchmarks/.

Usage: pool_benchmarks.py --start-method {fork,spawn} [--quick]

Prints one JSON object to stdout: the samples of each workload (milliseconds, or tasks per
second for the map), with the same warm-up and sample counts as the JMH benchmarks:
  first_result  Pool(n) to the result of its first task (apply), closing not timed; n = 1, 2, 4, 8
  map           pool.map(square, range(100 000)) on a started pool of 4, in tasks per second
  q8            what Q8 times: Pool(n), map(square, 1..10), close() and join(); n = 1, 2, 4, 8
Standard library only. --quick takes one sample of each (a smoke test, not a measurement).
"""
import argparse
import json
import multiprocessing
import platform
import time

POOL_SIZES = (1, 2, 4, 8)
MAP_TASKS = 100_000
MAP_WORKERS = 4


def square(n):
    return n * n


def first_result_ms(context, workers):
    start = time.perf_counter()
    pool = context.Pool(workers)
    pool.apply(square, (1,))
    elapsed = time.perf_counter() - start
    pool.close()  # like the JMH tear-down: closing is not part of the measurement
    pool.join()
    return elapsed * 1000


def q8_ms(context, pool_size):
    start = time.perf_counter()
    pool = context.Pool(pool_size)
    squares = pool.map(square, range(1, 11))
    pool.close()  # a graceful close, as the Java pool's close(): the workers finish and exit
    pool.join()
    elapsed = time.perf_counter() - start
    assert squares == [n * n for n in range(1, 11)]
    return elapsed * 1000


def map_rates(context, warmups, samples):
    numbers = list(range(MAP_TASKS))
    pool = context.Pool(MAP_WORKERS)
    try:
        rates = []
        for i in range(warmups + samples):
            start = time.perf_counter()
            pool.map(square, numbers)  # chunksize: Python's default, about len / (4 * workers)
            rate = MAP_TASKS / (time.perf_counter() - start)
            if i >= warmups:
                rates.append(rate)
        return rates
    finally:
        pool.close()
        pool.join()


def sampled(measure, warmups, samples):
    values = [measure() for _ in range(warmups + samples)]
    return values[warmups:]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--start-method", choices=("fork", "spawn"), required=True)
    parser.add_argument("--quick", action="store_true", help="one sample of each, no warm-up")
    args = parser.parse_args()
    context = multiprocessing.get_context(args.start_method)
    # The same counts as the JMH annotations: 3 warm-up and 10 measured shots, 5 and 10 for the map.
    shots = (0, 1) if args.quick else (3, 10)
    map_counts = (0, 1) if args.quick else (5, 10)

    results = {
        "python": platform.python_implementation() + " " + platform.python_version(),
        "start_method": args.start_method,
        "first_result_ms": {n: sampled(lambda: first_result_ms(context, n), *shots) for n in POOL_SIZES},
        "map_tasks_per_s": {MAP_WORKERS: map_rates(context, *map_counts)},
        "q8_ms": {n: sampled(lambda: q8_ms(context, n), *shots) for n in POOL_SIZES},
    }
    print(json.dumps(results, indent=1))


if __name__ == "__main__":
    main()
