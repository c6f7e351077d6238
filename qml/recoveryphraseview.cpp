// SPDX-License-Identifier: GPL-3.0-or-later
#include "qml/recoveryphraseview.h"

#include "qml/phrasesource.h"
#include "qml/phrasewords.h"
#include "qml/screenprotection.h"
#include "qml/secretinput.h"

#include <QFontMetricsF>
#include <QGuiApplication>
#include <QPainter>
#include <QQuickWindow>

namespace carnet::qml {
namespace {

const crypto::SecureBuffer *phraseOf(QObject *source)
{
    const auto *phraseSource = dynamic_cast<PhraseSource *>(source);
    return phraseSource != nullptr ? phraseSource->phraseToShow() : nullptr;
}

} // namespace

RecoveryPhraseView::RecoveryPhraseView(QQuickItem *parent) : QQuickPaintedItem(parent)
{
    m_font.setPixelSize(18);
    setAntialiasing(true);
    // Blank in the app switcher and behind other windows: repaint when the app state changes.
    connect(qGuiApp, &QGuiApplication::applicationStateChanged, this, [this] {
        update();
        Q_EMIT applicationActiveChanged();
    });
}

bool RecoveryPhraseView::applicationActive() const
{
    return QGuiApplication::applicationState() == Qt::ApplicationActive;
}

RecoveryPhraseView::~RecoveryPhraseView()
{
    if (m_protecting)
        setScreenCaptureProtected(window(), false);
}

void RecoveryPhraseView::setSource(QObject *source)
{
    if (source == m_source)
        return;
    disconnect(m_connection);
    m_source = source;
    // phraseChanged() is declared by each source (CreateWalletViewModel, RevealPhraseViewModel).
    if (source != nullptr && source->metaObject()->indexOfSignal("phraseChanged()") >= 0)
        m_connection = connect(source, SIGNAL(phraseChanged()), this, SLOT(onPhraseChanged()));
    onPhraseChanged();
    Q_EMIT sourceChanged();
}

void RecoveryPhraseView::onPhraseChanged()
{
    relayout();
    update();
}

void RecoveryPhraseView::setTextColor(const QColor &color)
{
    if (color == m_textColor)
        return;
    m_textColor = color;
    update();
    Q_EMIT appearanceChanged();
}

void RecoveryPhraseView::setNumberColor(const QColor &color)
{
    if (color == m_numberColor)
        return;
    m_numberColor = color;
    update();
    Q_EMIT appearanceChanged();
}

void RecoveryPhraseView::setFont(const QFont &font)
{
    if (font == m_font)
        return;
    m_font = font;
    relayout();
    update();
    Q_EMIT appearanceChanged();
}

int RecoveryPhraseView::columns() const
{
    return width() < 480 ? 2 : 3;
}

qreal RecoveryPhraseView::rowHeight() const
{
    return QFontMetricsF(m_font).height() * 1.65;
}

void RecoveryPhraseView::relayout()
{
    const crypto::SecureBuffer *phrase = phraseOf(m_source);
    const int count = phrase != nullptr ? static_cast<int>(phraseWords(*phrase).size()) : 0;
    const int rows = (count + columns() - 1) / columns();
    setImplicitHeight(rows * rowHeight());
    if (count != m_wordCount) {
        m_wordCount = count;
        Q_EMIT layoutChanged();
    }
    updateProtection();
}

void RecoveryPhraseView::updateProtection()
{
    const bool protect = m_wordCount > 0 && isVisible() && window() != nullptr;
    if (protect == m_protecting)
        return;
    m_protecting = protect;
    setScreenCaptureProtected(window(), protect);
}

void RecoveryPhraseView::geometryChange(const QRectF &newGeometry, const QRectF &oldGeometry)
{
    const bool columnsChanged = (newGeometry.width() < 480) != (oldGeometry.width() < 480);
    QQuickPaintedItem::geometryChange(newGeometry, oldGeometry);
    if (columnsChanged) {
        relayout();
        Q_EMIT layoutChanged();
    }
}

void RecoveryPhraseView::itemChange(ItemChange change, const ItemChangeData &value)
{
    QQuickPaintedItem::itemChange(change, value);
    if (change == ItemVisibleHasChanged || change == ItemSceneChange)
        updateProtection();
}

void RecoveryPhraseView::paint(QPainter *painter)
{
    const crypto::SecureBuffer *phrase = phraseOf(m_source);
    if (phrase == nullptr || !applicationActive())
        return;
    const std::vector<std::string_view> words = phraseWords(*phrase);
    if (static_cast<int>(words.size()) != m_wordCount)
        relayout();
    const int cols = columns();
    const int rows = (static_cast<int>(words.size()) + cols - 1) / cols;
    const qreal columnWidth = width() / cols;
    const qreal lineHeight = rowHeight();
    const QFontMetricsF metrics(m_font);
    const qreal numberWidth = metrics.horizontalAdvance(QStringLiteral("24.")) + 8;

    QFont numberFont = m_font;
    numberFont.setWeight(QFont::Normal);
    QFont wordFont = m_font;
    wordFont.setWeight(QFont::DemiBold);
    for (int i = 0; i < static_cast<int>(words.size()); ++i) {
        const int column = i / rows;
        const int row = i % rows;
        const QRectF cell(column * columnWidth, row * lineHeight, columnWidth, lineHeight);
        painter->setFont(numberFont);
        painter->setPen(m_numberColor);
        painter->drawText(QRectF(cell.left(), cell.top(), numberWidth, cell.height()),
                          Qt::AlignRight | Qt::AlignVCenter, QString::number(i + 1) + QLatin1Char('.'));
        const std::string_view word = words[static_cast<std::size_t>(i)];
        QString text = QString::fromUtf8(word.data(), static_cast<qsizetype>(word.size()));
        painter->setFont(wordFont);
        painter->setPen(m_textColor);
        painter->drawText(QRectF(cell.left() + numberWidth + 8, cell.top(), cell.width() - numberWidth - 8,
                                 cell.height()),
                          Qt::AlignLeft | Qt::AlignVCenter, text);
        wipeString(text);
    }
}

} // namespace carnet::qml
