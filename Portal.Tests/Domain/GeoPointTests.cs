using Portal.Domain.Offices;

namespace Portal.Tests.Domain;

public class GeoPointTests
{
    [Fact]
    public void Phoenix_to_Tucson_is_about_106_miles_as_the_crow_flies()
    {
        var phoenix = new GeoPoint(33.4484, -112.0740);
        var tucson = new GeoPoint(32.2226, -110.9747);

        Assert.InRange(phoenix.MilesTo(tucson), 104, 108);
        Assert.Equal(0, phoenix.MilesTo(phoenix), 6);
    }
}
