// SPDX-License-Identifier: GPL-3.0-or-later
#include "clinicalnote.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

namespace carnet::qml {

QByteArray consultNote(const QString &text, const QDateTime &now)
{
    const QString when = now.toUTC().toString(Qt::ISODate);
    const QJsonObject coding{{QStringLiteral("system"), QStringLiteral("http://loinc.org")},
                             {QStringLiteral("code"), QStringLiteral("11488-4")},
                             {QStringLiteral("display"), QStringLiteral("Consult note")}};
    const QJsonObject attachment{
        {QStringLiteral("contentType"), QStringLiteral("text/plain; charset=utf-8")},
        {QStringLiteral("data"), QString::fromLatin1(text.trimmed().toUtf8().toBase64())},
        {QStringLiteral("title"), QStringLiteral("Consult note")},
        {QStringLiteral("creation"), when},
    };
    const QJsonObject note{
        {QStringLiteral("resourceType"), QStringLiteral("DocumentReference")},
        {QStringLiteral("id"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
        {QStringLiteral("status"), QStringLiteral("current")},
        {QStringLiteral("docStatus"), QStringLiteral("final")},
        {QStringLiteral("type"), QJsonObject{{QStringLiteral("coding"), QJsonArray{coding}},
                                             {QStringLiteral("text"), QStringLiteral("Consult note")}}},
        {QStringLiteral("date"), when},
        {QStringLiteral("description"), QStringLiteral("Consult note")},
        {QStringLiteral("content"), QJsonArray{QJsonObject{{QStringLiteral("attachment"), attachment}}}},
    };
    return QJsonDocument(note).toJson(QJsonDocument::Compact);
}

} // namespace carnet::qml
