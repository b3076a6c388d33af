using Politikerforum.Domain.Lessons;
using Politikerforum.Host.Tests.Lessons;
using Politikerforum.Host.Tests.Support;

namespace Politikerforum.Host.Tests.Doors;

public static partial class DoorRows
{
    private static IEnumerable<DoorRow> Lessons() =>
    [
        DoorRow.For<RecordLesson>("a participant records a lesson", async c =>
        {
            var (_, author, oid) = await c.MemberAsync();
            var theme = await author.OpenThemeAsync();
            return new("member", oid, HttpMethod.Post, $"/api/themes/{theme}/lessons",
                new { title = "Fælles vagtplan", text = "Det virkede.", kind = "went-wrong", tags = new[] { " Vagtplan " }, confidentiality = "chatham-house", personal = true },
                new RecordLesson("Fælles vagtplan", "Det virkede.", LessonKind.WentWrong, [" Vagtplan "], Confidentiality.ChathamHouse, null, null)
                    { ThemeId = theme, Personal = true });
        }),
        DoorRow.For<RecordLesson>("an outsider may not record a lesson", async c =>
        {
            var (_, author, _) = await c.MemberAsync();
            var (_, _, outsider) = await c.MemberAsync("Anne Lund", "region", "Region Midtjylland");
            var theme = await author.OpenThemeAsync();
            return new("member", outsider, HttpMethod.Post, $"/api/themes/{theme}/lessons",
                new { title = "T", text = "T", kind = "worked", confidentiality = "forum" },
                new RecordLesson("T", "T", LessonKind.Worked, null, Confidentiality.Forum, null, null) { ThemeId = theme });
        }),
        DoorRow.For<RecordLesson>("a lesson's source must be in its theme", async c =>
        {
            var (_, author, oid) = await c.MemberAsync();
            var theme = await author.OpenThemeAsync();
            var elsewhere = Guid.NewGuid();
            return new("member", oid, HttpMethod.Post, $"/api/themes/{theme}/lessons",
                new { title = "T", text = "T", kind = "worked", confidentiality = "forum", sourceDecisionId = elsewhere },
                new RecordLesson("T", "T", LessonKind.Worked, null, Confidentiality.Forum, null, elsewhere) { ThemeId = theme });
        }),
        DoorRow.For<RecordLesson>("a lesson needs a title, a kind and a confidentiality", async c =>
        {
            var (_, author, oid) = await c.MemberAsync();
            var theme = await author.OpenThemeAsync();
            return new("member", oid, HttpMethod.Post, $"/api/themes/{theme}/lessons", new { title = " ", text = "T" },
                new RecordLesson(" ", "T", null, null, null, null, null) { ThemeId = theme });
        }),
        DoorRow.For<EditLesson>("the author edits their lesson", async c =>
        {
            var (_, author, oid) = await c.MemberAsync();
            var lesson = await author.RecordLessonAsync(await author.OpenThemeAsync(), "Første udkast", "T");
            return new("member", oid, HttpMethod.Put, $"/api/lessons/{lesson}",
                new { title = "Andet udkast", text = "T", kind = "mixed", tags = new[] { "Ny" }, version = 1 },
                new EditLesson("Andet udkast", "T", LessonKind.Mixed, ["Ny"], 1) { LessonId = lesson });
        }),
        DoorRow.For<EditLesson>("a stale version of a lesson is a conflict", async c =>
        {
            var (_, author, oid) = await c.MemberAsync();
            var lesson = await author.RecordLessonAsync(await author.OpenThemeAsync(), "Første udkast", "T");
            return new("member", oid, HttpMethod.Put, $"/api/lessons/{lesson}", new { title = "T", text = "T", kind = "mixed", version = 7 },
                new EditLesson("T", "T", LessonKind.Mixed, null, 7) { LessonId = lesson });
        }),
        DoorRow.For<EditLesson>("another member may not edit a lesson", async c =>
        {
            var (_, author, _) = await c.MemberAsync();
            var (_, _, other) = await c.MemberAsync("Anne Lund", "region", "Region Midtjylland");
            var lesson = await author.RecordLessonAsync(await author.OpenThemeAsync(), "Første udkast", "T");
            return new("member", other, HttpMethod.Put, $"/api/lessons/{lesson}", new { title = "T", text = "T", kind = "mixed", version = 1 },
                new EditLesson("T", "T", LessonKind.Mixed, null, 1) { LessonId = lesson });
        }),
        DoorRow.For<EndorseLesson>("another member endorses a lesson", async c =>
        {
            var (_, author, _) = await c.MemberAsync();
            var (_, _, other) = await c.MemberAsync("Anne Lund", "region", "Region Midtjylland");
            var lesson = await author.RecordLessonAsync(await author.OpenThemeAsync(), "Fælles vagtplan", "T");
            return new("member", other, HttpMethod.Post, $"/api/lessons/{lesson}/endorsements", null, new EndorseLesson(lesson));
        }),
        DoorRow.For<EndorseLesson>("the author may not endorse their own lesson", async c =>
        {
            var (_, author, oid) = await c.MemberAsync();
            var lesson = await author.RecordLessonAsync(await author.OpenThemeAsync(), "Fælles vagtplan", "T");
            return new("member", oid, HttpMethod.Post, $"/api/lessons/{lesson}/endorsements", null, new EndorseLesson(lesson));
        }),
        DoorRow.For<EndorseLesson>("an unknown lesson is not found", async c =>
        {
            var (_, _, oid) = await c.MemberAsync();
            var unknown = Guid.NewGuid();
            return new("member", oid, HttpMethod.Post, $"/api/lessons/{unknown}/endorsements", null, new EndorseLesson(unknown));
        }),
        DoorRow.For<AttributeLesson>("the author of a chatham house lesson puts their name to it", async c =>
        {
            var (_, author, oid) = await c.MemberAsync();
            var lesson = await author.RecordLessonAsync(await author.OpenThemeAsync(), "Fælles vagtplan", "T", confidentiality: "chatham-house");
            return new("member", oid, HttpMethod.Post, $"/api/lessons/{lesson}/attribution", null, new AttributeLesson(lesson));
        }),
        DoorRow.For<AttributeLesson>("a lesson whose author is shown cannot be attributed", async c =>
        {
            var (_, author, oid) = await c.MemberAsync();
            var lesson = await author.RecordLessonAsync(await author.OpenThemeAsync(), "Fælles vagtplan", "T");
            return new("member", oid, HttpMethod.Post, $"/api/lessons/{lesson}/attribution", null, new AttributeLesson(lesson));
        }),
        DoorRow.For<HideLesson>("the secretariat hides a lesson", async c =>
        {
            var (_, author, _) = await c.MemberAsync();
            var lesson = await author.RecordLessonAsync(await author.OpenThemeAsync(), "Fælles vagtplan", "T", confidentiality: "chatham-house");
            return new("secretariat", "secretariat-oid", HttpMethod.Post, $"/api/lessons/{lesson}/hide", new { reason = " Oplysninger om en borger " },
                new HideLesson(" Oplysninger om en borger ") { LessonId = lesson });
        }),
        DoorRow.For<HideLesson>("a member may not hide a lesson", async c =>
        {
            var (_, author, oid) = await c.MemberAsync();
            var lesson = await author.RecordLessonAsync(await author.OpenThemeAsync(), "Fælles vagtplan", "T");
            return new("member", oid, HttpMethod.Post, $"/api/lessons/{lesson}/hide", new { reason = "R" }, new HideLesson("R") { LessonId = lesson });
        }),
        DoorRow.For<HideLesson>("hiding a lesson needs a reason", async c =>
        {
            var (_, author, _) = await c.MemberAsync();
            var lesson = await author.RecordLessonAsync(await author.OpenThemeAsync(), "Fælles vagtplan", "T");
            return new("secretariat", "secretariat-oid", HttpMethod.Post, $"/api/lessons/{lesson}/hide", new { reason = "" },
                new HideLesson("") { LessonId = lesson });
        }),
        DoorRow.For<RestoreLesson>("the secretariat restores a hidden lesson", async c =>
        {
            var (_, author, _) = await c.MemberAsync();
            var lesson = await author.RecordLessonAsync(await author.OpenThemeAsync(), "Fælles vagtplan", "T");
            await (await c.As("secretariat", "secretariat-oid").PostAsync($"/api/lessons/{lesson}/hide", new { reason = "R" })).ShouldHaveStatusAsync(204);
            return new("secretariat", "secretariat-oid", HttpMethod.Post, $"/api/lessons/{lesson}/restore", null, new RestoreLesson(lesson));
        }),
        DoorRow.For<RestoreLesson>("restoring a visible lesson is a conflict", async c =>
        {
            var (_, author, _) = await c.MemberAsync();
            var lesson = await author.RecordLessonAsync(await author.OpenThemeAsync(), "Fælles vagtplan", "T");
            return new("secretariat", "secretariat-oid", HttpMethod.Post, $"/api/lessons/{lesson}/restore", null, new RestoreLesson(lesson));
        }),
    ];
}
