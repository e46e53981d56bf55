#pragma once
// GoogleTest predicates whose failure message shows the text that was searched.

#include <gtest/gtest.h>

#include <string>

namespace icl::test {

/// @brief EXPECT_TRUE(hasText(error, "task.d = 0")): passes when @p part occurs in @p text.
inline ::testing::AssertionResult hasText(const std::string& text, const std::string& part) {
  if (text.find(part) != std::string::npos) {
    return ::testing::AssertionSuccess();
  }
  return ::testing::AssertionFailure() << "expected to contain: \"" << part << "\"\n"
                                       << "           got: \"" << text << "\"";
}

/// @brief Passes when @p text starts with @p prefix.
inline ::testing::AssertionResult startsWith(const std::string& text, const std::string& prefix) {
  if (text.rfind(prefix, 0) == 0) {
    return ::testing::AssertionSuccess();
  }
  return ::testing::AssertionFailure() << "expected to start with: \"" << prefix << "\"\n"
                                       << "                   got: \"" << text << "\"";
}

}  // namespace icl::test

namespace icl::test {

/// Names each row of a parameterised test after its `row` field (letters and digits only).
struct RowName {
  template <typename Row>
  std::string operator()(const ::testing::TestParamInfo<Row>& param) const {
    return param.param.row;
  }
};

}  // namespace icl::test
