namespace Yardstick.Evals.IfEval.Language;

/// <summary>Writing systems the offline language detector tells apart by code-point ranges.</summary>
internal enum Script
{
    Latin,
    Cyrillic,
    Greek,
    Arabic,
    Hebrew,
    Devanagari,
    Bengali,
    Gurmukhi,
    Gujarati,
    Tamil,
    Telugu,
    Kannada,
    Malayalam,
    Thai,
    Hangul,
    Kana,
    Han,
}
