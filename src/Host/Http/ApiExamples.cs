using System.Text.Json.Nodes;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using Politikerforum.Domain.Applications;
using Politikerforum.Domain.Commitments;
using Politikerforum.Domain.Decisions;
using Politikerforum.Domain.Experiments;
using Politikerforum.Domain.Lessons;
using Politikerforum.Domain.Members;
using Politikerforum.Domain.Posts;
using Politikerforum.Domain.Themes;

namespace Politikerforum.Host.Http;

/// <summary>
/// A filled-in body for the main commands, with values like the demo forum's, so that <c>/docs</c> shows what to send and
/// "Try it" starts from something that works. The ids are placeholders: take real ones from the lists.
/// </summary>
public static class ApiExamples
{
    private const string SomeId = "3fa85f64-5717-4562-b3fc-2c963f66afa6";

    private static readonly Dictionary<Type, Func<JsonObject>> Bodies = new()
    {
        [typeof(OpenTheme)] = () => new()
        {
            ["title"] = "Klimatilpasning og skybrud",
            ["description"] = "Hvordan kommuner, regioner og staten deler ansvaret for regnvand, diger og kystbeskyttelse.",
            ["visibility"] = "forum"
        },
        [typeof(UpdateTheme)] = () => new()
        {
            ["title"] = "Klimatilpasning og skybrud",
            ["description"] = "Regnvand, diger og kystbeskyttelse på tværs af niveauerne.",
            ["visibility"] = "forum",
            ["version"] = 3
        },
        [typeof(AddParticipant)] = () => new() { ["memberId"] = SomeId },
        [typeof(PublishPost)] = () => new() { ["text"] = "Hvem har erfaring med regnvandsbede i tætte byområder? Vi overvejer det i Aarhus Midtby." },
        [typeof(EditPost)] = () => new() { ["text"] = "Hvem har erfaring med regnvandsbede i tætte byområder? Vi overvejer det i Aarhus Midtby og Trøjborg.", ["version"] = 1 },
        [typeof(RecordLesson)] = () => new()
        {
            ["title"] = "Regnvandsbede virker bedst med borgerne med fra start",
            ["text"] = "Vi anlagde 40 regnvandsbede i Aarhus Midtby. Hvor grundejerforeningen var med i planlægningen, blev bedene passet og virkede ved skybrud.",
            ["kind"] = "worked",
            ["tags"] = new JsonArray("klimatilpasning", "regnvand", "borgerinddragelse"),
            ["confidentiality"] = "forum"
        },
        [typeof(ProposeExperiment)] = () => new()
        {
            ["title"] = "Fælles udbud af flextrafik over kommunegrænsen",
            ["hypothesis"] = "Et fælles udbud mellem to kommuner og regionen giver kortere ventetid i yderområderne uden højere udgifter.",
            ["bodies"] = new JsonArray("Norddjurs Kommune", "Syddjurs Kommune", "Region Midtjylland"),
            ["levels"] = new JsonArray("kommune", "region"),
            ["plannedEnd"] = "2026-12-31"
        },
        [typeof(NoteProgress)] = () => new() { ["note"] = "Udbuddet er sendt ud; tre operatører har budt." },
        [typeof(ConcludeExperiment)] = () => new()
        {
            ["outcome"] = "mixed",
            ["summary"] = "Ventetiden faldt med 20 procent, men udgifterne steg mere end ventet i den ene kommune."
        },
        [typeof(ProposeDecision)] = () => new()
        {
            ["title"] = "Fælles anbefaling om kystbeskyttelse",
            ["proposal"] = "Forummet anbefaler, at staten medfinansierer kystbeskyttelse, hvor kommunerne har lavet en fælles plan.",
            ["deadline"] = "2026-06-30T12:00:00+02:00",
            ["requiredLevels"] = new JsonArray("kommune", "region", "folketing")
        },
        [typeof(TakePosition)] = () => new() { ["position"] = "support", ["reason"] = "Det passer med vores kystplan for Vestkysten." },
        [typeof(MakeCommitment)] = () => new()
        {
            ["what"] = "Regionen deler sine data om oversvømmelsesrisiko med kommunerne i Midtjylland.",
            ["toLevel"] = "kommune",
            ["dueOn"] = "2026-09-01"
        },
        [typeof(FulfilCommitment)] = () => new() { ["note"] = "Data ligger nu på regionens dataportal." },
        [typeof(SwitchPace)] = () => new()
        {
            ["pace"] = "urgent",
            ["reason"] = "Stormflod varslet i weekenden.",
            ["until"] = "2026-01-12T18:00:00+01:00"
        },
        [typeof(RegisterMember)] = () => new()
        {
            ["name"] = "Karen Vestergaard",
            ["email"] = "kv@aalborg.dk",
            ["level"] = "kommune",
            ["body"] = "Aalborg Kommune",
            ["party"] = "Socialdemokratiet",
            ["entraObjectId"] = "karen"
        },
        [typeof(ApplyForMembership)] = () => new() { ["name"] = "Jens Holm", ["organisation"] = "Region Nordjylland" }
    };

    public static void ShowExamples(this OpenApiOptions options) => options.AddOperationTransformer((operation, context, _) =>
    {
        var body = context.Description.ParameterDescriptions.FirstOrDefault(p => p.Source == Microsoft.AspNetCore.Mvc.ModelBinding.BindingSource.Body);
        if (body is not null && Bodies.TryGetValue(body.Type, out var example)
            && operation.RequestBody?.Content?.TryGetValue("application/json", out var json) == true && json is OpenApiMediaType media)
            media.Example = example();
        return Task.CompletedTask;
    });
}
