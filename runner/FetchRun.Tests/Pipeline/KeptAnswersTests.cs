using FetchRun.Reviews.Nlp;
using FetchRun.Reviews.Pipeline;

namespace FetchRun.Tests.Pipeline;

public sealed class KeptAnswersTests
{
    [Test]
    public void A_language_and_a_score_read_back_exactly_as_kept()
    {
        var guess = new LanguageGuess("zh-TW", 0.987654321);
        var score = new SentimentScore(SentimentLabel.Mixed, 0.1, 0.2, 0.30000000000000004, 1e-5);

        Assert.That(KeptAnswers.ParseLanguage(KeptAnswers.Format(guess)), Is.EqualTo(guess));
        Assert.That(KeptAnswers.ParseSentiment(KeptAnswers.Format(score)), Is.EqualTo(score));
    }

    [TestCase("")]
    [TestCase("de")]
    [TestCase("de x")]
    [TestCase("not-a-tag! 0.5")]
    public void A_language_answer_that_does_not_parse_is_missing(string kept) =>
        Assert.That(KeptAnswers.ParseLanguage(kept), Is.Null);

    [TestCase("Positive 1 0 0")]
    [TestCase("Happy 1 0 0 0")]
    [TestCase("7 1 0 0 0")]
    [TestCase("Positive 1 0 0 x")]
    public void A_sentiment_answer_that_does_not_parse_is_missing(string kept) =>
        Assert.That(KeptAnswers.ParseSentiment(kept), Is.Null);

    [Test]
    public void Keys_differ_by_question_provider_and_language() =>
        Assert.That(new[]
        {
            KeptAnswers.LanguageKey("aws", "Hallo"), KeptAnswers.SentimentKey("aws", "de", "Hallo"),
            KeptAnswers.SentimentKey("aws", "en", "Hallo"), KeptAnswers.SentimentKey("local", "de", "Hallo"),
        }, Is.Unique);
}
