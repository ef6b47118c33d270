using FetchRun.Runner.Hosting;
using FetchRun.Tests.Pipeline;
using FetchRun.TestSupport;
using FetchRun.TestSupport.Imds;

namespace FetchRun.Tests.Hosting;

/// <summary>
/// The Spot watcher against the metadata stand-in over real HTTP, with the waits on a jumping fake clock.
/// EC2 publishes spot/instance-action two minutes before it interrupts a Spot instance and recommends checking
/// every 5 s (https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/spot-instance-termination-notices.html); an
/// IMDSv2 token lives at most six hours and an expired one is refused, so a new one must be fetched
/// (https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/instance-metadata-v2-how-it-works.html).
/// </summary>
public sealed class SpotNoticeWatcherTests
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(30);
    // Short enough that the held requests of a Timeout fault end soon; long enough for a loaded machine.
    private static readonly SpotWatchTiming Fast = SpotWatchTiming.Default with { RequestTimeout = TimeSpan.FromSeconds(1) };

    private MetadataStandIn _metadata = null!;

    [SetUp]
    public async Task StartMetadata()
    {
        _metadata = await MetadataStandIn.StartAsync();
        // The first request to a fresh server is slow (JIT); keep that out of the request timeouts under test.
        using var http = new HttpClient();
        using var _ = await http.GetAsync(new Uri(_metadata.Url + "/"));
    }

    [TearDown]
    public async Task StopMetadata() => await _metadata.DisposeAsync();

    [Test]
    public async Task RunAsync_TransientFailuresThenNotice_StillStopsTheJob()
    {
        _metadata.FailTokenRequests(MetadataFault.Timeout, MetadataFault.ServerError);
        _metadata.FailNoticePolls(MetadataFault.ServerError, MetadataFault.Timeout, MetadataFault.TokenRefused);
        _metadata.AnnounceTermination(DateTimeOffset.UtcNow, fromPoll: 5);
        var (watcher, notices, clock, log) = Watcher(Fast);

        await watcher.RunAsync(CancellationToken.None).WaitAsync(Deadline);

        Assert.Multiple(() =>
        {
            Assert.That(notices, Has.Count.EqualTo(1).And.All.StartWith("spot interruption notice (terminate at "));
            // Two failed token requests, one good one, then a new one after the refusal.
            Assert.That(_metadata.TokenRequests, Is.EqualTo(4));
            // Three failed polls, one without a notice yet, then the notice.
            Assert.That(_metadata.NoticePolls, Is.EqualTo(5));
            Assert.That(clock.Waits, Does.Contain(Fast.Interval), "a poll without a notice waits the interval");
            Assert.That(log.Lines, Does.Contain("warn instance metadata failed; checking for a spot notice again after a pause"));
        });
    }

    [Test]
    public async Task RunAsync_LongOutage_KeepsPollingWithBoundedBackoff()
    {
        _metadata.FailNoticePolls(Enumerable.Repeat(MetadataFault.ServerError, 40).ToArray());
        _metadata.AnnounceTermination(DateTimeOffset.UtcNow, fromPoll: 41);
        var (watcher, notices, clock, log) = Watcher(Fast);

        await watcher.RunAsync(CancellationToken.None).WaitAsync(Deadline);

        Assert.Multiple(() =>
        {
            Assert.That(notices, Has.Count.EqualTo(1), string.Join('\n', log.Lines));
            Assert.That(clock.Waits, Has.Count.EqualTo(40));
            Assert.That(clock.Waits, Has.All.LessThanOrEqualTo(Fast.MaxRetryDelay));
        });
    }

    [Test]
    public async Task RunAsync_TokenOlderThanItsTtl_IsFetchedAgainBeforeUse()
    {
        var timing = Fast with { TokenTtl = TimeSpan.FromSeconds(60) };
        _metadata.AnnounceTermination(DateTimeOffset.UtcNow, fromPoll: 30);
        var (watcher, notices, clock, _) = Watcher(timing);

        await watcher.RunAsync(CancellationToken.None).WaitAsync(Deadline);

        Assert.Multiple(() =>
        {
            Assert.That(notices, Has.Count.EqualTo(1));
            Assert.That(_metadata.NoticePolls, Is.EqualTo(30), "no poll was refused: the token was renewed before it expired");
            // 29 intervals of 5 s = 145 s with a 60 s token (renewed 6 s early): tokens at 0, 55, 110 s.
            Assert.That((clock.Elapsed, _metadata.TokenRequests), Is.EqualTo((TimeSpan.FromSeconds(145), 3)));
        });
    }

    [Test]
    public async Task RunAsync_NothingListening_TurnsItselfOff()
    {
        var (watcher, notices, _, log) = Watcher(Fast, $"http://127.0.0.1:{Ports.FreeLoopbackPort()}/");

        await watcher.RunAsync(CancellationToken.None).WaitAsync(Deadline);

        Assert.That((notices.Count, log.Lines.Last()), Is.EqualTo((0, "info spot notice watcher off: instance metadata did not answer")));
    }

    [Test]
    public async Task RunAsync_Cancelled_EndsQuietly()
    {
        var (watcher, notices, _, _) = Watcher(Fast with { Interval = TimeSpan.FromDays(1) });
        using var cancel = new CancellationTokenSource();
        var running = watcher.RunAsync(cancel.Token);

        await cancel.CancelAsync();

        Assert.That(async () => await running.WaitAsync(Deadline), Throws.Nothing);
        Assert.That(notices, Is.Empty);
    }

    private (SpotNoticeWatcher Watcher, List<string> Notices, JumpingClock Clock, RecordingLog Log) Watcher(SpotWatchTiming timing, string? endpoint = null)
    {
        var notices = new List<string>();
        var clock = new JumpingClock();
        var log = new RecordingLog();
        var watcher = new SpotNoticeWatcher(new Uri(endpoint ?? _metadata.Url + "/"), log, notices.Add, clock, timing);
        return (watcher, notices, clock, log);
    }
}
