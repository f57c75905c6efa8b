using System.Security.Cryptography;
using Yardstick.Evals.Model;

namespace Yardstick.Evals.Downloads;

/// <summary>
/// Fetches an eval's published files into a data folder when a network is available. Each file is checked against its
/// SHA-256 before it is moved into place, so a failed or altered download never leaves a file the eval would read.
/// Files already present are kept.
/// </summary>
public sealed class DatasetDownloader(HttpClient httpClient)
{
    /// <summary>Downloads the missing files of <paramref name="evalId"/>; returns the paths written.</summary>
    /// <exception cref="EvalDataException">The eval cannot be downloaded, a request failed, or a checksum differs.</exception>
    public async Task<IReadOnlyList<string>> DownloadMissingAsync(string evalId, string dataDirectory, CancellationToken cancellationToken = default)
    {
        var files = PublishedFiles.For(evalId);
        if (files.Count == 0)
            throw new EvalDataException(evalId == "mmlu-pro"
                ? "MMLU-Pro is published as Parquet on Hugging Face (TIGER-Lab/MMLU-Pro); put its test split as mmlu-pro/test_<category>.jsonl in the data folder."
                : $"Eval {evalId} has no published files to download.");
        var written = new List<string>();
        foreach (var file in files)
        {
            var target = Path.Combine(dataDirectory, file.RelativePath);
            if (File.Exists(target))
                continue;
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            var partial = target + ".partial";
            try
            {
                using (var response = await httpClient.GetAsync(file.Url, HttpCompletionOption.ResponseHeadersRead, cancellationToken))
                {
                    if (!response.IsSuccessStatusCode)
                        throw new EvalDataException($"Downloading {file.Url} failed: HTTP {(int)response.StatusCode}.");
                    await using var output = File.Create(partial);
                    await response.Content.CopyToAsync(output, cancellationToken);
                }
                string actual;
                await using (var saved = File.OpenRead(partial))
                    actual = Convert.ToHexStringLower(await SHA256.HashDataAsync(saved, cancellationToken));
                if (actual != file.Sha256)
                    throw new EvalDataException($"{file.Url}: SHA-256 {actual} differs from the published {file.Sha256}; the file was not saved.");
                File.Move(partial, target);
                written.Add(target);
            }
            catch (HttpRequestException e)
            {
                throw new EvalDataException($"Downloading {file.Url} failed: {e.Message}", e);
            }
            finally
            {
                if (File.Exists(partial))
                    File.Delete(partial);
            }
        }
        return written;
    }
}
