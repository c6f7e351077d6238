// SPDX-License-Identifier: GPL-3.0-or-later
#include "researchrows.h"

#include "core/fhir/entry.h"
#include "core/share/grantscope.h"
#include "crypto/bytes.h"

#include <QDateTime>
#include <QLocale>

namespace carnet::qml {

using namespace core;

namespace {

QString hexOf(const crypto::Hash32 &h)
{
    return QStringLiteral("0x") + QString::fromStdString(crypto::toHex(crypto::ByteView(h.data(), h.size())));
}

} // namespace

QString ResearchRows::ethText(const ledger::U256 &wei)
{
    QString digits = QString::fromStdString(wei.toDecimal());
    if (digits.size() < 19)
        digits = QString(19 - digits.size(), QLatin1Char('0')) + digits;
    const QString whole = digits.left(digits.size() - 18);
    QString fraction = digits.right(18);
    while (fraction.endsWith(QLatin1Char('0')))
        fraction.chop(1);
    const QLocale locale;
    bool fits = false;
    const qulonglong w = whole.toULongLong(&fits);
    QString text = fits ? locale.toString(w) : whole;
    if (!fraction.isEmpty())
        text += locale.decimalPoint() + fraction;
    return tr("%1 ETH").arg(text);
}

QString ResearchRows::weiText(const ledger::U256 &wei)
{
    return tr("%1 wei").arg(QString::fromStdString(wei.toDecimal()));
}

QString ResearchRows::dayText(const QDate &day)
{
    return day.isValid() ? QLocale().toString(day, QStringLiteral("d MMMM yyyy")) : QString();
}

QVariantMap ResearchRows::study(const service::StudyListing &s, int index)
{
    const research::DataRequest &data = s.terms.data;
    QStringList categories;
    for (int i = 0; i <= static_cast<int>(fhir::EntryCategory::Other); ++i)
        if (data.categories & share::categoryBit(static_cast<fhir::EntryCategory>(i)))
            categories.append(QLatin1String(fhir::categoryKey(static_cast<fhir::EntryCategory>(i))));
    QStringList codes;
    for (const QString &code : data.loinc)
        codes << (data.require.contains(code) ? tr("%1 (required)").arg(code) : code);
    QString dates;
    if (data.from.isValid() && data.to.isValid())
        dates = tr("from %1 to %2").arg(dayText(data.from), dayText(data.to));
    else if (data.from.isValid())
        dates = tr("from %1").arg(dayText(data.from));
    else if (data.to.isValid())
        dates = tr("until %1").arg(dayText(data.to));
    else
        dates = tr("any date");

    const bool full = s.record.joined >= s.record.places;
    const int left = static_cast<int>(s.record.places - std::min(s.record.joined, s.record.places));
    const QString licensed = !s.researcherLicensed ? QStringLiteral("unknown")
                           : *s.researcherLicensed ? QStringLiteral("yes") : QStringLiteral("no");
    const QString licenceWords = licensed == QLatin1String("yes") ? tr("licensed researcher")
                               : licensed == QLatin1String("no")  ? tr("not licensed")
                                                                  : tr("can't verify the licence now");
    QString fit, fitText;
    switch (s.fit) {
    case service::StudyFit::Satisfiable:
        fit = QStringLiteral("satisfiable");
        fitText = tr("Your record has what this study asks for.");
        break;
    case service::StudyFit::NothingSelected:
        fit = QStringLiteral("nothing");
        fitText = tr("Your record doesn't have what this study asks for.");
        break;
    case service::StudyFit::MissingRequired:
        fit = QStringLiteral("missing");
        fitText = tr("Your record doesn't have what this study asks for (it needs LOINC %1).")
                      .arg(QLocale().createSeparatedList(s.missingCodes));
        break;
    }
    QString state = QStringLiteral("none"), stateText;
    if (s.participant.state == ledger::ParticipantState::Joined) {
        state = QStringLiteral("joined");
        stateText = tr("Joined");
    } else if (s.participant.state == ledger::ParticipantState::Left) {
        state = QStringLiteral("left");
        stateText = tr("Left");
    } else if (s.participant.delivering()) {
        state = QStringLiteral("delivering");
        stateText = tr("Joining was interrupted: join again to send the rest.");
    }
    const bool openToYou = s.open && s.fit == service::StudyFit::Satisfiable;
    const bool hasEarnings = s.balance && !s.balance->isZero();

    QVariantMap row;
    row.insert(QStringLiteral("index"), index);
    row.insert(QStringLiteral("studyId"), hexOf(s.studyId));
    row.insert(QStringLiteral("title"), s.terms.title);
    row.insert(QStringLiteral("purpose"), s.terms.purpose);
    row.insert(QStringLiteral("researcherName"), s.researcherName.isEmpty() ? tr("A researcher with no registry name") : s.researcherName);
    row.insert(QStringLiteral("licensed"), licensed);
    row.insert(QStringLiteral("researcherText"), licenceWords);
    row.insert(QStringLiteral("categories"), categories);
    row.insert(QStringLiteral("loincText"), codes.join(QStringLiteral(", ")));
    row.insert(QStringLiteral("datesText"), dates);
    row.insert(QStringLiteral("demographics"), data.demographics);
    row.insert(QStringLiteral("freeText"), data.freeText);
    row.insert(QStringLiteral("priceText"), ethText(s.terms.price));
    row.insert(QStringLiteral("priceWeiText"), weiText(s.terms.price));
    row.insert(QStringLiteral("placesText"), tr("%1 of %n places left", nullptr, static_cast<int>(s.record.places)).arg(left));
    row.insert(QStringLiteral("deadlineText"), dayText(QDateTime::fromSecsSinceEpoch(static_cast<qint64>(s.terms.deadline)).date()));
    row.insert(QStringLiteral("open"), s.open);
    row.insert(QStringLiteral("openText"), s.open ? QString() : full ? tr("Full") : tr("Closed"));
    row.insert(QStringLiteral("fit"), fit);
    row.insert(QStringLiteral("fitText"), fitText);
    row.insert(QStringLiteral("state"), state);
    row.insert(QStringLiteral("stateText"), stateText);
    row.insert(QStringLiteral("canJoin"), openToYou && (state == QLatin1String("none") || state == QLatin1String("delivering")));
    row.insert(QStringLiteral("canLeave"), state == QLatin1String("joined"));
    row.insert(QStringLiteral("earningsKnown"), s.balance.has_value());
    row.insert(QStringLiteral("hasEarnings"), hasEarnings);
    row.insert(QStringLiteral("earningsText"), s.balance ? ethText(*s.balance) : tr("can't verify now"));
    row.insert(QStringLiteral("earningsWeiText"), s.balance ? weiText(*s.balance) : QString());
    return row;
}

QVariantMap ResearchRows::preview(const service::DatasetPreview &p)
{
    QVariantList resources;
    for (const service::PreviewResource &r : p.resources) {
        QVariantList fields;
        for (const service::PreviewField &f : r.fields)
            fields.append(QVariantMap{{QStringLiteral("path"), f.path}, {QStringLiteral("value"), f.value}});
        resources.append(QVariantMap{{QStringLiteral("resourceType"), r.resourceType},
                                     {QStringLiteral("id"), r.id},
                                     {QStringLiteral("fields"), fields},
                                     {QStringLiteral("dropped"), r.dropped}});
    }
    QVariantMap out;
    out.insert(QStringLiteral("title"), p.study.terms.title);
    out.insert(QStringLiteral("resources"), resources);
    out.insert(QStringLiteral("resourceCount"), static_cast<int>(p.resources.size()));
    out.insert(QStringLiteral("excluded"), p.excluded);
    out.insert(QStringLiteral("freeText"), p.freeText);
    out.insert(QStringLiteral("parts"), static_cast<int>(p.parts));
    out.insert(QStringLiteral("bytesText"), QString::fromUtf8(p.dataset));
    out.insert(QStringLiteral("hashText"), hexOf(p.datasetHash));
    out.insert(QStringLiteral("sizeText"), tr("%n bytes", nullptr, static_cast<int>(p.dataset.size())));
    out.insert(QStringLiteral("priceText"), ethText(p.study.terms.price));
    return out;
}

} // namespace carnet::qml
