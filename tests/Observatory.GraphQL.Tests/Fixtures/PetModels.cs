namespace Observatory.GraphQL.Tests.Fixtures;

public sealed record Dog(string Name, string? Nickname, int? BarkVolume, Human? Owner = null);

public sealed record Cat(string Name, string? Nickname, int? MeowVolume);

public sealed record Human(string Name, IReadOnlyList<object>? Pets = null);

public sealed record Alien(string Name, string? HomePlanet);
