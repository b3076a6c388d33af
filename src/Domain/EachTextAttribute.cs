using System.Collections;
using System.ComponentModel.DataAnnotations;

namespace Politikerforum.Domain;

/// <summary>
/// Every text in a list (bodies, tags) must be filled in and not too long, so a bad item is
/// reported on its field like any other input error instead of being stored or silently dropped.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class EachTextAttribute(int maximumLength) : ValidationAttribute
{
    public int MaximumLength { get; } = maximumLength;

    public override bool IsValid(object? value) =>
        value is not IEnumerable items || items.Cast<object?>().All(item => item is string text && !string.IsNullOrWhiteSpace(text) && text.Length <= MaximumLength);
}
