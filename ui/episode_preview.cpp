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

using icl::core::TaskFamily;

constexpr qreal kMarkerSize = 7.0;  // scatter marker diameter in pixels
// The families in the order the form's mixture lists them.
const QList<TaskFamily> kPreviewFamilies = {TaskFamily::Sim, TaskFamily::Proto, TaskFamily::Ave,
                                            TaskFamily::Rad};

/// @return the families @p task trains on: its single family, or those weighted in the mixture
QList<TaskFamily> trainedFamilies(const icl::core::TaskConfig& task) {
  if (task.trainFamily != TaskFamily::Mix) {
    return {task.trainFamily};
  }
  QList<TaskFamily> families;
  for (TaskFamily family : kPreviewFamilies) {
    const auto found = task.mixture.find(family);
    if (found != task.mixture.end() && found->second > 0.0) {
      families.append(family);
    }
  }
  return families;
}

QColor classColor(int64_t label) {
  static const QList<QColor> kColors = {QColor(0x1f, 0x77, 0xb4), QColor(0xd6, 0x27, 0x28),
                                        QColor(0x2c, 0xa0, 0x2c), QColor(0x94, 0x67, 0xbd),
                                        QColor(0x8c, 0x56, 0x4b), QColor(0xe3, 0x77, 0xc2)};
  return kColors[static_cast<int>(label % kColors.size())];
}

}  // namespace

EpisodePreview::EpisodePreview(QWidget* parent)
    : QWidget(parent),
      grid_(new QGridLayout),
      note_(new QLabel),
      resampleButton_(new QPushButton(tr("Resample"))) {
  grid_->setSpacing(2);
  resampleButton_->setToolTip(tr("Draw a new task of each family from the same generators"));
  note_->setWordWrap(true);
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addLayout(grid_);
  auto* row = new QHBoxLayout;
  row->addWidget(note_, 1);
  row->addWidget(resampleButton_);
  layout->addLayout(row);
  setToolTip(tr("One training task of each family trained on: its N examples, coloured by "
                "label"));
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

void EpisodePreview::showCharts(const QList<TaskFamily>& families) {
  if (families == shown_) {
    return;
  }
  for (QChartView* view : views_) {
    delete view;
  }
  views_.clear();
  shown_ = families;
  for (int i = 0; i < families.size(); ++i) {
    auto* chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->hide();
    chart->setMargins(QMargins(0, 0, 0, 0));
    chart->setTitle(QString::fromStdString(icl::core::familyName(families[i])));
    auto* view = new QChartView(chart);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumSize(80, 120);
    grid_->addWidget(view, 0, i);
    views_.append(view);
  }
}

void EpisodePreview::redraw() {
  showCharts(trainedFamilies(task_));
  const std::vector<TaskFamily> families(shown_.begin(), shown_.end());
  const auto tasks = icl::core::samplePreviewTasks(task_, families, task_.length, seed_);
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
  // N examples: what each training sequence holds, so the picture matches the training tasks.
  const QString examples = tr("N = %1 examples per task").arg(task_.length);
  note_->setText(task_.d == 2 ? examples
                              : tr("%1; d = %2: showing x0 and x1").arg(examples).arg(task_.d));
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

QString EpisodePreview::note() const { return note_->text(); }

int EpisodePreview::pointCount(int familyIndex) const {
  int count = 0;
  for (QAbstractSeries* series : views_.at(familyIndex)->chart()->series()) {
    count += static_cast<int>(static_cast<QScatterSeries*>(series)->count());
  }
  return count;
}

}  // namespace icl::ui
