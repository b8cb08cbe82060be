using System.Diagnostics.CodeAnalysis;

namespace Motorsport.WebApp.Api;

/// <summary>A line of a refused timing export, as the import names it.</summary>
public sealed record ImportLine(int Line, string Reason);

/// <summary>
/// A refused or failed call, in words for the person: the ProblemDetails <c>detail</c> (or a sentence for a status that
/// has none), the field errors by field, the broken rule's id and, for an import, its line errors.
/// </summary>
public sealed record ApiProblem(int Status, string Message, IReadOnlyDictionary<string, string[]> Errors, string? Rule, IReadOnlyList<ImportLine> Lines)
{
    /// <summary>The errors of one field as the API names it (<c>carNumber</c>, <c>driverIds</c>), matched ignoring case.</summary>
    public string? For(string field) =>
        Errors.Where(e => string.Equals(e.Key, field, StringComparison.OrdinalIgnoreCase) || e.Key.StartsWith(field + "[", StringComparison.OrdinalIgnoreCase))
            .SelectMany(e => e.Value).ToList() is { Count: > 0 } messages
            ? string.Join(" ", messages.Distinct())
            : null;

    /// <summary>Errors of fields the form does not show next to a field of its own, so none is left unsaid.</summary>
    public IEnumerable<KeyValuePair<string, string[]>> Besides(IReadOnlyCollection<string> shownFields) =>
        Errors.Where(e => !shownFields.Any(f => string.Equals(e.Key, f, StringComparison.OrdinalIgnoreCase) || e.Key.StartsWith(f + "[", StringComparison.OrdinalIgnoreCase)))
            .Where(e => !e.Key.StartsWith("line ", StringComparison.Ordinal) || Lines.Count == 0);
}

public sealed record ApiResult<T>(T? Value, ApiProblem? Problem)
{
    [MemberNotNullWhen(true, nameof(Value))]
    [MemberNotNullWhen(false, nameof(Problem))]
    public bool Succeeded => Problem is null;
}
