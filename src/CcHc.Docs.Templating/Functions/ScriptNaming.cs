using System.Text;

namespace CcHc.Docs.Templating.Functions;

/// <summary>Turns .NET names into the snake_case names templates use (<c>RemoveFirst</c> → <c>remove_first</c>).</summary>
internal static class ScriptNaming
{
    /// <summary>
    /// Lower-cases <paramref name="name"/> and inserts <c>_</c> before an upper-case letter that follows a
    /// lower-case letter or a digit, or that starts a word after an acronym (<c>HTMLText</c> → <c>html_text</c>).
    /// </summary>
    public static string ToSnakeCase(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var builder = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (char.IsUpper(c))
            {
                if (i > 0)
                {
                    var previous = name[i - 1];
                    var nextIsLower = i + 1 < name.Length && char.IsLower(name[i + 1]);
                    if (char.IsLower(previous) || char.IsDigit(previous) || (char.IsUpper(previous) && nextIsLower))
                    {
                        builder.Append('_');
                    }
                }

                builder.Append(char.ToLowerInvariant(c));
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}
