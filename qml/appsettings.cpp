// SPDX-License-Identifier: GPL-3.0-or-later
#include "qml/appsettings.h"

#include "qml/translator.h"

#include <QGuiApplication>
#include <QLocale>
#include <QPalette>
#include <QPointer>
#include <QQmlEngine>
#include <QRegularExpression>
#include <QSettings>

namespace carnet::qml {
namespace {

QPointer<AppSettings> s_published;

const QLatin1String kThemeKey("ui/theme");
const QLatin1String kLanguageKey("ui/language");
const QLatin1String kClinicianModeKey("ui/clinicianMode");

QString themeName(AppSettings::ThemeChoice theme)
{
    switch (theme) {
    case AppSettings::Light:
        return QStringLiteral("light");
    case AppSettings::Dark:
        return QStringLiteral("dark");
    case AppSettings::System:
        break;
    }
    return QStringLiteral("system");
}

AppSettings::ThemeChoice themeFromName(const QString &name)
{
    if (name == QLatin1String("light"))
        return AppSettings::Light;
    if (name == QLatin1String("dark"))
        return AppSettings::Dark;
    return AppSettings::System;
}

bool isKnownLanguage(const QString &language)
{
    return language == QLatin1String("system") || language == QLatin1String("en")
        || language == QLatin1String("fr");
}

QSize parseWindowSize(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{3,4})x(\\d{3,4})$"));
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return {};
    return {match.captured(1).toInt(), match.captured(2).toInt()};
}

} // namespace

AppSettings::AppSettings(Translator *translator, QObject *parent)
    : QObject(parent)
    , m_translator(translator)
{
    if (m_translator == nullptr) {
        m_ownTranslator = std::make_unique<Translator>();
        m_translator = m_ownTranslator.get();
    }
    const QSettings settings;
    m_theme = themeFromName(settings.value(kThemeKey).toString());
    const QString stored = settings.value(kLanguageKey).toString();
    if (isKnownLanguage(stored))
        m_language = stored;
    m_clinicianMode = settings.value(kClinicianModeKey, false).toBool();

    const QString envTheme = qEnvironmentVariable("CARNET_THEME").toLower();
    if (!envTheme.isEmpty())
        m_theme = themeFromName(envTheme);
    const QString envLanguage = qEnvironmentVariable("CARNET_LANG").toLower();
    if (isKnownLanguage(envLanguage))
        m_language = envLanguage;
    m_windowSize = parseWindowSize(qEnvironmentVariable("CARNET_WINDOW_SIZE"));

    applyLanguage();
}

AppSettings::~AppSettings() = default;

void AppSettings::publish(AppSettings *instance)
{
    s_published = instance;
}

AppSettings *AppSettings::create(QQmlEngine *engine, QJSEngine *scriptEngine)
{
    Q_UNUSED(scriptEngine)
    AppSettings *settings = s_published.data();
    if (settings != nullptr)
        QJSEngine::setObjectOwnership(settings, QJSEngine::CppOwnership);
    else
        settings = new AppSettings(nullptr); // owned by the engine (JavaScriptOwnership by default)
    settings->m_engine = engine;
    engine->setUiLanguage(settings->effectiveLanguage());
    return settings;
}

void AppSettings::setTheme(ThemeChoice theme)
{
    if (theme == m_theme)
        return;
    m_theme = theme;
    QSettings().setValue(kThemeKey, themeName(theme));
    Q_EMIT themeChanged();
}

void AppSettings::setClinicianMode(bool on)
{
    if (on == m_clinicianMode)
        return;
    m_clinicianMode = on;
    QSettings().setValue(kClinicianModeKey, on);
    Q_EMIT clinicianModeChanged();
}

bool AppSettings::systemDark() const
{
    // What the Material style does for Material.System on Qt 6.4: a dark window colour means dark.
    return QGuiApplication::palette().color(QPalette::Window).lightness() < 128;
}

void AppSettings::setLanguage(const QString &language)
{
    if (!isKnownLanguage(language) || language == m_language)
        return;
    m_language = language;
    QSettings().setValue(kLanguageKey, language);
    applyLanguage();
    Q_EMIT languageChanged();
}

QString AppSettings::effectiveLanguage() const
{
    if (m_language != QLatin1String("system"))
        return m_language;
    return QLocale::system().language() == QLocale::French ? QStringLiteral("fr") : QStringLiteral("en");
}

void AppSettings::applyLanguage()
{
    const QString language = effectiveLanguage();
    m_translator->load(language);
    // Numbers and dates follow the chosen language too (Qt.locale() in QML reads the default).
    QLocale::setDefault(m_language == QLatin1String("system") ? QLocale::system() : QLocale(language));
    if (m_engine != nullptr) {
        m_engine->setUiLanguage(language);
        m_engine->retranslate();
    }
}

} // namespace carnet::qml
