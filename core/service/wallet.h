// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The patient's wallet as one object: every patient action is one call here, returning a typed
// result (docs/ARCHITECTURE.md, "One service layer"). carnet-cli and the app's view models call it and
// only translate: input in, codes out, words theirs. Nothing above core/ touches the vault, its record
// store or the network file directly.
//
// A Wallet is an open vault (core::Vault) plus the use cases on it. Every call is synchronous and may
// take seconds (Argon2id, the network): callers run it on a worker thread, never on the UI thread. One
// thread uses a Wallet at a time.
#include "core/service/actionfailure.h"
#include "core/ledger/contracts/accessgrants.h"
#include "core/service/grantview.h"
#include "core/service/linkhost.h"
#include "core/service/researchtypes.h"
#include "core/service/networksource.h"
#include "core/sync/demoseed.h"
#include "core/sync/syncengine.h"
#include "core/vault/vault.h"

#include <QList>

#include <chrono>
#include <functional>
#include <memory>

namespace carnet::core::service {

/** A provider connected to the wallet: its record, and the connect code the provider types or scans. */
struct ProviderConnection
{
    sync::StoredRecord record;
    QString code;                       ///< "carnet-connect:v1:…"
    crypto::Hash32 transaction{};       ///< the reservation that took the index (zero for an existing record)
    std::vector<std::uint32_t> skipped; ///< indexes found taken on the way (another device, an earlier install)
};

/** A sync round as the wallet holds it afterwards. */
struct SyncReport
{
    sync::SyncResult round;              ///< what this round found (nodes, records, counts)
    std::vector<sync::NodeRecord> nodes; ///< each node's verdict as stored
    std::int64_t lastVerified = 0;       ///< Unix seconds of the last round a majority agreed on; 0 if none
};

/** Entries the patient published to their own ("self") record. */
struct PublishReport
{
    std::vector<sync::Published> entries; ///< in the order given
    std::uint32_t selfIndex = 0;
};

/** The wallet's record store, read at once: its records (with their labels) and entries. */
struct RecordView
{
    std::vector<sync::StoredRecord> records;
    std::vector<sync::StoredEntry> entries;
    /** The label of record `id` ("" when unknown). */
    QString labelOf(const crypto::Hash32 &id) const;
};

/** What the patient asks to share (docs/PROTOCOL.md §8). */
struct ShareRequest
{
    share::GrantScope scope;
    std::chrono::seconds validity{24 * 3600}; ///< 1 hour to 30 days
    /** A named clinician: their identity code (carnet-clinician:v1:…) or their account picked from the
     *  registry; neither: any licensed clinician holding the share code. */
    QString clinicianCode;
    std::optional<crypto::Address> clinician;
    crypto::SecureBuffer passcode; ///< UTF-8; empty: none (only without a named clinician)
    bool allowWriteBack = false;   ///< the clinician may add notes and prescriptions (a new record)
};

/** A grant as the patient's wallet keeps it (the vault's grants table). */
struct StoredGrant
{
    std::uint32_t index = 0;        ///< g in m/4411982'/4'/g'
    share::GrantId grantId{};
    share::BundleMode mode = share::BundleMode::Code;
    crypto::Address grantee{};
    QString granteeName;
    share::GrantScope scope;
    std::uint8_t permissions = 1;
    std::uint64_t expiry = 0;       ///< Unix seconds
    std::int64_t createdAt = 0;
    std::uint32_t entryCount = 0;
    std::uint32_t recordCount = 0;
    std::uint32_t bundleBytes = 0;
    std::uint16_t parts = 0;
    std::optional<std::uint32_t> writeRecordIndex; ///< the record reserved for write back
    bool issued = false;            ///< every part confirmed on the ledger
    std::uint64_t revokedAt = 0;    ///< as last seen on the ledger (0: not revoked)
    /** Found on the ledger after a restore (grants(…, discover)): its terms are known, not its scope,
     *  entries or share code (mode Code stands for "code or passcode"). It can still be revoked. */
    bool discovered = false;
};

/** A grant just issued: the share code to show (QR or text) once. */
struct IssuedGrant
{
    StoredGrant grant;
    QString shareCode;                          ///< carnet-share:v1:… (secret in modes 1 and 2)
    std::vector<crypto::Hash32> transactions;   ///< issue, then each part
    std::uint64_t gasUsed = 0;
};

/** A grant with what a strict majority of the nodes says of it now. */
struct GrantListing
{
    StoredGrant grant;
    std::optional<ledger::GrantState> state; ///< nullopt: can't verify
    std::uint64_t reads = 0;                 ///< access receipts on the ledger
};

/** One access receipt, for the patient's access log (never the values read). */
struct AccessLogEntry
{
    share::GrantId grantId{};
    std::uint32_t grantIndex = 0;
    crypto::Address clinician{};
    QString clinicianName;          ///< registry name by majority ("" when unknown)
    std::uint64_t accessedAt = 0;   ///< block time, Unix seconds
    crypto::Hash32 receiptHash{};
    std::uint64_t block = 0;
};

/** A licensed clinician the patient can name (from the registry). */
struct ClinicianListing
{
    crypto::Address account{};
    QString name;
};

/** The clinician identity of this wallet (m/4411982'/5'/0' and 6'/0'). */
struct ClinicianIdentity
{
    crypto::Address account{};
    QString code;                   ///< carnet-clinician:v1:… for the authority to license, or a patient to scan
    QString registryName;           ///< "" when not registered (or not checked)
    std::optional<bool> licensed;   ///< by majority of the nodes; nullopt when not checked or can't verify
};

/** Notes or prescriptions a clinician wrote back into a patient's record. */
struct WriteBackReport
{
    crypto::Hash32 recordId{};
    std::vector<sync::Published> entries;
};

/** Import files larger than this are refused unread. */
constexpr qint64 kMaxImportBytes = 16 * 1024 * 1024;

class Wallet
{
public:
    // --- The vault: create, restore, unlock, lock, passphrase, recovery phrase, quick unlock --------

    /** A new wallet in `dir` with a new `phrase` (create), or the user's phrase typed back (restore).
     *  Errors as Vault::create. */
    static VaultResult<std::unique_ptr<Wallet>> create(const QString &dir, crypto::SecureBuffer passphrase,
                                                       crypto::SecureBuffer phrase, const crypto::Argon2Params &params);
    /** Unlocks with the passphrase. Errors as Vault::open. */
    static VaultResult<std::unique_ptr<Wallet>> open(const QString &dir, const crypto::SecureBuffer &passphrase);
    /** Quick unlock through the OS keystore: sync and publishing, never the recovery phrase. */
    static VaultResult<std::unique_ptr<Wallet>> openWithKeyStore(const QString &dir, KeyStore &keyStore);
    /** True when `dir` holds a vault (intact or not). */
    static bool exists(const QString &dir);
    /** The throttle's wait before the next passphrase attempt (0: now). */
    static std::chrono::seconds throttleRemaining(const QString &dir);
    /** A new 24-word English recovery phrase. */
    static crypto::SecureBuffer newRecoveryPhrase();

    ~Wallet();
    Wallet(const Wallet &) = delete;
    Wallet &operator=(const Wallet &) = delete;

    QString address() const { return m_vault->address(); }
    QString directory() const { return m_vault->directory(); }
    crypto::Argon2Params params() const { return m_vault->params(); }
    bool isLocked() const { return m_vault->isLocked(); }
    /** For tests: true while any secret or the keyed database is held. */
    bool holdsSecrets() const { return m_vault->holdsSecrets(); }

    /** Wipes the keys, closes the database, releases the file lock. Every later call answers Locked. */
    void lock() noexcept { m_vault->lock(); }
    /** Re-keys the vault (the data key and the records stay). Errors as Vault::changePassphrase. */
    VaultResult<void> changePassphrase(const crypto::SecureBuffer &oldPassphrase, const crypto::SecureBuffer &newPassphrase);
    /** The recovery phrase, after the passphrase, however the wallet was unlocked. */
    VaultResult<crypto::SecureBuffer> recoveryPhrase(const crypto::SecureBuffer &passphrase);
    /** Re-authenticates with the passphrase (throttled like unlock), then keeps the data key in `keyStore`. */
    VaultResult<void> enableQuickUnlock(const crypto::SecureBuffer &passphrase, KeyStore &keyStore);
    VaultResult<void> disableQuickUnlock(KeyStore &keyStore);

    // --- The record: providers, sync, entries, the patient's own entries ---------------------------

    /** Gives provider `label` a new record (its index reserved on the chain and confirmed by a majority
     *  of the nodes, PROTOCOL.md §1) and returns its connect code. */
    ActionResult<ProviderConnection> connectProvider(const QString &label, const NetworkSource &network = {},
                                                     const sync::ReserveOptions &options = {});
    /** The connect code of provider record `index`, already handed out. NoSuchRecord otherwise. */
    ActionResult<ProviderConnection> providerCode(std::uint32_t index);
    /** Every record, and every entry matching `query`. */
    ActionResult<RecordView> read(const sync::EntryQuery &query = {});
    /** The records alone. */
    ActionResult<std::vector<sync::StoredRecord>> records();
    /** Each node's last verdict and the time of the last verified round, without syncing. */
    ActionResult<SyncReport> syncStatus();
    /** One sync round from every node of the network (docs/SYNC.md). A round that ran is a success
     *  even when it stored nothing: `round.ok` and its reports say how it went. Failures are what kept
     *  it from running (locked, no usable network file, the vault's keys). */
    ActionResult<SyncReport> sync(const sync::SyncOptions &options = {}, const NetworkSource &network = {});
    /** Publishes `resources` (each the exact bytes of one FHIR resource) to the patient's own record,
     *  patient-reported, from its key P_n with zero fees; the first time, the self record is reserved. */
    ActionResult<PublishReport> addOwnEntries(const QList<QByteArray> &resources, const NetworkSource &network = {});
    /** Reads a FHIR JSON file (one resource or a Bundle, at most kMaxImportBytes) and publishes its
     *  resources as addOwnEntries. */
    ActionResult<PublishReport> importFile(const QString &path, const NetworkSource &network = {});
    // --- Sharing with a clinician: the patient's side (docs/PROTOCOL.md §8; core/service/walletshare*.cpp)

    /** Exactly what a grant of `request` made now would show the clinician, from the vault (no network). */
    ActionResult<GrantView> previewShare(const ShareRequest &request);
    /** Makes the grant: a fresh sharing key, the key bundle (content keys fetched from the nodes and
     *  checked against the vault's sealed hashes), issue and parts sent with zero fees and confirmed by
     *  a majority; the grant is stored before anything is sent. */
    ActionResult<IssuedGrant> share(const ShareRequest &request, const NetworkSource &network = {});
    /** The wallet's grants with their state and read count by majority of the nodes (state nullopt
     *  for each when the nodes cannot be used: the list still comes from the vault). With `discover`
     *  (after a restore), the grants this phrase made that the vault does not know are found first:
     *  sharing indexes 0, 1, … whose account used nonce 0 (by majority), until 20 unused in a row. */
    ActionResult<std::vector<GrantListing>> grants(const NetworkSource &network = {}, bool discover = false);
    /** Revokes grant `index` after re-authentication with the passphrase, confirmed by majority. */
    ActionResult<crypto::Hash32> revokeGrant(std::uint32_t index, const crypto::SecureBuffer &passphrase,
                                             const NetworkSource &network = {});
    /** The access receipts of every grant of this wallet, by majority, newest first. */
    ActionResult<std::vector<AccessLogEntry>> accessLog(const NetworkSource &network = {});
    /** Clinicians licensed now, by registry name (by majority), for naming one. */
    ActionResult<std::vector<ClinicianListing>> licensedClinicians(const NetworkSource &network = {});

    // --- Clinician mode (docs/PROTOCOL.md §8.7–8.9; core/service/walletclinician.cpp)

    /** This wallet's clinician identity; with `checkLedger`, its registry name and licence by majority. */
    ActionResult<ClinicianIdentity> clinicianIdentity(bool checkLedger = false, const NetworkSource &network = {});
    /** Opens a share code (§8.7): checks the grant by majority, fetches and verifies every entry in it,
     *  leaves an access receipt. Nothing is written to disk; the view lives in memory only. */
    ActionResult<GrantView> openGrant(const QString &shareCode, const crypto::SecureBuffer &passcode,
                                      const NetworkSource &network = {});
    /** Re-checks an open grant (refresh): Grant/GrantRevoked, GrantExpired… when it no longer allows reading. */
    ActionResult<ledger::GrantState> checkGrant(const QString &shareCode, const NetworkSource &network = {});
    /** Writes notes or prescriptions (FHIR DocumentReference / MedicationRequest, exact bytes) into the
     *  grant's write-back record, signed by the clinician's key (§8.8). */
    ActionResult<WriteBackReport> writeBack(const QString &shareCode, const crypto::SecureBuffer &passcode,
                                            const QList<QByteArray> &resources, const NetworkSource &network = {});

    // --- Paid research: the patient's side (docs/PROTOCOL.md §9; core/service/walletresearch*.cpp)

    /** The studies of the network's ResearchMarket whose terms a strict majority of the nodes confirms,
     *  each with this wallet's fit, study account, participation and balance (all derived from the
     *  phrase: a restored wallet finds its joins again). Studies listed but not verifiable are named. */
    ActionResult<StudyList> studies(const NetworkSource &network = {});
    /** Exactly the dataset a join of `studyId` would send now (§9.3–9.4), with `freeText` the patient's
     *  agreement to free text (kept only when the study asks). Reads the study by majority. */
    ActionResult<DatasetPreview> previewStudy(const research::StudyId &studyId, bool freeText,
                                              const NetworkSource &network = {});
    /** Joins after re-authentication (§9.6): the dataset made again must hash to `previewHash`; its
     *  sealed parts and the join are sent from the study account with zero fees, each confirmed by a
     *  strict majority. An interrupted join continues with the parts already on the ledger. */
    ActionResult<JoinReport> joinStudy(const research::StudyId &studyId, const crypto::Hash32 &previewHash, bool freeText,
                                       const crypto::SecureBuffer &passphrase, const NetworkSource &network = {});
    /** Leaves a joined study after re-authentication (§9.7), confirmed by majority. */
    ActionResult<crypto::Hash32> leaveStudy(const research::StudyId &studyId, const crypto::SecureBuffer &passphrase,
                                            const NetworkSource &network = {});
    /** Sends every study account's balance to `to` after re-authentication, one withdrawal each. */
    ActionResult<WithdrawReport> withdrawEarnings(const crypto::Address &to, const crypto::SecureBuffer &passphrase,
                                                  const NetworkSource &network = {});

    // --- FHIR exports (docs/FHIR.md, "Exports"; core/service/walletexport.cpp). From the vault, no network.

    /** A FHIR Bundle (type collection, compact JSON) of exactly the verified entries in `scope` (the
     *  rules of a grant's scope, PROTOCOL.md §8.3), in (record id, sequence) order, each its exact bytes.
     *  Grant/BadScope, Grant/NothingInScope, NotFhir (an entry that is not a resource). */
    ActionResult<QByteArray> exportBundle(const share::GrantScope &scope);
    /** The International Patient Summary (HL7 IPS, Bundle type document) of every verified entry. */
    ActionResult<QByteArray> exportIps();

    // --- SMART Health Links for doctors without the app (docs/SHL.md; core/service/walletlinks*.cpp)

    /** The network file's share host (`shareHost`), or NoHost. */
    ActionResult<QUrl> defaultLinkHost(const NetworkSource &network = {});
    /** Makes a link after re-authentication: the export of `request` (a scoped Bundle, an IPS, or the
     *  emergency card's IPS) sealed under a new key, the link made at the host, its row written to the
     *  vault, then the file sent. Only the host's id and the sealed file leave the wallet. */
    ActionResult<IssuedLink> createLink(const LinkRequest &request, const crypto::SecureBuffer &passphrase);
    /** The wallet's links with their host's state; links this phrase made at `discoverAt` that the
     *  vault does not know (after a restore) are added without their key. */
    ActionResult<std::vector<LinkListing>> links(const QUrl &discoverAt = {});
    /** A link's access log as its host keeps it (only this wallet's owner token can read it). */
    ActionResult<std::vector<LinkAccess>> linkLog(const QString &id);
    /** Revokes after re-authentication: the host answers 404 to the link from then on. */
    ActionResult<void> revokeLink(const QString &id, const crypto::SecureBuffer &passphrase);
    /** The link text again (it holds the key) after re-authentication; KeyUnknown after a restore. */
    ActionResult<IssuedLink> showLink(const QString &id, const crypto::SecureBuffer &passphrase);
    /** A long-term (L) link's file made again from the record now and sent with a fresh IV. */
    ActionResult<StoredLink> updateLink(const QString &id);
    /** Accesses to the emergency cards (not revoked) the patient has not been shown yet (at unlock); with
     *  `markSeen`, they count as shown from now on. A card whose host does not answer is skipped; the
     *  host's failure is returned only when no card has anything to show. */
    ActionResult<std::vector<EmergencyNotice>> emergencyNotices(bool markSeen);

    /** The devnet demo (docs/DEMO.md): providers licensed by `authority`, connected, published, synced. */
    sync::DemoSeedResult seedDemo(const ledger::NetworkConfig &network, const crypto::PrivateKey &authority,
                                  const sync::DemoSeedOptions &options = {});

private:
    explicit Wallet(std::unique_ptr<Vault> vault);
    static VaultResult<std::unique_ptr<Wallet>> wrap(VaultResult<std::unique_ptr<Vault>> opened);
    /** The record store and keyring of the open vault, and the network of `network` when given, or
     *  why not (Locked, Vault, NetworkFile). */
    struct Open;
    ActionResult<Open> openRecords(const NetworkSource *network = nullptr);
    /** Clinician mode: the grant keys, the share code read for `network`, and §8.7 steps 1–2 done in a
     *  new round (walletclinician.cpp). With `passcode`, a mode-2 code without one is PasscodeNeeded. */
    struct ClinicianRound;
    ActionResult<ClinicianRound> clinicianRound(const QString &shareCode, const crypto::SecureBuffer *passcode,
                                                const NetworkSource &network);

    /** Research: the research root, the verified entries and an assessed StudyLedger round
     *  (walletresearch.cpp). */
    struct ResearchStart;
    ActionResult<ResearchStart> startResearch(const NetworkSource &network);

    /** Links: the owner API of `host` with this wallet's token; the stored row of `id`; the export a
     *  link carries (walletlinkfiles.cpp). */
    ActionResult<LinkHost> linkHost(const QUrl &host);
    ActionResult<StoredLink> storedLink(const QString &id);
    struct LinkFile
    {
        QByteArray json;          ///< the FHIR JSON (a Bundle)
        std::uint32_t entries = 0;
    };
    ActionResult<LinkFile> linkFile(LinkKind kind, const share::GrantScope &scope);

    std::unique_ptr<Vault> m_vault;
};

/** Reads a FHIR JSON file into the exact bytes of each resource (a Bundle's entries, or one
 *  resource): FileUnreadable, NotFhir. */
ActionResult<QList<QByteArray>> readFhirFile(const QString &path);

} // namespace carnet::core::service
