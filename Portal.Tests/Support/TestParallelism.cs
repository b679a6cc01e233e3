// The two end-to-end lanes (E2ECollection) and the other test classes run side by side from the start. xunit's default
// of one thread per core would hold the second lane back until the other classes were done, on two cores; the lanes
// spend much of their time waiting on the browser and the server, so the cores stay busy either way.
[assembly: CollectionBehavior(MaxParallelThreads = 4)]
