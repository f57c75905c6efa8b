using System.Text;

namespace Yardstick.Evals.IfEval.Language;

/// <summary>Maps a letter to its <see cref="Script"/> by Unicode block.</summary>
internal static class ScriptClassifier
{
    public static Script? Classify(Rune rune)
    {
        var c = rune.Value;
        return c switch
        {
            (>= 'A' and <= 'Z') or (>= 'a' and <= 'z') or (>= 0x00C0 and <= 0x024F) or (>= 0x1E00 and <= 0x1EFF) => Script.Latin,
            >= 0x0370 and <= 0x03FF => Script.Greek,
            >= 0x0400 and <= 0x052F => Script.Cyrillic,
            >= 0x0590 and <= 0x05FF => Script.Hebrew,
            (>= 0x0600 and <= 0x06FF) or (>= 0x0750 and <= 0x077F) or (>= 0xFB50 and <= 0xFEFF) => Script.Arabic,
            >= 0x0900 and <= 0x097F => Script.Devanagari,
            >= 0x0980 and <= 0x09FF => Script.Bengali,
            >= 0x0A00 and <= 0x0A7F => Script.Gurmukhi,
            >= 0x0A80 and <= 0x0AFF => Script.Gujarati,
            >= 0x0B80 and <= 0x0BFF => Script.Tamil,
            >= 0x0C00 and <= 0x0C7F => Script.Telugu,
            >= 0x0C80 and <= 0x0CFF => Script.Kannada,
            >= 0x0D00 and <= 0x0D7F => Script.Malayalam,
            >= 0x0E00 and <= 0x0E7F => Script.Thai,
            (>= 0x1100 and <= 0x11FF) or (>= 0x3130 and <= 0x318F) or (>= 0xAC00 and <= 0xD7AF) => Script.Hangul,
            (>= 0x3040 and <= 0x30FF) or (>= 0x31F0 and <= 0x31FF) => Script.Kana,
            (>= 0x4E00 and <= 0x9FFF) or (>= 0x3400 and <= 0x4DBF) or (>= 0xF900 and <= 0xFAFF) => Script.Han,
            _ => null,
        };
    }
}
