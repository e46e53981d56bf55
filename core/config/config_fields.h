#pragma once
// One description per config key (#9): its key path, type, allowed values and help text, bound
// to its RunConfig member. Reading, writing and range checks of RunConfig, `--set` and the
// README's config reference all walk this table, so a new key is one entry in config_fields.cpp
// or meta_config_fields.cpp (plus its member with its default). The window's form still has its
// own, translated tooltips and narrower ranges (to come from here with issue #11).

#include <cstdint>
#include <limits>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "core/config/run_config.h"

namespace icl::core {

enum class FieldType {
  Integer, Unsigned, Number, Boolean, Text, Choice, IntegerList, NumberList, ChoiceList
};

/// How a Number field is bounded. JSON has no NaN or infinity, but a config built in code can.
enum class NumberRange { Any, NonNegative, Positive };

struct ConfigField;

/// The link between a field and its RunConfig member (config_binding.h makes them).
class FieldBinding {
 public:
  virtual ~FieldBinding() = default;
  virtual void read(const ConfigField& field, const nlohmann::json& value,
                    RunConfig& config) const = 0;
  virtual nlohmann::json write(const ConfigField& field, const RunConfig& config) const = 0;
  virtual void check(const ConfigField& field, const RunConfig& config) const = 0;
};

/// @brief One config key. Ranges that involve other keys (train.start < task.N) are not here
/// but in validateAcrossFields (run_config_validate.cpp).
struct ConfigField {
  std::string key;  // JSON key path, "task.d"
  FieldType type = FieldType::Integer;
  std::string help;  // one line: the README's "meaning" column
  /// Set for the sections of one experiment: written and range-checked only when it is active.
  std::optional<Experiment> experiment;
  // Allowed values; the members that apply to the type (lists: to each item).
  int64_t minimum = std::numeric_limits<int64_t>::min();
  int64_t maximum = std::numeric_limits<int64_t>::max();
  NumberRange numberRange = NumberRange::Any;
  std::vector<std::string> choices;  // Choice, ChoiceList, and Text when it is restricted
  bool quoteChoices = true;          // messages say "dot" or "cosine"; family names go bare
  bool nonEmpty = false;             // lists
  bool uniqueItems = false;          // lists
  std::shared_ptr<const FieldBinding> binding;

  /// @brief Sets the member from @p value; throws ConfigError naming key, value and expectation.
  void read(const nlohmann::json& value, RunConfig& config) const;
  /// @brief The member as JSON (null for a mixture family missing from the map).
  nlohmann::json write(const RunConfig& config) const;
  /// @brief Throws ConfigError when the member is outside the field's range.
  void check(const RunConfig& config) const;
  /// @brief Whether the field is read, written and checked for @p active.
  bool appliesTo(Experiment active) const { return !experiment || *experiment == active; }
  /// @brief The allowed values in words, for the README ("1 to 1000", "> 0", "`dot`, `cosine`").
  std::string allowedText() const;
  /// @brief What a value must be, for messages ("expected a value >= 1").
  std::string choiceExpectation() const;
};

/// @brief Every config key in reading order: the classification keys, then regression.*, then
/// meta_meta.*.
const std::vector<ConfigField>& configFields();

/// @brief The field with this exact key path, or nullptr.
const ConfigField* findConfigField(std::string_view keyPath);

/// @brief Up to @p most known key paths close to @p keyPath (a typo, or the same last part in
/// another section), closest first; for "unknown key" messages.
std::vector<std::string> closeConfigKeys(std::string_view keyPath, std::size_t most = 4);

}  // namespace icl::core
