using CoalitionBot.Tests.Summaries;
using SkiaSharp;

namespace CoalitionBot.Tests.Infrastructure;

/// <summary>
/// The test assembly run as a program, for tests that need a process of their own (SkiaSharp finds the machine's fonts
/// once per process): <c>dotnet CoalitionBot.Tests.dll draw-charts FOLDER</c> writes <see cref="ChartGallery"/>'s charts
/// there as PNGs and prints the font families SkiaSharp found. The test runner never calls it.
/// </summary>
internal static class TestAssemblyProgram
{
    public const string DrawCharts = "draw-charts";

    public static int Main(string[] args)
    {
        if (args is not [DrawCharts, var folder])
        {
            Console.Error.WriteLine($"Usage: dotnet CoalitionBot.Tests.dll {DrawCharts} FOLDER");
            return 2;
        }
        foreach (var (name, png) in ChartGallery.Draw()) File.WriteAllBytes(Path.Combine(folder, name + ".png"), png);
        Console.WriteLine(string.Join('\n', SKFontManager.Default.FontFamilies.Where(family => family.Length > 0)));
        return 0;
    }
}
