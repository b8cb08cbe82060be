namespace Motorsport.Regional.Training;

/// <summary>Where one person's enrolment in a training session stands.</summary>
public enum EnrolmentStatus { Requested, Confirmed, Attended, Passed, Failed, Cancelled }
