using System.Net;

namespace Yardstick.Evals.Tests.Fakes;

/// <summary>An HTTP handler that answers each known URL with a local file (or a transformed copy), and 404 otherwise; counts requests.</summary>
internal sealed class LocalFilesHandler(IReadOnlyDictionary<Uri, string> files, Func<byte[], byte[]>? transform = null) : HttpMessageHandler
{
    public int Requests { get; private set; }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Requests++;
        if (request.RequestUri is null || !files.TryGetValue(request.RequestUri, out var path))
            return new HttpResponseMessage(HttpStatusCode.NotFound);
        var bytes = await File.ReadAllBytesAsync(path, cancellationToken);
        return new HttpResponseMessage(HttpStatusCode.OK) { Content = new ByteArrayContent(transform is null ? bytes : transform(bytes)) };
    }
}
