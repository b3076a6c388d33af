using Politikerforum.Domain;
using Politikerforum.Domain.Members;
using Politikerforum.Domain.Organisations;
using Politikerforum.Domain.Posts;
using Politikerforum.Domain.Themes;

namespace Politikerforum.Host.Demo;

/// <summary>
/// The demo forum: fictional politicians from all four levels, the secretariat, and themes with threads.
/// Object ids are readable (e.g. <c>demo-mette</c>) so <c>ops/token member demo-mette</c> acts as her.
/// </summary>
/// <summary>Who and what the demo has set up, for the rest of the demo to act on.</summary>
internal sealed record DemoCast(
    Actor Secretariat, IReadOnlyDictionary<string, (Member Member, Actor Actor)> Members, IReadOnlyDictionary<string, Theme> Themes);

internal static class DemoContent
{
    private static readonly Actor Admin = new(Guid.Empty, new HashSet<Role> { Role.Admin });

    private static readonly (string Oid, string Name, Level Level, string Body, string Party)[] People =
    [
        ("demo-mette", "Mette Lykke Andersen", Level.Kommune, "Aarhus Kommune", "Socialdemokratiet"),
        ("demo-jens", "Jens Mørup", Level.Kommune, "Odense Kommune", "Venstre"),
        ("demo-sara", "Sara Bakhtiari", Level.Kommune, "Københavns Kommune", "SF"),
        ("demo-henrik", "Henrik Skov", Level.Kommune, "Vejle Kommune", "Det Konservative Folkeparti"),
        ("demo-anne", "Anne Friis Nielsen", Level.Region, "Region Midtjylland", "Socialdemokratiet"),
        ("demo-peter", "Peter Dam", Level.Region, "Region Syddanmark", "Venstre"),
        ("demo-louise", "Louise Thorsen", Level.Folketing, "Folketinget", "Moderaterne"),
        ("demo-rasmus", "Rasmus Kjær", Level.Folketing, "Folketinget", "Enhedslisten"),
        ("demo-camilla", "Camilla Brandt", Level.Europaparlamentet, "Europa-Parlamentet", "Radikale Venstre"),
        ("demo-niels", "Niels Overgaard", Level.Europaparlamentet, "Europa-Parlamentet", "Danmarksdemokraterne"),
    ];

    public static async Task<DemoCast> PlayAsync(DemoScript demo, CancellationToken ct)
    {
        var themes = new Dictionary<string, Theme>();
        var secretariat = await StaffAsync(demo, ct);
        var members = new Dictionary<string, (Member Member, Actor Actor)>();
        foreach (var p in People)
        {
            var registered = RegisteringMembers.Decide(Guid.CreateVersion7(),
                new RegisterMember(p.Name, $"{p.Oid[5..]}@demo.politikerforum.dk", p.Level, p.Body, p.Party, p.Oid), secretariat, Registered(demo));
            await demo.ActAsync(secretariat, s => s.Events.StartStream<Member>(registered.MemberId, registered), ct, Registered(demo));
            members[p.Oid[5..]] = (Member.Create(registered), new Actor(registered.MemberId, new HashSet<Role> { Role.Member }, registered.MemberId));
        }

        foreach (var theme in DemoThemes.All)
        {
            var at = demo.Now.AddDays(-theme.DaysAgo);
            DateTimeOffset? earlier = theme.DaysAgo > 0 ? at : null;
            var opener = theme.OpenedBy is { } openedBy ? members[openedBy] : ((Member Member, Actor Actor)?)null;
            var actor = opener?.Actor ?? secretariat;
            var themeId = Guid.CreateVersion7();
            var opened = OpeningThemes.Decide(themeId, new OpenTheme(theme.Title, theme.Description, theme.Visibility), actor, opener?.Member, at);
            await demo.ActAsync(actor, s => s.Events.StartStream<Theme>(themeId, opened), ct, earlier);
            var state = Fold(opened);

            foreach (var who in theme.Participants.Where(w => !state.HasParticipant(members[w].Member.Id)))
            {
                // Closed themes are filled by the secretariat; in the others members join themselves.
                var joiner = theme.Visibility == Visibility.Closed ? secretariat : members[who].Actor;
                var joined = AddingParticipants.Decide(state, members[who].Member, joiner, at);
                await demo.ActAsync(joiner, s => s.Events.Append(themeId, joined), ct, earlier);
                state = Theme.Apply(joined, state);
            }

            foreach (var thread in theme.Threads)
            {
                Post? root = null;
                foreach (var (who, text) in thread)
                {
                    var author = members[who].Actor;
                    var published = Publishing.Decide(Guid.CreateVersion7(), state.Id, root, new PublishPost(text, root?.Id), author, at);
                    await demo.ActAsync(author, s => s.Events.StartStream<Post>(published.PostId, published), ct, earlier);
                    root ??= Post.Create(published);
                }
            }
            themes[theme.Title] = state;
        }
        return new DemoCast(secretariat, members, themes);
    }

    /// <summary>The members joined before the oldest theme was opened (<see cref="DemoTheme.DaysAgo"/>).</summary>
    private static DateTimeOffset Registered(DemoScript demo) => demo.Now.AddDays(-60);

    private static async Task<Actor> StaffAsync(DemoScript demo, CancellationToken ct)
    {
        Guid first = Guid.Empty;
        foreach (var (organisation, person, oid) in new[] { ("Resonans", "Line Bech", "demo-line"), ("Rambøll Management Consulting", "Kasper Holt", "demo-kasper") })
        {
            var org = RegisteringOrganisations.Decide(Guid.CreateVersion7(), new RegisterOrganisation(organisation), Admin, demo.Now);
            await demo.ActAsync(Admin, s => s.Events.StartStream<Organisation>(org.OrganisationId, org), ct);
            var staff = RegisteringStaff.Decide(Guid.CreateVersion7(),
                new RegisterStaffMember(person, $"{oid[5..]}@demo.politikerforum.dk", org.OrganisationId, oid), Admin, demo.Now);
            await demo.ActAsync(Admin, s => s.Events.StartStream<StaffMember>(staff.StaffMemberId, staff), ct);
            if (first == Guid.Empty) first = staff.StaffMemberId;
        }
        return new Actor(first, new HashSet<Role> { Role.Secretariat });
    }

    private static Theme Fold(object[] events) =>
        events.Skip(1).OfType<ParticipantJoined>().Aggregate(Theme.Create((ThemeOpened)events[0]), (t, e) => Theme.Apply(e, t));
}
