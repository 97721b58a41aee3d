namespace CoalitionBot.Infra.Tests.Teams;

/// <summary>The two icons have the sizes Teams requires, and the outline icon is white on transparent.</summary>
public sealed class IconTests
{
    private static PngImage Color => PngImage.Read(TeamsAppFiles.PathOf("color.png"));
    private static PngImage Outline => PngImage.Read(TeamsAppFiles.PathOf("outline.png"));

    [Fact]
    public void Color_icon_is_192_by_192()
    {
        Assert.Equal((192, 192), (Color.Width, Color.Height));
    }

    [Fact]
    public void Outline_icon_is_32_by_32_with_an_alpha_channel()
    {
        var outline = Outline;

        Assert.Equal((32, 32), (outline.Width, outline.Height));
        Assert.Equal(PngImage.ColorTypeRgba, outline.ColorType);
    }

    [Fact]
    public void Outline_icon_has_a_transparent_background()
    {
        var outline = Outline;

        foreach (var (x, y) in new[] { (0, 0), (31, 0), (0, 31), (31, 31) })
            Assert.Equal(0, outline.Pixel(x, y).A);
    }

    [Fact]
    public void Outline_icon_draws_only_in_white_and_draws_something()
    {
        var outline = Outline;
        var visible = outline.Coordinates().Select(p => outline.Pixel(p.X, p.Y)).Where(pixel => pixel.A > 0).ToList();

        Assert.True(visible.Count > 32, "the outline icon is (nearly) empty");
        Assert.All(visible, pixel => Assert.True(pixel is { R: 255, G: 255, B: 255 }, $"pixel {pixel} is not white"));
    }

    [Fact]
    public void Manifest_names_both_icons()
    {
        var icons = TeamsAppFiles.Parse(TeamsAppFiles.ManifestTemplate())["icons"]!;

        Assert.Equal("color.png", (string?)icons["color"]);
        Assert.Equal("outline.png", (string?)icons["outline"]);
    }
}
