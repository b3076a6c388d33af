using System.Diagnostics;
using System.Text.Json;
using System.Text.RegularExpressions;
using JasperFx;
using Marten.Exceptions;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Politikerforum.Domain;
using Politikerforum.Host.Auth;
using Wolverine.Http;

namespace Politikerforum.Host.Http;

/// <summary>Every "no" the forum gives, as RFC 9457 problem details with Danish text for people.</summary>
public static partial class Problems
{
    /// <summary>For Wolverine <c>Validate</c> methods: no refusal means carry on.</summary>
    public static ProblemDetails ToProblem(this Refusal? refusal) => refusal is null
        ? WolverineContinue.NoProblems
        : new ProblemDetails { Status = StatusOf(refusal.Kind), Title = TitleOf(StatusOf(refusal.Kind)), Detail = refusal.Detail };

    /// <summary>A refusal with field errors is a validation problem naming each field.</summary>
    public static IResult ToResult(this Refusal refusal) => refusal.Errors is { Count: > 0 } errors
        ? Results.ValidationProblem(errors.ToDictionary(), detail: refusal.Detail, statusCode: StatusOf(refusal.Kind), title: TitleOf(StatusOf(refusal.Kind)))
        : Results.Problem(statusCode: StatusOf(refusal.Kind), title: TitleOf(StatusOf(refusal.Kind)), detail: refusal.Detail);

    public static int StatusOf(RefusalKind kind) => kind switch
    {
        RefusalKind.Invalid => StatusCodes.Status400BadRequest,
        RefusalKind.Forbidden => StatusCodes.Status403Forbidden,
        RefusalKind.NotFound => StatusCodes.Status404NotFound,
        RefusalKind.Unprocessable => StatusCodes.Status422UnprocessableEntity,
        _ => StatusCodes.Status409Conflict
    };

    public static string TitleOf(int status) => status switch
    {
        400 => "Ugyldig forespørgsel",
        401 => "Du er ikke logget ind",
        403 => "Du har ikke adgang",
        404 => "Findes ikke",
        405 => "Metoden understøttes ikke",
        409 => "Konflikt",
        413 => "Forespørgslen er for stor",
        415 => "Indholdstypen understøttes ikke",
        422 => "Forespørgslen kan ikke behandles",
        429 => "For mange forespørgsler",
        502 => "En anden tjeneste svarede ikke som forventet",
        503 => "Forummet er midlertidigt utilgængeligt",
        _ => "Der opstod en fejl"
    };

    private static string DetailOf(int status) => status switch
    {
        401 => "Forespørgslen mangler et gyldigt adgangstoken.",
        403 => "Din rolle giver ikke adgang til denne handling.",
        // The same answer as for anything the caller may not see, so a wrong address and a hidden item read alike.
        404 => Refusal.Unknown.Detail,
        405 => "Adressen understøtter ikke denne HTTP-metode.",
        415 => "Forespørgslens indhold skal være JSON og sendes med headeren Content-Type: application/json.",
        _ when status >= 500 => "Der opstod en uventet fejl. Prøv igen, og kontakt sekretariatet, hvis fejlen fortsætter.",
        _ => "Forespørgslen kunne ikke behandles."
    };

    public static void AddForumProblemDetails(this IServiceCollection services)
    {
        services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
        {
            var status = context.ProblemDetails.Status ?? context.HttpContext.Response.StatusCode;
            context.ProblemDetails.Title = TitleOf(status);
            // The trace id as the events and the logs carry it, so an answer can be found in both.
            context.ProblemDetails.Extensions["traceId"] = TraceId(context.HttpContext);
            context.ProblemDetails.Detail ??= DetailOf(status);
            // Never show exception text or stack traces to callers.
            context.ProblemDetails.Extensions.Remove("exception");
            if (context.ProblemDetails is HttpValidationProblemDetails validation) CamelCaseFields(validation.Errors);
            if (context.ProblemDetails.Extensions.ContainsKey("bytePositionInLine")) ExplainUnreadableJson(context.HttpContext, context.ProblemDetails);
            if (context.ProblemDetails.Extensions.TryGetValue("parameter", out var parameter) && parameter is string name)
                ExplainUnreadableQuery(context.ProblemDetails, name);
        });
        services.AddExceptionHandler<ForumExceptionHandler>();
    }

    private static void CamelCaseFields(IDictionary<string, string[]> errors)
    {
        foreach (var field in errors.Keys.ToList())
        {
            var camel = JsonNamingPolicy.CamelCase.ConvertName(field);
            if (camel == field) continue;
            errors[camel] = errors[field];
            errors.Remove(field);
        }
    }

    /// <summary>
    /// Wolverine answers a body that is not valid JSON for the command (malformed, wrong type,
    /// unknown enum value) with the serializer's English message; we name the field in Danish instead, and say what
    /// it takes (the allowed values of an enum), found from the body type the endpoint reads.
    /// </summary>
    private static void ExplainUnreadableJson(HttpContext context, ProblemDetails problem)
    {
        var path = JsonPath().Match(problem.Detail ?? "") is { Success: true } m ? m.Groups[1].Value : "";
        problem.Extensions.Remove("lineNumber");
        problem.Extensions.Remove("bytePositionInLine");
        problem.Type = "https://tools.ietf.org/html/rfc9110#section-15.5.1";
        if (path.Length == 0)
        {
            problem.Detail = "Forespørgslens indhold er ikke gyldig JSON.";
            return;
        }
        var field = JsonNamingPolicy.CamelCase.ConvertName(path);
        var type = ExpectedValues.AtPath(context, path);
        problem.Detail = ExpectedValues.Sentence(field, type) ?? $"Feltet '{field}' har en værdi, der ikke kan læses.";
        problem.Extensions["errors"] = new Dictionary<string, string[]> { [field] = [ExpectedValues.FieldError(type) ?? UnreadableValue] };
    }

    /// <summary>
    /// Wolverine rejects a query value it cannot parse (<c>?limit=ti</c>) in English, naming .NET types;
    /// we name the parameter in Danish instead, and what it takes.
    /// </summary>
    private static void ExplainUnreadableQuery(ProblemDetails problem, string parameter)
    {
        var type = ExpectedType().Match(problem.Detail ?? "") is { Success: true } m ? ExpectedValues.Named(m.Groups[1].Value) : null;
        problem.Extensions.Remove("parameter");
        problem.Detail = UnreadableQuery(parameter, type);
        problem.Extensions["errors"] = new Dictionary<string, string[]> { [parameter] = [ExpectedValues.FieldError(type) ?? UnreadableValue] };
    }

    /// <summary>"'level' skal være en af: …" where the type says what it takes; otherwise that the value cannot be read.</summary>
    public static string UnreadableQuery(string parameter, Type? type = null) =>
        ExpectedValues.Sentence(parameter, type) ?? $"Parameteren '{parameter}' i adressen har en værdi, der ikke kan læses.";

    private const string UnreadableValue = "Værdien har en forkert type eller er ikke en af de tilladte værdier.";

    [GeneratedRegex(@"Path: \$\.?([A-Za-z0-9_.\[\]]*)")]
    private static partial Regex JsonPath();

    [GeneratedRegex(@"expected type ([A-Za-z0-9_.?]+)$")]
    private static partial Regex ExpectedType();

    public static string TraceId(HttpContext context) => Activity.Current?.TraceId.ToString() ?? context.TraceIdentifier;

    /// <summary>
    /// Maps the few exceptions that are the caller's doing, and a database out of reach to 503 (<see cref="DatabaseUnavailable"/>);
    /// everything else is a plain 500. Every 5xx is logged here at Error with the trace id the answer carries (ASP.NET Core
    /// logs nothing itself once a handler has answered).
    /// </summary>
    private sealed class ForumExceptionHandler(IProblemDetailsService problems, ILogger<ForumExceptionHandler> logger) : IExceptionHandler
    {
        public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken ct)
        {
            var (status, detail) = exception switch
            {
                ConcurrencyException => (409, "Nogen har ændret det samme i mellemtiden. Hent den nyeste udgave, og prøv igen."),
                StreamLockedException => (409, "Der er travlt her lige nu. Prøv igen om et øjeblik."),
                BadHttpRequestException bad => (bad.StatusCode, bad.StatusCode == 413
                    ? "Forespørgslen er større, end forummet tager imod."
                    : "Forespørgslens indhold kunne ikke læses. Kontrollér, at det er gyldig JSON med de rigtige felter."),
                _ when DatabaseUnavailable.Is(exception) => (503, DatabaseUnavailable.Detail),
                _ => (500, null as string)
            };
            // The request's own path: the secretariat's pages' handler has already pointed the request at their error page.
            var path = context.Features.Get<IExceptionHandlerPathFeature>()?.Path ?? context.Request.Path.Value ?? "";
            if (status >= 500)
                logger.LogError(exception, "Unhandled exception in {Method} {Path}, answered {Status} with trace id {TraceId}",
                    context.Request.Method, path, status, TraceId(context));
            if (status == 503) context.Response.Headers.RetryAfter = DatabaseUnavailable.RetryAfterSeconds.ToString();
            context.Response.StatusCode = status;
            // A person at the pages gets a page, not problem details: their error page is shown with this status.
            if (WebSignIn.IsWebPath(path)) return false;
            return await problems.TryWriteAsync(new ProblemDetailsContext
            {
                HttpContext = context,
                ProblemDetails = { Status = status, Detail = detail },
                Exception = exception
            });
        }
    }
}
