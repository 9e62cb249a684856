using CcHc.Docs.Plans;

namespace CcHc.Docs.Serialization;

/// <summary>
/// Writes a <see cref="Plan"/> in the file format that <see cref="PlanReader"/> reads: deterministic, with
/// every default left out, block-style YAML or indented JSON, UTF-8 text with Vietnamese letters as they are.
/// </summary>
/// <remarks>
/// Reading back what was written gives an equal plan for any plan whose text is in NFC and free of control
/// characters (other than tab, line feed and carriage return), and whose authority lines read back as
/// themselves (<see cref="AuthorityLine.Parse"/> of <see cref="AuthorityLine.ToString"/>).
/// </remarks>
public static class PlanWriter
{
    /// <summary>The plan as YAML.</summary>
    /// <param name="plan">The plan.</param>
    /// <param name="schema">When given, a first line <c># yaml-language-server: $schema=…</c> pointing editors at the schema,
    /// e.g. "../../schemas/plan.schema.json".</param>
    public static string WriteYaml(Plan plan, string? schema = null) =>
        YamlEmitter.Write(PlanTreeWriter.Write(plan, schema: null), schema is null ? null : $"yaml-language-server: $schema={schema}");

    /// <summary>The plan as JSON.</summary>
    /// <param name="plan">The plan.</param>
    /// <param name="schema">When given, written as the first property, <c>"$schema"</c>.</param>
    public static string WriteJson(Plan plan, string? schema = null) =>
        JsonEmitter.Write(PlanTreeWriter.Write(plan, schema));
}
