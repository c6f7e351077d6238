// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/demo/demorecord.h"

#include "core/demo/demogen.h"

#include <QTimeZone>

#include <algorithm>
#include <cmath>

namespace carnet::core::demo {

const char *const kProviderNames[4] = {
    "Cabinet Dr Léa Moreau — médecine générale",
    "Laboratoire Bio-Santé",
    "Hôpital Saint-Antoine — urgences et cardiologie",
    "Pharmacie du Marché — centre de vaccination",
};

namespace {

int firstAtOrAfter(const std::vector<int> &days, int day)
{
    for (const int d : days)
        if (d >= day)
            return d;
    return days.back();
}

} // namespace

Gen::Gen(const DemoOptions &options) : rng(options.seed)
{
    end = options.endDate.isValid() ? options.endDate : QDateTime::currentDateTimeUtc().date();
    start = end.addYears(-std::max(options.years, 5));
    days = static_cast<int>(start.daysTo(end));
    birth = QDate(1962, 5, 14).addDays(rng.range(0, 3 * 365));
    // Scheduled back from the end so that the record reaches its last day; the first lab panel
    // (day 1–5) comes before the first visit, where its results are discussed.
    for (int day = days - rng.range(2, 12); day >= 8; day -= rng.range(80, 100))
        story.visits.insert(story.visits.begin(), day);
    for (int day = days - rng.range(10, 20); day >= 1; day -= rng.range(90, 170))
        story.panels.insert(story.panels.begin(), day);
    if (story.panels.front() > 60)
        story.panels.insert(story.panels.begin(), rng.range(1, 5));
    else
        story.panels.front() = rng.range(1, 5);
    story.diabetesDx = story.visits[0];
    story.treatmentChange = story.visits[1];
    story.fracture = days * 30 / 100 + rng.range(0, 20);
    story.pneumonia = days * 44 / 100 + rng.range(0, 20);
    story.dpp4Start = firstAtOrAfter(story.visits, days * 55 / 100);
    story.cardioAdmit = days * 63 / 100 + rng.range(0, 20);
    story.anemiaPanel = firstAtOrAfter(story.panels, days * 72 / 100);
    story.colonoscopy = story.anemiaPanel + rng.range(24, 35);
}

std::string Gen::newId(std::string_view prefix)
{
    auto it = std::find_if(m_counters.begin(), m_counters.end(), [&](const auto &c) { return c.first == prefix; });
    if (it == m_counters.end()) {
        m_counters.emplace_back(std::string(prefix), 0);
        it = m_counters.end() - 1;
    }
    const std::string number = std::to_string(++it->second);
    return std::string(prefix) + "-" + std::string(number.size() < 4 ? 4 - number.size() : 0, '0') + number;
}

QDateTime Gen::at(int day, int hour, int minute) const
{
    return QDateTime(start.addDays(day), QTime(hour, minute), QTimeZone::utc());
}

std::string Gen::dateTime(const QDateTime &time)
{
    return time.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ")).toStdString();
}

std::string Gen::date(int day) const { return start.addDays(day).toString(Qt::ISODate).toStdString(); }

int Gen::ageAt(int day) const
{
    const QDate d = start.addDays(day);
    int age = d.year() - birth.year();
    if (d.month() < birth.month() || (d.month() == birth.month() && d.day() < birth.day()))
        --age;
    return age;
}

void Gen::add(int provider, const QDateTime &effective, std::string_view type, const std::string &id, const JObj &json)
{
    DemoItem item;
    item.provider = provider;
    item.effective = effective.toUTC();
    item.resourceType = QString::fromUtf8(type.data(), static_cast<qsizetype>(type.size()));
    item.id = QString::fromStdString(id);
    item.json = QByteArray::fromStdString(json.json());
    items.push_back(std::move(item));
}

JObj Gen::resource(std::string_view type, const std::string &id)
{
    return JObj().str("resourceType", type).str("id", id).obj("meta", demoMeta());
}

JObj Gen::providerRef(int provider)
{
    return reference("Organization/demo-org-" + std::to_string(provider + 1), kProviderNames[provider]);
}

// HbA1c: 7.4 % when diabetes is found, 6.6 % a year on metformin, drifting up to 8.2 % by the
// sitagliptin visit, then back to ~6.9 % within nine months.
double Gen::hba1cAt(int day) const
{
    const int dx = story.diabetesDx, add = story.dpp4Start;
    if (day <= dx + 365)
        return 7.4 - 0.8 * std::max(0, day - dx + 10) / 375.0;
    if (day <= add)
        return 6.6 + 1.6 * (day - dx - 365) / std::max(1.0, double(add - dx - 365));
    return 6.9 + 1.3 * std::max(0.0, 1.0 - (day - add) / 270.0);
}

double Gen::weightAt(int day) const
{
    if (day <= story.diabetesDx + 365)
        return 94.0 - 3.0 * std::max(0, day) / double(story.diabetesDx + 365);
    if (day <= story.dpp4Start)
        return 91.0 + 4.0 * (day - story.diabetesDx - 365) / std::max(1.0, double(story.dpp4Start - story.diabetesDx - 365));
    return 95.0 - 5.5 * std::min(1.0, (day - story.dpp4Start) / 540.0);
}

double Gen::systolicAt(int day) const { return day < story.treatmentChange + 30 ? 152.0 : 134.0; }

double Gen::ldlAt(int day) const { return day < story.treatmentChange + 40 ? 168.0 : 98.0; }

DemoRecord generateDemoRecord(const DemoOptions &options)
{
    Gen gen(options);
    writeFoundation(gen);
    writeLabs(gen);
    writeVisits(gen);
    writeEpisodes(gen);
    writeImmunizations(gen);
    std::stable_sort(gen.items.begin(), gen.items.end(),
                     [](const DemoItem &a, const DemoItem &b) { return a.effective < b.effective; });
    DemoRecord record;
    record.patientName = QStringLiteral("Camille Exemple");
    record.birthDate = gen.birth;
    record.startDate = gen.start;
    record.endDate = gen.end;
    for (const char *name : kProviderNames)
        record.providers.push_back(QString::fromUtf8(name));
    record.items = QList<DemoItem>(gen.items.begin(), gen.items.end());
    return record;
}

QByteArray demoBundle(const DemoRecord &record, int providerIndex)
{
    QByteArray out = R"({"resourceType":"Bundle","id":"demo-bundle-)";
    out += providerIndex < 0 ? QByteArray("all") : QByteArray::number(providerIndex + 1);
    out += R"(","meta":{"tag":[{"system":"http://terminology.hl7.org/CodeSystem/v3-ActReason","code":"HTEST","display":"test health data"}]},"type":"collection","timestamp":")";
    out += QDateTime(record.endDate, QTime(20, 0), QTimeZone::utc()).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ")).toUtf8();
    out += R"(","entry":[)";
    bool first = true;
    for (const DemoItem &item : record.items) {
        if (providerIndex >= 0 && item.provider != providerIndex)
            continue;
        if (!first)
            out += ',';
        first = false;
        out += R"({"resource":)";
        out += item.json;
        out += '}';
    }
    out += "]}";
    return out;
}

} // namespace carnet::core::demo
