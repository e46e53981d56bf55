#include "ui/stage_timeline.h"

#include <QHelpEvent>
#include <QPainter>
#include <QToolTip>
#include <algorithm>

namespace icl::ui {

namespace {

constexpr int kMargin = 6;         // pixels around the bar
constexpr int kMinLabelWidth = 34;  // segments narrower than this go unlabelled

}  // namespace

StageTimeline::StageTimeline(QWidget* parent) : QWidget(parent) {
  setMouseTracking(true);
  setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

QSize StageTimeline::sizeHint() const { return {300, fontMetrics().height() * 3 + 2 * kMargin}; }

QSize StageTimeline::minimumSizeHint() const { return {120, sizeHint().height()}; }

void StageTimeline::setStages(const std::vector<icl::core::CurriculumStage>& stages,
                              qint64 totalSteps) {
  stages_ = stages;
  totalSteps_ = std::max<qint64>(totalSteps, 1);
  update();
}

void StageTimeline::setCurrentStep(qint64 step) {
  if (step != currentStep_) {
    currentStep_ = step;
    update();
  }
}

QString StageTimeline::describe(const icl::core::CurriculumStage& stage) {
  return tr("Stage %1, steps %2–%3: input dimensions 1–%4 active (the rest are zero), %5 points "
            "per prompt")
      .arg(stage.index + 1)
      .arg(stage.firstStep)
      .arg(stage.lastStep)
      .arg(stage.dims)
      .arg(stage.points);
}

QRectF StageTimeline::barRect() const {
  const double top = kMargin + fontMetrics().height();
  return QRectF(kMargin, top, width() - 2.0 * kMargin, height() - top - kMargin);
}

double StageTimeline::xOf(double step) const {
  const QRectF bar = barRect();
  return bar.left() + bar.width() * std::clamp(step / static_cast<double>(totalSteps_), 0.0, 1.0);
}

void StageTimeline::paintEvent(QPaintEvent*) {
  QPainter painter(this);
  painter.setRenderHint(QPainter::Antialiasing);
  const QRectF bar = barRect();
  const QPalette& colors = palette();
  painter.fillRect(bar, colors.color(QPalette::Base));
  for (const icl::core::CurriculumStage& stage : stages_) {
    const QRectF segment(QPointF(xOf(static_cast<double>(stage.firstStep - 1)), bar.top()),
                         QPointF(xOf(static_cast<double>(stage.lastStep)), bar.bottom()));
    const bool done = currentStep_ >= stage.lastStep;
    QColor fill = stage.index % 2 == 0 ? QColor(0x9e, 0xc5, 0xe8) : QColor(0xc6, 0xdb, 0xef);
    if (!done) {
      fill = fill.lighter(112);
    }
    painter.fillRect(segment, fill);
    painter.setPen(QPen(colors.color(QPalette::Mid), 1.0));
    painter.drawLine(segment.topRight(), segment.bottomRight());
    if (segment.width() >= kMinLabelWidth) {
      painter.setPen(colors.color(QPalette::Text));
      painter.drawText(segment, Qt::AlignCenter,
                       tr("k=%1\nn=%2").arg(stage.dims).arg(stage.points));
    }
  }
  painter.setPen(QPen(colors.color(QPalette::Dark), 1.0));
  painter.drawRect(bar);
  // Current position.
  const double x = xOf(static_cast<double>(currentStep_));
  painter.setPen(QPen(QColor(0xd6, 0x27, 0x28), 2.0));
  painter.drawLine(QPointF(x, bar.top() - 3), QPointF(x, bar.bottom() + 3));
  painter.setPen(colors.color(QPalette::WindowText));
  const QString label = tr("step %1 / %2").arg(currentStep_).arg(totalSteps_);
  const QRectF labelRect(kMargin, 0, width() - 2.0 * kMargin, bar.top());
  painter.drawText(labelRect, Qt::AlignLeft | Qt::AlignVCenter,
                   stageCountText());
  painter.drawText(labelRect, Qt::AlignRight | Qt::AlignVCenter, label);
}

QString StageTimeline::stageCountText() const {
  const int count = static_cast<int>(stages_.size());
  // Two %n sources: English reads right without a translation, and a translator still gets
  // the plural forms of their language.
  return count == 1 ? tr("%n stage", nullptr, count) : tr("%n stages", nullptr, count);
}

bool StageTimeline::event(QEvent* event) {
  if (event->type() == QEvent::ToolTip) {
    const auto* help = static_cast<QHelpEvent*>(event);
    const double x = help->pos().x();
    for (const icl::core::CurriculumStage& stage : stages_) {
      if (x >= xOf(static_cast<double>(stage.firstStep - 1)) &&
          x <= xOf(static_cast<double>(stage.lastStep))) {
        QToolTip::showText(help->globalPos(), describe(stage), this);
        return true;
      }
    }
    QToolTip::hideText();
    event->ignore();
    return true;
  }
  return QWidget::event(event);
}

}  // namespace icl::ui
