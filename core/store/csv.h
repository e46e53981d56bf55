#pragma once
// CSV for the whole project: one writer for header + rows of text and numbers (the run
// store's train.csv, eval.csv and stages.csv, the comparison table, the window's exports),
// and strict parsing of the run store's three formats with file:line errors.

#include <cstdint>
#include <string>
#include <type_traits>
#include <vector>

#include "core/store/records.h"
#include "core/util/result.h"

namespace icl::core {

/// @brief One CSV field, already formatted: integers in full, real numbers with nine
/// significant digits (printf "%.9g": a float round-trips, and the text stays short), and text
/// quoted only where it holds a comma, a quote or a line break (RFC 4180).
/// The constructors are implicit on purpose, so that a row reads {step, learner, loss}.
class CsvField {
 public:
  CsvField(const std::string& text);
  CsvField(const char* text);
  CsvField(double value);
  template <typename Integer, std::enable_if_t<std::is_integral_v<Integer>, int> = 0>
  CsvField(Integer value) : text_(std::to_string(value)) {}

  const std::string& text() const { return text_; }

 private:
  std::string text_;
};

using CsvRow = std::vector<CsvField>;

/// @brief One line: the fields joined by commas, ended by "\n".
std::string formatCsvLine(const CsvRow& fields);
/// @brief A whole file: the header line, then one line per row.
std::string formatCsv(const CsvRow& header, const std::vector<CsvRow>& rows);

extern const char* const kTrainCsvHeader;  // step,wall_s,learner,loss
extern const char* const kEvalCsvHeader;   // step,learner,...,n_tasks
extern const char* const kStagesCsvHeader;  // step,learner,dims,points
extern const char* const kGeneralisationCsvHeader;  // checkpoint,test_set,...,n_tasks
extern const char* const kProbeCsvHeader;           // checkpoint,test_set,...,n_tasks

std::string formatLossRow(const LossRecord& record);
std::string formatEvalRow(const EvalRecord& record);
std::string formatStageRow(const StageRecord& record);
/// @brief Whole train.csv and eval.csv texts, as a run folder holds them.
std::string formatTrainCsv(const std::vector<LossRecord>& records);
std::string formatEvalCsv(const std::vector<EvalRecord>& records);

/// @brief Parses a whole train.csv. A last line without a newline (a run killed mid-write) is
/// dropped; any other bad row is an error naming source:line.
Result<std::vector<LossRecord>> parseTrainCsv(const std::string& text, const std::string& source);
Result<std::vector<EvalRecord>> parseEvalCsv(const std::string& text, const std::string& source);
Result<std::vector<StageRecord>> parseStagesCsv(const std::string& text, const std::string& source);

/// @brief generalisation.csv and probe.csv (issue #10), written whole by `evaluate`.
std::string formatGeneralisationCsv(const std::vector<GeneralisationRecord>& records);
std::string formatProbeCsv(const std::vector<ProbeRecord>& records);
Result<std::vector<GeneralisationRecord>> parseGeneralisationCsv(const std::string& text,
                                                                 const std::string& source);
Result<std::vector<ProbeRecord>> parseProbeCsv(const std::string& text, const std::string& source);

}  // namespace icl::core
