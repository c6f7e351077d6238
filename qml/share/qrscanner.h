// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The camera's QR scanner for clinician mode: the frames of a QVideoSink (a VideoOutput's, fed by a
// QtMultimedia CaptureSession), a few a second, turned into QImage and read by ZXing
// (qml/qr/qrread.h) on a thread of their own. A text found goes straight to the ClinicianViewModel
// in C++ (openScanned): a share code never passes through QML. `cameraAvailable` says whether the
// device has a camera at all (QMediaDevices::videoInputs), so the page can say so honestly.
#include <QElapsedTimer>
#include <QImage>
#include <QMediaDevices>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QThread>
#include <QVideoSink>
#include <QtQml/qqmlregistration.h>

namespace carnet::qml {

class ClinicianViewModel;

/** Reads the QR codes of one image at a time on the scanner's thread. */
class QrFrameReader : public QObject
{
    Q_OBJECT

public Q_SLOTS:
    void read(const QImage &image);

Q_SIGNALS:
    void found(const QStringList &texts);
};

class QrScanner : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QVideoSink *videoSink READ videoSink WRITE setVideoSink NOTIFY videoSinkChanged)
    Q_PROPERTY(carnet::qml::ClinicianViewModel *target READ target WRITE setTarget NOTIFY targetChanged)
    Q_PROPERTY(bool cameraAvailable READ cameraAvailable NOTIFY camerasChanged)
    Q_PROPERTY(bool active READ active WRITE setActive NOTIFY activeChanged)

public:
    explicit QrScanner(QObject *parent = nullptr);
    ~QrScanner() override;

    QVideoSink *videoSink() const { return m_sink; }
    void setVideoSink(QVideoSink *sink);
    ClinicianViewModel *target() const { return m_target; }
    void setTarget(ClinicianViewModel *target);
    bool cameraAvailable() const;
    bool active() const { return m_active; }
    void setActive(bool active);

Q_SIGNALS:
    void videoSinkChanged();
    void targetChanged();
    void camerasChanged();
    void activeChanged();
    /** Internal: a frame for the reader's thread. */
    void frameReady(const QImage &image);

private:
    void onFrame(const QVideoFrame &frame);
    void onFound(const QStringList &texts);

    QPointer<QVideoSink> m_sink;
    QPointer<ClinicianViewModel> m_target;
    QMediaDevices m_devices;
    QThread m_thread;
    QrFrameReader *m_reader = nullptr; // lives on m_thread, deleted there
    QElapsedTimer m_sinceLast;
    bool m_reading = false;
    bool m_active = true;
};

} // namespace carnet::qml
