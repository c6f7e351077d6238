// SPDX-License-Identifier: GPL-3.0-or-later
#include "qml/translator.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>

namespace carnet::qml {

Translator::~Translator()
{
    removeAll();
}

bool Translator::load(const QString &language)
{
    removeAll();
    m_language = QStringLiteral("en");
    if (language == QLatin1String("en"))
        return true;
    const QLocale locale(language);
    if (!m_app.load(locale, QStringLiteral("carnet"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        return false;
    QCoreApplication::installTranslator(&m_app);
    m_language = language;
    // Qt's own strings (standard buttons, dialogs): optional, the app works without them.
    const QString qtDir = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    if (m_qtBase.load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), qtDir))
        QCoreApplication::installTranslator(&m_qtBase);
    if (m_qtDeclarative.load(locale, QStringLiteral("qtdeclarative"), QStringLiteral("_"), qtDir))
        QCoreApplication::installTranslator(&m_qtDeclarative);
    return true;
}

void Translator::removeAll()
{
    if (QCoreApplication::instance() == nullptr)
        return;
    QCoreApplication::removeTranslator(&m_app);
    QCoreApplication::removeTranslator(&m_qtBase);
    QCoreApplication::removeTranslator(&m_qtDeclarative);
}

} // namespace carnet::qml
