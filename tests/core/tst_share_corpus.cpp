// SPDX-License-Identifier: GPL-3.0-or-later
// The seed corpus of fuzz_share_code (tests/fuzz/corpus/share_code): every file named
// bad-<share|clinician>-<Error>-… is refused by that reader with exactly that error, every file named
// good-<share|clinician>-… is accepted, and there are at least 30 bad share codes.
#include "core/share/clinicianid.h"
#include "core/share/sharecode.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace carnet::core::share;

namespace {
const char *shareErrorName(ShareCodeError e)
{
    switch (e) {
    case ShareCodeError::TooLong: return "TooLong";
    case ShareCodeError::WrongPrefix: return "WrongPrefix";
    case ShareCodeError::UnsupportedVersion: return "UnsupportedVersion";
    case ShareCodeError::BadBase64url: return "BadBase64url";
    case ShareCodeError::WrongLength: return "WrongLength";
    case ShareCodeError::UnknownMode: return "UnknownMode";
    case ShareCodeError::LengthModeMismatch: return "LengthModeMismatch";
    case ShareCodeError::BadCheck: return "BadCheck";
    case ShareCodeError::WrongNetwork: return "WrongNetwork";
    }
    return "?";
}

const char *clinicianErrorName(ClinicianCodeError e)
{
    switch (e) {
    case ClinicianCodeError::WrongPrefix: return "WrongPrefix";
    case ClinicianCodeError::UnsupportedVersion: return "UnsupportedVersion";
    case ClinicianCodeError::BadBase64url: return "BadBase64url";
    case ClinicianCodeError::WrongLength: return "WrongLength";
    case ClinicianCodeError::BadCheck: return "BadCheck";
    case ClinicianCodeError::InvalidKey: return "InvalidKey";
    }
    return "?";
}
} // namespace

class ShareCorpusTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everySeedHasItsVerdict()
    {
        const QDir dir(QStringLiteral(CARNET_SOURCE_DIR "/tests/fuzz/corpus/share_code"));
        const QStringList files = dir.entryList(QDir::Files, QDir::Name);
        int badShare = 0;
        int good = 0;
        for (const QString &name : files) {
            QFile file(dir.filePath(name));
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray bytes = file.readAll();
            const std::string_view text(bytes.constData(), static_cast<std::size_t>(bytes.size()));
            const QStringList parts = name.split(QLatin1Char('-'));
            QVERIFY2(parts.size() >= 3, qPrintable(name));
            const bool isShare = parts[1] == QLatin1String("share");
            QVERIFY2(isShare || parts[1] == QLatin1String("clinician"), qPrintable(name));
            if (parts[0] == QLatin1String("good")) {
                if (isShare) {
                    const auto code = decodeShareCode(text);
                    QVERIFY2(code, qPrintable(name + QStringLiteral(": ") + QLatin1String(code ? "" : describe(code.error()))));
                } else {
                    QVERIFY2(decodeClinicianCode(text), qPrintable(name));
                }
                ++good;
                continue;
            }
            QCOMPARE(parts[0], QStringLiteral("bad"));
            const QString got = isShare
                ? (decodeShareCode(text) ? QStringLiteral("accepted") : QLatin1String(shareErrorName(decodeShareCode(text).error())))
                : (decodeClinicianCode(text) ? QStringLiteral("accepted")
                                             : QLatin1String(clinicianErrorName(decodeClinicianCode(text).error())));
            QVERIFY2(got == parts[2], qPrintable(name + QStringLiteral(": ") + got));
            badShare += isShare ? 1 : 0;
        }
        QVERIFY2(badShare >= 30, qPrintable(QString::number(badShare)));
        QVERIFY(good >= 4);
    }
};

QTEST_GUILESS_MAIN(ShareCorpusTest)
#include "tst_share_corpus.moc"
