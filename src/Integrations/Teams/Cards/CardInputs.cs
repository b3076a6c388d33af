namespace Politikerforum.Integrations.Teams.Cards;

/// <summary>
/// A field a person fills in. Its value comes back under <see cref="Id"/> in the submitted data. Every input has a
/// label (screen readers and the card validator ask for one), and a required one says in Danish what is missing.
/// </summary>
public abstract record CardInput(string Id, string Label) : CardElement
{
    public bool? IsRequired { get; init; }
    public string? ErrorMessage { get; init; }
}

public sealed record TextInput(string Id, string Label) : CardInput(Id, Label)
{
    public string? Placeholder { get; init; }
    public bool? IsMultiline { get; init; }
    public int? MaxLength { get; init; }
    public string? Value { get; init; }
}

public sealed record ChoiceSetInput(string Id, string Label, IReadOnlyList<Choice> Choices) : CardInput(Id, Label)
{
    public ChoiceStyle? Style { get; init; }
    public bool? IsMultiSelect { get; init; }
    public string? Value { get; init; }
}

public sealed record Choice(string Title, string Value);

public enum ChoiceStyle { Compact, Expanded }

/// <summary>Dates are written <c>yyyy-MM-dd</c>, as Adaptive Cards reads them.</summary>
public sealed record DateInput(string Id, string Label) : CardInput(Id, Label)
{
    public DateOnly? Value { get; init; }
    public DateOnly? Min { get; init; }
    public DateOnly? Max { get; init; }
}

/// <summary>A time of day, written <c>HH:mm</c>.</summary>
public sealed record TimeInput(string Id, string Label) : CardInput(Id, Label)
{
    public string? Value { get; init; }
}

/// <summary>A switch; its value is sent as <see cref="ValueOn"/> or <see cref="ValueOff"/> (strings, as Adaptive Cards wants).</summary>
public sealed record ToggleInput(string Id, string Label, string Title) : CardInput(Id, Label)
{
    public string? Value { get; init; }
    public string? ValueOn { get; init; }
    public string? ValueOff { get; init; }
}
