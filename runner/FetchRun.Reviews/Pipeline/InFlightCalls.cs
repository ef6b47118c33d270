namespace FetchRun.Reviews.Pipeline;

/// <summary>The calls a stage has started and not yet seen finish, so that it can wait for them before passing a marker or ending.</summary>
internal sealed class InFlightCalls(StageFaults faults)
{
    private readonly Lock _gate = new();
    private readonly HashSet<Task> _running = [];

    /// <summary>Starts <paramref name="call"/>; a failure is recorded in the stage faults (and stops the run).</summary>
    public void Start(Func<Task> call)
    {
        var task = faults.GuardAsync(call);
        if (task.IsCompleted)
            return;
        lock (_gate)
            _running.Add(task);
        _ = task.ContinueWith(t => { lock (_gate) _running.Remove(t); }, CancellationToken.None,
            TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
    }

    /// <summary>Completes when every call started so far has finished.</summary>
    public Task WhenAllAsync()
    {
        lock (_gate)
            return Task.WhenAll([.. _running]);
    }
}
