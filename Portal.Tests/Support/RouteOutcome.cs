using System.Net;

namespace Portal.Tests.Support;

/// <summary>What a route matrix expects of one route for one kind of visitor, and the one way each is checked.</summary>
public static class RouteOutcome
{
    /// <summary>The page, not to be cached.</summary>
    public const string Ok = "ok";

    /// <summary>Sent to sign in first.</summary>
    public const string SignIn = "signin";

    /// <summary>Signed in, but sent to the refusal page.</summary>
    public const string Denied = "denied";

    /// <summary>Not found: what a parent gets for something that is not theirs.</summary>
    public const string Missing = "missing";

    public static void AssertIs(string expected, HttpResponseMessage response, string route)
    {
        ArgumentNullException.ThrowIfNull(response);
        switch (expected)
        {
            case Ok:
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                Assert.True(response.Headers.CacheControl?.NoStore, $"{route} may be cached");
                break;
            case Missing:
                Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
                break;
            case SignIn:
                Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
                Assert.Equal("/signin", response.Headers.Location?.AbsolutePath);
                break;
            case Denied:
                Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
                Assert.Equal("/access-denied", response.Headers.Location?.AbsolutePath);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(expected), expected, "Not an outcome a route matrix knows.");
        }
    }
}
