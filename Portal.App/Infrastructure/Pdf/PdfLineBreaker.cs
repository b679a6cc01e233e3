namespace Portal.App.Infrastructure.Pdf;

/// <summary>
/// Breaks cleaned text into lines no wider than a width: at spaces, at "\n", and inside a word that is wider than a
/// whole line on its own (a reference, a URL), so nothing runs off the page.
/// </summary>
internal static class PdfLineBreaker
{
    public static IReadOnlyList<string> Wrap(string text, Func<string, double> measure, double width)
    {
        var lines = new List<string>();
        foreach (var hardLine in text.Split('\n'))
        {
            var line = "";
            foreach (var word in hardLine.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var joined = line.Length == 0 ? word : line + " " + word;
                if (measure(joined) <= width)
                {
                    line = joined;
                    continue;
                }

                if (line.Length > 0) lines.Add(line);
                line = word;
                while (measure(line) > width)
                {
                    var fits = LongestFittingPrefix(line, measure, width);
                    lines.Add(line[..fits]);
                    line = line[fits..];
                }
            }

            lines.Add(line);
        }

        return lines;
    }

    // At least one character, so a line narrower than a letter still moves on.
    private static int LongestFittingPrefix(string word, Func<string, double> measure, double width)
    {
        int low = 1, high = word.Length - 1;
        while (low < high)
        {
            var middle = (low + high + 1) / 2;
            if (measure(word[..middle]) <= width) low = middle;
            else high = middle - 1;
        }

        return low;
    }
}
