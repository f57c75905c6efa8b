using Yardstick.Evals.IfEval.Checkers;

namespace Yardstick.Evals.IfEval;

/// <summary>
/// The 25 instruction ids of the official <c>instructions_registry.INSTRUCTION_DICT</c>, each mapped
/// to the factory that configures its checker from the prompt's kwargs.
/// </summary>
public static class InstructionRegistry
{
    private static readonly Dictionary<string, Func<InstructionArguments, IInstructionChecker>> Factories = new(StringComparer.Ordinal)
    {
        [KeywordExistenceChecker.Id] = KeywordExistenceChecker.Create,
        [KeywordFrequencyChecker.Id] = KeywordFrequencyChecker.Create,
        [ForbiddenWordsChecker.Id] = ForbiddenWordsChecker.Create,
        [LetterFrequencyChecker.Id] = LetterFrequencyChecker.Create,
        [ResponseLanguageChecker.Id] = ResponseLanguageChecker.Create,
        [SentenceCountChecker.Id] = SentenceCountChecker.Create,
        [ParagraphCountChecker.Id] = ParagraphCountChecker.Create,
        [WordCountChecker.Id] = WordCountChecker.Create,
        [NthParagraphFirstWordChecker.Id] = NthParagraphFirstWordChecker.Create,
        [PlaceholderChecker.Id] = PlaceholderChecker.Create,
        [PostscriptChecker.Id] = PostscriptChecker.Create,
        [BulletListChecker.Id] = BulletListChecker.Create,
        [ConstrainedResponseChecker.Id] = ConstrainedResponseChecker.Create,
        [HighlightedSectionChecker.Id] = HighlightedSectionChecker.Create,
        [MultipleSectionsChecker.Id] = MultipleSectionsChecker.Create,
        [JsonFormatChecker.Id] = JsonFormatChecker.Create,
        [TitleChecker.Id] = TitleChecker.Create,
        [TwoResponsesChecker.Id] = TwoResponsesChecker.Create,
        [RepeatPromptChecker.Id] = RepeatPromptChecker.Create,
        [EndPhraseChecker.Id] = EndPhraseChecker.Create,
        [CapitalWordFrequencyChecker.Id] = CapitalWordFrequencyChecker.Create,
        [EnglishCapitalChecker.Id] = EnglishCapitalChecker.Create,
        [EnglishLowercaseChecker.Id] = EnglishLowercaseChecker.Create,
        [NoCommaChecker.Id] = NoCommaChecker.Create,
        [QuotationChecker.Id] = QuotationChecker.Create,
    };

    /// <summary>All supported instruction ids.</summary>
    public static IReadOnlyCollection<string> Ids => Factories.Keys;

    public static bool IsKnown(string instructionId) => Factories.ContainsKey(instructionId);

    /// <summary>
    /// The configured checker for <paramref name="arguments"/>'s instruction; an unknown id or a
    /// bad argument is a <see cref="FormatException"/> saying which.
    /// </summary>
    public static IInstructionChecker Create(InstructionArguments arguments) =>
        Factories.TryGetValue(arguments.InstructionId, out var factory)
            ? factory(arguments)
            : throw new FormatException($"Unknown IFEval instruction '{arguments.InstructionId}'.");
}
