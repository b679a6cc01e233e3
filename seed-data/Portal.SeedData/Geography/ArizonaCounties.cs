namespace Portal.SeedData.Geography;

/// <summary>
/// Arizona's fifteen counties, weighted by population (2020 census, in thousands, rounded), with a few real
/// city/ZIP/area-code combinations each. Cities are listed with the larger ones repeated less than they
/// deserve; the weights only need to look right on a map, not match the census.
/// </summary>
internal static class ArizonaCounties
{
    public static readonly IReadOnlyList<ArizonaCounty> All =
    [
        new("Maricopa", 4420, ["PHXC", "PHXW", "MESA", "CHDL"],
        [
            new("Phoenix", "602", "85006", "85008", "85009", "85015", "85017", "85019", "85021", "85029", "85031", "85033", "85035", "85040", "85041", "85042", "85051"),
            new("Phoenix", "623", "85037", "85043"),
            new("Mesa", "480", "85201", "85203", "85204", "85205", "85210"),
            new("Glendale", "623", "85301", "85302", "85304"),
            new("Chandler", "480", "85224", "85225", "85226"),
            new("Tempe", "480", "85281", "85282", "85283"),
            new("Gilbert", "480", "85233", "85234", "85296"),
            new("Peoria", "623", "85345", "85381"),
            new("Scottsdale", "480", "85251", "85257"),
            new("Avondale", "623", "85323"),
            new("Goodyear", "623", "85338"),
            new("Surprise", "623", "85374", "85379"),
            new("El Mirage", "623", "85335"),
            new("Buckeye", "623", "85326"),
            new("Tolleson", "623", "85353"),
        ]),
        new("Pima", 1043, ["TUCN", "TUCS"],
        [
            new("Tucson", "520", "85705", "85706", "85710", "85711", "85712", "85713", "85714", "85716", "85719", "85730", "85741", "85745", "85746", "85756"),
            new("Marana", "520", "85653"),
            new("Oro Valley", "520", "85737"),
            new("Sahuarita", "520", "85629"),
            new("Ajo", "520", "85321"),
        ]),
        new("Pinal", 426, ["CSGR"],
        [
            new("Casa Grande", "520", "85122"),
            new("Maricopa", "520", "85138", "85139"),
            new("San Tan Valley", "480", "85140", "85143"),
            new("Florence", "520", "85132"),
            new("Coolidge", "520", "85128"),
            new("Eloy", "520", "85131"),
            new("Apache Junction", "480", "85120"),
        ]),
        new("Yavapai", 237, ["PRES"],
        [
            new("Prescott", "928", "86301", "86303", "86305"),
            new("Prescott Valley", "928", "86314"),
            new("Cottonwood", "928", "86326"),
            new("Chino Valley", "928", "86323"),
            new("Camp Verde", "928", "86322"),
        ]),
        new("Mohave", 213, ["KING", "LHVC"],
        [
            new("Kingman", "928", "86401", "86409"),
            new("Lake Havasu City", "928", "86403", "86404", "86406"),
            new("Bullhead City", "928", "86442", "86429"),
            new("Fort Mohave", "928", "86426"),
        ]),
        new("Yuma", 204, ["YUMA"],
        [
            new("Yuma", "928", "85364", "85365", "85367"),
            new("San Luis", "928", "85349"),
            new("Somerton", "928", "85350"),
        ]),
        new("Coconino", 145, ["FLAG"],
        [
            new("Flagstaff", "928", "86001", "86004"),
            new("Page", "928", "86040"),
            new("Williams", "928", "86046"),
            new("Tuba City", "928", "86045"),
        ]),
        new("Cochise", 126, ["SIVI"],
        [
            new("Sierra Vista", "520", "85635", "85650"),
            new("Douglas", "520", "85607"),
            new("Bisbee", "520", "85603"),
            new("Benson", "520", "85602"),
            new("Willcox", "520", "85643"),
        ]),
        new("Navajo", 106, ["SHLW"],
        [
            new("Show Low", "928", "85901"),
            new("Winslow", "928", "86047"),
            new("Holbrook", "928", "86025"),
            new("Snowflake", "928", "85937"),
            new("Kayenta", "928", "86033"),
        ]),
        new("Apache", 66, ["SHLW"],
        [
            new("St. Johns", "928", "85936"),
            new("Chinle", "928", "86503"),
            new("Eagar", "928", "85925"),
            new("Springerville", "928", "85938"),
            new("Window Rock", "928", "86515"),
        ]),
        new("Gila", 53, ["GLOB"],
        [
            new("Globe", "928", "85501"),
            new("Payson", "928", "85541"),
            new("Miami", "928", "85539"),
        ]),
        new("Santa Cruz", 48, ["NOGA"],
        [
            new("Nogales", "520", "85621"),
            new("Rio Rico", "520", "85648"),
            new("Patagonia", "520", "85624"),
        ]),
        new("Graham", 38, ["SAFF"],
        [
            new("Safford", "928", "85546"),
            new("Thatcher", "928", "85552"),
            new("Pima", "928", "85543"),
        ]),
        new("La Paz", 16, ["LHVC"],
        [
            new("Parker", "928", "85344"),
            new("Quartzsite", "928", "85346"),
            new("Salome", "928", "85348"),
        ]),
        new("Greenlee", 9, ["SAFF"],
        [
            new("Clifton", "928", "85533"),
            new("Duncan", "928", "85534"),
            new("Morenci", "928", "85540"),
        ]),
    ];
}
