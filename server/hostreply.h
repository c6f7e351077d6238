// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// One HTTP answer of the host, before it is written.
#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QPair>

namespace carnet::sharehost {

struct Reply
{
    int status = 200;
    QByteArray contentType;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;

    static Reply json(int status, const QJsonObject &o)
    {
        return Reply{status, "application/json", QJsonDocument(o).toJson(QJsonDocument::Compact), {}};
    }
    /** {"error": code}; codes are listed in docs/SHARE-HOST.md and never carry a value. */
    static Reply error(int status, const char *code, const char *field = nullptr)
    {
        QJsonObject o{{QStringLiteral("error"), QLatin1String(code)}};
        if (field)
            o.insert(QStringLiteral("field"), QLatin1String(field));
        return json(status, o);
    }
};

} // namespace carnet::sharehost
