namespace Politikerforum.Host.Tests.Authorization;

/// <summary>A valid body for every write, so a refusal is about who asks and never about what they sent.</summary>
public static class Bodies
{
    public sealed record Context(MatrixScenario Scenario, Guid Target, int? Version, DateTimeOffset Now);

    public static object Decision(DateTimeOffset now) =>
        new { title = "Fælles vagtplan", proposal = "Vi afprøver en fælles vagtplan.", deadline = now.AddDays(3), requiredLevels = new[] { "kommune" } };

    public static object Commitment(DateTimeOffset now) =>
        new { what = "Data om ventelister", toLevel = "region", dueOn = DateOnly.FromDateTime(now.UtcDateTime).AddDays(30) };

    private static object Member(string oid) =>
        new { name = "Lars Lund", email = $"{oid}@example.dk", level = "kommune", body = "Vejle Kommune", party = "V", entraObjectId = oid };

    public static object? For(string endpoint, Context c) => endpoint switch
    {
        "POST /api/members" => Member($"oid-{Guid.NewGuid():N}"),
        "PUT /api/members/{id}" => new { name = "Lars Lund", email = "lars@example.dk", level = "kommune", body = "Vejle Kommune", party = "V", version = c.Version },
        "POST /api/members/{id}/erasure" => new { reason = "Anmodning efter artikel 17" },
        "PUT /api/members/{id}/urgent-notices" => new { notify = true },
        "POST /api/applications" => new { name = "Karen Vestergaard", organisation = "Aalborg Kommune" },
        "POST /api/applications/{id}/approve" => new { email = "kv@aalborg.dk", level = "kommune" },
        "POST /api/applications/{id}/reject" => new { reason = "Ikke folkevalgt." },
        "PUT /api/themes/{id}/teams-channel" => new { teamId = Guid.NewGuid(), channelId = $"19:{Guid.NewGuid():N}@thread.tacv2" },
        "PUT /api/themes/{id}/urgent-meetings" => new { on = true },
        "POST /api/organisations" => new { name = $"Organisation {Guid.NewGuid():N}" },
        "POST /api/staff" => new { name = "Ida Holm", email = "ida@kl.dk", organisationId = c.Scenario.OrganisationId },
        "POST /api/themes" => new { title = "Klimatilpasning", description = "Hvem betaler for digerne?", visibility = "forum" },
        "PUT /api/themes/{id}" => new { title = "Klimatilpasning", description = "Hvem betaler?", visibility = "public", version = c.Version },
        "POST /api/themes/{id}/participants" => new { memberId = c.Scenario.OutsiderId },
        "POST /api/themes/{id}/pace" => new { pace = "urgent", reason = "Stormfloden rammer i weekenden", until = c.Now.AddHours(48) },
        "POST /api/themes/{id}/posts" => new { text = "Vi mangler hænder." },
        "PUT /api/posts/{id}" => new { text = "Vi mangler stadig hænder.", version = c.Version },
        "POST /api/themes/{id}/experiments" => Experiments.ExperimentSteps.Proposal(c.Now),
        "POST /api/experiments/{id}/progress" => new { note = "Tre nye ansøgere." },
        "POST /api/experiments/{id}/conclude" => new { outcome = "mixed", summary = "Flere ansøgere, dyrere vikarer." },
        "POST /api/experiments/{id}/abandon" => new { reason = "Budgettet blev skåret." },
        "POST /api/themes/{id}/lessons" => Lessons.LessonSteps.ALesson(),
        "PUT /api/lessons/{id}" => new { title = "Fælles vagtplan", text = "Det virkede stadig.", kind = "worked", tags = new[] { "vagtplan" }, version = c.Version },
        "POST /api/themes/{id}/decisions" => Decision(c.Now),
        "POST /api/decisions/{id}/positions" => new { position = "support" },
        "POST /api/decisions/{id}/conclude" => new { outcome = "adopted", rationale = "Et klart flertal bakker op." },
        "POST /api/decisions/{id}/withdraw" => new { reason = "Vi venter på budgettet." },
        "POST /api/themes/{id}/commitments" => Commitment(c.Now),
        "POST /api/commitments/{id}/fulfil" => new { note = "Data er sendt til regionen." },
        "POST /api/commitments/{id}/withdraw" => new { reason = "Data findes ikke længere." },
        "POST /api/webhooks" => new { url = MatrixScenario.WebhookUrl },
        "POST /api/posts/{id}/hide" or "POST /api/lessons/{id}/hide" => new { reason = "Indeholder personoplysninger om en borger." },
        _ => null
    };
}
