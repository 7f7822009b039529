package org.turath.registry;

/**
 * Makes realistic made-up heritage items for load tests and benchmarks: names and descriptions
 * recombined from the real items in all three languages, real coordinates jittered a little (so
 * they stay in the same states), and kinds, statuses, criteria and years drawn from the real
 * distribution. Never for a production registry.
 */
public interface SyntheticHeritage {

    /** Adds {@code count} items, in batches, without publishing change events (rebuild the search index after). */
    int generate(int count, long seed, java.util.function.IntConsumer progress);
}
