using System.Runtime.InteropServices;
using FetchRun.Sdk;

namespace FetchRun.Runner.Hosting;

/// <summary>
/// Turns SIGTERM, SIGINT, a Spot interruption notice or the deadline into one cancellation, then gives the
/// script a grace period to save its progress. If the script is still running when the grace period
/// ends, the runner exits 143 itself, before ECS's SIGKILL.
/// </summary>
internal sealed class StopController : IDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly TimeSpan _grace;
    private readonly IJobLog _log;
    private readonly Action<int> _exit;
    private readonly TimeProvider _clock;
    private readonly List<IDisposable> _registrations = [];
    private ITimer? _graceTimer;
    private ITimer? _deadline;
    private int _stopping;

    public StopController(TimeSpan grace, IJobLog log, Action<int> exit, TimeProvider? clock = null)
    {
        _grace = grace;
        _log = log;
        _exit = exit;
        _clock = clock ?? TimeProvider.System;
    }

    public CancellationToken Token => _stop.Token;

    public string? Reason { get; private set; }

    public bool StopRequested => Volatile.Read(ref _stopping) == 1;

    public void HandleSignals()
    {
        foreach (var signal in new[] { PosixSignal.SIGTERM, PosixSignal.SIGINT })
        {
            _registrations.Add(PosixSignalRegistration.Create(signal, context =>
            {
                context.Cancel = true;
                RequestStop(signal == PosixSignal.SIGTERM ? "SIGTERM" : "SIGINT");
            }));
        }
    }

    public void StopAfter(TimeSpan timeout) =>
        _deadline = _clock.CreateTimer(_ => RequestStop($"deadline of {timeout} reached"), null, timeout, Timeout.InfiniteTimeSpan);

    public void RequestStop(string reason)
    {
        if (Interlocked.Exchange(ref _stopping, 1) == 1)
            return;
        Reason = reason;
        _log.Warn("stop requested; the script has until the grace period ends to save its progress",
            ("reason", reason), ("grace_s", _grace.TotalSeconds));
        _graceTimer = _clock.CreateTimer(_ =>
        {
            _log.Error("the script did not finish within the grace period; exiting", ("reason", reason), ("exit_code", ExitCodes.Stopped));
            _exit(ExitCodes.Stopped);
        }, null, _grace, Timeout.InfiniteTimeSpan);
        _stop.Cancel();
    }

    public void Dispose()
    {
        _graceTimer?.Dispose();
        _deadline?.Dispose();
        foreach (var registration in _registrations)
            registration.Dispose();
        _stop.Dispose();
    }
}
