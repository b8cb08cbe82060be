namespace Motorsport.Contracts.Catalog;

/// <summary>Full state of one catalogue car model, as headquarters last saved it.</summary>
public sealed record CarModelState(
    string Code,
    string Name,
    string Category,
    string Generation,
    int ModelYear,
    string Engine,
    int PowerKw,
    DateOnly? HomologationValidUntil,
    string Status);

/// <summary>
/// Published by headquarters on every change of a car model and again on a snapshot request.
/// Consumers keep the highest <see cref="Version"/> they have seen, so duplicates and
/// re-ordered deliveries are harmless.
/// </summary>
public sealed record CarModelChanged(Guid CarModelId, long Version, CarModelState State, DateTime ChangedAtUtc);
