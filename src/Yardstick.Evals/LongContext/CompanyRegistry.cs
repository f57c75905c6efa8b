using System.Globalization;
using System.Text;
using Yardstick.Core.Tokens;

namespace Yardstick.Evals.LongContext;

/// <summary>
/// A generated document of company records, grown record by record until it holds a target number of o200k tokens.
/// Names are unique within the document; about half of the companies name another as their parent (multi-hop
/// questions follow that link). The same seed and length give the same document everywhere.
/// </summary>
public sealed class CompanyRegistry
{
    private static readonly string[] Syllables = ["ka", "lo", "ven", "dra", "mi", "tor", "sel", "qua", "ris", "bel", "nor", "za", "fen", "ul", "gar", "pim", "tes", "vor", "lin", "ash"];
    private static readonly string[] Suffixes = ["Holdings", "Systems", "Works", "Labs", "Partners", "Industries", "Group", "Dynamics", "Foundry", "Logistics"];
    private static readonly string[] Products = ["water pumps", "ball bearings", "solar inverters", "ferry services", "spice blends", "wool textiles", "drone parts", "seed stock", "river barges", "lab glassware", "bicycle frames", "clay tiles"];
    private static readonly string[] Given = ["Ilsa", "Tomas", "Rhea", "Oskar", "Mira", "Anton", "Lena", "Yusuf", "Greta", "Pavel", "Noor", "Felix"];

    public IReadOnlyList<CompanyRecord> Records { get; }
    public string Text { get; }
    public int Tokens { get; }

    private CompanyRegistry(IReadOnlyList<CompanyRecord> records, string text, int tokens) => (Records, Text, Tokens) = (records, text, tokens);

    public static CompanyRegistry Generate(int seed, int targetTokens, ITokenCounter counter)
    {
        ArgumentNullException.ThrowIfNull(counter);
        var random = new Random(seed);
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var cities = Enumerable.Range(0, 60).Select(_ => Capital(Word(random, 2, 3))).Distinct(StringComparer.Ordinal).ToList();
        var records = new List<CompanyRecord>();
        var text = new StringBuilder();
        var tokens = 0;
        while (true)
        {
            string name;
            do
                name = Capital(Word(random, 2, 3)) + " " + Suffixes[random.Next(Suffixes.Length)];
            while (!names.Add(name));
            // Parents are earlier or later companies alike: pick among names already made, or leave it for later.
            var parent = records.Count > 4 && random.Next(2) == 0 ? records[random.Next(records.Count)].Name : null;
            var record = new CompanyRecord(records.Count + 1, name, cities[random.Next(cities.Count)], random.Next(1890, 2021),
                random.Next(12, 90000), Given[random.Next(Given.Length)] + " " + Capital(Word(random, 2, 3)), Products[random.Next(Products.Length)], parent);
            var recordTokens = counter.Count(record.Text);
            if (tokens + recordTokens > targetTokens && records.Count > 0)
                break;
            records.Add(record);
            text.Append(record.Text);
            tokens += recordTokens;
        }
        // Shuffle the order so that a parent is as likely after its child as before it.
        var shuffled = records.OrderBy(_ => random.Next()).Select((r, i) => r with { Number = i + 1 }).ToList();
        var document = string.Concat(shuffled.Select(r => r.Text));
        return new CompanyRegistry(shuffled, document, counter.Count(document));
    }

    private static string Word(Random random, int min, int max)
    {
        var builder = new StringBuilder();
        for (var i = random.Next(min, max + 1); i > 0; i--)
            builder.Append(Syllables[random.Next(Syllables.Length)]);
        return builder.ToString();
    }

    private static string Capital(string word) => char.ToUpper(word[0], CultureInfo.InvariantCulture) + word[1..];
}
