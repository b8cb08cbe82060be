using System.Text.RegularExpressions;
using Motorsport.Contracts.Regional;

namespace Motorsport.Headquarters.Insights;

/// <summary>One kind of regional fact: the change record regions publish, the state it carries, and the read model's name for it.</summary>
public sealed record RegionalKind(Type Change, Type State, string Name);

/// <summary>
/// Every kind of regional fact, found once in the contracts: each record implementing <see cref="IRegionalChange{TState}"/>
/// is consumed (<see cref="RegionalChangeConsumer{TChange, TState}"/>) and stored under a name made from its type,
/// <c>SessionResultsChanged</c> as <c>session-results</c>, so adding a kind adds no case here.
/// </summary>
public static partial class RegionalKinds
{
    public static IReadOnlyList<RegionalKind> All { get; } =
    [
        .. typeof(IRegionalChange).Assembly.GetTypes()
            .Where(type => type is { IsClass: true, IsAbstract: false } && type.IsAssignableTo(typeof(IRegionalChange)))
            .Select(type => new RegionalKind(type, StateOf(type), NameOf(type)))
            .OrderBy(kind => kind.Name, StringComparer.Ordinal),
    ];

    private static readonly Dictionary<Type, string> ByState = All.ToDictionary(kind => kind.State, kind => kind.Name);

    /// <summary>The name the read model stores facts carrying <typeparamref name="TState"/> under.</summary>
    public static string Of<TState>() => Of(typeof(TState));

    public static string Of(Type state) =>
        ByState.TryGetValue(state, out var name) ? name : throw new ArgumentException($"No regional change carries {state.Name}.", nameof(state));

    private static Type StateOf(Type change) =>
        change.GetInterfaces().Single(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IRegionalChange<>)).GetGenericArguments()[0];

    private static string NameOf(Type change) =>
        WordStart().Replace(change.Name[..^"Changed".Length], "-$1").ToLowerInvariant();

    [GeneratedRegex("(?<!^)([A-Z])")]
    private static partial Regex WordStart();
}
