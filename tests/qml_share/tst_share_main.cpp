// SPDX-License-Identifier: GPL-3.0-or-later
// Qt Quick Test main for the share pages (tst_share*.qml here): the QML sees `testGrant`, a
// GrantViewModel filled from a core::service::GrantView as the clinician's open would give it — one
// verified lab from "Labo Nord" and one entry refused because its author was not licensed — so the
// pages are drawn from exactly what grantViewData makes of a GrantView.
#include "core/service/grantview.h"
#include "qml/share/grantviewmodel.h"

#include <QCoreApplication>
#include <QLocale>
#include <QQmlContext>
#include <QQmlEngine>
#include <QQuickStyle>
#include <QSettings>
#include <QTemporaryDir>
#include <QtQml/qqmlextensionplugin.h>
#include <QtQuickTest/quicktest.h>

Q_IMPORT_QML_PLUGIN(CarnetPlugin)

namespace {

carnet::core::service::GrantView clinicianView()
{
    using namespace carnet::core;
    service::GrantView view;
    view.grantId.fill(0x11);
    view.mode = share::BundleMode::Code;
    view.expiry = static_cast<std::uint64_t>(QDateTime::currentSecsSinceEpoch() + 3600);
    view.scope.categories = share::categoryBit(fhir::EntryCategory::Lab);
    carnet::crypto::Hash32 record{};
    record.fill(0x22);
    view.records.push_back({record, QStringLiteral("Labo Nord")});
    sync::StoredEntry lab;
    lab.recordId = record;
    lab.sequence = 0;
    lab.state = sync::EntryState::Verified;
    lab.authorName = QStringLiteral("Labo Nord");
    lab.resourceType = QStringLiteral("Observation");
    lab.category = QStringLiteral("lab");
    lab.content = R"({"resourceType":"Observation","id":"g","status":"final","category":[{"coding":[{"system":)"
                  R"("http://terminology.hl7.org/CodeSystem/observation-category","code":"laboratory"}]}],)"
                  R"("code":{"coding":[{"system":"http://loinc.org","code":"2345-7","display":"Glucose"}]},)"
                  R"("effectiveDateTime":"2025-03-10T08:00:00Z","valueQuantity":{"value":92,"unit":"mg/dL"}})";
    view.entries.push_back(lab);
    sync::StoredEntry refused;
    refused.recordId = record;
    refused.sequence = 1;
    refused.state = sync::EntryState::Refused;
    refused.authoredAt = 1'770'000'000;
    refused.reason = sync::message(sync::MessageCode::EntryNotLicensed, std::uint64_t(120));
    view.entries.push_back(refused);
    view.targetBlock = 140;
    view.receiptTx.fill(0x33);
    return view;
}

} // namespace

class Setup : public QObject
{
    Q_OBJECT

public Q_SLOTS:
    void applicationAvailable()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("CarnetTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_qml_share"));
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_home.filePath(QStringLiteral("settings")));
        qputenv("CARNET_THEME", QByteArray());
        qputenv("CARNET_LANG", QByteArray());
        QQuickStyle::setStyle(QStringLiteral("Material"));
        m_grant.setData(carnet::qml::grantViewData(clinicianView(), false, QLocale()));
    }
    void qmlEngineAvailable(QQmlEngine *engine)
    {
        engine->addImportPath(QStringLiteral("qrc:/qt/qml"));
        engine->rootContext()->setContextProperty(QStringLiteral("testGrant"), &m_grant);
    }

private:
    QTemporaryDir m_home;
    carnet::qml::GrantViewModel m_grant;
};

QUICK_TEST_MAIN_WITH_SETUP(carnet_qml_share, Setup)

#include "tst_share_main.moc"
