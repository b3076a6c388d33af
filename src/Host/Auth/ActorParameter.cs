using System.Reflection;
using JasperFx;
using JasperFx.CodeGeneration.Model;
using JasperFx.Core.Reflection;
using Politikerforum.Domain;
using Wolverine.Http;
using Wolverine.Http.CodeGen;

namespace Politikerforum.Host.Auth;

/// <summary>Lets any endpoint take the calling <see cref="Actor"/> as a parameter.</summary>
internal sealed class ActorParameter : IParameterStrategy
{
    public static readonly string Usage = $"{typeof(Callers).FullNameInCode()}.{nameof(Callers.Of)}(httpContext)";

    public bool TryMatch(HttpChain chain, IServiceContainer container, ParameterInfo parameter, out Variable? variable)
    {
        variable = parameter.ParameterType == typeof(Actor) ? new Variable(typeof(Actor), Usage) : null;
        return variable is not null;
    }
}
