using Yardstick.Pricing.Feeds;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Yardstick.Pricing.Mapping;

/// <summary>
/// Which catalog endpoint each feed id prices, per feed (YAML, e.g. catalog/price-feeds.yaml):
/// <code>
/// litellm:
///   gpt-4.1: { model: gpt-4.1, provider: OpenAI }
/// openrouter:
///   openai/gpt-4.1: { model: gpt-4.1, provider: OpenRouter }
/// </code>
/// A value may also be a list of such mappings (one feed id pricing several routes).
/// </summary>
public sealed class FeedMapping
{
    private readonly Dictionary<(FeedFormat, string), IReadOnlyList<FeedMappingEntry>> _entries;

    private FeedMapping(Dictionary<(FeedFormat, string), IReadOnlyList<FeedMappingEntry>> entries) => _entries = entries;

    public static FeedMapping Empty { get; } = new([]);

    public int Count => _entries.Count;

    /// <summary>The endpoints a feed id prices; empty when the mapping does not name it.</summary>
    public IReadOnlyList<FeedMappingEntry> For(FeedFormat format, string feedId) =>
        _entries.TryGetValue((format, feedId), out var entries) ? entries : [];

    /// <summary>Parses the mapping; a malformed one throws <see cref="FormatException"/> naming the feed id and field.</summary>
    public static FeedMapping Parse(string yaml)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException e)
        {
            throw new FormatException($"The price-feed mapping is not valid YAML: {e.Message}", e);
        }
        var entries = new Dictionary<(FeedFormat, string), IReadOnlyList<FeedMappingEntry>>();
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
            return new FeedMapping(entries);
        if (stream.Documents[0].RootNode is not YamlMappingNode root)
            throw new FormatException("The price-feed mapping must be a mapping of feed (litellm, openrouter) → ids.");
        foreach (var (feedKey, ids) in root.Children)
        {
            var feedName = (feedKey as YamlScalarNode)?.Value;
            var format = feedName switch
            {
                "litellm" => FeedFormat.LiteLlm,
                "openrouter" => FeedFormat.OpenRouter,
                _ => throw new FormatException($"'{feedName}' is not a feed (litellm or openrouter)."),
            };
            if (ids is not YamlMappingNode idMap)
                throw new FormatException($"{feedName}: must map feed ids to {{ model, provider }}.");
            foreach (var (idKey, value) in idMap.Children)
            {
                var id = (idKey as YamlScalarNode)?.Value ?? "";
                var targets = value is YamlSequenceNode list ? list.Children : [value];
                entries[(format, id)] = targets.Select(t => Entry(feedName!, id, t)).ToList();
            }
        }
        return new FeedMapping(entries);
    }

    private static FeedMappingEntry Entry(string feed, string id, YamlNode node)
    {
        if (node is not YamlMappingNode map)
            throw new FormatException($"{feed}.{id}: must be {{ model: <catalog slug>, provider: <provider name> }}.");
        string Field(string name) =>
            map.Children.TryGetValue(new YamlScalarNode(name), out var v) && v is YamlScalarNode { Value: { Length: > 0 } text }
                ? text.Trim()
                : throw new FormatException($"{feed}.{id}.{name} is required.");
        var unknown = map.Children.Keys.OfType<YamlScalarNode>().Select(k => k.Value).Where(k => k is not ("model" or "provider")).ToList();
        if (unknown.Count > 0)
            throw new FormatException($"{feed}.{id}: unknown field(s) {string.Join(", ", unknown)} (expected model, provider).");
        return new FeedMappingEntry(id, Field("model"), Field("provider"));
    }
}
