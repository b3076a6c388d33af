namespace Politikerforum.Host.Tests.Web.Support;

/// <summary>
/// Where the browser tests leave what a person reviews afterwards: <c>TestResults/sekretariat/</c> at the repository's root
/// (ignored by git) — a screenshot of each page, and the axe results of each page as JSON.
/// </summary>
public static class Artefacts
{
    public static readonly string Folder = Path.Combine(RepositoryRoot(), "TestResults", "sekretariat");

    public static string File(string subfolder, string name)
    {
        var folder = Path.Combine(Folder, subfolder);
        Directory.CreateDirectory(folder);
        return Path.Combine(folder, name);
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (System.IO.File.Exists(Path.Combine(dir.FullName, "Politikerforum.sln"))) return dir.FullName;
        return AppContext.BaseDirectory;
    }
}
