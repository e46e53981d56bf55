#include "core/config/config_binding.h"

#include <cmath>
#include <sstream>

namespace icl::core {
namespace {

template <typename T>
std::string str(T value) {
  std::ostringstream out;
  out << value;
  return out.str();
}

template <typename T>
[[noreturn]] void failRange(const std::string& path, T value, const std::string& expected) {
  throw ConfigError(path + " = " + str(value) + ": " + expected);
}

/// "a", "b" or "c" (quoted) / a, b, c (bare), with @p lastJoin before the last one.
std::string joinChoices(const ConfigField& field, const std::string& lastJoin) {
  std::string text;
  for (std::size_t i = 0; i < field.choices.size(); ++i) {
    const bool last = i + 1 == field.choices.size();
    text += i == 0 ? "" : (last && field.quoteChoices ? lastJoin : ", ");
    text += field.quoteChoices ? "\"" + field.choices[i] + "\"" : field.choices[i];
  }
  return text;
}

}  // namespace

void ConfigField::read(const nlohmann::json& value, RunConfig& config) const {
  binding->read(*this, value, config);
}

nlohmann::json ConfigField::write(const RunConfig& config) const {
  return binding->write(*this, config);
}

void ConfigField::check(const RunConfig& config) const { binding->check(*this, config); }

std::string ConfigField::choiceExpectation() const {
  if (choices.empty()) {
    return "each value at most once";  // a list of numbers with uniqueItems
  }
  const std::string choiceText =
      quoteChoices ? joinChoices(*this, " or ") : "one of " + joinChoices(*this, ", ");
  return uniqueItems ? choiceText + ", each at most once" : choiceText;
}

std::string choicePlural(const ConfigField& field) {
  return field.quoteChoices ? joinChoices(field, " and/or ")
                            : "names out of " + joinChoices(field, ", ");
}

std::string ConfigField::allowedText() const {
  std::string names;
  for (const std::string& choice : choices) {
    names += (names.empty() ? "`" : ", `") + choice + "`";
  }
  const bool hasMinimum = minimum != std::numeric_limits<int64_t>::min();
  const bool hasMaximum = maximum != std::numeric_limits<int64_t>::max();
  const std::string bounds = minimum == maximum         ? " " + str(minimum)
                             : hasMinimum && hasMaximum ? " " + str(minimum) + " to " + str(maximum)
                             : hasMinimum               ? " >= " + str(minimum)
                             : hasMaximum               ? " <= " + str(maximum)
                                                        : "";
  const std::string listRule =
      std::string(nonEmpty ? ", at least one" : "") + (uniqueItems ? ", each at most once" : "");
  switch (type) {
    case FieldType::Integer:
    case FieldType::Unsigned: return "integer" + bounds;
    case FieldType::Number:
      return numberRange == NumberRange::Positive      ? "number > 0"
             : numberRange == NumberRange::NonNegative ? "number >= 0"
                                                       : "number";
    case FieldType::NumberList:
      return (numberRange == NumberRange::Positive      ? "list of numbers > 0"
              : numberRange == NumberRange::NonNegative ? "list of numbers >= 0"
                                                        : "list of numbers") +
             listRule;
    case FieldType::Boolean: return "`true`, `false`";
    case FieldType::Text: return "text";
    case FieldType::Choice: return names;
    case FieldType::IntegerList: return "list of integers" + bounds + listRule;
    case FieldType::ChoiceList: return "list of " + names + listRule;
  }
  return "";
}

int64_t IntegerCodec::decode(const ConfigField&, const nlohmann::json& json,
                             const std::string& path) const {
  return readJsonInteger(json, path);
}

nlohmann::json IntegerCodec::encode(const ConfigField&, Value value) const { return value; }

void IntegerCodec::check(const ConfigField& field, Value value, const std::string& path) const {
  if (value < field.minimum) {
    failRange(path, value, "expected a value >= " + str(field.minimum));
  }
  if (value > field.maximum) {
    failRange(path, value, "expected a value <= " + str(field.maximum));
  }
}

std::string IntegerCodec::plural(const ConfigField&) const { return "integers"; }

uint64_t UnsignedCodec::decode(const ConfigField&, const nlohmann::json& json,
                               const std::string& path) const {
  return readJsonUnsigned(json, path);
}

nlohmann::json UnsignedCodec::encode(const ConfigField&, Value value) const { return value; }

double NumberCodec::decode(const ConfigField&, const nlohmann::json& json,
                           const std::string& path) const {
  return readJsonNumber(json, path);
}

nlohmann::json NumberCodec::encode(const ConfigField&, Value value) const { return value; }

void NumberCodec::check(const ConfigField& field, Value value, const std::string& path) const {
  if (field.numberRange == NumberRange::Positive && (!(value > 0.0) || !std::isfinite(value))) {
    failRange(path, value, "expected a finite number > 0");
  }
  if (field.numberRange == NumberRange::NonNegative && (!(value >= 0.0) || !std::isfinite(value))) {
    failRange(path, value, "expected a finite number >= 0");
  }
}

std::string NumberCodec::plural(const ConfigField&) const { return "numbers"; }

bool BooleanCodec::decode(const ConfigField&, const nlohmann::json& json,
                          const std::string& path) const {
  return readJsonBoolean(json, path);
}

nlohmann::json BooleanCodec::encode(const ConfigField&, Value value) const { return value; }

std::string TextCodec::decode(const ConfigField& field, const nlohmann::json& json,
                              const std::string& path) const {
  if (field.choices.empty()) {
    return readJsonString(json, path);
  }
  if (!json.is_string() || std::find(field.choices.begin(), field.choices.end(),
                                     json.get<std::string>()) == field.choices.end()) {
    failJsonValue(path, json, "expected " + field.choiceExpectation());
  }
  return json.get<std::string>();
}

nlohmann::json TextCodec::encode(const ConfigField&, const Value& value) const { return value; }

void TextCodec::check(const ConfigField& field, const Value& value, const std::string& path) const {
  if (!field.choices.empty() &&
      std::find(field.choices.begin(), field.choices.end(), value) == field.choices.end()) {
    failRange(path, "\"" + value + "\"", "expected " + field.choiceExpectation());
  }
}

std::string TextCodec::plural(const ConfigField& field) const { return choicePlural(field); }

FieldGroup<RunConfig> rootGroup(std::vector<ConfigField>& fields) {
  return FieldGroup<RunConfig>(
      fields, "",
      Reach<RunConfig>{[](RunConfig& config) -> RunConfig& { return config; },
                       [](const RunConfig& config) -> const RunConfig& { return config; }});
}

}  // namespace icl::core
