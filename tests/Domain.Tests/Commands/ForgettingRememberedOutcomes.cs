using System.Text.Json.Nodes;
using Politikerforum.Domain.Commands;

namespace Politikerforum.Domain.Tests.Commands;

/// <summary>GDPR erasure reaches the answers remembered for idempotent retries too.</summary>
public class when_forgetting_an_erased_member_in_remembered_answers
{
    private static readonly string[] Names = ["Karen Vestergaard", "Karen \"KV\" Vestergaard"];
    private static readonly string[] Contacts = ["kv@example.dk", "karen-oid"];

    private static JsonNode? Masked(string outcome, params string[] names) =>
        RememberedOutcomes.Masked(outcome, names.Length > 0 ? names : Names, Contacts, "Tidligere medlem") is { } masked ? JsonNode.Parse(masked) : null;

    [Fact]
    public void a_name_quoted_in_an_answer_is_replaced_wherever_it_stands()
    {
        var masked = Masked("""{"outcome": "done", "answer": {"message": "Skiftet sker efter fælles ønske fra Karen Vestergaard (kommune) og Bo Jensen (region).", "by": ["Karen \"KV\" Vestergaard"]}}""");

        Assert.Equal("Skiftet sker efter fælles ønske fra Tidligere medlem (kommune) og Bo Jensen (region).", (string?)masked!["answer"]!["message"]);
        Assert.Equal("Tidligere medlem", (string?)masked["answer"]!["by"]![0]);
        Assert.Equal("done", (string?)masked["outcome"]);
    }

    [Fact]
    public void only_whole_names_in_texts_are_replaced_so_the_answer_stays_well_formed()
    {
        var masked = Masked("""{"outcome": "done", "answer": {"message": "Annette og Anne er enige.", "anne": 1}}""", "Anne");

        Assert.Equal("Annette og Tidligere medlem er enige.", (string?)masked!["answer"]!["message"]);
        Assert.Equal(1, (int?)masked["answer"]!["anne"]);
    }

    [Fact]
    public void an_answer_holding_a_contact_detail_is_forgotten_whole() =>
        Assert.Null(Masked("""{"answer": {"profile": {"email": "KV@example.dk"}}}"""));

    [Fact]
    public void an_answer_that_does_not_mention_them_is_left_as_it_was() =>
        Assert.Equal("0196", (string?)Masked("""{"id": "0196"}""")!["id"]);

    [Fact]
    public void the_caller_is_a_keyed_hash_of_the_person_followed_by_their_roles()
    {
        var remembered = new RememberedOutcomes(null!, TimeProvider.System, "hemmelig"u8.ToArray());
        var caller = remembered.CallerOf(new Actor(Anne, new HashSet<Role> { Role.Secretariat, Role.Member }) { ObjectId = "karen-oid" });

        Assert.Equal($"{remembered.PersonOf("karen-oid")}|member,secretariat", caller);
        Assert.DoesNotContain(Convert.ToHexString(System.Security.Cryptography.SHA256.HashData("karen-oid"u8)), caller);
        Assert.NotEqual(remembered.PersonOf("karen-oid"), new RememberedOutcomes(null!, TimeProvider.System, "en anden"u8.ToArray()).PersonOf("karen-oid"));
    }
}
