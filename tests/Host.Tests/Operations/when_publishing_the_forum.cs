namespace Politikerforum.Host.Tests.Operations;

/// <summary>
/// A Production host runs the handler code committed under src/Host/Internal/Generated (TypeLoadMode.Static), so that
/// code must be exactly what Wolverine would generate for today's handlers, endpoints and middleware.
/// </summary>
public sealed class when_publishing_the_forum
{
    [Fact]
    public async Task the_committed_generated_code_is_what_the_handlers_need_today()
    {
        var fresh = Directory.CreateTempSubdirectory("codegen-").FullName;
        try
        {
            var (exitCode, output) = await HostProcess.RunAsync(
                new Dictionary<string, string>
                {
                    ["ASPNETCORE_ENVIRONMENT"] = "Testing", ["ConnectionStrings__Marten"] = "Host=codegen.invalid;Database=codegen"
                },
                "codegen", "write", "--contentroot", fresh);
            Assert.True(exitCode == 0, output);

            var committed = Path.Combine(OpsScript.RepositoryRoot, "src", "Host", "Internal", "Generated");
            var expected = Files(Path.Combine(fresh, "Internal", "Generated"));
            Assert.NotEmpty(expected);
            var stale = expected.Keys.Union(Files(committed).Keys)
                .Where(file => expected.GetValueOrDefault(file) != Files(committed).GetValueOrDefault(file)).ToList();
            Assert.True(stale.Count == 0, $"The generated code is stale ({string.Join(", ", stale.Take(5))}…): run ops/codegen and commit it.");
        }
        finally
        {
            Directory.Delete(fresh, recursive: true);
        }
    }

    private static Dictionary<string, string> Files(string directory) => !Directory.Exists(directory)
        ? []
        : Directory.EnumerateFiles(directory, "*.cs", SearchOption.AllDirectories)
            .ToDictionary(file => Path.GetRelativePath(directory, file), File.ReadAllText);
}
