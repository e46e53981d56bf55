#include "core/store/csv.h"

#include <cstdio>
#include <limits>
#include <sstream>

namespace icl::core {

const char* const kTrainCsvHeader = "step,wall_s,learner,loss";
const char* const kEvalCsvHeader =
    "step,learner,train_family,test_family,shots,metric,value,ci95_low,ci95_high,n_tasks";
const char* const kStagesCsvHeader = "step,learner,dims,points";
const char* const kGeneralisationCsvHeader =
    "checkpoint,test_set,test_family,sigma,offset,learner,shots,accuracy,ci95_low,ci95_high,"
    "n_tasks";
const char* const kProbeCsvHeader =
    "checkpoint,test_set,test_family,sigma,offset,model,reference,shots,agreement,chance,n_tasks";

namespace {

std::vector<std::string> splitFields(const std::string& line) {
  std::vector<std::string> fields;
  std::string field;
  std::istringstream stream(line);
  while (std::getline(stream, field, ',')) {
    fields.push_back(field);
  }
  if (!line.empty() && line.back() == ',') {
    fields.emplace_back();
  }
  return fields;
}

bool toInt(const std::string& text, int64_t& out) {
  try {
    std::size_t used = 0;
    out = std::stoll(text, &used);
    return used == text.size();
  } catch (const std::exception&) {
    return false;
  }
}

bool toDouble(const std::string& text, double& out) {
  try {
    std::size_t used = 0;
    out = std::stod(text, &used);
    return used == text.size();
  } catch (const std::exception&) {
    // stod rejects "nan"/"inf" spellings on some libraries; a diverged loss is written as nan.
    if (text == "nan" || text == "-nan") {
      out = std::numeric_limits<double>::quiet_NaN();
      return true;
    }
    if (text == "inf" || text == "-inf") {
      out = text[0] == '-' ? -std::numeric_limits<double>::infinity()
                           : std::numeric_limits<double>::infinity();
      return true;
    }
    return false;
  }
}

/// Lines after the header; drops an unterminated last line.
template <typename Record, typename ParseRow>
Result<std::vector<Record>> parseLines(const std::string& text, const std::string& source,
                                       const char* header, ParseRow parseRow) {
  std::vector<Record> records;
  std::size_t begin = 0;
  int64_t lineNumber = 0;
  while (begin < text.size()) {
    const std::size_t end = text.find('\n', begin);
    if (end == std::string::npos) {
      break;  // partial last line of a killed run
    }
    std::string line = text.substr(begin, end - begin);
    begin = end + 1;
    ++lineNumber;
    if (!line.empty() && line.back() == '\r') {
      line.pop_back();
    }
    if (lineNumber == 1) {
      if (line != header) {
        return Result<std::vector<Record>>::failure(source + ":1: expected the header '" +
                                                    header + "', found '" + line + "'");
      }
      continue;
    }
    if (line.empty()) {
      continue;
    }
    Record record;
    if (!parseRow(splitFields(line), record)) {
      return Result<std::vector<Record>>::failure(source + ":" + std::to_string(lineNumber) +
                                                  ": malformed row '" + line + "'");
    }
    records.push_back(std::move(record));
  }
  if (lineNumber == 0) {
    return Result<std::vector<Record>>::failure(source + ": empty file (no header)");
  }
  return Result<std::vector<Record>>::success(std::move(records));
}

template <typename Record>
std::string formatFile(const char* header, const std::vector<Record>& records,
                       std::string (*formatRow)(const Record&)) {
  std::string text = std::string(header) + "\n";
  for (const Record& record : records) {
    text += formatRow(record);
  }
  return text;
}

}  // namespace

CsvField::CsvField(const std::string& text) {
  if (text.find_first_of(",\"\r\n") == std::string::npos) {
    text_ = text;
    return;
  }
  text_ = "\"";
  for (const char c : text) {
    text_ += c == '"' ? std::string("\"\"") : std::string(1, c);
  }
  text_ += '"';
}

CsvField::CsvField(const char* text) : CsvField(std::string(text)) {}

CsvField::CsvField(double value) {
  // Nine significant digits round-trip a float exactly and keep the files readable.
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.9g", value);
  text_ = buffer;
}

std::string formatCsvLine(const CsvRow& fields) {
  std::string line;
  for (std::size_t i = 0; i < fields.size(); ++i) {
    if (i > 0) {
      line += ',';
    }
    line += fields[i].text();
  }
  line += '\n';
  return line;
}

std::string formatCsv(const CsvRow& header, const std::vector<CsvRow>& rows) {
  std::string text = formatCsvLine(header);
  for (const CsvRow& row : rows) {
    text += formatCsvLine(row);
  }
  return text;
}

std::string formatLossRow(const LossRecord& r) {
  return formatCsvLine({r.step, r.wallSeconds, r.learner, r.loss});
}

std::string formatEvalRow(const EvalRecord& r) {
  return formatCsvLine({r.step, r.learner, r.trainFamily, r.testFamily, r.shots, r.metric,
                        r.value, r.ciLow, r.ciHigh, r.nTasks});
}

std::string formatStageRow(const StageRecord& r) {
  return formatCsvLine({r.step, r.learner, r.dims, r.points});
}

std::string formatTrainCsv(const std::vector<LossRecord>& records) {
  return formatFile(kTrainCsvHeader, records, formatLossRow);
}

std::string formatEvalCsv(const std::vector<EvalRecord>& records) {
  return formatFile(kEvalCsvHeader, records, formatEvalRow);
}

Result<std::vector<StageRecord>> parseStagesCsv(const std::string& text,
                                                const std::string& source) {
  return parseLines<StageRecord>(
      text, source, kStagesCsvHeader, [](const std::vector<std::string>& f, StageRecord& r) {
        return f.size() == 4 && toInt(f[0], r.step) && !(r.learner = f[1]).empty() &&
               toInt(f[2], r.dims) && toInt(f[3], r.points);
      });
}

Result<std::vector<LossRecord>> parseTrainCsv(const std::string& text, const std::string& source) {
  return parseLines<LossRecord>(
      text, source, kTrainCsvHeader, [](const std::vector<std::string>& f, LossRecord& r) {
        return f.size() == 4 && toInt(f[0], r.step) && toDouble(f[1], r.wallSeconds) &&
               !(r.learner = f[2]).empty() && toDouble(f[3], r.loss);
      });
}

Result<std::vector<EvalRecord>> parseEvalCsv(const std::string& text, const std::string& source) {
  return parseLines<EvalRecord>(
      text, source, kEvalCsvHeader, [](const std::vector<std::string>& f, EvalRecord& r) {
        if (f.size() != 10) {
          return false;
        }
        r.learner = f[1];
        r.trainFamily = f[2];
        r.testFamily = f[3];
        r.metric = f[5];
        return toInt(f[0], r.step) && toInt(f[4], r.shots) && toDouble(f[6], r.value) &&
               toDouble(f[7], r.ciLow) && toDouble(f[8], r.ciHigh) && toInt(f[9], r.nTasks) &&
               !r.learner.empty() && !r.metric.empty();
      });
}

namespace {

std::string formatGeneralisationRow(const GeneralisationRecord& r) {
  return formatCsvLine({r.checkpoint, r.testSet, r.testFamily, r.sigma, r.offset, r.learner,
                        r.shots, r.accuracy, r.ciLow, r.ciHigh, r.nTasks});
}

std::string formatProbeRow(const ProbeRecord& r) {
  return formatCsvLine({r.checkpoint, r.testSet, r.testFamily, r.sigma, r.offset, r.model,
                        r.reference, r.shots, r.agreement, r.chance, r.nTasks});
}

}  // namespace

std::string formatGeneralisationCsv(const std::vector<GeneralisationRecord>& records) {
  return formatFile(kGeneralisationCsvHeader, records, formatGeneralisationRow);
}

std::string formatProbeCsv(const std::vector<ProbeRecord>& records) {
  return formatFile(kProbeCsvHeader, records, formatProbeRow);
}

Result<std::vector<GeneralisationRecord>> parseGeneralisationCsv(const std::string& text,
                                                                 const std::string& source) {
  return parseLines<GeneralisationRecord>(
      text, source, kGeneralisationCsvHeader,
      [](const std::vector<std::string>& f, GeneralisationRecord& r) {
        if (f.size() != 11) {
          return false;
        }
        r.checkpoint = f[0];
        r.testSet = f[1];
        r.testFamily = f[2];
        r.learner = f[5];
        return !r.checkpoint.empty() && !r.testSet.empty() && !r.testFamily.empty() &&
               !r.learner.empty() && toDouble(f[3], r.sigma) && toDouble(f[4], r.offset) &&
               toInt(f[6], r.shots) && toDouble(f[7], r.accuracy) && toDouble(f[8], r.ciLow) &&
               toDouble(f[9], r.ciHigh) && toInt(f[10], r.nTasks);
      });
}

Result<std::vector<ProbeRecord>> parseProbeCsv(const std::string& text, const std::string& source) {
  return parseLines<ProbeRecord>(
      text, source, kProbeCsvHeader, [](const std::vector<std::string>& f, ProbeRecord& r) {
        if (f.size() != 11) {
          return false;
        }
        r.checkpoint = f[0];
        r.testSet = f[1];
        r.testFamily = f[2];
        r.model = f[5];
        r.reference = f[6];
        return !r.checkpoint.empty() && !r.testSet.empty() && !r.testFamily.empty() &&
               !r.model.empty() && !r.reference.empty() && toDouble(f[3], r.sigma) &&
               toDouble(f[4], r.offset) && toInt(f[7], r.shots) && toDouble(f[8], r.agreement) &&
               toDouble(f[9], r.chance) && toInt(f[10], r.nTasks);
      });
}

}  // namespace icl::core
