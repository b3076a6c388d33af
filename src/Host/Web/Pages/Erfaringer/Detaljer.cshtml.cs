using Marten;
using Politikerforum.Domain;
using Microsoft.AspNetCore.Mvc;
using Politikerforum.Domain.Lessons;

namespace Politikerforum.Host.Web.Pages.Erfaringer;

/// <summary>A lesson as <see cref="LessonReads"/> shows it to the actor: under the Chatham House rule, without its author.</summary>
public sealed class DetaljerModel(IQuerySession session, TimeProvider clock) : ItemPage(session, clock)
{
    public LessonDetail? Lesson { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        Lesson = await LessonReads.GetAsync(Session, id, Actor, Aborted);
        return await ShowAsync(Lesson, Refusal.Unknown, l => l.ThemeId);
    }
}
