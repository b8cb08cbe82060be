// Each fixture starts its own brokers and a whole platform, and the faults are timed against them: one scenario at a time.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
