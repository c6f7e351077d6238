// SPDX-License-Identifier: GPL-3.0-or-later
// The share code's QR as a PNG file (what `carnet-cli wallet share --qr FILE.png` writes): read back
// from the file, scaled smoothly to the 390 px width of a phone screen (as a phone shows a picture
// full width) and decoded by ZXing's own reader, it gives exactly the code, with error correction M.
#define ZX_USE_UTF8
#include "core/share/sharecode.h"
#include "qml/qr/qrimage.h"

#include <ZXing/ReadBarcode.h>

#include <QTemporaryDir>
#include <QTest>

using namespace carnet;

namespace {

constexpr int kPhoneWidth = 390;

ZXing::Result decode(const QImage &image)
{
    const QImage grey = image.convertToFormat(QImage::Format_Grayscale8);
    ZXing::DecodeHints hints;
    hints.setFormats(ZXing::BarcodeFormat::QRCode);
    return ZXing::ReadBarcode({grey.bits(), grey.width(), grey.height(), ZXing::ImageFormat::Lum,
                               static_cast<int>(grey.bytesPerLine())},
                              hints);
}

QString shareCode(core::share::BundleMode mode)
{
    core::share::ShareCode code;
    code.chainId = 31337;
    code.contract.fill(0xA5);
    for (std::size_t i = 0; i < code.grantId.size(); ++i)
        code.grantId[i] = static_cast<std::uint8_t>(i * 7 + 3);
    code.mode = mode;
    if (mode != core::share::BundleMode::Named) {
        code.shareSecret = crypto::SecureBuffer(core::share::kShareSecretSize);
        for (std::size_t i = 0; i < code.shareSecret.size(); ++i)
            code.shareSecret.data()[i] = static_cast<std::uint8_t>(0xF0 - i);
    }
    const crypto::SecureBuffer text = core::share::encodeShareCode(code);
    return QString::fromLatin1(reinterpret_cast<const char *>(text.data()), static_cast<qsizetype>(text.size()));
}

} // namespace

class TestQrFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readBackAtPhoneSize_data()
    {
        QTest::addColumn<int>("mode");
        QTest::addColumn<int>("length");
        QTest::newRow("code") << int(core::share::BundleMode::Code) << 146;
        QTest::newRow("code and passcode") << int(core::share::BundleMode::Passcode) << 146;
        QTest::newRow("named") << int(core::share::BundleMode::Named) << 103;
    }
    void readBackAtPhoneSize()
    {
        QFETCH(int, mode);
        QFETCH(int, length);
        const QString code = shareCode(static_cast<core::share::BundleMode>(mode));
        QCOMPARE(code.size(), length);
        QVERIFY(core::share::decodeShareCode(code).ok());

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("share.png"));
        QVERIFY(qr::writeQrPng(code, path));
        QImage file(path, "PNG");
        QVERIFY(!file.isNull());
        // Whole pixels per module, quiet zone included: larger than the phone's width, so a phone
        // showing it full width scales it down.
        const QImage modules = qr::qrCodeModules(code);
        QCOMPARE(file.size(), modules.size() * qr::kFilePixelsPerModule);
        QVERIFY(file.width() >= kPhoneWidth);

        const QImage phone = file.scaledToWidth(kPhoneWidth, Qt::SmoothTransformation);
        const ZXing::Result result = decode(phone);
        QVERIFY(result.isValid());
        QCOMPARE(QString::fromStdString(result.text()), code);
        QCOMPARE(QString::fromStdString(result.ecLevel()), QStringLiteral("M"));
        QVERIFY(result.format() == ZXing::BarcodeFormat::QRCode);
    }
    void nothingToWrite()
    {
        QTemporaryDir dir;
        QVERIFY(!qr::writeQrPng(QString(), dir.filePath(QStringLiteral("empty.png"))));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("empty.png"))));
        QVERIFY(!qr::writeQrPng(shareCode(core::share::BundleMode::Code), dir.filePath(QStringLiteral("missing/dir/x.png"))));
    }
};

QTEST_GUILESS_MAIN(TestQrFile)
#include "tst_qrfile.moc"
