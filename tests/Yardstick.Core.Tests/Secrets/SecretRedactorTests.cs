using System.Text.Json;
using Yardstick.Core.Secrets;

namespace Yardstick.Core.Tests.Secrets;

public sealed class SecretRedactorTests
{
    [Theory]
    [InlineData("Incorrect API key provided: Bearer sk-test-DISTINCTIVE123", "Incorrect API key provided: Bearer [redacted]")]
    [InlineData("authorization: bearer abcd.efgh-ijkl", "authorization: bearer [redacted]")]
    [InlineData("your key sk-proj-AbCdEf0123456789 is invalid", "your key [redacted] is invalid")]
    [InlineData("key sk-ant-api03-AbCdEf0123456789_x", "key [redacted]")]
    [InlineData("x-api-key: abcdef123456", "x-api-key: [redacted]")]
    [InlineData("GET /v1/models?api-key=abcdef123456&x=1", "GET /v1/models?api-key=[redacted]&x=1")]
    [InlineData("{\"api_key\":\"abcdef123456\"}", "{\"api_key\":\"[redacted]\"}")]
    [InlineData("The task-force met; risk-free, sk-short", "The task-force met; risk-free, sk-short")]
    [InlineData("Answer: 42", "Answer: 42")]
    public void Credential_shaped_text_is_masked_and_ordinary_text_is_not(string text, string expected) =>
        Assert.Equal(expected, new SecretRedactor().Redact(text));

    [Fact]
    public void A_registered_key_is_masked_wherever_it_appears_whatever_its_shape()
    {
        var redactor = new SecretRedactor();
        redactor.Register("plain-key-0042");
        redactor.Register("ab"); // too short to be a key: ordinary text must survive

        var redacted = redactor.Redact("echo: plain-key-0042, again plain-key-0042, about ab");

        Assert.Equal("echo: [redacted], again [redacted], about ab", redacted);
    }

    [Fact]
    public void Redacted_json_stays_json()
    {
        var redactor = new SecretRedactor();
        redactor.Register("sk-test-DISTINCTIVE123");
        var json = JsonSerializer.Serialize(new { error = "Incorrect API key provided: Bearer sk-test-DISTINCTIVE123", header = "x-api-key: sk-test-DISTINCTIVE123" });

        var redacted = redactor.Redact(json)!;

        using var document = JsonDocument.Parse(redacted);
        Assert.DoesNotContain("DISTINCTIVE", redacted, StringComparison.Ordinal);
        Assert.Equal("Incorrect API key provided: Bearer [redacted]", document.RootElement.GetProperty("error").GetString());
    }

    [Fact]
    public void The_command_line_names_the_variables_whose_values_are_secrets()
    {
        Environment.SetEnvironmentVariable("YARDSTICK_REDACTOR_TEST_KEY", "value-from-environment-77");

        var redactor = SecretRedactor.ForCommandLine(["eval", "--api-key-env", "YARDSTICK_REDACTOR_TEST_KEY", "--model", "m"]);

        Assert.Equal("failed with [redacted]", redactor.Redact("failed with value-from-environment-77"));
        Assert.Null(redactor.Redact(null));
    }
}
