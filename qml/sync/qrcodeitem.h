// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A QR code of a text (a connect code): ZXing-C++ MultiFormatWriter, QR, error correction M, a
// quiet zone of four modules, dark modules on white whatever the theme (scanners expect that).
// QrCodeItem paints it at the largest whole number of pixels per module that fits the item.
#include <QImage>
#include <QQuickPaintedItem>
#include <QString>
#include <QtQml/qqmlregistration.h>

namespace carnet::qml {

/** The modules of `text` with the quiet zone, one pixel each (Format_Grayscale8, black on white).
 *  A null image when the text is empty or too long for a QR code. */
QImage qrCodeModules(const QString &text);
/** The same, `pixelsPerModule` pixels per module. */
QImage qrCodeImage(const QString &text, int pixelsPerModule);

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
