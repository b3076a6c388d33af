using Politikerforum.Domain.Posts;
using Politikerforum.Host.Tests.Support;

namespace Politikerforum.Host.Tests.Doors;

public static partial class DoorRows
{
    private static IEnumerable<DoorRow> Posts() =>
    [
        DoorRow.For<PublishPost>("a participant publishes a post", async c =>
        {
            var (_, author, oid) = await c.MemberAsync();
            var theme = await author.OpenThemeAsync();
            return new("member", oid, HttpMethod.Post, $"/api/themes/{theme}/posts", new { text = "Vi mangler hænder.", personal = true },
                new PublishPost("Vi mangler hænder.", null) { ThemeId = theme, Personal = true });
        }),
        DoorRow.For<PublishPost>("an outsider may not post", async c =>
        {
            var (_, author, _) = await c.MemberAsync();
            var (_, _, outsider) = await c.MemberAsync("Anne Lund", "region", "Region Midtjylland");
            var theme = await author.OpenThemeAsync();
            return new("member", outsider, HttpMethod.Post, $"/api/themes/{theme}/posts", new { text = "Hej" }, new PublishPost("Hej", null) { ThemeId = theme });
        }),
        DoorRow.For<PublishPost>("a post needs a text", async c =>
        {
            var (_, author, oid) = await c.MemberAsync();
            var theme = await author.OpenThemeAsync();
            return new("member", oid, HttpMethod.Post, $"/api/themes/{theme}/posts", new { text = " " }, new PublishPost(" ", null) { ThemeId = theme });
        }),
        DoorRow.For<EditPost>("the author edits their post", async c =>
        {
            var (_, author, oid) = await c.MemberAsync();
            var post = await author.PublishAsync(await author.OpenThemeAsync(), "Første udkast");
            return new("member", oid, HttpMethod.Put, $"/api/posts/{post}", new { text = "Andet udkast", version = 1 }, new EditPost("Andet udkast", 1) { PostId = post });
        }),
        DoorRow.For<EditPost>("a stale version is a conflict", async c =>
        {
            var (_, author, oid) = await c.MemberAsync();
            var post = await author.PublishAsync(await author.OpenThemeAsync(), "Første udkast");
            return new("member", oid, HttpMethod.Put, $"/api/posts/{post}", new { text = "Andet udkast", version = 7 }, new EditPost("Andet udkast", 7) { PostId = post });
        }),
        DoorRow.For<RetractPost>("the author retracts their post", async c =>
        {
            var (_, author, oid) = await c.MemberAsync();
            var post = await author.PublishAsync(await author.OpenThemeAsync(), "Første udkast");
            return new("member", oid, HttpMethod.Delete, $"/api/posts/{post}", null, new RetractPost(post));
        }),
        DoorRow.For<RetractPost>("an unknown post is not found", async c =>
        {
            var (_, _, oid) = await c.MemberAsync();
            var unknown = Guid.NewGuid();
            return new("member", oid, HttpMethod.Delete, $"/api/posts/{unknown}", null, new RetractPost(unknown));
        }),
        DoorRow.For<HidePost>("the secretariat hides a post", async c =>
        {
            var (_, author, _) = await c.MemberAsync();
            var post = await author.PublishAsync(await author.OpenThemeAsync(), "Første udkast");
            return new("secretariat", "secretariat-oid", HttpMethod.Post, $"/api/posts/{post}/hide", new { reason = "Personangreb" },
                new HidePost("Personangreb") { PostId = post });
        }),
        DoorRow.For<HidePost>("a member may not hide a post", async c =>
        {
            var (_, author, oid) = await c.MemberAsync();
            var post = await author.PublishAsync(await author.OpenThemeAsync(), "Første udkast");
            return new("member", oid, HttpMethod.Post, $"/api/posts/{post}/hide", new { reason = "Personangreb" }, new HidePost("Personangreb") { PostId = post });
        }),
        DoorRow.For<RestorePost>("the secretariat restores a hidden post", async c =>
        {
            var (_, author, _) = await c.MemberAsync();
            var post = await author.PublishAsync(await author.OpenThemeAsync(), "Første udkast");
            await (await c.As("secretariat", "secretariat-oid").PostAsync($"/api/posts/{post}/hide", new { reason = "Personangreb" })).ShouldHaveStatusAsync(204);
            return new("secretariat", "secretariat-oid", HttpMethod.Post, $"/api/posts/{post}/restore", null, new RestorePost(post));
        }),
    ];
}
