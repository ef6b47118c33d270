namespace FetchRun.Reviews.Nlp.Local;

/// <summary>
/// Tells Traditional from Simplified Chinese (Comprehend's <c>zh-TW</c> and <c>zh</c>), which Lingua does not,
/// by counting frequent characters that exist in only one of the two scripts.
/// </summary>
internal static class ChineseScript
{
    // Pairs at the same position: Traditional and Simplified forms of common review words.
    private const string TraditionalOnly = "們這個說時會來對買質東錯當還過價與貨顏網電開關體點麼後樣應務實從為歡發變選讓給鐘幾種";
    private const string SimplifiedOnly = "们这个说时会来对买质东错当还过价与货颜网电开关体点么后样应务实从为欢发变选让给钟几种";

    /// <summary><c>zh-TW</c> when Traditional-only characters outnumber Simplified-only ones, else <c>zh</c>.</summary>
    public static string ComprehendCode(string text)
    {
        int traditional = 0, simplified = 0;
        foreach (var c in text)
        {
            if (TraditionalOnly.Contains(c, StringComparison.Ordinal))
                traditional++;
            else if (SimplifiedOnly.Contains(c, StringComparison.Ordinal))
                simplified++;
        }
        return traditional > simplified ? "zh-TW" : "zh";
    }
}
