using FetchRun.Sdk;
using FetchRun.Sdk.Storage;

namespace FetchRun.Runner.Fetching;

/// <summary>
/// Expands input prefixes (S3 keys or local paths ending in '/', or local directories) into their sorted
/// objects, then keeps this array child's share: the inputs whose position (0-based, over the whole
/// expanded list) modulo the array size equals the array index. Outside an array job, all of them.
/// </summary>
internal sealed class InputResolver(IObjectStore store)
{
    public async Task<IReadOnlyList<ObjectUri>> ResolveAsync(IReadOnlyList<ObjectUri> inputs, JobInfo job, CancellationToken cancellationToken)
    {
        var all = new List<ObjectUri>();
        foreach (var input in inputs)
        {
            if (input.IsPrefix)
                all.AddRange(await store.ListAsync(input, cancellationToken).ConfigureAwait(false));
            else
                all.Add(input);
        }
        return Share(all, job.ArrayIndex, job.ArraySize);
    }

    public static IReadOnlyList<ObjectUri> Share(IReadOnlyList<ObjectUri> all, int index, int size) =>
        all.Where((_, position) => position % size == index).ToList();
}
