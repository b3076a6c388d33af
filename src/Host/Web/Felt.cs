namespace Politikerforum.Host.Web;

/// <summary>A text field of a form, for the shared <c>_Felt</c> partial.</summary>
/// <param name="Id">The element's id, which the refusal's list of errors links to.</param>
/// <param name="Name">The command's field, as the refusal names it.</param>
public sealed record Felt(string Id, string Name, string Label, string? Value, string? Error, string Type = "text", string? Help = null);
