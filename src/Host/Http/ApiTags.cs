using Microsoft.OpenApi;

namespace Politikerforum.Host.Http;

/// <summary>
/// The features the OpenAPI document groups operations by, in the forum's own Danish words (the glossary's), each with
/// what it is for. An endpoint belongs to the feature of the folder its code is in (<c>Host/Posts</c> is Indlæg);
/// <c>[Tags("…")]</c> on the endpoint says otherwise where it must.
/// </summary>
public static class ApiTags
{
    public const string Integrations = "Integrationer";

    private static readonly (string Feature, string Tag, string Description)[] Features =
    [
        ("Members", "Medlemmer", "Hvem du er (`GET /api/me`), medlemsregistret, profiler, udmeldelse og GDPR (indsigt, dataudlevering og sletning)."),
        ("Themes", "Temaer", "Temaerne, som alt arbejde i forummet hører til: åbning, deltagere, synlighed, tempo (normalt eller hurtig handling), niveauernes billede og kanaler i Teams."),
        ("Timeline", "Tidslinje", "Et temas hændelser i rækkefølge med filtre på type, niveau, tid, medlem og ord."),
        ("Posts", "Indlæg", "Tråde og svar i et tema. Skjulte indlæg ses kun af sekretariatet."),
        ("Lessons", "Erfaringer", "Erfaringsbiblioteket: erfaringer fra praksis med fortrolighed (offentlig, forum eller Chatham House), anbefalinger og rettelser."),
        ("Experiments", "Eksperimenter", "Forsøg på tværs af niveauer: forslag, start, fremskridt, afslutning med resultat, eller opgivelse."),
        ("Decisions", "Beslutninger", "Forslag, som niveauerne tager stilling til inden en frist, og beslutningen, der træffes."),
        ("Commitments", "Tilsagn", "Et niveaus løfte til et andet om at levere noget inden en dato, og regnskabet over tilsagn mellem niveauerne."),
        ("Review", "Ugens overblik", "Det, der er sket på tværs af alle temaer siden et tidspunkt: sekretariatets ugentlige gennemgang i ét kald."),
        ("Search", "Søgning", "Søgning i hele forummet: erfaringer, eksperimenter, beslutninger og indlæg, du har adgang til."),
        ("Applications", "Ansøgninger", "Ansøgninger om medlemskab fra personer, der ikke er medlemmer endnu, og sekretariatets afgørelse."),
        ("Organisations", "Organisationer", "Organisationerne bag forummet og sekretariatets medarbejdere."),
        ("Audit", "Revisionsspor", "Hvem gjorde hvad og hvornår i hele forummet, for dem, der driver det."),
        ("Feed", Integrations, "Hændelsesfeed (CloudEvents), live-strøm, webhooks og forbindelsen til Microsoft Graph for integrationer."),
        ("Operations", "Drift", "Forummets tekniske tilstand for administratorer, fx læsemodellernes efterslæb.")
    ];

    /// <summary>The tag of an endpoint declared in <paramref name="type"/>, by the feature folder its namespace names.</summary>
    public static string? Of(Type type) =>
        type.Namespace?.Split('.').LastOrDefault() is { } feature && Features.FirstOrDefault(f => f.Feature == feature) is { Tag: { } tag } ? tag : null;

    /// <summary>Every feature that has operations in the document, in the order above, with its description.</summary>
    public static ISet<OpenApiTag> Used(IEnumerable<string> used)
    {
        var names = used.ToHashSet();
        return new HashSet<OpenApiTag>(Features.DistinctBy(f => f.Tag).Where(f => names.Contains(f.Tag))
            .Select(f => new OpenApiTag { Name = f.Tag, Description = f.Description })
            .Concat(names.Except(Features.Select(f => f.Tag)).Select(name => new OpenApiTag { Name = name })));
    }
}
