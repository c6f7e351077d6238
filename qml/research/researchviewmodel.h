// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The Research destination (docs/UI.md, "Research"; docs/PROTOCOL.md §9): the open studies with this
// wallet's fit and part in each (Wallet::studies), the exact dataset a join would send
// (Wallet::previewStudy), joining after the passphrase with the previewed hash (Wallet::joinStudy),
// leaving (Wallet::leaveStudy) and withdrawing the earnings to an address (Wallet::withdrawEarnings).
// Every call runs on the vault's worker; passphrases come in through Q_INVOKABLEs and are wiped; the
// study ids and the preview's hash stay in C++.
#include "core/service/researchtypes.h"

#include <QObject>
#include <QString>
#include <QStringList>
#include <QVariantList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

namespace carnet::qml {

class WalletSession;

class ResearchViewModel : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QVariantList studies READ studies NOTIFY studiesChanged)
    Q_PROPERTY(QStringList unverified READ unverified NOTIFY studiesChanged)
    Q_PROPERTY(QVariantList earnings READ earnings NOTIFY studiesChanged)
    Q_PROPERTY(QString totalEarningsText READ totalEarningsText NOTIFY studiesChanged)
    Q_PROPERTY(bool canWithdraw READ canWithdraw NOTIFY studiesChanged)
    Q_PROPERTY(bool loading READ loading NOTIFY loadingChanged)
    Q_PROPERTY(bool loaded READ loaded NOTIFY studiesChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY studiesChanged)
    Q_PROPERTY(int previewIndex READ previewIndex NOTIFY previewChanged)
    Q_PROPERTY(QVariantMap previewStudy READ previewStudy NOTIFY previewChanged)
    Q_PROPERTY(QVariantMap preview READ preview NOTIFY previewChanged)
    Q_PROPERTY(bool previewing READ previewing NOTIFY previewChanged)
    Q_PROPERTY(bool freeText READ freeText WRITE setFreeText NOTIFY previewChanged)
    Q_PROPERTY(QString previewErrorText READ previewErrorText NOTIFY previewChanged)
    Q_PROPERTY(QString busyAction READ busyAction NOTIFY actionChanged)
    Q_PROPERTY(QString actionText READ actionText NOTIFY actionChanged)
    Q_PROPERTY(QString actionErrorText READ actionErrorText NOTIFY actionChanged)

public:
    explicit ResearchViewModel(QObject *parent = nullptr);
    /** Tests: a given session (must outlive this object). */
    explicit ResearchViewModel(WalletSession *session, QObject *parent = nullptr);

    /** Each study's card (ResearchRows::study), in the order posted. */
    QVariantList studies() const { return m_studies; }
    /** One line for each study listed but not verifiable. */
    QStringList unverified() const { return m_unverified; }
    /** Each study joined or left: index, title, earningsText, earningsWeiText, earningsKnown, hasEarnings. */
    QVariantList earnings() const { return m_earnings; }
    QString totalEarningsText() const { return m_total; }
    bool canWithdraw() const { return m_canWithdraw; }
    bool loading() const { return m_loading; }
    bool loaded() const { return m_loaded; }
    QString errorText() const { return m_errorText; }
    int previewIndex() const { return m_previewIndex; }
    QVariantMap previewStudy() const;
    /** The preview (ResearchRows::preview); empty while it is made or when it failed. */
    QVariantMap preview() const { return m_preview; }
    bool previewing() const { return m_previewing; }
    bool freeText() const { return m_freeText; }
    void setFreeText(bool agreed);
    QString previewErrorText() const { return m_previewErrorText; }
    /** "", "join", "leave" or "withdraw": the call under way. */
    QString busyAction() const { return m_busy; }
    /** What the last action did, in words ("Joined: …"). */
    QString actionText() const { return m_actionText; }
    QString actionErrorText() const { return m_actionErrorText; }

    /** Shows these studies (what reload() does with the service's answer; tests fill the pages with it). */
    void setListings(std::vector<core::service::StudyListing> listings, const std::vector<core::service::UnverifiedStudy> &unverified);
    /** Shows this preview of study `index` (what a preview does with the service's answer; tests). */
    void setPreview(int index, const core::service::DatasetPreview &preview);

    /** Lists the studies again (the nodes are asked). */
    Q_INVOKABLE void reload();
    /** Makes the preview of study `index`, free text not agreed. */
    Q_INVOKABLE void openPreview(int index);
    /** Joins the previewed study after the passphrase (wiped), committing the previewed hash. */
    Q_INVOKABLE void join(const QString &passphrase);
    /** Leaves study `index` after the passphrase (wiped). */
    Q_INVOKABLE void leave(int index, const QString &passphrase);
    /** Why `address` cannot receive the earnings, in words; "" when it can. */
    Q_INVOKABLE QString addressProblem(const QString &address) const;
    /** Sends every study account's balance to `address` after the passphrase (wiped). */
    Q_INVOKABLE void withdraw(const QString &address, const QString &passphrase);
    /** Forgets the action's words (a page closed). */
    Q_INVOKABLE void clearAction();

Q_SIGNALS:
    void studiesChanged();
    void loadingChanged();
    void previewChanged();
    void actionChanged();
    void joined(int index);
    void left(int index);
    void withdrawn();

private:
    struct Outcome;
    void setLoading(bool loading);
    void runPreview();
    void finishAction(const QString &text, const QString &error);

    WalletSession *m_session = nullptr;
    std::vector<core::service::StudyListing> m_listings;
    QVariantList m_studies;
    QStringList m_unverified;
    QVariantList m_earnings;
    QString m_total;
    bool m_canWithdraw = false;
    bool m_loading = false;
    bool m_loaded = false;
    QString m_errorText;
    int m_previewIndex = -1;
    int m_previewRun = 0;
    QVariantMap m_preview;
    std::optional<crypto::Hash32> m_previewHash;
    bool m_previewing = false;
    bool m_freeText = false;
    QString m_previewErrorText;
    QString m_busy;
    QString m_actionText;
    QString m_actionErrorText;
};

} // namespace carnet::qml
