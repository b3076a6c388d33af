using Marten;
using Microsoft.AspNetCore.Mvc;
using Politikerforum.Domain;
using Politikerforum.Domain.Posts;

namespace Politikerforum.Host.Web.Pages.Indlaeg;

/// <summary>A post as <see cref="PostReads"/> shows it to the actor: a hidden one only to its author and the secretariat.</summary>
public sealed class DetaljerModel(IQuerySession session, TimeProvider clock) : ItemPage(session, clock)
{
    public PostView? Post { get; private set; }
    public ShownActor Author => Post!.Author;

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        Post = await PostReads.GetAsync(Session, id, Actor, Aborted);
        return await ShowAsync(Post, Refusal.Unknown, p => p.ThemeId);
    }
}
