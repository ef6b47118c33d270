using FetchRun.Reviews.Nlp;
using FetchRun.Reviews.Nlp.Local;

namespace FetchRun.Tests.Nlp.Local;

public sealed class VaderSentimentMappingTests
{
    [TestCase(0.05, SentimentLabel.Positive)]
    [TestCase(0.049, SentimentLabel.Neutral)]
    [TestCase(-0.049, SentimentLabel.Neutral)]
    [TestCase(-0.05, SentimentLabel.Negative)]
    public void ToSentimentScore_CompoundAtThreshold_LabelFromCompound(double compound, SentimentLabel expected)
    {
        var score = VaderSentimentMapping.ToSentimentScore(new VaderScores(0.3, 0, 0.7, compound));

        Assert.That(score.Label, Is.EqualTo(expected));
    }

    [Test]
    public void ToSentimentScore_BalancedPositiveAndNegative_Mixed()
    {
        var score = VaderSentimentMapping.ToSentimentScore(new VaderScores(0.3, 0.25, 0.45, 0.2));

        Assert.Multiple(() =>
        {
            Assert.That(score.Label, Is.EqualTo(SentimentLabel.Mixed));
            Assert.That(score.Mixed, Is.EqualTo(0.5 + 0.25 / 0.3 / 2).Within(1e-12));
        });
    }

    [TestCase(0.3, 0.1, 0.6, 0.3, SentimentLabel.Positive)]   // unbalanced: 0.1 < half of 0.3
    [TestCase(0.3, 0.25, 0.45, 0.6, SentimentLabel.Positive)] // balanced shares but a decisive compound
    [TestCase(0.08, 0.08, 0.84, 0.0, SentimentLabel.Neutral)] // both too small to count
    public void ToSentimentScore_NotMixed_LabelFromCompound(double positive, double negative, double neutral, double compound, SentimentLabel expected)
    {
        var score = VaderSentimentMapping.ToSentimentScore(new VaderScores(positive, negative, neutral, compound));

        Assert.That(score.Label, Is.EqualTo(expected));
    }

    [Test]
    public void ToSentimentScore_StrongPositive_LabelScoreHalfPlusHalfCompound()
    {
        var score = VaderSentimentMapping.ToSentimentScore(new VaderScores(0.6, 0, 0.4, 0.8));

        Assert.Multiple(() =>
        {
            Assert.That(score.Positive, Is.EqualTo(0.9).Within(1e-12));
            Assert.That(score.Neutral, Is.EqualTo(0.1).Within(1e-12));
            Assert.That(score.Negative, Is.Zero);
            Assert.That(score.Mixed, Is.Zero);
        });
    }

    [Test]
    public void ToSentimentScore_NoWords_NeutralCertain()
    {
        var score = VaderSentimentMapping.ToSentimentScore(default);

        Assert.That(score, Is.EqualTo(new SentimentScore(SentimentLabel.Neutral, 0, 0, 1, 0)));
    }
}
