#pragma once
// Helpers shared by the resume and failure tests (#8): file text, train.csv without its wall
// time column, and a run driven until a chosen evaluation.

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "core/training/trainer.h"

inline std::string fileText(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

/// train.csv with its second column (wall_s) removed: wall time never repeats.
inline std::string withoutWallTime(const std::string& csv) {
  std::istringstream lines(csv);
  std::string line;
  std::string out;
  while (std::getline(lines, line)) {
    const std::size_t first = line.find(',');
    const std::size_t second = line.find(',', first + 1);
    out += line.substr(0, first) + line.substr(second) + "\n";
  }
  return out;
}

/// Trains @p config into @p dir; with @p stopAfterEvalStep >= 0 asks the run to stop as soon
/// as the evaluation of that step has been reported.
inline icl::core::RunResult trainUntil(const icl::core::RunConfig& config,
                                       const std::filesystem::path& dir,
                                       int64_t stopAfterEvalStep) {
  icl::core::RunControl control;
  icl::core::TrainOptions options;
  options.outDir = dir;
  return icl::core::train(
      config, options,
      [&control, stopAfterEvalStep](const icl::core::ProgressBatch& batch) {
        for (const icl::core::EvalRecord& record : batch.evaluations) {
          if (stopAfterEvalStep >= 0 && record.step == stopAfterEvalStep) {
            control.requestStop();
          }
        }
      },
      control);
}
