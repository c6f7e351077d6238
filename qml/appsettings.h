// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QObject>
#include <QSize>
#include <QString>
#include <QtQml/qqmlregistration.h>
#include <memory>

class QJSEngine;
class QQmlEngine;

namespace carnet::qml {

class Translator;

/** The user's display choices: theme (System, Light, Dark), language (system, "en", "fr") and
 *  whether the Share tab is in clinician mode (opening patients' shares), kept with QSettings
 *  (group "ui"). CARNET_THEME=light|dark|system and CARNET_LANG=en|fr override the
 *  stored choice for one run without writing it; CARNET_WINDOW_SIZE=WxH gives the first window size
 *  (screenshots). Qt 6.4 has no QStyleHints::colorScheme, so "System" follows Material.System and
 *  `systemDark` reads the platform palette the way the Material style does. */
class AppSettings : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(ThemeChoice theme READ theme WRITE setTheme NOTIFY themeChanged)
    Q_PROPERTY(bool systemDark READ systemDark CONSTANT)
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
    Q_PROPERTY(QString effectiveLanguage READ effectiveLanguage NOTIFY languageChanged)
    Q_PROPERTY(bool clinicianMode READ clinicianMode WRITE setClinicianMode NOTIFY clinicianModeChanged)
    Q_PROPERTY(int windowWidth READ windowWidth CONSTANT)
    Q_PROPERTY(int windowHeight READ windowHeight CONSTANT)

public:
    enum ThemeChoice { System, Light, Dark };
    Q_ENUM(ThemeChoice)

    /** `translator` receives the effective language now and on every change; with nullptr the
     *  settings object owns its own (tests). Deliberately not default-constructible: Qt 6.4 prefers
     *  a default constructor over create() for QML singletons, and create() must be used. */
    explicit AppSettings(Translator *translator, QObject *parent = nullptr);
    ~AppSettings() override;

    /** Makes `instance` the object QML sees as the AppSettings singleton (call before loading QML). */
    static void publish(AppSettings *instance);
    /** Called by the QML engine; returns the published instance, or a new one owned by the engine. */
    static AppSettings *create(QQmlEngine *engine, QJSEngine *scriptEngine);

    ThemeChoice theme() const { return m_theme; }
    void setTheme(ThemeChoice theme);
    bool systemDark() const;

    /** "system", "en" or "fr". */
    QString language() const { return m_language; }
    void setLanguage(const QString &language);
    /** The language the UI is shown in: "en" or "fr". */
    QString effectiveLanguage() const;

    /** The Share tab opens patients' shares (clinician mode) instead of making the wallet's own. */
    bool clinicianMode() const { return m_clinicianMode; }
    void setClinicianMode(bool on);

    /** The CARNET_WINDOW_SIZE override; invalid (and both sides -1) when unset or malformed. */
    QSize windowSize() const { return m_windowSize; }
    int windowWidth() const { return m_windowSize.width(); }
    int windowHeight() const { return m_windowSize.height(); }

Q_SIGNALS:
    void themeChanged();
    void languageChanged();
    void clinicianModeChanged();

private:
    void applyLanguage();

    std::unique_ptr<Translator> m_ownTranslator;
    Translator *m_translator = nullptr;
    QQmlEngine *m_engine = nullptr;
    ThemeChoice m_theme = System;
    QString m_language = QStringLiteral("system");
    bool m_clinicianMode = false;
    QSize m_windowSize;
};

} // namespace carnet::qml
