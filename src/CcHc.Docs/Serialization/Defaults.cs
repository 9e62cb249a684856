using CcHc.Docs.Plans;

namespace CcHc.Docs.Serialization;

/// <summary>
/// Model instances holding every default, so that the reader fills in and the writer leaves out exactly
/// the model's own defaults, without repeating them here.
/// </summary>
internal static class Defaults
{
    public static readonly Letterhead Letterhead = new() { Issuer = "", Place = "" };
    public static readonly DocumentTitle Title = new() { Summary = "" };
    public static readonly Section Section = new();
    public static readonly Closing Closing = new() { Text = "" };
    public static readonly Appendix Appendix = new() { Title = "" };
    public static readonly AppendixTable AppendixTable = new();

    // Last: static fields initialise in order, and this one uses those above.
    public static readonly Plan Plan = new() { Letterhead = Letterhead, Title = Title, Signature = new() { Name = "" } };
}
