using Kyodo.Bot.Handoff;
using Kyodo.Bot.Tests.Support;

namespace Kyodo.Bot.Tests.Handoff;

public sealed class HandoffDeskTests : IDisposable
{
    private readonly TestBot _bot = new();
    private HandoffDesk Desk => _bot.Get<HandoffDesk>();
    private TicketStore Store => _bot.Get<TicketStore>();

    [Fact]
    public async Task Many_staff_pressing_take_at_once_leaves_exactly_one_owner()
    {
        var ticket = await OpenAsync();

        var results = await Task.WhenAll(Enumerable.Range(1, 8).Select(i =>
            Task.Run(() => Desk.TakeAsync(ticket.Id, new StaffMember($"staff-{i}", $"職員{i}", "ube"), default))));

        results.Count(r => r.Status == StaffActionStatus.Done).Should().Be(1);
        results.Count(r => r.Status == StaffActionStatus.TakenByOther).Should().Be(7);
        var owner = (await Store.FindAsync(ticket.Id, default))!;
        owner.State.Should().Be(TicketState.InProgress);
        results.Where(r => r.Status == StaffActionStatus.TakenByOther).Should().OnlyContain(r => r.Ticket!.AssignedName == owner.AssignedName);
    }

    [Fact]
    public async Task Staff_of_another_desk_can_neither_take_reply_nor_close()
    {
        var ticket = await OpenAsync();
        var stranger = new StaffMember("staff-x", "他の窓口", "shimonoseki");

        (await Desk.TakeAsync(ticket.Id, stranger, default)).Status.Should().Be(StaffActionStatus.OtherDesk);
        (await Desk.ReplyAsync(ticket.Id, stranger, "こんにちは", default)).Status.Should().Be(StaffActionStatus.OtherDesk);
        (await Desk.CloseAsync(ticket.Id, stranger, TicketOutcome.Resolved, null, default)).Status.Should().Be(StaffActionStatus.OtherDesk);
        (await Store.FindAsync(ticket.Id, default))!.State.Should().Be(TicketState.Waiting);
        (await Store.MessagesAsync(ticket.Id, 0, default)).Should().ContainSingle("only the person's first words are in the transcript");
    }

    [Fact]
    public async Task A_reply_that_cannot_be_delivered_is_kept_with_the_reason()
    {
        var ticket = await OpenAsync();
        var staff = new StaffMember("staff-1", "佐藤", "ube");
        await Desk.TakeAsync(ticket.Id, staff, default);

        var result = await Desk.ReplyAsync(ticket.Id, staff, "お電話します", default);

        result.Status.Should().Be(StaffActionStatus.NotDelivered);
        var kept = (await Store.MessagesAsync(ticket.Id, 0, default)).Single(m => m.Text == "お電話します");
        kept.Delivered.Should().BeFalse();
        kept.Error.Should().NotBeNullOrEmpty();
    }

    [Fact]
    public async Task Only_the_person_can_rate_their_own_closed_consultation()
    {
        var ticket = await OpenAsync();
        var staff = new StaffMember("staff-1", "佐藤", "ube");
        await Desk.TakeAsync(ticket.Id, staff, default);
        await Desk.CloseAsync(ticket.Id, staff, TicketOutcome.Continuing, "来週また", default);

        (await Desk.RateAsync(ticket.Id, "test", "someone-else", 1, null, default)).Should().BeFalse();
        (await Desk.RateAsync(ticket.Id, "test", "person", 6, null, default)).Should().BeFalse();
        (await Desk.RateAsync(ticket.Id, "test", "person", 4, "助かりました", default)).Should().BeTrue();

        var rated = (await Store.FindAsync(ticket.Id, default))!;
        (rated.Rating, rated.RatingComment, rated.Outcome, rated.Note).Should().Be((4, "助かりました", TicketOutcome.Continuing, "来週また"));
        rated.AssignedAt.Should().NotBeNull();
        rated.ClosedAt.Should().BeOnOrAfter(rated.AssignedAt!.Value);
    }

    [Fact]
    public async Task A_persons_delete_request_removes_their_consultations()
    {
        var ticket = await OpenAsync();

        await Store.EraseAsync("test", "person", default);

        (await Store.FindAsync(ticket.Id, default)).Should().BeNull();
        (await Store.MessagesAsync(ticket.Id, 0, default)).Should().BeEmpty();
    }

    private async Task<Ticket> OpenAsync()
    {
        var dossier = new Dossier("相談したいです", "山口県", "宇部市", null, [], null, [], null, [], null, []);
        var ticket = new Ticket(TicketStore.NewId(), "ube", "test", "conversation-1", "person", EscalationReason.Asked, dossier, TicketState.Waiting, DateTimeOffset.UtcNow);
        return await Desk.OpenAsync(ticket, null, default);
    }

    public void Dispose() => _bot.Dispose();
}
