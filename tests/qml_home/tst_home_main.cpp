// SPDX-License-Identifier: GPL-3.0-or-later
// Qt Quick Test main for the home shell and its settings pages (tst_home*.qml, tst_settings*.qml in
// this directory). They run against a real WalletSession over a vault in a temporary directory,
// with the floor Argon2id parameters (CARNET_KDF=floor) and an in-memory keystore in place of the system
// keyring (tests/core/fakekeystore.h). The QML tests restore a wallet from a published BIP-39 phrase,
// then lock, unlock (by passphrase and by quick unlock) and change its passphrase for real.
// They live outside tests/qml because qml_pages scans that directory and brings its own session.
#include "../core/fakekeystore.h"
#include "qml/walletsession.h"

#include <QCoreApplication>
#include <QQmlEngine>
#include <QQuickStyle>
#include <QSettings>
#include <QTemporaryDir>
#include <QtQml/qqmlextensionplugin.h>
#include <QtQuickTest/quicktest.h>

#include <memory>

Q_IMPORT_QML_PLUGIN(CarnetPlugin)

class Setup : public QObject
{
    Q_OBJECT

public Q_SLOTS:
    void applicationAvailable()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("CarnetTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_qml_home"));
        QCoreApplication::setApplicationVersion(QStringLiteral("0.1.0-test"));
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
        qputenv("CARNET_THEME", QByteArray());
        qputenv("CARNET_LANG", QByteArray());
        qputenv("CARNET_KDF", QByteArrayLiteral("floor"));
        QQuickStyle::setStyle(QStringLiteral("Material"));
        m_session = std::make_unique<carnet::qml::WalletSession>(m_vaultDir.path(), &m_keyStore);
        carnet::qml::WalletSession::publish(m_session.get());
    }
    void qmlEngineAvailable(QQmlEngine *engine)
    {
        engine->addImportPath(QStringLiteral("qrc:/qt/qml"));
    }
    void cleanupTestCase()
    {
        carnet::qml::WalletSession::publish(nullptr);
        m_session.reset();
    }

private:
    QTemporaryDir m_settingsDir;
    QTemporaryDir m_vaultDir;
    carnet::core::test::FakeKeyStore m_keyStore;
    std::unique_ptr<carnet::qml::WalletSession> m_session;
};

QUICK_TEST_MAIN_WITH_SETUP(carnet_qml_home, Setup)

#include "tst_home_main.moc"
