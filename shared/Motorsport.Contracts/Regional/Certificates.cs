namespace Motorsport.Contracts.Regional;

/// <summary>
/// Full state of one training certificate: a person of a team's crew, certified in <see cref="Role"/> (Engineer, Mechanic
/// or TeamManager) on <see cref="CarModelCode"/> by passing course <see cref="CourseCode"/>. It counts from
/// <see cref="PassedOn"/> until the day before <see cref="ExpiresOn"/>, unless the region revoked it
/// (<see cref="RevokedOn"/>): a revoked certificate counts for nothing.
/// </summary>
public sealed record CertificateState(
    Guid TeamId,
    Guid StaffMemberId,
    string PersonName,
    string Role,
    string CarModelCode,
    string CourseCode,
    DateOnly PassedOn,
    DateOnly ExpiresOn,
    DateOnly? RevokedOn = null);

/// <summary>Published by a region when a certificate is issued (an enrolment passed) or revoked, and on a snapshot request.</summary>
public sealed record CertificateChanged(string Region, Guid CertificateId, long Version, CertificateState State, DateTime ChangedAtUtc) : IRegionalChange<CertificateState>
{
    Guid IRegionalChange.Id => CertificateId;
}
