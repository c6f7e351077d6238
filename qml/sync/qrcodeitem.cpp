// SPDX-License-Identifier: GPL-3.0-or-later
#define ZX_USE_UTF8
#include "qrcodeitem.h"

#include <ZXing/BitMatrix.h>
#include <ZXing/MultiFormatWriter.h>

#include <QPainter>

#include <exception>

namespace carnet::qml {

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

QrCodeItem::QrCodeItem(QQuickItem *parent) : QQuickPaintedItem(parent)
{
    setAntialiasing(false);
    setImplicitSize(240, 240);
}

void QrCodeItem::setText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    m_modules = qrCodeModules(text);
    Q_EMIT textChanged();
    update();
}

void QrCodeItem::paint(QPainter *painter)
{
    if (m_modules.isNull())
        return;
    const int side = static_cast<int>(qMin(width(), height()));
    const int scale = qMax(1, side / m_modules.width());
    const QSize size = m_modules.size() * scale;
    const QPoint origin((static_cast<int>(width()) - size.width()) / 2, (static_cast<int>(height()) - size.height()) / 2);
    painter->setRenderHint(QPainter::SmoothPixmapTransform, false);
    painter->fillRect(QRect(QPoint(0, 0), QSize(static_cast<int>(width()), static_cast<int>(height()))), Qt::white);
    painter->drawImage(QRect(origin, size), m_modules);
}

} // namespace carnet::qml
