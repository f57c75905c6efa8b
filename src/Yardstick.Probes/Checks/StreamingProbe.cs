using Yardstick.Core.Catalog;
using Yardstick.Core.Probes;
using Yardstick.Probes.Running;

namespace Yardstick.Probes.Checks;

/// <summary>A streamed answer arrives as events with text and ends with the API's terminator.</summary>
public sealed class StreamingProbe : Probe
{
    public override string Name => "streaming";
    public override string Checks => "A streamed request yields at least one text event and ends with [DONE] (message_stop).";
    public override string? Capability => KnownCapabilities.Streaming;

    public override async Task<ProbeOutcome> RunAsync(ProbeContext context, CancellationToken cancellationToken = default)
    {
        var body = context.Body("Count from 1 to 10, separated by spaces.", maxTokens: 16);
        context.Api.Stream(body, includeUsage: false);
        var sent = await context.SendAsync("count", body, cancellationToken).ConfigureAwait(false);
        if (sent.Exchange.Answered || sent.Exchange.TransportError == Core.Providers.ErrorKind.StreamCut)
        {
            var events = sent.Exchange.Events.Count;
            var text = context.Read(sent).Text;
            if (sent.Exchange.TransportError != Core.Providers.ErrorKind.None)
                sent.Judge(false, $"the stream broke: {sent.Exchange.TransportMessage}");
            else if (sent.Exchange.FirstTokenSeconds is null)
                sent.Judge(false, $"{events} events but none carried text");
            else
                sent.Judge(true, $"{events} events, {text.Length} characters of text");
        }
        return CaseVerdict.Decide(this, context.Cases, AllCases, "Streamed answer");
    }
}
