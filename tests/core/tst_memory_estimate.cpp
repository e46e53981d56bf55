// A run too large for the machine is refused up front, naming the keys (#8): before, a
// batch of 10^8 tasks grew to 24 GB and was killed by the kernel with no message.
#include <QTemporaryDir>
#include <QtTest>

#include <sstream>

#include "app/cli/cli.h"
#include "core/config/run_config.h"
#include "core/training/memory_estimate.h"

using namespace icl::core;

namespace {

double term(const MemoryEstimate& estimate, const std::string& what) {
  for (const MemoryTerm& t : estimate.terms) {
    if (t.what == what) {
      return t.bytes;
    }
  }
  return 0.0;
}

RunConfig resolved(RunConfig config) {
  config.resolveDefaults();
  return config;
}

}  // namespace

class TestMemoryEstimate : public QObject {
  Q_OBJECT
 private Q_SLOTS:
  void upperBoundsNameTheKey_data() {
    QTest::addColumn<QString>("key");
    QTest::newRow("task.N") << "task.N";
    QTest::newRow("eval.N") << "eval.N";
    QTest::newRow("eval.tasks_per_family") << "eval.tasks_per_family";
    QTest::newRow("train.batch_size") << "train.batch_size";
    QTest::newRow("task.d") << "task.d";
    QTest::newRow("task.C") << "task.C";
  }
  void upperBoundsNameTheKey() {
    QFETCH(QString, key);
    RunConfig config;
    const int64_t huge = int64_t{1} << 40;
    if (key == "task.N") config.task.length = huge;
    if (key == "eval.N") config.eval.length = huge;
    if (key == "eval.tasks_per_family") config.eval.tasksPerFamily = huge;
    if (key == "train.batch_size") config.train.batchSize = huge;
    if (key == "task.d") config.task.d = huge;
    if (key == "task.C") config.task.classes = huge;
    const Status status = config.validate();
    QVERIFY(!status.ok());
    QVERIFY2(QString::fromStdString(status.error()).startsWith(key + " = "),
             status.error().c_str());
    QVERIFY2(status.error().find("expected a value <=") != std::string::npos,
             status.error().c_str());
  }

  void estimateGrowsWithEachSizeKey() {
    // Each key that sets a tensor's size moves its term in proportion: the batch and the test
    // set linearly; the LibTorch kernel keeps every prefix's pass (N^2 growth).
    const RunConfig base = resolved(RunConfig());
    const MemoryEstimate before = estimateRunMemory(base);
    RunConfig bigger = base;
    bigger.train.batchSize *= 100;
    QCOMPARE(term(estimateRunMemory(bigger), "training batch"),
             100.0 * term(before, "training batch"));
    bigger = base;
    bigger.eval.tasksPerFamily *= 100;
    QCOMPARE(term(estimateRunMemory(bigger), "test sets"), 100.0 * term(before, "test sets"));
    bigger = base;
    bigger.learners.icl.kernel = "torch";
    const double torchTerm = term(estimateRunMemory(bigger), "ICL activations (torch kernel)");
    QVERIFY(torchTerm > 0.0);
    QCOMPARE(term(before, "ICL activations (torch kernel)"), 0.0);  // fused: no such term
    bigger.task.length *= 4;
    QVERIFY(term(estimateRunMemory(bigger), "ICL activations (torch kernel)") >=
            15.99 * torchTerm);  // 4x the prefixes, each 4x as long
  }

  void aRunThatDoesNotFitIsRefusedNamingTheKeys() {
    RunConfig config = resolved(RunConfig());
    config.train.batchSize = 5'000'000;
    const MemoryEstimate estimate = estimateRunMemory(config);
    QCOMPARE(estimate.largest().what, std::string("training batch"));
    const Status refused = checkRunMemory(config, estimate.bytes / 2);
    QVERIFY(!refused.ok());
    for (const char* part : {"train.batch_size = 5000000", "task.N = 20", "is available",
                             "ICL_SKIP_MEMORY_CHECK"}) {
      QVERIFY2(refused.error().find(part) != std::string::npos, refused.error().c_str());
    }
    QVERIFY(checkRunMemory(config, estimate.bytes * 2).ok());
    QVERIFY(checkRunMemory(config, 0.0).ok());  // unknown memory: no check
  }

  void theDefaultRunsFitTheSmallestSupportedMachine() {
    // The presets this lab ships for the CPU must pass the check on a 4 GB machine.
    for (const char* preset : {"quick-mixture", "p2-mixture", "i1-curriculum", "i2-meta-meta"}) {
      std::ostringstream out;
      std::ostringstream err;
      QCOMPARE(icl::app::runCli({"config", "--preset", preset}, out, err), 0);
      const auto config = RunConfig::fromJsonText(out.str(), preset);
      QVERIFY2(config.ok(), config.error().c_str());
      const double bytes = estimateRunMemory(resolved(config.value())).bytes;
      QVERIFY2(bytes < 4e9, (std::string(preset) + ": " + formatBytes(bytes)).c_str());
    }
  }

  void outOfMemoryErrorsNameWhatToShrink() {
    // A CUDA out-of-memory error (this machine has no GPU: the message is LibTorch's wording)
    // and a failed CPU allocation get the largest part of the run and its keys appended.
    RunConfig config = resolved(RunConfig());
    config.train.batchSize = 200'000;
    for (const std::string message :
         {"CUDA out of memory. Tried to allocate 2.00 GiB (GPU 0; 79.11 GiB total capacity)",
          "[enforce fail at alloc_cpu.cpp:75] err == 0. DefaultCPUAllocator: can't allocate "
          "memory: you tried to allocate 96000000000 bytes."}) {
      const std::string explained = explainOutOfMemory(config, message);
      QVERIFY2(explained.rfind(message, 0) == 0, explained.c_str());
      QVERIFY2(explained.find("training batch: train.batch_size = 200000") != std::string::npos,
               explained.c_str());
    }
    const std::string other = "checkpoint x.pt: no such file";
    QCOMPARE(explainOutOfMemory(config, other), other);
  }

  void availableMemoryIsRead() {
    // /proc/meminfo exists on every Linux this lab supports.
    const double available = availableMemoryBytes();
    QVERIFY(available > 64e6);
  }

  void theCliRefusesBeforeCreatingTheFolder() {
    QTemporaryDir dir;
    const std::string out = dir.filePath(QStringLiteral("run")).toStdString();
    std::ostringstream stdOut;
    std::ostringstream stdErr;
    // About 80 TB of [b, n, n] similarities: more than any machine has.
    const int code = icl::app::runCli({"run", "--preset", "quick-mixture", "--set",
                                       "train.batch_size=5000000", "--set", "task.N=2000",
                                       "--out", out, "--quiet"},
                                      stdOut, stdErr);
    QCOMPARE(code, 2);
    QVERIFY2(stdErr.str().find("train.batch_size = 5000000") != std::string::npos,
             stdErr.str().c_str());
    QVERIFY(!QFileInfo::exists(QString::fromStdString(out)));
  }
};

QTEST_GUILESS_MAIN(TestMemoryEstimate)
#include "tst_memory_estimate.moc"
