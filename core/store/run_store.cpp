#include "core/store/run_store.h"

#include <system_error>

#include "core/config/json_reader.h"
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

/// Moves a parsed value into @p into, or passes the parser's error on.
template <typename T>
Status take(Result<T> parsed, T& into) {
  if (!parsed) {
    return Status::failure(parsed.error());
  }
  into = std::move(parsed).value();
  return Status::success();
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
  RunFiles files;
  const Status configRead = take(readWholeFile(dir / "config.json"), files.config);
  if (!configRead) {
    return R::failure(configRead.error());
  }
  // parseRun names a missing required file, after the config's problems.
  for (auto [name, text] : {std::pair{"train.csv", &files.train},
                            std::pair{"eval.csv", &files.eval},
                            std::pair{"stages.csv", &files.stages},
                            std::pair{"summary.json", &files.summary}}) {
    if (fs::exists(dir / name, error)) {
      Result<std::string> read = readWholeFile(dir / name);
      if (!read) {
        return R::failure(read.error());
      }
      *text = std::move(read).value();
    }
  }
  return parseRun(files, dir);
}

Result<RunData> parseRun(const RunFiles& files, const fs::path& dir) {
  using R = Result<RunData>;
  RunData data;
  data.dir = dir;
  const std::string configSource = (dir / "config.json").string();
  nlohmann::json root;
  try {
    root = nlohmann::json::parse(files.config);
  } catch (const nlohmann::json::exception& parseError) {  // also out_of_range: 1e400
    return R::failure(configSource + ": not valid JSON: " + parseError.what());
  }
  // A root that is not an object is reported by fromJson ("expected a JSON object").
  data.provenance = nlohmann::json::object();
  if (root.is_object() && root.contains("provenance")) {
    data.provenance = root["provenance"];
    if (!data.provenance.is_object()) {
      return R::failure(configSource + ": provenance = " + describeJsonValue(data.provenance) +
                        ": expected a JSON object");
    }
  }
  Result<RunConfig> config = RunConfig::fromJson(root, configSource);
  if (!config) {
    return R::failure(config.error());
  }
  data.config = std::move(config).value();

  for (const auto& [name, text] : {std::pair{"train.csv", &files.train},
                                   std::pair{"eval.csv", &files.eval}}) {
    if (!*text) {
      return R::failure((dir / name).string() + ": no such file");
    }
  }
  Status parsed = take(parseTrainCsv(*files.train, (dir / "train.csv").string()), data.losses);
  if (parsed) {
    parsed = take(parseEvalCsv(*files.eval, (dir / "eval.csv").string()), data.evaluations);
  }
  if (parsed && files.stages) {
    parsed = take(parseStagesCsv(*files.stages, (dir / "stages.csv").string()), data.stages);
  }
  if (!parsed) {
    return R::failure(parsed.error());
  }

  data.summary = nlohmann::json::object();
  if (files.summary) {
    const std::string summarySource = (dir / "summary.json").string();
    try {
      data.summary = nlohmann::json::parse(*files.summary);
    } catch (const nlohmann::json::exception& parseError) {  // also out_of_range: 1e400
      return R::failure(summarySource + ": not valid JSON: " + parseError.what());
    }
    // The window reads summary["status"] as a string.
    if (!data.summary.is_object()) {
      return R::failure(summarySource + ": " + describeJsonValue(data.summary) +
                        ": expected a JSON object");
    }
    if (data.summary.contains("status") && !data.summary["status"].is_string()) {
      return R::failure(summarySource + ": status = " +
                        describeJsonValue(data.summary["status"]) + ": expected a string");
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
