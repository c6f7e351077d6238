// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/paths.h"

#include <QDir>
#include <QStandardPaths>

namespace carnet::platform {

QString defaultVaultDirectory()
{
    const QString override = qEnvironmentVariable("CARNET_HOME");
    if (!override.isEmpty())
        return QDir(override).absoluteFilePath(QStringLiteral("vault"));
    const QString base = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    return QDir(base).absoluteFilePath(QStringLiteral("Carnet/vault"));
}

} // namespace carnet::platform
