namespace Politikerforum.Domain.Commitments;

/// <summary>Who a commitment is made to: one of the four levels, or the forum as a whole.</summary>
public enum Recipient { Kommune, Region, Folketing, Europaparlamentet, Forum }

public static class Recipients
{
    public static readonly IReadOnlyList<Recipient> All = Enum.GetValues<Recipient>();

    public static Recipient Of(Level? level) => level is { } l ? Enum.Parse<Recipient>(l.ToString()) : Recipient.Forum;

    /// <summary>The level a recipient stands for; null for the forum.</summary>
    public static Level? Level(this Recipient recipient) =>
        recipient == Recipient.Forum ? null : Enum.Parse<Domain.Level>(recipient.ToString());

    /// <summary>As in "gav tilsagn til …".</summary>
    public static string Danish(this Recipient recipient) => recipient switch
    {
        Recipient.Kommune => "kommunerne",
        Recipient.Region => "regionerne",
        Recipient.Folketing => "Folketinget",
        Recipient.Europaparlamentet => "Europa-Parlamentet",
        _ => "forummet"
    };
}
