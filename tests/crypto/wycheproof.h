// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Loads a Wycheproof testvectors_v1 file (tests/data/wycheproof) into flat rows for QTest _data() tables.
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>
#include <QVector>

namespace carnet::test {

struct WycheproofCase
{
    QJsonObject group; // the testGroup (key, keySize, ivSize, …)
    QJsonObject test;  // the test (tcId, comment, result, flags, …)
    int tcId() const { return test.value(QStringLiteral("tcId")).toInt(); }
    QString result() const { return test.value(QStringLiteral("result")).toString(); }
    QByteArray hex(const QString &field) const
    {
        return QByteArray::fromHex(test.value(field).toString().toLatin1());
    }
    QByteArray groupHex(const QString &field) const
    {
        return QByteArray::fromHex(group.value(field).toString().toLatin1());
    }
};

/** All cases of `fileName` (relative to tests/data/wycheproof), or an empty list when the file is missing. */
inline QVector<WycheproofCase> loadWycheproof(const QString &fileName)
{
    QFile file(QStringLiteral(CARNET_TEST_DATA_DIR "/wycheproof/") + fileName);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    QVector<WycheproofCase> cases;
    for (const QJsonValue &group : root.value(QStringLiteral("testGroups")).toArray())
        for (const QJsonValue &test : group.toObject().value(QStringLiteral("tests")).toArray())
            cases.push_back({group.toObject(), test.toObject()});
    return cases;
}

} // namespace carnet::test
