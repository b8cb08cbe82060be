// The tests share one platform per collection, and two platforms at once would be competing consumers on the same queues.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
