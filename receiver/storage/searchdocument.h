#pragma once

// What the SQLite search indexes hold, written once for the schema's triggers (Schema) and for
// the queue's flush (SearchIndexQueue): string literals of SQL over a row alias ("new", "old",
// "m"). A message's document is its text or caption, its edit, a document's file name and a
// place's name and address; reactions, edits and revokes are not messages one looks for, and a
// revoked message is no longer findable. A contact's document is its names.
#define HOOKLINE_SEARCH_DOCUMENT(row)                                                              \
    "coalesce(" row ".text, '') || ' ' || coalesce(" row ".edited_text, '') || ' ' || "            \
    "coalesce(CASE WHEN json_valid(" row ".content) AND json_type(" row ".content) = 'object'"     \
    " THEN coalesce(json_extract(" row ".content, '$.filename'), '') || ' ' ||"                    \
    " coalesce(json_extract(" row ".content, '$.name'), '') || ' ' ||"                             \
    " coalesce(json_extract(" row ".content, '$.address'), '') END, '')"
// A message one looks for (what versions 6 to 11 indexed, words or none).
#define HOOKLINE_LOOKED_FOR(row)                                                                   \
    row ".type <> 'reaction' AND " row ".type <> 'edit' AND " row ".type <> 'revoke' AND " row     \
        ".revoked = 0"
// False only when the document is certainly empty: no text, no edit, no content (a message
// known only from its statuses). Every column it reads is one the update trigger watches.
#define HOOKLINE_HAS_WORDS(row)                                                                    \
    "(" row ".text IS NOT NULL OR " row ".edited_text IS NOT NULL OR " row ".content <> '{}')"
// What the message index holds (version 12 on): messages one looks for that have words.
#define HOOKLINE_SEARCHABLE(row) HOOKLINE_LOOKED_FOR(row) " AND " HOOKLINE_HAS_WORDS(row)
#define HOOKLINE_CONTACT_NAMES(row)                                                                \
    "coalesce(" row ".name, '') || ' ' || coalesce(" row ".saved_name, '') || ' ' || "             \
    "coalesce(" row ".username, '')"
// False only when a contact has no names at all (one known from a status): it has nothing to
// find it by in the names index (its number is searched in contacts itself).
#define HOOKLINE_CONTACT_NAMED(row)                                                                \
    "(" row ".name IS NOT NULL OR " row ".saved_name IS NOT NULL OR " row ".username IS NOT NULL)"
