using Politikerforum.Host.Tests.Support;

namespace Politikerforum.Host.Tests.Web.Support;

/// <summary>Someone not in the forum applies for membership through the API, as the Teams bot's "deltag" does through the same command.</summary>
public static class Applicants
{
    public const string Name = "Karen Vestergaard", Organisation = "Aalborg Kommune";

    /// <returns>The application's id.</returns>
    public static Task<Guid> ApplyAsync(Func<string, string, Caller> @as, string objectId) =>
        @as("member", objectId).CreateAsync("/api/applications", new { name = Name, organisation = Organisation });
}
