using Portal.Domain.CaseSystem;

namespace Portal.SeedData.Geography;

/// <summary>
/// The DCSS offices, fixed data rather than random. Only the Globe address (and the DES building at
/// 1789 W Jefferson St, which DES publishes as its express-payment address) were confirmed from public
/// sources; the other street addresses are plausible stand-ins (listed in seed-data/README.md). Phones are
/// the division's published customer service lines, so no made-up number can reach a real person.
/// </summary>
internal static class ArizonaOffices
{
    private const string MetroPhone = "602-252-4045";
    private const string StatewidePhone = "800-882-4151";
    private static readonly TimeOnly Opens = new(8, 0);
    private static readonly TimeOnly Closes = new(17, 0);

    public static readonly IReadOnlyList<OfficeRecord> All =
    [
        new("PHXC", "Phoenix Central Office", "1789 W Jefferson St", null, "Phoenix", "85007", MetroPhone, Opens, Closes, 33.4474, -112.0999),
        new("PHXW", "Phoenix West Office", "4635 N 51st Ave", null, "Phoenix", "85031", MetroPhone, Opens, Closes, 33.5050, -112.1690),
        new("MESA", "Mesa Office", "1255 W Baseline Rd", "Suite 140", "Mesa", "85202", MetroPhone, Opens, Closes, 33.3784, -111.8560),
        new("CHDL", "Chandler Office", "2450 S Arizona Ave", null, "Chandler", "85286", MetroPhone, Opens, Closes, 33.2710, -111.8410),
        new("TUCN", "Tucson North Office", "316 W Fort Lowell Rd", null, "Tucson", "85705", StatewidePhone, Opens, Closes, 32.2652, -110.9760),
        new("TUCS", "Tucson South Office", "1455 S Alvernon Way", null, "Tucson", "85711", StatewidePhone, Opens, Closes, 32.2040, -110.9100),
        new("CSGR", "Casa Grande Office", "820 E Cottonwood Ln", "Suite C", "Casa Grande", "85122", StatewidePhone, Opens, Closes, 32.8795, -111.7574),
        new("PRES", "Prescott Office", "1519 W Gurley St", null, "Prescott", "86305", StatewidePhone, Opens, Closes, 34.5400, -112.4685),
        new("KING", "Kingman Office", "519 E Beale St", null, "Kingman", "86401", StatewidePhone, Opens, Closes, 35.1894, -114.0530),
        new("LHVC", "Lake Havasu City Office", "228 London Bridge Rd", null, "Lake Havasu City", "86403", StatewidePhone, Opens, Closes, 34.4839, -114.3225),
        new("YUMA", "Yuma Office", "3300 S 4th Ave", null, "Yuma", "85364", StatewidePhone, Opens, Closes, 32.6927, -114.6277),
        new("FLAG", "Flagstaff Office", "397 S Malpais Ln", null, "Flagstaff", "86001", StatewidePhone, Opens, Closes, 35.1983, -111.6513),
        new("SIVI", "Sierra Vista Office", "820 E Fry Blvd", null, "Sierra Vista", "85635", StatewidePhone, Opens, Closes, 31.5455, -110.2773),
        new("SHLW", "Show Low Office", "2500 E Cooley St", null, "Show Low", "85901", StatewidePhone, Opens, Closes, 34.2542, -110.0298),
        new("GLOB", "Globe Office", "605 S 7th St", null, "Globe", "85501", StatewidePhone, Opens, Closes, 33.3942, -110.7865),
        new("NOGA", "Nogales Office", "480 N Grand Ave", null, "Nogales", "85621", StatewidePhone, Opens, Closes, 31.3404, -110.9343),
        new("SAFF", "Safford Office", "1938 W Thatcher Blvd", null, "Safford", "85546", StatewidePhone, Opens, Closes, 32.8340, -109.7076),
    ];

    public static OfficeRecord ByCode(string code) => All.Single(o => o.Code == code);
}
