namespace Portal.SeedData.Geography;

/// <summary>A real city and ZIP codes that belong to it, so a generated address is one the post office would deliver to.</summary>
internal sealed record CityZips(string City, string AreaCode, params string[] Zips);
