namespace FetchRun.Reviews.Nlp;

/// <summary>
/// The language detector, sentiment analyzer and translator a job uses, chosen together: the paid AWS
/// services or the offline ones.
/// </summary>
/// <param name="Language">Detects languages that the input does not give.</param>
/// <param name="Sentiment">Scores sentiment.</param>
/// <param name="Translator">Translates to the target language.</param>
/// <param name="Billed">True when calls are paid for, so the run counts billable units and estimates the cost.</param>
public sealed partial record NlpProviders(ILanguageDetector Language, ISentimentAnalyzer Sentiment, ITranslator Translator, bool Billed);
