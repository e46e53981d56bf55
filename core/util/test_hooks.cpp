#include "core/util/test_hooks.h"

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <thread>

namespace icl::core {

namespace {
long slowMilliseconds() {
  const char* value = std::getenv("ICL_TEST_SLOW_MS");
  return value == nullptr ? -1 : std::strtol(value, nullptr, 10);
}
}  // namespace

void testHookNote(const char* event, int64_t step) {
  if (slowMilliseconds() < 0) {
    return;
  }
  // stdio, unbuffered on stderr: the line is out before a kill can land.
  std::fprintf(stderr, "test-hook: %s step %lld\n", event, static_cast<long long>(step));
}

void testHookPause(const char* phase, int64_t step) {
  const long ms = slowMilliseconds();
  if (ms < 0) {
    return;
  }
  testHookNote(phase, step);
  std::this_thread::sleep_for(std::chrono::milliseconds(ms));
}

}  // namespace icl::core
