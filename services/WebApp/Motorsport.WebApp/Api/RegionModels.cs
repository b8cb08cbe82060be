using Motorsport.Contracts.Regional;

namespace Motorsport.WebApp.Api;

// The web app's view of a regional service's answers: the fields its pages show, by the names the API writes.

public sealed record SeriesClass(string Code, string Name, int? MaxDriverAge);

public sealed record Season(Guid Id, int Year, string Name);

public sealed record Series(Guid Id, string Code, string Name, IReadOnlyList<SeriesClass> Classes, IReadOnlyList<Season> Seasons, long Version);

public sealed record EventEngineer(Guid EngineerId, string Name, string Role);

public sealed record RacingEvent(
    Guid Id, Guid SeriesId, Guid SeasonId, string Name, string Circuit, DateOnly StartDate, DateOnly EndDate, string TimeZone, string Status,
    IReadOnlyList<EventEngineer> Engineers, long Version);

public sealed record Entry(
    Guid Id, Guid EventId, Guid TeamId, Guid CarId, string CarModelCode, int CarNumber, string Class, IReadOnlyList<Guid> DriverIds, string Status,
    string? WithdrawalReason, long Version);

public sealed record Licence(Guid Id, Guid SeriesId, Guid SeasonId, string Number, int CarsAllowed);

public sealed record StaffMember(Guid Id, string Name, string Role);

public sealed record Team(Guid Id, string Name, string Country, IReadOnlyList<Licence> Licences, IReadOnlyList<StaffMember> Staff, long Version);

public sealed record Driver(Guid Id, string FirstName, string LastName, string Nationality, DateOnly DateOfBirth, string FiaGrade, long Version)
{
    public string FullName => $"{FirstName} {LastName}";
}

public sealed record Car(Guid Id, string ChassisNumber, string CarModelCode, string CarModelName, Guid TeamId, long Version);

public sealed record ResultRow(int CarNumber, Guid EntryId, string Class, string Status, int? Position, int? Laps, bool Pole, bool FastestLap, bool Guest, decimal Points);

public sealed record ResultSession(
    Guid Id, Guid EventId, string Name, string SessionType, int? ScheduledLaps, string Status, string? CorrectionReason, bool HalfPoints,
    IReadOnlyList<ResultRow> Classification, long Version);

public sealed record Standings(Guid SeriesId, Guid SeasonId, string Classification, bool Provisional, long Version, IReadOnlyList<StandingsRowState> Rows);

public sealed record TrainingSession(
    Guid Id, string CourseCode, string CourseTitle, string Role, string CarModelCode, DateOnly StartDate, DateOnly EndDate, string Venue, string Trainer,
    int Capacity, int SeatsTaken, long Version);

public sealed record Enrolment(Guid Id, Guid SessionId, Guid TeamId, Guid StaffMemberId, string PersonName, string Status, Guid? CertificateId, long Version);

public sealed record Certificate(
    Guid Id, Guid TeamId, string PersonName, string Role, string CarModelCode, string CourseCode, DateOnly PassedOn, DateOnly ExpiresOn, string Standing,
    int? DaysLeft, DateOnly? RevokedOn, string? RevocationReason, long Version);

public sealed record TeamCertificates(Guid TeamId, DateOnly Today, int ExpiringWithinDays, IReadOnlyList<Certificate> Items);

public sealed record ReplicaCarModel(string Code, string Name, string Category, string Generation, int ModelYear, DateOnly? HomologationValidUntil, string Status, long Version, DateTime ChangedAtUtc);

public sealed record ReplicaTrainingCourse(string Code, string Title, string Role, string CarModelCode, string Status, long Version, DateTime ChangedAtUtc);

public sealed record EntryRequest(Guid? EventId, Guid? TeamId, Guid? CarId, int? CarNumber, string? Class, IReadOnlyList<Guid> DriverIds, long? Version);

public sealed record DriverRequest(string? FirstName, string? LastName, string? Nationality, DateOnly? DateOfBirth, string? FiaGrade);
