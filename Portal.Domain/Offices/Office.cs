using Portal.Domain.Cases;

namespace Portal.Domain.Offices;

/// <summary>A DCSS office where parents can be seen in person.</summary>
public sealed class Office
{
    private Office()
    {
        Code = Name = Phone = string.Empty;
        Address = new MailingAddress(string.Empty, null, string.Empty, string.Empty, string.Empty);
    }

    public Office(string code, string name, MailingAddress address, string phone, TimeOnly opensAt, TimeOnly closesAt, GeoPoint location)
    {
        if (closesAt <= opensAt) throw new ArgumentOutOfRangeException(nameof(closesAt), "An office closes after it opens.");
        Code = code;
        Name = name;
        Address = address;
        Phone = phone;
        OpensAt = opensAt;
        ClosesAt = closesAt;
        Location = location;
    }

    public int Id { get; private set; }
    public string Code { get; private set; }
    public string Name { get; private set; }
    public MailingAddress Address { get; private set; }
    public string Phone { get; private set; }

    /// <summary>Offices are open Monday to Friday, except state holidays, between these times (Arizona time).</summary>
    public TimeOnly OpensAt { get; private set; }
    public TimeOnly ClosesAt { get; private set; }
    public GeoPoint Location { get; private set; }

    /// <summary>
    /// Whether the office's doors are open at <paramref name="instant"/>: a weekday in Arizona time, from
    /// <see cref="OpensAt"/> up to (not including) <see cref="ClosesAt"/>. State holidays are not known here.
    /// </summary>
    public bool IsOpenAt(DateTimeOffset instant)
    {
        var local = ArizonaTime.From(instant);
        if (local.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday) return false;
        var time = TimeOnly.FromTimeSpan(local.TimeOfDay);
        return time >= OpensAt && time < ClosesAt;
    }
}
