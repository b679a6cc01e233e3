using Bogus;
using Bogus.DataSets;
using Portal.Domain.Accounts;
using Portal.Domain.Cases;
using Portal.SeedData.Geography;

namespace Portal.SeedData.People;

/// <summary>
/// Makes parents and children: names from Bogus (English and Mexican Spanish, as Arizona's case load is),
/// SSNs and email addresses unique across everyone generated, and Arizona addresses with real city/ZIP pairs.
/// </summary>
internal sealed class PersonFactory
{
    private const double HispanicShare = 0.38;
    private const double ItinShare = 0.03;

    // Bogus's English surnames lean on a small, unusual set (Lubowitz, Stoltenberg); half come from the most common US surnames instead.
    private static readonly string[] CommonSurnames =
    [
        "Smith", "Johnson", "Williams", "Brown", "Jones", "Miller", "Davis", "Wilson", "Anderson", "Taylor", "Thomas", "Moore",
        "Jackson", "Martin", "Lee", "Thompson", "White", "Harris", "Clark", "Lewis", "Robinson", "Walker", "Young", "Allen",
        "King", "Wright", "Scott", "Hill", "Green", "Adams", "Baker", "Nelson", "Carter", "Mitchell", "Roberts", "Turner",
        "Phillips", "Campbell", "Parker", "Evans", "Edwards", "Collins", "Stewart", "Morris", "Murphy", "Cook", "Rogers",
        "Morgan", "Cooper", "Peterson", "Reed", "Bailey", "Bell", "Kelly", "Howard", "Ward", "Cox", "Richardson", "Wood",
        "Watson", "Brooks", "Bennett", "Gray", "James", "Hughes", "Price", "Sanders", "Myers", "Long", "Ross", "Foster",
    ];

    // Northern Arizona counties include the Navajo Nation and the Hopi Reservation.
    private static readonly string[] NavajoSurnames = ["Begay", "Yazzie", "Tsosie", "Benally", "Nez", "Tso", "Etsitty", "Chee", "Manuelito", "Largo", "Bitsui", "Willie"];
    private static readonly string[] NorthernCounties = ["Apache", "Navajo", "Coconino"];

    private static readonly string[] EmailDomains = ["example.com", "example.net", "example.org"];
    private static readonly string[] Directions = ["N", "S", "E", "W"];
    private static readonly string[] StreetNames =
    [
        "Central", "Camelback", "Indian School", "Thomas", "McDowell", "Van Buren", "Baseline", "Southern", "Broadway",
        "University", "Main", "Grand", "Mesquite", "Saguaro", "Palo Verde", "Ocotillo", "Cholla", "Cactus", "Desert Willow",
        "Mountain View", "Sunrise", "Sunset", "Roadrunner", "Quail Run", "Juniper", "Pinon", "Ponderosa", "Cottonwood",
        "Ironwood", "Agave", "Yucca", "Mariposa", "Sonora", "Santa Rita", "Catalina", "Rincon", "Speedway", "Grant",
        "Glendale", "Bell", "Greenway", "Olive", "Peoria", "Union Hills", "Elliot", "Warner", "Ray", "Guadalupe",
        "Apache", "Navajo", "Hopi", "Papago", "Coronado", "Kino", "Valencia", "Irvington", "Ajo", "Oracle", "Sierra",
        "Copper", "Miner", "Butterfield", "Rio Vista", "Los Arboles", "Granite", "Alamo", "Monterey", "Vista del Sol",
    ];
    private static readonly string[] StreetSuffixes = ["St", "Ave", "Rd", "Dr", "Ln", "Way", "Pl", "Cir", "Blvd", "Trl"];

    private readonly Randomizer random;
    private readonly DateOnly asOf;
    private readonly Name englishNames;
    private readonly Name spanishNames;
    private readonly HashSet<int> usedSsns = [];
    private readonly HashSet<string> usedEmails = new(StringComparer.Ordinal);
    private long personSerial;

    public PersonFactory(Randomizer random, DateOnly asOf)
    {
        this.random = random;
        this.asOf = asOf;
        englishNames = new Name("en") { Random = random };
        spanishNames = new Name("es_MX") { Random = random };
    }

    public GeneratedPerson Parent(ArizonaCounty county, Name.Gender gender, int ageAtAsOf)
    {
        var spanish = random.Double() < HispanicShare;
        var names = spanish ? spanishNames : englishNames;
        var firstName = names.FirstName(gender);
        var lastName = names.LastName(gender);
        if (!spanish && NorthernCounties.Contains(county.Name) && random.Double() < 0.4) lastName = random.ArrayElement(NavajoSurnames);
        else if (!spanish && random.Bool()) lastName = random.ArrayElement(CommonSurnames);
        var dateOfBirth = asOf.AddYears(-ageAtAsOf).AddDays(-random.Number(0, 364));
        var city = county.Cities[random.Number(0, county.Cities.Count - 1)];
        var zip = random.ArrayElement(city.Zips);

        return new GeneratedPerson(
            NextPersonId(), firstName, lastName, dateOfBirth, NewSsn(),
            StreetLine(county), SecondLine(), city.City, zip,
            random.Double() < 0.88 ? NewEmail(firstName, lastName, dateOfBirth) : null,
            random.Double() < 0.93 ? $"{city.AreaCode}-555-01{random.Number(0, 99):00}" : null,
            county.Name, spanish);
    }

    public GeneratedPerson Child(string lastName, DateOnly dateOfBirth, bool spanishFirstName, string county)
    {
        var names = spanishFirstName ? spanishNames : englishNames;
        var gender = random.Bool() ? Name.Gender.Female : Name.Gender.Male;
        return new GeneratedPerson(NextPersonId(), names.FirstName(gender), lastName, dateOfBirth,
            null, null, null, null, null, null, null, county, spanishFirstName);
    }

    // The state's person ids are not sequential to the eye: multiplying by a number coprime to the range
    // (15,485,863 is prime) permutes it, so ids stay distinct without remembering them.
    private string NextPersonId()
    {
        var serial = ++personSerial;
        var scrambled = (serial * 15_485_863 + 10_000_019) % 90_000_000 + 10_000_000;
        return "P" + scrambled.ToString("D8", System.Globalization.CultureInfo.InvariantCulture);
    }

    private string NewSsn()
    {
        while (true)
        {
            int area, group;
            if (random.Double() < ItinShare)
            {
                area = random.Number(900, 999);
                group = random.Number(70, 88);
            }
            else
            {
                area = random.Number(1, 899);
                group = random.Number(1, 99);
            }
            var serial = random.Number(1, 9999);
            var text = $"{area:000}-{group:00}-{serial:0000}";
            if (!Ssn.TryParse(text, out _)) continue;
            if (usedSsns.Add(area * 1_000_000 + group * 10_000 + serial)) return text;
        }
    }

    private string NewEmail(string firstName, string lastName, DateOnly dateOfBirth)
    {
        var first = PlainText.AsciiLetters(firstName);
        var last = PlainText.AsciiLetters(lastName);
        var domain = random.ArrayElement(EmailDomains);
        var local = random.Number(0, 5) switch
        {
            0 => $"{first}.{last}",
            1 => $"{first}{last}",
            2 => $"{first[0]}{last}",
            3 => $"{first}.{last}{dateOfBirth.Year % 100:00}",
            4 => $"{first}_{last}",
            _ => $"{last}.{first}",
        };
        var email = $"{local}@{domain}";
        while (!usedEmails.Add(email)) email = $"{local}{random.Number(2, 999)}@{domain}";
        return email;
    }

    private string StreetLine(ArizonaCounty county)
    {
        // Metro grids number into the tens of thousands; small towns rarely pass a few thousand.
        var metro = county.Name is "Maricopa" or "Pima" or "Pinal";
        var number = metro ? random.Number(100, 24999) : random.Number(100, 4999);
        var direction = random.Double() < (metro ? 0.8 : 0.45) ? random.ArrayElement(Directions) + " " : string.Empty;
        return $"{number} {direction}{random.ArrayElement(StreetNames)} {random.ArrayElement(StreetSuffixes)}";
    }

    private string? SecondLine()
    {
        var roll = random.Double();
        if (roll < 0.12) return $"Apt {random.Number(1, 340)}";
        if (roll < 0.16) return $"Unit {random.Number(1, 60)}";
        if (roll < 0.19) return $"Spc {random.Number(1, 120)}";
        return null;
    }
}
