#pragma once
// The two CSV formats of the run store: formatting and strict parsing with file:line errors.

#include <string>
#include <vector>

#include "core/store/records.h"
#include "core/util/result.h"

namespace icl::core {

extern const char* const kTrainCsvHeader;  // step,wall_s,learner,loss
extern const char* const kEvalCsvHeader;   // step,learner,...,n_tasks
extern const char* const kStagesCsvHeader;  // step,learner,dims,points

std::string formatLossRow(const LossRecord& record);
std::string formatEvalRow(const EvalRecord& record);
std::string formatStageRow(const StageRecord& record);

/// @brief Parses a whole train.csv. A last line without a newline (a run killed mid-write) is
/// dropped; any other bad row is an error naming source:line.
Result<std::vector<LossRecord>> parseTrainCsv(const std::string& text, const std::string& source);
Result<std::vector<EvalRecord>> parseEvalCsv(const std::string& text, const std::string& source);
Result<std::vector<StageRecord>> parseStagesCsv(const std::string& text, const std::string& source);

}  // namespace icl::core
