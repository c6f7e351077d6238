// SPDX-License-Identifier: GPL-3.0-or-later
// The International Patient Summary of the wallet's entries (HL7 IPS; docs/FHIR.md, "The patient
// summary"): Bundle type document, the Composition first, then the Patient, the Device that
// assembled it, and each section's entries (their exact bytes) in section order.
#include "core/fhir/export.h"

#include "core/fhir/export_p.h"
#include "core/fhir/json.h"
#include "core/fhir/views.h"

#include <algorithm>
#include <array>

namespace carnet::core::fhir {

using exportjson::codeableOf;
using exportjson::JsonWriter;
using exportjson::jsonString;
using exportjson::referenceTo;

namespace {

const QString kLoincSystem = QStringLiteral("http://loinc.org");

struct SectionDef
{
    const char *code;    ///< LOINC
    const char *display; ///< LOINC display
    const char *title;
    bool required;       ///< one of the IPS's three required sections
};

enum Section { Problems, Allergies, Medications, Immunizations, Results, Procedures, VitalSigns, PastIllness, SectionCount };

constexpr std::array<SectionDef, SectionCount> kSections{{
    {"11450-4", "Problem list - Reported", "Active Problems", true},
    {"48765-2", "Allergies and adverse reactions Document", "Allergies and Intolerances", true},
    {"10160-0", "History of Medication use Narrative", "Medication Summary", true},
    {"11369-6", "History of Immunization note", "Immunizations", false},
    {"30954-2", "Relevant diagnostic tests/laboratory data Narrative", "Results", false},
    {"47519-4", "History of Procedures Document", "History of Procedures", false},
    {"8716-3", "Vital signs", "Vital Signs", false},
    {"11348-0", "History of Past illness Narrative", "History of Past Illness", false},
}};

struct Item
{
    ExportEntry entry;
    EntrySummary summary;
    int section = -1; ///< -1: not in the summary
};

/** The section of one resource, or -1. */
int sectionOf(const JsonValue &resource, const EntrySummary &summary)
{
    const QString type = resource["resourceType"].toString();
    if (type == QLatin1String("Condition")) {
        const QString status = readCondition(resource).clinicalStatus.codings.value(0).code;
        const bool past = status == QLatin1String("inactive") || status == QLatin1String("remission") || status == QLatin1String("resolved");
        return past ? PastIllness : Problems;
    }
    if (type == QLatin1String("AllergyIntolerance"))
        return Allergies;
    if (type.startsWith(QLatin1String("Medication")) && summary.category == EntryCategory::Medication) {
        // The summary lists what the patient takes: a statement or order that is over, was never
        // taken or was entered in error is history, not the Medication Summary.
        static const QStringList over{QStringLiteral("completed"), QStringLiteral("stopped"), QStringLiteral("cancelled"),
                                      QStringLiteral("entered-in-error"), QStringLiteral("not-taken"), QStringLiteral("declined")};
        return over.contains(resource["status"].toString()) ? -1 : Medications;
    }
    if (type == QLatin1String("Immunization"))
        return Immunizations;
    if (type == QLatin1String("DiagnosticReport") || (type == QLatin1String("Observation") && summary.category == EntryCategory::Lab))
        return Results;
    if (type == QLatin1String("Procedure"))
        return Procedures;
    if (type == QLatin1String("Observation") && summary.category == EntryCategory::Vital)
        return VitalSigns;
    return -1;
}

QString xmlEscaped(const QString &text)
{
    QString out = text.toHtmlEscaped();
    return out;
}

/** The date as written, ISO 8601 at its precision ("2019", "2019-03", "2019-03-14"); "" when none. */
QString isoDay(const FhirDateTime &when)
{
    switch (when.precision) {
    case FhirDateTime::Precision::None:
        return {};
    case FhirDateTime::Precision::Year:
        return when.date.toString(QStringLiteral("yyyy"));
    case FhirDateTime::Precision::Month:
        return when.date.toString(QStringLiteral("yyyy-MM"));
    default:
        return when.date.toString(Qt::ISODate);
    }
}

QByteArray narrative(const QString &xhtmlBody)
{
    return JsonWriter()
        .str("status", QStringLiteral("generated"))
        .str("div", QStringLiteral("<div xmlns=\"http://www.w3.org/1999/xhtml\">") + xhtmlBody + QStringLiteral("</div>"))
        .json();
}

/** One list item of a section's narrative: "title: value (status, date)". */
QString narrativeLine(const EntrySummary &s)
{
    QString line = QStringLiteral("<li>") + xmlEscaped(s.title);
    if (!s.valueLine.isEmpty())
        line += QStringLiteral(": ") + xmlEscaped(s.valueLine);
    QStringList notes;
    if (!s.status.isEmpty())
        notes << xmlEscaped(s.status);
    if (const QString day = isoDay(s.effective); !day.isEmpty())
        notes << day;
    if (s.abnormal)
        notes << QStringLiteral("abnormal");
    if (!notes.isEmpty())
        line += QStringLiteral(" (") + notes.join(QStringLiteral(", ")) + QLatin1Char(')');
    return line + QStringLiteral("</li>");
}

QByteArray section(const SectionDef &def, const QList<const Item *> &items, const QStringList &refs)
{
    JsonWriter s;
    s.str("title", QString::fromLatin1(def.title))
        .obj("code", codeableOf(kLoincSystem, QString::fromLatin1(def.code), QString::fromLatin1(def.display)));
    if (items.isEmpty()) {
        s.raw("text", narrative(QStringLiteral("No information available in this wallet.")));
        JsonWriter reason = codeableOf(QStringLiteral("http://terminology.hl7.org/CodeSystem/list-empty-reason"),
                                    QStringLiteral("unavailable"), QStringLiteral("Unavailable"));
        reason.str("text", QStringLiteral("No information available"));
        s.obj("emptyReason", reason);
        return s.json();
    }
    QString list = QStringLiteral("<ul>");
    for (const Item *item : items)
        list += narrativeLine(item->summary);
    s.raw("text", narrative(list + QStringLiteral("</ul>")));
    QList<QByteArray> entries;
    for (const QString &ref : refs)
        entries.push_back(referenceTo(ref).json());
    s.arr("entry", entries);
    return s.json();
}

QByteArray carnetDevice()
{
    const JsonWriter name = JsonWriter().str("name", QStringLiteral("Carnet")).str("type", QStringLiteral("user-friendly-name"));
    return JsonWriter()
        .str("resourceType", QStringLiteral("Device"))
        .str("id", QStringLiteral("carnet"))
        .arr("deviceName", {name.json()})
        .json();
}

QByteArray placeholderPatient()
{
    // No Patient entry in the record: an empty Patient, so that subject resolves (docs/FHIR.md).
    return JsonWriter().str("resourceType", QStringLiteral("Patient")).str("id", QStringLiteral("carnet-patient")).json();
}

} // namespace

FhirResult<QByteArray> patientSummary(const QList<ExportEntry> &entries, const ExportStamp &stamp)
{
    const QLocale english(QLocale::English, QLocale::UnitedKingdom);
    std::vector<Item> items;
    int patient = -1;
    for (const ExportEntry &e : entries) {
        auto resource = parseResource(e.content);
        if (!resource)
            return fail(resource.error());
        auto summary = summarize(e.content, english);
        if (!summary)
            return fail(summary.error());
        Item item{e, *summary, sectionOf(*resource, *summary)};
        if ((*resource)["resourceType"].toString() == QLatin1String("Patient"))
            patient = static_cast<int>(items.size()); // the last Patient given
        items.push_back(std::move(item));
    }
    std::array<QList<const Item *>, SectionCount> bySection;
    for (const Item &item : items)
        if (item.section >= 0)
            bySection[static_cast<std::size_t>(item.section)].push_back(&item);
    for (auto &list : bySection)
        std::stable_sort(list.begin(), list.end(), [](const Item *a, const Item *b) {
            return a->summary.effective.toDateTime() > b->summary.effective.toDateTime();
        });

    // The entries after the Composition and the Device: the Patient, then each section's.
    QList<ExportEntry> included;
    if (patient >= 0)
        included.push_back(items[static_cast<std::size_t>(patient)].entry);
    else
        included.push_back(ExportEntry{placeholderPatient(), QStringLiteral("carnet/placeholder-patient")});
    for (const auto &list : bySection)
        for (const Item *item : list)
            included.push_back(item->entry);
    included.push_back(ExportEntry{carnetDevice(), QStringLiteral("carnet/device")});
    auto urls = exportFullUrls(included);
    if (!urls)
        return fail(urls.error());
    const QString patientUrl = urls->first();
    const QString deviceUrl = urls->last();

    QList<QByteArray> sections;
    qsizetype next = 1;
    for (std::size_t i = 0; i < kSections.size(); ++i) {
        const auto &list = bySection[i];
        if (list.isEmpty() && !kSections[i].required)
            continue;
        sections.push_back(section(kSections[i], list, urls->mid(next, list.size())));
        next += list.size();
    }

    const QString when = stamp.timestamp.toUTC().toString(Qt::ISODate);
    const QString compositionId = exportjson::derivedUuid("carnet/export-composition/v1", stamp.uuid);
    const QString title = QStringLiteral("Patient Summary as of ") + when.left(10);
    QString subjectName;
    if (patient >= 0)
        subjectName = items[static_cast<std::size_t>(patient)].summary.title;
    const QString compositionText = QStringLiteral("<p>") + xmlEscaped(title) +
        (subjectName.isEmpty() ? QString() : QStringLiteral(" for ") + xmlEscaped(subjectName)) +
        QStringLiteral(", assembled by Carnet from the patient's wallet.</p>");
    const QByteArray composition = JsonWriter()
        .str("resourceType", QStringLiteral("Composition"))
        .str("id", compositionId)
        .raw("text", narrative(compositionText))
        .str("status", QStringLiteral("final"))
        .obj("type", codeableOf(kLoincSystem, QStringLiteral("60591-5"), QStringLiteral("Patient summary Document")))
        .obj("subject", referenceTo(patientUrl))
        .str("date", when)
        .arr("author", {referenceTo(deviceUrl).json()})
        .str("title", title)
        .str("confidentiality", QStringLiteral("N"))
        .arr("section", sections)
        .json();

    QStringList fullUrls{QLatin1String(kExportBase) + QStringLiteral("Composition/") + compositionId};
    QList<QByteArray> resources{composition};
    for (qsizetype i = 0; i < included.size(); ++i) {
        fullUrls.push_back(urls->at(i));
        resources.push_back(included.at(i).content.trimmed());
    }
    // The Device goes right after the Patient, before the sections' entries.
    fullUrls.move(fullUrls.size() - 1, 2);
    resources.move(resources.size() - 1, 2);
    return exportjson::bundleOf("document", stamp.uuid, when, fullUrls, resources);
}

} // namespace carnet::core::fhir
