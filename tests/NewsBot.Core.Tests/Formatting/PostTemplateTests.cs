using NewsBot.Core.Formatting;
using NewsBot.Testing.Telegram;

namespace NewsBot.Core.Tests.Formatting;

public class PostTemplateTests
{
    private static readonly PostFields Fields = new()
    {
        Title = "Fish & chips <prices> rise",
        Summary = "Up 5% in a year.",
        Link = "https://news.example/a?x=1&y=2",
        Source = "Example News",
        Author = "Jo Writer",
        Published = "1 Mar 2026, 10:05",
        Categories = ["Middle East", "C#", "2026", "world_news", "World", "WORLD"],
    };

    [Fact]
    public void Default_template_is_a_newsroom_layout()
    {
        var html = PostTemplate.Default.Render(Fields);
        Assert.Equal(
            "<b>Fish &amp; chips &lt;prices&gt; rise</b>\n\nUp 5% in a year.\n\n<i>Example News · 1 Mar 2026, 10:05</i>\n"
            + "<a href=\"https://news.example/a?x=1&amp;y=2\">Read more</a>",
            html);
        Assert.Null(TelegramHtmlValidator.Validate(html));
    }

    [Fact]
    public void Empty_fields_leave_no_runs_of_blank_lines()
    {
        var html = PostTemplate.Default.Render(new PostFields { Title = "T", Source = "S", Breaking = true });
        Assert.Equal("🔴 <b>T</b>\n\n<i>S</i>", html);
    }

    [Fact]
    public void Custom_templates_see_every_field_escaped_and_categories_as_hashtags()
    {
        var template = new PostTemplate("{{ title }} | {{ author }} | {{ categories | array.join \" \" }} | {{ breaking }}");
        Assert.Equal("Fish &amp; chips &lt;prices&gt; rise | Jo Writer | #MiddleEast #C #world_news #World | false", template.Render(Fields));
    }

    [Theory]
    [InlineData("<p>{{ title }}</p>", "unsupported tag <p>")]
    [InlineData("<b>{{ title }}", "<b> is never closed")]
    [InlineData("{{ if breaking }}<b>{{ end }}{{ title }}</b>", "</b> closes nothing")]
    [InlineData("{{ title }", "does not parse")]
    [InlineData("{{ headline }}", "failed")]
    public void Invalid_templates_are_reported_at_construction(string text, string expected)
    {
        var error = Assert.Throws<PostTemplateException>(() => new PostTemplate(text));
        Assert.Contains(expected, error.Message);
    }
}
