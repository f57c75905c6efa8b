using Yardstick.Core.Providers;
using Yardstick.Evals.Running;

namespace Yardstick.Evals.Tests.Running;

public sealed class CacheKeyTests
{
    private static readonly CompletionRequest Request = new() { Messages = [ChatMessage.User("What is 2 + 2?")], MaxTokens = 100 };

    [Fact]
    public void Same_model_messages_parameters_and_epoch_give_the_same_key()
    {
        Assert.Equal(CacheKey.Of("m", Request, 0), CacheKey.Of("m", Request with { }, 0));
        Assert.Equal(64, CacheKey.Of("m", Request, 0).Length);
    }

    [Fact]
    public void Any_difference_gives_another_key()
    {
        var key = CacheKey.Of("m", Request, 0);

        Assert.NotEqual(key, CacheKey.Of("other", Request, 0));
        Assert.NotEqual(key, CacheKey.Of("m", Request, 1));
        Assert.NotEqual(key, CacheKey.Of("m", Request with { Temperature = 0.5 }, 0));
        Assert.NotEqual(key, CacheKey.Of("m", Request with { MaxTokens = 101 }, 0));
        Assert.NotEqual(key, CacheKey.Of("m", Request with { Messages = [ChatMessage.User("What is 2 + 3?")] }, 0));
    }
}
