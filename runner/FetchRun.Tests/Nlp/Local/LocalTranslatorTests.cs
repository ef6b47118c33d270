using FetchRun.Reviews.Nlp;
using FetchRun.Reviews.Nlp.Local;

namespace FetchRun.Tests.Nlp.Local;

public sealed class LocalTranslatorTests
{
    private readonly LocalTranslator _translator = new();

    [Test]
    public void Properties_Offline_NamedNoneAndCannotTranslate()
    {
        Assert.Multiple(() =>
        {
            Assert.That(_translator.Name, Is.EqualTo("none"));
            Assert.That(_translator.CanTranslate, Is.False);
        });
    }

    [TestCase("en", "en")]
    [TestCase("EN", "en")]
    public async Task TranslateAsync_SameLanguage_NotNeededWithTextUnchanged(string source, string target)
    {
        var result = await _translator.TranslateAsync("Works well.", source, target, CancellationToken.None);

        Assert.That(result, Is.EqualTo(new TranslationResult("Works well.", TranslationStatus.NotNeeded, 0)));
    }

    [Test]
    public async Task TranslateAsync_OtherLanguage_NotAvailableWithNoTextAndNothingBilled()
    {
        var result = await _translator.TranslateAsync("Funktioniert gut.", "de", "en", CancellationToken.None);

        Assert.That(result, Is.EqualTo(new TranslationResult(null, TranslationStatus.NotAvailable, 0)));
    }

    [Test]
    public void TranslateAsync_Cancelled_Throws()
    {
        Assert.That(() => _translator.TranslateAsync("x", "de", "en", new CancellationToken(canceled: true)),
            Throws.InstanceOf<OperationCanceledException>());
    }
}
