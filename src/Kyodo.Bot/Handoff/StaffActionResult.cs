namespace Kyodo.Bot.Handoff;

/// <summary>What came of a staff action: done, or why not (someone else has it, it is closed, another desk's ticket …).</summary>
public enum StaffActionStatus { Done, NotFound, OtherDesk, TakenByOther, NotOwner, Closed, NotDelivered }

public sealed record StaffActionResult(StaffActionStatus Status, Ticket? Ticket, string? Error = null)
{
    public bool Succeeded => Status == StaffActionStatus.Done;
}
