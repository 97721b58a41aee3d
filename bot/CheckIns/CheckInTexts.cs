using CoalitionBot.Resources;

namespace CoalitionBot.CheckIns;

/// <summary>The aspects' names and questions in the user's language.</summary>
public static class CheckInTexts
{
    public static string Name(CheckInAspect aspect) => aspect switch
    {
        CheckInAspect.Ambition => Strings.AspectAmbition,
        CheckInAspect.Interests => Strings.AspectInterests,
        CheckInAspect.Relationship => Strings.AspectRelationship,
        CheckInAspect.Process => Strings.AspectProcess,
        CheckInAspect.Organisation => Strings.AspectOrganisation,
        CheckInAspect.Equality => Strings.AspectEquality,
        CheckInAspect.SharedOwnership => Strings.AspectSharedOwnership,
        CheckInAspect.Reciprocity => Strings.AspectReciprocity,
        _ => throw new ArgumentOutOfRangeException(nameof(aspect), aspect, null),
    };

    public static string ScoreQuestion(CheckInAspect aspect) => aspect switch
    {
        CheckInAspect.Ambition => Strings.CheckInAmbitionQuestion,
        CheckInAspect.Interests => Strings.CheckInInterestsQuestion,
        CheckInAspect.Relationship => Strings.CheckInRelationshipQuestion,
        CheckInAspect.Process => Strings.CheckInProcessQuestion,
        CheckInAspect.Organisation => Strings.CheckInOrganisationQuestion,
        CheckInAspect.Equality => Strings.CheckInEqualityQuestion,
        CheckInAspect.SharedOwnership => Strings.CheckInSharedOwnershipQuestion,
        CheckInAspect.Reciprocity => Strings.CheckInReciprocityQuestion,
        _ => throw new ArgumentOutOfRangeException(nameof(aspect), aspect, null),
    };
}
