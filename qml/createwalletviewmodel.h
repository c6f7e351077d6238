// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The create flow: a new passphrase (rated), a new recovery phrase shown once (painted by
// RecoveryPhraseView, never a property), a quiz on three of its words, then the vault.
// Nothing is written before create: leaving the flow at any step leaves no trace on disk.
#include "qml/passphraseratingviewmodel.h"
#include "qml/phrasesource.h"

#include <QList>

namespace carnet::qml {

class CreateWalletViewModel : public carnet::qml::PassphraseRatingViewModel, public PhraseSource
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QList<int> quizPositions READ quizPositions NOTIFY phraseChanged)
    Q_PROPERTY(bool quizPassed READ quizPassed NOTIFY quizChanged)
    Q_PROPERTY(bool hasPhrase READ hasPhrase NOTIFY phraseChanged)
    Q_PROPERTY(int wordCount READ wordCount NOTIFY phraseChanged)
    Q_PROPERTY(bool passphraseChosen READ passphraseChosen NOTIFY passphraseChosenChanged)

public:
    static constexpr int kQuizWords = 3;

    explicit CreateWalletViewModel(QObject *parent = nullptr);
    ~CreateWalletViewModel() override;

    QList<int> quizPositions() const { return m_quizPositions; }
    bool quizPassed() const { return m_quizPassed; }
    /** True while the phrase is there to be written down (until the quiz passes). */
    bool hasPhrase() const { return !m_phrase.empty() && !m_quizPassed; }
    int wordCount() const { return m_wordCount; }
    bool passphraseChosen() const { return !m_chosen.empty(); }

    /** A new phrase and three new quiz positions (1-based); forgets the quiz answers. */
    Q_INVOKABLE void generatePhrase();
    /** True when `word` is the phrase's word at `position` (one of quizPositions). */
    Q_INVOKABLE bool checkQuizWord(int position, const QString &word);
    /** Creates the vault with this passphrase (after the quiz); created() on success. */
    Q_INVOKABLE void create(const QString &passphrase, const QString &confirmation);
    /** Step 1 of the pages: checks and keeps the passphrase in secure memory, so the text fields can be
     *  cleared at once; createWithChosenPassphrase() uses it at the last step. */
    Q_INVOKABLE bool choosePassphrase(const QString &passphrase, const QString &confirmation);
    Q_INVOKABLE void createWithChosenPassphrase();

    const crypto::SecureBuffer *phraseToShow() const override;

Q_SIGNALS:
    void created();
    void phraseChanged();
    void quizChanged();
    void passphraseChosenChanged();

private:
    void startCreate(crypto::SecureBuffer passphrase);
    void forgetSecrets();

    crypto::SecureBuffer m_phrase;
    crypto::SecureBuffer m_chosen;
    int m_wordCount = 0;
    QList<int> m_quizPositions;
    QList<int> m_answered;
    bool m_quizPassed = false;
};

} // namespace carnet::qml
