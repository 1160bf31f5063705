namespace NewsBot.Core.Grouping;

/// <summary>
/// Words that say nothing about which story a headline tells: function words, and calendar words, since two
/// stories of one day share "Tuesday, March 11" and nothing else.
/// </summary>
internal static class GroupingStopWords
{
    private static readonly HashSet<string> Words = new(
        ("a an the and or but nor of to in on at for with by from as is are was were be been being it its this that " +
         "these those into over after before about up down out off new says said say will would could should may might " +
         "can has have had not no than then so if how why what who whom when where which more most also just us vs via " +
         "he she they we you i me him her his hers their them our your my do does did get gets got amid per " +
         "january february march april june july august september october november december " +
         "jan feb mar apr jun jul aug sep sept oct nov dec " +
         "monday tuesday wednesday thursday friday saturday sunday today tonight tomorrow yesterday am pm").Split(' '),
        StringComparer.Ordinal);

    public static bool Contains(string word) => Words.Contains(word);
}
