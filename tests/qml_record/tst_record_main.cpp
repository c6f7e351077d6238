// SPDX-License-Identifier: GPL-3.0-or-later
// Qt Quick Test main for the record pages (tst_*.qml in this directory): a real WalletSession over
// a vault filled with the synthetic demo record (recordfixture.h), unlocked before the tests run.
#include "recordfixture.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLocale>
#include <QQmlEngine>
#include <QQuickStyle>
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
        QCoreApplication::setApplicationName(QStringLiteral("tst_qml_record"));
        carnet::qml::test::isolateSettings(m_settingsDir);
        qputenv("CARNET_THEME", QByteArray());
        qputenv("CARNET_LANG", QByteArray());
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        QQuickStyle::setStyle(QStringLiteral("Material"));
        m_fixture.start();
        if (carnet::qml::test::makeFilledVault(m_fixture).entries == 0)
            qFatal("could not fill the test vault");
        bool done = false;
        QObject receiver;
        m_fixture.session->unlock(carnet::qml::test::bufferOf(carnet::qml::test::kGoodPassphrase), &receiver,
                                  [&done](carnet::qml::VaultOutcome &) { done = true; });
        QElapsedTimer timer;
        timer.start();
        while (!done && timer.elapsed() < 60000)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        if (m_fixture.session->state() != carnet::qml::WalletSession::Unlocked)
            qFatal("could not unlock the test vault");
    }
    void qmlEngineAvailable(QQmlEngine *engine)
    {
        engine->addImportPath(QStringLiteral("qrc:/qt/qml"));
    }
    void cleanupTestCase()
    {
        carnet::qml::WalletSession::publish(nullptr);
        m_fixture.session.reset();
    }

private:
    QTemporaryDir m_settingsDir;
    carnet::qml::test::SessionFixture m_fixture;
};

QUICK_TEST_MAIN_WITH_SETUP(carnet_qml_record, Setup)

#include "tst_record_main.moc"
