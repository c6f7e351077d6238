// SPDX-License-Identifier: GPL-3.0-or-later
// AppSettings: the theme and language choices persist, CARNET_* overrides apply for one run only.
#include "qml/appsettings.h"

#include <QLocale>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using carnet::qml::AppSettings;

class TestAppSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.path());
        QCoreApplication::setOrganizationName(QStringLiteral("CarnetTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_app_settings"));
    }

    void init()
    {
        QSettings().clear();
        qunsetenv("CARNET_THEME");
        qunsetenv("CARNET_LANG");
        qunsetenv("CARNET_WINDOW_SIZE");
    }

    void defaultsFollowTheSystem()
    {
        const AppSettings settings(nullptr);
        QCOMPARE(settings.theme(), AppSettings::System);
        QCOMPARE(settings.language(), QStringLiteral("system"));
    }

    void choicesPersist()
    {
        {
            AppSettings settings(nullptr);
            QSignalSpy themeSpy(&settings, &AppSettings::themeChanged);
            QSignalSpy languageSpy(&settings, &AppSettings::languageChanged);
            settings.setTheme(AppSettings::Dark);
            settings.setTheme(AppSettings::Dark);
            settings.setLanguage(QStringLiteral("fr"));
            QCOMPARE(themeSpy.count(), 1);
            QCOMPARE(settings.effectiveLanguage(), QStringLiteral("fr"));
            QCOMPARE(QLocale().language(), QLocale::French);
            settings.setLanguage(QStringLiteral("en"));
            QCOMPARE(QLocale().language(), QLocale::English);
            settings.setLanguage(QStringLiteral("fr"));
            QCOMPARE(languageSpy.count(), 3);
        }
        const AppSettings reopened(nullptr);
        QCOMPARE(reopened.theme(), AppSettings::Dark);
        QCOMPARE(reopened.language(), QStringLiteral("fr"));
    }

    void unknownLanguageIsRefused()
    {
        AppSettings settings(nullptr);
        settings.setLanguage(QStringLiteral("en"));
        settings.setLanguage(QStringLiteral("de"));
        QCOMPARE(settings.language(), QStringLiteral("en"));
        QCOMPARE(QSettings().value(QStringLiteral("ui/language")).toString(), QStringLiteral("en"));
    }

    void environmentOverridesForOneRun_data()
    {
        QTest::addColumn<QByteArray>("theme");
        QTest::addColumn<QByteArray>("language");
        QTest::addColumn<int>("expectedTheme");
        QTest::addColumn<QString>("expectedLanguage");
        QTest::newRow("light fr") << QByteArray("light") << QByteArray("fr") << int(AppSettings::Light) << "fr";
        QTest::newRow("DARK EN") << QByteArray("DARK") << QByteArray("EN") << int(AppSettings::Dark) << "en";
        QTest::newRow("system") << QByteArray("system") << QByteArray("system") << int(AppSettings::System)
                                << "system";
    }

    void environmentOverridesForOneRun()
    {
        QFETCH(QByteArray, theme);
        QFETCH(QByteArray, language);
        QFETCH(int, expectedTheme);
        QFETCH(QString, expectedLanguage);
        {
            AppSettings stored(nullptr);
            stored.setTheme(AppSettings::Dark);
            stored.setLanguage(QStringLiteral("en"));
        }
        qputenv("CARNET_THEME", theme);
        qputenv("CARNET_LANG", language);
        const AppSettings settings(nullptr);
        QCOMPARE(int(settings.theme()), expectedTheme);
        QCOMPARE(settings.language(), expectedLanguage);
        // The stored choice is untouched.
        QCOMPARE(QSettings().value(QStringLiteral("ui/theme")).toString(), QStringLiteral("dark"));
        QCOMPARE(QSettings().value(QStringLiteral("ui/language")).toString(), QStringLiteral("en"));
    }

    void windowSize_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<QSize>("expected");
        QTest::newRow("phone") << QByteArray("390x844") << QSize(390, 844);
        QTest::newRow("desktop") << QByteArray("1280x800") << QSize(1280, 800);
        QTest::newRow("unset") << QByteArray() << QSize();
        QTest::newRow("missing height") << QByteArray("390x") << QSize();
        QTest::newRow("too small") << QByteArray("12x12") << QSize();
        QTest::newRow("words") << QByteArray("big") << QSize();
        QTest::newRow("star") << QByteArray("390*844") << QSize();
    }

    void windowSize()
    {
        QFETCH(QByteArray, value);
        QFETCH(QSize, expected);
        if (!value.isEmpty())
            qputenv("CARNET_WINDOW_SIZE", value);
        const AppSettings settings(nullptr);
        QCOMPARE(settings.windowSize(), expected);
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestAppSettings)
#include "tst_app_settings.moc"
