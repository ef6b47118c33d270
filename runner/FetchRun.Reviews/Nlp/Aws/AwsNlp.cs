namespace FetchRun.Reviews.Nlp.Aws;

/// <summary>The one way in to the <c>aws</c> NLP providers (Amazon Translate and Amazon Comprehend over HTTPS, SigV4-signed).</summary>
public static class AwsNlp
{
    /// <summary>A TranslateText client. Dispose it when done.</summary>
    /// <param name="options">Settings; null takes every default (region, endpoints and credentials from the environment).</param>
    /// <exception cref="JobFailedException">Exit 64 when the options or the environment are invalid (every problem in one message).</exception>
    public static AwsTranslator CreateTranslator(AwsNlpOptions? options = null)
    {
        var settings = AwsNlpSettings.Resolve(options);
        return new AwsTranslator(settings, CreateHttpClient(settings.Options));
    }

    /// <summary>A Comprehend client for language detection and sentiment. Dispose it when done.</summary>
    /// <param name="options">Settings; null takes every default (region, endpoints and credentials from the environment).</param>
    /// <exception cref="JobFailedException">Exit 64 when the options or the environment are invalid (every problem in one message).</exception>
    public static AwsComprehend CreateComprehend(AwsNlpOptions? options = null)
    {
        var settings = AwsNlpSettings.Resolve(options);
        return new AwsComprehend(settings, CreateHttpClient(settings.Options));
    }

    private static HttpClient CreateHttpClient(AwsNlpOptions options)
    {
        // Redirects must not be followed below the signer: a redirected hop would carry a stale signature.
        var client = options.HttpHandler is { } handler
            ? new HttpClient(handler, disposeHandler: false)
            : new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, PooledConnectionLifetime = TimeSpan.FromMinutes(5) });
        client.Timeout = Timeout.InfiniteTimeSpan;
        return client;
    }
}
