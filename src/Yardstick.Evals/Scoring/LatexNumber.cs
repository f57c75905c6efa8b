using System.Globalization;

namespace Yardstick.Evals.Scoring;

/// <summary>
/// Evaluates a normalised LaTeX answer that denotes one real number: integers, decimals, <c>\frac{a}{b}</c>,
/// <c>a/b</c>, <c>\sqrt{x}</c>, <c>\sqrt[n]{x}</c>, <c>\pi</c>, powers, products (<c>\cdot</c>, <c>\times</c>,
/// juxtaposition as in <c>2\sqrt{3}</c>), sums and parentheses. Anything else is not a number (null), so that
/// comparison falls back to the canonical strings.
/// </summary>
public sealed class LatexNumber
{
    private readonly string _text;
    private int _at;

    private LatexNumber(string text) => _text = text;

    public static double? TryEvaluate(string normalised)
    {
        if (string.IsNullOrEmpty(normalised))
            return null;
        var parser = new LatexNumber(normalised);
        var value = parser.Sum();
        return value is { } v && parser._at == parser._text.Length && double.IsFinite(v) ? v : null;
    }

    private double? Sum()
    {
        var value = Product();
        while (value is not null && _at < _text.Length && _text[_at] is '+' or '-')
        {
            var plus = _text[_at++] == '+';
            var right = Product();
            value = right is null ? null : plus ? value + right : value - right;
        }
        return value;
    }

    private double? Product()
    {
        var value = Unary();
        while (value is not null && _at < _text.Length)
        {
            if (Accept("*") || Accept(@"\cdot") || Accept(@"\times"))
                value *= Unary();
            else if (Accept("/") || Accept(@"\div"))
                value = Unary() is { } d && d != 0 ? value / d : null;
            else if (StartsFactor())
                value *= Power();
            else
                break;
        }
        return value;
    }

    private double? Unary() => Accept("-") ? -Unary() : Accept("+") ? Unary() : Power();

    private double? Power()
    {
        var value = Atom();
        if (value is not null && Accept("^"))
        {
            var exponent = _at < _text.Length && _text[_at] == '{' ? Group('{', '}') : Atom();
            value = exponent is null ? null : Math.Pow(value.Value, exponent.Value);
        }
        return value;
    }

    private bool StartsFactor() => _at < _text.Length && (_text[_at] is '(' or '{' || char.IsDigit(_text[_at]) || _text[_at] == '\\' && !Peek(@"\cdot") && !Peek(@"\times") && !Peek(@"\div"));

    private double? Atom()
    {
        if (_at >= _text.Length)
            return null;
        if (_text[_at] == '(')
            return Group('(', ')');
        if (_text[_at] == '{')
            return Group('{', '}');
        if (Accept(@"\frac"))
        {
            var numerator = Group('{', '}');
            var denominator = Group('{', '}');
            return numerator is null || denominator is null || denominator == 0 ? null : numerator / denominator;
        }
        if (Accept(@"\sqrt"))
        {
            double root = 2;
            if (_at < _text.Length && _text[_at] == '[')
            {
                if (Group('[', ']') is not { } n)
                    return null;
                root = n;
            }
            var radicand = _at < _text.Length && _text[_at] == '{' ? Group('{', '}') : Atom();
            return radicand is null || radicand < 0 && root % 2 == 0 ? null : Math.Sign(radicand.Value) * Math.Pow(Math.Abs(radicand.Value), 1 / root);
        }
        if (Accept(@"\pi"))
            return Math.PI;
        var start = _at;
        while (_at < _text.Length && (char.IsDigit(_text[_at]) || _text[_at] == '.'))
            _at++;
        return _at > start && double.TryParse(_text.AsSpan(start, _at - start), NumberStyles.Float, CultureInfo.InvariantCulture, out var number) ? number : null;
    }

    private double? Group(char open, char close)
    {
        if (_at >= _text.Length || _text[_at] != open)
            return null;
        _at++;
        var value = Sum();
        if (_at >= _text.Length || _text[_at] != close)
            return null;
        _at++;
        return value;
    }

    private bool Peek(string token) => string.CompareOrdinal(_text, _at, token, 0, token.Length) == 0
        && (token[0] != '\\' || _at + token.Length >= _text.Length || !char.IsLetter(_text[_at + token.Length]));

    private bool Accept(string token)
    {
        if (!Peek(token))
            return false;
        _at += token.Length;
        return true;
    }
}
