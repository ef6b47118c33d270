using Amazon.S3;
using Amazon.S3.Model;
using FetchRun.Tests.Storage;
using FetchRun.TestSupport.Moto;

namespace FetchRun.Tests.EndToEnd;

/// <summary>
/// The runner against a real moto_server for S3: one server per fixture, a fresh versioned bucket per test, and the
/// runner's environment pointed at the server.
/// </summary>
public abstract class S3RunnerFixture : RunnerFixture
{
    protected MotoServer Moto { get; private set; } = null!;

    protected AmazonS3Client S3 { get; private set; } = null!;

    protected string Bucket { get; private set; } = "";

    [OneTimeSetUp]
    public async Task StartMoto()
    {
        Moto = await MotoServer.StartAsync();
        S3 = MotoS3.Client(Moto);
    }

    [OneTimeTearDown]
    public async Task StopMoto()
    {
        S3.Dispose();
        await Moto.DisposeAsync();
    }

    [SetUp]
    public async Task CreateBucket()
    {
        Bucket = $"fetchrun-{Guid.NewGuid():N}"[..30];
        await S3.PutBucketAsync(Bucket);
        await S3.PutBucketVersioningAsync(new PutBucketVersioningRequest
        {
            BucketName = Bucket,
            VersioningConfig = new S3BucketVersioningConfig { Status = VersionStatus.Enabled },
        });
    }

    protected override Dictionary<string, string?> Environment()
    {
        var env = base.Environment();
        foreach (var (name, value) in MotoServer.AwsEnvironment(Moto.Url))
            env[name] = value;
        return env;
    }

    /// <summary>Writes <paramref name="text"/> to <paramref name="key"/> in the test's bucket; returns the version id.</summary>
    protected async Task<string> PutAsync(string key, string text) =>
        (await S3.PutObjectAsync(new PutObjectRequest { BucketName = Bucket, Key = key, ContentBody = text })).VersionId;
}
