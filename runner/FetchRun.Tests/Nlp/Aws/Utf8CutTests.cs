using System.Text;
using FetchRun.Reviews.Nlp.Aws;

namespace FetchRun.Tests.Nlp.Aws;

public class Utf8CutTests
{
    [Test]
    public void ToFit_TextWithinBudget_IsReturnedWhole()
    {
        Assert.That(Utf8Cut.ToFit("Short. Text.", 100), Is.EqualTo("Short. Text."));
    }

    [Test]
    public void ToFit_LongText_CutsAfterTheLastSentenceThatFits()
    {
        var text = string.Concat(Enumerable.Repeat("Das ist gut. ", 100));

        var cut = Utf8Cut.ToFit(text, 200);

        Assert.That(Encoding.UTF8.GetByteCount(cut), Is.LessThanOrEqualTo(200));
        Assert.That(cut, Does.EndWith("gut."));
        Assert.That(text, Does.StartWith(cut));
    }

    [Test]
    public void ToFit_MultiByteTextWithoutSentenceEnd_NeverSplitsACharacterOrSurrogatePair()
    {
        var text = string.Concat(Enumerable.Repeat("日本😀", 2000));

        var cut = Utf8Cut.ToFit(text, 5000);

        Assert.That(Encoding.UTF8.GetByteCount(cut), Is.LessThanOrEqualTo(5000).And.GreaterThan(4990));
        Assert.That(char.IsHighSurrogate(cut[^1]), Is.False);
        Assert.That(Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(cut)), Is.EqualTo(cut));
    }
}
