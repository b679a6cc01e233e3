namespace Portal.SeedData.Geography;

/// <summary>A county, how many of the state's cases it holds (relative weight, roughly its population) and the DCSS offices that serve it.</summary>
internal sealed record ArizonaCounty(string Name, int Weight, IReadOnlyList<string> OfficeCodes, IReadOnlyList<CityZips> Cities);
