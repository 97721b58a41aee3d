using System.Text.Json.Nodes;

namespace CoalitionBot.Infra.Tests.Bicep;

/// <summary>What main.bicep deploys, read from the ARM template it compiles to.</summary>
public sealed class ArmTemplateTests
{
    private const string BlobDataContributorRoleId = "ba92f5b4-2d11-453d-a403-e96b0029c9fe";

    [Fact]
    public async Task Web_app_runs_dotnet_10_on_linux_always_on_https_only_with_a_health_check()
    {
        var template = await CompiledInfra.TemplateAsync();
        var site = template.Single("Microsoft.Web/sites");
        var config = site["properties"]!["siteConfig"]!;

        Assert.True((bool)site["properties"]!["httpsOnly"]!);
        Assert.Equal("DOTNETCORE|10.0", (string?)config["linuxFxVersion"]);
        Assert.True((bool)config["alwaysOn"]!);
        Assert.Equal("/healthz", (string?)config["healthCheckPath"]);
        Assert.Equal("1.2", (string?)config["minTlsVersion"]);
        Assert.Equal("Disabled", (string?)config["ftpsState"]);
        Assert.True((bool)template.Single("Microsoft.Web/serverfarms")["properties"]!["reserved"]!); // Linux plan
    }

    [Fact]
    public async Task Web_app_runs_as_the_user_assigned_identity()
    {
        var template = await CompiledInfra.TemplateAsync();
        var site = template.Single("Microsoft.Web/sites");
        template.Single("Microsoft.ManagedIdentity/userAssignedIdentities");

        Assert.Equal("UserAssigned", (string?)site["identity"]!["type"]);
        Assert.Single(site["identity"]!["userAssignedIdentities"]!.AsObject());
        var identityId = (string?)template.ModuleParameters("webApp")["identityId"]!["value"];
        Assert.Contains("Microsoft.ManagedIdentity/userAssignedIdentities", identityId);
    }

    [Fact]
    public async Task Storage_is_private_tls_1_2_https_only_with_soft_delete_and_the_bot_container()
    {
        var template = await CompiledInfra.TemplateAsync();
        var account = template.Single("Microsoft.Storage/storageAccounts");
        var properties = account["properties"]!;

        Assert.Equal("StorageV2", (string?)account["kind"]);
        Assert.False((bool)properties["allowBlobPublicAccess"]!);
        Assert.Equal("TLS1_2", (string?)properties["minimumTlsVersion"]);
        Assert.True((bool)properties["supportsHttpsTrafficOnly"]!);
        var softDelete = template.Single("Microsoft.Storage/storageAccounts/blobServices")["properties"]!["deleteRetentionPolicy"]!;
        Assert.True((bool)softDelete["enabled"]!);
        Assert.Contains("softDeleteRetentionDays", (string?)softDelete["days"]);
        Assert.Equal("coalitionbot", (string?)template.Root["variables"]!["containerName"]);
        Assert.Equal("[variables('containerName')]", (string?)template.ModuleParameters("storage")["containerName"]!["value"]);
        template.Single("Microsoft.Storage/storageAccounts/blobServices/containers");
    }

    [Fact]
    public async Task Identity_is_storage_blob_data_contributor_on_the_account()
    {
        var template = await CompiledInfra.TemplateAsync();
        var assignment = template.Single("Microsoft.Authorization/roleAssignments");
        var role = template.WithVariables(assignment, (string?)assignment["properties"]!["roleDefinitionId"]);

        Assert.Equal($"[subscriptionResourceId('Microsoft.Authorization/roleDefinitions', '{BlobDataContributorRoleId}')]", role);
        Assert.Equal("ServicePrincipal", (string?)assignment["properties"]!["principalType"]);
        Assert.Contains("Microsoft.Storage/storageAccounts", (string?)assignment["scope"]);
        Assert.Contains("principalId", (string?)template.ModuleParameters("storage")["dataContributorPrincipalId"]!["value"]);
    }

    [Fact]
    public async Task Bot_authenticates_as_the_managed_identity_and_has_the_teams_channel()
    {
        var template = await CompiledInfra.TemplateAsync();
        var bot = template.Single("Microsoft.BotService/botServices");
        var channel = template.Single("Microsoft.BotService/botServices/channels");
        var parameters = template.ModuleParameters("bot");

        Assert.Equal("azurebot", (string?)bot["kind"]);
        Assert.Equal("UserAssignedMSI", (string?)bot["properties"]!["msaAppType"]);
        Assert.Contains(".clientId", (string?)parameters["identityClientId"]!["value"]);
        Assert.Contains("Microsoft.ManagedIdentity/userAssignedIdentities", (string?)parameters["identityResourceId"]!["value"]);
        Assert.Contains(".tenantId", (string?)parameters["identityTenantId"]!["value"]);
        Assert.Contains("/api/messages", (string?)parameters["messagingEndpoint"]!["value"]);
        Assert.Equal("MsTeamsChannel", (string?)channel["properties"]!["channelName"]);
        Assert.True((bool)channel["properties"]!["properties"]!["isEnabled"]!);
    }

    [Fact]
    public async Task Bot_sku_is_free_by_default_and_standard_on_request()
    {
        var template = await CompiledInfra.TemplateAsync();
        var sku = template.Root["parameters"]!["botSku"]!;

        Assert.Equal("F0", (string?)sku["defaultValue"]);
        Assert.Equal(["F0", "S1"], sku["allowedValues"]!.AsArray().Select(value => (string?)value));
    }

    [Fact]
    public async Task Application_insights_keeps_its_data_in_the_log_analytics_workspace()
    {
        var template = await CompiledInfra.TemplateAsync();
        template.Single("Microsoft.OperationalInsights/workspaces");
        var insights = template.Single("Microsoft.Insights/components");

        Assert.Contains("Microsoft.OperationalInsights/workspaces", (string?)insights["properties"]!["WorkspaceResourceId"]);
    }

    [Theory]
    [InlineData("webAppHostName")]
    [InlineData("botId")]
    [InlineData("storageAccountName")]
    public async Task Deployment_outputs_what_the_readme_steps_need(string output)
    {
        var template = await CompiledInfra.TemplateAsync();

        Assert.IsType<JsonObject>(template.Root["outputs"]![output]);
    }
}
