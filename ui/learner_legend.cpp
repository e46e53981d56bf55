#include "ui/learner_legend.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QPainter>
#include <QPixmap>

#include "ui/learner_style.h"

namespace icl::ui {

namespace {

constexpr int kColumns = 5;            // nine learners in two rows at 1280 px
constexpr QSize kSampleSize(30, 12);  // the line sample beside a name

QPixmap lineSample(const QString& learner, qreal ratio) {
  QPixmap pixmap(kSampleSize * ratio);
  pixmap.setDevicePixelRatio(ratio);
  pixmap.fill(Qt::transparent);
  QPainter painter(&pixmap);
  painter.setRenderHint(QPainter::Antialiasing);
  painter.setPen(learnerPen(learner));
  const int middle = kSampleSize.height() / 2;
  painter.drawLine(QPoint(1, middle), QPoint(kSampleSize.width() - 1, middle));
  return pixmap;
}

}  // namespace

QPen learnerPen(const QString& learner) {
  QPen pen(learnerColor(learner));
  pen.setWidthF(2.0);
  // Closed-form rules are dashed (nothing trained); selection and oracle dotted (built from
  // the trained learners): the trained models stand out as solid lines.
  if (isPluginRule(learner)) {
    pen.setStyle(Qt::DashLine);
  } else if (learner == QLatin1String("selection") || learner == QLatin1String("oracle")) {
    pen.setStyle(Qt::DotLine);
  }
  return pen;
}

LearnerLegend::LearnerLegend(QWidget* parent) : QWidget(parent), grid_(new QGridLayout(this)) {
  grid_->setContentsMargins(4, 0, 4, 0);
  grid_->setHorizontalSpacing(16);
  grid_->setVerticalSpacing(2);
}

void LearnerLegend::setLearners(const QStringList& learners) {
  if (learners == learners_) {
    return;
  }
  learners_ = learners;
  while (QLayoutItem* item = grid_->takeAt(0)) {
    delete item->widget();
    delete item;
  }
  for (int i = 0; i < learners.size(); ++i) {
    const QString learner = learners[i];
    auto* entry = new QCheckBox(learnerDisplayName(learner));
    entry->setObjectName(QStringLiteral("legend-") + learner);
    entry->setIcon(QIcon(lineSample(learner, devicePixelRatioF())));
    entry->setIconSize(kSampleSize);
    entry->setChecked(isShown(learner));
    entry->setToolTip(tr("Show or hide this learner's curves"));
    connect(entry, &QCheckBox::toggled, this, [this, learner](bool shown) {
      hidden_.removeAll(learner);
      if (!shown) {
        hidden_.append(learner);
      }
      Q_EMIT shownChanged(learner, shown);
    });
    grid_->addWidget(entry, i / kColumns, i % kColumns);
  }
  setVisible(!learners.isEmpty());
}

}  // namespace icl::ui
