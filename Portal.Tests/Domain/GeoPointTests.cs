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

    [Fact]
    public void Los_Angeles_to_New_York_airports_is_the_published_great_circle_distance()
    {
        // LAX to JFK: 2,475 miles on the WGS 84 ellipsoid (Great Circle Mapper); on a sphere of 3,958.8 miles, 2,469.5.
        var lax = new GeoPoint(33.9425, -118.4081);
        var jfk = new GeoPoint(40.6398, -73.7789);

        Assert.InRange(lax.MilesTo(jfk), 2465, 2480);
        Assert.Equal(lax.MilesTo(jfk), jfk.MilesTo(lax), 9);
    }

    [Fact]
    public void One_degree_along_a_meridian_is_69_miles_and_half_the_world_is_pi_earth_radii()
    {
        Assert.Equal(69.09, new GeoPoint(0, 0).MilesTo(new GeoPoint(1, 0)), 2);
        Assert.Equal(69.09, new GeoPoint(0, 0).MilesTo(new GeoPoint(0, 1)), 2);
        Assert.Equal(Math.PI * 3958.8, new GeoPoint(0, 0).MilesTo(new GeoPoint(0, 180)), 3);
    }

    [Fact]
    public void Phoenix_Sky_Harbor_to_Tucson_airport_is_about_110_miles()
    {
        Assert.InRange(new GeoPoint(33.4342, -112.0116).MilesTo(new GeoPoint(32.1161, -110.9410)), 109, 111.5);
    }
}
