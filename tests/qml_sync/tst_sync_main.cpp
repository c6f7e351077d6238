// SPDX-License-Identifier: GPL-3.0-or-later
// Qt Quick Test main for the sync pages (tst_sync*.qml here): a real WalletSession over a fresh,
// unlocked vault, and a Carnet home whose network file names two nodes that do not answer — the
// offline case, without the devnet (tst_syncviewmodels covers the live one).
#include "synctestutil.h"

#include <QCoreApplication>
#include <QFile>
#include <QQmlEngine>
#include <QQuickStyle>
#include <QSettings>
#include <QtQml/qqmlextensionplugin.h>
#include <QtQuickTest/quicktest.h>

Q_IMPORT_QML_PLUGIN(CarnetPlugin)

class Setup : public QObject
{
    Q_OBJECT

public Q_SLOTS:
    void applicationAvailable()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("CarnetTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_qml_sync"));
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_home.filePath(QStringLiteral("settings")));
        qputenv("CARNET_THEME", QByteArray());
        qputenv("CARNET_LANG", QByteArray());
        qputenv("CARNET_HOME", m_home.path().toUtf8());
        // Two nodes on ports nothing listens on (127.0.0.1:9, the discard port, and :1); a devnet file,
        // so that the network policy (3 nodes on https elsewhere) lets it through to the nodes.
        QFile network(m_home.filePath(QStringLiteral("network.json")));
        const QByteArray address = "\"0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266\"";
        if (network.open(QIODevice::WriteOnly))
            network.write("{\"format\": \"carnet-network\", \"version\": 1, \"name\": \"offline-test\", \"chainId\": 31337, \"devnet\": true,"
                          " \"confirmations\": 1, \"nodes\": [\"http://127.0.0.1:9\", \"http://127.0.0.1:1\"],"
                          " \"contracts\": {\"CarnetRegistry\": " + address + ", \"RecordLog\": " + address
                          + ", \"AccessGrants\": " + address + ", \"ResearchMarket\": " + address + "}}");
        network.close();
        QQuickStyle::setStyle(QStringLiteral("Material"));
        if (!m_wallet.start())
            qFatal("could not create the test wallet");
    }
    void qmlEngineAvailable(QQmlEngine *engine)
    {
        engine->addImportPath(QStringLiteral("qrc:/qt/qml"));
    }
    void cleanupTestCase()
    {
        m_wallet.session.reset();
    }

private:
    QTemporaryDir m_home;
    carnet::qml::test::UnlockedSession m_wallet;
};

QUICK_TEST_MAIN_WITH_SETUP(carnet_qml_sync, Setup)

#include "tst_sync_main.moc"
