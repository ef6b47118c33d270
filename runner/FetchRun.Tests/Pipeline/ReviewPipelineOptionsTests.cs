using FetchRun.Sdk;
using FetchRun.Reviews.Pipeline;
using FetchRun.Reviews.Reading;

namespace FetchRun.Tests.Pipeline;

public sealed class ReviewPipelineOptionsTests
{
    private static JobParams Params(params (string, string)[] values) =>
        new(values.Select(v => KeyValuePair.Create(v.Item1, v.Item2)));

    [Test]
    public void Defaults_apply_when_no_parameter_is_given()
    {
        var options = ReviewPipelineOptions.FromParams(Params());

        Assert.That((options.TargetLanguage, options.BatchSize, options.MaxBadRowRate, options.MaxInFlight, options.MaxTransientRate,
            options.TranslateConcurrency), Is.EqualTo(("en", 25, 0.05, 100, 0.01, 64)));
    }

    [Test]
    public void Parameters_are_read_and_the_target_normalised()
    {
        var options = ReviewPipelineOptions.FromParams(Params(("target", "ZH_tw"), ("batch-size", "10"), ("max-bad-rate", "0.5"),
            ("price-translate-per-million-chars", "10"), ("max-in-flight", "400"), ("max-transient-rate", "0.1")));

        Assert.That((options.TargetLanguage, options.BatchSize, options.MaxBadRowRate, options.Prices.TranslatePerMillionCharacters,
            options.MaxInFlight, options.MaxTransientRate), Is.EqualTo(("zh-TW", 10, 0.5, 10m, 400, 0.1)));
    }

    [Test]
    public void FromParams_MaxShardBytesGiven_ReachesTheShardReader()
    {
        var options = ReviewPipelineOptions.FromParams(Params(("max-shard-bytes", "1048576")));

        Assert.That((options.Reader.MaxShardBytes, ReviewPipelineOptions.FromParams(Params()).Reader.MaxShardBytes),
            Is.EqualTo((1_048_576L, ShardReaderOptions.Default.MaxShardBytes)));
    }

    [TestCase("batch-size", "26", "parameter 'batch-size' must be an integer from 1 to 25, not '26'.")]
    [TestCase("max-in-flight", "10", "parameter 'max-in-flight' must be an integer from 25 to 5000, not '10'.")]
    [TestCase("max-transient-rate", "2", "parameter 'max-transient-rate' must be a number from 0 to 1, not '2'.")]
    [TestCase("max-bad-rate", "lots", "parameter 'max-bad-rate' must be a number from 0 to 1, not 'lots'.")]
    [TestCase("target", "english", "parameter 'target' must be a language code such as en or zh-TW, not 'english'.")]
    public void A_bad_parameter_is_a_usage_error_naming_it(string name, string value, string message)
    {
        Assert.That(() => ReviewPipelineOptions.FromParams(Params((name, value))),
            Throws.TypeOf<JobFailedException>().With.Property("ExitCode").EqualTo(ExitCodes.Usage).And.Message.EqualTo(message));
    }

    [TestCase("x", 3)]
    [TestCase(300, 3)]
    [TestCase(301, 4)]
    [TestCase(6000, 50)]
    public void Comprehend_units_are_per_100_characters_with_a_minimum_of_three(object text, long units)
    {
        var value = text is int n ? new string('a', n) : (string)text;

        Assert.That(ComprehendUnits.For(value), Is.EqualTo(units));
    }
}
