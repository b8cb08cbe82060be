namespace Motorsport.Regional.Results.Scoring;

/// <summary>A car's status in a session classification, as timing exports report it.</summary>
public enum ResultStatus
{
    Classified,
    NotClassified,
    DNF,
    DNS,
    DSQ,
}

public static class ResultStatusExtensions
{
    /// <summary>Only a car that took the start counts towards the minimum number of starts; a disqualified car did start.</summary>
    public static bool Started(this ResultStatus status) => status != ResultStatus.DNS;
}
