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
#define HOOKLINE_SEARCHABLE(row)                                                                   \
    row ".type <> 'reaction' AND " row ".type <> 'edit' AND " row ".type <> 'revoke' AND " row     \
        ".revoked = 0"
#define HOOKLINE_CONTACT_NAMES(row)                                                                \
    "coalesce(" row ".name, '') || ' ' || coalesce(" row ".saved_name, '') || ' ' || "             \
    "coalesce(" row ".username, '')"
