#pragma once
// TEST-ONLY hooks for the kill -9 trials (tests/kill9): with the environment variable
// ICL_TEST_SLOW_MS=<ms> set, a run logs "test-hook: <phase> step <k>" to stderr at the start of
// every checkpoint write and evaluation and then sleeps <ms> ms there, so a SIGKILL can be
// aimed inside those windows; it also logs "test-hook: checkpoint-saved step <k>". Unset (the
// normal case) they do nothing.

#include <cstdint>

namespace icl::core {

/// @brief Logs the phase and sleeps when ICL_TEST_SLOW_MS is set; otherwise does nothing.
void testHookPause(const char* phase, int64_t step);

/// @brief Logs an event (no sleep) when ICL_TEST_SLOW_MS is set.
void testHookNote(const char* event, int64_t step);

}  // namespace icl::core
