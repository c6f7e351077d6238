// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Clinician mode (docs/PROTOCOL.md §8.7–8.9): this wallet's clinician identity (its code for the
// licensing authority, its registry name and licence by majority), then a patient's share code
// opened (scanned by the camera, read from an image file, or pasted), its passcode asked when its
// mode needs one, the grant drawn by GrantViewModel, checked again every 30 seconds and on demand,
// dropped with plain words when the patient revoked it or it expired, and notes written back when
// the grant allows it. Every call runs on the vault's worker (WalletSession::withWallet).
//
// The share code is a secret in modes 1 and 2: it arrives through an invokable (or the camera's
// scanner, in C++), goes to secure memory at once, and never becomes a property. Only the mode is
// read from it here (core::share::decodeShareCode). close(), a revocation, an expiry and a lock drop
// the code, the passcode and the whole view.
#include "crypto/securebuffer.h"
#include "qml/share/grantviewmodel.h"

#include <QObject>
#include <QString>
#include <QTimer>
#include <QUrl>
#include <QtQml/qqmlregistration.h>

namespace carnet::core::service {
struct ActionFailure;
}

namespace carnet::qml {

class WalletSession;

class ClinicianViewModel : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(bool identityLoaded READ identityLoaded NOTIFY identityChanged)
    Q_PROPERTY(bool identityBusy READ identityBusy NOTIFY identityChanged)
    Q_PROPERTY(QString identityCode READ identityCode NOTIFY identityChanged)
    Q_PROPERTY(QString registryName READ registryName NOTIFY identityChanged)
    Q_PROPERTY(Licence licence READ licence NOTIFY identityChanged)
    Q_PROPERTY(QString licenceText READ licenceText NOTIFY identityChanged)
    Q_PROPERTY(QString registerCommand READ registerCommand NOTIFY identityChanged)
    Q_PROPERTY(Stage stage READ stage NOTIFY stageChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorTextChanged)
    Q_PROPERTY(QString droppedText READ droppedText NOTIFY droppedTextChanged)
    Q_PROPERTY(QString refreshText READ refreshText NOTIFY refreshTextChanged)
    Q_PROPERTY(carnet::qml::GrantViewModel *grant READ grant CONSTANT)
    Q_PROPERTY(bool canAddNote READ canAddNote NOTIFY stageChanged)
    Q_PROPERTY(bool noteBusy READ noteBusy NOTIFY noteChanged)
    Q_PROPERTY(QString noteStatus READ noteStatus NOTIFY noteChanged)
    Q_PROPERTY(bool noteFailed READ noteFailed NOTIFY noteChanged)

public:
    /** Licensed as a clinician by majority, not licensed, or not known (not checked, can't verify). */
    enum Licence { LicenceUnknown, Licensed, NotLicensed };
    Q_ENUM(Licence)
    /** Nothing open → the code needs its passcode → the grant is open. */
    enum Stage { Closed, NeedsPasscode, Open };
    Q_ENUM(Stage)

    explicit ClinicianViewModel(QObject *parent = nullptr);
    /** Tests: a given session (must outlive this object). */
    explicit ClinicianViewModel(WalletSession *session, QObject *parent = nullptr);
    ~ClinicianViewModel() override;

    bool identityLoaded() const { return m_identityLoaded; }
    bool identityBusy() const { return m_identityBusy; }
    QString identityCode() const { return m_identityCode; }
    QString registryName() const { return m_registryName; }
    Licence licence() const { return m_licence; }
    QString licenceText() const;
    /** The licensing authority's command for this identity (carnet-cli authority register …). */
    QString registerCommand() const;
    Stage stage() const { return m_stage; }
    bool busy() const { return m_busy; }
    QString errorText() const { return m_errorText; }
    QString droppedText() const { return m_droppedText; }
    QString refreshText() const { return m_refreshText; }
    GrantViewModel *grant() { return &m_grant; }
    bool canAddNote() const { return m_stage == Open && m_grant.writeBack(); }
    bool noteBusy() const { return m_noteBusy; }
    QString noteStatus() const { return m_noteStatus; }
    bool noteFailed() const { return m_noteFailed; }

    /** Reads the identity, then its registry name and licence by majority of the nodes. */
    Q_INVOKABLE void loadIdentity();
    /** Puts the identity code on the clipboard (it is public: the authority and patients need it). */
    Q_INVOKABLE void copyIdentityCode() const;
    /** A pasted share code: copied to secure memory, `text` wiped; the field is cleared by QML. */
    Q_INVOKABLE void openText(const QString &text);
    /** The QR code of an image file (a photo or a screenshot of the patient's code). */
    Q_INVOKABLE void openImage(const QUrl &file);
    /** The passcode for a mode-2 code; `text` wiped. */
    Q_INVOKABLE void submitPasscode(const QString &text);
    /** No passcode after all: the code is forgotten. */
    Q_INVOKABLE void cancelPasscode();
    /** Checks the open grant again now (Wallet::checkGrant). */
    Q_INVOKABLE void refresh();
    /** Drops the grant, its code and passcode, the view: nothing of the patient's stays here. */
    Q_INVOKABLE void close();
    /** Writes `text` back into the patient's record as a consult note (when the grant allows it). */
    Q_INVOKABLE void addNote(const QString &text);
    /** Forgets the last dropped message. */
    Q_INVOKABLE void clearDropped();

    /** A text read by the camera's scanner (C++ only: it never passes through QML); `text` wiped. */
    void openScanned(const QString &text);
    /** The refresh period (30 s; tests shorten it). */
    void setRefreshInterval(std::chrono::milliseconds interval) { m_refreshTimer.setInterval(interval); }

Q_SIGNALS:
    void identityChanged();
    void stageChanged();
    void busyChanged();
    void errorTextChanged();
    void droppedTextChanged();
    void refreshTextChanged();
    void noteChanged();
    /** A grant was opened (the view shows its entries). */
    void opened();
    /** The open grant was dropped because the patient revoked it or it expired (droppedText says). */
    void dropped();
    /** A note was written back. */
    void noteAdded();

private:
    struct Outcome;
    void accept(crypto::SecureBuffer code);
    void startOpen();
    void drop(const QString &why);
    void forget();
    void setStage(Stage stage);
    void setBusy(bool busy);
    void setErrorText(const QString &text);
    void setRefreshText(const QString &text);
    void setNote(bool busy, const QString &status, bool failed);

    WalletSession *m_session = nullptr;
    bool m_identityLoaded = false;
    bool m_identityBusy = false;
    QString m_identityCode;
    QString m_registryName;
    Licence m_licence = LicenceUnknown;
    QString m_identityError;
    Stage m_stage = Closed;
    bool m_busy = false;
    QString m_errorText;
    QString m_droppedText;
    QString m_refreshText;
    crypto::SecureBuffer m_code;     ///< the share code's ASCII text
    crypto::SecureBuffer m_passcode; ///< UTF-8; empty in modes 1 and 3
    quint64 m_openSerial = 0;        ///< bumped by every close: answers about an older grant are dropped
    GrantViewModel m_grant;
    QTimer m_refreshTimer;
    bool m_refreshing = false;
    bool m_noteBusy = false;
    QString m_noteStatus;
    bool m_noteFailed = false;
};

} // namespace carnet::qml
