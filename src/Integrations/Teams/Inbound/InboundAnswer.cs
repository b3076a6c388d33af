using Politikerforum.Integrations.Teams.Protocol;

namespace Politikerforum.Integrations.Teams.Inbound;

/// <summary>
/// What <c>/api/messages</c> answers once an activity is taken in: 200 with no body for any activity (also one the
/// bot does not use), 200 with the invoke response for an invoke, 501 for an invoke the bot does not know.
/// </summary>
public sealed record InboundAnswer(int Status, InvokeResponse? Body = null)
{
    public static readonly InboundAnswer Acknowledged = new(200);
    public static readonly InboundAnswer UnknownInvoke = new(501);

    public static InboundAnswer Invoke(InvokeResponse response) => new(200, response);
}
