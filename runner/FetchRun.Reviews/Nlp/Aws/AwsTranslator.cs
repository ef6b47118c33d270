using FetchRun.Reviews.Nlp.Aws.Wire;

namespace FetchRun.Reviews.Nlp.Aws;

/// <summary>
/// Amazon Translate <c>TranslateText</c>, one text per call. Texts over 10,000 UTF-8 bytes are cut at a
/// sentence boundary and come back <see cref="TranslationStatus.Truncated"/> (one call per text, so cost
/// stays one call per distinct text). Safe to call concurrently: one adaptive rate (at most
/// <see cref="AwsNlpOptions.TranslateTextTps"/>) and one retry quota are shared by every call. Create with <see cref="AwsNlp.CreateTranslator"/>.
/// </summary>
public sealed class AwsTranslator : ITranslator, IDisposable
{
    private readonly AwsJsonClient _client;
    private readonly OperationBudget _budget;
    private readonly HttpClient _http;
    private long _calls;
    private long _characters;

    internal AwsTranslator(AwsNlpSettings settings, HttpClient http)
    {
        _http = http;
        _client = new AwsJsonClient(http, settings, settings.TranslateEndpoint, "translate", "AWSShineFrontendService_20170701");
        _budget = new OperationBudget(settings.Options.TranslateTextTps, settings.Options.TimeProvider);
    }

    /// <summary>Always <c>aws</c>.</summary>
    public string Name => "aws";

    /// <summary>Always true.</summary>
    public bool CanTranslate => true;

    /// <summary>TranslateText calls that completed (with a translation or a per-document error).</summary>
    public long Calls => Interlocked.Read(ref _calls);

    /// <summary>Characters (Unicode scalar values) sent in completed calls.</summary>
    public long BilledCharacters => Interlocked.Read(ref _characters);

    /// <summary>
    /// Translates <paramref name="text"/>; <paramref name="sourceLanguage"/> may be <c>auto</c>. No call is made when the
    /// languages are equal or the text is blank (<see cref="TranslationStatus.NotNeeded"/>). A refusal of this document
    /// (unsupported pair, low-confidence detection, …) gives <see cref="TranslationStatus.Failed"/> with the error; a call
    /// whose throttling, 5xx or network errors outlast its retries gives <see cref="TranslationStatus.Failed"/> with
    /// <see cref="TranslationResult.Transient"/> set (not stored; the next attempt redoes it).
    /// </summary>
    /// <exception cref="JobFailedException">Exit 77 when access is denied; 64 for other refusals.</exception>
    public async Task<TranslationResult> TranslateAsync(string text, string sourceLanguage, string targetLanguage,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentException.ThrowIfNullOrWhiteSpace(sourceLanguage);
        ArgumentException.ThrowIfNullOrWhiteSpace(targetLanguage);
        if (string.IsNullOrWhiteSpace(text) || string.Equals(sourceLanguage, targetLanguage, StringComparison.OrdinalIgnoreCase))
            return new TranslationResult(text, TranslationStatus.NotNeeded, 0);

        var sent = Utf8Cut.ToFit(text, AwsNlpDefaults.TranslateMaxBytes);
        var truncated = sent.Length < text.Length;
        var characters = CountCharacters(sent);
        try
        {
            var response = await _client.CallAsync("TranslateText",
                new TranslateTextRequest(sent, sourceLanguage, targetLanguage),
                AwsNlpJsonContext.Default.TranslateTextRequest, AwsNlpJsonContext.Default.TranslateTextResponse,
                _budget, cancellationToken).ConfigureAwait(false);
            Count(characters);
            return new TranslationResult(response.TranslatedText ?? "",
                truncated ? TranslationStatus.Truncated : TranslationStatus.Translated, characters);
        }
        catch (AwsServiceException e)
        {
            Count(characters);
            return new TranslationResult(null, TranslationStatus.Failed, characters, e.DocumentError);
        }
        catch (JobFailedException e) when (e.ExitCode == ExitCodes.Temporary && !cancellationToken.IsCancellationRequested)
        {
            // This text's call outlasted its retries (5xx, throttling, timeouts): not the text's fault, and not the job's
            // either; the review is left unstored for the next attempt. Nothing was billed for a call that failed.
            return new TranslationResult(null, TranslationStatus.Failed, 0, e.Message, Transient: true);
        }
    }

    /// <summary>Releases the HTTP client (not an injected handler).</summary>
    public void Dispose() => _http.Dispose();

    private void Count(long characters)
    {
        Interlocked.Increment(ref _calls);
        Interlocked.Add(ref _characters, characters);
    }

    private static long CountCharacters(string text)
    {
        long count = 0;
        foreach (var _ in text.EnumerateRunes())
            count++;
        return count;
    }
}
