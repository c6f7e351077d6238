// SPDX-License-Identifier: GPL-3.0-or-later
#define ZX_USE_UTF8
#include "qml/qr/qrread.h"

#include <ZXing/ReadBarcode.h>

#include <algorithm>

namespace carnet::qr {

QStringList readQrCodes(const QImage &image)
{
    if (image.isNull())
        return {};
    const QImage grey = image.convertToFormat(QImage::Format_Grayscale8);
    ZXing::DecodeHints hints;
    hints.setFormats(ZXing::BarcodeFormat::QRCode);
    hints.setTryHarder(true);
    hints.setTryRotate(true);
    const ZXing::Results results = ZXing::ReadBarcodes(
        {grey.bits(), grey.width(), grey.height(), ZXing::ImageFormat::Lum, static_cast<int>(grey.bytesPerLine())}, hints);
    QStringList texts;
    for (const ZXing::Result &r : results) {
        if (!r.isValid())
            continue;
        std::string utf8 = r.text();
        texts.append(QString::fromUtf8(utf8.data(), static_cast<qsizetype>(utf8.size())));
        std::fill(utf8.begin(), utf8.end(), '\0');
    }
    return texts;
}

} // namespace carnet::qr
