namespace CcHc.Docs.IO;

/// <summary>
/// Where a relationship's target points inside a .docx zip: the entry name ("word/styles.xml") for a target that is
/// relative to its source part's folder ("styles.xml", "../media/x.png") or absolute ("/word/styles.xml").
/// Shared by the importer's and the Word templates' package readers.
/// </summary>
internal static class PackagePartName
{
    /// <summary>Resolves <paramref name="target"/> against <paramref name="folder"/> ("word/", with its slash, or "").</summary>
    public static string Resolve(string folder, string target)
    {
        var path = target.StartsWith('/') ? target[1..] : folder + target;
        var parts = new List<string>();
        foreach (var segment in path.Split('/'))
        {
            if (segment == "..")
            {
                if (parts.Count > 0)
                {
                    parts.RemoveAt(parts.Count - 1);
                }
            }
            else if (segment is not ("." or ""))
            {
                parts.Add(segment);
            }
        }
        return string.Join('/', parts);
    }
}
