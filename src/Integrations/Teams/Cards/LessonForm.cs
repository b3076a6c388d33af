namespace Politikerforum.Integrations.Teams.Cards;

/// <summary>"erfaring": a lesson — what worked, what went wrong — and who may know that it is yours.</summary>
public static class LessonForm
{
    /// <param name="experiment">The experiment the lesson comes from, when the form was opened from its card.</param>
    public static AdaptiveCard Build(Guid theme, string themeTitle, Guid? experiment = null) => new(
    [
        Forms.Heading("Del en erfaring"),
        Forms.OfTheme(themeTitle),
        Forms.Text("title", "Overskrift", 200, "Giv erfaringen en overskrift."),
        Forms.Text("text", "Hvad skete der, og hvad lærte I?", 20_000, "Beskriv erfaringen.", multiline: true),
        new ChoiceSetInput("kind", "Hvordan gik det?",
            [new Choice("Det virkede", "worked"), new Choice("Det gik skævt", "went-wrong"), new Choice("Blandede erfaringer", "mixed")])
        {
            Style = ChoiceStyle.Expanded, IsRequired = true, ErrorMessage = "Vælg, hvordan det gik."
        },
        new TextInput("tags", "Emneord, adskilt af komma") { MaxLength = 1_000, Placeholder = "fx ældrepleje, rekruttering" },
        new ChoiceSetInput("confidentiality", "Hvem må se erfaringen?",
            [new Choice("Alle, også uden for forummet", "public"), new Choice("Kun forummets medlemmer", "forum"),
             new Choice("Chatham House: medlemmerne må bruge indholdet, men ingen får at vide, at det er dig", "chatham-house")])
        {
            Style = ChoiceStyle.Expanded, IsRequired = true, ErrorMessage = "Vælg, hvem der må se erfaringen.", Value = "forum"
        },
        new TextBlock("Under Chatham House-reglen nævner forummet dig aldrig som afsender, heller ikke over for sekretariatet. Du kan selv stå frem senere.")
        {
            IsSubtle = true, Size = TextSize.Small
        },
        new ToggleInput("personal", "Personoplysninger", "Teksten indeholder personoplysninger") { Value = "false", ValueOn = "true", ValueOff = "false" }
    ])
    {
        Actions = [Forms.Submit("Del erfaringen", CardVerbs.RecordLesson, theme, (CardVerbs.Experiment, experiment))],
        Speak = "Formular: del en erfaring."
    };
}
