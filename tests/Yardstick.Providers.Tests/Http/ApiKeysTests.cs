using Yardstick.Core.Providers;
using Yardstick.Providers.Http;

namespace Yardstick.Providers.Tests.Http;

public sealed class ApiKeysTests
{
    [Fact]
    public void No_variable_named_means_no_key() => Assert.Null(ApiKeys.FromEnvironment(null));

    [Fact]
    public void The_key_is_read_from_the_named_variable()
    {
        Environment.SetEnvironmentVariable("YARDSTICK_TEST_KEY_SET", "sk-123");
        Assert.Equal("sk-123", ApiKeys.FromEnvironment("YARDSTICK_TEST_KEY_SET"));
    }

    [Fact]
    public void A_named_variable_that_is_unset_is_an_error_that_names_the_variable_only()
    {
        var error = Assert.Throws<ProviderException>(() => ApiKeys.FromEnvironment("YARDSTICK_TEST_KEY_UNSET"));
        Assert.Equal(ErrorKind.ClientError, error.Kind);
        Assert.Contains("YARDSTICK_TEST_KEY_UNSET", error.Message, StringComparison.Ordinal);
    }
}
