// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The QML tests' handle on the wallet session (singleton CarnetTest.TestVault): a fresh, empty vault
// directory per test, a locked vault made directly with the core, and the known phrases with their
// ethers-derived addresses. Test code only; the app has nothing like it.
#include "sessiontestutil.h"

#include <QDir>
#include <QObject>

namespace carnet::qml::test {

class TestVault : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QString createdPhrase READ createdPhrase CONSTANT)
    Q_PROPERTY(QString createdAddress READ createdAddress CONSTANT)
    Q_PROPERTY(QString passphrase READ passphrase CONSTANT)

public:
    explicit TestVault(SessionFixture *fixture) : m_fixture(fixture) {}

    /** The phrase the create flow is given, and its address. */
    QString createdPhrase() const { return m_fixture->identity.phrase; }
    QString createdAddress() const { return m_fixture->identity.address; }
    QString passphrase() const { return kGoodPassphrase; }

    /** Locks the session and removes the vault: state NoWallet. Waits for the worker to let go. */
    Q_INVOKABLE void reset()
    {
        m_fixture->session->lockNow();
        QDir(m_fixture->vaultDir()).removeRecursively();
        m_fixture->session->refresh();
    }

    /** A locked vault of the known phrase of `language` with `words` words: state Locked. */
    Q_INVOKABLE bool makeLockedVault(const QString &language, int words)
    {
        reset();
        return m_fixture->makeVault(kGoodPassphrase, knownIdentity(language, words).phrase);
    }

    Q_INVOKABLE QString phrase(const QString &language, int words) const { return knownIdentity(language, words).phrase; }
    Q_INVOKABLE QString address(const QString &language, int words) const { return knownIdentity(language, words).address; }
    Q_INVOKABLE QString wordOfCreatedPhrase(int position) const
    {
        return m_fixture->identity.phrase.split(QLatin1Char(' ')).value(position - 1);
    }

private:
    SessionFixture *m_fixture;
};

} // namespace carnet::qml::test
