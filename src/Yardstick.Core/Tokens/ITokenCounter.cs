namespace Yardstick.Core.Tokens;

/// <summary>Counts tokens of text with one fixed tokenizer, so that models and providers compare fairly.</summary>
public interface ITokenCounter
{
    string Name { get; }

    int Count(string text);
}
