// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "heroimageeditor.h"

#include "imagefiles.h"
#include "paragraphlineedit.h"

#include <QApplication>
#include <QBuffer>
#include <QClipboard>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QImage>
#include <QImageReader>
#include <QKeyEvent>
#include <QLabel>
#include <QMimeData>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>
#include <array>

namespace Copydesk {

namespace {

constexpr QSize thumbnailSize(160, 90);
/// Picture types taken as they are, in the order a source is asked for them.
constexpr std::array pictureTypes {"image/png", "image/jpeg", "image/webp", "image/gif"};
/// Largest decoded clipboard image (pixels) converted to PNG: beyond it the PNG would exceed
/// the hero size limit anyway, and converting would take long.
constexpr qint64 maxPastedPixels = 100'000'000;

/// The URLs `data` names: its URL list, or a file:// URL given as text.
QList<QUrl> urlsOf(const QMimeData *data)
{
    if (data->hasUrls())
        return data->urls();
    const QString text = data->text().trimmed();
    if (text.startsWith(u"file://"))
        return {QUrl(text)};
    return {};
}

} // namespace

HeroImageEditor::HeroImageEditor(QWidget *parent)
    : QWidget(parent)
    , m_thumbnail(new QLabel(this))
    , m_error(new QLabel(this))
    , m_choose(new QPushButton(tr("Choose Pict&ure…"), this))
    , m_paste(new QPushButton(tr("Paste Picture"), this))
    , m_remove(new QPushButton(tr("Remove Picture"), this))
    , m_caption(new ParagraphLineEdit(this))
    , m_altText(new ParagraphLineEdit(this))
    , m_credit(new ParagraphLineEdit(this))
{
    m_thumbnail->setFixedSize(thumbnailSize);
    m_thumbnail->setAlignment(Qt::AlignCenter);
    m_thumbnail->setFrameShape(QFrame::StyledPanel);
    m_thumbnail->setAccessibleName(tr("Hero image thumbnail"));
    m_choose->setAccessibleName(tr("Choose hero image"));
    m_paste->setAccessibleName(tr("Paste hero image"));
    m_paste->setToolTip(tr("Takes a picture or picture file from the clipboard. You can also "
                           "drop a picture file here."));
    m_error->setObjectName(QStringLiteral("heroError"));
    m_error->setWordWrap(true);
    m_error->setForegroundRole(QPalette::BrightText);
    m_error->hide();
    setAcceptDrops(true);
    m_remove->setAccessibleName(tr("Remove hero image"));
    m_caption->setAccessibleName(tr("Hero image caption"));
    m_altText->setAccessibleName(tr("Hero image alternative text"));
    m_altText->setPlaceholderText(tr("What the picture shows, for readers who cannot see it"));
    m_credit->setAccessibleName(tr("Hero image credit"));

    auto *buttons = new QVBoxLayout;
    buttons->addWidget(m_choose);
    buttons->addWidget(m_paste);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto *top = new QHBoxLayout;
    top->addWidget(m_thumbnail);
    top->addLayout(buttons);
    top->addStretch();
    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(top);
    form->addRow(m_error);
    form->addRow(tr("Caption:"), m_caption);
    form->addRow(tr("Alt text:"), m_altText);
    form->addRow(tr("Credit:"), m_credit);

    connect(m_choose, &QPushButton::clicked, this, &HeroImageEditor::chooseFile);
    connect(m_paste, &QPushButton::clicked, this, &HeroImageEditor::paste);
    connect(m_remove, &QPushButton::clicked, this, [this] {
        m_hero = {};
        setHero(m_hero);
        Q_EMIT heroEdited(m_hero);
    });
    const auto connectText = [this](ParagraphLineEdit *edit, QString HeroImage::*member) {
        connect(edit, &ParagraphLineEdit::textEdited, this, [this, member](const QString &text) {
            m_hero.*member = text;
            Q_EMIT heroEdited(m_hero);
        });
    };
    connectText(m_caption, &HeroImage::caption);
    connectText(m_altText, &HeroImage::altText);
    connectText(m_credit, &HeroImage::credit);
    updateThumbnail();
}

void HeroImageEditor::setHero(const HeroImage &hero)
{
    const bool newPicture = hero.data != m_hero.data;
    m_hero = hero;
    m_caption->setText(hero.caption);
    m_altText->setText(hero.altText);
    m_credit->setText(hero.credit);
    if (newPicture)
        updateThumbnail();
    m_remove->setEnabled(!hero.isEmpty());
}

Status HeroImageEditor::loadFile(const QString &path)
{
    const Result<ImageFile> image = ImageFiles::readChosen(path, ImagePolicy::hero());
    if (!image)
        return image.error();
    HeroImage hero = m_hero;
    hero.data = image->data;
    hero.mimeType = image->mimeType;
    hero.fileName = image->fileName;
    setHero(hero);
    Q_EMIT heroEdited(m_hero);
    return Done {};
}

void HeroImageEditor::chooseFile()
{
    QStringList patterns;
    for (const QByteArray &format : QImageReader::supportedImageFormats())
        patterns << QStringLiteral("*.") + QString::fromLatin1(format);
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Choose Hero Image"), {}, tr("Pictures (%1)").arg(patterns.join(u' ')));
    if (path.isEmpty())
        return;
    showStatus(loadFile(path));
}

Status HeroImageEditor::loadMimeData(const QMimeData *data)
{
    if (!data)
        return Error {tr("There is no picture to use."), Error::Code::InvalidInput};
    if (const QList<QUrl> urls = urlsOf(data); !urls.isEmpty()) {
        for (const QUrl &url : urls) {
            if (url.isLocalFile())
                return loadFile(url.toLocalFile());
        }
        return Error {tr("“%1” is not a file on this computer; save the picture first, then "
                         "choose or drop the file.")
                          .arg(urls.first().toDisplayString()),
            Error::Code::InvalidInput};
    }
    const QString pasted = tr("pasted picture");
    Result<ImageFile> image = Error {tr("There is no picture to use."), Error::Code::InvalidInput};
    bool found = false;
    for (const char *type : pictureTypes) {
        if (data->hasFormat(QLatin1String(type))) {
            image = ImageFiles::readData(
                data->data(QLatin1String(type)), pasted, ImagePolicy::hero());
            found = true;
            break;
        }
    }
    if (!found && data->hasImage()) {
        const QImage decoded = qvariant_cast<QImage>(data->imageData());
        if (qint64(decoded.width()) * decoded.height() > maxPastedPixels)
            return Error {tr("The pasted picture is too large (%1 × %2 pixels).")
                              .arg(decoded.width())
                              .arg(decoded.height()),
                Error::Code::InvalidInput};
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        if (decoded.isNull() || !decoded.save(&buffer, "PNG"))
            return Error {tr("The pasted picture cannot be read."), Error::Code::InvalidInput};
        image = ImageFiles::readData(png, pasted, ImagePolicy::hero());
    }
    if (!image)
        return image.error();
    HeroImage hero = m_hero;
    hero.data = image->data;
    hero.mimeType = image->mimeType;
    const QString extension = image->mimeType == u"image/jpeg" ? QStringLiteral("jpg")
                                                               : image->mimeType.section(u'/', 1);
    hero.fileName = QStringLiteral("pasted-picture.") + extension;
    setHero(hero);
    Q_EMIT heroEdited(m_hero);
    return Done {};
}

bool HeroImageEditor::canLoad(const QMimeData *data)
{
    if (!data)
        return false;
    if (!urlsOf(data).isEmpty() || data->hasImage())
        return true;
    for (const char *type : pictureTypes) {
        if (data->hasFormat(QLatin1String(type)))
            return true;
    }
    return false;
}

void HeroImageEditor::paste()
{
    showStatus(loadMimeData(QApplication::clipboard()->mimeData()));
}

QString HeroImageEditor::errorText() const
{
    return m_error->text();
}

void HeroImageEditor::showStatus(const Status &status)
{
    m_error->setText(status ? QString() : status.error().message);
    m_error->setVisible(!status);
}

void HeroImageEditor::dragEnterEvent(QDragEnterEvent *event)
{
    if (canLoad(event->mimeData())) {
        event->setDropAction(Qt::CopyAction);
        event->accept();
    }
}

void HeroImageEditor::dropEvent(QDropEvent *event)
{
    showStatus(loadMimeData(event->mimeData()));
    event->setDropAction(Qt::CopyAction);
    event->accept();
}

void HeroImageEditor::keyPressEvent(QKeyEvent *event)
{
    // Reaches here from the buttons; the text fields paste text themselves.
    if (event->matches(QKeySequence::Paste)) {
        paste();
        event->accept();
        return;
    }
    QWidget::keyPressEvent(event);
}

void HeroImageEditor::updateThumbnail()
{
    if (m_hero.isEmpty()) {
        m_thumbnail->setPixmap({});
        m_thumbnail->setText(tr("No picture"));
        return;
    }
    QImage image = QImage::fromData(m_hero.data);
    if (image.isNull()) {
        m_thumbnail->setPixmap({});
        m_thumbnail->setText(tr("Cannot show %1").arg(m_hero.mimeType));
        return;
    }
    const qreal ratio = devicePixelRatioF();
    image = image.scaled(thumbnailSize * ratio, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    QPixmap pixmap = QPixmap::fromImage(image);
    pixmap.setDevicePixelRatio(ratio);
    m_thumbnail->setPixmap(pixmap);
}

} // namespace Copydesk
