namespace CcHc.Docs.Cli;

/// <summary>The process exit codes of <c>cchc</c>, documented in docs/cli.md.</summary>
internal static class ExitCodes
{
    /// <summary>Everything worked.</summary>
    public const int Success = 0;

    /// <summary>A plan has errors: it cannot be read, fails validation, or a template fails on its data.</summary>
    public const int PlanErrors = 1;

    /// <summary>Bad usage or unreadable input: unknown option, missing file or folder, file exists without --force.</summary>
    public const int Usage = 2;

    /// <summary>Something outside the user's input failed: LibreOffice crashed or timed out, or an internal error.</summary>
    public const int Failure = 3;

    /// <summary>Cancelled with Ctrl+C (128 + SIGINT, as shells report it).</summary>
    public const int Cancelled = 130;

    /// <summary>The more serious of two exit codes, so that one bad plan among many still fails the run.</summary>
    public static int Worst(int a, int b) => Rank(a) >= Rank(b) ? a : b;

    private static int Rank(int code) => code switch
    {
        Success => 0,
        PlanErrors => 1,
        Usage => 2,
        Failure => 3,
        _ => 4,
    };
}
