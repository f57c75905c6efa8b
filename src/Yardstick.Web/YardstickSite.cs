using Yardstick.Core.Scheduling;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Yardstick.Core.Catalog;
using Yardstick.Core.Pages;
using Yardstick.Core.Pricing;
using Yardstick.Core.Runs;
using Yardstick.Web.Api;
using Yardstick.Web.Data;
using Yardstick.Web.Hosting;

namespace Yardstick.Web;

/// <summary>The Yardstick web site and JSON API, composed over a catalog store and a run store.</summary>
public static class YardstickSite
{
    /// <summary>Builds (does not start) the site bound to 127.0.0.1 only, with the stores given.</summary>
    /// <remarks>
    /// <paramref name="figures"/> keeps each run's whole-run figures (default: computed from the samples on every read);
    /// <paramref name="version"/> stamps the data, so pages are drawn from a snapshot kept until it changes (default: none,
    /// every request reads the stores).
    /// </remarks>
    public static WebApplication Build(SiteOptions options, ICatalogStore catalog, IRunStore runs, IPriceHistoryStore? prices = null,
        ISchedulingStore? scheduling = null, IRunFiguresStore? figures = null, ISiteDataVersion? version = null)
    {
        var urls = LoopbackUrls.Resolve(options);
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(YardstickSite).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
            EnvironmentName = Environments.Production,
        });
        builder.WebHost.UseUrls(urls);
        // The host (the CLI) prints where the site listens; the framework's own start-up chatter stays out of its console.
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        builder.Logging.AddFilter("Microsoft.Hosting.Lifetime", LogLevel.Warning);

        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton(catalog);
        builder.Services.AddSingleton(runs);
        builder.Services.AddSingleton(prices ?? new InMemoryPriceHistoryStore());
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddSingleton(scheduling ?? new InMemorySchedulingStore());
        builder.Services.AddSingleton(figures ?? new SampleRunFiguresStore(runs));
        builder.Services.AddSingleton(sp => new SiteSnapshots(catalog, runs, sp.GetRequiredService<IRunFiguresStore>(), options, version));
        builder.Services.AddScoped<SiteData>();
        if (version is not null)
            builder.Services.AddOutputCache(cache =>
            {
                cache.AddBasePolicy(new DataStampCachePolicy(version));
                // The leaderboard at 10,000 models is a few MB a page: room for every page kind of a large instance.
                cache.SizeLimit = 1L << 30;
                cache.MaximumBodySize = 64L << 20;
            });
        // Encode markup characters only; readable text (–, ≈, ›, accented names) stays as written.
        builder.Services.AddWebEncoders(encoders => encoders.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        builder.Services.AddRazorPages().AddApplicationPart(typeof(YardstickSite).Assembly);
        builder.Services.ConfigureHttpJsonOptions(json => ApiJson.Configure(json.SerializerOptions));
        builder.Services.AddOpenApi(openApi => openApi.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "Yardstick API";
            document.Info.Description = "Models, comparisons and runs of this Yardstick instance. Every figure carries its source.";
            return Task.CompletedTask;
        }));

        var app = builder.Build();
        ErrorHandling.Use(app);
        // Routing explicitly after the error middleware, so that a re-executed status or error page is routed again.
        app.UseRouting();
        if (version is not null)
            app.UseOutputCache();
        app.MapOpenApi();
        SiteAssets.Map(app);
        ModelsApi.Map(app);
        CompareApi.Map(app);
        RunsApi.Map(app);
        PricesApi.Map(app);
        ChartsApi.Map(app);
        SpeedHistoryApi.Map(app);
        app.MapRazorPages();
        return app;
    }
}
