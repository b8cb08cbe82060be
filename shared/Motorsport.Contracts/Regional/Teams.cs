namespace Motorsport.Contracts.Regional;

/// <summary>An entrant licence: the team may enter up to <see cref="CarsAllowed"/> cars per event of that series' season.</summary>
public sealed record EntrantLicenceState(Guid LicenceId, Guid SeriesId, Guid SeasonId, string Number, int CarsAllowed);

/// <summary>A member of a team's crew; <see cref="Role"/> is Engineer, Mechanic or TeamManager.</summary>
public sealed record TeamStaffMemberState(Guid StaffMemberId, string Name, string Role);

/// <summary>Full state of one customer team, with its licences and staff.</summary>
public sealed record TeamState(
    string Name,
    string Country,
    IReadOnlyList<EntrantLicenceState> Licences,
    IReadOnlyList<TeamStaffMemberState> Staff);

/// <summary>
/// Published by a region on every change of a team (its licences and staff included). Headquarters keeps the highest
/// <see cref="Version"/> per (<see cref="Region"/>, <see cref="TeamId"/>).
/// </summary>
public sealed record TeamChanged(string Region, Guid TeamId, long Version, TeamState State, DateTime ChangedAtUtc) : IRegionalChange<TeamState>
{
    Guid IRegionalChange.Id => TeamId;
}
