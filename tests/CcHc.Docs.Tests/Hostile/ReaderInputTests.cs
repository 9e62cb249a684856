using System.Text;
using CcHc.Docs.Serialization;
using CcHc.Docs.Tests.Support;

namespace CcHc.Docs.Tests.Hostile;

/// <summary>
/// Issue 15, defects 5 and 8 at the library level: <see cref="PlanReader.ReadFile"/> refuses what is not a regular
/// file before opening it, limits the bytes it actually reads (not the length a file claims), and names UTF-16.
/// </summary>
public sealed class ReaderInputTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("cchc-reader-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void A_link_to_a_device_is_refused_before_reading()
    {
        if (!File.Exists("/dev/zero"))
        {
            return;
        }
        var plan = Path.Combine(_folder, "ke-hoach.yaml");
        File.CreateSymbolicLink(plan, "/dev/zero");

        var error = Assert.Throws<PlanReadException>(() => PlanReader.ReadFile(plan));

        Assert.Contains("a device, not a regular file", Assert.Single(error.Errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_size_limit_counts_what_is_read_not_the_length_the_file_claims()
    {
        // Files in /proc claim a length of 0 and still hold text.
        const string proc = "/proc/self/maps";
        if (!File.Exists(proc) || new FileInfo(proc).Length != 0)
        {
            return;
        }
        var plan = Path.Combine(_folder, "ke-hoach.yaml");
        File.CreateSymbolicLink(plan, proc);

        var error = Assert.Throws<PlanReadException>(() => PlanReader.ReadFile(plan, new PlanReaderOptions { MaxBytes = 16 }));

        Assert.Contains("larger than the limit of 16 bytes", Assert.Single(error.Errors).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(false, true)]
    [InlineData(true, true)]
    [InlineData(false, false)]
    public void A_utf16_file_is_named_as_utf16(bool bigEndian, bool byteOrderMark)
    {
        var plan = Path.Combine(_folder, "ke-hoach.yaml");
        var yaml = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "examples", "plans", "vinh-thong-cchc-2026.yaml"));
        File.WriteAllText(plan, yaml, new UnicodeEncoding(bigEndian, byteOrderMark));

        var error = Assert.Throws<PlanReadException>(() => PlanReader.ReadFile(plan));

        var problem = Assert.Single(error.Errors);
        Assert.Contains("UTF-16 is not supported, save it as UTF-8", problem.Message, StringComparison.Ordinal);
        Assert.Equal(1, problem.Line);
    }

    [Fact]
    public void Vietnamese_utf8_is_not_mistaken_for_utf16()
    {
        var plan = Path.Combine(_folder, "ke-hoach.yaml");
        File.Copy(Path.Combine(RepositoryRoot.Path, "examples", "plans", "vinh-thong-cchc-2026.yaml"), plan);

        Assert.NotNull(PlanReader.ReadFile(plan));
    }
}
