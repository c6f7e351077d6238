// SPDX-License-Identifier: GPL-3.0-or-later
// The Carnet app: builds the application objects, publishes them to QML and loads Carnet/Main.qml.
#include "platform/keychainstore.h"
#include "platform/paths.h"
#include "qml/appsettings.h"
#include "qml/translator.h"
#include "qml/walletsession.h"

#include <QGuiApplication>
#include <QIcon>
#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QUrl>
#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(CarnetPlugin)

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    QGuiApplication::setOrganizationName(QStringLiteral("Carnet"));
    QGuiApplication::setApplicationName(QStringLiteral("Carnet"));
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Carnet"));
    QGuiApplication::setDesktopFileName(QStringLiteral("carnet"));
    QGuiApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/carnet.svg")));
    QQuickStyle::setStyle(QStringLiteral("Material"));

    // Carnet's catalogue plus Qt's qtbase/qtdeclarative ones for the chosen language: the stored
    // choice, CARNET_LANG, or the system locale. AppSettings switches them live from the UI.
    carnet::qml::Translator translator;
    carnet::qml::AppSettings settings(&translator);
    carnet::qml::AppSettings::publish(&settings);

    // The wallet: $CARNET_HOME/vault or the platform's data directory; quick unlock through the OS
    // keystore. The session owns the vault on its worker thread and locks it on idle or background.
    carnet::platform::KeychainKeyStore keyStore;
    carnet::qml::WalletSession session(carnet::platform::defaultVaultDirectory(), &keyStore);
    carnet::qml::WalletSession::publish(&session);

    QQmlApplicationEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/qt/qml")); // Qt 6.4 does not add it by itself
    QObject::connect(
        &engine, &QQmlApplicationEngine::objectCreationFailed, &app, [] { QCoreApplication::exit(EXIT_FAILURE); },
        Qt::QueuedConnection);
    engine.load(QUrl(QStringLiteral("qrc:/qt/qml/Carnet/Main.qml")));
    return QGuiApplication::exec();
}
