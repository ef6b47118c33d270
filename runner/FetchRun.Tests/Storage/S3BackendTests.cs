using Amazon.S3;
using FetchRun.Sdk.Storage;
using FetchRun.TestSupport.Moto;

namespace FetchRun.Tests.Storage;

/// <summary>What <see cref="S3Backend"/> stores, read back from a real moto_server through AWSSDK.S3.</summary>
public sealed class S3BackendTests
{
    private MotoServer _moto = null!;
    private AmazonS3Client _s3 = null!;
    private string _bucket = "";

    [OneTimeSetUp]
    public async Task StartMoto()
    {
        _moto = await MotoServer.StartAsync();
        _s3 = MotoS3.Client(_moto);
        _bucket = $"fetchrun-{Guid.NewGuid():N}"[..30];
        await _s3.PutBucketAsync(_bucket);
    }

    [OneTimeTearDown]
    public async Task StopMoto()
    {
        _s3.Dispose();
        await _moto.DisposeAsync();
    }

    [TestCase("reports/job-1.html")]
    [TestCase("reports/JOB-1.HTM")]
    public async Task WriteAsync_HtmlKey_StoresTextHtmlInUtf8(string key)
    {
        using var backend = new S3Backend(MotoS3.Client(_moto));

        await backend.WriteAsync(ObjectUri.Parse($"s3://{_bucket}/{key}"), "<p>é</p>"u8.ToArray(), default);

        var stored = await _s3.GetObjectMetadataAsync(_bucket, key);
        Assert.That(stored.Headers.ContentType, Is.EqualTo("text/html; charset=utf-8"));
    }
}
