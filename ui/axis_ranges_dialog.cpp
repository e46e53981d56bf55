#include "ui/axis_ranges_dialog.h"

#include <QDialogButtonBox>
#include <QDoubleValidator>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace icl::ui {

namespace {

double valueOf(const QLineEdit* field, bool* ok) {
  return QLocale().toDouble(field->text().trimmed(), ok);
}

}  // namespace

AxisRangesDialog::AxisRangesDialog(QWidget* parent) : QDialog(parent), error_(new QLabel) {
  setWindowTitle(tr("Fixed Axis Ranges"));
  auto* form = new QFormLayout;
  const QStringList labels = {tr("x minimum:"), tr("x maximum:"), tr("y minimum:"),
                              tr("y maximum:")};
  for (int i = 0; i < 4; ++i) {
    fields_[i] = new QLineEdit;
    fields_[i]->setValidator(new QDoubleValidator(fields_[i]));
    form->addRow(labels[i], fields_[i]);
  }
  error_->setWordWrap(true);
  error_->setStyleSheet(QStringLiteral("color: #b00020"));
  error_->setVisible(false);
  auto* note = new QLabel(tr("The ranges stay until Reset zoom (or a double-click)."));
  note->setWordWrap(true);
  auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
  connect(buttons, &QDialogButtonBox::accepted, this, &AxisRangesDialog::accept);
  connect(buttons, &QDialogButtonBox::rejected, this, &AxisRangesDialog::reject);
  auto* layout = new QVBoxLayout(this);
  layout->addLayout(form);
  layout->addWidget(note);
  layout->addWidget(error_);
  layout->addWidget(buttons);
}

void AxisRangesDialog::setRanges(double xMin, double xMax, double yMin, double yMax) {
  const double values[4] = {xMin, xMax, yMin, yMax};
  for (int i = 0; i < 4; ++i) {
    fields_[i]->setText(QLocale().toString(values[i], 'g', 6));
  }
}

void AxisRangesDialog::setLogAxes(bool logX, bool logY) {
  logX_ = logX;
  logY_ = logY;
}

double AxisRangesDialog::xMin() const { return valueOf(fields_[0], nullptr); }
double AxisRangesDialog::xMax() const { return valueOf(fields_[1], nullptr); }
double AxisRangesDialog::yMin() const { return valueOf(fields_[2], nullptr); }
double AxisRangesDialog::yMax() const { return valueOf(fields_[3], nullptr); }

QString AxisRangesDialog::problem() const {
  const QStringList names = {tr("x minimum"), tr("x maximum"), tr("y minimum"), tr("y maximum")};
  double values[4];
  for (int i = 0; i < 4; ++i) {
    bool ok = false;
    values[i] = valueOf(fields_[i], &ok);
    if (!ok) {
      return tr("The %1 is not a number.").arg(names[i]);
    }
  }
  if (!(values[0] < values[1])) {
    return tr("The x minimum must be below the x maximum.");
  }
  if (!(values[2] < values[3])) {
    return tr("The y minimum must be below the y maximum.");
  }
  if (logX_ && values[0] < 0.0) {
    return tr("The x axis is logarithmic over shots + 1: its minimum must be 0 or more.");
  }
  if (logY_ && !(values[2] > 0.0)) {
    return tr("The y axis is logarithmic: its minimum must be above 0.");
  }
  return {};
}

void AxisRangesDialog::accept() {
  const QString why = problem();
  error_->setText(why);
  error_->setVisible(!why.isEmpty());
  if (why.isEmpty()) {
    QDialog::accept();
  }
}

}  // namespace icl::ui
