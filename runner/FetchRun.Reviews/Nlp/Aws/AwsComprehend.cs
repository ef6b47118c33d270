using FetchRun.Reviews.Nlp.Aws.Wire;

namespace FetchRun.Reviews.Nlp.Aws;

/// <summary>
/// Amazon Comprehend <c>BatchDetectDominantLanguage</c> and <c>BatchDetectSentiment</c>. Lists of any length are
/// sent 25 documents per call; a document over 5,000 UTF-8 bytes is cut at a sentence boundary first (see
/// <see cref="WouldTruncate"/> and <see cref="TruncatedDocuments"/>). Each entry of the answer's ErrorList becomes
/// that document's <see cref="DocumentResult{T}.Error"/>; entries with <c>INTERNAL_SERVER_ERROR</c> are sent again (those
/// documents only) within the call's retry budget, and those still failing come back <see cref="DocumentResult{T}.Transient"/>. Create with <see cref="AwsNlp.CreateComprehend"/>.
/// </summary>
public sealed class AwsComprehend : ILanguageDetector, ISentimentAnalyzer, IDisposable
{
    private const string InternalErrorCode = "INTERNAL_SERVER_ERROR";

    private static readonly HashSet<string> SentimentLanguages = new(StringComparer.OrdinalIgnoreCase)
    {
        "de", "en", "es", "it", "pt", "fr", "ja", "ko", "hi", "ar", "zh", "zh-TW",
    };

    private readonly AwsJsonClient _client;
    private readonly OperationBudget _detectBudget;
    private readonly OperationBudget _sentimentBudget;
    private readonly HttpClient _http;
    private long _calls;
    private long _documents;
    private long _truncated;

    internal AwsComprehend(AwsNlpSettings settings, HttpClient http)
    {
        _http = http;
        _client = new AwsJsonClient(http, settings, settings.ComprehendEndpoint, "comprehend", "Comprehend_20171127");
        _detectBudget = new OperationBudget(settings.Options.BatchDetectDominantLanguageTps, settings.Options.TimeProvider);
        _sentimentBudget = new OperationBudget(settings.Options.BatchDetectSentimentTps, settings.Options.TimeProvider);
    }

    /// <summary>Always <c>aws</c>.</summary>
    public string Name => "aws";

    /// <summary>Batch calls that completed.</summary>
    public long Calls => Interlocked.Read(ref _calls);

    /// <summary>Documents sent in completed calls (Comprehend bills per document, in 100-character units).</summary>
    public long Documents => Interlocked.Read(ref _documents);

    /// <summary>Documents cut to 5,000 UTF-8 bytes before sending.</summary>
    public long TruncatedDocuments => Interlocked.Read(ref _truncated);

    /// <summary>True when Comprehend would see only a cut of <paramref name="text"/> (over 5,000 UTF-8 bytes).</summary>
    public static bool WouldTruncate(string text) => !Utf8Cut.Fits(text, AwsNlpDefaults.ComprehendMaxBytes);

    /// <summary>True for de en es it pt fr ja ko hi ar zh zh-TW.</summary>
    public bool Supports(string languageCode) => SentimentLanguages.Contains(languageCode);

    /// <summary>One guess per text (the highest-scoring language), in order; a blank text gets the error <c>EMPTY_TEXT</c> without being sent.</summary>
    /// <exception cref="JobFailedException">Exit 75 when throttling, 5xx or network errors outlast the retries; 77 when access is denied; 64 for other refusals.</exception>
    public Task<IReadOnlyList<DocumentResult<LanguageGuess>>> DetectAsync(IReadOnlyList<string> texts, CancellationToken cancellationToken) =>
        RunBatchesAsync(texts, _detectBudget, async (batch, ct) =>
        {
            var response = await _client.CallAsync("BatchDetectDominantLanguage", new BatchDetectDominantLanguageRequest(batch),
                AwsNlpJsonContext.Default.BatchDetectDominantLanguageRequest,
                AwsNlpJsonContext.Default.BatchDetectDominantLanguageResponse, _detectBudget, ct).ConfigureAwait(false);
            var results = new DocumentResult<LanguageGuess>?[batch.Count];
            foreach (var item in response.ResultList ?? [])
            {
                var best = item.Languages?.Where(l => l.LanguageCode is not null).MaxBy(l => l.Score);
                if (InRange(item.Index, batch))
                    results[item.Index] = best is null
                        ? new(null, "NO_LANGUAGE: Comprehend returned no language")
                        : new(new LanguageGuess(best.LanguageCode!, best.Score), null);
            }
            return Fill(results, response.ErrorList);
        }, cancellationToken);

    /// <summary>
    /// One score per text, in order. Languages Comprehend cannot score (see <see cref="Supports"/>) are answered with
    /// <c>UNSUPPORTED_LANGUAGE</c> without a call; a blank text gets <c>EMPTY_TEXT</c> without being sent.
    /// </summary>
    /// <exception cref="JobFailedException">Exit 75 when throttling, 5xx or network errors outlast the retries; 77 when access is denied; 64 for other refusals.</exception>
    public async Task<IReadOnlyList<DocumentResult<SentimentScore>>> AnalyzeAsync(IReadOnlyList<string> texts, string languageCode,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(texts);
        ArgumentException.ThrowIfNullOrWhiteSpace(languageCode);
        if (!Supports(languageCode))
        {
            var error = $"UNSUPPORTED_LANGUAGE: Comprehend does not score sentiment in '{languageCode}'";
            return texts.Select(_ => new DocumentResult<SentimentScore>(null, error)).ToArray();
        }
        return await RunBatchesAsync(texts, _sentimentBudget, async (batch, ct) =>
        {
            var response = await _client.CallAsync("BatchDetectSentiment", new BatchDetectSentimentRequest(batch, languageCode),
                AwsNlpJsonContext.Default.BatchDetectSentimentRequest,
                AwsNlpJsonContext.Default.BatchDetectSentimentResponse, _sentimentBudget, ct).ConfigureAwait(false);
            var results = new DocumentResult<SentimentScore>?[batch.Count];
            foreach (var item in response.ResultList ?? [])
            {
                if (InRange(item.Index, batch))
                    results[item.Index] = ToScore(item);
            }
            return Fill(results, response.ErrorList);
        }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Releases the HTTP client (not an injected handler).</summary>
    public void Dispose() => _http.Dispose();

    /// <summary>Blank texts are answered locally; the rest go 25 per call, concurrently (the adaptive rate paces them), and come back in order.</summary>
    private async Task<IReadOnlyList<DocumentResult<T>>> RunBatchesAsync<T>(IReadOnlyList<string> texts, OperationBudget budget,
        Func<IReadOnlyList<string>, CancellationToken, Task<DocumentResult<T>[]>> callBatch, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var results = new DocumentResult<T>[texts.Count];
        var positions = new List<int>(texts.Count);
        var sent = new List<string>(texts.Count);
        for (var i = 0; i < texts.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(texts[i]))
            {
                results[i] = new(default, "EMPTY_TEXT: nothing to analyze");
                continue;
            }
            var cut = Utf8Cut.ToFit(texts[i], AwsNlpDefaults.ComprehendMaxBytes);
            if (cut.Length < texts[i].Length)
                Interlocked.Increment(ref _truncated);
            positions.Add(i);
            sent.Add(cut);
        }
        var batches = sent.Chunk(AwsNlpDefaults.BatchSize).Select(async (batch, n) =>
        {
            var answer = await CallBatchAsync(batch, budget, callBatch, cancellationToken).ConfigureAwait(false);
            for (var j = 0; j < answer.Length; j++)
                results[positions[n * AwsNlpDefaults.BatchSize + j]] = answer[j];
        });
        await Task.WhenAll(batches).ConfigureAwait(false);
        return results;
    }

    /// <summary>
    /// One batch, then its documents that came back <c>INTERNAL_SERVER_ERROR</c> again (only those) within the call's
    /// retry budget; those still failing are marked <see cref="DocumentResult{T}.Transient"/>.
    /// </summary>
    private async Task<DocumentResult<T>[]> CallBatchAsync<T>(string[] batch, OperationBudget budget,
        Func<IReadOnlyList<string>, CancellationToken, Task<DocumentResult<T>[]>> callBatch, CancellationToken cancellationToken)
    {
        var answer = await CallOnceAsync(batch, callBatch, cancellationToken).ConfigureAwait(false);
        var started = _client.Now();
        for (var attempt = 1; ; attempt++)
        {
            var failing = Enumerable.Range(0, answer.Length).Where(i => IsInternalError(answer[i])).ToArray();
            if (failing.Length == 0)
                return answer;
            if (await _client.WaitToResendAsync(budget, attempt, started, cancellationToken).ConfigureAwait(false) is not { } cost)
            {
                foreach (var i in failing)
                    answer[i] = answer[i] with { Transient = true };
                return answer;
            }
            var again = await CallOnceAsync(failing.Select(i => batch[i]).ToArray(), callBatch, cancellationToken).ConfigureAwait(false);
            for (var j = 0; j < failing.Length; j++)
                answer[failing[j]] = again[j];
            if (!again.Any(IsInternalError))
                budget.Retries.OnSuccess(cost);
        }
    }

    private async Task<DocumentResult<T>[]> CallOnceAsync<T>(string[] batch,
        Func<IReadOnlyList<string>, CancellationToken, Task<DocumentResult<T>[]>> callBatch, CancellationToken cancellationToken)
    {
        DocumentResult<T>[] answer;
        try
        {
            answer = await callBatch(batch, cancellationToken).ConfigureAwait(false);
        }
        catch (AwsServiceException e)
        {
            // A refusal of the whole call that names the documents (too long, unsupported language) is theirs, not the job's.
            answer = Enumerable.Repeat(new DocumentResult<T>(default, e.DocumentError), batch.Length).ToArray();
        }
        Interlocked.Increment(ref _calls);
        Interlocked.Add(ref _documents, batch.Length);
        return answer;
    }

    // Comprehend's per-document internal error (https://docs.aws.amazon.com/comprehend/latest/APIReference/API_BatchItemError.html):
    // the service's fault, not the document's, so worth sending that document again.
    private static bool IsInternalError<T>(DocumentResult<T> result) =>
        result.Error?.StartsWith(InternalErrorCode + ":", StringComparison.Ordinal) == true;

    private static DocumentResult<T>[] Fill<T>(DocumentResult<T>?[] results, IReadOnlyList<BatchItemError>? errors)
    {
        foreach (var error in errors ?? [])
        {
            if (error.Index >= 0 && error.Index < results.Length)
                results[error.Index] = new(default, $"{error.ErrorCode ?? "ERROR"}: {error.ErrorMessage}");
        }
        return results.Select(r => r ?? new(default, "NO_RESULT: Comprehend returned neither a result nor an error")).ToArray();
    }

    private static bool InRange(int index, IReadOnlyList<string> batch) => index >= 0 && index < batch.Count;

    private static DocumentResult<SentimentScore> ToScore(SentimentItem item)
    {
        SentimentLabel? label = item.Sentiment switch
        {
            "POSITIVE" => SentimentLabel.Positive,
            "NEGATIVE" => SentimentLabel.Negative,
            "NEUTRAL" => SentimentLabel.Neutral,
            "MIXED" => SentimentLabel.Mixed,
            _ => null,
        };
        var s = item.SentimentScore;
        return label is null || s is null
            ? new(null, $"BAD_RESULT: unexpected sentiment '{item.Sentiment}'")
            : new(new SentimentScore(label.Value, s.Positive, s.Negative, s.Neutral, s.Mixed), null);
    }
}
