// SPDX-License-Identifier: GPL-3.0-or-later
#include "qrscanner.h"

#include "qml/qr/qrread.h"
#include "qml/secretinput.h"
#include "qml/share/clinicianviewmodel.h"

#include <QCameraDevice>
#include <QVideoFrame>

namespace carnet::qml {

namespace {
constexpr qint64 kFrameGapMs = 250; // at most four frames a second are read
constexpr int kMaxSide = 1024;      // frames are scaled down to this before reading
} // namespace

void QrFrameReader::read(const QImage &image)
{
    Q_EMIT found(qr::readQrCodes(image));
}

QrScanner::QrScanner(QObject *parent) : QObject(parent), m_reader(new QrFrameReader)
{
    m_thread.setObjectName(QStringLiteral("carnet-qr-scanner"));
    m_reader->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_reader, &QObject::deleteLater);
    connect(this, &QrScanner::frameReady, m_reader, &QrFrameReader::read);
    connect(m_reader, &QrFrameReader::found, this, &QrScanner::onFound);
    connect(&m_devices, &QMediaDevices::videoInputsChanged, this, &QrScanner::camerasChanged);
    m_thread.start();
}

QrScanner::~QrScanner()
{
    m_thread.quit();
    m_thread.wait();
}

bool QrScanner::cameraAvailable() const
{
    return !QMediaDevices::videoInputs().isEmpty();
}

void QrScanner::setVideoSink(QVideoSink *sink)
{
    if (sink == m_sink)
        return;
    if (m_sink)
        disconnect(m_sink, nullptr, this, nullptr);
    m_sink = sink;
    if (m_sink)
        connect(m_sink, &QVideoSink::videoFrameChanged, this, &QrScanner::onFrame);
    Q_EMIT videoSinkChanged();
}

void QrScanner::setTarget(ClinicianViewModel *target)
{
    if (target == m_target)
        return;
    m_target = target;
    Q_EMIT targetChanged();
}

void QrScanner::setActive(bool active)
{
    if (active == m_active)
        return;
    m_active = active;
    Q_EMIT activeChanged();
}

void QrScanner::onFrame(const QVideoFrame &frame)
{
    if (!m_active || m_reading || !m_target || !frame.isValid())
        return;
    if (m_sinceLast.isValid() && m_sinceLast.elapsed() < kFrameGapMs)
        return;
    m_sinceLast.start();
    QImage image = frame.toImage();
    if (image.isNull())
        return;
    if (std::max(image.width(), image.height()) > kMaxSide)
        image = image.scaled(kMaxSide, kMaxSide, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    m_reading = true;
    Q_EMIT frameReady(image);
}

void QrScanner::onFound(const QStringList &texts)
{
    m_reading = false;
    if (texts.isEmpty())
        return;
    QString pick = texts.front();
    for (const QString &t : texts)
        if (t.startsWith(QLatin1String("carnet-share:")))
            pick = t;
    if (m_active && m_target)
        m_target->openScanned(pick);
    for (const QString &t : texts)
        wipeString(t);
    wipeString(pick);
}

} // namespace carnet::qml
