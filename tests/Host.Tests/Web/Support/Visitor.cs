using System.Net;
using System.Text.RegularExpressions;
using Alba;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;

namespace Politikerforum.Host.Tests.Web.Support;

/// <summary>
/// Someone at the pages without a browser: cookies kept between requests, redirects not followed (so a test sees each
/// answer), and the anti-forgery token read from a page's form as a browser would send it back.
/// </summary>
public sealed partial class Visitor
{
    private readonly CookieContainer _cookies = new();
    private readonly HttpClient _client;

    /// <param name="https">As a production host is reached: its cookies are only ever sent over https.</param>
    public Visitor(IAlbaHost host, bool https = false) =>
        _client = new HttpClient(new CookieContainerHandler(_cookies) { InnerHandler = host.Server.CreateHandler() })
            { BaseAddress = new Uri(https ? "https://localhost" : "http://localhost") };

    public CookieCollection Cookies => _cookies.GetAllCookies();

    public static async Task<Visitor> SignedInAsync(IAlbaHost host, string objectId, string role)
    {
        var visitor = new Visitor(host);
        var answer = await visitor.GetAsync($"/login/udvikling?oid={objectId}&role={role}");
        Assert.Equal(HttpStatusCode.Redirect, answer.StatusCode);
        return visitor;
    }

    public Task<HttpResponseMessage> GetAsync(string url) => _client.GetAsync(url);

    public async Task<string> PageAsync(string url)
    {
        var answer = await GetAsync(url);
        var html = await answer.Content.ReadAsStringAsync();
        Assert.True(answer.StatusCode == HttpStatusCode.OK, $"{url}: {(int)answer.StatusCode} {answer.Headers.Location}");
        return html;
    }

    /// <summary>The anti-forgery token in the page's first form.</summary>
    public async Task<string> FormTokenAsync(string url) => Token().Match(await PageAsync(url)).Groups[1].Value;

    public Task<HttpResponseMessage> PostFormAsync(string url, IEnumerable<KeyValuePair<string, string>> fields) =>
        _client.PostAsync(url, new FormUrlEncodedContent(fields));

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
