namespace Motorsport.Contracts.Regional;

/// <summary>
/// Full state of one person's enrolment in a training session. <see cref="Status"/> is Requested, Confirmed, Attended,
/// Passed, Failed or Cancelled; <see cref="PersonName"/> is the name as it was on enrolment.
/// </summary>
public sealed record EnrolmentState(Guid SessionId, Guid TeamId, Guid StaffMemberId, string PersonName, string Status);

/// <summary>Published by a region on every change of an enrolment: the request, each step after it and a cancellation.</summary>
public sealed record EnrolmentChanged(string Region, Guid EnrolmentId, long Version, EnrolmentState State, DateTime ChangedAtUtc) : IRegionalChange<EnrolmentState>
{
    Guid IRegionalChange.Id => EnrolmentId;
}
