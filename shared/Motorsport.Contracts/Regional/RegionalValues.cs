namespace Motorsport.Contracts.Regional;

/// <summary>Whether an entry stands; messages carry it by name (<see cref="EntryState.Status"/>).</summary>
public enum EntryStatus { Entered, Withdrawn }

/// <summary>Where an event stands; messages carry it by name (<see cref="EventState.Status"/>).</summary>
public enum EventStatus { Scheduled, Cancelled, Completed }
