namespace Portal.Tests.Domain;
public class PlaceholderTests { [Fact] public void Builds() => Assert.True(true); }
