namespace Kyodo.Bot.Guidance;

/// <summary>Why an organisation fits, in the order reasons are listed.</summary>
public enum PartnerReasonKind
{
    /// <summary>It offers a resource the person needs (value: resource id).</summary>
    OffersWhatYouNeed,

    /// <summary>It works in a field of the person's project (value: field id).</summary>
    SameField,

    /// <summary>It works in the person's municipality (value: municipality).</summary>
    SameMunicipality,

    /// <summary>It works elsewhere in the person's prefecture (value: prefecture).</summary>
    SamePrefecture,

    /// <summary>It needs a resource the person can offer (value: resource id).</summary>
    NeedsWhatYouOffer,

    /// <summary>It has collaborated before (no value).</summary>
    CollaboratedBefore,
}
