// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import QtMultimedia
import Carnet

// The camera pointed at the patient's QR code: each frame found with a code goes to the view model
// in C++ (QrScanner), which opens it or says why not. Without a camera the page says so and offers
// the other two ways.
QQC2.Page {
    id: page

    required property ClinicianViewModel vm

    signal backRequested

    objectName: "scanPage"
    title: qsTr("Scan a share code")
    background: null
    Accessible.name: title

    header: PageHeader {
        title: page.title
        showBack: true
        onBackRequested: page.backRequested()
    }

    QrScanner {
        id: scanner

        videoSink: camera.item ? camera.item.videoSink : null
        target: page.vm
        active: page.visible && page.vm.stage === ClinicianViewModel.Closed && !page.vm.busy
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.spacing

        // The capture session exists only when there is a camera to open.
        Loader {
            id: camera

            objectName: "cameraView"
            Layout.fillWidth: true
            Layout.fillHeight: true
            active: scanner.cameraAvailable
            visible: active
            sourceComponent: VideoOutput {
                id: output

                fillMode: VideoOutput.PreserveAspectFit
                Accessible.role: Accessible.Graphic
                Accessible.name: qsTr("What the camera sees")

                CaptureSession {
                    camera: Camera {
                        active: page.visible
                    }
                    videoOutput: output
                }
            }
        }
        Text {
            Layout.fillWidth: true
            visible: scanner.cameraAvailable
            text: qsTr("Hold the patient's QR code in front of the camera. It opens by itself once read.")
            color: Theme.textSecondary
            font.family: Theme.fontFamily
            font.pixelSize: Theme.bodySize
            wrapMode: Text.Wrap
            horizontalAlignment: Text.AlignHCenter
        }
        Item {
            Layout.fillHeight: true
            visible: !scanner.cameraAvailable
        }
        EmptyState {
            objectName: "noCamera"
            Layout.alignment: Qt.AlignHCenter
            Layout.preferredWidth: Math.min(page.width - 2 * Theme.margin, Theme.contentMaxWidth)
            visible: !scanner.cameraAvailable
            iconName: "no_photography"
            title: qsTr("No camera found")
            text: qsTr("This device has no camera Carnet can use. Go back and open a photo or screenshot of the patient's QR code, or paste the code's text.")

            PrimaryButton {
                Layout.alignment: Qt.AlignHCenter
                iconName: "arrow_back"
                text: qsTr("Other ways to open it")
                onClicked: page.backRequested()
            }
        }
        Item {
            Layout.fillHeight: true
            visible: !scanner.cameraAvailable
        }
        RowLayout {
            Layout.alignment: Qt.AlignHCenter
            visible: page.vm.busy
            spacing: 8

            QQC2.BusyIndicator {
                running: page.vm.busy
                Accessible.name: qsTr("Opening the share")
            }
            Text {
                text: qsTr("Opening the share…")
                color: Theme.text
                font.family: Theme.fontFamily
                font.pixelSize: Theme.bodySize
            }
        }
        ErrorText {
            Layout.fillWidth: true
            text: page.vm.stage === ClinicianViewModel.Closed ? page.vm.errorText : ""
        }
    }
}
