// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Who opened the patient's emergency card since they last looked (docs/UI.md, "Links"): read after
// each unlock (Wallet::emergencyNotices without marking), shown on the home page until the patient
// dismisses it; dismissing marks what was read as seen (emergencyNotices(true)). When the share host
// cannot be asked, the notice says so instead (the patient must not believe nobody opened it).
#include <QObject>
#include <QString>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace carnet::qml {

class WalletSession;

class EmergencyNoticesViewModel : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QVariantList notices READ notices NOTIFY noticesChanged)
    Q_PROPERTY(int accessCount READ accessCount NOTIFY noticesChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY noticesChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(bool checked READ checked NOTIFY noticesChanged)

public:
    explicit EmergencyNoticesViewModel(QObject *parent = nullptr);
    /** Tests: a given session (must outlive this object). */
    explicit EmergencyNoticesViewModel(WalletSession *session, QObject *parent = nullptr);

    /** Each card with new accesses: linkId, label, accesses (rows of linkrows::accessRow, newest first). */
    QVariantList notices() const { return m_notices; }
    /** The new accesses over every card. */
    int accessCount() const { return m_count; }
    /** Why the cards' accesses could not be read ("" when they were). */
    QString errorText() const { return m_errorText; }
    bool busy() const { return m_busy; }
    /** A check has finished since the last unlock. */
    bool checked() const { return m_checked; }

    /** Reads the new accesses (nothing is marked seen). */
    Q_INVOKABLE void check();
    /** Marks the accesses read as seen; any that came in meanwhile are shown instead of hiding. */
    Q_INVOKABLE void dismiss();

Q_SIGNALS:
    void noticesChanged();
    void busyChanged();

private:
    struct Outcome;
    void run(bool markSeen);

    WalletSession *m_session = nullptr;
    QVariantList m_notices;
    int m_count = 0;
    QString m_errorText;
    bool m_busy = false;
    bool m_checked = false;
};

} // namespace carnet::qml
