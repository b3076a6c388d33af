using Politikerforum.Host.Tests.Support;

namespace Politikerforum.Host.Tests.ApiDocs;

/// <summary>
/// tests/openapi/validate.js: <c>@apidevtools/swagger-parser</c> checks a document against the official OpenAPI schema
/// and resolves every <c>$ref</c>.
/// </summary>
public static class OpenApiValidator
{
    /// <summary>The validator's exit code and everything it said.</summary>
    public static async Task<(int ExitCode, string Output)> ValidateAsync(string document)
    {
        var (exitCode, output, errors) = await NodeScript.RunAsync("openapi", "@apidevtools/swagger-parser", "validate.js", document);
        return (exitCode, output + errors);
    }
}
