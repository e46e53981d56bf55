#include "ui/sweep_process.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>

#include "ui/chart_export.h"

#ifdef Q_OS_UNIX
#include <csignal>
#endif

namespace icl::ui {

namespace {

constexpr int kStopWaitMs = 10000;  // on closing the window: time for the CLI to mark points

}  // namespace

QStringList SweepRequest::arguments(const QString& configPath) const {
  QStringList args{QStringLiteral("sweep"), QStringLiteral("--config"), configPath,
                   QStringLiteral("--seeds"), seeds};
  if (!key.isEmpty()) {
    args << QStringLiteral("--set") << QStringLiteral("%1=%2").arg(key, values.join(','));
  }
  args << QStringLiteral("--jobs") << QString::number(jobs) << QStringLiteral("--out") << outDir;
  return args;
}

std::optional<std::vector<quint64>> parseSeedList(const QString& text, QString* error) {
  std::vector<quint64> seeds;
  const QStringList parts = text.split(QLatin1Char(','), Qt::KeepEmptyParts);
  for (const QString& raw : parts) {
    const QString part = raw.trimmed();
    bool ok = false;
    const qsizetype dash = part.indexOf(QLatin1Char('-'));
    if (dash > 0) {
      bool okLast = false;
      const quint64 first = part.left(dash).trimmed().toULongLong(&ok);
      const quint64 last = part.mid(dash + 1).trimmed().toULongLong(&okLast);
      if (ok && okLast && first <= last) {
        for (quint64 seed = first; seed <= last; ++seed) {
          seeds.push_back(seed);
        }
        continue;
      }
    } else {
      const quint64 seed = part.toULongLong(&ok);
      if (ok) {
        seeds.push_back(seed);
        continue;
      }
    }
    if (error != nullptr) {
      *error = QCoreApplication::translate(
                   "icl::ui::SweepProcess",
                   "\"%1\" is not a seed or a range of seeds (e.g. 0-4 or 0,2,5)")
                   .arg(part);
    }
    return std::nullopt;
  }
  return seeds;
}

SweepProcess::SweepProcess(QObject* parent) : QObject(parent), process_(new QProcess(this)) {
  process_->setProcessChannelMode(QProcess::MergedChannels);
  connect(process_, &QProcess::readyRead, this,
          [this] { output_ += QString::fromLocal8Bit(process_->readAll()); });
  connect(process_, &QProcess::finished, this, [this](int exitCode, QProcess::ExitStatus status) {
    output_ += QString::fromLocal8Bit(process_->readAll());
    Q_EMIT finished(status == QProcess::NormalExit ? exitCode : -1, output_);
  });
  connect(process_, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
    if (error == QProcess::FailedToStart) {
      output_ += tr("Could not start %1.").arg(process_->program());
      Q_EMIT finished(-1, output_);
    }
  });
}

SweepProcess::~SweepProcess() {
  // The points are separate processes of the CLI: let it stop them and mark them stopped.
  if (running()) {
    requestStop();
    if (!process_->waitForFinished(kStopWaitMs)) {
      process_->kill();
      process_->waitForFinished(1000);
    }
  }
}

QString SweepProcess::cliPath() {
  const QString overridden = qEnvironmentVariable("ICL_LAB_CLI");
  if (!overridden.isEmpty()) {
    return overridden;
  }
  const QString beside =
      QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("icl-lab-cli"));
  if (QFileInfo(beside).isExecutable()) {
    return beside;
  }
  return QStandardPaths::findExecutable(QStringLiteral("icl-lab-cli"));
}

QString SweepProcess::start(const SweepRequest& request, const icl::core::RunConfig& config) {
  if (running()) {
    return tr("A sweep is already running; stop it first.");
  }
  const QString program = cliPath();
  if (program.isEmpty()) {
    return tr("icl-lab-cli was not found beside %1 nor on the PATH.")
        .arg(QDir::toNativeSeparators(QCoreApplication::applicationDirPath()));
  }
  if (!QDir().mkpath(QFileInfo(baseConfigPath(request.outDir)).absolutePath())) {
    return tr("Could not create the folder %1.")
        .arg(QDir::toNativeSeparators(QFileInfo(request.outDir).absolutePath()));
  }
  const QString configPath = baseConfigPath(request.outDir);
  const QString error = writeTextFile(configPath, QString::fromStdString(config.toJsonText()));
  if (!error.isEmpty()) {
    return error;
  }
  outDir_ = request.outDir;
  output_.clear();
  stopRequested_ = false;
  process_->start(program, request.arguments(configPath));
  if (!process_->waitForStarted(5000)) {
    return tr("Could not start %1: %2").arg(program, process_->errorString());
  }
  Q_EMIT started(outDir_);
  return {};
}

QString SweepProcess::baseConfigPath(const QString& outDir) {
  const QFileInfo out(QDir::cleanPath(outDir));
  return out.absoluteDir().filePath(out.fileName() + QStringLiteral("-base-config.json"));
}

void SweepProcess::requestStop() {
  if (!running()) {
    return;
  }
  stopRequested_ = true;
#ifdef Q_OS_UNIX
  ::kill(static_cast<pid_t>(process_->processId()), SIGINT);  // the CLI's Ctrl+C: marks points
#else
  process_->terminate();
#endif
}

bool SweepProcess::running() const { return process_->state() != QProcess::NotRunning; }

}  // namespace icl::ui
