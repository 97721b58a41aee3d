// Draws the Teams app icons: three overlapping circles, the partners of a coalition.
//   color.png   192x192, coloured circles on the accent colour (the manifest's accentColor)
//   outline.png  32x32, white rings on a transparent background, as Teams requires
// Run from the repository root: dotnet run infra/teams/make-icons.cs
// Plain .NET (zlib and a CRC-32), so anyone can redraw the icons without an image library.
using System.IO.Compression;

var folder = Path.GetDirectoryName(Path.GetFullPath("infra/teams/manifest.json"))!;

// Accent #1F5C7A behind coral, yellow and green discs, each partly see-through where they overlap.
var accent = new Rgba(0x1F, 0x5C, 0x7A, 1);
Rgba[] partners = [new(0xF2, 0x8C, 0x6B, 0.9), new(0xF6, 0xC7, 0x44, 0.9), new(0x7B, 0xC4, 0x7F, 0.9)];
Png.Write(Path.Combine(folder, "color.png"), 192, (x, y) =>
{
    var pixel = accent;
    for (var i = 0; i < 3; i++)
        pixel = pixel.Under(partners[i], Shapes.DiscCoverage(x, y, Shapes.Centre(i, 96, 102, 26), 38));
    return pixel;
});

// White rings, 2 px wide, on nothing.
Png.Write(Path.Combine(folder, "outline.png"), 32, (x, y) =>
{
    var coverage = Enumerable.Range(0, 3).Max(i => Shapes.RingCoverage(x, y, Shapes.Centre(i, 16, 17.5, 6), 8.5, 2));
    return new Rgba(0xFF, 0xFF, 0xFF, coverage);
});
Console.WriteLine($"Wrote color.png and outline.png in {folder}");

/// <summary>A colour with straight (not premultiplied) alpha between 0 and 1.</summary>
record struct Rgba(double R, double G, double B, double A)
{
    /// <summary>This colour with <paramref name="top"/> painted over it at <paramref name="coverage"/> of the pixel.</summary>
    public Rgba Under(Rgba top, double coverage)
    {
        var a = top.A * coverage;
        return new(R + (top.R - R) * a, G + (top.G - G) * a, B + (top.B - B) * a, A + (1 - A) * a);
    }
}

static class Shapes
{
    private const int Samples = 4; // 4x4 samples per pixel smooth the edges

    /// <summary>Centre of circle <paramref name="index"/> of three, set in a triangle around (cx, cy), first at the top.</summary>
    public static (double X, double Y) Centre(int index, double cx, double cy, double distance)
    {
        var angle = -Math.PI / 2 + index * 2 * Math.PI / 3;
        return (cx + distance * Math.Cos(angle), cy + distance * Math.Sin(angle));
    }

    public static double DiscCoverage(int x, int y, (double X, double Y) centre, double radius) =>
        Coverage(x, y, (px, py) => Distance(px, py, centre) <= radius);

    public static double RingCoverage(int x, int y, (double X, double Y) centre, double radius, double width) =>
        Coverage(x, y, (px, py) => Math.Abs(Distance(px, py, centre) - radius) <= width / 2);

    private static double Coverage(int x, int y, Func<double, double, bool> inside)
    {
        var hits = 0;
        for (var i = 0; i < Samples; i++)
            for (var j = 0; j < Samples; j++)
                if (inside(x + (i + 0.5) / Samples, y + (j + 0.5) / Samples)) hits++;
        return hits / (double)(Samples * Samples);
    }

    private static double Distance(double x, double y, (double X, double Y) centre) =>
        Math.Sqrt((x - centre.X) * (x - centre.X) + (y - centre.Y) * (y - centre.Y));
}

/// <summary>Writes a square 8-bit RGBA PNG (colour type 6), unfiltered, one IDAT chunk.</summary>
static class Png
{
    public static void Write(string path, int size, Func<int, int, Rgba> pixelAt)
    {
        var raw = new MemoryStream();
        for (var y = 0; y < size; y++)
        {
            raw.WriteByte(0); // filter: none
            for (var x = 0; x < size; x++)
            {
                var p = pixelAt(x, y);
                raw.Write([Byte(p.R), Byte(p.G), Byte(p.B), (byte)Math.Round(p.A * 255)]);
            }
        }

        var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.SmallestSize, leaveOpen: true))
            raw.WriteTo(zlib);

        using var file = File.Create(path);
        file.Write([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]);
        var header = new byte[13];
        BigEndian(header, 0, size);
        BigEndian(header, 4, size);
        header[8] = 8; // bits per channel
        header[9] = 6; // RGBA
        Chunk(file, "IHDR", header);
        Chunk(file, "IDAT", compressed.ToArray());
        Chunk(file, "IEND", []);
    }

    private static byte Byte(double channel) => (byte)Math.Round(Math.Clamp(channel, 0, 255));

    private static void Chunk(Stream file, string type, byte[] data)
    {
        var typeAndData = new byte[4 + data.Length];
        for (var i = 0; i < 4; i++) typeAndData[i] = (byte)type[i];
        data.CopyTo(typeAndData, 4);
        var length = new byte[4];
        BigEndian(length, 0, data.Length);
        var crc = new byte[4];
        BigEndian(crc, 0, (int)Crc32(typeAndData));
        file.Write(length);
        file.Write(typeAndData);
        file.Write(crc);
    }

    private static void BigEndian(byte[] buffer, int offset, int value)
    {
        for (var i = 0; i < 4; i++) buffer[offset + i] = (byte)(value >> (24 - 8 * i));
    }

    // The PNG chunk checksum (CRC-32, polynomial 0xEDB88320), bit by bit: icons are tiny.
    private static uint Crc32(byte[] bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++) crc = (crc & 1) != 0 ? 0xEDB88320u ^ (crc >> 1) : crc >> 1;
        }
        return ~crc;
    }
}
