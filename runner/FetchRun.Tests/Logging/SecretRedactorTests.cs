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
    [TestCase("Host=db;Password='a b;c';Database=r", "a b")]
    [TestCase("Host=db;Password='a b;c';Database=r", ";c")]
    [TestCase("Host=db;Password=\"a b;c\";Database=r", "a b")]
    [TestCase("Host=db;Password=\"a b;c\";Database=r", ";c")]
    [TestCase("GET /feed?token=abc123def&page=2", "abc123def")]
    [TestCase("https://b.s3.amazonaws.com/k?X-Amz-Signature=5f2c0ffee&X-Amz-Date=20260101T000000Z", "5f2c0ffee")]
    [TestCase("https://b.s3.amazonaws.com/k?X-Amz-Security-Token=IQoJb3JpZ2luX2Vj&X-Amz-Expires=60", "IQoJb3JpZ2luX2Vj")]
    [TestCase("https://b.s3.amazonaws.com/k?X-Amz-Credential=AKIAEXAMPLE%2F20260101%2Fus-east-1%2Fs3%2Faws4_request", "AKIAEXAMPLE")]
    [TestCase("https://b.s3.amazonaws.com/k?AWSAccessKeyId=AKIA&Signature=bWFkZSB1cA%3D%3D&Expires=1", "bWFkZSB1cA")]
    public void Redact_Secret_IsMasked(string text, string secret)
    {
        var redacted = SecretRedactor.Redact(text);

        Assert.That(redacted, Does.Not.Contain(secret).And.Contain(SecretRedactor.Mask));
    }

    [Test]
    public void Redact_QuotedPassword_KeepsTheRestOfTheConnectionString()
    {
        Assert.That(SecretRedactor.Redact("Host=db;Password='a b;c';Database=r"), Is.EqualTo("Host=db;Password='***';Database=r"));
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
