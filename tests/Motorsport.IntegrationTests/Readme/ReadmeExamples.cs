using System.Text;
using System.Text.RegularExpressions;

namespace Motorsport.IntegrationTests.Readme;

/// <summary>One <c>```bash</c> block of README.md: its first line's number, the <c>##</c> section it stands in, its text.</summary>
public sealed record ReadmeExample(int Line, string Section, IReadOnlyList<string> Lines);

/// <summary>
/// The README's runnable examples: every <c>```bash</c> block, in order. Blocks for other machines (a Kubernetes cluster,
/// a fresh checkout) are fenced <c>```sh</c> and are not run.
/// </summary>
public static partial class ReadmeExamples
{
    public static IReadOnlyList<ReadmeExample> Read(string readmePath)
    {
        var examples = new List<ReadmeExample>();
        var lines = File.ReadAllLines(readmePath);
        var section = "";
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].StartsWith("## ", StringComparison.Ordinal))
            {
                section = lines[i][3..].Trim();
            }

            var fence = BashFence().Match(lines[i]);
            if (!fence.Success)
            {
                continue;
            }

            // A block inside a list item is indented like its fence; the indentation is not part of the command.
            var indent = fence.Groups["indent"].Value.Length;
            var body = new List<string>();
            var start = i + 1;
            for (i++; i < lines.Length && lines[i].Trim() != "```"; i++)
            {
                body.Add(lines[i].Length >= indent && string.IsNullOrWhiteSpace(lines[i][..indent]) ? lines[i][indent..] : lines[i].TrimStart());
            }

            examples.Add(new ReadmeExample(start, section, body));
        }

        return examples;
    }

    /// <summary>
    /// One bash script of all examples in order, stopping at the first command that fails (an HTTP error counts: curl runs
    /// with <c>--fail-with-body</c>); the failing line is reported as its line in README.md.
    /// </summary>
    public static string Script(IReadOnlyList<ReadmeExample> examples, string gateway)
    {
        var script = new StringBuilder();
        var readmeLines = new List<int>();
        void Add(string line, int readmeLine)
        {
            script.Append(line).Append('\n');
            readmeLines.Add(readmeLine);
        }

        Add("set -Eeuo pipefail", 0);
        Add("curl() { command curl --fail-with-body --show-error \"$@\"; }", 0);
        Add("readme_line() { local lines=(README_LINES); echo \"${lines[$1 - 1]}\"; }", 0);
        Add("trap 'status=$?; echo \"README.md line $(readme_line $LINENO) failed (exit $status): $BASH_COMMAND\" >&2' ERR", 0);
        foreach (var example in examples)
        {
            Add($"echo '--- README.md line {example.Line} ({example.Section.Replace("'", "'\\''", StringComparison.Ordinal)})' >&2", example.Line - 1);
            for (var i = 0; i < example.Lines.Count; i++)
            {
                Add(example.Lines[i].Replace("http://127.0.0.1:5000", gateway, StringComparison.Ordinal), example.Line + i);
            }
        }

        return script.ToString().Replace("README_LINES", string.Join(' ', readmeLines), StringComparison.Ordinal);
    }

    [GeneratedRegex(@"^(?<indent>\s*)```bash\s*$")]
    private static partial Regex BashFence();
}
