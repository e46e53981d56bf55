#pragma once
// How the field table is written (config_fields.cpp, meta_config_fields.cpp): a FieldGroup
// stands for one JSON object ("task") and its C++ struct, and each call adds one key bound to a
// member. The codecs turn JSON into member values and check ranges; their messages name the key
// path, the value and what is expected. Internal to core/config.

#include <algorithm>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/config/config_fields.h"
#include "core/config/json_reader.h"

namespace icl::core {

/// @brief How a list of the field's choices is named: "\"curriculum\" and/or \"plain\"".
std::string choicePlural(const ConfigField& field);

// Codecs: decode (JSON -> value, type errors), encode (value -> JSON), check (range errors).
struct IntegerCodec {
  using Value = int64_t;
  Value decode(const ConfigField& field, const nlohmann::json& json, const std::string& path) const;
  nlohmann::json encode(const ConfigField& field, Value value) const;
  void check(const ConfigField& field, Value value, const std::string& path) const;
  std::string plural(const ConfigField& field) const;
};

struct UnsignedCodec {
  using Value = uint64_t;
  Value decode(const ConfigField& field, const nlohmann::json& json, const std::string& path) const;
  nlohmann::json encode(const ConfigField& field, Value value) const;
  void check(const ConfigField&, Value, const std::string&) const {}
};

struct NumberCodec {
  using Value = double;
  Value decode(const ConfigField& field, const nlohmann::json& json, const std::string& path) const;
  nlohmann::json encode(const ConfigField& field, Value value) const;
  void check(const ConfigField& field, Value value, const std::string& path) const;
  std::string plural(const ConfigField& field) const;
};

struct BooleanCodec {
  using Value = bool;
  Value decode(const ConfigField& field, const nlohmann::json& json, const std::string& path) const;
  nlohmann::json encode(const ConfigField& field, Value value) const;
  void check(const ConfigField&, Value, const std::string&) const {}
};

/// Free text, or one of field.choices when the field has any.
struct TextCodec {
  using Value = std::string;
  Value decode(const ConfigField& field, const nlohmann::json& json, const std::string& path) const;
  nlohmann::json encode(const ConfigField& field, const Value& value) const;
  void check(const ConfigField& field, const Value& value, const std::string& path) const;
  std::string plural(const ConfigField& field) const;
};

/// An enum written as one of field.choices; values_[i] is the value named choices[i].
template <typename E>
class EnumCodec {
 public:
  using Value = E;
  explicit EnumCodec(std::vector<E> values) : values_(std::move(values)) {}
  Value decode(const ConfigField& field, const nlohmann::json& json,
               const std::string& path) const {
    for (std::size_t i = 0; i < values_.size() && json.is_string(); ++i) {
      if (field.choices[i] == json.get<std::string>()) {
        return values_[i];
      }
    }
    failJsonValue(path, json, "expected " + field.choiceExpectation());
  }
  nlohmann::json encode(const ConfigField& field, Value value) const {
    const auto found = std::find(values_.begin(), values_.end(), value);
    return found == values_.end()
               ? "?"
               : field.choices[static_cast<std::size_t>(found - values_.begin())];
  }
  void check(const ConfigField&, Value, const std::string&) const {}
  std::string plural(const ConfigField& field) const { return choicePlural(field); }

 private:
  std::vector<E> values_;
};

/// A JSON array of items, each read and checked by the item codec under "key[i]".
template <typename ItemCodec>
class ListCodec {
 public:
  using Item = typename ItemCodec::Value;
  using Value = std::vector<Item>;
  explicit ListCodec(ItemCodec item = {}) : item_(std::move(item)) {}
  Value decode(const ConfigField& field, const nlohmann::json& json,
               const std::string& path) const {
    if (!json.is_array()) {
      failJsonValue(path, json, "expected a list of " + item_.plural(field));
    }
    Value values;
    for (std::size_t i = 0; i < json.size(); ++i) {
      const std::string itemPath = path + "[" + std::to_string(i) + "]";
      Item value = item_.decode(field, json[i], itemPath);
      if (field.uniqueItems && std::find(values.begin(), values.end(), value) != values.end()) {
        failJsonValue(itemPath, json[i], "expected " + field.choiceExpectation());
      }
      values.push_back(std::move(value));
    }
    return values;
  }
  nlohmann::json encode(const ConfigField& field, const Value& values) const {
    nlohmann::json list = nlohmann::json::array();
    for (const Item& value : values) {
      list.push_back(item_.encode(field, value));
    }
    return list;
  }
  void check(const ConfigField& field, const Value& values, const std::string& path) const {
    if (field.nonEmpty && values.empty()) {
      throw ConfigError(path + " = []: expected at least one entry");
    }
    for (std::size_t i = 0; i < values.size(); ++i) {
      item_.check(field, values[i], path + "[" + std::to_string(i) + "]");
    }
  }

 private:
  ItemCodec item_;
};

/// Where an owner struct sits inside a RunConfig, for reading (mutable) and writing (const).
template <typename Owner>
struct Reach {
  std::function<Owner&(RunConfig&)> get;
  std::function<const Owner&(const RunConfig&)> getConst;
};

/// A mixture weight: the map entry of one family (written only when present).
struct FamilyEntry {
  TaskFamily family;
};

template <typename Owner, typename T>
T* memberOf(Owner& owner, T Owner::*member) {
  return &(owner.*member);
}
template <typename Owner, typename T>
const T* memberOf(const Owner& owner, T Owner::*member) {
  return &(owner.*member);
}
inline double* memberOf(std::map<TaskFamily, double>& weights, FamilyEntry entry) {
  return &weights[entry.family];
}
inline const double* memberOf(const std::map<TaskFamily, double>& weights, FamilyEntry entry) {
  const auto found = weights.find(entry.family);
  return found == weights.end() ? nullptr : &found->second;
}

/// Binds a field to one member (Access: a pointer to member, or a FamilyEntry) of an Owner.
template <typename Owner, typename Access, typename Codec>
class MemberBinding final : public FieldBinding {
 public:
  MemberBinding(Reach<Owner> reach, Access access, Codec codec)
      : reach_(std::move(reach)), access_(access), codec_(std::move(codec)) {}
  void read(const ConfigField& field, const nlohmann::json& value,
            RunConfig& config) const override {
    *memberOf(reach_.get(config), access_) = codec_.decode(field, value, field.key);
  }
  nlohmann::json write(const ConfigField& field, const RunConfig& config) const override {
    const auto* value = memberOf(reach_.getConst(config), access_);
    return value ? codec_.encode(field, *value) : nlohmann::json();
  }
  void check(const ConfigField& field, const RunConfig& config) const override {
    if (const auto* value = memberOf(reach_.getConst(config), access_)) {
      codec_.check(field, *value, field.key);
    }
  }

 private:
  Reach<Owner> reach_;
  Access access_;
  Codec codec_;
};

/// @brief Inclusive bounds of an integer (or of each integer of a list).
struct IntRange {
  int64_t minimum = std::numeric_limits<int64_t>::min();
  int64_t maximum = std::numeric_limits<int64_t>::max();
};
inline IntRange atLeast(int64_t minimum) { return {minimum}; }
inline IntRange between(int64_t minimum, int64_t maximum) { return {minimum, maximum}; }

/// @brief The names an enum is written as, in the order the README lists them.
template <typename E>
struct EnumChoices {
  std::vector<std::pair<std::string, E>> options;
  bool quoted = true;
};

/// @brief Adds the fields of one JSON object, bound to the members of @p Owner.
template <typename Owner>
class FieldGroup {
 public:
  FieldGroup(std::vector<ConfigField>& fields, std::string prefix, Reach<Owner> reach,
             std::optional<Experiment> experiment = std::nullopt)
      : fields_(fields),
        prefix_(std::move(prefix)),
        reach_(std::move(reach)),
        experiment_(experiment) {}

  /// @brief The object at "prefix.key", bound to the member @p member.
  template <typename Sub>
  FieldGroup<Sub> group(const std::string& key, Sub Owner::*member,
                        std::optional<Experiment> experiment = std::nullopt) const {
    Reach<Owner> outer = reach_;
    Reach<Sub> inner{
        [outer, member](RunConfig& c) -> Sub& { return outer.get(c).*member; },
        [outer, member](const RunConfig& c) -> const Sub& { return outer.getConst(c).*member; }};
    return FieldGroup<Sub>(fields_, pathOf(key), std::move(inner),
                           experiment ? experiment : experiment_);
  }

  /// @brief A JSON object that has no struct of its own ("regression.eval"): same owner.
  FieldGroup<Owner> nested(const std::string& key) const {
    return FieldGroup<Owner>(fields_, pathOf(key), reach_, experiment_);
  }

  template <typename Access>
  void integer(const std::string& key, Access access, IntRange range, const std::string& help) {
    ConfigField& field = add(key, FieldType::Integer, help, access, IntegerCodec{});
    field.minimum = range.minimum;
    field.maximum = range.maximum;
  }
  template <typename Access>
  void unsignedInteger(const std::string& key, Access access, const std::string& help) {
    add(key, FieldType::Unsigned, help, access, UnsignedCodec{}).minimum = 0;
  }
  template <typename Access>
  void number(const std::string& key, Access access, NumberRange range, const std::string& help) {
    add(key, FieldType::Number, help, access, NumberCodec{}).numberRange = range;
  }
  template <typename Access>
  void boolean(const std::string& key, Access access, const std::string& help) {
    add(key, FieldType::Boolean, help, access, BooleanCodec{});
  }
  /// @brief Free text when @p choices is empty, else one of them.
  template <typename Access>
  void text(const std::string& key, Access access, std::vector<std::string> choices,
            const std::string& help) {
    ConfigField& field =
        add(key, choices.empty() ? FieldType::Text : FieldType::Choice, help, access, TextCodec{});
    field.choices = std::move(choices);
  }
  template <typename Access, typename E>
  void choice(const std::string& key, Access access, const EnumChoices<E>& names,
              const std::string& help) {
    auto [codec, choices] = split(names);
    ConfigField& field = add(key, FieldType::Choice, help, access, std::move(codec));
    field.choices = std::move(choices);
    field.quoteChoices = names.quoted;
  }
  template <typename Access>
  void integerList(const std::string& key, Access access, IntRange item, bool nonEmpty,
                   const std::string& help) {
    ConfigField& field = add(key, FieldType::IntegerList, help, access, ListCodec<IntegerCodec>{});
    field.minimum = item.minimum;
    field.maximum = item.maximum;
    field.nonEmpty = nonEmpty;
  }
  /// @brief A list of distinct numbers, each within @p item.
  template <typename Access>
  void numberList(const std::string& key, Access access, NumberRange item, bool nonEmpty,
                  const std::string& help) {
    ConfigField& field = add(key, FieldType::NumberList, help, access, ListCodec<NumberCodec>{});
    field.numberRange = item;
    field.nonEmpty = nonEmpty;
    field.uniqueItems = true;  // a repeated value would repeat rows under the same key
  }
  /// @brief A list of distinct names out of @p choices.
  template <typename Access>
  void textSet(const std::string& key, Access access, std::vector<std::string> choices,
               const std::string& help) {
    ConfigField& field = add(key, FieldType::ChoiceList, help, access, ListCodec<TextCodec>{});
    field.choices = std::move(choices);
    field.nonEmpty = true;
    field.uniqueItems = true;
  }
  template <typename Access, typename E>
  ConfigField& choiceList(const std::string& key, Access access, const EnumChoices<E>& names,
                          const std::string& help) {
    auto [codec, choices] = split(names);
    ConfigField& field =
        add(key, FieldType::ChoiceList, help, access, ListCodec<EnumCodec<E>>(std::move(codec)));
    field.choices = std::move(choices);
    field.quoteChoices = names.quoted;
    field.nonEmpty = true;
    return field;
  }
  /// @brief A field with a binding of its own (schemaVersion).
  ConfigField& custom(const std::string& key, FieldType type, const std::string& help,
                      std::shared_ptr<const FieldBinding> binding) {
    ConfigField field;
    field.key = pathOf(key);
    field.type = type;
    field.help = help;
    field.experiment = experiment_;
    field.binding = std::move(binding);
    fields_.push_back(std::move(field));
    return fields_.back();
  }

 private:
  std::string pathOf(const std::string& key) const {
    return prefix_.empty() ? key : prefix_ + "." + key;
  }
  template <typename Access, typename Codec>
  ConfigField& add(const std::string& key, FieldType type, const std::string& help, Access access,
                   Codec codec) {
    return custom(
        key, type, help,
        std::make_shared<MemberBinding<Owner, Access, Codec>>(reach_, access, std::move(codec)));
  }
  template <typename E>
  static std::pair<EnumCodec<E>, std::vector<std::string>> split(const EnumChoices<E>& names) {
    std::vector<E> values;
    std::vector<std::string> choices;
    for (const auto& [name, value] : names.options) {
      choices.push_back(name);
      values.push_back(value);
    }
    return {EnumCodec<E>(std::move(values)), std::move(choices)};
  }

  std::vector<ConfigField>& fields_;
  std::string prefix_;
  Reach<Owner> reach_;
  std::optional<Experiment> experiment_;
};

/// @brief The group of the whole RunConfig, to which the sections attach.
FieldGroup<RunConfig> rootGroup(std::vector<ConfigField>& fields);

/// The tables, one function per section file.
void addRunFields(std::vector<ConfigField>& fields);
void addRegressionFields(std::vector<ConfigField>& fields);
void addMetaMetaFields(std::vector<ConfigField>& fields);

}  // namespace icl::core
