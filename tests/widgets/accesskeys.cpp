// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "accesskeys.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QAction>
#include <QComboBox>
#include <QHash>
#include <QLabel>
#include <QMenuBar>
#include <algorithm>

namespace Copydesk::Testing {

namespace {

/// The position of the access key's "&" in `text`, or -1 ("&&" is a literal "&").
qsizetype accessKeyAt(const QString &text)
{
    for (qsizetype at = 0; at + 1 < text.size(); ++at) {
        if (text.at(at) != u'&')
            continue;
        if (text.at(at + 1) != u'&')
            return at;
        ++at;
    }
    return -1;
}

} // namespace

QStringList accessKeyClashes(const QWidget *root)
{
    QHash<QChar, QString> owners;
    QStringList clashes;
    const auto take = [&](const QString &text) {
        const qsizetype at = accessKeyAt(text);
        if (at < 0)
            return;
        const QChar key = text.at(at + 1).toLower();
        if (owners.contains(key))
            clashes << QStringLiteral("%1: “%2” and “%3”").arg(key, owners.value(key), text);
        owners.insert(key, text);
    };
    for (const QMenuBar *bar : root->findChildren<QMenuBar *>()) {
        if (bar->isVisibleTo(root)) {
            for (const QAction *top : bar->actions())
                take(top->text());
        }
    }
    for (const QLabel *label : root->findChildren<QLabel *>()) {
        if (label->buddy() && label->isVisibleTo(root))
            take(label->text());
    }
    for (const QAbstractButton *button : root->findChildren<QAbstractButton *>()) {
        if (button->isVisibleTo(root))
            take(button->text());
    }
    return clashes;
}

QStringList strayAmpersands(const QWidget *root)
{
    QStringList stray;
    for (const QLabel *label : root->findChildren<QLabel *>()) {
        if (!label->buddy() && label->isVisibleTo(root) && label->textFormat() != Qt::RichText
            && accessKeyAt(label->text()) >= 0)
            stray << label->text();
    }
    return stray;
}

QStringList unlabelledComboBoxes(const QWidget *root)
{
    QStringList unlabelled;
    for (QComboBox *combo : root->findChildren<QComboBox *>()) {
        QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(combo);
        const auto labels = accessible->relations(QAccessible::Label);
        const bool named = std::any_of(labels.cbegin(), labels.cend(), [](const auto &relation) {
            return !relation.first->text(QAccessible::Name).trimmed().isEmpty();
        });
        if (!named) {
            unlabelled << QStringLiteral("%1 “%2” (accessible name “%3”, showing “%4”)")
                              .arg(QString::fromLatin1(combo->metaObject()->className()),
                                  combo->objectName(), combo->accessibleName(),
                                  combo->currentText());
        }
    }
    return unlabelled;
}

} // namespace Copydesk::Testing
