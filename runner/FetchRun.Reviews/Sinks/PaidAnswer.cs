using System.Security.Cryptography;
using System.Text;

namespace FetchRun.Reviews.Sinks;

/// <summary>Key of a kept NLP answer: SHA-256 (hex) over what was asked, of which provider, in which language, about which text.</summary>
public readonly record struct AnswerKey(string Hash)
{
    /// <summary>The key of asking <paramref name="provider"/> for <paramref name="question"/> (e.g. <c>sentiment</c>) about
    /// <paramref name="text"/> in <paramref name="language"/> (empty when the question is the language).</summary>
    public static AnswerKey For(string question, string provider, string language, string text)
    {
        var bytes = Encoding.UTF8.GetBytes($"{question}\n{provider}\n{language}\n{text}");
        return new AnswerKey(Convert.ToHexStringLower(SHA256.HashData(bytes)));
    }
}

/// <summary>
/// A paid answer of the NLP service (a detected language, a sentiment score) kept in the <c>answers</c> table the moment it
/// returns, so that no attempt pays for it again, whether the rows that need it were written or not.
/// </summary>
/// <param name="Key">Its key.</param>
/// <param name="Answer">The answer in the pipeline's text form.</param>
public sealed record PaidAnswer(AnswerKey Key, string Answer);
