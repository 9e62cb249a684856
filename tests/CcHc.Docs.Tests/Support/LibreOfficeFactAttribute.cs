namespace CcHc.Docs.Tests.Support;

/// <summary>
/// A fact that needs LibreOffice (soffice). It is skipped, with a message saying how to install it,
/// when soffice is not on PATH — unless CCHC_REQUIRE_LIBREOFFICE=1 (set by CI), in which case it
/// runs and fails, so a CI machine without LibreOffice cannot pass silently.
/// </summary>
public sealed class LibreOfficeFactAttribute : FactAttribute
{
    public const string SkipMessage = "LibreOffice not installed: apt-get install libreoffice-writer-nogui";

    public LibreOfficeFactAttribute()
    {
        if (!LibreOffice.IsRequired && LibreOffice.Executable is null)
        {
            Skip = SkipMessage;
        }
    }
}
