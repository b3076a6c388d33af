using Politikerforum.Domain.Commands;
using Politikerforum.Host.Tests.Support;

namespace Politikerforum.Host.Tests.Doors;

/// <summary>
/// One command as each door would send it: the caller (role and Entra object id), the HTTP request, and the same
/// command for the in-process door that the bot and the web pages use.
/// </summary>
public sealed record DoorCase(string Role, string ObjectId, HttpMethod Method, string Url, object? Body, ICommand Command);

/// <summary>
/// A row of the two-door table: how to build a fresh case for <typeparamref name="T"/> — called once per door,
/// so each door acts on its own, identical, forum.
/// </summary>
public sealed record DoorRow(Type Command, string Name, Func<ForumTestContext, Task<DoorCase>> Given)
{
    public static DoorRow For<T>(string name, Func<ForumTestContext, Task<DoorCase>> given) where T : ICommand => new(typeof(T), name, given);

    public override string ToString() => Name;
}

/// <summary>What a row's set-up may use: the test's callers and steps.</summary>
public sealed class ForumTestContext(Func<string, string, Caller> @as, Func<string, string, string, Task<(Guid Id, Caller Caller, string ObjectId)>> member, Caller admin, DateTimeOffset now)
{
    public Caller As(string role, string objectId) => @as(role, objectId);
    public Caller Admin => admin;
    public DateTimeOffset Now => now;

    /// <summary>A registered member with a fresh Entra object id.</summary>
    public Task<(Guid Id, Caller Caller, string ObjectId)> MemberAsync(string name = "Mette Holm", string level = "kommune", string body = "Aarhus Kommune") =>
        member(name, level, body);
}
