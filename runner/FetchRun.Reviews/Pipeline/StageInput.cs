using System.Threading.Channels;

namespace FetchRun.Reviews.Pipeline;

/// <summary>
/// Reads a stage's input in groups of what has arrived (at most <c>max</c> reviews), so that one database look-up serves
/// many reviews. A flush marker first hands on the group before it, then itself.
/// </summary>
internal static class StageInput
{
    public static async Task ReadAsync(ChannelReader<StageItem> input, int max, Func<List<ReviewWork>, Task> route,
        Func<StageItem, Task> flush, CancellationToken cancellationToken)
    {
        var works = new List<ReviewWork>(max);
        while (await input.WaitToReadAsync(cancellationToken).ConfigureAwait(false))
        {
            while (works.Count < max && input.TryRead(out var item))
            {
                if (!item.IsFlush)
                {
                    works.Add(item.Work!);
                    continue;
                }
                await RouteAsync(works, route).ConfigureAwait(false);
                await flush(item).ConfigureAwait(false);
            }
            await RouteAsync(works, route).ConfigureAwait(false);
        }
    }

    private static async Task RouteAsync(List<ReviewWork> works, Func<List<ReviewWork>, Task> route)
    {
        if (works.Count == 0)
            return;
        await route(works).ConfigureAwait(false);
        works.Clear();
    }
}
