namespace Motorsport.Regional.Results.Scoring;

/// <summary>Round numbers as scoring settings name them (non-droppable rounds): 1 is a season's first event.</summary>
public static class RoundNumbers
{
    /// <summary>The most rounds <c>drops.bestCount</c> may count; no season comes near it, so a higher number is a typing mistake.</summary>
    public const int Max = 200;

    /// <summary>Why the list is not a set of round numbers, naming the first bad one; <c>null</c> when it is.</summary>
    public static string? Problem(IReadOnlyList<int> rounds)
    {
        var seen = new HashSet<int>();
        foreach (var round in rounds)
        {
            if (round is < 1 or > Max)
            {
                return $"round {round} is not a round number; rounds must be between 1 and {Max}";
            }

            if (!seen.Add(round))
            {
                return $"names round {round} more than once";
            }
        }

        return null;
    }
}
