using FetchRun.Sdk;
using FetchRun.Reviews.Nlp;

namespace FetchRun.Tests.Nlp;

public sealed class NlpProvidersTests
{
    private static Func<string, string?> Env(params (string Name, string Value)[] values) =>
        name => values.FirstOrDefault(v => v.Name == name).Value;

    [TestCase(null)]
    [TestCase("local")]
    [TestCase("LOCAL")]
    [TestCase("none")]
    public void The_offline_providers_are_the_default(string? name)
    {
        var providers = NlpProviders.FromEnvironment(Env(("FETCHRUN_NLP", name!)));

        Assert.That((providers.Language.Name, providers.Sentiment.Name, providers.Translator.Name, providers.Billed),
            Is.EqualTo(("local", "local", "none", false)));
    }

    [Test]
    public void Aws_providers_are_billed_and_accept_rate_and_retry_settings()
    {
        var providers = NlpProviders.FromEnvironment(Env(("FETCHRUN_NLP", "aws"), ("AWS_REGION", "eu-west-1"),
            ("FETCHRUN_TRANSLATE_TPS", "5"), ("FETCHRUN_COMPREHEND_TPS", "2.5"), ("FETCHRUN_NLP_RETRY_SECONDS", "30")));

        Assert.That((providers.Language.Name, providers.Translator.Name, providers.Billed), Is.EqualTo(("aws", "aws", true)));
    }

    [TestCase("FETCHRUN_NLP", "openai", "FETCHRUN_NLP must be 'local' or 'aws', not 'openai'.")]
    [TestCase("FETCHRUN_TRANSLATE_TPS", "fast", "FETCHRUN_TRANSLATE_TPS must be a positive number, not 'fast'.")]
    [TestCase("FETCHRUN_COMPREHEND_TPS", "0", "FETCHRUN_COMPREHEND_TPS must be a positive number, not '0'.")]
    [TestCase("AWS_MAX_ATTEMPTS", "0", "AWS_MAX_ATTEMPTS must be a positive number, not '0'.")]
    [TestCase("AWS_MAX_ATTEMPTS", "2.5", "AWS_MAX_ATTEMPTS must be a whole number of attempts, not '2.5'.")]
    public void A_bad_setting_is_a_usage_error_naming_the_variable(string name, string value, string message)
    {
        var env = name == "FETCHRUN_NLP" ? Env((name, value)) : Env(("FETCHRUN_NLP", "aws"), ("AWS_REGION", "us-east-1"), (name, value));

        Assert.That(() => NlpProviders.FromEnvironment(env),
            Throws.TypeOf<JobFailedException>().With.Property("ExitCode").EqualTo(ExitCodes.Usage).And.Message.EqualTo(message));
    }

    [Test]
    public void Settings_from_the_environment_reach_the_clients_options()
    {
        var options = NlpProviders.AwsOptionsFromEnvironment(Env(("FETCHRUN_TRANSLATE_TPS", "5"), ("FETCHRUN_COMPREHEND_TPS", "2.5"),
            ("FETCHRUN_NLP_RETRY_SECONDS", "30"), ("AWS_MAX_ATTEMPTS", "3")));

        Assert.That((options.TranslateTextTps, options.BatchDetectDominantLanguageTps, options.BatchDetectSentimentTps, options.MaxRetryTime, options.MaxAttempts),
            Is.EqualTo((5.0, 2.5, 2.5, TimeSpan.FromSeconds(30), 3)));
    }
}
