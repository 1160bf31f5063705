using System.Collections.Frozen;

namespace NewsBot.Core.Feeds.Dates;

/// <summary>Month names, abbreviations and time-zone names that feeds write in their dates.</summary>
internal static class DateNames
{
    private static readonly FrozenDictionary<string, int> Months = BuildMonths();

    private static readonly FrozenDictionary<string, int> ZoneMinutes = new Dictionary<string, int>
    {
        ["gmt"] = 0,
        ["ut"] = 0,
        ["utc"] = 0,
        ["z"] = 0,
        ["wet"] = 0,
        ["est"] = -300,
        ["edt"] = -240,
        ["cst"] = -360,
        ["cdt"] = -300,
        ["mst"] = -420,
        ["mdt"] = -360,
        ["pst"] = -480,
        ["pdt"] = -420,
        ["ast"] = -240,
        ["adt"] = -180,
        ["et"] = -300,
        ["ct"] = -360,
        ["mt"] = -420,
        ["pt"] = -480,
        ["akst"] = -540,
        ["akdt"] = -480,
        ["hst"] = -600,
        ["bst"] = 60,
        ["cet"] = 60,
        ["met"] = 60,
        ["west"] = 60,
        ["cest"] = 120,
        ["mest"] = 120,
        ["eet"] = 120,
        ["eest"] = 180,
        ["msk"] = 180,
        ["jst"] = 540,
        ["kst"] = 540,
        ["hkt"] = 480,
        ["sgt"] = 480,
        ["aest"] = 600,
        ["aedt"] = 660,
        ["nzst"] = 720,
        ["nzdt"] = 780,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> MonthsBySpan =
        Months.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> ZonesBySpan =
        ZoneMinutes.GetAlternateLookup<ReadOnlySpan<char>>();

    public static bool TryGetMonth(ReadOnlySpan<char> word, out int month) => MonthsBySpan.TryGetValue(word, out month);

    public static bool TryGetZoneMinutes(ReadOnlySpan<char> word, out int minutes) => ZonesBySpan.TryGetValue(word, out minutes);

    private static FrozenDictionary<string, int> BuildMonths()
    {
        // Per month: English, French, German, Spanish, Italian, Portuguese and Dutch names and abbreviations.
        string[] names =
        [
            "jan january janv janvier januar jänner jän enero ene gennaio gen janeiro januari",
            "feb february fév févr fev fevr février fevrier februar febrero febbraio fevereiro februari",
            "mar march mars märz mär mrz marzo março marco maart mrt",
            "apr april avr avril abril abr aprile",
            "may mai mayo maggio mag maio mei",
            "jun june juin juni junio giugno giu junho",
            "jul july juil juillet juli julio luglio lug julho",
            "aug august août aout agosto ago augustus",
            "sep sept september septembre septiembre setiembre set settembre setembro",
            "oct october octobre okt oktober octubre ott ottobre out outubro",
            "nov november novembre noviembre novembro",
            "dec december déc décembre dezember dez diciembre dic dicembre dezembro",
        ];
        var months = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var month = 0; month < names.Length; month++)
        {
            foreach (var name in names[month].Split(' '))
            {
                months[name] = month + 1;
            }
        }
        return months.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }
}
