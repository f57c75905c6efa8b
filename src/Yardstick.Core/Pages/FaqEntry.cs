namespace Yardstick.Core.Pages;

/// <summary>One question and its answer, generated from the catalog's facts and Yardstick's runs.</summary>
public sealed record FaqEntry(string Question, string Answer);
