using System.Buffers.Binary;
using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Portal.Tests.Support;

/// <summary>
/// A passkey authenticator in software (ES256, "none" attestation, user verified), for tests below the browser: it
/// answers the portal's WebAuthn options with the JSON a browser's PublicKeyCredential.toJSON() gives.
/// The browser tests use Chromium's virtual authenticator instead.
/// </summary>
public sealed class SoftAuthenticator(string origin = "http://localhost")
{
    private readonly List<SoftPasskey> passkeys = [];

    public IReadOnlyList<SoftPasskey> Passkeys => passkeys;

    /// <summary>Makes a passkey for the creation options (JSON) and returns navigator.credentials.create()'s answer as JSON.</summary>
    public string Create(string creationOptionsJson)
    {
        var options = JsonNode.Parse(creationOptionsJson)!;
        var rpId = options["rp"]?["id"]?.GetValue<string>() ?? new Uri(origin).Host;
        var passkey = new SoftPasskey(RandomNumberGenerator.GetBytes(16), ECDsa.Create(ECCurve.NamedCurves.nistP256),
            Base64Url.DecodeFromChars(options["user"]!["id"]!.GetValue<string>()), rpId);
        passkeys.Add(passkey);

        var clientData = ClientData("webauthn.create", options["challenge"]!.GetValue<string>());
        var key = passkey.Key.ExportParameters(false);
        var coseKey = Cbor.Map(
            (Cbor.Int(1), Cbor.Int(2)), (Cbor.Int(3), Cbor.Int(-7)), (Cbor.Int(-1), Cbor.Int(1)),
            (Cbor.Int(-2), Cbor.Bytes(key.Q.X!)), (Cbor.Int(-3), Cbor.Bytes(key.Q.Y!)));
        var attested = new byte[16 + 2 + passkey.CredentialId.Length];
        BinaryPrimitives.WriteUInt16BigEndian(attested.AsSpan(16), (ushort)passkey.CredentialId.Length);
        passkey.CredentialId.CopyTo(attested, 18);
        var authData = AuthenticatorData(rpId, flags: 0x45, signCount: 0, [.. attested, .. coseKey]); // user present, verified, attested data
        var attestation = Cbor.Map((Cbor.Text("fmt"), Cbor.Text("none")), (Cbor.Text("attStmt"), Cbor.Map()), (Cbor.Text("authData"), Cbor.Bytes(authData)));
        return Json(passkey, new JsonObject
        {
            ["clientDataJSON"] = Base64Url.EncodeToString(clientData),
            ["attestationObject"] = Base64Url.EncodeToString(attestation),
            ["transports"] = new JsonArray("internal"),
        });
    }

    /// <summary>Signs the request options' challenge with <paramref name="passkey"/>: navigator.credentials.get()'s answer as JSON.</summary>
    public string Get(string requestOptionsJson, SoftPasskey passkey)
    {
        var options = JsonNode.Parse(requestOptionsJson)!;
        var rpId = options["rpId"]?.GetValue<string>() ?? passkey.RpId;
        var clientData = ClientData("webauthn.get", options["challenge"]!.GetValue<string>());
        var authData = AuthenticatorData(rpId, flags: 0x05, signCount: ++passkey.SignCount, []);
        var signature = passkey.Key.SignData([.. authData, .. SHA256.HashData(clientData)], HashAlgorithmName.SHA256, DSASignatureFormat.Rfc3279DerSequence);
        return Json(passkey, new JsonObject
        {
            ["clientDataJSON"] = Base64Url.EncodeToString(clientData),
            ["authenticatorData"] = Base64Url.EncodeToString(authData),
            ["signature"] = Base64Url.EncodeToString(signature),
            ["userHandle"] = Base64Url.EncodeToString(passkey.UserHandle),
        });
    }

    private byte[] ClientData(string type, string challenge) =>
        Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new { type, challenge, origin, crossOrigin = false }));

    private static byte[] AuthenticatorData(string rpId, byte flags, uint signCount, byte[] attested)
    {
        var data = new byte[32 + 1 + 4];
        SHA256.HashData(Encoding.UTF8.GetBytes(rpId)).CopyTo(data, 0);
        data[32] = flags;
        BinaryPrimitives.WriteUInt32BigEndian(data.AsSpan(33), signCount);
        return [.. data, .. attested];
    }

    private static string Json(SoftPasskey passkey, JsonObject response) => new JsonObject
    {
        ["id"] = Base64Url.EncodeToString(passkey.CredentialId),
        ["rawId"] = Base64Url.EncodeToString(passkey.CredentialId),
        ["type"] = "public-key",
        ["response"] = response,
        ["authenticatorAttachment"] = "platform",
        ["clientExtensionResults"] = new JsonObject(),
    }.ToJsonString();

    /// <summary>The little CBOR (RFC 8949) WebAuthn needs: integers, byte and text strings, maps.</summary>
    private static class Cbor
    {
        public static byte[] Int(long value) => value >= 0 ? Head(0, (ulong)value) : Head(1, (ulong)(-1 - value));

        public static byte[] Bytes(byte[] value) => [.. Head(2, (ulong)value.Length), .. value];

        public static byte[] Text(string value) => Encoding.UTF8.GetBytes(value) is var utf8 ? [.. Head(3, (ulong)utf8.Length), .. utf8] : [];

        public static byte[] Map(params (byte[] Key, byte[] Value)[] entries) =>
            [.. Head(5, (ulong)entries.Length), .. entries.SelectMany(e => e.Key.Concat(e.Value))];

        private static byte[] Head(int major, ulong value)
        {
            var type = (byte)(major << 5);
            if (value < 24) return [(byte)(type | (byte)value)];
            if (value <= byte.MaxValue) return [(byte)(type | 24), (byte)value];
            return [(byte)(type | 25), (byte)(value >> 8), (byte)value];
        }
    }
}

/// <summary>One passkey a <see cref="SoftAuthenticator"/> holds.</summary>
public sealed class SoftPasskey(byte[] credentialId, ECDsa key, byte[] userHandle, string rpId)
{
    public byte[] CredentialId { get; } = credentialId;

    public ECDsa Key { get; } = key;

    public byte[] UserHandle { get; } = userHandle;

    public string RpId { get; } = rpId;

    public uint SignCount { get; set; }

    public string Id => Base64Url.EncodeToString(CredentialId);
}
