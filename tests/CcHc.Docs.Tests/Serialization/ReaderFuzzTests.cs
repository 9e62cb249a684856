using CcHc.Docs.Serialization;
using CcHc.Docs.Tests.Support;

namespace CcHc.Docs.Tests.Serialization;

/// <summary>
/// Mutated and truncated copies of a real plan must either read or fail with PlanReadException:
/// bad input never escapes as another exception type. Seeds are fixed, so a failure reproduces.
/// </summary>
public sealed class ReaderFuzzTests
{
    private static readonly string Yaml = File.ReadAllText(
        Path.Combine(RepositoryRoot.Path, "examples", "plans", "vinh-thong-cchc-2026.yaml"));

    private static readonly string Json = PlanWriter.WriteJson(PlanReader.ReadYaml(Yaml));

    private const string Noise = "[]{}:,-#&*!|>'\"%@` \n\t?\u00A0ệ\\0\u0001\uD800";

    public static TheoryData<int> Seeds()
    {
        var data = new TheoryData<int>();
        for (var seed = 0; seed < 40; seed++)
        {
            data.Add(seed);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Mutated_yaml_reads_or_fails_with_a_located_error(int seed) =>
        AssertReadsOrFailsCleanly(Mutate(Yaml, seed), text => PlanReader.ReadYaml(text, "fuzz.yaml"));

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Mutated_json_reads_or_fails_with_a_located_error(int seed) =>
        AssertReadsOrFailsCleanly(Mutate(Json, seed), text => PlanReader.ReadJson(text, "fuzz.json"));

    private static void AssertReadsOrFailsCleanly(string text, Action<string> read)
    {
        var error = Record.Exception(() => read(text));
        if (error is not null)
        {
            var located = Assert.IsType<PlanReadException>(error);
            Assert.All(located.Errors, e => Assert.True(e.Line >= 1 && e.Column >= 1, e.ToString()));
        }
    }

    private static string Mutate(string text, int seed)
    {
        var random = new Random(seed);
        var chars = new List<char>(text);
        if (seed % 4 == 0)
        {
            return text[..random.Next(text.Length)];
        }
        for (var i = 0; i < 1 + seed % 7; i++)
        {
            var at = random.Next(chars.Count);
            switch (random.Next(3))
            {
                case 0:
                    chars.Insert(at, Noise[random.Next(Noise.Length)]);
                    break;
                case 1:
                    chars.RemoveAt(at);
                    break;
                default:
                    chars[at] = Noise[random.Next(Noise.Length)];
                    break;
            }
        }
        return new string(chars.ToArray());
    }
}
