// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Shared by the research tests: the hand-written Safe Harbor record (tests/data/research) split into
// its resources, its fullUrl map, and policies with fixed secrets.
#include "core/fhir/bundle.h"
#include "core/research/deid.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <vector>

namespace researchtest {

struct Entry
{
    QString resourceType;
    QByteArray json; ///< the resource alone, compact
};

inline QByteArray readFixture(const QString &name)
{
    QFile f(QStringLiteral(CARNET_TEST_DATA_DIR "/research/") + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing fixture");
    return f.readAll();
}

/** The record's resources, each as its exact bytes in the file (fhir::splitBundle: number lexemes kept). */
inline std::vector<Entry> recordEntries()
{
    std::vector<Entry> out;
    const QByteArray bundle = readFixture(QStringLiteral("safe-harbor-record.json"));
    const auto spans = carnet::core::fhir::splitBundle(bundle);
    if (!spans)
        qFatal("the fixture is not a Bundle");
    for (const auto &span : *spans) {
        const QByteArray json = bundle.mid(span.offset, span.length);
        out.push_back({QJsonDocument::fromJson(json).object().value(QStringLiteral("resourceType")).toString(), json});
    }
    return out;
}

inline std::map<QString, QString> recordFullUrls()
{
    std::map<QString, QString> out;
    const QJsonArray entries = QJsonDocument::fromJson(readFixture(QStringLiteral("safe-harbor-record.json")))
                                   .object().value(QStringLiteral("entry")).toArray();
    for (const QJsonValue &e : entries) {
        const QJsonObject o = e.toObject();
        const QJsonObject r = o.value(QStringLiteral("resource")).toObject();
        if (o.contains(QStringLiteral("fullUrl")))
            out[o.value(QStringLiteral("fullUrl")).toString()] =
                r.value(QStringLiteral("resourceType")).toString() + u'/' + r.value(QStringLiteral("id")).toString();
    }
    return out;
}

inline carnet::core::research::DeidPolicy policy(std::uint8_t secretByte = 0x5a, bool keepFreeText = false)
{
    carnet::core::research::DeidPolicy p;
    p.idSecret = carnet::crypto::SecureBuffer(32);
    for (std::size_t i = 0; i < 32; ++i)
        p.idSecret.data()[i] = std::uint8_t(secretByte + i);
    p.keepFreeText = keepFreeText;
    p.asOf = QDate(2026, 6, 30);
    p.fullUrls = recordFullUrls();
    return p;
}

} // namespace researchtest
