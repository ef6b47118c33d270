namespace FetchRun.Reviews.Nlp.Local;

/// <summary>Which Lingua models <see cref="LocalLanguageDetector"/> uses.</summary>
public enum LocalDetectionMode
{
    /// <summary>Lingua's low-accuracy mode: trigram models only; faster, smaller, weaker on very short texts.</summary>
    Fast,

    /// <summary>Lingua's high-accuracy mode: uni- to five-gram models; slower, more memory.</summary>
    Accurate,
}
