using System.Text.RegularExpressions;
using Yardstick.Core.Catalog;
using Yardstick.Core.Probes;
using Yardstick.Probes.Images;
using Yardstick.Probes.Running;

namespace Yardstick.Probes.Checks;

/// <summary>
/// Image input: three images Yardstick drew (a count of circles, a colour, a seven-segment number), each sent as a PNG
/// and as a JPEG (base64: a data URL for OpenAI, a base64 source for Anthropic). The accuracy rate is over answered
/// cases; which formats the endpoint accepted is recorded.
/// </summary>
public sealed class VisionProbe : Probe
{
    public override string Name => "vision";
    public override string Checks => "Three drawn images (count circles, name a colour, read a number) as PNG and JPEG: accuracy rate; formats accepted.";
    public override string? Capability => KnownCapabilities.Vision;

    public override async Task<ProbeOutcome> RunAsync(ProbeContext context, CancellationToken cancellationToken = default)
    {
        var accepted = new Dictionary<string, int> { ["png"] = 0, ["jpeg"] = 0 };
        foreach (var (format, mediaType) in new[] { ("png", "image/png"), ("jpeg", "image/jpeg") })
        {
            foreach (var image in TestImages.All)
            {
                var bytes = format == "png" ? image.Png : image.Jpeg;
                var message = context.Api.UserWithImage(image.Question, mediaType, Convert.ToBase64String(bytes));
                var body = context.Api.Body(context.Model, null, [message], maxTokens: 16);
                var sent = await context.SendAsync($"{image.Name}-{format}", body, cancellationToken).ConfigureAwait(false);
                if (!sent.Exchange.Answered)
                    continue;
                accepted[format]++;
                var text = context.Read(sent).Text;
                var right = image.Accepted.Any(a => Regex.IsMatch(text, $@"(?<![\p{{L}}\p{{N}}]){Regex.Escape(a)}(?![\p{{L}}\p{{N}}])", RegexOptions.IgnoreCase));
                sent.Judge(right, right ? $"\"{CaseVerdict.Short(text)}\" is right" : $"\"{CaseVerdict.Short(text)}\" instead of {image.Accepted[0]}");
            }
        }
        var observed = accepted.ToDictionary(f => $"{f.Key}_accepted", f => f.Value == TestImages.All.Count ? "yes" : f.Value == 0 ? "no" : "partly");
        observed["transport"] = IsOpenAi(context.Api) ? "base64 data URL" : "base64 source";
        // A format the endpoint refuses is recorded, not scored: accuracy is over the images it took.
        return CaseVerdict.Decide(this, context.Cases, MostCases, "Image questions answered right", observed, countRefusals: false);
    }
}
