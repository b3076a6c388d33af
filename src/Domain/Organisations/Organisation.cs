namespace Politikerforum.Domain.Organisations;

/// <summary>An organisation behind the forum (an "aktør"), e.g. Resonans.</summary>
public record OrganisationRegistered(Guid OrganisationId, string Name, Guid RegisteredBy, DateTimeOffset RegisteredAt);

public sealed record Organisation(Guid Id, string Name, DateTimeOffset RegisteredAt)
{
    public static Organisation Create(OrganisationRegistered e) => new(e.OrganisationId, e.Name, e.RegisteredAt);
}
