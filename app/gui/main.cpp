// SPDX-License-Identifier: GPL-3.0-or-later
// The Carnet app: builds the application objects, publishes them to QML and loads Carnet/Main.qml.
#include "qml/appsettings.h"
#include "qml/translator.h"

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

    QQmlApplicationEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/qt/qml")); // Qt 6.4 does not add it by itself
    QObject::connect(
        &engine, &QQmlApplicationEngine::objectCreationFailed, &app, [] { QCoreApplication::exit(EXIT_FAILURE); },
        Qt::QueuedConnection);
    engine.load(QUrl(QStringLiteral("qrc:/qt/qml/Carnet/Main.qml")));
    return QGuiApplication::exec();
}
