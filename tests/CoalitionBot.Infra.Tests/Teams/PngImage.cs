using System.Buffers.Binary;
using System.IO.Compression;

namespace CoalitionBot.Infra.Tests.Teams;

/// <summary>
/// A PNG read just far enough to check the Teams icons: size, colour type, and the pixels of 8-bit,
/// non-interlaced greyscale, RGB and RGBA images (what icon tools write).
/// </summary>
public sealed class PngImage
{
    public const byte ColorTypeRgba = 6;

    private static readonly byte[] Signature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    private readonly byte[] _pixels;
    private readonly int _channels;

    private PngImage(int width, int height, byte colorType, int channels, byte[] pixels)
    {
        Width = width;
        Height = height;
        ColorType = colorType;
        _channels = channels;
        _pixels = pixels;
    }

    public int Width { get; }
    public int Height { get; }
    public byte ColorType { get; }

    /// <summary>Red, green, blue and alpha of a pixel (alpha 255 for images without an alpha channel).</summary>
    public (byte R, byte G, byte B, byte A) Pixel(int x, int y)
    {
        var i = (y * Width + x) * _channels;
        return _channels switch
        {
            1 => (_pixels[i], _pixels[i], _pixels[i], 255),
            2 => (_pixels[i], _pixels[i], _pixels[i], _pixels[i + 1]),
            3 => (_pixels[i], _pixels[i + 1], _pixels[i + 2], 255),
            _ => (_pixels[i], _pixels[i + 1], _pixels[i + 2], _pixels[i + 3]),
        };
    }

    public IEnumerable<(int X, int Y)> Coordinates() =>
        Enumerable.Range(0, Height).SelectMany(y => Enumerable.Range(0, Width).Select(x => (x, y)));

    public static PngImage Read(string path)
    {
        var bytes = File.ReadAllBytes(path);
        if (!bytes.AsSpan(0, 8).SequenceEqual(Signature)) throw new InvalidDataException($"{path} is not a PNG.");

        int width = 0, height = 0;
        byte bitDepth = 0, colorType = 0, interlace = 0;
        var data = new MemoryStream();
        for (var offset = 8; offset < bytes.Length;)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(offset));
            var type = System.Text.Encoding.ASCII.GetString(bytes, offset + 4, 4);
            var chunk = bytes.AsSpan(offset + 8, length);
            if (type == "IHDR")
            {
                width = BinaryPrimitives.ReadInt32BigEndian(chunk);
                height = BinaryPrimitives.ReadInt32BigEndian(chunk[4..]);
                (bitDepth, colorType, interlace) = (chunk[8], chunk[9], chunk[12]);
            }
            else if (type == "IDAT")
            {
                data.Write(chunk);
            }
            offset += 12 + length; // length, type, data, CRC
        }

        var channels = colorType switch { 0 => 1, 4 => 2, 2 => 3, 6 => 4, _ => 0 };
        if (bitDepth != 8 || channels == 0 || interlace != 0)
            throw new NotSupportedException($"{path}: only 8-bit, non-interlaced, non-palette PNGs are read here (depth {bitDepth}, colour type {colorType}).");

        data.Position = 0;
        using var zlib = new ZLibStream(data, CompressionMode.Decompress);
        var filtered = new MemoryStream();
        zlib.CopyTo(filtered);
        return new PngImage(width, height, colorType, channels, Unfilter(filtered.ToArray(), width, height, channels));
    }

    /// <summary>Undoes the per-row filters (none, sub, up, average, Paeth) of the PNG specification.</summary>
    private static byte[] Unfilter(byte[] filtered, int width, int height, int bytesPerPixel)
    {
        var stride = width * bytesPerPixel;
        var pixels = new byte[stride * height];
        for (var y = 0; y < height; y++)
        {
            var filter = filtered[y * (stride + 1)];
            var source = y * (stride + 1) + 1;
            var row = y * stride;
            for (var i = 0; i < stride; i++)
            {
                int left = i >= bytesPerPixel ? pixels[row + i - bytesPerPixel] : 0;
                int up = y > 0 ? pixels[row - stride + i] : 0;
                int upLeft = y > 0 && i >= bytesPerPixel ? pixels[row - stride + i - bytesPerPixel] : 0;
                var predictor = filter switch
                {
                    0 => 0,
                    1 => left,
                    2 => up,
                    3 => (left + up) / 2,
                    4 => Paeth(left, up, upLeft),
                    _ => throw new InvalidDataException($"Unknown PNG filter {filter}."),
                };
                pixels[row + i] = (byte)(filtered[source + i] + predictor);
            }
        }
        return pixels;
    }

    private static int Paeth(int a, int b, int c)
    {
        var p = a + b - c;
        int pa = Math.Abs(p - a), pb = Math.Abs(p - b), pc = Math.Abs(p - c);
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }
}
