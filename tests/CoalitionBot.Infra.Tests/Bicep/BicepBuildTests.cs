namespace CoalitionBot.Infra.Tests.Bicep;

/// <summary>The templates compile and lint without a single diagnostic, so warnings cannot pile up unnoticed.</summary>
public sealed class BicepBuildTests
{
    [Fact]
    public async Task Main_bicep_builds_without_errors_or_warnings()
    {
        var build = await CompiledInfra.BuildAsync();

        Assert.True(build.ExitCode == 0, $"bicep build failed: {build}");
        Assert.True(BicepCli.Diagnostics(build).Count == 0, $"bicep build reported:\n{string.Join('\n', BicepCli.Diagnostics(build))}");
    }

    [Fact]
    public async Task Main_bicep_lints_without_errors_or_warnings()
    {
        var lint = await CompiledInfra.LintAsync();

        Assert.True(lint.ExitCode == 0, $"bicep lint failed: {lint}");
        Assert.True(BicepCli.Diagnostics(lint).Count == 0, $"bicep lint reported:\n{string.Join('\n', BicepCli.Diagnostics(lint))}");
    }

    [Fact]
    public async Task Example_parameters_file_matches_the_template()
    {
        var parameters = await CompiledInfra.BuildParametersAsync();

        Assert.True(parameters.ExitCode == 0, $"bicep build-params failed: {parameters}");
        Assert.True(BicepCli.Diagnostics(parameters).Count == 0, $"bicep build-params reported:\n{string.Join('\n', BicepCli.Diagnostics(parameters))}");
    }
}
