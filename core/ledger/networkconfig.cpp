// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/ledger/networkconfig.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>

namespace carnet::core::ledger {

namespace {
constexpr qint64 kMaxFileBytes = 1024 * 1024;

Failure<NetworkFileError> malformed(QString *why, const QString &text)
{
    if (why)
        *why = text;
    return fail(NetworkFileError::Malformed);
}
} // namespace

QString describe(const NetworkRefusal &refusal)
{
    switch (refusal.kind) {
    case NetworkRefusal::TooFewNodes:
        return QStringLiteral("the file names %1 node(s); a network needs at least %2 independent nodes outside a devnet")
            .arg(refusal.have).arg(refusal.need);
    case NetworkRefusal::NotHttps:
        return QStringLiteral("node %1 (%2) is not on https; outside a devnet every node must be")
            .arg(refusal.node + 1).arg(refusal.label);
    }
    return QStringLiteral("refused");
}

std::optional<NetworkRefusal> NetworkConfig::refusal() const
{
    if (devnet)
        return std::nullopt;
    if (nodes.size() < kMinNodes) {
        NetworkRefusal r;
        r.kind = NetworkRefusal::TooFewNodes;
        r.have = static_cast<int>(nodes.size());
        r.need = kMinNodes;
        return r;
    }
    for (qsizetype i = 0; i < nodes.size(); ++i) {
        if (nodes[i].scheme() != QLatin1String("https")) {
            NetworkRefusal r;
            r.kind = NetworkRefusal::NotHttps;
            r.node = static_cast<int>(i);
            r.label = nodes[i].toDisplayString(QUrl::RemoveUserInfo | QUrl::RemovePath | QUrl::RemoveQuery
                                               | QUrl::RemoveFragment);
            return r;
        }
    }
    return std::nullopt;
}

std::optional<crypto::Address> NetworkConfig::contract(const QString &contractName) const
{
    const auto it = contracts.constFind(contractName);
    if (it == contracts.constEnd())
        return std::nullopt;
    return *it;
}

QString NetworkConfig::homeDirectory()
{
    const QString override = qEnvironmentVariable("CARNET_HOME");
    if (!override.isEmpty())
        return QDir(override).absolutePath();
    const QString base = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    return QDir(base).absoluteFilePath(QStringLiteral("Carnet"));
}

QString NetworkConfig::defaultPath()
{
    return QDir(homeDirectory()).absoluteFilePath(QStringLiteral("network.json"));
}

Result<NetworkConfig, NetworkFileError> NetworkConfig::load(const QString &path, QString *why, NetworkRefusal *refusal)
{
    QFile file(path);
    if (!file.exists())
        return fail(NetworkFileError::NotFound);
    if (!file.open(QIODevice::ReadOnly))
        return fail(NetworkFileError::Unreadable);
    if (file.size() > kMaxFileBytes)
        return malformed(why, QStringLiteral("the file is larger than 1 MiB"));
    return fromJson(file.readAll(), why, refusal);
}

Result<NetworkConfig, NetworkFileError> NetworkConfig::fromJson(const QByteArray &json, QString *why, NetworkRefusal *refusal)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return malformed(why, QStringLiteral("not a JSON object"));
    const QJsonObject o = document.object();
    if (o.value(QLatin1String("format")).toString() != QLatin1String("carnet-network")
        || o.value(QLatin1String("version")).toInt() != 1)
        return malformed(why, QStringLiteral("not a carnet-network file of version 1"));
    NetworkConfig config;
    config.name = o.value(QLatin1String("name")).toString();
    const QJsonValue chain = o.value(QLatin1String("chainId"));
    const double chainId = chain.toDouble(-1);
    if (!chain.isDouble() || chainId < 1 || chainId > 9007199254740991.0 || chainId != static_cast<double>(static_cast<std::uint64_t>(chainId)))
        return malformed(why, QStringLiteral("chainId must be a positive integer"));
    config.chainId = static_cast<std::uint64_t>(chainId);
    if (o.contains(QLatin1String("devnet"))) {
        const QJsonValue d = o.value(QLatin1String("devnet"));
        if (!d.isBool())
            return malformed(why, QStringLiteral("devnet must be true or false"));
        config.devnet = d.toBool();
    }
    if (o.contains(QLatin1String("gas"))) {
        const QString gas = o.value(QLatin1String("gas")).toString();
        if (gas == QLatin1String("free"))
            config.gas = GasPricing::Free;
        else if (gas == QLatin1String("market"))
            config.gas = GasPricing::Market;
        else
            return malformed(why, QStringLiteral("gas must be \"free\" or \"market\""));
    }
    for (const QJsonValue &node : o.value(QLatin1String("nodes")).toArray()) {
        const QUrl url(node.toString(), QUrl::StrictMode);
        if (!url.isValid() || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))
            || url.host().isEmpty())
            return malformed(why, QStringLiteral("a node URL is not an http(s) URL"));
        config.nodes.append(url);
    }
    if (config.nodes.isEmpty())
        return malformed(why, QStringLiteral("no node URL"));
    const QJsonObject contracts = o.value(QLatin1String("contracts")).toObject();
    for (auto it = contracts.begin(); it != contracts.end(); ++it) {
        const auto address = crypto::parseAddress(it.value().toString().toStdString());
        if (!address)
            return malformed(why, QStringLiteral("the address of %1 is not a valid (EIP-55) address").arg(it.key()));
        config.contracts.insert(it.key(), *address);
    }
    config.authorityKeyFile = o.value(QLatin1String("authorityKeyFile")).toString();
    if (o.contains(QLatin1String("confirmations"))) {
        const QJsonValue c = o.value(QLatin1String("confirmations"));
        if (!c.isDouble() || c.toDouble() != static_cast<double>(c.toInt(-1)) || c.toInt() < 1 || c.toInt() > 1000)
            return malformed(why, QStringLiteral("confirmations must be an integer from 1 to 1000"));
        config.confirmations = c.toInt();
    }
    if (o.contains(QLatin1String("shareHost"))) {
        const QUrl host(o.value(QLatin1String("shareHost")).toString(), QUrl::StrictMode);
        const bool loopback = host.host() == QLatin1String("127.0.0.1") || host.host() == QLatin1String("localhost")
            || host.host() == QLatin1String("::1");
        const bool https = host.scheme() == QLatin1String("https");
        if (!host.isValid() || host.host().isEmpty() || !host.userInfo().isEmpty() || host.hasQuery() || host.hasFragment()
            || !(https || (host.scheme() == QLatin1String("http") && loopback && config.devnet)))
            return malformed(why, QStringLiteral("shareHost must be an https URL (http only for a loopback host in a devnet)"));
        config.shareHost = host;
    }
    if (const auto refused = config.refusal()) {
        if (why)
            *why = describe(*refused);
        if (refusal)
            *refusal = *refused;
        return fail(NetworkFileError::Refused);
    }
    return config;
}

QByteArray NetworkConfig::toJson() const
{
    QJsonArray nodeArray;
    for (const QUrl &url : nodes)
        nodeArray.append(url.toString());
    QJsonObject contractObject;
    for (auto it = contracts.begin(); it != contracts.end(); ++it)
        contractObject.insert(it.key(), QString::fromStdString(crypto::toChecksumAddress(it.value())));
    QJsonObject o{{QStringLiteral("format"), QStringLiteral("carnet-network")},
                  {QStringLiteral("version"), 1},
                  {QStringLiteral("name"), name},
                  {QStringLiteral("chainId"), static_cast<qint64>(chainId)},
                  {QStringLiteral("gas"), gas == GasPricing::Free ? QStringLiteral("free") : QStringLiteral("market")},
                  {QStringLiteral("nodes"), nodeArray},
                  {QStringLiteral("contracts"), contractObject}};
    if (devnet)
        o.insert(QStringLiteral("devnet"), true);
    if (!authorityKeyFile.isEmpty())
        o.insert(QStringLiteral("authorityKeyFile"), authorityKeyFile);
    o.insert(QStringLiteral("confirmations"), confirmations);
    if (!shareHost.isEmpty())
        o.insert(QStringLiteral("shareHost"), shareHost.toString());
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

Result<void, NetworkFileError> NetworkConfig::save(const QString &path) const
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(toJson()) < 0 || !file.commit())
        return fail(NetworkFileError::Unwritable);
    return {};
}

} // namespace carnet::core::ledger
