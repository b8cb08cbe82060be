namespace Motorsport.Contracts.Regional;

/// <summary>
/// What a region publishes about one thing it owns: its full state at a version, and when that version was made.
/// Headquarters keeps the highest version per (region, kind, id), whatever the delivery order, and consumes every
/// implementation the same way: a new kind of regional fact is one record implementing <see cref="IRegionalChange{TState}"/>.
/// </summary>
/// <remarks>
/// Each record keeps its own name for the id (<c>TeamId</c>, <c>CarId</c>…) and implements <see cref="Id"/> explicitly,
/// so the message body and its type name on the wire are what they were: old and new regions and headquarters mix
/// freely during a rolling deploy.
/// </remarks>
public interface IRegionalChange
{
    string Region { get; }

    Guid Id { get; }

    long Version { get; }

    DateTime ChangedAtUtc { get; }
}

/// <inheritdoc cref="IRegionalChange"/>
public interface IRegionalChange<out TState> : IRegionalChange
{
    TState State { get; }
}
