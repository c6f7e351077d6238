// SPDX-License-Identifier: GPL-3.0-or-later
// The French catalogue: complete in resources/i18n/carnet_fr.ts, built into :/i18n/carnet_fr.qm, and
// installed (with Qt's own French catalogues) by carnet::qml::Translator.
#include "qml/translator.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

using carnet::qml::Translator;

namespace {

struct Message
{
    QString context;
    QString source;
    QString translation;
    QString type;
    QStringList forms; ///< a plural message's forms (<numerusform>); empty otherwise
};

QList<Message> readTs(const QString &path)
{
    QList<Message> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return messages;
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("name"))
            context = xml.readElementText();
        else if (name == QLatin1String("message"))
            current = Message{context, {}, {}, {}, {}};
        else if (name == QLatin1String("source"))
            current.source = xml.readElementText();
        else if (name == QLatin1String("translation")) {
            current.type = xml.attributes().value(QLatin1String("type")).toString();
            // A plural message holds one <numerusform> per form instead of text.
            while (!xml.atEnd()) {
                xml.readNext();
                if (xml.isCharacters())
                    current.translation += xml.text();
                else if (xml.isStartElement() && xml.name() == QLatin1String("numerusform"))
                    current.forms.append(xml.readElementText());
                else if (xml.isEndElement() && xml.name() == QLatin1String("translation"))
                    break;
            }
            messages.append(current);
        }
    }
    return messages;
}

QStringList placeholders(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("%\\d"));
    QStringList found;
    for (const auto &match : pattern.globalMatch(text))
        found.append(match.captured());
    found.sort();
    return found;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyStringIsTranslated()
    {
        const QList<Message> messages = readTs(QStringLiteral(CARNET_SOURCE_DIR "/resources/i18n/carnet_fr.ts"));
        QVERIFY2(messages.size() >= 20, qPrintable(QString::number(messages.size())));
        for (const Message &m : messages) {
            const QString where = m.context + QLatin1String(": ") + m.source;
            QVERIFY2(m.type.isEmpty(), qPrintable(where + QLatin1String(" is ") + m.type));
            const QStringList texts = m.forms.isEmpty() ? QStringList{m.translation} : m.forms;
            for (const QString &text : texts) {
                QVERIFY2(!text.trimmed().isEmpty(), qPrintable(where));
                QCOMPARE(placeholders(text), placeholders(m.source));
            }
        }
    }

    void compiledCatalogueIsEmbedded()
    {
        QTranslator translator;
        QVERIFY(translator.load(QStringLiteral(":/i18n/carnet_fr.qm")));
        QCOMPARE(translator.translate("OnboardingPage", "Create a wallet"), QStringLiteral("Créer un portefeuille"));
        QCOMPARE(translator.translate("OnboardingPage", "Your health record, held by you."),
                 QStringLiteral("Votre dossier de santé, entre vos mains."));
    }

    void translatorSwitchesLanguage()
    {
        Translator translator;
        QVERIFY(translator.load(QStringLiteral("fr")));
        QCOMPARE(translator.language(), QStringLiteral("fr"));
        QCOMPARE(QCoreApplication::translate("OnboardingPage", "Create a wallet"),
                 QStringLiteral("Créer un portefeuille"));
        // Qt's own catalogue (qtbase_fr.qm, Debian's qt6-translations-l10n) is installed too.
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Annuler"));

        QVERIFY(translator.load(QStringLiteral("en")));
        QCOMPARE(translator.language(), QStringLiteral("en"));
        QCOMPARE(QCoreApplication::translate("OnboardingPage", "Create a wallet"), QStringLiteral("Create a wallet"));
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Cancel"));
    }

    void unknownLanguageFallsBackToEnglish()
    {
        Translator translator;
        QVERIFY(!translator.load(QStringLiteral("de")));
        QCOMPARE(translator.language(), QStringLiteral("en"));
        QCOMPARE(QCoreApplication::translate("OnboardingPage", "Create a wallet"), QStringLiteral("Create a wallet"));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
