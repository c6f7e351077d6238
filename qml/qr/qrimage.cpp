// SPDX-License-Identifier: GPL-3.0-or-later
#define ZX_USE_UTF8
#include "qml/qr/qrimage.h"

#include <ZXing/BitMatrix.h>
#include <ZXing/MultiFormatWriter.h>

#include <exception>

namespace carnet::qr {

namespace {
constexpr int kQuietZoneModules = 4;
constexpr int kEccLevelM = 4; // MultiFormatWriter's 0–8 scale: 0–1 L, 2–4 M, 5–6 Q, 7–8 H
} // namespace

QImage qrCodeModules(const QString &text)
{
    if (text.isEmpty())
        return {};
    ZXing::BitMatrix matrix;
    try {
        // Width and height 0: one pixel per module, plus the margin (in modules then).
        matrix = ZXing::MultiFormatWriter(ZXing::BarcodeFormat::QRCode)
                     .setEncoding(ZXing::CharacterSet::UTF8)
                     .setEccLevel(kEccLevelM)
                     .setMargin(kQuietZoneModules)
                     .encode(text.toStdString(), 0, 0);
    } catch (const std::exception &) {
        return {}; // too long for a QR code
    }
    QImage image(matrix.width(), matrix.height(), QImage::Format_Grayscale8);
    for (int y = 0; y < matrix.height(); ++y) {
        uchar *line = image.scanLine(y);
        for (int x = 0; x < matrix.width(); ++x)
            line[x] = matrix.get(x, y) ? 0 : 255;
    }
    return image;
}

QImage qrCodeImage(const QString &text, int pixelsPerModule)
{
    const QImage modules = qrCodeModules(text);
    if (modules.isNull() || pixelsPerModule < 1)
        return modules;
    return modules.scaled(modules.size() * pixelsPerModule, Qt::IgnoreAspectRatio, Qt::FastTransformation);
}

bool writeQrPng(const QString &text, const QString &path)
{
    const QImage image = qrCodeImage(text, kFilePixelsPerModule);
    return !image.isNull() && image.save(path, "PNG");
}

} // namespace carnet::qr
