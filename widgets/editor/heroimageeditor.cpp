#include "heroimageeditor.h"

#include "imagefiles.h"

#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QImage>
#include <QImageReader>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace Copydesk {

namespace {

constexpr QSize thumbnailSize(160, 90);

void setTextKeepingCursor(QLineEdit *edit, const QString &text)
{
    if (edit->text() != text)
        edit->setText(text);
}

} // namespace

HeroImageEditor::HeroImageEditor(QWidget *parent)
    : QWidget(parent)
    , m_thumbnail(new QLabel(this))
    , m_choose(new QPushButton(tr("Choose Pict&ure…"), this))
    , m_remove(new QPushButton(tr("Remove Picture"), this))
    , m_caption(new QLineEdit(this))
    , m_altText(new QLineEdit(this))
    , m_credit(new QLineEdit(this))
{
    m_thumbnail->setFixedSize(thumbnailSize);
    m_thumbnail->setAlignment(Qt::AlignCenter);
    m_thumbnail->setFrameShape(QFrame::StyledPanel);
    m_thumbnail->setAccessibleName(tr("Hero image thumbnail"));
    m_choose->setAccessibleName(tr("Choose hero image"));
    m_remove->setAccessibleName(tr("Remove hero image"));
    m_caption->setAccessibleName(tr("Hero image caption"));
    m_altText->setAccessibleName(tr("Hero image alternative text"));
    m_altText->setPlaceholderText(tr("What the picture shows, for readers who cannot see it"));
    m_credit->setAccessibleName(tr("Hero image credit"));

    auto *buttons = new QVBoxLayout;
    buttons->addWidget(m_choose);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto *top = new QHBoxLayout;
    top->addWidget(m_thumbnail);
    top->addLayout(buttons);
    top->addStretch();
    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(top);
    form->addRow(tr("Caption:"), m_caption);
    form->addRow(tr("Alt text:"), m_altText);
    form->addRow(tr("Credit:"), m_credit);

    connect(m_choose, &QPushButton::clicked, this, &HeroImageEditor::chooseFile);
    connect(m_remove, &QPushButton::clicked, this, [this] {
        m_hero = {};
        setHero(m_hero);
        Q_EMIT heroEdited(m_hero);
    });
    const auto connectText = [this](QLineEdit *edit, QString HeroImage::*member) {
        connect(edit, &QLineEdit::textEdited, this, [this, member](const QString &text) {
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
    setTextKeepingCursor(m_caption, hero.caption);
    setTextKeepingCursor(m_altText, hero.altText);
    setTextKeepingCursor(m_credit, hero.credit);
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
    if (const Status loaded = loadFile(path); !loaded)
        QMessageBox::warning(this, tr("Choose Hero Image"), loaded.error().message);
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
