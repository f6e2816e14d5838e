// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "xscreen.h"

#include <X11/Xlib.h>
#include <X11/Xutil.h>
#include <X11/extensions/XShm.h>
#include <X11/extensions/XTest.h>
#include <algorithm>
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <poll.h>
#include <sys/ipc.h>
#include <sys/shm.h>
#include <sys/wait.h>
#include <unistd.h>

namespace Copydesk::Bench {

namespace {

[[noreturn]] void die(const std::string &message)
{
    std::fprintf(stderr, "xharness: %s\n", message.c_str());
    std::exit(1);
}

} // namespace

bool Frame::isUniform() const
{
    return std::all_of(pixels.begin(), pixels.end(),
        [first = pixels.empty() ? 0 : pixels.front()](uint32_t p) { return p == first; });
}

FrameChange compare(const Frame &before, const Frame &after)
{
    FrameChange change;
    if (before.pixels.size() != after.pixels.size() || before.rect.width != after.rect.width) {
        change.pixels = long(after.pixels.size());
        change.bounds = after.rect;
        return change;
    }
    const int width = after.rect.width;
    int left = width, right = -1, top = -1, bottom = -1;
    for (int row = 0; row < after.rect.height; ++row) {
        const uint32_t *a = before.pixels.data() + size_t(row) * width;
        const uint32_t *b = after.pixels.data() + size_t(row) * width;
        if (std::memcmp(a, b, sizeof(uint32_t) * width) == 0)
            continue;
        for (int column = 0; column < width; ++column) {
            if (a[column] != b[column]) {
                ++change.pixels;
                left = std::min(left, column);
                right = std::max(right, column);
            }
        }
        if (top < 0)
            top = row;
        bottom = row;
    }
    if (change.pixels > 0)
        change.bounds
            = {after.rect.x + left, after.rect.y + top, right - left + 1, bottom - top + 1};
    return change;
}

struct XScreen::ShmImage
{
    XImage *image = nullptr;
    XShmSegmentInfo info {};
};

XScreen::XScreen(int width, int height)
{
    int pipe[2];
    if (::pipe(pipe) != 0)
        die("pipe failed");
    const std::string fd = std::to_string(pipe[1]);
    const std::string screen = std::to_string(width) + "x" + std::to_string(height) + "x24";
    std::fflush(nullptr); // Or the child would write our buffered output a second time.
    m_server = ::fork();
    if (m_server == 0) {
        ::close(pipe[0]);
        // Its messages (keymap warnings) are noise here.
        std::freopen("/dev/null", "w", stderr);
        ::execlp("Xvfb", "Xvfb", "-displayfd", fd.c_str(), "-screen", "0", screen.c_str(),
            "-nolisten", "tcp", "-noreset", static_cast<char *>(nullptr));
        ::_exit(127);
    }
    ::close(pipe[1]);
    std::string number;
    pollfd wait {pipe[0], POLLIN, 0};
    char c = 0;
    while (::poll(&wait, 1, 20000) > 0 && ::read(pipe[0], &c, 1) == 1 && c != '\n')
        number += c;
    ::close(pipe[0]);
    if (number.empty())
        die("Xvfb did not start (is it installed? ./dev installs xvfb)");
    m_name = ":" + number;
    m_display = XOpenDisplay(m_name.c_str());
    if (!m_display)
        die("cannot connect to Xvfb on " + m_name);
    int event = 0, error = 0, major = 0, minor = 0;
    if (!XShmQueryExtension(m_display))
        die("the X server has no MIT-SHM");
    if (!XTestQueryExtension(m_display, &event, &error, &major, &minor))
        die("the X server has no XTEST");
    XSelectInput(m_display, DefaultRootWindow(m_display), SubstructureNotifyMask);
    XSync(m_display, False);
}

XScreen::~XScreen()
{
    for (auto &[size, shm] : m_images) {
        XShmDetach(m_display, &shm->info);
        XDestroyImage(shm->image);
        ::shmdt(shm->info.shmaddr);
    }
    if (m_display)
        XCloseDisplay(m_display);
    if (m_server > 0) {
        ::kill(m_server, SIGTERM);
        ::waitpid(m_server, nullptr, 0);
    }
}

std::vector<Rect> XScreen::takeMappedWindows()
{
    std::vector<Rect> mapped;
    while (XPending(m_display) > 0) {
        XEvent event;
        XNextEvent(m_display, &event);
        if (event.type != MapNotify || event.xmap.override_redirect)
            continue;
        XWindowAttributes attributes;
        if (!XGetWindowAttributes(m_display, event.xmap.window, &attributes))
            continue;
        if (attributes.width >= 100 && attributes.height >= 100)
            mapped.push_back({attributes.x, attributes.y, attributes.width, attributes.height});
    }
    return mapped;
}

XScreen::ShmImage &XScreen::imageFor(int width, int height)
{
    auto &slot = m_images[{width, height}];
    if (slot)
        return *slot;
    slot = std::make_unique<ShmImage>();
    const int screen = DefaultScreen(m_display);
    slot->image = XShmCreateImage(m_display, DefaultVisual(m_display, screen), 24, ZPixmap, nullptr,
        &slot->info, unsigned(width), unsigned(height));
    if (!slot->image || slot->image->bits_per_pixel != 32)
        die("cannot make a 32-bit shared image");
    slot->info.shmid
        = ::shmget(IPC_PRIVATE, size_t(slot->image->bytes_per_line) * height, IPC_CREAT | 0600);
    if (slot->info.shmid < 0)
        die(std::string("shmget failed: ") + std::strerror(errno));
    slot->info.shmaddr = slot->image->data
        = static_cast<char *>(::shmat(slot->info.shmid, nullptr, 0));
    slot->info.readOnly = False;
    if (!XShmAttach(m_display, &slot->info))
        die("XShmAttach failed");
    XSync(m_display, False);
    ::shmctl(slot->info.shmid, IPC_RMID, nullptr); // Gone once both sides detach.
    return *slot;
}

Frame XScreen::grab(const Rect &rect)
{
    if (rect.isEmpty())
        die("asked to watch an empty rectangle");
    ShmImage &shm = imageFor(rect.width, rect.height);
    if (!XShmGetImage(
            m_display, DefaultRootWindow(m_display), shm.image, rect.x, rect.y, AllPlanes))
        die("XShmGetImage failed");
    Frame frame;
    frame.rect = rect;
    frame.pixels.resize(size_t(rect.width) * rect.height);
    for (int row = 0; row < rect.height; ++row)
        std::memcpy(frame.pixels.data() + size_t(row) * rect.width,
            shm.image->data + size_t(row) * shm.image->bytes_per_line,
            sizeof(uint32_t) * rect.width);
    for (uint32_t &pixel : frame.pixels)
        pixel &= 0xffffffu; // The padding byte is undefined.
    return frame;
}

void XScreen::click(int x, int y)
{
    XTestFakeMotionEvent(m_display, DefaultScreen(m_display), x, y, CurrentTime);
    XTestFakeButtonEvent(m_display, 1, True, CurrentTime);
    XTestFakeButtonEvent(m_display, 1, False, CurrentTime);
    XFlush(m_display);
}

void XScreen::tap(const char *keysym)
{
    const KeyCode code = XKeysymToKeycode(m_display, XStringToKeysym(keysym));
    if (code == 0)
        die(std::string("no key for ") + keysym);
    XTestFakeKeyEvent(m_display, code, True, CurrentTime);
    XTestFakeKeyEvent(m_display, code, False, CurrentTime);
    XSync(m_display, False); // The server has the key when this returns.
}

} // namespace Copydesk::Bench
