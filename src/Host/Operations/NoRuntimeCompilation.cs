using System.Reflection;
using JasperFx.CodeGeneration;
using JasperFx.CodeGeneration.Model;

namespace Politikerforum.Host.Operations;

/// <summary>
/// Outside Development and Testing the forum runs the handler code generated at build time (ops/codegen) and must
/// never compile at start-up or later. This stands in for Roslyn there, so anything that would compile fails loudly
/// instead of silently costing seconds of start-up.
/// </summary>
public sealed class NoRuntimeCompilation : IAssemblyGenerator
{
    private static InvalidOperationException Refused() => new(
        "The forum tried to compile handler code at run time outside Development: the pre-generated code in " +
        "src/Host/Internal/Generated is missing or stale. Run ops/codegen, commit, and publish again.");

    public static void Register(IServiceCollection services) => services.AddSingleton<IAssemblyGenerator, NoRuntimeCompilation>();

    public string? AssemblyName { get => null; set { } }
    public void ReferenceAssembly(Assembly assembly) { }
    public void ReferenceAssemblyContainingType<T>() { }
    public Assembly Generate(string code) => throw Refused();
    public Assembly Generate(Action<ISourceWriter> source) => throw Refused();
    public void Compile(GeneratedAssembly assembly, IServiceVariableSource? services) => throw Refused();
    public void Compile(GeneratedAssembly assembly, IServiceVariableSource? services, out string code) => throw Refused();
}
