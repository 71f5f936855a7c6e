#include "errorcatalogue.h"

#include <QCoreApplication>

namespace hookline::ErrorCatalogue {

namespace {

struct Entry
{
    int code;
    const char *hint;
};

const Entry entries[] = {
    // Answers of the Graph API itself (a send, a media download, a template list).
    {4, QT_TRANSLATE_NOOP("ErrorCatalogue",
                          "The app called the Graph API too often; wait before calling again.")},
    {10, QT_TRANSLATE_NOOP("ErrorCatalogue",
                           "The access token lacks a permission (whatsapp_business_messaging or "
                           "whatsapp_business_management); give it to the system user.")},
    {100, QT_TRANSLATE_NOOP("ErrorCatalogue",
                            "The request named something that does not exist or that this token "
                            "cannot see (a line, media or template id), or had a bad parameter.")},
    {190, QT_TRANSLATE_NOOP("ErrorCatalogue",
                            "The access token has expired or was revoked; make a new one in "
                            "Business Manager and keep it with 'hookline apps token'.")},
    {200, QT_TRANSLATE_NOOP("ErrorCatalogue",
                            "The access token lacks a permission for this line or account; check "
                            "the system user's assets in Business Manager.")},
    {80007, QT_TRANSLATE_NOOP("ErrorCatalogue",
                              "The business account reached its Graph API rate limit; wait "
                              "before calling again.")},
    {368, QT_TRANSLATE_NOOP("ErrorCatalogue",
                            "The business account is restricted for a policy violation; see "
                            "Account Quality in Meta's Business Manager.")},
    {130429, QT_TRANSLATE_NOOP("ErrorCatalogue",
                               "The number sent faster than its throughput allows; slow down and "
                               "retry later.")},
    {130472,
     QT_TRANSLATE_NOOP("ErrorCatalogue", "Meta kept this marketing message from a customer in an "
                                         "experiment group; nothing to fix.")},
    {131000,
     QT_TRANSLATE_NOOP("ErrorCatalogue", "A generic failure at Meta; retry, and contact Meta if it "
                                         "persists.")},
    {131005,
     QT_TRANSLATE_NOOP("ErrorCatalogue", "Access denied: check the access token's permissions.")},
    {131008, QT_TRANSLATE_NOOP("ErrorCatalogue", "The send request lacked a required parameter.")},
    {131009,
     QT_TRANSLATE_NOOP("ErrorCatalogue", "A parameter of the send request had an invalid value.")},
    {131021, QT_TRANSLATE_NOOP("ErrorCatalogue",
                               "The message was addressed to the sending number itself.")},
    {131026, QT_TRANSLATE_NOOP("ErrorCatalogue",
                               "The recipient cannot receive it: not on WhatsApp, an old app, "
                               "terms not accepted, or not an allowed test number.")},
    {131030, QT_TRANSLATE_NOOP("ErrorCatalogue",
                               "A development app may only send to the numbers on its test "
                               "list; add the recipient there.")},
    {131031, QT_TRANSLATE_NOOP("ErrorCatalogue",
                               "The account is locked; resolve the policy or verification "
                               "problem in Business Manager.")},
    {131042,
     QT_TRANSLATE_NOOP("ErrorCatalogue", "A billing problem: check the account's payment method.")},
    {131047,
     QT_TRANSLATE_NOOP("ErrorCatalogue", "More than 24 hours since the customer last wrote: only a "
                                         "template message can reopen the conversation.")},
    {131048, QT_TRANSLATE_NOOP("ErrorCatalogue",
                               "Too many messages were blocked or reported as spam; check the "
                               "number's quality rating.")},
    {131049,
     QT_TRANSLATE_NOOP("ErrorCatalogue", "Meta held back this marketing message to limit what the "
                                         "customer receives; retry much later, not at once.")},
    {131050, QT_TRANSLATE_NOOP("ErrorCatalogue",
                               "The customer stopped marketing messages from this business.")},
    {131051,
     QT_TRANSLATE_NOOP("ErrorCatalogue", "A message type WhatsApp Cloud API does not support.")},
    {131052, QT_TRANSLATE_NOOP("ErrorCatalogue",
                               "Meta could not download the media the customer sent; ask for "
                               "it again.")},
    {131053, QT_TRANSLATE_NOOP("ErrorCatalogue",
                               "Meta could not fetch or accept the media in the send request; "
                               "check its URL, size and type.")},
    {131056, QT_TRANSLATE_NOOP("ErrorCatalogue",
                               "Too many messages to the same customer in a short time; wait "
                               "before sending again.")},
    {132000, QT_TRANSLATE_NOOP("ErrorCatalogue",
                               "The template's parameter count does not match the request.")},
    {132001,
     QT_TRANSLATE_NOOP("ErrorCatalogue", "The template does not exist in that language, or is not "
                                         "approved yet.")},
    {132005,
     QT_TRANSLATE_NOOP("ErrorCatalogue", "The template's text with its parameters is too long.")},
    {132007,
     QT_TRANSLATE_NOOP("ErrorCatalogue", "The template's content breaks a formatting policy.")},
    {132012, QT_TRANSLATE_NOOP("ErrorCatalogue", "A template parameter has the wrong format.")},
    {132015,
     QT_TRANSLATE_NOOP("ErrorCatalogue", "The template is paused for low quality; edit it or use "
                                         "another.")},
    {132016,
     QT_TRANSLATE_NOOP("ErrorCatalogue", "The template is disabled for low quality; use another.")},
};

} // namespace

QString hint(int code)
{
    for (const Entry &entry : entries) {
        if (entry.code == code)
            return QCoreApplication::translate("ErrorCatalogue", entry.hint);
    }
    return {};
}

} // namespace hookline::ErrorCatalogue
