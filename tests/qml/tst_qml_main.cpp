// SPDX-License-Identifier: GPL-3.0-or-later
// Qt Quick Test main for the Carnet QML module: Material style, the module's static plugin on the
// import path, and settings kept in a temporary directory so the tests never touch the user's.
// A real WalletSession over a temporary vault directory (floor Argon2id, in-memory keystore, a known
// phrase for the create flow) is published, and CarnetTest.TestVault gives the tests a handle on it.
#include "testvault.h"

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
        QCoreApplication::setApplicationName(QStringLiteral("tst_qml_pages"));
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
        qputenv("CARNET_THEME", QByteArray());
        qputenv("CARNET_LANG", QByteArray());
        QQuickStyle::setStyle(QStringLiteral("Material"));

        m_fixture = std::make_unique<carnet::qml::test::SessionFixture>();
        m_fixture->start();
        m_testVault = std::make_unique<carnet::qml::test::TestVault>(m_fixture.get());
        qmlRegisterSingletonInstance("CarnetTest", 1, 0, "TestVault", m_testVault.get());
    }
    void qmlEngineAvailable(QQmlEngine *engine)
    {
        engine->addImportPath(QStringLiteral("qrc:/qt/qml"));
    }
    void cleanupTestCase()
    {
        m_testVault.reset();
        m_fixture.reset();
    }

private:
    QTemporaryDir m_settingsDir;
    std::unique_ptr<carnet::qml::test::SessionFixture> m_fixture;
    std::unique_ptr<carnet::qml::test::TestVault> m_testVault;
};

QUICK_TEST_MAIN_WITH_SETUP(carnet_qml, Setup)

#include "tst_qml_main.moc"
