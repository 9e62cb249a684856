using System.Reflection;

namespace CcHc.Docs.Cli.Starters;

/// <summary>The commented starter plans <c>cchc new</c> writes, embedded in this assembly (Starters/*.yaml).</summary>
internal static class StarterPlans
{
    private const string Prefix = "CcHc.Docs.Cli.Starters.";

    /// <summary>The kinds a starter exists for, e.g. "ke-hoach".</summary>
    public static IReadOnlyList<string> Kinds { get; } = typeof(StarterPlans).Assembly.GetManifestResourceNames()
        .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal) && n.EndsWith(".yaml", StringComparison.Ordinal))
        .Select(n => n[Prefix.Length..^".yaml".Length])
        .Order(StringComparer.Ordinal)
        .ToArray();

    /// <summary>The UTF-8 bytes of the starter for <paramref name="kind"/>.</summary>
    public static byte[] Read(string kind)
    {
        using var stream = typeof(StarterPlans).Assembly.GetManifestResourceStream(Prefix + kind + ".yaml")
            ?? throw new ArgumentException($"No starter plan of kind '{kind}'.", nameof(kind));
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
