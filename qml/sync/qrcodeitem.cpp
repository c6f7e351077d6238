// SPDX-License-Identifier: GPL-3.0-or-later
#include "qrcodeitem.h"

#include <QPainter>

namespace carnet::qml {

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
