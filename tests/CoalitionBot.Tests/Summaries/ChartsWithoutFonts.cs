using System.Diagnostics;
using CoalitionBot.Tests.Infrastructure;

namespace CoalitionBot.Tests.Summaries;

/// <summary>
/// <see cref="ChartGallery"/> drawn in a child process that sees no fonts of the machine, as on an image without any.
/// SkiaSharp's Linux build (NoDependencies) reads the fonts under /usr/share/fonts itself, not through fontconfig, so the
/// child gets a private mount namespace (unshare) with an empty folder mounted there; the machine's own fonts stay.
/// </summary>
internal static class ChartsWithoutFonts
{
    private const string FontFolder = "/usr/share/fonts";

    /// <summary>The charts, and the font families the child still found (none, when the hiding worked).</summary>
    public static async Task<(IReadOnlyDictionary<string, byte[]> Charts, IReadOnlyList<string> FontFamilies)> DrawAsync()
    {
        var folder = Directory.CreateTempSubdirectory("coalitionbot-charts-").FullName;
        try
        {
            var hide = $"if [ -d {FontFolder} ]; then mount -t tmpfs no-fonts {FontFolder}; fi && exec \"$@\"";
            var start = new ProcessStartInfo("unshare")
            {
                ArgumentList = { "--user", "--map-root-user", "--mount", "sh", "-c", hide, "hide-fonts",
                    "dotnet", typeof(TestAssemblyProgram).Assembly.Location, TestAssemblyProgram.DrawCharts, folder },
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            using var child = Process.Start(start)!;
            var output = child.StandardOutput.ReadToEndAsync();
            var errors = child.StandardError.ReadToEndAsync();
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
            try { await child.WaitForExitAsync(timeout.Token); }
            catch (OperationCanceledException) { child.Kill(entireProcessTree: true); throw new TimeoutException("Drawing the charts without the machine's fonts took over a minute."); }
            if (child.ExitCode != 0)
                throw new InvalidOperationException($"Drawing the charts without the machine's fonts failed ({child.ExitCode}); it needs a private mount namespace (util-linux unshare):\n{await errors}");
            var charts = Directory.GetFiles(folder, "*.png").ToDictionary(path => Path.GetFileNameWithoutExtension(path), File.ReadAllBytes);
            return (charts, (await output).Split('\n', StringSplitOptions.RemoveEmptyEntries));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
