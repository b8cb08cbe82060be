namespace Motorsport.ServiceDefaults.Security;

public static class Roles
{
    /// <summary>Headquarters staff who edit the catalogues.</summary>
    public const string HeadquartersAdmin = "hq-admin";

    /// <summary>Headquarters staff who read catalogues and the aggregated views.</summary>
    public const string HeadquartersAnalyst = "hq-analyst";

    /// <summary>A regional office's staff; always with a <see cref="ClaimTypes.Region"/> claim naming their office.</summary>
    public const string RegionStaff = "region-staff";

    /// <summary>Operators: snapshots, rebuilds and other run-time interventions.</summary>
    public const string Operations = "ops";

    public static readonly string[] All = [HeadquartersAdmin, HeadquartersAnalyst, RegionStaff, Operations];
}

public static class ClaimTypes
{
    public const string Role = "role";
    public const string Region = "region";
    public const string Subject = "sub";
}

/// <summary>Authorization policies, by name, as the gateway's route configuration and the services' endpoints use them.</summary>
public static class Policies
{
    public const string CatalogAdmin = "catalog-admin";
    public const string HeadquartersRead = "hq-read";
    public const string Headquarters = "headquarters";
    public const string RegionStaff = "region-staff";
    /// <summary>At the gateway: who may reach a region at all (its staff, operators, the catalogue administrator); each service narrows it.</summary>
    public const string Region = "region";

    /// <summary>A region's catalogue replica: its staff, and headquarters' catalogue administrator checking what arrived.</summary>
    public const string RegionCatalog = "region-catalog";
    public const string Operations = "ops";
}
