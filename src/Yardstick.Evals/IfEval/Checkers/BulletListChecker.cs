using System.Text.RegularExpressions;

namespace Yardstick.Evals.IfEval.Checkers;

/// <summary><c>detectable_format:number_bullet_lists</c>: exactly N markdown bullet lines (<c>* item</c> or <c>- item</c>).</summary>
public sealed partial class BulletListChecker(int numBullets) : IInstructionChecker
{
    public const string Id = "detectable_format:number_bullet_lists";

    public static BulletListChecker Create(InstructionArguments arguments) => new(arguments.GetInt("num_bullets"));

    // NonBacktracking finds the same matches in linear time; with backtracking, "^\s*" makes a
    // response of many blank lines quadratic (50 000 newlines took seconds).
    public bool IsFollowed(string response) => StarBullet().Count(response) + DashBullet().Count(response) == numBullets;

    [GeneratedRegex(@"^\s*\*[^\*].*$", RegexOptions.Multiline | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex StarBullet();

    [GeneratedRegex(@"^\s*-.*$", RegexOptions.Multiline | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex DashBullet();
}
