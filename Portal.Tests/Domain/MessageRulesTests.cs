using Portal.Domain.Messages;

namespace Portal.Tests.Domain;

public sealed class MessageRulesTests
{
    [Fact]
    public void A_body_of_5000_characters_is_accepted_and_one_more_is_not()
    {
        Assert.Null(MessageRules.CheckBody(new string('a', 5000)));
        Assert.Equal(MessageProblem.BodyTooLong, MessageRules.CheckBody(new string('a', 5001)));
    }

    [Fact]
    public void Windows_line_endings_count_as_one_character_as_the_counter_shows_them()
    {
        var body = string.Concat(Enumerable.Repeat("a\r\n", 2000)) + new string('b', 999);
        Assert.Null(MessageRules.CheckBody(body));
    }

    [Fact]
    public void A_blank_subject_or_body_is_missing()
    {
        Assert.Equal(MessageProblem.SubjectMissing, MessageRules.CheckSubject("   "));
        Assert.Equal(MessageProblem.BodyMissing, MessageRules.CheckBody("\n\n"));
        Assert.Equal(MessageProblem.SubjectTooLong, MessageRules.CheckSubject(new string('s', 121)));
    }
}
