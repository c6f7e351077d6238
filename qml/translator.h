// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QString>
#include <QTranslator>

namespace carnet::qml {

/** The translators the app installs: Carnet's own catalogue (":/i18n/carnet_<lang>.qm", built from
 *  resources/i18n) and Qt's catalogues for the same language (qtbase, qtdeclarative) from Qt's
 *  translations directory. English is the source language: loading "en" removes every translator. */
class Translator
{
public:
    Translator() = default;
    ~Translator();
    Translator(const Translator &) = delete;
    Translator &operator=(const Translator &) = delete;

    /** Installs the catalogues for `language` (an ISO 639 code such as "fr") on the application,
     *  replacing those of the previous language. Returns false when Carnet has no catalogue for it;
     *  the app then shows the English source text. */
    bool load(const QString &language);
    /** The language whose Carnet catalogue is installed, or "en" when none is. */
    QString language() const { return m_language; }

private:
    void removeAll();

    QTranslator m_app;
    QTranslator m_qtBase;
    QTranslator m_qtDeclarative;
    QString m_language = QStringLiteral("en");
};

} // namespace carnet::qml
