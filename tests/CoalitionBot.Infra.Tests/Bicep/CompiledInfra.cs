using System.Text.Json.Nodes;
using CoalitionBot.Infra.Tests.Infrastructure;

namespace CoalitionBot.Infra.Tests.Bicep;

/// <summary>
/// infra/main.bicep built, linted and its example parameters built, each once for all tests
/// (the Bicep CLI takes a few seconds to start).
/// </summary>
public static class CompiledInfra
{
    public static string MainBicep => Path.Combine(RepositoryPaths.Infra, "main.bicep");

    public static string MainParameters => Path.Combine(RepositoryPaths.Infra, "main.bicepparam");

    private static readonly Lazy<Task<ProcessResult>> BuildResult = new(() => BicepCli.RunAsync("build", MainBicep, "--stdout"));
    private static readonly Lazy<Task<ProcessResult>> LintResult = new(() => BicepCli.RunAsync("lint", MainBicep));
    private static readonly Lazy<Task<ProcessResult>> ParametersResult = new(() => BicepCli.RunAsync("build-params", MainParameters, "--stdout"));

    public static Task<ProcessResult> BuildAsync() => BuildResult.Value;

    public static Task<ProcessResult> LintAsync() => LintResult.Value;

    public static Task<ProcessResult> BuildParametersAsync() => ParametersResult.Value;

    /// <summary>The ARM template main.bicep compiles to.</summary>
    public static async Task<ArmTemplate> TemplateAsync()
    {
        var build = await BuildAsync();
        Assert.True(build.ExitCode == 0, $"bicep build failed: {build}");
        return new ArmTemplate(JsonNode.Parse(build.StandardOutput)!.AsObject());
    }
}
