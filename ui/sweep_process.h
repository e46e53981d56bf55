#pragma once
// Starting a sweep from the window (issue #12): `icl-lab-cli sweep` run as a child process on
// the experiment's config, saved beside the output folder as OUT-base-config.json (the CLI
// takes only a new or empty output folder; the file stays, so the same command can continue a
// stopped sweep). The CLI runs the points (each its own process) and writes sweep.json; the
// Sweep tab reads the folder as it fills. Stop sends SIGINT, on which the CLI stops its
// running points, marks them stopped and exits with 130.

#include <QObject>
#include <QString>
#include <QStringList>
#include <optional>
#include <vector>

#include "core/config/run_config.h"

class QProcess;

namespace icl::ui {

/// What the Start Sweep dialog asks for.
struct SweepRequest {
  QString seeds;       // "0-4" or "0,2,5", as the CLI's --seeds takes it
  QString key;         // the swept config key, or empty for seeds only
  QStringList values;  // its values (at least two when a key is set)
  int jobs = 1;        // points at a time
  QString outDir;      // the sweep folder to create

  /// @brief The CLI's arguments for the config file @p configPath.
  QStringList arguments(const QString& configPath) const;
};

/// @brief The seeds of @p text ("0-4", "0,2,5", "1-3,7"), or nullopt with @p error naming the
/// part that is not a seed or range.
std::optional<std::vector<quint64>> parseSeedList(const QString& text, QString* error);

class SweepProcess : public QObject {
  Q_OBJECT

 public:
  /// Exit code of the CLI after a stop (Ctrl-C / SIGINT): 128 + 2.
  static constexpr int kStoppedExitCode = 130;

  /// @brief Where the experiment's config is saved for a sweep into @p outDir: beside it.
  static QString baseConfigPath(const QString& outDir);

  explicit SweepProcess(QObject* parent = nullptr);
  ~SweepProcess() override;

  /// @brief icl-lab-cli beside the window's executable (also in the build tree, build/app/),
  /// else on the PATH; $ICL_LAB_CLI overrides both. Empty when none is found.
  static QString cliPath();

  /// @brief Saves @p config into @p request's folder and starts the CLI.
  /// @return an empty string, or why nothing was started (naming the file or program)
  QString start(const SweepRequest& request, const icl::core::RunConfig& config);
  /// @brief Asks the CLI to stop (SIGINT): running points end as stopped, finished ones stay.
  void requestStop();
  bool running() const;
  /// Whether requestStop() was called for the sweep running or last run.
  bool stopRequested() const { return stopRequested_; }
  QString outDir() const { return outDir_; }
  /// Everything the CLI printed so far (stdout and stderr).
  QString output() const { return output_; }

 Q_SIGNALS:
  /// The CLI started; the sweep folder is @p outDir.
  void started(const QString& outDir);
  /// The CLI ended with @p exitCode (the CLI's codes: 0 done, 2 bad input, ...).
  void finished(int exitCode, const QString& output);

 private:
  QProcess* process_;
  QString outDir_;
  QString output_;
  bool stopRequested_ = false;
};

}  // namespace icl::ui
