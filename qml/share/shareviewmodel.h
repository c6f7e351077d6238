// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The new share flow (docs/PROTOCOL.md §8): what (categories, a date range, single entries picked
// from the timeline), for how long (1 hour to 30 days, 24 hours by default), for whom (a named
// clinician picked from the registry or given by their identity code, or any licensed clinician
// holding the code, with an optional passcode), whether notes may be added; then the preview (exactly
// what the clinician will see, Wallet::previewShare, drawn by GrantViewModel), then the passphrase
// again (authRequired → authProceed), then Wallet::share and the share code (QR and text).
//
// Secrets only flow in: the passcode and the passphrase arrive through invokables and go to secure
// memory. The share code (a secret in modes 1 and 2) is a property only while it is shown: close(),
// a new share and a lock wipe it.
#include "core/service/wallet.h"
#include "qml/share/grantviewmodel.h"

#include <QObject>
#include <QString>
#include <QStringList>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace carnet::qml {

class WalletSession;

class ShareViewModel : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QStringList categories READ categories WRITE setCategories NOTIFY requestChanged)
    Q_PROPERTY(QString fromDate READ fromDate WRITE setFromDate NOTIFY requestChanged)
    Q_PROPERTY(QString toDate READ toDate WRITE setToDate NOTIFY requestChanged)
    Q_PROPERTY(QStringList pickedEntries READ pickedEntries NOTIFY requestChanged)
    Q_PROPERTY(int validityHours READ validityHours WRITE setValidityHours NOTIFY requestChanged)
    Q_PROPERTY(Recipient recipient READ recipient WRITE setRecipient NOTIFY requestChanged)
    Q_PROPERTY(QString clinicianAddress READ clinicianAddress WRITE setClinicianAddress NOTIFY requestChanged)
    Q_PROPERTY(QString clinicianCode READ clinicianCode WRITE setClinicianCode NOTIFY requestChanged)
    Q_PROPERTY(bool hasPasscode READ hasPasscode NOTIFY requestChanged)
    Q_PROPERTY(bool allowWriteBack READ allowWriteBack WRITE setAllowWriteBack NOTIFY requestChanged)
    Q_PROPERTY(QString summaryText READ summaryText NOTIFY requestChanged)
    Q_PROPERTY(QVariantList clinicians READ clinicians NOTIFY cliniciansChanged)
    Q_PROPERTY(bool cliniciansLoaded READ cliniciansLoaded NOTIFY cliniciansChanged)
    Q_PROPERTY(QString cliniciansError READ cliniciansError NOTIFY cliniciansChanged)
    Q_PROPERTY(Stage stage READ stage NOTIFY stageChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorTextChanged)
    Q_PROPERTY(carnet::qml::GrantViewModel *preview READ preview CONSTANT)
    Q_PROPERTY(QString shareCode READ shareCode NOTIFY sharedChanged)
    Q_PROPERTY(QString sharedExpiryText READ sharedExpiryText NOTIFY sharedChanged)
    Q_PROPERTY(int sharedGrant READ sharedGrant NOTIFY sharedChanged)
    Q_PROPERTY(QList<int> validityChoices READ validityChoices CONSTANT)

public:
    enum Recipient { AnyClinician, RegisteredClinician, ClinicianByCode };
    Q_ENUM(Recipient)
    /** Choosing → Previewing (the preview is shown) → Shared (the code is shown). */
    enum Stage { Choosing, Previewing, Shared };
    Q_ENUM(Stage)

    explicit ShareViewModel(QObject *parent = nullptr);
    /** Tests: a given session (must outlive this object). */
    explicit ShareViewModel(WalletSession *session, QObject *parent = nullptr);
    ~ShareViewModel() override;

    QStringList categories() const { return m_categories; }
    void setCategories(const QStringList &categories);
    QString fromDate() const { return m_from; }
    void setFromDate(const QString &day);
    QString toDate() const { return m_to; }
    void setToDate(const QString &day);
    /** "recordIdHex:sequence" of each entry picked by hand. */
    QStringList pickedEntries() const { return m_picked; }
    int validityHours() const { return m_hours; }
    void setValidityHours(int hours);
    Recipient recipient() const { return m_recipient; }
    void setRecipient(Recipient recipient);
    QString clinicianAddress() const { return m_clinicianAddress; }
    void setClinicianAddress(const QString &address);
    QString clinicianCode() const { return m_clinicianCode; }
    void setClinicianCode(const QString &code);
    bool hasPasscode() const { return !m_passcode.empty(); }
    bool allowWriteBack() const { return m_writeBack; }
    void setAllowWriteBack(bool allow);
    /** Who, what, until when, in words (the re-authentication prompt and the preview's header). */
    QString summaryText() const;
    QVariantList clinicians() const { return m_clinicians; }
    bool cliniciansLoaded() const { return m_cliniciansLoaded; }
    QString cliniciansError() const { return m_cliniciansError; }
    Stage stage() const { return m_stage; }
    bool busy() const { return m_busy; }
    QString errorText() const { return m_errorText; }
    GrantViewModel *preview() { return &m_preview; }
    QString shareCode() const { return m_shareCode; }
    QString sharedExpiryText() const { return m_sharedExpiryText; }
    int sharedGrant() const { return m_sharedGrant; }
    static QList<int> validityChoices();

    Q_INVOKABLE void toggleCategory(const QString &key);
    Q_INVOKABLE void toggleEntry(const QString &recordId, int sequence);
    Q_INVOKABLE bool isPicked(const QString &recordId, int sequence) const;
    /** The passcode (4 to 64 characters; "" for none): copied to secure memory, `text` wiped. */
    Q_INVOKABLE void setPasscode(const QString &text);
    /** Reads the licensed clinicians from the registry (by majority of the nodes). */
    Q_INVOKABLE void loadClinicians();
    /** Exactly what the clinician would see (no network): Previewing, or errorText says why not. */
    Q_INVOKABLE void makePreview();
    /** Back from the preview to the choices. */
    Q_INVOKABLE void backToChoices();
    /** Asks for the passphrase before sharing (authRequired). */
    Q_INVOKABLE void requestShare();
    /** The passphrase again, then the share; `passphrase` is wiped. */
    Q_INVOKABLE void authProceed(const QString &passphrase);
    Q_INVOKABLE void authCancel();
    /** Forgets the shown code, the preview and the passcode; back to the choices. */
    Q_INVOKABLE void close();
    /** Puts the share code on the clipboard. */
    Q_INVOKABLE void copyCode() const;
    /** "" or why the choices cannot make a share (before asking the wallet). */
    Q_INVOKABLE QString validate() const;

Q_SIGNALS:
    void requestChanged();
    void cliniciansChanged();
    void stageChanged();
    void busyChanged();
    void errorTextChanged();
    void sharedChanged();
    /** Sharing is sensitive: the page asks for the passphrase, then authProceed() or authCancel(). */
    void authRequired(const QString &reason);
    /** A share was made (grants lists it now). */
    void shared();

private:
    struct Outcome;
    std::optional<core::service::ShareRequest> request(QString *why) const;
    void setStage(Stage stage);
    void setBusy(bool busy);
    void setErrorText(const QString &text);
    void wipeCode();

    WalletSession *m_session = nullptr;
    QStringList m_categories;
    QString m_from;
    QString m_to;
    QStringList m_picked;
    int m_hours = 24;
    Recipient m_recipient = AnyClinician;
    QString m_clinicianAddress;
    QString m_clinicianCode;
    crypto::SecureBuffer m_passcode;
    bool m_writeBack = false;
    QVariantList m_clinicians;
    bool m_cliniciansLoaded = false;
    QString m_cliniciansError;
    Stage m_stage = Choosing;
    bool m_busy = false;
    QString m_errorText;
    GrantViewModel m_preview;
    QString m_shareCode;
    QString m_sharedExpiryText;
    int m_sharedGrant = -1;
};

} // namespace carnet::qml
