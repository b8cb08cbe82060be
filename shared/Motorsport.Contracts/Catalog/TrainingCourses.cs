namespace Motorsport.Contracts.Catalog;

/// <summary>Full state of one catalogue training course, as headquarters last saved it.</summary>
public sealed record TrainingCourseState(
    string Code,
    string Title,
    string Role,
    string CarModelCode,
    string Location,
    int DurationDays,
    int Capacity,
    int CertificateValidityMonths,
    string Status);

/// <summary>
/// Published by headquarters on every change of a training course and again on a snapshot request.
/// Consumers keep the highest <see cref="Version"/> they have seen, so duplicates and
/// re-ordered deliveries are harmless.
/// </summary>
public sealed record TrainingCourseChanged(Guid TrainingCourseId, long Version, TrainingCourseState State, DateTime ChangedAtUtc);
