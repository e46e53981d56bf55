#include "core/store/run_store.h"

#include <system_error>

#include "core/store/csv.h"
#include "core/util/atomic_file.h"

namespace icl::core {
namespace fs = std::filesystem;

RunWriter::RunWriter(fs::path dir, RunLock lock) : dir_(std::move(dir)), lock_(std::move(lock)) {}

namespace {

/// The header and the complete rows of a CSV whose step (first field) is <= @p step; a partial
/// last line of a killed run is dropped.
std::string rowsThrough(const std::string& text, int64_t step) {
  std::string kept;
  std::size_t begin = 0;
  bool header = true;
  while (begin < text.size()) {
    const std::size_t end = text.find('\n', begin);
    if (end == std::string::npos) {
      break;
    }
    const std::string line = text.substr(begin, end + 1 - begin);
    begin = end + 1;
    if (header) {
      kept += line;
      header = false;
      continue;
    }
    try {
      if (std::stoll(line) <= step) {
        kept += line;
      }
    } catch (const std::exception&) {
      // not a row (readRun reports malformed rows); dropped with the rows after the checkpoint
    }
  }
  return kept;
}

}  // namespace

Result<std::unique_ptr<RunWriter>> RunWriter::create(const fs::path& dir) {
  using R = Result<std::unique_ptr<RunWriter>>;
  std::error_code error;
  if (fs::exists(dir, error)) {
    if (!fs::is_directory(dir, error)) {
      return R::failure("output folder " + dir.string() + " is a file, not a folder");
    }
    if (!fs::is_empty(dir, error)) {
      return R::failure("output folder " + dir.string() +
                        " already holds files; choose a new folder (nothing was overwritten)");
    }
  }
  fs::create_directories(dir / "checkpoints", error);
  if (error) {
    return R::failure("cannot create output folder " + dir.string() + ": " + error.message());
  }
  Result<RunLock> lock = RunLock::acquire(dir);
  if (!lock) {
    return R::failure(lock.error());
  }
  std::unique_ptr<RunWriter> writer(new RunWriter(dir, std::move(lock).value()));
  writer->train_.open(dir / "train.csv", std::ios::out | std::ios::trunc);
  writer->eval_.open(dir / "eval.csv", std::ios::out | std::ios::trunc);
  if (!writer->train_ || !writer->eval_) {
    return R::failure("cannot write in output folder " + dir.string() +
                      " (is it writable?)");
  }
  writer->train_ << kTrainCsvHeader << '\n';
  writer->eval_ << kEvalCsvHeader << '\n';
  const Status flushed = writer->flush();
  if (!flushed) {
    return R::failure(flushed.error());
  }
  return R::success(std::move(writer));
}

Result<std::unique_ptr<RunWriter>> RunWriter::reopen(const fs::path& dir, int64_t keepThroughStep) {
  using R = Result<std::unique_ptr<RunWriter>>;
  Result<RunLock> lock = RunLock::acquire(dir);
  if (!lock) {
    return R::failure(lock.error());
  }
  std::unique_ptr<RunWriter> writer(new RunWriter(dir, std::move(lock).value()));
  std::error_code error;
  const bool hasStages = fs::exists(dir / "stages.csv", error);
  for (const char* name : {"train.csv", "eval.csv", "stages.csv"}) {
    const fs::path path = dir / name;
    if (std::string(name) == "stages.csv" && !hasStages) {
      continue;
    }
    const Result<std::string> text = readWholeFile(path);
    if (!text) {
      return R::failure(text.error());
    }
    // Rewritten, never truncated in place: a crash here leaves the old or the new file.
    const Status rewritten = writeFileAtomically(path, rowsThrough(text.value(), keepThroughStep));
    if (!rewritten) {
      return R::failure(rewritten.error());
    }
  }
  writer->train_.open(dir / "train.csv", std::ios::out | std::ios::app);
  writer->eval_.open(dir / "eval.csv", std::ios::out | std::ios::app);
  if (hasStages) {
    writer->stages_.open(dir / "stages.csv", std::ios::out | std::ios::app);
  }
  if (!writer->train_ || !writer->eval_ || (hasStages && !writer->stages_)) {
    return R::failure("cannot write in run folder " + dir.string() + " (is it writable?)");
  }
  return R::success(std::move(writer));
}

Status RunWriter::streamStatus(const std::ofstream& stream, const char* file) const {
  if (!stream) {
    return Status::failure("cannot write " + (dir_ / file).string() + " (disk full?)");
  }
  return Status::success();
}

Status RunWriter::writeConfig(const nlohmann::json& config) {
  return writeFileAtomically(dir_ / "config.json", config.dump(2) + "\n");
}

Status RunWriter::writeSummary(const nlohmann::json& summary) {
  return writeFileAtomically(dir_ / "summary.json", summary.dump(2) + "\n");
}

Status RunWriter::appendLosses(const std::vector<LossRecord>& records) {
  for (const LossRecord& record : records) {
    train_ << formatLossRow(record);
  }
  return streamStatus(train_, "train.csv");
}

Status RunWriter::appendEvaluations(const std::vector<EvalRecord>& records) {
  for (const EvalRecord& record : records) {
    eval_ << formatEvalRow(record);
  }
  return streamStatus(eval_, "eval.csv");
}

Status RunWriter::openStages() {
  if (stages_.is_open()) {
    return Status::success();  // reopened for a resume: the file keeps its rows
  }
  stages_.open(dir_ / "stages.csv", std::ios::out | std::ios::trunc);
  if (!stages_) {
    return Status::failure("cannot write " + (dir_ / "stages.csv").string());
  }
  stages_ << kStagesCsvHeader << '\n';
  stages_.flush();
  return Status::success();
}

Status RunWriter::appendStages(const std::vector<StageRecord>& records) {
  for (const StageRecord& record : records) {
    stages_ << formatStageRow(record);
  }
  return streamStatus(stages_, "stages.csv");
}

Status RunWriter::flush() {
  train_.flush();
  eval_.flush();
  if (stages_.is_open()) {
    stages_.flush();
    if (!stages_) {
      return Status::failure("cannot write " + (dir_ / "stages.csv").string() + " (disk full?)");
    }
  }
  if (!train_) {
    return Status::failure("cannot write " + (dir_ / "train.csv").string() + " (disk full?)");
  }
  if (!eval_) {
    return Status::failure("cannot write " + (dir_ / "eval.csv").string() + " (disk full?)");
  }
  return Status::success();
}

Status RunWriter::sync() {
  const Status flushed = flush();
  if (!flushed) {
    return flushed;
  }
  for (const char* name : {"train.csv", "eval.csv", "stages.csv"}) {
    if (std::string(name) == "stages.csv" && !stages_.is_open()) {
      continue;
    }
    const Status synced = syncPath(dir_ / name);
    if (!synced) {
      return synced;
    }
  }
  return Status::success();
}

fs::path RunWriter::checkpointPath(const std::string& learner, const std::string& tag) const {
  return dir_ / "checkpoints" / (learner + "-" + tag + ".pt");
}

Result<RunData> readRun(const fs::path& dir) {
  using R = Result<RunData>;
  std::error_code error;
  if (!fs::is_directory(dir, error)) {
    return R::failure(dir.string() + ": not a folder");
  }
  if (!fs::exists(dir / "config.json", error)) {
    return R::failure(dir.string() + ": not a run folder (no config.json)");
  }
  RunData data;
  data.dir = dir;
  const Result<std::string> configText = readWholeFile(dir / "config.json");
  if (!configText) {
    return R::failure(configText.error());
  }
  const std::string configSource = (dir / "config.json").string();
  try {
    const nlohmann::json root = nlohmann::json::parse(configText.value());
    data.provenance = root.value("provenance", nlohmann::json::object());
  } catch (const nlohmann::json::exception& parseError) {
    return R::failure(configSource + ": not valid JSON: " + parseError.what());
  }
  Result<RunConfig> config = RunConfig::fromJsonText(configText.value(), configSource);
  if (!config) {
    return R::failure(config.error());
  }
  data.config = std::move(config).value();

  const Result<std::string> trainText = readWholeFile(dir / "train.csv");
  if (!trainText) {
    return R::failure(trainText.error());
  }
  Result<std::vector<LossRecord>> losses =
      parseTrainCsv(trainText.value(), (dir / "train.csv").string());
  if (!losses) {
    return R::failure(losses.error());
  }
  data.losses = std::move(losses).value();

  const Result<std::string> evalText = readWholeFile(dir / "eval.csv");
  if (!evalText) {
    return R::failure(evalText.error());
  }
  Result<std::vector<EvalRecord>> evaluations =
      parseEvalCsv(evalText.value(), (dir / "eval.csv").string());
  if (!evaluations) {
    return R::failure(evaluations.error());
  }
  data.evaluations = std::move(evaluations).value();

  if (fs::exists(dir / "stages.csv", error)) {
    const Result<std::string> stagesText = readWholeFile(dir / "stages.csv");
    if (!stagesText) {
      return R::failure(stagesText.error());
    }
    Result<std::vector<StageRecord>> stages =
        parseStagesCsv(stagesText.value(), (dir / "stages.csv").string());
    if (!stages) {
      return R::failure(stages.error());
    }
    data.stages = std::move(stages).value();
  }

  data.summary = nlohmann::json::object();
  if (fs::exists(dir / "summary.json", error)) {
    const Result<std::string> summaryText = readWholeFile(dir / "summary.json");
    if (!summaryText) {
      return R::failure(summaryText.error());
    }
    try {
      data.summary = nlohmann::json::parse(summaryText.value());
    } catch (const nlohmann::json::exception& parseError) {
      return R::failure((dir / "summary.json").string() + ": not valid JSON: " +
                        parseError.what());
    }
    if (!data.summary.is_object()) {
      return R::failure((dir / "summary.json").string() + ": expected a JSON object");
    }
  }
  const auto recorded = data.summary.find("status");
  const std::string recordedStatus =
      recorded != data.summary.end() && recorded->is_string() ? recorded->get<std::string>() : "";
  const std::string status = effectiveRunStatus(recordedStatus, runLockHeld(dir));
  if (status != recordedStatus) {
    data.summary["recorded_status"] = recordedStatus;
    data.summary["status"] = status;
  }
  return R::success(std::move(data));
}

}  // namespace icl::core
