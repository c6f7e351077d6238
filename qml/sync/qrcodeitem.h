// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A QR code of a text (a connect or share code), as qml/qr/qrimage.h draws it (error correction M, a
// quiet zone of four modules, dark modules on white whatever the theme). QrCodeItem paints it at the
// largest whole number of pixels per module that fits the item.
#include "qml/qr/qrimage.h"

#include <QImage>
#include <QQuickPaintedItem>
#include <QString>
#include <QtQml/qqmlregistration.h>

namespace carnet::qml {

using qr::qrCodeImage;
using qr::qrCodeModules;

class QrCodeItem : public QQuickPaintedItem
{
    Q_OBJECT
    QML_NAMED_ELEMENT(QrCode)
    Q_PROPERTY(QString text READ text WRITE setText NOTIFY textChanged)
    Q_PROPERTY(bool valid READ valid NOTIFY textChanged)

public:
    explicit QrCodeItem(QQuickItem *parent = nullptr);

    QString text() const { return m_text; }
    void setText(const QString &text);
    bool valid() const { return !m_modules.isNull(); }
    void paint(QPainter *painter) override;

Q_SIGNALS:
    void textChanged();

private:
    QString m_text;
    QImage m_modules;
};

} // namespace carnet::qml
