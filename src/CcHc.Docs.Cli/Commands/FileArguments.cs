using System.CommandLine;

namespace CcHc.Docs.Cli.Commands;

/// <summary>Makes file arguments refuse values that look like options, so a mistyped option is a usage error, not a missing file.</summary>
internal static class FileArguments
{
    public static Argument<T> RejectOptionLikeValues<T>(this Argument<T> argument)
    {
        argument.Validators.Add(result =>
        {
            foreach (var token in result.Tokens)
            {
                if (token.Value.Length > 1 && token.Value[0] == '-')
                {
                    result.AddError($"Unrecognized option '{token.Value}'.");
                }
            }
        });
        return argument;
    }
}
