#pragma once

#include "article.h"
#include "result.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace Copydesk {

/// The hero image: a thumbnail, buttons to choose (QFileDialog) or remove the picture, and
/// caption, alt text and credit fields.
class HeroImageEditor : public QWidget
{
    Q_OBJECT

public:
    explicit HeroImageEditor(QWidget *parent = nullptr);

    HeroImage hero() const { return m_hero; }
    /// Shows `hero` without emitting heroEdited(); fields the writer is typing in keep their
    /// cursor when their text is unchanged.
    void setHero(const HeroImage &hero);

    /// Reads the picture the user chose at `path` into the hero image (bytes, MIME type, file
    /// name) with ImageFiles::readChosen() and emits heroEdited(). On failure nothing changes and
    /// the error says why (not a regular file, too large, not a PNG, JPEG, GIF or WebP image).
    Status loadFile(const QString &path);

    QLineEdit *captionEdit() const { return m_caption; }
    QLineEdit *altTextEdit() const { return m_altText; }
    QLineEdit *creditEdit() const { return m_credit; }
    QLabel *thumbnail() const { return m_thumbnail; }

Q_SIGNALS:
    void heroEdited(const Copydesk::HeroImage &hero);

private:
    void chooseFile();
    void updateThumbnail();

    HeroImage m_hero;
    QLabel *m_thumbnail;
    QPushButton *m_choose;
    QPushButton *m_remove;
    QLineEdit *m_caption;
    QLineEdit *m_altText;
    QLineEdit *m_credit;
};

} // namespace Copydesk
