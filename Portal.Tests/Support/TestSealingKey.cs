using System.Security.Cryptography;

namespace Portal.Tests.Support;

/// <summary>A case-system key pair for apps started outside Development, which refuse to start without the public half.</summary>
public static class TestSealingKey
{
    private static readonly RSA Pair = RSA.Create(2048);

    public static string PublicPem { get; } = Pair.ExportSubjectPublicKeyInfoPem();
}
