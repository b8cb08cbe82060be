namespace Motorsport.Contracts.Regional;

/// <summary>Full state of one car: its chassis, its model from the catalogue (id and code as headquarters knows them) and its owner.</summary>
public sealed record CarState(string ChassisNumber, Guid CarModelId, string CarModelCode, Guid TeamId);

/// <summary>Published by a region on every change of a car.</summary>
public sealed record CarChanged(string Region, Guid CarId, long Version, CarState State, DateTime ChangedAtUtc) : IRegionalChange<CarState>
{
    Guid IRegionalChange.Id => CarId;
}
