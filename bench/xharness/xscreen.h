// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

// An Xvfb display of its own, watched and driven from outside like a user would: top-level
// window maps, framebuffer grabs of screen rectangles through MIT-SHM, and key presses and
// clicks through XTEST. Plain Xlib, no Qt, so that nothing here shares pages with a Qt program
// under test.

#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <sys/types.h>
#include <vector>

struct _XDisplay; // Xlib stays out of this header: its macros (None, Status, Bool) break Qt.

namespace Copydesk::Bench {

struct Rect
{
    int x = 0;
    int y = 0;
    int width = 0;
    int height = 0;
    bool isEmpty() const { return width <= 0 || height <= 0; }
};

/// The pixels of one rectangle at one moment (32-bit, rows packed).
struct Frame
{
    Rect rect;
    std::vector<uint32_t> pixels;
    /// Whether every pixel has the same value (a cleared window, a blank page).
    bool isUniform() const;
};

/// How two frames of the same rectangle differ.
struct FrameChange
{
    long pixels = 0; ///< Changed pixels; 0 when the frames are equal.
    Rect bounds; ///< Bounding box of the changed pixels.
};
FrameChange compare(const Frame &before, const Frame &after);

class XScreen
{
public:
    /// Starts `Xvfb` (found on PATH) with a free display number and a `width` × `height`
    /// 24-bit screen, and connects to it. Dies with a message when that fails.
    XScreen(int width, int height);
    /// Stops the server.
    ~XScreen();
    XScreen(const XScreen &) = delete;
    XScreen &operator=(const XScreen &) = delete;

    /// The DISPLAY value of this server, ":N".
    std::string display() const { return m_name; }

    /// Reads pending events without waiting. Returns the newly mapped top-level windows
    /// (children of the root that are not override-redirect, such as menus and tooltips) of at
    /// least 100 × 100 pixels, in the order they were mapped, with their geometry.
    std::vector<Rect> takeMappedWindows();

    /// The pixels of `rect` (in screen coordinates) now.
    Frame grab(const Rect &rect);

    /// A left click at (x, y) through XTEST.
    void click(int x, int y);
    /// A key press and release through XTEST; `keysym` as X names it ("e", "space").
    void tap(const char *keysym);

private:
    struct ShmImage;
    ShmImage &imageFor(int width, int height);

    pid_t m_server = -1;
    std::string m_name;
    _XDisplay *m_display = nullptr;
    std::map<std::pair<int, int>, std::unique_ptr<ShmImage>> m_images;
};

} // namespace Copydesk::Bench
