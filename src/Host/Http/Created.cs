using Wolverine.Http;

namespace Politikerforum.Host.Http;

/// <summary>The body of a 201 Created: the new id and where to read it (also in <c>Location</c>).</summary>
public sealed record Created(Guid Id, string Url) : CreationResponse(Url)
{
    public static Created At(string collection, Guid id) => new(id, $"{collection}/{id}");
}
