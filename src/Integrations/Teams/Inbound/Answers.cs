using System.Text.Json;
using Politikerforum.Domain;
using Politikerforum.Integrations.Teams.Protocol;

namespace Politikerforum.Integrations.Teams.Inbound;

/// <summary>How the bot words what the forum answered: a refusal's own Danish text, never an exception's.</summary>
public static class Answers
{
    /// <summary>The refusal's text, and for input that could not be taken, what was wrong with each field.</summary>
    public static string Of(Refusal refusal) => refusal.Errors is { Count: > 0 } errors
        ? string.Join(" ", [refusal.Detail, .. errors.Values.SelectMany(messages => messages).Distinct()])
        : refusal.Detail;

    /// <summary>The <c>message</c> a command's answer carries (a pace switch says what happened), also after an idempotent replay.</summary>
    public static string? MessageOf(object? answer) =>
        answer is not null && BotJson.ToElement(answer) is { ValueKind: JsonValueKind.Object } json && json.TryGetProperty("message", out var message)
            ? message.GetString()
            : null;

    public const string Stranger =
        "Hej! Du er ikke medlem af Politikerforum endnu, så jeg kan ikke vise dig forummets temaer eller tage imod dine bidrag. "
        + "Politikerforum er for folkevalgte politikere i kommuner, regioner, Folketinget og Europa-Parlamentet. "
        + "Vil du være med, så skriv deltag og navnet på din kommune, region eller organisation, fx: deltag Aarhus Kommune. "
        + "Sekretariatet behandler ansøgningen og vender tilbage til dig.";

    public const string NotLinked =
        "Denne samtale er ikke knyttet til et tema. Brug kommandoen i en kanal, som sekretariatet har knyttet til et tema, eller skriv temaer for at se dine temaer.";
}
