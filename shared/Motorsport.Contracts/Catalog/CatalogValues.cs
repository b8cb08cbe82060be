namespace Motorsport.Contracts.Catalog;

/// <summary>The car categories of the catalogue; messages carry them by name.</summary>
public enum CarCategory { Cup, GT3, GT4, GT2, LMGT3 }

/// <summary>A catalogue item's status (car model or training course); messages carry it by name.</summary>
public enum CatalogStatus { Active, Retired }

/// <summary>
/// The crew role a course qualifies people for and a team's staff member holds; certificates are held per person, role and
/// car model. Messages carry it by name.
/// </summary>
public enum CrewRole { Engineer, Mechanic, TeamManager }
