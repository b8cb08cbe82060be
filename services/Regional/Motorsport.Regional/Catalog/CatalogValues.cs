namespace Motorsport.Regional.Catalog;

/// <summary>The car categories of headquarters' catalogue, which publishes them by name; the replica stores that name.</summary>
public enum CarCategory { Cup, GT3, GT4, GT2, LMGT3 }

/// <summary>A catalogue item's status, as headquarters publishes it.</summary>
public enum CatalogStatus { Active, Retired }
