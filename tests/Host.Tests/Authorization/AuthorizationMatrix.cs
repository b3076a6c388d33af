namespace Politikerforum.Host.Tests.Authorization;

/// <summary>
/// Who is answered what, for every endpoint. Each line: method and route pattern, what its <c>{id}</c> is, and the status
/// for each caller in <see cref="Roles"/> order; for things inside a theme one group per visibility (public | forum | closed).
/// The participant opened each theme and wrote every item in it; the outsider is a member who takes no part.
/// Writes act on a fresh target each; a member's profile (<see cref="On.Member"/>) is another member's, except for reads (their own).
/// A lesson is tried twice, forum then chatham-house: <c>409/204</c> means the forum lesson answers 409 and the chatham-house one 204.
/// </summary>
public static class AuthorizationMatrix
{
    public static readonly string[] Roles = ["participant", "outsider", "secretariat", "integrator", "admin", "anonymous"];

    public sealed record Row(string Endpoint, On On, string Statuses);

    public static readonly Row[] Rows =
    [
        //                                                               participant outsider secretariat integrator admin anonymous
        new("GET /api/members", On.Nothing, "200 200 200 403 200 401"),
        new("POST /api/members", On.Nothing, "403 403 201 403 201 401"),
        new("GET /api/members/me", On.Nothing, "200 200 404 403 404 401"),
        new("GET /api/me", On.Nothing, "200 200 200 403 200 401"),
        new("GET /api/review", On.Nothing, "403 403 200 403 200 401"),
        new("GET /api/members/{id}", On.Member, "200 200 200 403 200 401"),
        new("PUT /api/members/{id}", On.Member, "403 403 200 403 200 401"),
        new("DELETE /api/members/{id}", On.Member, "403 403 204 403 204 401"),
        new("GET /api/members/{id}/export", On.Member, "200 403 200 403 200 401"),
        new("POST /api/members/{id}/erasure", On.Member, "403 403 200 403 200 401"),
        // Only the member themself chooses; the target of a write is always another member.
        new("PUT /api/members/{id}/urgent-notices", On.Member, "403 403 403 403 403 401"),
        new("GET /api/applications", On.Nothing, "403 403 200 403 200 401"),
        // The secretariat registers members itself; members are members already; integrators are programs.
        new("POST /api/applications", On.Nothing, "409 409 403 403 403 401"),
        new("POST /api/applications/{id}/approve", On.Application, "403 403 200 403 200 401"),
        new("POST /api/applications/{id}/reject", On.Application, "403 403 200 403 200 401"),
        new("GET /api/organisations", On.Nothing, "200 200 200 200 200 401"),
        new("POST /api/organisations", On.Nothing, "403 403 403 403 201 401"),
        new("GET /api/organisations/{id}", On.Organisation, "200 200 200 200 200 401"),
        new("POST /api/staff", On.Nothing, "403 403 403 403 201 401"),
        new("GET /api/staff/{id}", On.Staff, "404 404 200 404 200 401"),
        new("GET /api/search", On.Nothing, "200 200 200 200 200 401"),
        new("GET /api/themes", On.Nothing, "200 200 200 200 200 401"),
        new("POST /api/themes", On.Nothing, "201 201 201 403 201 401"),
        new("GET /api/themes/{id}", On.Theme, "200 200 200 200 200 401 | 200 200 200 404 200 401 | 200 404 200 404 200 401"),
        new("PUT /api/themes/{id}", On.Theme, "200 403 200 403 200 401 | 200 403 200 404 200 401 | 200 404 200 404 200 401"),
        new("POST /api/themes/{id}/archive", On.Theme, "204 403 204 403 204 401 | 204 403 204 404 204 401 | 204 404 204 404 204 401"),
        new("POST /api/themes/{id}/participants", On.Theme, "403 204 204 403 204 401 | 403 204 204 404 204 401 | 403 404 204 404 204 401"),
        new("DELETE /api/themes/{id}/participants/{memberId}", On.Theme, "204 403 204 403 204 401 | 204 403 204 404 204 401 | 204 404 204 404 204 401"),
        new("POST /api/themes/{id}/pace", On.Theme, "202 403 200 403 200 401 | 202 403 200 404 200 401 | 202 404 200 404 200 401"),
        new("PUT /api/themes/{id}/teams-channel", On.Theme, "403 403 204 403 204 401 | 403 403 204 404 204 401 | 403 404 204 404 204 401"),
        new("PUT /api/themes/{id}/urgent-meetings", On.Theme, "403 403 204 403 204 401 | 403 403 204 404 204 401 | 403 404 204 404 204 401"),
        new("POST /api/themes/{id}/teams-channel/create", On.Theme, "403 403 201 403 201 401 | 403 403 201 404 201 401 | 403 404 201 404 201 401"),
        // A fresh theme has no channel to unlink.
        new("DELETE /api/themes/{id}/teams-channel", On.Theme, "403 403 409 403 409 401 | 403 403 409 404 409 401 | 403 404 409 404 409 401"),
        new("GET /api/themes/{id}/levels", On.Theme, "200 200 200 200 200 401 | 200 200 200 404 200 401 | 200 404 200 404 200 401"),
        new("GET /api/themes/{id}/timeline", On.Theme, "200 200 200 200 200 401 | 200 200 200 404 200 401 | 200 404 200 404 200 401"),
        new("GET /api/themes/{id}/posts", On.Theme, "200 200 200 200 200 401 | 200 200 200 404 200 401 | 200 404 200 404 200 401"),
        new("POST /api/themes/{id}/posts", On.Theme, "201 403 201 403 201 401 | 201 403 201 404 201 401 | 201 404 201 404 201 401"),
        new("POST /api/themes/{id}/experiments", On.Theme, "201 403 201 403 201 401 | 201 403 201 404 201 401 | 201 404 201 404 201 401"),
        new("POST /api/themes/{id}/lessons", On.Theme, "201 403 201 403 201 401 | 201 403 201 404 201 401 | 201 404 201 404 201 401"),
        new("POST /api/themes/{id}/decisions", On.Theme, "201 403 201 403 201 401 | 201 403 201 404 201 401 | 201 404 201 404 201 401"),
        new("POST /api/themes/{id}/commitments", On.Theme, "201 403 403 403 403 401 | 201 403 403 404 403 401 | 201 404 403 404 403 401"),
        new("GET /api/posts/{id}", On.Post, "200 200 200 200 200 401 | 200 200 200 404 200 401 | 200 404 200 404 200 401"),
        new("PUT /api/posts/{id}", On.Post, "200 403 403 403 403 401 | 200 403 403 404 403 401 | 200 404 403 404 403 401"),
        // Moderation is the secretariat's: a visible item can be hidden, not restored.
        new("POST /api/posts/{id}/hide", On.Post, "403 403 204 403 204 401 | 403 403 204 404 204 401 | 403 404 204 404 204 401"),
        new("POST /api/posts/{id}/restore", On.Post, "403 403 409 403 409 401 | 403 403 409 404 409 401 | 403 404 409 404 409 401"),
        new("POST /api/lessons/{id}/hide", On.Lesson, "403 403 204 404 204 401 | 403 403 204 404 204 401 | 403 404 204 404 204 401"),
        new("POST /api/lessons/{id}/restore", On.Lesson, "403 403 409 404 409 401 | 403 403 409 404 409 401 | 403 404 409 404 409 401"),
        new("GET /api/audit", On.Nothing, "403 403 200 403 200 401"),
        new("GET /api/admin/projections", On.Nothing, "403 403 403 403 200 401"),
        new("GET /api/integrations/graph/status", On.Nothing, "403 403 200 403 200 401"),
        new("DELETE /api/posts/{id}", On.Post, "204 403 403 403 403 401 | 204 403 403 404 403 401 | 204 404 403 404 403 401"),
        new("GET /api/experiments", On.Nothing, "200 200 200 200 200 401"),
        new("GET /api/experiments/{id}", On.Experiment, "200 200 200 200 200 401 | 200 200 200 404 200 401 | 200 404 200 404 200 401"),
        new("POST /api/experiments/{id}/start", On.Experiment, "200 403 200 403 200 401 | 200 403 200 404 200 401 | 200 404 200 404 200 401"),
        new("POST /api/experiments/{id}/progress", On.RunningExperiment, "200 403 200 403 200 401 | 200 403 200 404 200 401 | 200 404 200 404 200 401"),
        new("POST /api/experiments/{id}/conclude", On.RunningExperiment, "200 403 200 403 200 401 | 200 403 200 404 200 401 | 200 404 200 404 200 401"),
        new("POST /api/experiments/{id}/abandon", On.Experiment, "200 403 200 403 200 401 | 200 403 200 404 200 401 | 200 404 200 404 200 401"),
        new("GET /api/lessons", On.Nothing, "200 200 200 200 200 401"),
        new("GET /api/lessons/{id}", On.Lesson, "200 200 200 404 200 401 | 200 200 200 404 200 401 | 200 404 200 404 200 401"),
        new("PUT /api/lessons/{id}", On.Lesson, "200 403 403 404 403 401 | 200 403 403 404 403 401 | 200 404 403 404 403 401"),
        new("POST /api/lessons/{id}/endorsements", On.Lesson, "409 204 403 404 403 401 | 409 204 403 404 403 401 | 409 404 403 404 403 401"),
        new("POST /api/lessons/{id}/attribution", On.Lesson, "409/204 403 403 404 403 401 | 409/204 403 403 404 403 401 | 409/204 404 403 404 403 401"),
        new("GET /api/decisions", On.Nothing, "200 200 200 200 200 401"),
        new("GET /api/decisions/{id}", On.Decision, "200 200 200 200 200 401 | 200 200 200 404 200 401 | 200 404 200 404 200 401"),
        new("POST /api/decisions/{id}/positions", On.Decision, "200 403 403 403 403 401 | 200 403 403 404 403 401 | 200 404 403 404 403 401"),
        new("POST /api/decisions/{id}/conclude", On.Decision, "200 403 200 403 200 401 | 200 403 200 404 200 401 | 200 404 200 404 200 401"),
        new("POST /api/decisions/{id}/withdraw", On.Decision, "200 403 200 403 200 401 | 200 403 200 404 200 401 | 200 404 200 404 200 401"),
        new("GET /api/commitments", On.Nothing, "200 200 200 200 200 401"),
        new("GET /api/commitments/ledger", On.Nothing, "200 200 200 200 200 401"),
        new("GET /api/commitments/{id}", On.Commitment, "200 200 200 200 200 401 | 200 200 200 404 200 401 | 200 404 200 404 200 401"),
        new("POST /api/commitments/{id}/fulfil", On.Commitment, "200 403 200 403 200 401 | 200 403 200 404 200 401 | 200 404 200 404 200 401"),
        // The integrator's doors: the feed, its stream and webhooks; the contract's schemas are documentation, open to all.
        new("GET /api/feed", On.Nothing, "403 403 403 200 200 401"),
        new("GET /api/feed/stream", On.Nothing, "403 403 403 200 200 401"),
        new("GET /api/feed/schemas", On.Nothing, "200 200 200 200 200 200"),
        new("GET /api/feed/schemas/{type}", On.Nothing, "200 200 200 200 200 200"),
        new("GET /api/webhooks", On.Nothing, "403 403 403 200 200 401"),
        new("POST /api/webhooks", On.Nothing, "403 403 403 201 201 401"),
        new("GET /api/webhooks/{id}", On.Webhook, "403 403 403 200 200 401"),
        new("DELETE /api/webhooks/{id}", On.Webhook, "403 403 403 204 204 401"),
        new("POST /api/webhooks/{id}/rotate", On.Webhook, "403 403 403 200 200 401"),
        new("POST /api/webhooks/{id}/test", On.Webhook, "403 403 403 202 202 401"),
        new("GET /api/webhooks/{id}/deliveries", On.Webhook, "403 403 403 200 200 401"),
        // An unknown delivery of a webhook one manages.
        new("POST /api/webhooks/{id}/deliveries/{deliveryId}/replay", On.Webhook, "403 403 403 404 404 401"),
        new("POST /api/commitments/{id}/withdraw", On.Commitment, "200 403 200 403 200 401 | 200 403 200 404 200 401 | 200 404 200 404 200 401"),
    ];
}
