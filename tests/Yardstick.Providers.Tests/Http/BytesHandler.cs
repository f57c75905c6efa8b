using System.Net;
using System.Net.Http.Headers;

namespace Yardstick.Providers.Tests.Http;

/// <summary>A hand-written HTTP handler that answers every request with 200, an event-stream type and the given body bytes.</summary>
internal sealed class BytesHandler(byte[] body) : HttpMessageHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("text/event-stream");
        return Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = content, RequestMessage = request });
    }
}
