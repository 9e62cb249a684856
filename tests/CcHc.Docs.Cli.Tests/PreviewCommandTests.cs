namespace CcHc.Docs.Cli.Tests;

public sealed class PreviewCommandTests
{
    [Fact]
    public async Task Without_libreoffice_names_the_package_and_exits_2()
    {
        using var folder = new TempFolder();
        var plan = folder.CopyExample(Repository.RenderablePlan);

        var result = await Cli.RunAsync(["preview", plan], terminal: false, path: folder.Path);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("apt-get install libreoffice-writer-nogui", result.Error, StringComparison.Ordinal);
        Assert.Single(Directory.GetFiles(folder.Path));
    }

    [Fact]
    public async Task Png_without_pdftoppm_names_poppler()
    {
        using var folder = new TempFolder();
        var plan = folder.CopyExample(Repository.RenderablePlan);
        var bin = folder.File("bin");
        Directory.CreateDirectory(bin);
        File.WriteAllText(Path.Combine(bin, "soffice"), "");

        var result = await Cli.RunAsync(["preview", plan, "-o", folder.File("trang.png")], terminal: false, path: bin);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("poppler-utils", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Other_extensions_are_bad_usage()
    {
        var result = await Cli.RunAsync("preview", Repository.Example(Repository.RenderablePlan), "-o", "xem.html");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(".pdf or a .png", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Converts_to_pdf_and_png_with_libreoffice()
    {
        if (!LibreOfficeAvailable())
        {
            return; // Not installed here; CI sets CCHC_REQUIRE_LIBREOFFICE=1 and installs it.
        }
        using var folder = new TempFolder();
        var plan = folder.CopyExample(Repository.RenderablePlan, "ke-hoach.yaml");

        var pdf = await Cli.RunAsync("preview", plan);
        var png = await Cli.RunAsync("preview", plan, "-o", folder.File("trang-dau.png"));

        Assert.True(pdf.ExitCode == 0, pdf.ToString());
        Assert.Equal("%PDF"u8.ToArray(), File.ReadAllBytes(folder.File("ke-hoach.pdf"))[..4]);
        Assert.True(png.ExitCode == 0, png.ToString());
        Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }, File.ReadAllBytes(folder.File("trang-dau.png"))[..4]);
        Assert.Equal(["ke-hoach.pdf", "ke-hoach.yaml", "trang-dau.png"], Directory.GetFiles(folder.Path).Select(Path.GetFileName).Order());
    }

    private static bool LibreOfficeAvailable()
    {
        var path = Environment.GetEnvironmentVariable("PATH") ?? "";
        var found = path.Split(Path.PathSeparator).Any(d => File.Exists(Path.Combine(d, "soffice")))
            && path.Split(Path.PathSeparator).Any(d => File.Exists(Path.Combine(d, "pdftoppm")));
        Assert.True(found || Environment.GetEnvironmentVariable("CCHC_REQUIRE_LIBREOFFICE") != "1",
            "CCHC_REQUIRE_LIBREOFFICE=1 but soffice or pdftoppm is not on PATH.");
        return found;
    }
}
