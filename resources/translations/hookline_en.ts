<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Cli</name>
    <message numerus="yes">
        <source>pruned what is older than %n day(s): </source>
        <translation>
            <numerusform>pruned what is older than %n day: </numerusform>
            <numerusform>pruned what is older than %n days: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n variable(s)</source>
        <translation>
            <numerusform>%n variable</numerusform>
            <numerusform>%n variables</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hookline::ConversationsPage</name>
    <message numerus="yes">
        <source>Erased: %n message(s) and their parts of the delivery log.</source>
        <translation>
            <numerusform>Erased: %n message and their parts of the delivery log.</numerusform>
            <numerusform>Erased: %n messages and their parts of the delivery log.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hookline::DeadLetterPanel</name>
    <message numerus="yes">
        <source>%n dead letter(s) wait for you.</source>
        <translation>
            <numerusform>%n dead letter waits for you.</numerusform>
            <numerusform>%n dead letters wait for you.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Discard %n dead letter(s)? They stay in the log, marked discarded.</source>
        <translation>
            <numerusform>Discard %n dead letter? It stays in the log, marked discarded.</numerusform>
            <numerusform>Discard %n dead letters? They stay in the log, marked discarded.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Retry %n dead letter(s)?</source>
        <translation>
            <numerusform>Retry %n dead letter?</numerusform>
            <numerusform>Retry %n dead letters?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Discarding %n dead letter(s)…</source>
        <translation>
            <numerusform>Discarding %n dead letter…</numerusform>
            <numerusform>Discarding %n dead letters…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Retrying %n dead letter(s)…</source>
        <translation>
            <numerusform>Retrying %n dead letter…</numerusform>
            <numerusform>Retrying %n dead letters…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled after %n dead letter(s).</source>
        <translation>
            <numerusform>Cancelled after %n dead letter.</numerusform>
            <numerusform>Cancelled after %n dead letters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Discarded %n dead letter(s). They stay in the log.</source>
        <translation>
            <numerusform>Discarded %n dead letter. It stays in the log.</numerusform>
            <numerusform>Discarded %n dead letters. They stay in the log.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n projected</source>
        <translation>
            <numerusform>%n projected</numerusform>
            <numerusform>%n projected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n still failing — same cause</source>
        <translation>
            <numerusform>%n still failing — same cause</numerusform>
            <numerusform>%n still failing — same cause</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failing for another cause</source>
        <translation>
            <numerusform>%n failing for another cause</numerusform>
            <numerusform>%n failing for another cause</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n discarded meanwhile</source>
        <translation>
            <numerusform>%n discarded meanwhile</numerusform>
            <numerusform>%n discarded meanwhile</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n still being processed</source>
        <translation>
            <numerusform>%n still being processed</numerusform>
            <numerusform>%n still being processed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n retried: %1.</source>
        <translation>
            <numerusform>%n retried: %1.</numerusform>
            <numerusform>%n retried: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 Retry the group&apos;s %n dead letter(s) now?</source>
        <translation>
            <numerusform>%1 Retry the group&apos;s dead letter now?</numerusform>
            <numerusform>%1 Retry the group&apos;s %n dead letters now?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n retried.</source>
        <translation>
            <numerusform>%n retried.</numerusform>
            <numerusform>%n retried.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hookline::MainWindow</name>
    <message numerus="yes">
        <source>%n conversation(s) changed on %1</source>
        <translation>
            <numerusform>%n conversation changed on %1</numerusform>
            <numerusform>%n conversations changed on %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n delivery item(s) could not be processed.</source>
        <translation>
            <numerusform>%n delivery item could not be processed.</numerusform>
            <numerusform>%n delivery items could not be processed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hookline::MessageDelegate</name>
    <message numerus="yes">
        <source>%n business message(s)</source>
        <translation>
            <numerusform>%n business message</numerusform>
            <numerusform>%n business messages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hookline::SearchDialog</name>
    <message numerus="yes">
        <source>%n conversation(s)</source>
        <translation>
            <numerusform>%n conversation</numerusform>
            <numerusform>%n conversations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n message</numerusform>
            <numerusform>%n messages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hookline::TemplateDialog</name>
    <message numerus="yes">
        <source>%n approved template(s)</source>
        <translation>
            <numerusform>%n approved template</numerusform>
            <numerusform>%n approved templates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s): the first fills {{1}}, the next {{2}}…</source>
        <translation>
            <numerusform>%n line: it fills {{1}}</numerusform>
            <numerusform>%n lines: the first fills {{1}}, the next {{2}}…</numerusform>
        </translation>
    </message>
</context>
</TS>
