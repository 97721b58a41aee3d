using System.IO.Compression;
using System.Text;

namespace CoalitionBot.Infra.Tests.Teams;

/// <summary>infra/teams/package.sh builds the zip Teams accepts: four files at the root, placeholders filled in.</summary>
public sealed class PackageScriptTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("coalitionbot-package-").FullName;

    private string ZipPath => Path.Combine(_folder, "out", "coalitionbot-teams.zip");

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Package_holds_exactly_the_manifest_strings_and_icons_at_its_root()
    {
        await PackageAsync();

        using var zip = ZipFile.OpenRead(ZipPath);
        Assert.Equal(TeamsAppFiles.PackagedFiles.Order(), zip.Entries.Select(entry => entry.FullName).Order());
    }

    [Fact]
    public async Task Package_manifest_is_the_template_with_bot_id_and_domain_filled_in()
    {
        await PackageAsync();

        using var zip = ZipFile.OpenRead(ZipPath);
        var manifest = Read(zip, "manifest.json");
        var parsed = TeamsAppFiles.Parse(manifest);
        Assert.Equal(TeamsAppFiles.FilledManifest(), manifest);
        Assert.DoesNotContain("{{", manifest);
        Assert.Equal(TeamsAppFiles.SampleBotId, (string?)parsed["bots"]![0]!["botId"]);
        Assert.Equal(TeamsAppFiles.SampleBotId, (string?)parsed["id"]);
        Assert.Equal(TeamsAppFiles.SampleBotDomain, (string?)parsed["validDomains"]![0]);
    }

    [Fact]
    public async Task Package_copies_strings_and_icons_unchanged()
    {
        await PackageAsync();

        using var zip = ZipFile.OpenRead(ZipPath);
        foreach (var file in new[] { "en.json", "color.png", "outline.png" })
            Assert.Equal(File.ReadAllBytes(TeamsAppFiles.PathOf(file)), ReadBytes(zip, file));
    }

    [Fact]
    public async Task Package_is_built_with_python_where_zip_is_not_installed()
    {
        var path = await PackageScript.ToolsWithoutZipAsync(Path.Combine(_folder, "bin"));

        await PackageAsync(path);

        using var zip = ZipFile.OpenRead(ZipPath);
        Assert.Equal(TeamsAppFiles.PackagedFiles.Order(), zip.Entries.Select(entry => entry.FullName).Order());
        Assert.Equal(TeamsAppFiles.FilledManifest(), Read(zip, "manifest.json"));
    }

    [Theory]
    [InlineData("not-a-guid")]
    [InlineData("6f1c7a3e2b4d4e8f9a0123456789abcd")]
    [InlineData("{6f1c7a3e-2b4d-4e8f-9a01-23456789abcd}")]
    [InlineData("6f1c7a3e-2b4d-4e8f-9a01-23456789abcd/x")]
    public async Task Bot_id_that_is_not_a_guid_is_rejected(string botId)
    {
        var result = await PackageScript.RunAsync([botId, TeamsAppFiles.SampleBotDomain, ZipPath]);

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("is not a GUID", result.StandardError);
        Assert.False(File.Exists(ZipPath));
    }

    [Theory]
    [InlineData("https://kansrijkestart-abc123.azurewebsites.net")]
    [InlineData("kansrijkestart-abc123.azurewebsites.net/api/messages")]
    [InlineData("localhost")]
    public async Task Bot_domain_that_is_not_a_host_name_is_rejected(string domain)
    {
        var result = await PackageScript.RunAsync([TeamsAppFiles.SampleBotId, domain, ZipPath]);

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("is not a host name", result.StandardError);
        Assert.False(File.Exists(ZipPath));
    }

    private async Task PackageAsync(string? searchPath = null)
    {
        var result = await PackageScript.RunAsync([TeamsAppFiles.SampleBotId, TeamsAppFiles.SampleBotDomain, ZipPath], searchPath);
        Assert.True(result.ExitCode == 0, $"package.sh failed: {result}");
        Assert.Equal(ZipPath, result.StandardOutput.Trim());
    }

    private static string Read(ZipArchive zip, string name) => Encoding.UTF8.GetString(ReadBytes(zip, name));

    private static byte[] ReadBytes(ZipArchive zip, string name)
    {
        using var stream = zip.GetEntry(name)!.Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
