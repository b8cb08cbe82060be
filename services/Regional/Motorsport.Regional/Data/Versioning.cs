using System.ComponentModel.DataAnnotations;

namespace Motorsport.Regional.Data;

/// <summary>Changes that carry nothing but the version they were based on: a withdrawal, a cancellation, a removal.</summary>
public sealed record VersionRequest([property: Required] long? Version) : IVersionedRequest;

/// <summary>The version a DELETE was based on, from the query string: <c>?version=3</c>.</summary>
public sealed record VersionQuery([property: Required] long? Version) : IVersionedRequest;
