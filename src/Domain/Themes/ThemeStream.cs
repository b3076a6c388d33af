using JasperFx.Events;
using Marten;
using Politikerforum.Domain.Commands;

namespace Politikerforum.Domain.Themes;

/// <summary>
/// A theme's own stream, locked for this command: what <see cref="ItemStream{T}"/> is for the things inside a theme.
/// <see cref="Theme"/> is null for an unknown id; the rules answer that exactly as they answer a theme the actor may not see.
/// </summary>
public sealed record ThemeStream(IEventStream<Theme> Stream)
{
    public Theme? Theme => Stream.Aggregate;

    /// <summary>
    /// The stream under an exclusive lock, so that those who change one theme at once (its stewards, people joining,
    /// two levels switching its pace) are served one after the other, and the second is judged on what the first did.
    /// </summary>
    public static async Task<ThemeStream> FetchAsync(IDocumentSession session, Guid themeId, CancellationToken ct) =>
        new(await session.Events.FetchForExclusiveWriting<Theme>(themeId, ct));

    /// <summary>Appends what the rule decided and tells the door the theme's new version.</summary>
    /// <param name="waits">Recorded, but it takes effect only when someone else acts too.</param>
    public Done Append(object decided, object? answer = null, bool waits = false)
    {
        Stream.AppendOne(decided);
        return new Done(Stream.Id, Stream.CurrentVersion ?? 1, answer, waits);
    }
}
