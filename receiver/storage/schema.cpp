#include "schema.h"

#include "storage/credentialsfile.h"
#include "storage/searchdocument.h"
#include "storage/sqldialect.h"

#include "logging.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace hookline {

namespace {

// Any fixed number: every Hookline process agrees on it.
constexpr qint64 SchemaLockKey = 0x486f6f6b6c696e;

// Version 1: configuration, the delivery log, rejections and dead letters.
const char *const migration1[] = {
    "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    "INSERT INTO meta (key, value) VALUES ('config_version', '0')",
    "CREATE TABLE apps ("
    " app_id TEXT PRIMARY KEY,"
    " label TEXT NOT NULL DEFAULT '',"
    " secret BLOB NOT NULL,"
    " verify_token BLOB NOT NULL,"
    " created_at_us INTEGER NOT NULL)",
    "CREATE TABLE lines ("
    " phone_number_id TEXT PRIMARY KEY,"
    " waba_id TEXT NOT NULL DEFAULT '',"
    " label TEXT NOT NULL DEFAULT '',"
    " display TEXT NOT NULL DEFAULT '',"
    " app_id TEXT NOT NULL REFERENCES apps (app_id),"
    " active INTEGER NOT NULL DEFAULT 1,"
    " created_at_us INTEGER NOT NULL)",
    "CREATE TABLE deliveries ("
    " id INTEGER PRIMARY KEY,"
    " received_at_us INTEGER NOT NULL,"
    " source TEXT NOT NULL," // meta | replay
    " route TEXT NOT NULL,"  // the request path
    " route_line TEXT,"      // phone_number_id of /webhook/<line>, else NULL
    " app_id TEXT,"          // the app whose secret verified the body
    " peer TEXT NOT NULL DEFAULT '',"
    " headers TEXT NOT NULL DEFAULT '{}',"
    " verdict TEXT NOT NULL,"          // verified | replay
    " flags TEXT NOT NULL DEFAULT ''," // comma-separated: invalid_json, ...
    " lines TEXT NOT NULL DEFAULT ''," // comma-separated routable lines
    " size INTEGER NOT NULL,"
    " sha256 TEXT NOT NULL,"
    " routing TEXT NOT NULL DEFAULT '[]'," // changes the receiver could not attribute
    " body BLOB NOT NULL)",
    "CREATE TABLE rejections ("
    " id INTEGER PRIMARY KEY,"
    " at_us INTEGER NOT NULL,"
    " peer TEXT NOT NULL,"
    " method TEXT NOT NULL,"
    " route TEXT NOT NULL,"
    " reason TEXT NOT NULL,"
    " status INTEGER NOT NULL,"
    " size INTEGER NOT NULL,"
    " body_sha256 TEXT)",
};

// Version 2: who did what from a console (retry, discard, replay, reprocess), for the
// inspector. Part of the log, not a projection: a rebuild keeps it.
const char *const migration2[] = {
    "CREATE TABLE operator_actions ("
    " id INTEGER PRIMARY KEY,"
    " at_us INTEGER NOT NULL,"
    " operator TEXT NOT NULL,"
    " action TEXT NOT NULL," // retry | discard | replay | reprocess
    " delivery_id INTEGER,"
    " dead_letter_id INTEGER,"
    " detail TEXT NOT NULL DEFAULT '')",
    "CREATE INDEX operator_actions_delivery ON operator_actions (delivery_id)",
};

// Version 3: app secrets and verify tokens leave the database for the credentials file
// (moveSecretsOut); the database keeps a fingerprint of each.
const char *const migration3[] = {
    "ALTER TABLE apps ADD COLUMN secret_fingerprint TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE apps ADD COLUMN token_fingerprint TEXT NOT NULL DEFAULT ''",
};

// Version 4: alerts. Operator state, not a projection: a rebuild keeps them, their
// acknowledgements and their webhook posts. One open alert per rule and cause, so none fires
// twice for the same cause.
const char *const migration4[] = {
    "CREATE TABLE alerts ("
    " id INTEGER PRIMARY KEY,"
    " rule TEXT NOT NULL,"
    " cause TEXT NOT NULL,"
    " line TEXT,"
    " summary TEXT NOT NULL,"
    " facts TEXT NOT NULL DEFAULT '{}',"
    " delivery_id INTEGER,"
    " fired_at_us INTEGER NOT NULL,"
    " cleared_at_us INTEGER," // a condition that no longer holds
    " acknowledged_by TEXT,"
    " acknowledged_at_us INTEGER)",
    "CREATE UNIQUE INDEX alerts_open_cause ON alerts (rule, cause) WHERE cleared_at_us IS NULL",
    "CREATE INDEX alerts_fired ON alerts (fired_at_us)",
    "CREATE TABLE alert_posts ("
    " alert_id INTEGER PRIMARY KEY,"
    " url TEXT NOT NULL,"
    " body BLOB NOT NULL,"
    " state TEXT NOT NULL," // pending | sent | dead
    " attempts INTEGER NOT NULL DEFAULT 0,"
    " next_attempt_us INTEGER,"
    " last_error TEXT,"
    " updated_at_us INTEGER NOT NULL)",
};

// Version 5 (PostgreSQL only): SQLite's instr(), which the console's filters use, so their SQL
// is the same on both engines.
const char *const postgresFunctions5[] = {
    "CREATE OR REPLACE FUNCTION main.instr(haystack TEXT, needle TEXT) RETURNS INTEGER"
    " LANGUAGE sql IMMUTABLE AS $$ SELECT strpos(haystack, needle) $$",
};

// Version 6: erasures of a person (ContactEraser), recorded before they start so one cut short
// is finished, and kept as the record of what was erased for whom (never what they said).
const char *const migration6[] = {
    "CREATE TABLE erasures ("
    " id INTEGER PRIMARY KEY,"
    " at_us INTEGER NOT NULL,"
    " operator TEXT NOT NULL,"
    " contact TEXT NOT NULL,"
    " line TEXT NOT NULL DEFAULT '',"
    " ids TEXT NOT NULL,"    // every id the person was known by, comma-separated
    " state TEXT NOT NULL)", // pending | done
};

// Version 7: what operators sent through the Graph API (MessageSender), recorded before the
// request goes out, so a send whose answer was lost is known as such and never sent again.
// Operator state, not a projection: a rebuild keeps it; the statuses Meta sends about it come
// through the webhooks like any other.
const char *const migration7[] = {
    "CREATE TABLE sends ("
    " id INTEGER PRIMARY KEY,"
    " at_us INTEGER NOT NULL,"
    " operator TEXT NOT NULL,"
    " line TEXT NOT NULL,"
    " recipient TEXT NOT NULL,"
    " kind TEXT NOT NULL,"    // text | template | reaction
    " request TEXT NOT NULL," // the JSON body posted to Meta (never the token)
    " reply_to TEXT,"
    " state TEXT NOT NULL," // sending | accepted | failed | unknown
    " wamid TEXT,"
    " error TEXT,"
    " updated_at_us INTEGER NOT NULL)",
    "CREATE INDEX sends_message ON sends (line, wamid)",
    "CREATE INDEX sends_recipient ON sends (line, recipient)",
};

// Version 8: what a send's bubble shows (its text, a template with its variables), and the
// message templates of each WhatsApp business account as the Graph API last listed them
// (TemplateCatalog), so the console's picker works without a call per look.
const char *const migration8[] = {
    "ALTER TABLE sends ADD COLUMN text TEXT NOT NULL DEFAULT ''",
    "CREATE TABLE templates ("
    " waba TEXT NOT NULL,"
    " name TEXT NOT NULL,"
    " language TEXT NOT NULL,"
    " category TEXT NOT NULL DEFAULT '',"
    " status TEXT NOT NULL DEFAULT '',"
    " body TEXT NOT NULL DEFAULT '',"
    " variables INTEGER NOT NULL DEFAULT 0,"
    " fetched_at_us INTEGER NOT NULL,"
    " PRIMARY KEY (waba, name, language))",
};

// Version 9: the media of inbound messages (MediaLog), one row per message: where its
// download stands, the file's content hash once kept (MediaStore, beside the database), and
// what the agent did with it (viewed, pinned). Operator state, not a projection: a rebuild
// keeps what was downloaded.
const char *const migration9[] = {
    "CREATE TABLE media ("
    " line TEXT NOT NULL,"
    " wamid TEXT NOT NULL,"
    " media_id TEXT NOT NULL,"
    " type TEXT NOT NULL,"
    " mime TEXT NOT NULL DEFAULT '',"
    " file_name TEXT NOT NULL DEFAULT '',"
    " expected_sha256 TEXT NOT NULL DEFAULT '',"
    " delivery_id INTEGER,"
    " message_ts INTEGER NOT NULL DEFAULT 0,"
    " state TEXT NOT NULL," // pending | stored | failed | expired | too_large | evicted
    " attempts INTEGER NOT NULL DEFAULT 0,"
    " next_attempt_us INTEGER NOT NULL DEFAULT 0,"
    " error TEXT NOT NULL DEFAULT '',"
    " sha256 TEXT,"
    " size INTEGER,"
    " declared_size INTEGER,"
    " pinned INTEGER NOT NULL DEFAULT 0,"
    " viewed_at_us INTEGER,"
    " stored_at_us INTEGER,"
    " created_at_us INTEGER NOT NULL,"
    " updated_at_us INTEGER NOT NULL,"
    " PRIMARY KEY (line, wamid))",
    "CREATE INDEX media_due ON media (next_attempt_us) WHERE state = 'pending'",
    "CREATE INDEX media_stored ON media (sha256) WHERE sha256 IS NOT NULL",
};

// Any change to apps or lines bumps config_version, so running receivers reload. Triggers are
// where the two engines' words differ most, so each has its own.
const char *const sqliteConfigTriggers[] = {
    "CREATE TRIGGER apps_ins AFTER INSERT ON apps BEGIN UPDATE meta SET value = value + 1"
    " WHERE key = 'config_version'; END",
    "CREATE TRIGGER apps_upd AFTER UPDATE ON apps BEGIN UPDATE meta SET value = value + 1"
    " WHERE key = 'config_version'; END",
    "CREATE TRIGGER apps_del AFTER DELETE ON apps BEGIN UPDATE meta SET value = value + 1"
    " WHERE key = 'config_version'; END",
    "CREATE TRIGGER lines_ins AFTER INSERT ON lines BEGIN UPDATE meta SET value = value + 1"
    " WHERE key = 'config_version'; END",
    "CREATE TRIGGER lines_upd AFTER UPDATE ON lines BEGIN UPDATE meta SET value = value + 1"
    " WHERE key = 'config_version'; END",
    "CREATE TRIGGER lines_del AFTER DELETE ON lines BEGIN UPDATE meta SET value = value + 1"
    " WHERE key = 'config_version'; END",
};

const char *const postgresConfigTriggers[] = {
    "CREATE FUNCTION main.bump_config_version() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN"
    " UPDATE main.meta SET value = (value::bigint + 1)::text WHERE key = 'config_version';"
    " RETURN NULL; END $$",
    "CREATE TRIGGER apps_changed AFTER INSERT OR UPDATE OR DELETE ON main.apps"
    " FOR EACH STATEMENT EXECUTE FUNCTION main.bump_config_version()",
    "CREATE TRIGGER lines_changed AFTER INSERT OR UPDATE OR DELETE ON main.lines"
    " FOR EACH STATEMENT EXECUTE FUNCTION main.bump_config_version()",
    // Several receivers commit deliveries out of id order, so "every id up to a cursor" cannot
    // say what is processed: each new delivery is queued, in its own commit, until processed.
    "CREATE TABLE main.processing_queue (delivery_id BIGINT PRIMARY KEY)",
    "CREATE FUNCTION main.enqueue_delivery() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN"
    " INSERT INTO main.processing_queue (delivery_id) VALUES (NEW.id); RETURN NULL; END $$",
    "CREATE TRIGGER deliveries_enqueue AFTER INSERT ON main.deliveries"
    " FOR EACH ROW EXECUTE FUNCTION main.enqueue_delivery()",
    // One processor at a time projects (the others stand by); its lease expires if it dies.
    "CREATE TABLE main.processing_lease (id BIGINT PRIMARY KEY CHECK (id = 1),"
    " owner TEXT NOT NULL DEFAULT '', until_us BIGINT NOT NULL DEFAULT 0)",
    "INSERT INTO main.processing_lease (id) VALUES (1)",
    // SQLite's JSON functions that Hookline's queries use, for the same SQL on both engines.
    "CREATE FUNCTION main.json_valid(t TEXT) RETURNS BOOLEAN LANGUAGE plpgsql IMMUTABLE AS $$"
    " BEGIN PERFORM t::jsonb; RETURN TRUE; EXCEPTION WHEN others THEN RETURN FALSE; END $$",
    "CREATE FUNCTION main.json_extract(t TEXT, path TEXT) RETURNS TEXT LANGUAGE sql IMMUTABLE AS"
    " $$ SELECT (t::jsonb) #>> regexp_split_to_array(trim(LEADING '.' FROM regexp_replace("
    "regexp_replace(path, '^\\$', ''), '\\[(\\d+)\\]', '.\\1', 'g')), '\\.') $$",
};

// Projections, in their own file (schema "proj"): derived from the delivery log, so that the
// receiver's commits and the processor's never wait for each other.
const char *const projections1[] = {
    // Dead letters: what could not be projected, one per cause (key), for the operator.
    "CREATE TABLE proj.dead_letters ("
    " id INTEGER PRIMARY KEY,"
    " key TEXT NOT NULL UNIQUE,"
    " delivery_id INTEGER NOT NULL,"
    " reason TEXT NOT NULL,"
    " line TEXT,"
    " entry_index INTEGER,"
    " change_index INTEGER,"
    " item_key TEXT,"
    " detail TEXT NOT NULL DEFAULT '',"
    " attempts INTEGER NOT NULL DEFAULT 1,"
    " last_error TEXT,"
    " state TEXT NOT NULL DEFAULT 'dead'," // dead | retrying | retried | discarded
    " created_at_us INTEGER NOT NULL,"
    " updated_at_us INTEGER NOT NULL)",
    "CREATE INDEX proj.dead_letters_delivery ON dead_letters (delivery_id)",
    "CREATE INDEX proj.dead_letters_retrying ON dead_letters (delivery_id) WHERE state = "
    "'retrying'",
    // Projections: derived from the delivery log, dropped and re-derived by a rebuild.
    // items: every processed item under its dedupe key, with its state.
    "CREATE TABLE proj.items ("
    " key TEXT PRIMARY KEY,"
    " delivery_id INTEGER NOT NULL,"
    " kind TEXT NOT NULL,"
    " line TEXT,"
    " state TEXT NOT NULL," // done | retrying | dead
    " attempts INTEGER NOT NULL DEFAULT 0,"
    " next_attempt_us INTEGER,"
    " last_error TEXT,"
    " updated_at_us INTEGER NOT NULL) WITHOUT ROWID",
    "CREATE INDEX proj.items_delivery ON items (delivery_id)",
    "CREATE TABLE proj.contacts ("
    " line TEXT NOT NULL,"
    " customer TEXT NOT NULL," // wa_id, or user_id for username users
    " wa_id TEXT NOT NULL DEFAULT '',"
    " user_id TEXT,"
    " name TEXT,"
    " username TEXT,"
    " seen_ts INTEGER NOT NULL DEFAULT 0,"
    " PRIMARY KEY (line, customer)) WITHOUT ROWID",
    "CREATE TABLE proj.contact_links ("
    " line TEXT NOT NULL,"
    " old_id TEXT NOT NULL,"
    " new_id TEXT NOT NULL,"
    " kind TEXT NOT NULL,"
    " message_id TEXT,"
    " PRIMARY KEY (line, old_id, new_id)) WITHOUT ROWID",
    "CREATE TABLE proj.messages ("
    " wamid TEXT PRIMARY KEY,"
    " line TEXT NOT NULL,"
    " direction TEXT NOT NULL," // inbound | outbound
    " type TEXT NOT NULL,"
    " customer TEXT NOT NULL DEFAULT '',"
    " from_id TEXT,"
    " from_user_id TEXT,"
    " to_id TEXT,"
    " timestamp INTEGER,"
    " text TEXT,"
    " content TEXT NOT NULL DEFAULT '{}',"
    " context TEXT,"
    " reply_to TEXT,"
    " forwarded INTEGER NOT NULL DEFAULT 0,"
    " frequently_forwarded INTEGER NOT NULL DEFAULT 0,"
    " referral TEXT,"
    " errors TEXT NOT NULL DEFAULT '[]',"
    " status TEXT,"
    " status_rank INTEGER NOT NULL DEFAULT 0,"
    " target TEXT," // the message an edit, revoke or reaction refers to
    " edited_text TEXT,"
    " edited_ts INTEGER,"
    " edited_by TEXT,"
    " revoked INTEGER NOT NULL DEFAULT 0,"
    " delivery_id INTEGER,"
    " received_at_us INTEGER)",
    "CREATE INDEX proj.messages_conversation ON messages (line, customer, timestamp)",
    "CREATE INDEX proj.messages_target ON messages (target) WHERE target IS NOT NULL",
    // Lets the processor ask "are there any edits or revokes?" without scanning messages.
    "CREATE INDEX proj.messages_updates ON messages (target) WHERE type IN ('edit', 'revoke')",
    "CREATE TABLE proj.status_events ("
    " wamid TEXT NOT NULL,"
    " status TEXT NOT NULL,"
    " timestamp INTEGER,"
    " received_at_us INTEGER,"
    " recipient TEXT,"
    " line TEXT,"
    " errors TEXT NOT NULL DEFAULT '[]',"
    " conversation TEXT,"
    " pricing TEXT,"
    " delivery_id INTEGER,"
    " PRIMARY KEY (wamid, status)) WITHOUT ROWID",
    "CREATE TABLE proj.reactions ("
    " target TEXT NOT NULL,"
    " reactor TEXT NOT NULL,"
    " line TEXT NOT NULL,"
    " emoji TEXT," // NULL: removed
    " reaction_id TEXT NOT NULL,"
    " timestamp INTEGER NOT NULL,"
    " PRIMARY KEY (target, reactor)) WITHOUT ROWID",
    "CREATE TABLE proj.events ("
    " key TEXT PRIMARY KEY,"
    " field TEXT NOT NULL,"
    " waba_id TEXT,"
    " line TEXT,"
    " event TEXT,"
    " template_id TEXT,"
    " time INTEGER,"
    " detail TEXT NOT NULL,"
    " delivery_id INTEGER)",
    "CREATE TABLE proj.value_errors ("
    " key TEXT PRIMARY KEY,"
    " line TEXT,"
    " code INTEGER,"
    " title TEXT,"
    " detail TEXT NOT NULL,"
    " delivery_id INTEGER)",
    // Processing progress: every delivery up to the cursor has been taken; the exceptions
    // (retrying, or pending again after an operator's retry) are listed in delivery_state.
    "CREATE TABLE proj.processing_cursor (id INTEGER PRIMARY KEY CHECK (id = 1),"
    " last_delivery_id INTEGER NOT NULL)",
    "INSERT INTO proj.processing_cursor (id, last_delivery_id) VALUES (1, 0)",
    "CREATE TABLE proj.delivery_state ("
    " delivery_id INTEGER PRIMARY KEY,"
    " state TEXT NOT NULL," // pending | retrying
    " next_attempt_us INTEGER)",
};

// Projections version 2: a summary row per conversation (so the console lists them without
// walking the messages), the index a conversation is read by, and the operator's read markers
// (console state: not a projection, so a rebuild keeps them).
const char *const projections2[] = {
    "CREATE TABLE proj.conversations ("
    " line TEXT NOT NULL,"
    " customer TEXT NOT NULL,"
    " last_ts INTEGER NOT NULL,"
    " last_wamid TEXT NOT NULL,"
    " last_inbound_ts INTEGER NOT NULL DEFAULT 0,"
    " PRIMARY KEY (line, customer)) WITHOUT ROWID",
    "CREATE INDEX proj.conversations_line_activity ON conversations (line, last_ts, customer)",
    "CREATE INDEX proj.conversations_activity ON conversations (last_ts, line, customer)",
    // The backfill follows the projector's rule: a conversation's latest activity is its
    // latest visible message or status, ties broken by the greater wamid.
    "WITH activity (line, customer, ts, wamid, inbound) AS ("
    " SELECT line, customer, timestamp, wamid, CASE WHEN direction = 'inbound' THEN 1 ELSE 0"
    " END FROM proj.messages"
    " WHERE customer <> '' AND timestamp IS NOT NULL AND type NOT IN ('reaction', 'edit', "
    "'revoke')"
    " UNION ALL SELECT line, recipient, timestamp, wamid, 0 FROM proj.status_events"
    " WHERE line IS NOT NULL AND recipient IS NOT NULL AND recipient <> '' AND timestamp IS NOT "
    "NULL), "
    "ranked AS (SELECT line, customer, ts, wamid, row_number() OVER (PARTITION BY line, customer"
    " ORDER BY ts DESC, wamid DESC) AS n FROM activity), "
    "inbound AS (SELECT line, customer, max(ts) AS ts FROM activity WHERE inbound = 1"
    " GROUP BY line, customer) "
    "INSERT INTO proj.conversations (line, customer, last_ts, last_wamid, last_inbound_ts) "
    "SELECT r.line, r.customer, r.ts, r.wamid, coalesce(i.ts, 0) FROM ranked r LEFT JOIN inbound i"
    " ON i.line = r.line AND i.customer = r.customer WHERE r.n = 1",
    "DROP INDEX proj.messages_conversation",
    "CREATE INDEX proj.messages_conversation ON messages (line, customer, timestamp, wamid)",
    "CREATE INDEX proj.messages_outbound ON messages (timestamp, wamid) "
    "WHERE direction = 'outbound'",
    "CREATE INDEX proj.reactions_recent ON reactions (timestamp)",
    "CREATE TABLE proj.read_markers ("
    " line TEXT NOT NULL,"
    " customer TEXT NOT NULL,"
    " read_ts INTEGER NOT NULL,"
    " PRIMARY KEY (line, customer)) WITHOUT ROWID",
};

// Projections version 3: each failed attempt of an item (and the success that follows one), so
// that a delivery's trail shows every retry. Items that succeed at once write nothing here.
const char *const projections3[] = {
    "CREATE TABLE proj.attempts ("
    " item_key TEXT NOT NULL,"
    " attempt INTEGER NOT NULL,"
    " delivery_id INTEGER NOT NULL,"
    " at_us INTEGER NOT NULL,"
    " outcome TEXT NOT NULL," // retrying | dead | done
    " error TEXT,"
    " next_attempt_us INTEGER,"
    " PRIMARY KEY (item_key, attempt)) WITHOUT ROWID",
    "CREATE INDEX proj.attempts_delivery ON attempts (delivery_id)",
};

// An item's dedupe key as version 4 writes it, from version 3's (item i).
#define NEW_ITEM_KEY                                                                               \
    "CASE WHEN i.delivery_id IN (SELECT id FROM main.deliveries WHERE source = 'replay') THEN"     \
    " 'r/' ELSE '' END || CASE WHEN i.line IS NOT NULL AND substr(i.key, 1, 2) IN ('m:', 's:',"    \
    " 'e:') THEN substr(i.key, 1, 2) || i.line || ':' || substr(i.key, 3) ELSE i.key END"

// Projections version 4: everything keyed by line. Messages, status events and reactions are
// keyed (line, wamid), so nothing one app signs can change or pre-empt another app's line; each
// row says where its content came from (origin: meta or replay); reactions are ordered by
// receipt (seq) when their timestamps tie. Tables are rebuilt with their rows; dedupe keys of
// messages, statuses and echoes gain their line.
const char *const projections4[] = {
    "DROP INDEX proj.messages_conversation",
    "DROP INDEX proj.messages_target",
    "DROP INDEX proj.messages_updates",
    "DROP INDEX proj.messages_outbound",
    "DROP INDEX proj.reactions_recent",
    "ALTER TABLE proj.messages RENAME TO messages_v3",
    "ALTER TABLE proj.status_events RENAME TO status_events_v3",
    "ALTER TABLE proj.reactions RENAME TO reactions_v3",
    "CREATE TABLE proj.messages ("
    " wamid TEXT NOT NULL,"
    " line TEXT NOT NULL,"
    " direction TEXT NOT NULL," // inbound | outbound
    " type TEXT NOT NULL,"
    " customer TEXT NOT NULL DEFAULT '',"
    " from_id TEXT,"
    " from_user_id TEXT,"
    " to_id TEXT,"
    " timestamp INTEGER,"
    " text TEXT,"
    " content TEXT NOT NULL DEFAULT '{}',"
    " context TEXT,"
    " reply_to TEXT,"
    " forwarded INTEGER NOT NULL DEFAULT 0,"
    " frequently_forwarded INTEGER NOT NULL DEFAULT 0,"
    " referral TEXT,"
    " errors TEXT NOT NULL DEFAULT '[]',"
    " status TEXT,"
    " status_rank INTEGER NOT NULL DEFAULT 0,"
    " target TEXT," // the message (of the same line) an edit, revoke or reaction refers to
    " edited_text TEXT,"
    " edited_ts INTEGER,"
    " edited_by TEXT,"
    " revoked INTEGER NOT NULL DEFAULT 0,"
    " delivery_id INTEGER,"
    " received_at_us INTEGER,"
    " origin TEXT NOT NULL DEFAULT 'meta'," // meta | replay
    " PRIMARY KEY (line, wamid))",
    "INSERT INTO proj.messages (wamid, line, direction, type, customer, from_id, from_user_id,"
    " to_id, timestamp, text, content, context, reply_to, forwarded, frequently_forwarded,"
    " referral, errors, status, status_rank, target, edited_text, edited_ts, edited_by, revoked,"
    " delivery_id, received_at_us) SELECT wamid, line, direction, type, customer, from_id,"
    " from_user_id, to_id, timestamp, text, content, context, reply_to, forwarded,"
    " frequently_forwarded, referral, errors, status, status_rank, target, edited_text,"
    " edited_ts, edited_by, revoked, delivery_id, received_at_us FROM proj.messages_v3",
    "DROP TABLE proj.messages_v3",
    "CREATE INDEX proj.messages_conversation ON messages (line, customer, timestamp, wamid)",
    "CREATE INDEX proj.messages_outbound ON messages (timestamp, wamid) "
    "WHERE direction = 'outbound'",
    "CREATE INDEX proj.messages_target ON messages (line, target) WHERE target IS NOT NULL",
    "CREATE INDEX proj.messages_updates ON messages (line, target) WHERE type IN ('edit', "
    "'revoke')",
    // Finds a message by its id alone, to recognise a reference to another line's message.
    "CREATE INDEX proj.messages_wamid ON messages (wamid)",
    "CREATE TABLE proj.status_events ("
    " line TEXT NOT NULL,"
    " wamid TEXT NOT NULL,"
    " status TEXT NOT NULL,"
    " timestamp INTEGER,"
    " received_at_us INTEGER,"
    " recipient TEXT,"
    " errors TEXT NOT NULL DEFAULT '[]',"
    " conversation TEXT,"
    " pricing TEXT,"
    " delivery_id INTEGER,"
    " origin TEXT NOT NULL DEFAULT 'meta',"
    " PRIMARY KEY (line, wamid, status)) WITHOUT ROWID",
    "INSERT INTO proj.status_events (line, wamid, status, timestamp, received_at_us, recipient,"
    " errors, conversation, pricing, delivery_id) SELECT coalesce(line, ''), wamid, status,"
    " timestamp, received_at_us, recipient, errors, conversation, pricing, delivery_id"
    " FROM proj.status_events_v3",
    "DROP TABLE proj.status_events_v3",
    "CREATE TABLE proj.reactions ("
    " line TEXT NOT NULL,"
    " target TEXT NOT NULL,"
    " reactor TEXT NOT NULL,"
    " emoji TEXT," // NULL: removed
    " reaction_id TEXT NOT NULL,"
    " timestamp INTEGER NOT NULL,"
    " seq INTEGER NOT NULL DEFAULT 0," // order of receipt: delivery id, then position in it
    " origin TEXT NOT NULL DEFAULT 'meta',"
    " PRIMARY KEY (line, target, reactor)) WITHOUT ROWID",
    "INSERT INTO proj.reactions (line, target, reactor, emoji, reaction_id, timestamp) SELECT"
    " line, target, reactor, emoji, reaction_id, timestamp FROM proj.reactions_v3",
    "DROP TABLE proj.reactions_v3",
    "CREATE INDEX proj.reactions_recent ON reactions (timestamp)",
    "ALTER TABLE proj.events ADD COLUMN origin TEXT NOT NULL DEFAULT 'meta'",
    // Dedupe keys gain their line (m:<line>:<wamid>, s:<line>:<wamid>:<status>,
    // e:<line>:<wamid>) and, for what came from an operator's replay, the replay namespace (r/).
    // The attempts and dead letters that name an item follow it.
    "UPDATE proj.attempts SET item_key = (SELECT " NEW_ITEM_KEY " FROM proj.items i WHERE"
    " i.key = attempts.item_key) WHERE EXISTS (SELECT 1 FROM proj.items i WHERE"
    " i.key = attempts.item_key)",
    "UPDATE proj.dead_letters SET item_key = (SELECT " NEW_ITEM_KEY " FROM proj.items i WHERE"
    " i.key = dead_letters.item_key), key = replace(key, item_key, (SELECT " NEW_ITEM_KEY
    " FROM proj.items i WHERE i.key = dead_letters.item_key)) WHERE EXISTS (SELECT 1 FROM"
    " proj.items i WHERE i.key = dead_letters.item_key)",
    "UPDATE proj.items SET key = (SELECT " NEW_ITEM_KEY " FROM proj.items i WHERE"
    " i.key = items.key)",
    // Rows last written by a replay say so.
    "UPDATE proj.messages SET origin = 'replay' WHERE delivery_id IN (SELECT id FROM"
    " main.deliveries WHERE source = 'replay')",
    "UPDATE proj.status_events SET origin = 'replay' WHERE delivery_id IN (SELECT id FROM"
    " main.deliveries WHERE source = 'replay')",
    "UPDATE proj.events SET origin = 'replay' WHERE delivery_id IN (SELECT id FROM"
    " main.deliveries WHERE source = 'replay')",
};
#undef NEW_ITEM_KEY

// Projections version 5: Meta's 2025-2026 fields. A contact is one identity across its phone
// number and business-scoped user ids (identities maps each known id to its conversation key);
// contacts keep a wa_id that may be unknown (NULL), the parent user id, whether they are a group,
// the Business-app address-book name and their marketing preference. Messages say which group
// they belong to and where a contact card came from; history imports keep their status. Events
// of a line keep their normalised facts and the conversation or message they belong to; calls
// and per-participant group receipts have tables of their own.
const char *const projections5[] = {
    "ALTER TABLE proj.contacts RENAME TO contacts_v4",
    "CREATE TABLE proj.contacts ("
    " line TEXT NOT NULL,"
    " customer TEXT NOT NULL," // the conversation key: wa_id, else user_id; a group's id
    " wa_id TEXT,"             // NULL when Meta did not share the number
    " user_id TEXT,"
    " parent_user_id TEXT,"
    " name TEXT,"
    " username TEXT,"
    " kind TEXT NOT NULL DEFAULT 'person'," // person | group
    " saved_name TEXT,"                     // the WhatsApp Business app's address book
    " saved_ts INTEGER NOT NULL DEFAULT 0,"
    " marketing TEXT," // stop | resume
    " marketing_ts INTEGER NOT NULL DEFAULT 0,"
    " seen_ts INTEGER NOT NULL DEFAULT 0,"
    " PRIMARY KEY (line, customer)) WITHOUT ROWID",
    "INSERT INTO proj.contacts (line, customer, wa_id, user_id, name, username, seen_ts)"
    " SELECT line, customer, wa_id, user_id, name, username, seen_ts FROM proj.contacts_v4",
    "DROP TABLE proj.contacts_v4",
    "CREATE TABLE proj.identities ("
    " line TEXT NOT NULL,"
    " id TEXT NOT NULL," // a wa_id, user_id or parent user id
    " customer TEXT NOT NULL,"
    " origin TEXT NOT NULL DEFAULT 'meta'," // a replay's links never steer Meta's messages
    " PRIMARY KEY (line, id)) WITHOUT ROWID",
    "INSERT INTO proj.identities (line, id, customer) SELECT line, customer, customer"
    " FROM proj.contacts WHERE true ON CONFLICT DO NOTHING",
    "INSERT INTO proj.identities (line, id, customer) SELECT line, user_id, customer"
    " FROM proj.contacts WHERE user_id IS NOT NULL AND user_id <> '' ON CONFLICT DO NOTHING",
    "ALTER TABLE proj.messages ADD COLUMN group_id TEXT",
    "ALTER TABLE proj.messages ADD COLUMN from_parent_user_id TEXT",
    "ALTER TABLE proj.messages ADD COLUMN request_origin TEXT",
    "ALTER TABLE proj.messages ADD COLUMN history_status TEXT",
    "ALTER TABLE proj.events ADD COLUMN facts TEXT",
    "ALTER TABLE proj.events ADD COLUMN customer TEXT",
    "ALTER TABLE proj.events ADD COLUMN message_id TEXT",
    "CREATE INDEX proj.events_conversation ON events (line, customer, time) "
    "WHERE customer IS NOT NULL",
    "CREATE INDEX proj.events_message ON events (line, message_id) WHERE message_id IS NOT NULL",
    "CREATE INDEX proj.events_time ON events (time)",
    "CREATE TABLE proj.calls ("
    " line TEXT NOT NULL,"
    " call_id TEXT NOT NULL,"
    " customer TEXT NOT NULL DEFAULT '',"
    " direction TEXT,"
    " from_id TEXT,"
    " to_id TEXT,"
    " first_ts INTEGER NOT NULL DEFAULT 0," // the earliest event of the call
    " connect_ts INTEGER,"
    " call_status TEXT," // the latest of RINGING, ACCEPTED, REJECTED
    " call_status_ts INTEGER NOT NULL DEFAULT 0,"
    " end_status TEXT," // the terminate's COMPLETED or FAILED
    " end_ts INTEGER,"
    " start_time INTEGER,"
    " end_time INTEGER,"
    " duration INTEGER,"
    " callback_data TEXT,"
    " origin TEXT NOT NULL DEFAULT 'meta',"
    " PRIMARY KEY (line, call_id)) WITHOUT ROWID",
    "CREATE INDEX proj.calls_conversation ON calls (line, customer, first_ts)",
    "CREATE TABLE proj.group_receipts ("
    " line TEXT NOT NULL,"
    " wamid TEXT NOT NULL,"
    " participant TEXT NOT NULL,"
    " status TEXT NOT NULL,"
    " timestamp INTEGER,"
    " received_at_us INTEGER,"
    " delivery_id INTEGER,"
    " origin TEXT NOT NULL DEFAULT 'meta',"
    " PRIMARY KEY (line, wamid, participant, status)) WITHOUT ROWID",
    // What a dead letter is grouped by besides its reason: an unknown field's name, so a new
    // Meta feature shows as one row, not thousands.
    "ALTER TABLE proj.dead_letters ADD COLUMN subject TEXT",
    // The alert rules read the last minutes' statuses.
    "CREATE INDEX proj.status_events_received ON status_events (received_at_us)",
    "CREATE INDEX proj.events_field ON events (field, delivery_id)",
};

// Projections version 6: search. What a message says (its text or caption, its edit, a
// document's file name, a place's name and address) is indexed, with diacritics folded so
// "cancion" finds "canción". SQLite keeps a contentless FTS5 index (the text stays in messages
// alone, so an erase leaves no copy behind) kept current by triggers, and an FTS5 table of
// contact names; PostgreSQL an expression index over the same words. Reactions, edits and
// revokes are not messages one looks for; a revoked message is no longer findable.
#define SEARCH_DOCUMENT(row) HOOKLINE_SEARCH_DOCUMENT(row)
#define SEARCHABLE(row) HOOKLINE_LOOKED_FOR(row) // versions 6 to 11
#define CONTACT_NAMES(row) HOOKLINE_CONTACT_NAMES(row)
#define CONTACT_SEARCH_TABLE                                                                       \
    "CREATE VIRTUAL TABLE proj.contact_search USING fts5(line UNINDEXED, customer UNINDEXED,"      \
    " names, tokenize='unicode61 remove_diacritics 2')"
const char *const sqliteSearch6[] = {
    "CREATE VIRTUAL TABLE proj.message_search USING fts5(document, content='',"
    " tokenize='unicode61 remove_diacritics 2')",
    "INSERT INTO proj.message_search (rowid, document) SELECT m.rowid, " SEARCH_DOCUMENT(
        "m") " FROM proj.messages m WHERE " SEARCHABLE("m"),
    "CREATE TRIGGER proj.messages_search_insert AFTER INSERT ON messages WHEN " SEARCHABLE(
        "new") " BEGIN INSERT INTO message_search (rowid, document) VALUES "
               "(new.rowid, " SEARCH_DOCUMENT("new") "); END",
    // A contentless index forgets a row when told the words it had.
    "CREATE TRIGGER proj.messages_search_delete AFTER DELETE ON messages WHEN " SEARCHABLE(
        "old") " BEGIN INSERT INTO message_search (message_search, rowid, document) VALUES"
               " ('delete', old.rowid, " SEARCH_DOCUMENT("old") "); END",
    // One trigger, so the old words go before the new ones come (SQLite runs separate triggers
    // in no promised order, and an edit shares most of its words with the original).
    "CREATE TRIGGER proj.messages_search_update AFTER UPDATE OF type, text, edited_text, "
    "content,"
    " revoked ON messages BEGIN INSERT INTO message_search (message_search, rowid, document)"
    " SELECT 'delete', old.rowid, " SEARCH_DOCUMENT("old") " WHERE " SEARCHABLE(
        "old") "; INSERT INTO message_search (rowid, document) SELECT "
               "new.rowid, " SEARCH_DOCUMENT("new") " WHERE " SEARCHABLE("new") "; END",
    CONTACT_SEARCH_TABLE,
    "INSERT INTO proj.contact_search (line, customer, names) SELECT c.line, "
    "c.customer, " CONTACT_NAMES("c") " FROM proj.contacts c",
    "CREATE TRIGGER proj.contacts_search_insert AFTER INSERT ON contacts BEGIN INSERT INTO"
    " contact_search (line, customer, names) VALUES (new.line, new.customer, " CONTACT_NAMES(
        "new") "); END",
    "CREATE TRIGGER proj.contacts_search_update AFTER UPDATE OF name, saved_name, username ON"
    " contacts WHEN " CONTACT_NAMES("old") " IS NOT " CONTACT_NAMES(
        "new") " BEGIN DELETE FROM contact_search WHERE line = old.line AND customer ="
               " old.customer; INSERT INTO contact_search (line, customer, names) VALUES"
               " (new.line, new.customer, " CONTACT_NAMES("new") "); END",
    "CREATE TRIGGER proj.contacts_search_delete AFTER DELETE ON contacts BEGIN DELETE FROM"
    " contact_search WHERE line = old.line AND customer = old.customer; END",
};

// A message's words as the index has them leave it (unless the message is still queued, so not
// in the index yet): since version 10, when the message goes or its words change. S is what
// the index holds.
#define OLD_WORDS_OUT_IF(S)                                                                        \
    " INSERT INTO message_search (message_search, rowid, document) SELECT 'delete', "              \
    "old.rowid, " SEARCH_DOCUMENT("old") " WHERE " S("old") " AND NOT EXISTS (SELECT 1 FROM"       \
                                                            " message_search_queue WHERE message " \
                                                            "= old.rowid);"
#define OLD_WORDS_OUT OLD_WORDS_OUT_IF(SEARCHABLE)

// Projections version 10: the search indexes are written once per processing batch, not once
// per row. FTS5 writes what it holds in memory to a new segment of its index at every savepoint,
// and processing takes one per item: indexing row by row wrote a segment (and merged segments)
// for each message. A new or changed row now waits in a queue table; SearchIndexQueue indexes
// the queue before the batch commits. A row is in its index exactly when it is searchable and
// not queued, so a queued row leaves no words to take out when it changes or goes. Each trigger
// queues a row only if it is not queued yet: in the update of an upsert (ON CONFLICT DO UPDATE)
// SQLite runs triggers with ABORT, which overrides their own OR IGNORE.
const char *const sqliteSearchQueue10[] = {
    "CREATE TABLE proj.message_search_queue (message INTEGER PRIMARY KEY)",
    "CREATE TABLE proj.contact_search_queue (line TEXT NOT NULL, customer TEXT NOT NULL,"
    " PRIMARY KEY (line, customer)) WITHOUT ROWID",
    "DROP TRIGGER proj.messages_search_insert",
    "DROP TRIGGER proj.messages_search_delete",
    "DROP TRIGGER proj.messages_search_update",
    "DROP TRIGGER proj.contacts_search_insert",
    "DROP TRIGGER proj.contacts_search_update",
    "DROP TRIGGER proj.contacts_search_delete",
    "CREATE TRIGGER proj.messages_search_insert AFTER INSERT ON messages WHEN " SEARCHABLE(
        "new") " BEGIN INSERT INTO message_search_queue (message) SELECT new.rowid WHERE NOT"
               " EXISTS (SELECT 1 FROM message_search_queue WHERE message = new.rowid); END",
    "CREATE TRIGGER proj.messages_search_delete AFTER DELETE ON messages BEGIN" OLD_WORDS_OUT
    " DELETE FROM message_search_queue WHERE message = old.rowid; END",
    "CREATE TRIGGER proj.messages_search_update AFTER UPDATE OF type, text, edited_text, "
    "content, revoked ON messages BEGIN" OLD_WORDS_OUT
    " INSERT INTO message_search_queue (message) SELECT"
    " new.rowid WHERE " SEARCHABLE(
        "new") " AND NOT EXISTS (SELECT 1 FROM message_search_queue WHERE message ="
               " new.rowid);"
               " DELETE FROM message_search_queue WHERE message = new.rowid AND NOT"
               " (" SEARCHABLE("new") "); END",
    "CREATE TRIGGER proj.contacts_search_insert AFTER INSERT ON contacts BEGIN INSERT INTO"
    " contact_search_queue (line, customer) SELECT new.line, new.customer WHERE NOT EXISTS"
    " (SELECT 1 FROM contact_search_queue WHERE line = new.line AND customer = new.customer);"
    " END",
    "CREATE TRIGGER proj.contacts_search_update AFTER UPDATE OF name, saved_name, username ON"
    " contacts WHEN " CONTACT_NAMES("old") " IS NOT " CONTACT_NAMES(
        "new") " AND NOT EXISTS (SELECT 1 FROM contact_search_queue WHERE line = old.line AND"
               " customer = old.customer) BEGIN DELETE FROM contact_search WHERE line = old.line"
               " AND customer = old.customer; INSERT INTO contact_search_queue (line, customer)"
               " SELECT new.line, new.customer WHERE NOT EXISTS (SELECT 1 FROM"
               " contact_search_queue WHERE line = new.line AND customer = new.customer); END",
    "CREATE TRIGGER proj.contacts_search_delete AFTER DELETE ON contacts BEGIN DELETE FROM"
    " contact_search WHERE line = old.line AND customer = old.customer; DELETE FROM"
    " contact_search_queue WHERE line = old.line AND customer = old.customer; END",
};

// Projections version 11: the same triggers, cheaper to run. A queue row is added with an upsert
// that does nothing on a conflict (which, unlike OR IGNORE, an enclosing upsert's ABORT does not
// override), not with INSERT ... SELECT ... WHERE NOT EXISTS: a SELECT that reads the table it
// inserts into makes SQLite copy its rows to a temporary table first, at every message and
// contact processed. (SEARCHABLE no longer says NOT IN: a list of three or more values is
// looked up in a temporary index built at every run; each row was paying for two of them.)
// S is what the index holds.
#define MESSAGE_QUEUE_TRIGGERS(S)                                                                  \
    "CREATE TRIGGER proj.messages_search_insert AFTER INSERT ON messages WHEN " S(                 \
        "new") " BEGIN INSERT INTO message_search_queue (message) VALUES (new.rowid)"              \
               " ON CONFLICT DO NOTHING; END",                                                     \
        "CREATE TRIGGER proj.messages_search_delete AFTER DELETE ON messages "                     \
        "BEGIN" OLD_WORDS_OUT_IF(                                                                  \
            S) " DELETE FROM message_search_queue WHERE message = old.rowid; END",                 \
        "CREATE TRIGGER proj.messages_search_update AFTER UPDATE OF type, text, edited_text, "     \
        "content, revoked ON messages BEGIN" OLD_WORDS_OUT_IF(                                     \
            S) " INSERT INTO message_search_queue (message) SELECT"                                \
               " new.rowid WHERE " S("new") " ON CONFLICT DO NOTHING;"                             \
                                            " DELETE FROM message_search_queue WHERE "             \
                                            "message = new.rowid AND NOT"                          \
                                            " (" S("new") "); END"
const char *const sqliteSearchQueue11[] = {
    "DROP TRIGGER proj.messages_search_insert",
    "DROP TRIGGER proj.messages_search_delete",
    "DROP TRIGGER proj.messages_search_update",
    "DROP TRIGGER proj.contacts_search_insert",
    "DROP TRIGGER proj.contacts_search_update",
    MESSAGE_QUEUE_TRIGGERS(SEARCHABLE),
    "CREATE TRIGGER proj.contacts_search_insert AFTER INSERT ON contacts BEGIN INSERT INTO"
    " contact_search_queue (line, customer) VALUES (new.line, new.customer)"
    " ON CONFLICT DO NOTHING; END",
    "CREATE TRIGGER proj.contacts_search_update AFTER UPDATE OF name, saved_name, username ON"
    " contacts WHEN " CONTACT_NAMES("old") " IS NOT " CONTACT_NAMES(
        "new") " AND NOT EXISTS (SELECT 1 FROM contact_search_queue WHERE line = old.line AND"
               " customer = old.customer) BEGIN DELETE FROM contact_search WHERE line = old.line"
               " AND customer = old.customer; INSERT INTO contact_search_queue (line, customer)"
               " VALUES (new.line, new.customer) ON CONFLICT DO NOTHING; END",
};

// Projections version 12: the search indexes hold only what has words, and a contact's names
// leave their index by rowid.
// - A message known only from its statuses (most of what a busy line receives) has no words, nor
//   does a contact known only from a status. Each used to pass through the queue into its index
//   as an empty document: four b-tree writes for nothing.
// - contact_search had no key one could look a contact up by: a change of a contact's names,
//   and a contact's deletion (retention, erasure), read the whole index to find its row, 0.1 s
//   at 280,000 contacts and more with every contact. A contact now keeps the rowid of its names
//   (search_row, NULL while it has none in the index), and the flush numbers new rows after the
//   last one. A contact is in the index, at search_row, exactly when it has names and is not
//   queued.
// The index of names is written again from the contacts, numbered; the message index loses its
// empty documents (a contentless index forgets a row when told the words it had: none).
#define SEARCHABLE12(row) HOOKLINE_SEARCHABLE(row)
#define CONTACT_NAMED(row) HOOKLINE_CONTACT_NAMED(row)
const char *const sqliteSearch12[] = {
    "DROP TRIGGER proj.messages_search_insert",
    "DROP TRIGGER proj.messages_search_delete",
    "DROP TRIGGER proj.messages_search_update",
    "DROP TRIGGER proj.contacts_search_insert",
    "DROP TRIGGER proj.contacts_search_update",
    "DROP TRIGGER proj.contacts_search_delete",
    "INSERT INTO proj.message_search (message_search, rowid, document) SELECT 'delete', m.rowid, "
    "" SEARCH_DOCUMENT("m") " FROM proj.messages m WHERE " SEARCHABLE(
        "m") " AND NOT " HOOKLINE_HAS_WORDS("m") " AND m.rowid NOT IN (SELECT message FROM "
                                                 "proj.message_search_queue)",
    "DELETE FROM proj.message_search_queue WHERE message IN (SELECT m.rowid FROM proj.messages m"
    " WHERE NOT " HOOKLINE_HAS_WORDS("m") ")",
    MESSAGE_QUEUE_TRIGGERS(SEARCHABLE12),
    "ALTER TABLE proj.contacts ADD COLUMN search_row INTEGER",
    "DROP TABLE proj.contact_search",
    CONTACT_SEARCH_TABLE,
    "DELETE FROM proj.contact_search_queue",
    "UPDATE proj.contacts SET search_row = n.row FROM (SELECT c.line, c.customer, row_number() "
    "OVER (ORDER BY c.line, c.customer) AS row FROM proj.contacts c WHERE " CONTACT_NAMED(
        "c") ") AS n WHERE contacts.line = n.line AND contacts.customer = n.customer",
    "INSERT INTO proj.contact_search (rowid, line, customer, names) SELECT c.search_row, c.line, "
    "c.customer, " CONTACT_NAMES("c") " FROM proj.contacts c WHERE c.search_row IS NOT NULL",
    "CREATE TRIGGER proj.contacts_search_insert AFTER INSERT ON contacts WHEN " CONTACT_NAMED(
        "new") " BEGIN INSERT INTO contact_search_queue (line, customer) VALUES (new.line,"
               " new.customer) ON CONFLICT DO NOTHING; END",
    // The old names go at once; the new ones wait in the queue (if there are any).
    "CREATE TRIGGER proj.contacts_search_update AFTER UPDATE OF name, saved_name, username ON"
    " contacts WHEN " CONTACT_NAMES("old") " IS NOT " CONTACT_NAMES(
        "new") " BEGIN DELETE FROM contact_search WHERE rowid = old.search_row;"
               " UPDATE contacts SET search_row = NULL WHERE line = new.line AND customer ="
               " new.customer AND search_row IS NOT NULL;"
               " INSERT INTO contact_search_queue (line, customer) SELECT new.line, new.customer"
               " WHERE " CONTACT_NAMED(
                   "new") " ON CONFLICT DO NOTHING;"
                          " DELETE FROM contact_search_queue WHERE line ="
                          " new.line AND customer = new.customer AND NOT " CONTACT_NAMED(
                              "new") "; END",
    "CREATE TRIGGER proj.contacts_search_delete AFTER DELETE ON contacts BEGIN DELETE FROM"
    " contact_search WHERE rowid = old.search_row; DELETE FROM contact_search_queue WHERE"
    " line = old.line AND customer = old.customer; END",
};

#undef MESSAGE_QUEUE_TRIGGERS
#undef SEARCHABLE12
#undef CONTACT_NAMED
#undef CONTACT_SEARCH_TABLE
#undef OLD_WORDS_OUT_IF
#undef OLD_WORDS_OUT
#undef SEARCH_DOCUMENT
#undef SEARCHABLE
#undef CONTACT_NAMES

// The letters PostgreSQL's search folds to their base letter (it has no unaccent without an
// extension); the C++ side folds a query the same way (SearchText::fold).
const char16_t accentedLetters[] = u"áàâãäåāăąçćčďéèêëēęěíìîïīñńňóòôõöōőúùûüūůűýÿžźżšśşţť"
                                   u"ÁÀÂÃÄÅĀĂĄÇĆČĎÉÈÊËĒĘĚÍÌÎÏĪÑŃŇÓÒÔÕÖŌŐÚÙÛÜŪŮŰÝŸŽŹŻŠŚŞŢŤ";

QStringList postgresSearch6()
{
    const QString accented = QString::fromUtf16(accentedLetters);
    QString plain;
    for (const QChar letter : accented)
        plain.append(QString(letter).normalized(QString::NormalizationForm_D).at(0).toLower());
    return {
        QStringLiteral("CREATE OR REPLACE FUNCTION proj.search_fold(t TEXT) RETURNS TEXT"
                       " LANGUAGE sql IMMUTABLE AS $$ SELECT translate(lower(t), '%1', '%2') $$")
            .arg(accented, plain),
        QStringLiteral(
            "CREATE OR REPLACE FUNCTION proj.message_document(body TEXT, edited TEXT, content "
            "TEXT) RETURNS tsvector LANGUAGE sql IMMUTABLE AS $$ SELECT to_tsvector('simple',"
            " regexp_replace(proj.search_fold(coalesce(body, '') || ' ' || coalesce(edited, '') || "
            "' ' ||"
            " coalesce(CASE WHEN left(content, 1) = '{' THEN coalesce(content::jsonb ->>"
            " 'filename', '') || ' ' || coalesce(content::jsonb ->> 'name', '') || ' ' ||"
            " coalesce(content::jsonb ->> 'address', '') END, '')), '[[:punct:]]+', ' ', 'g'))"
            " $$"),
        QStringLiteral("CREATE INDEX messages_search ON proj.messages USING gin"
                       " (proj.message_document(text, edited_text, content)) WHERE type NOT IN"
                       " ('reaction', 'edit', 'revoke') AND revoked = 0"),
    };
}

// Projections version 7: what each delivery produced, found by its id, so that retention
// (RetentionPruner) takes a delivery's rows out without scanning the tables; and where the
// copies of an item delivered again are, so it can be derived from a copy once the delivery that
// brought it first is gone.
const char *const projections7[] = {
    "CREATE TABLE proj.item_copies ("
    " key TEXT NOT NULL,"
    " delivery_id INTEGER NOT NULL,"
    " PRIMARY KEY (key, delivery_id)) WITHOUT ROWID",
    "CREATE INDEX proj.item_copies_delivery ON item_copies (delivery_id)",
    "CREATE INDEX proj.messages_delivery ON messages (delivery_id)",
    "CREATE INDEX proj.status_events_delivery ON status_events (delivery_id)",
    "CREATE INDEX proj.group_receipts_delivery ON group_receipts (delivery_id)",
    "CREATE INDEX proj.events_delivery ON events (delivery_id)",
    "CREATE INDEX proj.value_errors_delivery ON value_errors (delivery_id)",
    // A person's groups: where they wrote, and where their receipts came from.
    "CREATE INDEX proj.messages_group_sender ON messages (line, from_id) WHERE group_id IS NOT "
    "NULL",
    "CREATE INDEX proj.messages_group_user ON messages (line, from_user_id) WHERE group_id IS "
    "NOT NULL",
    "CREATE INDEX proj.group_receipts_participant ON group_receipts (line, participant)",
};

// Projections version 8: a status keeps the biz_opaque_callback_data the send carried, so a
// send whose HTTP answer was lost is recognised by the statuses it caused (MessageSender); a
// conversation keeps what its customer-service window runs from (ServiceWindow): the latest
// message the customer sent that Meta delivered (1:1, live), and the latest of those that came
// from an ad or a call-to-action.
const char *const projections8[] = {
    "ALTER TABLE proj.status_events ADD COLUMN callback_data TEXT",
    "CREATE INDEX proj.status_events_callback ON status_events (callback_data) WHERE "
    "callback_data IS NOT NULL",
    "ALTER TABLE proj.conversations ADD COLUMN window_ts INTEGER NOT NULL DEFAULT 0",
    "ALTER TABLE proj.conversations ADD COLUMN entry_ts INTEGER NOT NULL DEFAULT 0",
    "UPDATE proj.conversations SET window_ts = coalesce((SELECT max(m.timestamp) FROM "
    "proj.messages m WHERE m.line = conversations.line AND m.customer = conversations.customer "
    "AND m.direction = 'inbound' AND m.origin = 'meta' AND m.history_status IS NULL AND "
    "m.group_id IS NULL AND m.type NOT IN ('reaction', 'edit', 'revoke')), 0), entry_ts = "
    "coalesce((SELECT max(m.timestamp) FROM proj.messages m WHERE m.line = conversations.line "
    "AND m.customer = conversations.customer AND m.direction = 'inbound' AND m.origin = 'meta' "
    "AND m.history_status IS NULL AND m.group_id IS NULL AND m.type NOT IN ('reaction', 'edit', "
    "'revoke') AND m.referral IS NOT NULL), 0)",
    // The console's "window closing soon" filter.
    "CREATE INDEX proj.conversations_window ON conversations (window_ts) WHERE window_ts > 0",
};

// Version 9: finds the inbound media Meta delivered, for MediaLog to schedule their downloads.
const char *const projections9[] = {
    "CREATE INDEX proj.messages_media ON messages (delivery_id) WHERE direction = 'inbound' AND "
    "origin = 'meta' AND type IN ('image', 'sticker', 'audio', 'video', 'document')",
};

// SQLite keeps each file's version in its header; PostgreSQL in a table of the log's schema.
int userVersion(QSqlDatabase &db, const SqlDialect &dialect, const char *schema)
{
    QSqlQuery query(db);
    if (dialect.isPostgres()) {
        query.prepare(QStringLiteral("SELECT version FROM main.schema_version WHERE part = ?"));
        query.addBindValue(QLatin1String(schema));
        if (!query.exec())
            return -1;
        return query.next() ? query.value(0).toInt() : 0;
    }
    if (!query.exec(QStringLiteral("PRAGMA %1.user_version").arg(QLatin1String(schema))) ||
        !query.next())
        return -1;
    return query.value(0).toInt();
}

bool setUserVersion(QSqlQuery &query, const SqlDialect &dialect, const char *schema, int version)
{
    if (dialect.isPostgres()) {
        query.prepare(
            QStringLiteral("INSERT INTO main.schema_version (part, version) VALUES (?, ?)"
                           " ON CONFLICT (part) DO UPDATE SET version = excluded.version"));
        query.addBindValue(QLatin1String(schema));
        query.addBindValue(version);
        return query.exec();
    }
    return query.exec(
        QStringLiteral("PRAGMA %1.user_version = %2").arg(QLatin1String(schema)).arg(version));
}

// Moves every app's secret and verify token still in the database to the credentials file,
// then blanks them; true in wiped when some were (the file is then vacuumed).
Status moveSecretsOut(QSqlDatabase &db, const SqlDialect &dialect, bool &wiped)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT app_id, secret, verify_token FROM main.apps WHERE "
                                   "length(secret) > 0 OR length(verify_token) > 0")))
        return Error{query.lastError().text()};
    QHash<QString, CredentialsFile::AppSecrets> secrets;
    while (query.next())
        secrets.insert(query.value(0).toString(),
                       {query.value(1).toByteArray(), query.value(2).toByteArray(), {}});
    query.finish();
    if (secrets.isEmpty())
        return ok();
    const CredentialsFile file(CredentialsFile::pathFor(db));
    if (const Status stored = file.storeAll(secrets); !stored)
        return stored;
    QSqlQuery blank(db);
    blank.prepare(QStringLiteral("UPDATE main.apps SET secret = %1, verify_token = %1, "
                                 "secret_fingerprint = ?, token_fingerprint = ? WHERE app_id = ?")
                      .arg(dialect.emptyBytes()));
    for (auto it = secrets.begin(); it != secrets.end(); ++it) {
        blank.addBindValue(CredentialsFile::fingerprint(it.key(), it->secret));
        blank.addBindValue(CredentialsFile::tokenFingerprint(it->secret, it->verifyToken));
        blank.addBindValue(it.key());
        if (!blank.exec())
            return Error{blank.lastError().text()};
    }
    wiped = true;
    return ok();
}

bool apply(QSqlQuery &query, const QStringList &statements)
{
    for (const QString &statement : statements) {
        if (!query.exec(statement))
            return false;
    }
    return true;
}

template <std::size_t N>
bool apply(QSqlQuery &query, const SqlDialect &dialect, const char *const (&statements)[N])
{
    for (const char *statement : statements) {
        if (!query.exec(dialect.schema(QString::fromLatin1(statement))))
            return false;
    }
    return true;
}

} // namespace

const QStringList &Schema::projectionTables(const SqlDialect &dialect)
{
    // contact_search before contacts: its rows go at once, not one search per contact.
    static const QStringList postgresTables = {
        QStringLiteral("items"),          QStringLiteral("contacts"),
        QStringLiteral("contact_links"),  QStringLiteral("messages"),
        QStringLiteral("status_events"),  QStringLiteral("reactions"),
        QStringLiteral("events"),         QStringLiteral("value_errors"),
        QStringLiteral("delivery_state"), QStringLiteral("conversations"),
        QStringLiteral("attempts"),       QStringLiteral("identities"),
        QStringLiteral("calls"),          QStringLiteral("group_receipts"),
        QStringLiteral("item_copies"),
    };
    static const QStringList sqliteTables =
        QStringList{QStringLiteral("contact_search")} + postgresTables;
    return dialect.isPostgres() ? postgresTables : sqliteTables;
}

Status Schema::migrate(QSqlDatabase &db)
{
    const SqlDialect dialect = SqlDialect::of(db);
    // A SQLite file already at this version needs no lock. Taking it anyway made every new
    // connection (a command, a thread of a restarting serve) wait for the write transaction in
    // progress, processing's batch, and fail after the busy timeout when that was longer.
    if (!dialect.isPostgres() && userVersion(db, dialect, "main") == CurrentVersion &&
        userVersion(db, dialect, "proj") == CurrentProjectionsVersion)
        return ok();
    QSqlQuery query(db);
    // The schema lock comes first, so two processes opening a new database at once cannot both
    // create the schema.
    if (!query.exec(dialect.beginSchemaChange()))
        return Error{QStringLiteral("cannot lock the database: %1").arg(query.lastError().text())};
    auto fail = [&](const QString &what) {
        const QString error = what + QStringLiteral(": ") + query.lastError().text();
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
        return Status(Error{error});
    };
    if (dialect.isPostgres() &&
        (!query.exec(QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(SchemaLockKey)) ||
         !query.exec(QStringLiteral("CREATE SCHEMA IF NOT EXISTS main")) ||
         !query.exec(QStringLiteral("CREATE SCHEMA IF NOT EXISTS proj")) ||
         !query.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS main.schema_version ("
                                    "part TEXT PRIMARY KEY, version BIGINT NOT NULL)"))))
        return fail(QStringLiteral("cannot prepare the schemas"));

    const int version = userVersion(db, dialect, "main");
    const int projVersion = userVersion(db, dialect, "proj");
    if (version < 0 || projVersion < 0)
        return fail(QStringLiteral("cannot read the schema version"));
    if (version > CurrentVersion || projVersion > CurrentProjectionsVersion) {
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
        // Name the part that is newer: the log and the projections have versions of their own.
        const bool log = version > CurrentVersion;
        return Error{QStringLiteral("the database's %1 have schema version %2, newer than this "
                                    "Hookline's (%3); use a newer Hookline")
                         .arg(log ? QStringLiteral("delivery log and settings")
                                  : QStringLiteral("projections"))
                         .arg(log ? version : projVersion)
                         .arg(log ? CurrentVersion : CurrentProjectionsVersion)};
    }
    if (version < 1 && (!apply(query, dialect, migration1) ||
                        !(dialect.isPostgres() ? apply(query, dialect, postgresConfigTriggers)
                                               : apply(query, dialect, sqliteConfigTriggers))))
        return fail(QStringLiteral("migration to version 1 failed"));
    if (version < 2 && !apply(query, dialect, migration2))
        return fail(QStringLiteral("migration to version 2 failed"));
    if (version < 3 && !apply(query, dialect, migration3))
        return fail(QStringLiteral("migration to version 3 failed"));
    if (version < 4 && !apply(query, dialect, migration4))
        return fail(QStringLiteral("migration to version 4 failed"));
    if (version < 5 && dialect.isPostgres() && !apply(query, dialect, postgresFunctions5))
        return fail(QStringLiteral("migration to version 5 failed"));
    if (version < 6 && !apply(query, dialect, migration6))
        return fail(QStringLiteral("migration to version 6 failed"));
    if (version < 7 && !apply(query, dialect, migration7))
        return fail(QStringLiteral("migration to version 7 failed"));
    if (version < 8 && !apply(query, dialect, migration8))
        return fail(QStringLiteral("migration to version 8 failed"));
    if (version < 9 && !apply(query, dialect, migration9))
        return fail(QStringLiteral("migration to version 9 failed"));
    bool wiped = false;
    if (version < 3) {
        if (const Status moved = moveSecretsOut(db, dialect, wiped); !moved) {
            QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
            return Error{QStringLiteral("cannot move the app secrets out of the database: %1")
                             .arg(moved.error())};
        }
    }
    if (version < CurrentVersion && !setUserVersion(query, dialect, "main", CurrentVersion))
        return fail(QStringLiteral("cannot record the schema version"));
    if (projVersion < 1 && !apply(query, dialect, projections1))
        return fail(QStringLiteral("creating the projections failed"));
    if (projVersion < 2 && !apply(query, dialect, projections2))
        return fail(QStringLiteral("migrating the projections to version 2 failed"));
    if (projVersion < 3 && !apply(query, dialect, projections3))
        return fail(QStringLiteral("migrating the projections to version 3 failed"));
    if (projVersion < 4 && !apply(query, dialect, projections4))
        return fail(QStringLiteral("migrating the projections to version 4 failed"));
    if (projVersion < 5 && !apply(query, dialect, projections5))
        return fail(QStringLiteral("migrating the projections to version 5 failed"));
    if (projVersion < 6 && !(dialect.isPostgres() ? apply(query, postgresSearch6())
                                                  : apply(query, dialect, sqliteSearch6)))
        return fail(QStringLiteral("migrating the projections to version 6 failed"));
    if (projVersion < 7 && !apply(query, dialect, projections7))
        return fail(QStringLiteral("migrating the projections to version 7 failed"));
    if (projVersion < 8 && !apply(query, dialect, projections8))
        return fail(QStringLiteral("migrating the projections to version 8 failed"));
    if (projVersion < 9 && !apply(query, dialect, projections9))
        return fail(QStringLiteral("migrating the projections to version 9 failed"));
    if (projVersion < 10 && !dialect.isPostgres() && !apply(query, dialect, sqliteSearchQueue10))
        return fail(QStringLiteral("migrating the projections to version 10 failed"));
    if (projVersion < 11 && !dialect.isPostgres() && !apply(query, dialect, sqliteSearchQueue11))
        return fail(QStringLiteral("migrating the projections to version 11 failed"));
    if (projVersion < 12 && !dialect.isPostgres() && !apply(query, dialect, sqliteSearch12))
        return fail(QStringLiteral("migrating the projections to version 12 failed"));
    if (projVersion < CurrentProjectionsVersion &&
        !setUserVersion(query, dialect, "proj", CurrentProjectionsVersion))
        return fail(QStringLiteral("cannot record the projections' schema version"));
    if (!query.exec(QStringLiteral("COMMIT")))
        return fail(QStringLiteral("cannot commit the schema"));
    // No copy of a moved secret stays in the file's free pages (or the table's dead rows).
    if (wiped) {
        const bool vacuumed =
            dialect.isPostgres()
                ? query.exec(QStringLiteral("VACUUM FULL main.apps"))
                : query.exec(QStringLiteral("VACUUM main")) &&
                      query.exec(QStringLiteral("PRAGMA main.wal_checkpoint(TRUNCATE)"));
        if (vacuumed)
            qCInfo(lcStorage) << "app secrets moved to the credentials file; database vacuumed";
        else
            qCWarning(lcStorage) << "app secrets moved to the credentials file, but the database "
                                    "could not be vacuumed (run 'hookline doctor'):"
                                 << query.lastError().text();
    }
    return ok();
}

} // namespace hookline
