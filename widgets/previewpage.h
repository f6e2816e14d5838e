// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include <QWebEnginePage>

namespace Copydesk {

/// The preview's page: shows what the host loads and nothing else. Links the reader would follow
/// are not followed inside the preview (the writer would lose the article view); they are handed
/// to the desktop instead.
class PreviewPage : public QWebEnginePage
{
    Q_OBJECT
public:
    using QWebEnginePage::QWebEnginePage;

protected:
    bool acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame) override;
};

} // namespace Copydesk
