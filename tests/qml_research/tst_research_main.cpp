// SPDX-License-Identifier: GPL-3.0-or-later
// Qt Quick Test main for the Research pages (tst_research*.qml here): the QML sees `testResearch`, a
// ResearchViewModel filled with two studies as Wallet::studies would list them — "HbA1c over time",
// which the record satisfies and which asks for free text, and "Lipids", which needs a LOINC code the
// record lacks (its researcher's licence can't be verified) — and a preview of the first with two
// resources, so the pages are drawn from exactly what ResearchRows makes of the service's answers.
#include "qml/research/researchviewmodel.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QQmlContext>
#include <QQmlEngine>
#include <QQuickStyle>
#include <QSettings>
#include <QTemporaryDir>
#include <QtQml/qqmlextensionplugin.h>
#include <QtQuickTest/quicktest.h>

Q_IMPORT_QML_PLUGIN(CarnetPlugin)

namespace {

using namespace carnet::core;

service::StudyListing listing(const QString &title, const QString &code, bool satisfied)
{
    service::StudyListing s;
    s.studyId.fill(satisfied ? 0x11 : 0x22);
    s.terms.title = title;
    s.terms.purpose = QStringLiteral("How glycaemic control changes over the years, in people living with type 2 "
                                     "diabetes, and what treatments go with the changes.");
    s.terms.data.loinc = {code};
    s.terms.data.require = {code};
    s.terms.data.demographics = true;
    s.terms.data.freeText = satisfied;
    s.terms.price = ledger::U256(1'000'000'000'000'000ULL);
    s.terms.places = 20;
    s.terms.deadline = static_cast<std::uint64_t>(QDateTime::currentSecsSinceEpoch() + 30 * 86400);
    s.record.places = 20;
    s.record.joined = 17;
    s.researcherName = QStringLiteral("Institut Diabète");
    s.researcherLicensed = satisfied ? std::optional(true) : std::nullopt;
    s.open = true;
    s.fit = satisfied ? service::StudyFit::Satisfiable : service::StudyFit::MissingRequired;
    if (!satisfied)
        s.missingCodes = {code};
    s.selected = satisfied ? 2 : 0;
    s.balance = ledger::U256(0);
    return s;
}

service::DatasetPreview preview(const service::StudyListing &study)
{
    service::DatasetPreview p;
    p.study = study;
    p.dataset = R"({"carnetDataset":1,"chainId":31337,"resources":2}
{"resourceType":"Observation","id":"6f1c","code":{"coding":[{"code":"4548-4"}]},"valueQuantity":{"value":6.40}}
{"resourceType":"Patient","id":"9a0e","gender":"female","birthDate":"1961"}
)";
    p.datasetHash.fill(0xab);
    p.resources.push_back({QStringLiteral("Observation"), QStringLiteral("6f1c"),
                           {{QStringLiteral("code.coding[0].code"), QStringLiteral("\"4548-4\"")},
                            {QStringLiteral("valueQuantity.value"), QStringLiteral("6.40")}},
                           {QStringLiteral("Observation.subject.display")}});
    p.resources.push_back({QStringLiteral("Patient"), QStringLiteral("9a0e"),
                           {{QStringLiteral("gender"), QStringLiteral("\"female\"")}, {QStringLiteral("birthDate"), QStringLiteral("\"1961\"")}},
                           {QStringLiteral("Patient.name"), QStringLiteral("Patient.address.line")}});
    p.parts = 1;
    return p;
}

} // namespace

class Setup : public QObject
{
    Q_OBJECT

public Q_SLOTS:
    void applicationAvailable()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("CarnetTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_qml_research"));
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_home.filePath(QStringLiteral("settings")));
        qputenv("CARNET_THEME", QByteArray());
        qputenv("CARNET_LANG", QByteArray());
        QQuickStyle::setStyle(QStringLiteral("Material"));
        std::vector<service::StudyListing> studies{listing(QStringLiteral("HbA1c over time"), QStringLiteral("4548-4"), true),
                                                   listing(QStringLiteral("Lipids"), QStringLiteral("2093-3"), false)};
        const service::DatasetPreview shown = preview(studies.front());
        m_vm.setListings(std::move(studies), {{{}, service::ResearchProblem::TermsMismatch}});
        m_vm.setPreview(0, shown);
    }
    void qmlEngineAvailable(QQmlEngine *engine)
    {
        engine->addImportPath(QStringLiteral("qrc:/qt/qml"));
        engine->rootContext()->setContextProperty(QStringLiteral("testResearch"), &m_vm);
    }

private:
    QTemporaryDir m_home;
    carnet::qml::ResearchViewModel m_vm{static_cast<carnet::qml::WalletSession *>(nullptr)};
};

QUICK_TEST_MAIN_WITH_SETUP(carnet_qml_research, Setup)

#include "tst_research_main.moc"
