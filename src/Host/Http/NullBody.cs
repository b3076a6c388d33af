using JasperFx;
using JasperFx.CodeGeneration;
using JasperFx.CodeGeneration.Frames;
using Wolverine.Http;
using Wolverine.Http.CodeGen;

namespace Politikerforum.Host.Http;

/// <summary>
/// A body of literally <c>null</c> is valid JSON, so Wolverine would hand the endpoint a null command. This policy
/// answers it with a 400 before anything else runs. It inserts at the front of the middleware.
/// </summary>
public sealed class RejectNullBodies : IHttpPolicy
{
    public void Apply(IReadOnlyList<HttpChain> chains, GenerationRules rules, IServiceContainer container)
    {
        foreach (var chain in chains.Where(c => c.HasRequestType && !c.RequestType!.IsValueType))
        {
            var method = typeof(NullBody).GetMethod(nameof(NullBody.Refuse))!.MakeGenericMethod(chain.RequestType!);
            var call = new MethodCall(typeof(NullBody), method) { CommentText = "A null body is a 400, not a null command" };
            chain.Middleware.InsertRange(0, [call, new MaybeEndWithResultFrame(call.ReturnVariable!)]);
        }
    }
}

public static class NullBody
{
    public static IResult Refuse<T>(T? body) where T : class =>
        body is null ? Results.Problem(statusCode: 400, detail: "Forespørgslen skal have et JSON-objekt som indhold.")
        // Everything else about a body is the command's to check, the same for every door (ForumCommands).
        : WolverineContinue.Result();
}
