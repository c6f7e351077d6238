// SPDX-License-Identifier: GPL-3.0-or-later
#include "secretinput.h"

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <termios.h>
#include <unistd.h>

namespace carnet::cli {

namespace {
// The terminal state to restore if a signal arrives while echo is off (tcsetattr is async-signal-safe).
struct termios g_savedTerminal;
volatile std::sig_atomic_t g_echoOff = 0;
constexpr int kRestoreSignals[] = {SIGINT, SIGTERM, SIGHUP, SIGQUIT};

extern "C" void restoreTerminalAndReraise(int signalNumber)
{
    if (g_echoOff)
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &g_savedTerminal);
    std::signal(signalNumber, SIG_DFL);
    std::raise(signalNumber);
}

class EchoOff
{
public:
    EchoOff()
    {
        if (tcgetattr(STDIN_FILENO, &g_savedTerminal) != 0)
            return;
        struct sigaction action {};
        action.sa_handler = &restoreTerminalAndReraise;
        sigemptyset(&action.sa_mask);
        for (std::size_t i = 0; i < std::size(kRestoreSignals); ++i)
            sigaction(kRestoreSignals[i], &action, &m_previous[i]);
        struct termios silent = g_savedTerminal;
        silent.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        silent.c_lflag |= ECHONL;
        g_echoOff = tcsetattr(STDIN_FILENO, TCSAFLUSH, &silent) == 0;
        m_active = true;
    }
    ~EchoOff()
    {
        if (!m_active)
            return;
        if (g_echoOff)
            tcsetattr(STDIN_FILENO, TCSAFLUSH, &g_savedTerminal);
        g_echoOff = 0;
        for (std::size_t i = 0; i < std::size(kRestoreSignals); ++i)
            sigaction(kRestoreSignals[i], &m_previous[i], nullptr);
    }
    EchoOff(const EchoOff &) = delete;
    EchoOff &operator=(const EchoOff &) = delete;

private:
    bool m_active = false;
    struct sigaction m_previous[std::size(kRestoreSignals)] {};
};
} // namespace

std::optional<crypto::SecureBuffer> readSecretLine(const char *prompt, std::size_t maxBytes)
{
    const bool terminal = isatty(STDIN_FILENO) == 1;
    std::optional<EchoOff> echoOff;
    if (terminal) {
        // Echo goes off before the prompt appears, so nothing typed or pasted early is ever shown.
        echoOff.emplace();
        std::fputs(prompt, stderr);
        std::fflush(stderr);
    }
    // Byte by byte, straight into secure memory: no stdio buffer keeps a copy of the line.
    crypto::SecureBuffer buffer(maxBytes + 1);
    std::size_t length = 0;
    bool failed = false;
    for (;;) {
        char c = 0;
        const ssize_t n = read(STDIN_FILENO, &c, 1);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0) {
            failed = true;
            break;
        }
        if (n == 0 || c == '\n')
            break;
        if (length <= maxBytes)
            buffer.data()[length++] = static_cast<std::uint8_t>(c);
        c = 0;
    }
    if (failed || length > maxBytes)
        return std::nullopt;
    if (length > 0 && buffer.data()[length - 1] == '\r')
        --length;
    return crypto::SecureBuffer::copyOf(buffer.view().first(length));
}

} // namespace carnet::cli
