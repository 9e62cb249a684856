namespace CcHc.Docs.Serialization;

/// <summary>
/// The JSON Schema of the plan file format (schemas/plan.schema.json), embedded in the assembly so the tool can
/// write it beside a plan for editors (YAML and JSON completion and checks) without a network address.
/// </summary>
internal static class PlanSchema
{
    /// <summary>The file name editors look for beside the plans.</summary>
    public const string FileName = "plan.schema.json";

    private const string Resource = "CcHc.Docs.Schemas.plan.schema.json";

    /// <summary>The schema as UTF-8 bytes, exactly as in schemas/plan.schema.json.</summary>
    public static byte[] Bytes()
    {
        using var stream = typeof(PlanSchema).Assembly.GetManifestResourceStream(Resource)
            ?? throw new InvalidOperationException($"The resource {Resource} is missing from {typeof(PlanSchema).Assembly.GetName().Name}.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
