#include "ui/sweep_dialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QThread>
#include <QVBoxLayout>

#include <nlohmann/json.hpp>

#include "core/config/config_fields.h"
#include "core/config/overrides.h"
#include "core/sweep/sweep_manifest.h"

namespace icl::ui {

SweepDialog::SweepDialog(const icl::core::RunConfig& base, const QString& outDir,
                         QWidget* parent)
    : QDialog(parent),
      base_(base),
      seeds_(new QLineEdit(QStringLiteral("0-4"))),
      key_(new QComboBox),
      values_(new QLineEdit),
      jobs_(new QSpinBox),
      outDir_(new QLineEdit(outDir)),
      error_(new QLabel),
      buttons_(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel)) {
  setWindowTitle(tr("Start Sweep"));
  seeds_->setToolTip(tr("The seeds each setting runs with: a range 0-4, a list 0,2,5, or both"));
  key_->addItem(tr("(none: seeds only)"), QString());
  for (const icl::core::ConfigField& field : icl::core::configFields()) {
    if (field.appliesTo(base_.experiment)) {
      key_->addItem(QString::fromStdString(field.key), QString::fromStdString(field.key));
      key_->setItemData(key_->count() - 1, QString::fromStdString(field.help), Qt::ToolTipRole);
    }
  }
  key_->setToolTip(tr("The config key the sweep varies"));
  values_->setPlaceholderText(tr("e.g. 3e-3, 1e-2"));
  values_->setToolTip(tr("The values of the swept key, separated by commas"));
  jobs_->setRange(1, std::max(1, QThread::idealThreadCount()));
  jobs_->setToolTip(tr("How many points run at the same time (each is its own process)"));
  auto* browse = new QPushButton(tr("Browse…"));
  auto* outRow = new QHBoxLayout;
  outRow->addWidget(outDir_, 1);
  outRow->addWidget(browse);
  error_->setObjectName(QStringLiteral("sweepDialogError"));
  error_->setWordWrap(true);
  error_->setStyleSheet(QStringLiteral("color: #b03020"));
  error_->hide();

  auto* form = new QFormLayout;
  form->addRow(tr("Seeds:"), seeds_);
  form->addRow(tr("Swept key:"), key_);
  form->addRow(tr("Values:"), values_);
  form->addRow(tr("Jobs:"), jobs_);
  form->addRow(tr("Output folder:"), outRow);
  auto* layout = new QVBoxLayout(this);
  layout->addWidget(new QLabel(tr("Runs the experiment in the form once per seed and value, "
                                  "with icl-lab-cli sweep.")));
  layout->addLayout(form);
  layout->addWidget(error_);
  layout->addWidget(buttons_);
  connect(browse, &QPushButton::clicked, this, &SweepDialog::onBrowse);
  connect(buttons_, &QDialogButtonBox::accepted, this, &SweepDialog::accept);
  connect(buttons_, &QDialogButtonBox::rejected, this, &SweepDialog::reject);
  connect(key_, &QComboBox::currentIndexChanged, this,
          [this] { values_->setEnabled(!key_->currentData().toString().isEmpty()); });
  values_->setEnabled(false);
}

SweepRequest SweepDialog::request() const {
  SweepRequest request;
  request.seeds = seeds_->text().trimmed();
  request.key = key_->currentData().toString();
  if (!request.key.isEmpty()) {
    for (const QString& value : values_->text().split(QLatin1Char(','))) {
      request.values << value.trimmed();
    }
  }
  request.jobs = jobs_->value();
  request.outDir = outDir_->text().trimmed();
  return request;
}

QString SweepDialog::validate() const {
  const SweepRequest r = request();
  QString seedError;
  const auto seeds = parseSeedList(r.seeds, &seedError);
  if (!seeds) {
    return tr("Seeds: %1.").arg(seedError);
  }
  if (!r.key.isEmpty()) {
    if (r.values.size() < 2 || r.values.contains(QString())) {
      return tr("Values of %1: give at least two values separated by commas, none empty "
                "(\"%2\").")
          .arg(r.key, values_->text());
    }
    // Each value checked exactly as the CLI will check it: applied to the base config.
    const nlohmann::json base = nlohmann::json::parse(base_.toJsonText());
    for (const QString& value : r.values) {
      nlohmann::json json = base;
      const auto applied =
          icl::core::applyOverride(json, QStringLiteral("%1=%2").arg(r.key, value).toStdString());
      const auto parsed = applied ? icl::core::RunConfig::fromJson(json, "the sweep")
                                  : icl::core::Result<icl::core::RunConfig>::failure(
                                        applied.error());
      if (!parsed) {
        return tr("Value \"%1\" of %2: %3").arg(value, r.key, QString::fromStdString(parsed.error()));
      }
    }
  }
  if (r.outDir.isEmpty()) {
    return tr("Output folder: choose a folder for the sweep.");
  }
  if (icl::core::isSweepFolder(std::filesystem::path(r.outDir.toStdString()))) {
    return tr("Output folder %1 already holds a sweep; choose a new folder (open that sweep "
              "with File > Open Sweep Folder… to see it).")
        .arg(QDir::toNativeSeparators(r.outDir));
  }
  const QFileInfo out(r.outDir);
  if (out.exists() && (!out.isDir() || !QDir(r.outDir).isEmpty(QDir::AllEntries |
                                                                 QDir::NoDotAndDotDot | QDir::Hidden))) {
    return tr("Output folder %1 already holds files; choose a new or empty folder.")
        .arg(QDir::toNativeSeparators(r.outDir));
  }
  return {};
}

QString SweepDialog::errorText() const { return error_->isHidden() ? QString() : error_->text(); }

void SweepDialog::accept() {
  const QString problem = validate();
  error_->setText(problem);
  error_->setVisible(!problem.isEmpty());
  if (problem.isEmpty()) {
    QDialog::accept();
  }
}

void SweepDialog::onBrowse() {
  const QString dir = QFileDialog::getExistingDirectory(this, tr("Sweep Output Folder"),
                                                        QFileInfo(outDir_->text()).path());
  if (!dir.isEmpty()) {
    outDir_->setText(dir);
  }
}

}  // namespace icl::ui
