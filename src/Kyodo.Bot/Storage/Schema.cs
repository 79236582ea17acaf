namespace Kyodo.Bot.Storage;

/// <summary>
/// The schema by version, written once in SQLite's types and translated for PostgreSQL; a step that concerns one
/// database only is empty for the other (its version is still recorded, so both count the same). Version 1 uses
/// IF NOT EXISTS so SQLite files from before versioning upgrade in place.
/// </summary>
internal static class Schema
{
    private sealed record Step(string Sqlite, string Postgres)
    {
        public static implicit operator Step(string sqlite) => new(sqlite, ToPostgres(sqlite));
    }

    private static readonly Step[] Steps =
    [
        """
        CREATE TABLE IF NOT EXISTS state (
            key TEXT PRIMARY KEY,
            json TEXT NOT NULL,
            version INTEGER NOT NULL,
            updated_at TEXT NOT NULL
        );
        CREATE TABLE IF NOT EXISTS line_inbox (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            event_id TEXT NOT NULL UNIQUE,
            user_key TEXT NOT NULL,
            message_id TEXT,
            body TEXT NOT NULL,
            received_at TEXT NOT NULL,
            status TEXT NOT NULL DEFAULT 'pending',
            attempts INTEGER NOT NULL DEFAULT 0,
            error TEXT
        );
        CREATE INDEX IF NOT EXISTS line_inbox_pending ON line_inbox (status, seq);
        CREATE TABLE IF NOT EXISTS documents (
            id TEXT PRIMARY KEY,
            file_name TEXT NOT NULL,
            content_type TEXT NOT NULL,
            content BLOB NOT NULL,
            expires_at TEXT NOT NULL
        );
        CREATE TABLE IF NOT EXISTS conversation_references (
            channel_id TEXT NOT NULL,
            conversation_id TEXT NOT NULL,
            service_url TEXT NOT NULL,
            json TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            PRIMARY KEY (channel_id, conversation_id)
        );
        CREATE TABLE IF NOT EXISTS line_followers (
            user_id TEXT PRIMARY KEY,
            unfollowed_at TEXT
        );
        CREATE TABLE IF NOT EXISTS tickets (
            id TEXT PRIMARY KEY,
            desk_id TEXT NOT NULL,
            channel_id TEXT NOT NULL,
            conversation_id TEXT NOT NULL,
            user_id TEXT NOT NULL,
            reason TEXT NOT NULL,
            dossier TEXT NOT NULL,
            state TEXT NOT NULL,
            waiting_since TEXT NOT NULL,
            assigned_to TEXT,
            assigned_name TEXT,
            assigned_at TEXT,
            closed_at TEXT,
            outcome TEXT,
            note TEXT,
            rating INTEGER,
            rating_comment TEXT,
            teams_card_id TEXT
        );
        CREATE INDEX IF NOT EXISTS tickets_by_conversation ON tickets (channel_id, conversation_id, state);
        CREATE INDEX IF NOT EXISTS tickets_by_desk ON tickets (desk_id, state);
        CREATE TABLE IF NOT EXISTS ticket_messages (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            ticket_id TEXT NOT NULL,
            speaker TEXT NOT NULL,
            text TEXT NOT NULL,
            name TEXT,
            at TEXT NOT NULL,
            delivered INTEGER NOT NULL DEFAULT 1,
            error TEXT
        );
        CREATE INDEX IF NOT EXISTS ticket_messages_by_ticket ON ticket_messages (ticket_id, seq);
        CREATE TABLE IF NOT EXISTS desk_channels (
            desk_id TEXT PRIMARY KEY,
            conversation_id TEXT NOT NULL,
            bound_by TEXT NOT NULL,
            bound_at TEXT NOT NULL
        );
        CREATE TABLE IF NOT EXISTS staff_accounts (
            user_name TEXT PRIMARY KEY,
            display_name TEXT NOT NULL,
            desk_id TEXT NOT NULL,
            is_admin INTEGER NOT NULL,
            password_hash TEXT NOT NULL,
            failed_attempts INTEGER NOT NULL DEFAULT 0,
            locked_until TEXT
        );
        
        """,
        """
        CREATE TABLE IF NOT EXISTS consultation_events (
            id TEXT PRIMARY KEY,
            at TEXT NOT NULL,
            channel_id TEXT NOT NULL,
            kind TEXT NOT NULL,
            detail TEXT
        );
        CREATE INDEX IF NOT EXISTS consultation_events_by_time ON consultation_events (at);
        """,
        """
        ALTER TABLE line_inbox ADD COLUMN claimed_by TEXT;
        ALTER TABLE line_inbox ADD COLUMN claimed_until TEXT;
        """,
        """
        ALTER TABLE ticket_messages ADD COLUMN activity_id TEXT;
        CREATE UNIQUE INDEX IF NOT EXISTS ticket_messages_once_per_activity ON ticket_messages (ticket_id, activity_id) WHERE activity_id IS NOT NULL;
        """,
        """
        CREATE TABLE IF NOT EXISTS connector_outbox (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            channel_id TEXT NOT NULL,
            user_id TEXT NOT NULL,
            service_url TEXT NOT NULL,
            conversation_id TEXT NOT NULL,
            reply_to_id TEXT NOT NULL,
            replies TEXT NOT NULL,
            status TEXT NOT NULL DEFAULT 'pending',
            attempts INTEGER NOT NULL DEFAULT 0,
            error TEXT,
            created_at TEXT NOT NULL,
            next_attempt_at TEXT NOT NULL
        );
        CREATE INDEX IF NOT EXISTS connector_outbox_due ON connector_outbox (status, next_attempt_at);
        """,
        // PostgreSQL compresses a document of more than about 2 KB (a conversation's state is 2-3 KB) on every write;
        // its default compressor, pglz, was the largest single cost in the database's profile under load, and lz4
        // takes about a fifth less CPU per turn (bench/README). A server built without lz4 keeps pglz.
        new Step(Sqlite: "", Postgres: """
            DO $$
            BEGIN
                EXECUTE 'ALTER TABLE state ALTER COLUMN json SET COMPRESSION lz4';
            EXCEPTION WHEN feature_not_supported OR syntax_error THEN
                NULL;
            END $$
            """),
        // Every turn rewrites its conversation's row. With half of each page left free, the new version mostly fits
        // beside the old one (a heap-only update), so the key's index is not written too (bench/README, seventeenth round).
        new Step(Sqlite: "", Postgres: "ALTER TABLE state SET (fillfactor = 50)"),
    ];

    public static readonly IReadOnlyList<string> ForSqlite = [.. Steps.Select(step => step.Sqlite)];

    public static readonly IReadOnlyList<string> ForPostgres = [.. Steps.Select(step => step.Postgres)];

    private static string ToPostgres(string sql) => sql
        .Replace("INTEGER PRIMARY KEY AUTOINCREMENT", "BIGSERIAL PRIMARY KEY", StringComparison.Ordinal)
        .Replace(" INTEGER", " BIGINT", StringComparison.Ordinal)
        .Replace(" BLOB", " BYTEA", StringComparison.Ordinal);
}
