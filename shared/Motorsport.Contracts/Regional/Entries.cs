namespace Motorsport.Contracts.Regional;

/// <summary>
/// Full state of one entry. <see cref="CarModelCode"/> is the car's model when the entry was last changed;
/// <see cref="Status"/> is Entered or Withdrawn. <see cref="DriverIds"/> are in the order the team nominated them.
/// </summary>
public sealed record EntryState(
    Guid EventId,
    Guid TeamId,
    Guid CarId,
    string CarModelCode,
    int CarNumber,
    string Class,
    IReadOnlyList<Guid> DriverIds,
    string Status,
    DateTime? WithdrawnAtUtc,
    string? WithdrawalReason);

/// <summary>Published by a region on every change of an entry, its withdrawal included.</summary>
public sealed record EntryChanged(string Region, Guid EntryId, long Version, EntryState State, DateTime ChangedAtUtc) : IRegionalChange<EntryState>
{
    Guid IRegionalChange.Id => EntryId;
}
