using FetchRun.Reviews;
using FetchRun.Reviews.Sinks;

namespace FetchRun.Reviews.Pipeline;

/// <summary>What the writer stores: a finished review (or one a service failed, to let go), a bad line, a fresh translation,
/// or a fresh paid answer (a detected language, a sentiment score).</summary>
internal readonly record struct WriteItem(ReviewWork? Done, QuarantinedLine? Bad, CachedTranslation? Translation, PaidAnswer? Answer = null);
