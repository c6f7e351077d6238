// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Paints a recovery phrase, numbered, in 2 columns (under 480 px) or 3, reading down each column.
// The words go from the source's secure memory straight to the painter: they never become a QML
// property or a JavaScript string. Each word's temporary QString is wiped after it is drawn.
#include <QColor>
#include <QFont>
#include <QPointer>
#include <QQuickPaintedItem>
#include <QtQml/qqmlregistration.h>

namespace carnet::qml {

// Qt 6.4's QtQuick qmltypes do not describe QQuickPaintedItem, so qmllint and the QML compiler could
// not resolve RecoveryPhraseView's base type. This gadget declares it (anonymous: not creatable).
struct QQuickPaintedItemForeign
{
    Q_GADGET
    QML_FOREIGN(QQuickPaintedItem)
    QML_ANONYMOUS
};

class RecoveryPhraseView : public QQuickPaintedItem
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QObject *source READ source WRITE setSource NOTIFY sourceChanged)
    Q_PROPERTY(QColor textColor READ textColor WRITE setTextColor NOTIFY appearanceChanged)
    Q_PROPERTY(QColor numberColor READ numberColor WRITE setNumberColor NOTIFY appearanceChanged)
    Q_PROPERTY(QFont font READ font WRITE setFont NOTIFY appearanceChanged)
    Q_PROPERTY(int wordCount READ wordCount NOTIFY layoutChanged)
    Q_PROPERTY(int columns READ columns NOTIFY layoutChanged)
    /** False while Carnet is not the active application: the words are not painted then. */
    Q_PROPERTY(bool applicationActive READ applicationActive NOTIFY applicationActiveChanged)

public:
    explicit RecoveryPhraseView(QQuickItem *parent = nullptr);
    ~RecoveryPhraseView() override;

    QObject *source() const { return m_source.data(); }
    void setSource(QObject *source);
    QColor textColor() const { return m_textColor; }
    void setTextColor(const QColor &color);
    QColor numberColor() const { return m_numberColor; }
    void setNumberColor(const QColor &color);
    QFont font() const { return m_font; }
    void setFont(const QFont &font);
    /** Words shown now (0 when the source has no phrase). */
    int wordCount() const { return m_wordCount; }
    int columns() const;
    bool applicationActive() const;

    void paint(QPainter *painter) override;

Q_SIGNALS:
    void sourceChanged();
    void appearanceChanged();
    void layoutChanged();
    void applicationActiveChanged();

protected:
    void geometryChange(const QRectF &newGeometry, const QRectF &oldGeometry) override;
    void itemChange(ItemChange change, const ItemChangeData &value) override;

private Q_SLOTS:
    void onPhraseChanged();

private:
    void relayout();
    qreal rowHeight() const;
    void updateProtection();

    QPointer<QObject> m_source;
    QMetaObject::Connection m_connection;
    QColor m_textColor = Qt::black;
    QColor m_numberColor = Qt::darkGray;
    QFont m_font;
    int m_wordCount = 0;
    bool m_protecting = false;
};

} // namespace carnet::qml
