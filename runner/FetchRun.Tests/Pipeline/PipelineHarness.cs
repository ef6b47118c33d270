using FetchRun.Sdk;
using FetchRun.Reviews.Pipeline;
using FetchRun.Reviews;
using FetchRun.Reviews.Reading;
using FetchRun.Sdk.Storage;

namespace FetchRun.Tests.Pipeline;

/// <summary>Runs the pipeline over in-memory shards with the fakes.</summary>
internal sealed class PipelineHarness
{
    public Dictionary<string, List<ShardItem>> Shards { get; } = new(StringComparer.Ordinal);
    public MemorySink Sink { get; } = new();
    public FakeNlp Nlp { get; set; } = new();
    public RecordingLog Log { get; } = new();
    public ReviewPipelineOptions Options { get; set; } = new();
    public bool Billed { get; set; } = true;

    /// <summary>Awaited before each item is handed to the pipeline, e.g. to hold the reader until a moment.</summary>
    public Func<ShardItem, Task>? BeforeItem { get; set; }

    /// <summary>The most good reviews handed to the pipeline and not yet stored, seen before each item.</summary>
    public int MaxUnstored { get; private set; }

    public void AddShard(string name, params ShardItem[] items) => Shards[ObjectUri.Parse($"file:///shards/{name}").ToString()] = [.. items];

    public static ShardItem Good(string id, string body, string? language = null, string source = "s.jsonl", long line = 1) =>
        new(new Review(id, "p1", "r1", 4, body, null, language, "books", source, line), null);

    public static ShardItem Bad(long line, string reason, string source = "s.jsonl") =>
        new(null, new QuarantinedLine(source, line, reason, "{broken"));

    private int _handedOut;

    public IReadOnlyList<ObjectUri> Inputs => Shards.Keys.Select(ObjectUri.Parse).ToList();

    public Task<ReviewRunSummary> RunAsync(CancellationToken cancellation = default) =>
        new ReviewPipeline(Nlp.Providers(Billed), Sink, Log, JobInfo.Local, Options, Read, TimeProvider.System)
            .RunAsync(Inputs, cancellation);

    private async IAsyncEnumerable<ShardItem> Read(ObjectUri uri)
    {
        foreach (var item in Shards[uri.ToString()])
        {
            await Task.Yield();
            if (BeforeItem is { } before)
                await before(item);
            if (item.Review is not null)
            {
                MaxUnstored = Math.Max(MaxUnstored, _handedOut - Sink.ResultCount);
                _handedOut++;
            }
            yield return item;
        }
    }
}
