// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The wallet's SMART Health Links for doctors without the app (docs/UI.md, "Links"): the list with
// each host's state (Wallet::links), a link's access log (linkLog), a new link (a part of the record
// chosen as in the share flow, the summary (IPS), or the emergency card; 1 to 720 hours, 24 by
// default, an emergency card 1 to 730 days, 365 by default; an optional passcode of 4 to 64
// characters, keeping it up to date only with one; a label of at most 80 characters) made after the
// passphrase (createLink), revoke after the passphrase (revokeLink), and the link shown again after
// the passphrase (showLink). Every call runs on the vault's worker.
//
// Secrets only flow in: the passcode and the passphrase arrive through invokables and go to secure
// memory. The link text (it holds the link's key) is a property only while it is shown (stage Shown):
// close(), a new link and a lock wipe it.
#include "crypto/securebuffer.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QVariantList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

namespace carnet::qml {

class WalletSession;

class LinksViewModel : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    // --- the list
    Q_PROPERTY(QVariantList links READ links NOTIFY linksChanged)
    Q_PROPERTY(bool loading READ loading NOTIFY loadingChanged)
    Q_PROPERTY(bool loaded READ loaded NOTIFY linksChanged)
    Q_PROPERTY(int loadCount READ loadCount NOTIFY linksChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY linksChanged)
    // --- one link's access log
    Q_PROPERTY(QString logLinkId READ logLinkId NOTIFY logChanged)
    Q_PROPERTY(QVariantList accessLog READ accessLog NOTIFY logChanged)
    Q_PROPERTY(bool logLoading READ logLoading NOTIFY logChanged)
    Q_PROPERTY(bool logLoaded READ logLoaded NOTIFY logChanged)
    Q_PROPERTY(QString logErrorText READ logErrorText NOTIFY logChanged)
    // --- a new link's choices
    Q_PROPERTY(Kind kind READ kind WRITE setKind NOTIFY requestChanged)
    Q_PROPERTY(QStringList categories READ categories WRITE setCategories NOTIFY requestChanged)
    Q_PROPERTY(QString fromDate READ fromDate WRITE setFromDate NOTIFY requestChanged)
    Q_PROPERTY(QString toDate READ toDate WRITE setToDate NOTIFY requestChanged)
    Q_PROPERTY(int validityHours READ validityHours WRITE setValidityHours NOTIFY requestChanged)
    Q_PROPERTY(int validityDays READ validityDays WRITE setValidityDays NOTIFY requestChanged)
    Q_PROPERTY(QString label READ label WRITE setLabel NOTIFY requestChanged)
    Q_PROPERTY(bool hasPasscode READ hasPasscode NOTIFY requestChanged)
    Q_PROPERTY(bool longTerm READ longTerm WRITE setLongTerm NOTIFY requestChanged)
    Q_PROPERTY(QList<int> validityChoices READ validityChoices CONSTANT)
    Q_PROPERTY(QList<int> dayChoices READ dayChoices CONSTANT)
    // --- making, revoking, showing
    Q_PROPERTY(Stage stage READ stage NOTIFY stageChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(QString actionErrorText READ actionErrorText NOTIFY actionErrorTextChanged)
    Q_PROPERTY(QString revoking READ revoking NOTIFY revokingChanged)
    Q_PROPERTY(QString linkText READ linkText NOTIFY shownChanged)
    Q_PROPERTY(QVariantMap shownLink READ shownLink NOTIFY shownChanged)
    Q_PROPERTY(QString shownDateText READ shownDateText NOTIFY shownChanged)

public:
    /** What a new link carries. */
    enum Kind { RecordPart, Summary, Emergency };
    Q_ENUM(Kind)
    /** Choosing → Shown (a link's QR and text are on screen). */
    enum Stage { Choosing, Shown };
    Q_ENUM(Stage)

    explicit LinksViewModel(QObject *parent = nullptr);
    /** Tests: a given session (must outlive this object). */
    explicit LinksViewModel(WalletSession *session, QObject *parent = nullptr);
    ~LinksViewModel() override;

    /** Each link as linkrows::linkRow makes it, newest first. */
    QVariantList links() const { return m_links; }
    bool loading() const { return m_loading; }
    bool loaded() const { return m_loaded; }
    int loadCount() const { return m_loadCount; }
    QString errorText() const { return m_errorText; }
    QString logLinkId() const { return m_logId; }
    /** Each access as linkrows::accessRow makes it, newest first. */
    QVariantList accessLog() const { return m_log; }
    bool logLoading() const { return m_logLoading; }
    bool logLoaded() const { return m_logLoaded; }
    QString logErrorText() const { return m_logErrorText; }

    Kind kind() const { return m_kind; }
    void setKind(Kind kind);
    QStringList categories() const { return m_categories; }
    void setCategories(const QStringList &categories);
    QString fromDate() const { return m_from; }
    void setFromDate(const QString &day);
    QString toDate() const { return m_to; }
    void setToDate(const QString &day);
    int validityHours() const { return m_hours; }
    void setValidityHours(int hours);
    int validityDays() const { return m_days; }
    void setValidityDays(int days);
    QString label() const { return m_label; }
    void setLabel(const QString &label);
    bool hasPasscode() const { return !m_passcode.empty(); }
    bool longTerm() const { return m_longTerm; }
    void setLongTerm(bool longTerm);
    static QList<int> validityChoices();
    static QList<int> dayChoices();

    Stage stage() const { return m_stage; }
    bool busy() const { return m_busy; }
    QString actionErrorText() const { return m_actionErrorText; }
    /** The id of the link being revoked ("" none). */
    QString revoking() const { return m_revoking; }
    /** The viewer address with the link ("<host>/view/#shlink:/…"): what the QR holds; only while Shown. */
    QString linkText() const { return m_linkText; }
    QVariantMap shownLink() const { return m_shownLink; }
    /** The day the shown link was made, for a printed card. */
    QString shownDateText() const { return m_shownDate; }

    /** Reads the links and their hosts' state again. */
    Q_INVOKABLE void reload();
    /** The row of link `id` ({} when not listed). */
    Q_INVOKABLE QVariantMap linkById(const QString &id) const;
    /** Reads link `id`'s access log from its host. */
    Q_INVOKABLE void loadLog(const QString &id);

    Q_INVOKABLE void toggleCategory(const QString &key);
    /** The passcode (4 to 64 characters; "" for none): copied to secure memory, `text` wiped. */
    Q_INVOKABLE void setPasscode(const QString &text);
    /** "" or why the choices cannot make a link (before asking the wallet). */
    Q_INVOKABLE QString validate() const;
    /** Checks the choices, then asks for the passphrase (authRequired). */
    Q_INVOKABLE void requestCreate();
    /** The passphrase again, then the link is made; `passphrase` is wiped. */
    Q_INVOKABLE void create(const QString &passphrase);
    /** Revokes link `id` after the passphrase (wiped); then reloads. */
    Q_INVOKABLE void revoke(const QString &id, const QString &passphrase);
    /** Shows link `id`'s text and QR again after the passphrase (wiped). */
    Q_INVOKABLE void showAgain(const QString &id, const QString &passphrase);
    /** Forgets the shown link text and the passcode; back to Choosing (the choices are kept). */
    Q_INVOKABLE void close();
    /** Forgets the choices too (a new link starts from the defaults). */
    Q_INVOKABLE void reset();
    /** Puts the shown link on the clipboard. */
    Q_INVOKABLE void copyLink() const;
    Q_INVOKABLE void clearActionError();
    /** Where "Save as image" writes the emergency card by default: the Pictures folder. */
    Q_INVOKABLE QString defaultImagePath() const;
    /** A local file path from a file dialog's URL ("" if not a local file). */
    Q_INVOKABLE QString localPath(const QUrl &url) const;

Q_SIGNALS:
    void linksChanged();
    void loadingChanged();
    void logChanged();
    void requestChanged();
    void stageChanged();
    void busyChanged();
    void actionErrorTextChanged();
    void revokingChanged();
    void shownChanged();
    /** Making a link sends data out: the page asks for the passphrase, then create(). */
    void authRequired(const QString &reason);
    void created();
    void revoked(const QString &id);

private:
    struct Outcome;
    void finishShown(Outcome &out);
    void setStage(Stage stage);
    void setBusy(bool busy);
    void setActionErrorText(const QString &text);
    void wipeShown();

    WalletSession *m_session = nullptr;
    QVariantList m_links;
    bool m_loading = false;
    bool m_loaded = false;
    int m_loadCount = 0;
    QString m_errorText;
    QString m_logId;
    QVariantList m_log;
    bool m_logLoading = false;
    bool m_logLoaded = false;
    QString m_logErrorText;

    Kind m_kind = RecordPart;
    QStringList m_categories;
    QString m_from;
    QString m_to;
    int m_hours = 24;
    int m_days = 365;
    QString m_label;
    crypto::SecureBuffer m_passcode;
    bool m_longTerm = false;

    Stage m_stage = Choosing;
    bool m_busy = false;
    QString m_actionErrorText;
    QString m_revoking;
    QString m_linkText;
    QVariantMap m_shownLink;
    QString m_shownDate;
};

} // namespace carnet::qml
