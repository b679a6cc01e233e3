using System.ComponentModel.DataAnnotations;

namespace Portal.App.Features.Cases.Shared.Messages;

/// <summary>The "Messages" section: the reply promise made to parents.</summary>
public sealed class MessagesOptions
{
    public const string Section = "Messages";

    /// <summary>Arizona business days within which the agency aims to reply.</summary>
    [Range(1, 30)]
    public int ReplyBusinessDays { get; set; } = 3;
}
