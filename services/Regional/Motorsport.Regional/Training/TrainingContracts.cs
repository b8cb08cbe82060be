using Motorsport.Contracts.Catalog;
using System.ComponentModel.DataAnnotations;
using Motorsport.Regional.Teams;
using Motorsport.ServiceDefaults;

namespace Motorsport.Regional.Training;

/// <summary>The stable ids of the training rules; a refused request names one in its ProblemDetails' <c>rule</c>.</summary>
public static class TrainingRules
{
    public const string CourseNotActive = "course-not-active";
    public const string SessionFull = "session-full";
    public const string StaffRoleMismatch = "staff-role-mismatch";
    public const string IllegalTransition = "enrolment-transition";
    public const string SessionNotStarted = "session-not-started";
    public const string SessionNotFinished = "session-not-finished";
    public const string CertificateRevoked = "certificate-revoked";
    public const string StaffInTraining = "staff-in-training";
    public const string StaffRoleInUse = "staff-role-in-use";
    public const string SessionHasOutcomes = "session-has-outcomes";
}

/// <summary><see cref="Venue"/> defaults to the course's location and <see cref="Capacity"/> to the course's capacity.</summary>
public sealed record CreateSessionRequest(
    [property: Required, StringLength(40, MinimumLength = 1)] string? CourseCode,
    [property: Required, PlausibleDate] DateOnly? StartDate,
    [property: Required, PlausibleDate] DateOnly? EndDate,
    [property: StringLength(120, MinimumLength = 1)] string? Venue,
    [property: Required, StringLength(120, MinimumLength = 1)] string? Trainer,
    [property: Range(1, 200)] int? Capacity);

/// <summary>
/// Capacity may go below the seats already taken: those enrolled keep their seats, and new enrolments are refused. The dates
/// stay once anyone has attended or has an outcome (<see cref="SessionDates.MoveRefusal"/>).
/// </summary>
public sealed record UpdateSessionRequest(
    [property: Required, PlausibleDate] DateOnly? StartDate,
    [property: Required, PlausibleDate] DateOnly? EndDate,
    [property: Required, StringLength(120, MinimumLength = 1)] string? Venue,
    [property: Required, StringLength(120, MinimumLength = 1)] string? Trainer,
    [property: Required, Range(1, 200)] int? Capacity,
    [property: Required] long? Version) : IVersionedRequest;

/// <summary><see cref="From"/> and <see cref="To"/> select sessions overlapping that range of dates; <see cref="To"/> before <see cref="From"/> is a 400.</summary>
public sealed record SessionQuery([property: StringLength(40)] string? CourseCode, DateOnly? From, DateOnly? To);

public sealed record EnrolRequest([property: Required] Guid? TeamId, [property: Required] Guid? StaffMemberId);

public sealed record EnrolmentStatusRequest(
    [property: Required, EnumValue<EnrolmentStatus>] string? Status,
    [property: Required] long? Version) : IVersionedRequest;

public sealed record RevokeCertificateRequest(
    [property: Required, StringLength(300, MinimumLength = 1)] string? Reason,
    [property: Required] long? Version) : IVersionedRequest;

public sealed record EnrolmentQuery([property: EnumValue<EnrolmentStatus>] string? Status);

/// <summary><see cref="ExpiringWithinDays"/> is how close to its expiry a valid certificate counts as expiring soon (default 60).</summary>
public sealed record CertificateQuery([property: Range(0, 3650)] int? ExpiringWithinDays)
{
    public const int DefaultExpiringWithinDays = 60;
}

public sealed record SessionResponse(
    Guid Id,
    Guid CourseId,
    string CourseCode,
    string CourseTitle,
    string Role,
    string CarModelCode,
    DateOnly StartDate,
    DateOnly EndDate,
    string Venue,
    string Trainer,
    int Capacity,
    int SeatsTaken,
    long Version,
    DateTime UpdatedAtUtc)
{
    public static SessionResponse From(TrainingSession session) => new(
        session.Id, session.CourseId, session.Course.Code, session.Course.Title, session.Course.Role, session.Course.CarModelCode,
        session.StartDate, session.EndDate, session.Venue, session.Trainer, session.Capacity, session.SeatsTaken, session.Version, session.UpdatedAtUtc);
}

/// <summary><see cref="CertificateId"/> is set once the enrolment has passed.</summary>
public sealed record EnrolmentResponse(
    Guid Id,
    Guid SessionId,
    Guid TeamId,
    Guid StaffMemberId,
    string PersonName,
    EnrolmentStatus Status,
    Guid? CertificateId,
    long Version,
    DateTime CreatedAtUtc,
    DateTime UpdatedAtUtc)
{
    public static EnrolmentResponse From(Enrolment enrolment) => new(
        enrolment.Id, enrolment.SessionId, enrolment.TeamId, enrolment.StaffMemberId, enrolment.PersonName, enrolment.Status, enrolment.Certificate?.Id,
        enrolment.Version, enrolment.CreatedAtUtc, enrolment.UpdatedAtUtc);
}

public sealed record CertificateResponse(
    Guid Id,
    Guid TeamId,
    Guid StaffMemberId,
    string PersonName,
    CrewRole Role,
    string CarModelCode,
    string CourseCode,
    DateOnly PassedOn,
    DateOnly ExpiresOn,
    CertificateStanding Standing,
    int? DaysLeft,
    DateOnly? RevokedOn,
    string? RevocationReason,
    long Version)
{
    public static CertificateResponse From(Certificate certificate, DateOnly today, int soonDays)
    {
        // A revoked certificate counts for nothing on any day, so it has no days left: null, as 0 would read "expires today".
        var (standing, daysLeft) = certificate.RevokedOn is null
            ? (CertificateValidity.StandingOn(certificate.PassedOn, certificate.ExpiresOn, today, soonDays), certificate.ExpiresOn.DayNumber - today.DayNumber)
            : (CertificateStanding.Revoked, (int?)null);
        return new(
            certificate.Id, certificate.TeamId, certificate.StaffMemberId, certificate.PersonName, certificate.Role, certificate.CarModelCode,
            certificate.CourseCode, certificate.PassedOn, certificate.ExpiresOn, standing, daysLeft, certificate.RevokedOn, certificate.RevocationReason,
            certificate.Version);
    }
}

public sealed record TeamCertificatesResponse(Guid TeamId, DateOnly Today, int ExpiringWithinDays, IReadOnlyList<CertificateResponse> Items);
