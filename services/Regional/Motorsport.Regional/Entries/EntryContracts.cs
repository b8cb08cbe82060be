using Motorsport.Contracts.Regional;
using System.ComponentModel.DataAnnotations;
using Motorsport.ServiceDefaults;

namespace Motorsport.Regional.Entries;

public sealed record CreateEntryRequest(
    [property: Required] Guid? EventId,
    [property: Required] Guid? TeamId,
    [property: Required] Guid? CarId,
    [property: Required, Range(0, 999)] int? CarNumber,
    [property: Required, StringLength(20, MinimumLength = 1)] string? Class,
    [property: Required, MinLength(1), MaxLength(4)] IReadOnlyList<Guid>? DriverIds);

/// <summary>The event and the team of an entry never change; a different team or event is a new entry.</summary>
public sealed record UpdateEntryRequest(
    [property: Required] Guid? CarId,
    [property: Required, Range(0, 999)] int? CarNumber,
    [property: Required, StringLength(20, MinimumLength = 1)] string? Class,
    [property: Required, MinLength(1), MaxLength(4)] IReadOnlyList<Guid>? DriverIds,
    [property: Required] long? Version) : IVersionedRequest;

public sealed record WithdrawEntryRequest([property: StringLength(500)] string? Reason, [property: Required] long? Version) : IVersionedRequest;

public sealed record EntryQuery(Guid? EventId, Guid? TeamId, Guid? DriverId, [property: EnumValue<EntryStatus>] string? Status);

public sealed record EntryResponse(
    Guid Id,
    Guid EventId,
    Guid TeamId,
    Guid CarId,
    string CarModelCode,
    int CarNumber,
    string Class,
    IReadOnlyList<Guid> DriverIds,
    EntryStatus Status,
    DateTime? WithdrawnAtUtc,
    string? WithdrawalReason,
    long Version,
    DateTime CreatedAtUtc,
    DateTime UpdatedAtUtc)
{
    public static EntryResponse From(Entry entry) => new(
        entry.Id, entry.EventId, entry.TeamId, entry.CarId, entry.CarModelCode, entry.CarNumber, entry.Class, entry.DriverIds, entry.Status,
        entry.WithdrawnAtUtc, entry.WithdrawalReason, entry.Version, entry.CreatedAtUtc, entry.UpdatedAtUtc);
}
