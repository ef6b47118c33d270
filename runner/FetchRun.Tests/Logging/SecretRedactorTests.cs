using FetchRun.Runner.Cli;
using FetchRun.Runner.Logging;
using FetchRun.Sdk;

namespace FetchRun.Tests.Logging;

public sealed class SecretRedactorTests
{
    [TestCase("Host=db;Username=app;Password=hunter2;Database=r", "hunter2")]
    [TestCase("postgres://app:hunter2@db.example.com/reviews", "hunter2")]
    [TestCase("failed: {\"SecretAccessKey\": \"wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\"}", "wJalrXUtnFEMI")]
    [TestCase("key wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY leaked", "wJalrXUtnFEMI")]
    [TestCase("X-Amz-Security-Token: FQoGZXIvYXdzEJr", "FQoGZXIvYXdzEJr")]
    public void Redact_Secret_IsMasked(string text, string secret)
    {
        var redacted = SecretRedactor.Redact(text);

        Assert.That(redacted, Does.Not.Contain(secret).And.Contain(SecretRedactor.Mask));
    }

    [Test]
    public void Redact_OrdinaryText_IsUnchanged()
    {
        const string text = "s3://bucket/jobs/hello.csx sha256=0f343b0931126a20f133d67c2b018a3b0f343b0931126a20f133d67c2b018a3b";

        Assert.That(SecretRedactor.Redact(text), Is.EqualTo(text));
    }

    [Test]
    public void Info_SecretField_IsMaskedAndEveryLineCarriesTheJob()
    {
        var output = new StringWriter();
        var log = new JobLog(output, LogFormat.Json, new JobInfo("job-1:3", 2, 3, 4, "q", "ce"));

        log.Info("connected", ("db_password", "hunter2"), ("rows", 5));

        Assert.That(output.ToString(), Does.Not.Contain("hunter2")
            .And.Contain("\"job_id\":\"job-1:3\"").And.Contain("\"attempt\":2").And.Contain("\"array_index\":3").And.Contain("\"rows\":5"));
    }

    [Test]
    public void Info_TextFormat_CarriesTheJob()
    {
        var output = new StringWriter();
        var log = new JobLog(output, LogFormat.Text, new JobInfo("job-1", 2, 3, 4, null, null));

        log.Info("hello", ("who", "me"));

        Assert.That(output.ToString(), Does.Contain("[job-1#2/3] hello who=me"));
    }
}
