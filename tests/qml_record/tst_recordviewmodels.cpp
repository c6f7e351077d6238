// SPDX-License-Identifier: GPL-3.0-or-later
// The record view models over a real vault filled through RecordStore::appendEntries (the synthetic
// demo record, recordfixture.h): timeline grouping and order, refused and patient-reported rows,
// category filters and search, French formatting, the entry page's detail and provenance, trends and
// series, and 10,000 rows read on the vault's worker while the UI thread keeps turning.
#include "recordfixture.h"
#include "qml/record/entryviewmodel.h"
#include "qml/record/fhirfieldlabels.h"
#include "qml/record/timelinemodel.h"
#include "qml/record/trendviewmodel.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace carnet::qml;
using namespace carnet::qml::test;

namespace {
constexpr int kWait = 60000;

QVariant roleOf(const TimelineModel &model, int row, TimelineModel::Role role)
{
    return model.data(model.index(row), role);
}

int findRow(const TimelineModel &model, const std::function<bool(int)> &pred)
{
    for (int i = 0; i < model.count(); ++i) {
        if (pred(i))
            return i;
    }
    return -1;
}

QString selfRecordId()
{
    const auto h = hashOf(9, 9);
    return QString::fromStdString(carnet::crypto::toHex(carnet::crypto::ByteView(h.data(), h.size())));
}
} // namespace

class TestRecordViewModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        isolateSettings(m_settings);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        m_fixture.start();
        m_filled = makeFilledVault(m_fixture);
        QVERIFY(m_filled.entries > 500);
        unlock();
    }

    void timelineGroupsByDayNewestFirst()
    {
        TimelineModel model;
        model.reload();
        QTRY_VERIFY_WITH_TIMEOUT(model.loaded(), kWait);
        QCOMPARE(model.totalCount(), m_filled.entries);
        QCOMPARE(model.count(), m_filled.entries);
        // Days come in one block each, newest first.
        QSet<QString> seen;
        QString previous;
        QDateTime previousTime;
        for (int i = 0; i < model.count(); ++i) {
            const QString section = roleOf(model, i, TimelineModel::SectionRole).toString();
            if (section != previous) {
                QVERIFY2(!seen.contains(section), qPrintable(section));
                seen.insert(section);
                previous = section;
            }
        }
        QVERIFY(seen.size() > 50);
        // The newest entry is the patient's own weight of 23 November 2026 at 08:00.
        const int self = findRow(model, [&](int i) { return roleOf(model, i, TimelineModel::PatientReportedRole).toBool(); });
        QVERIFY(self >= 0);
        QCOMPARE(roleOf(model, self, TimelineModel::SectionRole).toString(), QStringLiteral("23 November 2026"));
        QCOMPARE(roleOf(model, self, TimelineModel::ValueLineRole).toString(), QStringLiteral("72.50 kg"));
        QCOMPARE(roleOf(model, self, TimelineModel::ProviderRole).toString(), QString());
        QCOMPARE(roleOf(model, self, TimelineModel::CategoryRole).toString(), QStringLiteral("vital"));
    }

    void refusedEntryIsShownAsRefused()
    {
        TimelineModel model;
        model.reload();
        QTRY_VERIFY_WITH_TIMEOUT(model.loaded(), kWait);
        const int refused = findRow(model, [&](int i) { return roleOf(model, i, TimelineModel::RefusedRole).toBool(); });
        QVERIFY(refused >= 0);
        QCOMPARE(roleOf(model, refused, TimelineModel::ReasonRole).toString(),
                 QStringLiteral("its author was not licensed at block 999"));
        QCOMPARE(roleOf(model, refused, TimelineModel::TitleRole).toString(), QString());
        QCOMPARE(roleOf(model, refused, TimelineModel::CategoryRole).toString(), QString());
        QCOMPARE(roleOf(model, refused, TimelineModel::SectionRole).toString(), QStringLiteral("22 November 2026"));
    }

    void categoryChipsFilter()
    {
        TimelineModel model;
        model.reload();
        QTRY_VERIFY_WITH_TIMEOUT(model.loaded(), kWait);
        for (const char *key : {"lab", "vital", "condition", "medication", "immunization", "note", "encounter"})
            QVERIFY2(model.presentCategories().contains(QLatin1String(key)), key);
        QSignalSpy counted(&model, &TimelineModel::countChanged);
        model.toggleCategory(QStringLiteral("lab"));
        QCOMPARE(counted.count(), 1);
        const int labs = model.count();
        QVERIFY(labs > 0 && labs < model.totalCount());
        for (int i = 0; i < model.count(); ++i)
            QCOMPARE(roleOf(model, i, TimelineModel::CategoryRole).toString(), QStringLiteral("lab"));
        model.toggleCategory(QStringLiteral("note"));
        QVERIFY(model.count() > labs);
        for (int i = 0; i < model.count(); ++i) {
            const QString c = roleOf(model, i, TimelineModel::CategoryRole).toString();
            QVERIFY(c == QLatin1String("lab") || c == QLatin1String("note"));
        }
        model.toggleCategory(QStringLiteral("lab"));
        model.toggleCategory(QStringLiteral("note"));
        QCOMPARE(model.categories(), QStringList());
        QCOMPARE(model.count(), model.totalCount());
    }

    void searchMatchesTitleAndProvider()
    {
        TimelineModel model;
        model.reload();
        QTRY_VERIFY_WITH_TIMEOUT(model.loaded(), kWait);
        const QString provider = roleOf(model, 0, TimelineModel::ProviderRole).toString().isEmpty()
                                     ? roleOf(model, 1, TimelineModel::ProviderRole).toString()
                                     : roleOf(model, 0, TimelineModel::ProviderRole).toString();
        QVERIFY(!provider.isEmpty());
        model.setSearchText(provider.toUpper());
        QVERIFY(model.count() > 0 && model.count() < model.totalCount());
        for (int i = 0; i < model.count(); ++i)
            QCOMPARE(roleOf(model, i, TimelineModel::ProviderRole).toString(), provider);
        model.setSearchText(QStringLiteral("body weight"));
        QVERIFY(model.count() >= 1); // at least the patient's own
        for (int i = 0; i < model.count(); ++i)
            QVERIFY(roleOf(model, i, TimelineModel::TitleRole).toString().contains(QStringLiteral("weight"), Qt::CaseInsensitive));
        model.setSearchText(QStringLiteral("no such thing in this record"));
        QCOMPARE(model.count(), 0);
        model.setSearchText(QString());
        QCOMPARE(model.count(), model.totalCount());
    }

    void frenchFormatting()
    {
        QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
        TimelineModel model;
        model.reload();
        QTRY_VERIFY_WITH_TIMEOUT(model.loaded(), kWait);
        const int self = findRow(model, [&](int i) { return roleOf(model, i, TimelineModel::PatientReportedRole).toBool(); });
        QCOMPARE(roleOf(model, self, TimelineModel::ValueLineRole).toString(), QStringLiteral("72,50 kg"));
        QCOMPARE(roleOf(model, self, TimelineModel::SectionRole).toString(), QStringLiteral("23 novembre 2026"));
        QVERIFY(roleOf(model, self, TimelineModel::DateTextRole).toString().startsWith(QStringLiteral("23/11/2026")));

        EntryViewModel entry;
        entry.setRecordId(selfRecordId());
        entry.setSequence(0);
        entry.load();
        QTRY_VERIFY_WITH_TIMEOUT(entry.found(), kWait);
        bool sawValue = false;
        for (const auto &f : entry.fields())
            sawValue = sawValue || f.toMap().value(QStringLiteral("value")).toString() == QStringLiteral("72,50 kg");
        QVERIFY(sawValue);
        QVERIFY(entry.patientReported());
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    }

    void abnormalLabEntryDetailAndProvenance()
    {
        TimelineModel model;
        model.setCategories({QStringLiteral("lab")});
        model.reload();
        QTRY_VERIFY_WITH_TIMEOUT(model.loaded(), kWait);
        const int row = findRow(model, [&](int i) { return roleOf(model, i, TimelineModel::AbnormalRole).toBool(); });
        QVERIFY(row >= 0);
        EntryViewModel entry;
        entry.setRecordId(roleOf(model, row, TimelineModel::RecordIdRole).toString());
        entry.setSequence(roleOf(model, row, TimelineModel::SequenceRole).toLongLong());
        entry.load();
        QVERIFY(entry.loading());
        QTRY_VERIFY_WITH_TIMEOUT(entry.found(), kWait);
        QVERIFY(!entry.refused());
        QVERIFY(entry.abnormal());
        QCOMPARE(entry.title(), roleOf(model, row, TimelineModel::TitleRole).toString());
        bool abnormalField = false;
        for (const auto &f : entry.fields())
            abnormalField = abnormalField || f.toMap().value(QStringLiteral("abnormal")).toBool();
        QVERIFY(abnormalField);
        QCOMPARE(entry.authorName(), roleOf(model, row, TimelineModel::ProviderRole).toString());
        QVERIFY(entry.authorAddress().startsWith(QStringLiteral("0x")));
        QCOMPARE(entry.authorAddress().size(), 42);
        QVERIFY(!entry.recordLabel().isEmpty());
        QVERIFY(entry.sealedHashShort().startsWith(QStringLiteral("0x")));
        QVERIFY(entry.sealedHashShort().size() < entry.sealedHash().size());
        QCOMPARE(entry.blockNumber(), QLocale().toString(100 + entry.sequence()));
        QCOMPARE(entry.verifiedAtText(), QLocale().toString(QDateTime::fromSecsSinceEpoch(1'795'000'000).date(), QLocale::ShortFormat));
        QVERIFY(entry.rawJson().contains(QStringLiteral("\"resourceType\": \"Observation\"")));
        QVERIFY(!entry.seriesKeys().isEmpty());
    }

    void clinicalNoteHasText()
    {
        TimelineModel model;
        model.setCategories({QStringLiteral("note")});
        model.reload();
        QTRY_VERIFY_WITH_TIMEOUT(model.loaded(), kWait);
        QVERIFY(model.count() > 0);
        EntryViewModel entry;
        entry.setRecordId(roleOf(model, 0, TimelineModel::RecordIdRole).toString());
        entry.setSequence(roleOf(model, 0, TimelineModel::SequenceRole).toLongLong());
        entry.load();
        QTRY_VERIFY_WITH_TIMEOUT(entry.found(), kWait);
        QVERIFY(entry.noteText().size() > 40);
        QVERIFY(entry.seriesKeys().isEmpty());
    }

    void trendsAndBloodPressureSeries()
    {
        TrendsViewModel trends;
        trends.load();
        QTRY_VERIFY_WITH_TIMEOUT(trends.loaded(), kWait);
        QVERIFY(trends.trends().size() >= 3);
        QStringList bp;
        for (const auto &t : trends.trends()) {
            const auto map = t.toMap();
            QVERIFY(map.value(QStringLiteral("count")).toInt() >= 2);
            if (map.value(QStringLiteral("keys")).toStringList().size() == 2)
                bp = map.value(QStringLiteral("keys")).toStringList();
        }
        QCOMPARE(bp.size(), 2);
        TrendViewModel trend;
        trend.setKeys(bp);
        trend.load();
        QTRY_VERIFY_WITH_TIMEOUT(trend.loaded(), kWait);
        QCOMPARE(trend.series().size(), 2);
        for (const auto &s : trend.series()) {
            const auto points = s.toMap().value(QStringLiteral("points")).toList();
            QVERIFY(points.size() >= 2);
            for (int i = 1; i < points.size(); ++i)
                QVERIFY(points.at(i - 1).toMap().value(QStringLiteral("t")).toLongLong()
                        <= points.at(i).toMap().value(QStringLiteral("t")).toLongLong());
            QCOMPARE(s.toMap().value(QStringLiteral("unit")).toString(), QStringLiteral("mmHg"));
        }
        QVERIFY(trend.pointText(0, 0).contains(QStringLiteral("mmHg on ")));
    }

    // Every field label of core/fhir is listed for lupdate (qml/record/fhirfieldlabels.h).
    void fieldLabelsAreListedForTranslation()
    {
        QSet<QString> listed;
        for (const char *label : record::kFhirFieldLabels)
            listed.insert(QString::fromUtf8(label));
        const QDir dir(QStringLiteral(CARNET_SOURCE_DIR "/core/fhir"));
        const QRegularExpression noop(QString::fromLatin1("QT_TRANSLATE_NOOP\\(\"FhirField\", \"([^\"]*)\"\\)"));
        int found = 0;
        for (const QString &name : dir.entryList({QStringLiteral("*.cpp"), QStringLiteral("*.h")})) {
            QFile file(dir.filePath(name));
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QString text = QString::fromUtf8(file.readAll());
            for (auto it = noop.globalMatch(text); it.hasNext();) {
                const QString label = it.next().captured(1);
                ++found;
                QVERIFY2(listed.contains(label), qPrintable(label));
            }
        }
        QVERIFY(found > 30);
    }

    // Last: replaces the vault with 10,000+ entries.
    void tenThousandRowsLoadOnTheWorker()
    {
        m_fixture.session->lockNow();
        QTRY_VERIFY_WITH_TIMEOUT(QDir(m_fixture.vaultDir()).removeRecursively(), kWait);
        const auto filled = makeFilledVault(m_fixture, 19);
        QVERIFY(filled.entries >= 10000);
        unlock();
        TimelineModel model;
        int ticks = 0;
        QTimer ticker;
        connect(&ticker, &QTimer::timeout, this, [&] { ++ticks; });
        ticker.start(1);
        model.reload();
        // reload() returned without reading: the rows come later, from the worker (withWallet).
        QVERIFY(model.loading());
        QCOMPARE(model.totalCount(), 0);
        QTRY_VERIFY_WITH_TIMEOUT(model.loaded(), kWait);
        QVERIFY(ticks > 0); // the UI thread's event loop turned while the worker read
        QCOMPARE(model.totalCount(), filled.entries);
        model.setSearchText(QStringLiteral("weight"));
        QVERIFY(model.count() > 0);
        const int weights = model.count();
        model.setCategories({QStringLiteral("vital")});
        QCOMPARE(model.count(), weights);
        model.setCategories({QStringLiteral("note")});
        QCOMPARE(model.count(), 0);
    }

    void cleanupTestCase()
    {
        WalletSession::publish(nullptr);
        m_fixture.session.reset();
    }

private:
    void unlock()
    {
        bool done = false;
        m_fixture.session->unlock(bufferOf(kGoodPassphrase), this, [&done](VaultOutcome &) { done = true; });
        QTRY_VERIFY_WITH_TIMEOUT(done, kWait);
        QCOMPARE(m_fixture.session->state(), WalletSession::Unlocked);
    }

    QTemporaryDir m_settings;
    SessionFixture m_fixture;
    FilledRecord m_filled;
};

QTEST_MAIN(TestRecordViewModels)
#include "tst_recordviewmodels.moc"
