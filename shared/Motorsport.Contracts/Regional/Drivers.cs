namespace Motorsport.Contracts.Regional;

/// <summary>Full state of one driver. <see cref="FiaGrade"/> is Platinum, Gold, Silver or Bronze; nationality an ISO 3166 alpha-2 code.</summary>
public sealed record DriverState(string FirstName, string LastName, string Nationality, DateOnly DateOfBirth, string FiaGrade);

/// <summary>Published by a region on every change of a driver.</summary>
public sealed record DriverChanged(string Region, Guid DriverId, long Version, DriverState State, DateTime ChangedAtUtc) : IRegionalChange<DriverState>
{
    Guid IRegionalChange.Id => DriverId;
}
