using Politikerforum.Domain;
using Politikerforum.Domain.Applications;

namespace Politikerforum.Host.Web;

/// <summary>
/// The two answers to an application as forms: what was filled in, which of them was sent, and the refusal if the command
/// said no. <see cref="ApproveKey"/> and <see cref="RejectKey"/> are the two commands' idempotency keys, new for each page
/// shown, so a form sent twice decides once.
/// </summary>
public sealed record ApplicationForm(
    string? Email, Level? Level, string? Name, string? Body, string? Party, string? Reason, bool Rejected, Refusal? Refusal = null)
{
    public string ApproveKey { get; } = Guid.NewGuid().ToString();
    public string RejectKey { get; } = Guid.NewGuid().ToString();

    /// <summary>A fresh form: the name and body as the applicant gave them, to be corrected if need be.</summary>
    public static ApplicationForm For(ApplicationView application) =>
        new(null, null, application.Name, application.Organisation, null, null, false);

    public static ApplicationForm Approving(string? email, Level? level, string? name, string? body, string? party) =>
        new(email, level, name, body, party, null, false);

    public static ApplicationForm Rejecting(string? reason) => new(null, null, null, null, null, reason, true);

    /// <summary>The refusal's text for one field of the form that was sent, if any.</summary>
    public string? ErrorFor(bool rejecting, string field) =>
        rejecting == Rejected && Refusal?.Errors?.GetValueOrDefault(field) is { Length: > 0 } errors ? string.Join(" ", errors) : null;
}
