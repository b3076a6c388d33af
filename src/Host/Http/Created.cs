using Wolverine.Http;

namespace Politikerforum.Host.Http;

/// <summary>201 Created: <c>Location</c> header and the new id in the body.</summary>
public sealed record Created(Guid Id, string Url) : CreationResponse(Url)
{
    public static Created At(string collection, Guid id) => new(id, $"{collection}/{id}");
}
