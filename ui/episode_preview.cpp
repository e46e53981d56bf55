#include "ui/episode_preview.h"

#include <QChart>
#include <QChartView>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QScatterSeries>
#include <QValueAxis>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>

#include "core/tasks/episode_preview.h"

namespace icl::ui {

namespace {

constexpr int kPreviewLength = 40;       // examples drawn per previewed task
constexpr qreal kMarkerSize = 7.0;       // scatter marker diameter in pixels
const QList<icl::core::TaskFamily> kPreviewFamilies = {
    icl::core::TaskFamily::Sim, icl::core::TaskFamily::Proto, icl::core::TaskFamily::Ave};

QColor classColor(int64_t label) {
  static const QList<QColor> kColors = {QColor(0x1f, 0x77, 0xb4), QColor(0xd6, 0x27, 0x28),
                                        QColor(0x2c, 0xa0, 0x2c), QColor(0x94, 0x67, 0xbd),
                                        QColor(0x8c, 0x56, 0x4b), QColor(0xe3, 0x77, 0xc2)};
  return kColors[static_cast<int>(label % kColors.size())];
}

}  // namespace

EpisodePreview::EpisodePreview(QWidget* parent)
    : QWidget(parent), note_(new QLabel), resampleButton_(new QPushButton(tr("Resample"))) {
  auto* grid = new QGridLayout;
  grid->setSpacing(2);
  for (int i = 0; i < kPreviewFamilies.size(); ++i) {
    auto* chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->hide();
    chart->setMargins(QMargins(0, 0, 0, 0));
    chart->setTitle(QString::fromStdString(icl::core::familyName(kPreviewFamilies[i])));
    auto* view = new QChartView(chart);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumSize(110, 120);
    grid->addWidget(view, 0, i);
    views_.append(view);
  }
  resampleButton_->setToolTip(tr("Draw a new task of each family from the same generators"));
  note_->setWordWrap(true);
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addLayout(grid);
  auto* row = new QHBoxLayout;
  row->addWidget(note_, 1);
  row->addWidget(resampleButton_);
  layout->addLayout(row);
  setToolTip(tr("One training task per family: its examples, coloured by label"));
  connect(resampleButton_, &QPushButton::clicked, this, &EpisodePreview::resample);
}

void EpisodePreview::setTaskConfig(const icl::core::TaskConfig& task) {
  task_ = task;
  redraw();
}

void EpisodePreview::resample() {
  ++seed_;
  redraw();
}

void EpisodePreview::redraw() {
  std::vector<icl::core::TaskFamily> families(kPreviewFamilies.begin(), kPreviewFamilies.end());
  const auto tasks = icl::core::samplePreviewTasks(task_, families, kPreviewLength, seed_);
  for (QChartView* view : views_) {
    view->chart()->removeAllSeries();
    for (QAbstractAxis* axis : view->chart()->axes()) {
      view->chart()->removeAxis(axis);
      delete axis;
    }
  }
  if (!tasks) {
    note_->setText(tr("No preview: %1").arg(QString::fromStdString(tasks.error())));
    return;
  }
  note_->setText(task_.d == 2 ? tr("%1 examples per task").arg(kPreviewLength)
                              : tr("d = %1: showing x0 and x1").arg(task_.d));
  for (int i = 0; i < views_.size(); ++i) {
    const icl::core::PreviewTask& task = tasks.value()[static_cast<size_t>(i)];
    QChart* chart = views_[i]->chart();
    auto* x = new QValueAxis;
    auto* y = new QValueAxis;
    x->setLabelsVisible(false);
    y->setLabelsVisible(false);
    x->setTickCount(3);
    y->setTickCount(3);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    double extent = 1.0;
    QList<QScatterSeries*> byClass;
    for (int64_t c = 0; c < task_.classes; ++c) {
      auto* series = new QScatterSeries;
      series->setMarkerSize(kMarkerSize);
      series->setColor(classColor(c));
      series->setBorderColor(classColor(c).darker(130));
      series->setName(tr("class %1").arg(c));
      byClass.append(series);
    }
    for (size_t p = 0; p < task.points.size(); ++p) {
      const auto& point = task.points[p];
      const double px = point[0];
      const double py = point.size() > 1 ? point[1] : 0.0;
      extent = std::max({extent, std::abs(px), std::abs(py)});
      byClass[static_cast<int>(task.labels[p])]->append(px, py);
    }
    for (QScatterSeries* series : byClass) {
      chart->addSeries(series);
      series->attachAxis(x);
      series->attachAxis(y);
    }
    x->setRange(-extent * 1.1, extent * 1.1);
    y->setRange(-extent * 1.1, extent * 1.1);
  }
}

int EpisodePreview::pointCount(int familyIndex) const {
  int count = 0;
  for (QAbstractSeries* series : views_.at(familyIndex)->chart()->series()) {
    count += static_cast<int>(static_cast<QScatterSeries*>(series)->count());
  }
  return count;
}

}  // namespace icl::ui
