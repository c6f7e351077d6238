// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Runs one of the ethers.js oracle scripts of tests/oracles (node from PATH) and returns its JSON
// lines. A missing node_modules is a failure, never a skip: run scripts/setup-npm.sh.
#include "crypto/bytes.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QProcess>
#include <QTest>

namespace carnet::test {

inline const QString kOracleDir = QStringLiteral(CARNET_SOURCE_DIR "/tests/oracles");

/** Runs `node <script> <arguments>` in tests/oracles; returns one object per output line. */
inline QList<QJsonObject> runOracle(const QString &script, const QStringList &arguments, QString *error)
{
    if (!QFileInfo::exists(kOracleDir + QStringLiteral("/node_modules/ethers/package.json"))) {
        *error = QStringLiteral("tests/oracles/node_modules is missing: run scripts/setup-npm.sh");
        return {};
    }
    QProcess node;
    node.setWorkingDirectory(kOracleDir);
    node.start(QStringLiteral("node"), QStringList {script} + arguments);
    if (!node.waitForStarted(10000)) {
        *error = QStringLiteral("cannot start node (Node.js must be on PATH)");
        return {};
    }
    node.closeWriteChannel();
    if (!node.waitForFinished(120000) || node.exitStatus() != QProcess::NormalExit || node.exitCode() != 0) {
        *error = QStringLiteral("%1 failed: %2").arg(script, QString::fromUtf8(node.readAllStandardError()));
        return {};
    }
    QList<QJsonObject> out;
    for (const QByteArray &line : node.readAllStandardOutput().split('\n')) {
        if (line.trimmed().isEmpty())
            continue;
        QJsonParseError parseError {};
        const QJsonDocument doc = QJsonDocument::fromJson(line, &parseError);
        if (!doc.isObject()) {
            *error = QStringLiteral("%1 printed a line that is not a JSON object").arg(script);
            return {};
        }
        out.push_back(doc.object());
    }
    return out;
}

inline crypto::Bytes hexOf(const QJsonValue &value)
{
    const auto bytes = crypto::fromHex(value.toString().toStdString());
    return bytes ? *bytes : crypto::Bytes {};
}

inline QString toHexString(crypto::ByteView bytes)
{
    return QStringLiteral("0x") + QString::fromStdString(crypto::toHex(bytes));
}

} // namespace carnet::test
