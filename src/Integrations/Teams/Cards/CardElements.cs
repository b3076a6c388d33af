using System.Text.Json.Serialization;

namespace Politikerforum.Integrations.Teams.Cards;

/// <summary>
/// An element of a card's body. The <c>type</c> that Adaptive Cards needs on every element is written from the
/// record's type, so a card cannot name an element it does not have.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(TextBlock), "TextBlock")]
[JsonDerivedType(typeof(FactSet), "FactSet")]
[JsonDerivedType(typeof(ColumnSet), "ColumnSet")]
[JsonDerivedType(typeof(Container), "Container")]
[JsonDerivedType(typeof(TextInput), "Input.Text")]
[JsonDerivedType(typeof(ChoiceSetInput), "Input.ChoiceSet")]
[JsonDerivedType(typeof(DateInput), "Input.Date")]
[JsonDerivedType(typeof(TimeInput), "Input.Time")]
[JsonDerivedType(typeof(ToggleInput), "Input.Toggle")]
public abstract record CardElement
{
    public Spacing? Spacing { get; init; }
    public bool? Separator { get; init; }
}

public sealed record TextBlock(string Text) : CardElement
{
    /// <summary>Danish texts are long; without wrapping Teams cuts them at one line.</summary>
    public bool? Wrap { get; init; } = true;
    public TextSize? Size { get; init; }
    public TextWeight? Weight { get; init; }
    public TextColor? Color { get; init; }
    public bool? IsSubtle { get; init; }
    public int? MaxLines { get; init; }
}

public sealed record FactSet(IReadOnlyList<Fact> Facts) : CardElement;

public sealed record Fact(string Title, string Value);

public sealed record ColumnSet(IReadOnlyList<Column> Columns) : CardElement;

/// <summary>A column of a <see cref="ColumnSet"/>; <see cref="Width"/> is <c>auto</c>, <c>stretch</c>, a weight ("2") or pixels ("80px").</summary>
public sealed record Column(IReadOnlyList<CardElement> Items)
{
    public string Type => "Column";
    public string? Width { get; init; }
}

public sealed record Container(IReadOnlyList<CardElement> Items) : CardElement
{
    public ContainerStyle? Style { get; init; }
}

public enum Spacing { None, Small, Default, Medium, Large, ExtraLarge, Padding }
public enum TextSize { Small, Default, Medium, Large, ExtraLarge }
public enum TextWeight { Lighter, Default, Bolder }
public enum TextColor { Default, Dark, Light, Accent, Good, Warning, Attention }
public enum ContainerStyle { Default, Emphasis, Good, Attention, Warning, Accent }
