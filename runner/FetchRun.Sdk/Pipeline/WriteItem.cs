using FetchRun.Sdk.Reviews;
using FetchRun.Sdk.Sinks;

namespace FetchRun.Sdk.Pipeline;

/// <summary>What the writer stores: a finished review (or one a service failed, to let go), a bad line, or a fresh translation.</summary>
internal readonly record struct WriteItem(ReviewWork? Done, QuarantinedLine? Bad, CachedTranslation? Translation);
