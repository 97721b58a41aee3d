using Azure.Identity;
using CoalitionBot.BotFramework;
using CoalitionBot.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CoalitionBot.Tests.Storage;

public sealed class AddDocumentStoreTests
{
    private static IDocumentStore Resolve(params (string Key, string Value)[] settings)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value)))
            .Build();
        var services = new ServiceCollection().AddLogging().AddDocumentStore(configuration);
        var store = services.BuildServiceProvider().GetRequiredService<IDocumentStore>();
        return Assert.IsType<MeteredDocumentStore>(store).Inner;
    }

    [Fact]
    public void Without_settings_documents_go_to_the_data_folder_under_the_working_directory()
    {
        var store = Assert.IsType<LocalDocumentStore>(Resolve());

        Assert.Equal(Path.GetFullPath(".data"), store.RootPath);
    }

    [Fact]
    public void LocalPath_picks_the_folder()
    {
        var folder = Path.Combine(Path.GetTempPath(), "coalitionbot-configured");

        var store = Assert.IsType<LocalDocumentStore>(Resolve(("Storage:LocalPath", folder)));

        Assert.Equal(folder, store.RootPath);
    }

    [Fact]
    public void A_connection_string_picks_blob_storage_with_the_default_container()
    {
        var store = Assert.IsType<BlobDocumentStore>(Resolve(("Storage:ConnectionString", AzuriteServer.DevelopmentConnectionString)));

        Assert.Equal("coalitionbot", store.ContainerName);
    }

    [Fact]
    public void A_connection_string_wins_over_an_account_url_and_the_container_name_is_configurable()
    {
        var store = Assert.IsType<BlobDocumentStore>(Resolve(
            ("Storage:ConnectionString", AzuriteServer.DevelopmentConnectionString),
            ("Storage:AccountUrl", "https://example.blob.core.windows.net"),
            ("Storage:ContainerName", "other")));

        Assert.Equal("other", store.ContainerName);
    }

    [Fact]
    public void An_account_url_picks_blob_storage()
    {
        Assert.IsType<BlobDocumentStore>(Resolve(
            ("Storage:AccountUrl", "https://example.blob.core.windows.net"),
            ("MicrosoftAppType", "UserAssignedMSI"),
            ("MicrosoftAppId", "00000000-0000-0000-0000-000000000001")));
    }

    [Fact]
    public void The_store_is_one_instance_for_the_whole_app()
    {
        var services = new ServiceCollection().AddLogging().AddDocumentStore(new ConfigurationBuilder().Build()).BuildServiceProvider();

        Assert.Same(services.GetRequiredService<IDocumentStore>(), services.GetRequiredService<IDocumentStore>());
    }

    [Fact]
    public void A_user_assigned_managed_identity_bot_reaches_storage_as_that_identity()
    {
        var credential = BlobCredentialChooser.Choose(new BotFrameworkOptions
        {
            MicrosoftAppType = "UserAssignedMSI",
            MicrosoftAppId = "00000000-0000-0000-0000-000000000001",
        });

        Assert.IsType<ManagedIdentityCredential>(credential);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("MultiTenant")]
    [InlineData("SingleTenant")]
    public void Other_bots_reach_storage_with_the_default_credential_chain(string? appType)
    {
        var credential = BlobCredentialChooser.Choose(new BotFrameworkOptions { MicrosoftAppType = appType, MicrosoftAppId = "app" });

        Assert.IsType<DefaultAzureCredential>(credential);
    }

    [Fact]
    public void A_user_assigned_managed_identity_without_its_client_id_is_a_configuration_error()
    {
        var error = Assert.Throws<InvalidOperationException>(() =>
            BlobCredentialChooser.Choose(new BotFrameworkOptions { MicrosoftAppType = "UserAssignedMSI" }));

        Assert.Contains("MicrosoftAppId", error.Message);
    }
}
