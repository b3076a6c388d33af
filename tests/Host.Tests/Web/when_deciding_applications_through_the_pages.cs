using System.Net;
using Marten;
using Politikerforum.Domain.Applications;
using Politikerforum.Domain.Members;
using Politikerforum.Host.Tests.Support;
using Politikerforum.Host.Tests.Web.Support;

namespace Politikerforum.Host.Tests.Web;

/// <summary>
/// The applications page decides through <c>ForumCommands</c> as the API does: approving registers the applicant under the
/// Entra object id they applied with, rejecting records the reason; the command's refusal is shown at the form; anti-forgery
/// on both forms; the secretariat's door only; a form sent twice decides once.
/// </summary>
public sealed class when_deciding_applications_through_the_pages(ForumFixture fixture) : ForumTest(fixture)
{
    private const string List = "/sekretariat/ansoegninger";
    private Guid _applicationId;
    private string Page => $"{List}/{_applicationId}";

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        // The demo forum seeds only an empty store, so it comes first: it gives a member to try the pages as.
        await DemoForumSeed.SeedAsync(Host, Clock);
        _applicationId = await Applicants.ApplyAsync(As, "karen-oid");
    }

    private static Dictionary<string, string> Approval(string token, string key, string email = "kv@aalborg.dk") => new()
    {
        ["__RequestVerificationToken"] = token, ["noegle"] = key, ["email"] = email, ["level"] = "kommune",
        ["name"] = Applicants.Name, ["body"] = Applicants.Organisation, ["party"] = "Socialdemokratiet"
    };

    private async Task<(MembershipApplication Application, List<Member> Members)> StoredAsync()
    {
        await using var session = Store.QuerySession();
        return ((await session.LoadAsync<MembershipApplication>(_applicationId))!,
            [.. await session.Query<Member>().Where(m => m.EntraObjectId == "karen-oid").ToListAsync()]);
    }

    private async Task StillWaitingAsync()
    {
        var (application, members) = await StoredAsync();
        Assert.Equal(ApplicationStatus.Pending, application.Status);
        Assert.Empty(members);
    }

    [Fact]
    public async Task the_secretariat_approves_and_the_applicant_is_a_member_under_the_account_they_applied_with()
    {
        var line = await Visitor.SignedInAsync(Host, "line-oid", "secretariat");
        Assert.Contains(Applicants.Name, await line.PageAsync(List));

        var answer = await line.PostFormAsync($"{Page}?handler=godkend", Approval(await line.FormTokenAsync(Page), Guid.NewGuid().ToString()));

        Assert.Equal(HttpStatusCode.Redirect, answer.StatusCode);
        Assert.Equal(List, answer.Headers.Location!.OriginalString);
        Assert.Contains($"Ansøgningen fra {Applicants.Name} er godkendt", await line.PageAsync(List));
        var (application, members) = await StoredAsync();
        Assert.Equal(ApplicationStatus.Approved, application.Status);
        var member = Assert.Single(members);
        Assert.Equal((application.MemberId, "kv@aalborg.dk", Politikerforum.Domain.Level.Kommune, "Socialdemokratiet"), (member.Id, member.Email, member.Level, member.Party));
        Assert.DoesNotContain(Applicants.Name, await line.PageAsync(List));
        Assert.Contains("Godkendt", await line.PageAsync($"{List}?status=approved"));
    }

    [Fact]
    public async Task the_secretariat_rejects_with_a_reason()
    {
        var line = await Visitor.SignedInAsync(Host, "line-oid", "secretariat");

        var answer = await line.PostFormAsync($"{Page}?handler=afvis", new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = await line.FormTokenAsync(Page), ["noegle"] = Guid.NewGuid().ToString(), ["reason"] = "Ikke folkevalgt."
        });

        Assert.Equal(HttpStatusCode.Redirect, answer.StatusCode);
        Assert.Contains($"Ansøgningen fra {Applicants.Name} er afvist.", await line.PageAsync(List));
        var (application, members) = await StoredAsync();
        Assert.Equal((ApplicationStatus.Rejected, "Ikke folkevalgt."), (application.Status, application.Reason));
        Assert.Empty(members);
        var shown = await line.PageAsync(Page);
        Assert.Contains("Ikke folkevalgt.", shown);
        Assert.DoesNotContain("Godkend ansøgningen", shown);
    }

    [Fact]
    public async Task the_commands_refusal_is_shown_at_the_form_in_its_own_words()
    {
        var line = await Visitor.SignedInAsync(Host, "line-oid", "secretariat");

        var answer = await line.PostFormAsync($"{Page}?handler=godkend", Approval(await line.FormTokenAsync(Page), Guid.NewGuid().ToString(), email: "ikke-en-adresse"));
        var page = await answer.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, answer.StatusCode);
        Assert.Contains("Ansøgningen blev ikke godkendt.", page);
        Assert.Contains("E-mailadressen er ikke gyldig.", page);
        Assert.Contains("value=\"ikke-en-adresse\"", page);
        await StillWaitingAsync();
    }

    [Fact]
    public async Task a_form_without_its_anti_forgery_token_changes_nothing()
    {
        var line = await Visitor.SignedInAsync(Host, "line-oid", "secretariat");
        await line.PageAsync(Page);
        var fields = Approval("", Guid.NewGuid().ToString());
        fields.Remove("__RequestVerificationToken");

        var answer = await line.PostFormAsync($"{Page}?handler=godkend", fields);

        Assert.Equal(HttpStatusCode.BadRequest, answer.StatusCode);
        await StillWaitingAsync();
    }

    [Fact]
    public async Task a_member_can_neither_read_nor_decide_applications()
    {
        var mette = await Visitor.SignedInAsync(Host, "demo-mette", "member");
        // Her own token (from the sign-out form every page has), so only her role can be what stops her.
        var token = await mette.FormTokenAsync("/sekretariat");

        var answer = await mette.PostFormAsync($"{Page}?handler=godkend", Approval(token, Guid.NewGuid().ToString()));

        Assert.Equal(HttpStatusCode.Redirect, (await mette.GetAsync(List)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, answer.StatusCode);
        Assert.StartsWith("/sekretariat/fejl/403", answer.Headers.Location!.PathAndQuery);
        await StillWaitingAsync();
    }

    [Fact]
    public async Task a_form_sent_twice_registers_one_member()
    {
        var line = await Visitor.SignedInAsync(Host, "line-oid", "secretariat");
        var form = Approval(await line.FormTokenAsync(Page), Guid.NewGuid().ToString());

        var first = await line.PostFormAsync($"{Page}?handler=godkend", form);
        var second = await line.PostFormAsync($"{Page}?handler=godkend", form);

        Assert.Equal((HttpStatusCode.Redirect, HttpStatusCode.Redirect), (first.StatusCode, second.StatusCode));
        Assert.Single((await StoredAsync()).Members);
    }
}
