// The Generalisation and Probe tabs and the Evaluate action (issue #10): the real window,
// offscreen, on run folders whose evaluation files the test writes with core's CSV writer
// (known numbers in, the same numbers drawn), and the Evaluate action on the worker thread.
#include <QAction>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineSeries>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>

#include "core/evaluation/generalisation_results.h"
#include "core/store/csv.h"
#include "tests/core/support/run_helpers.h"
#include "tests/core/tiny_config.h"
#include "tests/ui/window_test_support.h"
#include "ui/evaluate_dialog.h"
#include "ui/evaluation_session.h"
#include "ui/experiment_panel.h"
#include "ui/generalisation_panel.h"
#include "ui/generalisation_views.h"
#include "ui/learner_style.h"
#include "ui/main_window.h"
#include "ui/probe_panel.h"
#include "ui/probe_table_model.h"
#include "ui/run_resumer.h"

namespace fs = std::filesystem;
using icl::core::GeneralisationRecord;
using icl::core::ProbeRecord;
using icl::ui::GeneralisationPanel;
using icl::ui::GeneralisationViews;
using icl::ui::MainWindow;
using icl::ui::ProbePanel;

namespace {

const std::vector<std::string> kLearners = {"icl",    "matchnet",     "protonet",   "cnp",
                                            "selection", "oracle", "nearest_mean", "cosine_vote"};
const std::vector<std::string> kReferences = {"matchnet", "protonet", "cnp", "nearest_mean",
                                              "cosine_vote"};
const std::vector<double> kSigmas = {1.0, 2.0, 4.0};
const std::vector<double> kOffsets = {0.0, 1.5};
const int kShots = 12;  // shots 0..11
constexpr int kEndTimeoutMs = 60000;
constexpr int kEngineTimeoutMs = 180000;  // a tiny run's evaluation takes seconds

/// A made-up accuracy, different for every argument and a multiple of 1/256, which the CSV
/// writer's text keeps exactly, so the test can compare what is drawn exactly.
double madeUpAccuracy(const std::string& checkpoint, const std::string& family,
                      std::size_t learner, double level, int shots, int tagSalt) {
  const int raw = 150 + 5 * static_cast<int>(learner) - static_cast<int>(8 * level) + shots +
                  (family == "sim" ? 2 : 0) + (checkpoint == "best" ? 1 : 0) + 3 * tagSalt;
  return std::clamp(raw, 0, 256) / 256.0;
}

double madeUpLow(double accuracy) { return std::max(0.0, accuracy - 10.0 / 256.0); }
double madeUpHigh(double accuracy) { return std::min(1.0, accuracy + 6.0 / 256.0); }

std::vector<GeneralisationRecord> madeUpAccuracyRows(int tagSalt) {
  std::vector<GeneralisationRecord> rows;
  const auto add = [&](const std::string& checkpoint, const std::string& set,
                       const std::string& family, double sigma, double offset) {
    for (std::size_t l = 0; l < kLearners.size(); ++l) {
      for (int k = 0; k < kShots; ++k) {
        GeneralisationRecord r;
        r.checkpoint = checkpoint;
        r.testSet = set;
        r.testFamily = family;
        r.sigma = sigma;
        r.offset = offset;
        r.learner = kLearners[l];
        r.shots = k;
        r.accuracy =
            madeUpAccuracy(checkpoint, family, l, set == "shift" ? sigma : offset, k, tagSalt);
        r.ciLow = madeUpLow(r.accuracy);
        r.ciHigh = madeUpHigh(r.accuracy);
        r.nTasks = 64;
        rows.push_back(r);
      }
    }
  };
  for (const std::string checkpoint : {"final", "best"}) {
    for (const std::string family : {"proto", "sim"}) {
      for (const double sigma : kSigmas) {
        add(checkpoint, "shift", family, sigma, 0.0);
      }
      for (const double offset : kOffsets) {
        add(checkpoint, "offset", family, 1.0, offset);
      }
    }
    add(checkpoint, "rad", "rad", 1.0, 0.0);
  }
  return rows;
}

/// Agreement of ICL with reference @p r: protonet highest on proto, nearest_mean on sim.
double madeUpAgreement(const std::string& family, std::size_t r, int shots) {
  const std::size_t best = family == "proto" ? 1 : 3;
  return (r == best ? 225 : 175 + 3 * static_cast<int>(r)) / 256.0 + shots / 256.0;
}

std::vector<ProbeRecord> madeUpProbeRows() {
  std::vector<ProbeRecord> rows;
  for (const std::string family : {"proto", "sim"}) {
    for (const double sigma : kSigmas) {
      for (std::size_t r = 0; r < kReferences.size(); ++r) {
        for (int k = 0; k < kShots; ++k) {
          ProbeRecord p;
          p.checkpoint = "final";
          p.testSet = "shift";
          p.testFamily = family;
          p.sigma = sigma;
          p.model = "icl";
          p.reference = kReferences[r];
          p.shots = k;
          p.agreement = madeUpAgreement(family, r, k) - (sigma - 1.0) / 64.0;
          p.chance = 512.0 / 1024.0 + static_cast<double>(r) / 64.0;
          p.nTasks = 64;
          rows.push_back(p);
        }
      }
    }
  }
  return rows;
}

bool writeText(const fs::path& path, const std::string& text) {
  std::ofstream out(path, std::ios::binary);
  out << text;
  return static_cast<bool>(out);
}

/// Writes the three files of one evaluation into @p dir, as the engine does (manifest last).
bool writeEvaluation(const fs::path& dir, const std::string& tag, int tagSalt, bool probe = true) {
  const icl::core::GeneralisationFiles files = icl::core::generalisationFiles(tag);
  return writeText(dir / files.accuracy,
                   icl::core::formatGeneralisationCsv(madeUpAccuracyRows(tagSalt))) &&
         (!probe || writeText(dir / files.probe, icl::core::formatProbeCsv(madeUpProbeRows()))) &&
         writeText(dir / files.manifest, "{\"tag\": \"" + tag + "\"}\n");
}

std::set<std::string> filesIn(const fs::path& dir) {
  std::set<std::string> names;
  for (const auto& entry : fs::recursive_directory_iterator(dir)) {
    names.insert(fs::relative(entry.path(), dir).string());
  }
  return names;
}

bool selectData(QComboBox* combo, const QVariant& data) {
  const int index = combo->findData(data);
  if (index < 0) {
    return false;
  }
  combo->setCurrentIndex(index);
  return true;
}

/// A copy of the trained run @p from in a fresh folder, for one test.
QString copyRun(const fs::path& from, QTemporaryDir& into) {
  const fs::path copy = fs::path(into.path().toStdString()) / "run";
  fs::copy(from, copy, fs::copy_options::recursive);
  return QString::fromStdString(copy.string());
}

/// The mean over every shot of the made-up accuracy, summed in the order of the rows.
double meanOverShots(const std::string& family, std::size_t learner, double level, int tagSalt) {
  double sum = 0.0;
  for (int k = 0; k < kShots; ++k) {
    sum += madeUpAccuracy("final", family, learner, level, k, tagSalt);
  }
  return sum / kShots;
}

QAction* menuAction(const MainWindow& window, const QString& objectName) {
  return window.findChild<QAction*>(objectName);
}

}  // namespace

class TestGeneralisationViews : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void initTestCase() {
    icl::test::WindowTestEnvironment::setUpApplication(QStringLiteral("tst_generalisation_views"));
    // One tiny trained classification run, copied by the tests that need a real folder.
    QVERIFY(trained_.isValid());
    const fs::path dir = fs::path(trained_.path().toStdString()) / "run";
    const auto result =
        icl::test::trainUntil(tinyRunConfig(), dir, /*stopAfterEvalStep=*/-1);
    QCOMPARE(result.status, icl::core::RunStatus::Completed);
    trainedRun_ = dir;
  }

  void init() { environment_.resetSettings(); }

  // #10: a folder without evaluations shows the hint and Evaluate is on.
  void runWithoutEvaluationsShowsTheHint() {
    QTemporaryDir dir;
    const QString run = copyRun(trainedRun_, dir);
    MainWindow window;
    QVERIFY(window.openRunFolder(run));
    GeneralisationViews* views = window.generalisationViews();
    GeneralisationPanel* panel = views->generalisationPanel();
    QVERIFY(!panel->hintLabel()->isHidden());
    QVERIFY2(panel->hintLabel()->text().contains(QStringLiteral("No evaluation yet")),
             qPrintable(panel->hintLabel()->text()));
    QVERIFY(panel->hintLabel()->text().contains(QStringLiteral("Evaluate…")));
    QVERIFY(views->probePanel()->hintLabel()->text().contains(QStringLiteral("No evaluation yet")));
    QVERIFY(panel->levelLearners().isEmpty());
    QVERIFY(panel->radLearners().isEmpty());
    QCOMPARE(views->probePanel()->model()->rowCount(), 0);
    QVERIFY(views->evaluateAction()->isEnabled());
    QVERIFY(panel->evaluateButton()->isEnabled());
    QVERIFY(menuAction(window, QStringLiteral("evaluateGeneralisationAction")) != nullptr);
    // The tabs are in the window, after Training.
    QCOMPARE(window.viewTabs()->indexOf(panel), 1);
    QCOMPARE(window.viewTabs()->indexOf(views->probePanel()), 2);
  }

  // #10 item 2: one curve per learner, the y values and bands at each sigma, per family.
  void curvesFollowTheRowsAndTheFamilySelector() {
    QTemporaryDir dir;
    const QString run = copyRun(trainedRun_, dir);
    QVERIFY(writeEvaluation(fs::path(run.toStdString()), "", 0));
    MainWindow window;
    QVERIFY(window.openRunFolder(run));
    GeneralisationPanel* panel = window.generalisationViews()->generalisationPanel();
    QVERIFY(panel->hintLabel()->isHidden());
    QVERIFY(panel->evaluationChoice()->isHidden());  // one evaluation: no selector
    QCOMPARE(panel->checkpointChoice()->currentData().toString(), QStringLiteral("final"));
    QCOMPARE(panel->testSetChoice()->currentData().toString(), QStringLiteral("shift"));
    QCOMPARE(panel->familyChoice()->currentData().toString(), QStringLiteral("proto"));
    QCOMPARE(panel->shotsChoice()->currentIndex(), 0);  // mean over shots
    QStringList expected;
    for (const std::string& learner : kLearners) {
      expected.append(QString::fromStdString(learner));
    }
    QCOMPARE(panel->levelLearners(), expected);

    const auto check = [&](const std::string& checkpoint, const std::string& family,
                           std::optional<int> shots) {
      for (std::size_t l = 0; l < kLearners.size(); ++l) {
        const QString learner = QString::fromStdString(kLearners[l]);
        const QVector<QPointF> line = panel->levelPoints(learner);
        const QVector<QPointF> upper = panel->levelPoints(learner, 1);
        const QVector<QPointF> lower = panel->levelPoints(learner, -1);
        QCOMPARE(line.size(), static_cast<int>(kSigmas.size()));
        for (std::size_t s = 0; s < kSigmas.size(); ++s) {
          double value = 0.0;
          double high = 0.0;
          double low = 0.0;
          int n = 0;
          for (int k = 0; k < kShots; ++k) {
            if (shots && k != *shots) {
              continue;
            }
            const double a = madeUpAccuracy(checkpoint, family, l, kSigmas[s], k, 0);
            value += a;
            high += madeUpHigh(a);
            low += madeUpLow(a);
            ++n;
          }
          // Sums of at most 12 multiples of 2^-8 below 12: exact in double, then one division.
          QCOMPARE(line[static_cast<int>(s)].x(), kSigmas[s]);
          QCOMPARE(line[static_cast<int>(s)].y(), value / n);
          QCOMPARE(upper[static_cast<int>(s)].y(), high / n);
          QCOMPARE(lower[static_cast<int>(s)].y(), low / n);
        }
      }
    };
    check("final", "proto", std::nullopt);
    QVERIFY(panel->bandNote().contains(QStringLiteral("mean of the per-shot 95\u00a0% Wilson bounds")));
    QVERIFY(selectData(panel->familyChoice(), QStringLiteral("sim")));
    check("final", "sim", std::nullopt);
    QVERIFY(selectData(panel->shotsChoice(), 5.0));
    check("final", "sim", 5);
    QVERIFY(panel->bandNote().contains(QStringLiteral("95\u00a0% Wilson intervals")));
    QVERIFY(selectData(panel->checkpointChoice(), QStringLiteral("best")));
    check("best", "sim", 5);
    // The offset sets: x = offset.
    QVERIFY(selectData(panel->testSetChoice(), QStringLiteral("offset")));
    const QVector<QPointF> offsets = panel->levelPoints(QStringLiteral("icl"));
    QCOMPARE(offsets.size(), static_cast<int>(kOffsets.size()));
    QCOMPARE(offsets[1].x(), kOffsets[1]);
    QCOMPARE(offsets[1].y(), madeUpAccuracy("best", "sim", 0, kOffsets[1], 5, 0));
  }

  // #10 item 3: the radial test, accuracy against shots for every learner with bands.
  void radialChartShowsEveryLearnerAgainstShots() {
    QTemporaryDir dir;
    const QString run = copyRun(trainedRun_, dir);
    QVERIFY(writeEvaluation(fs::path(run.toStdString()), "", 0));
    MainWindow window;
    QVERIFY(window.openRunFolder(run));
    GeneralisationPanel* panel = window.generalisationViews()->generalisationPanel();
    QCOMPARE(panel->radLearners().size(), static_cast<int>(kLearners.size()));
    for (std::size_t l = 0; l < kLearners.size(); ++l) {
      const QString learner = QString::fromStdString(kLearners[l]);
      const QVector<QPointF> line = panel->radPoints(learner);
      QCOMPARE(line.size(), kShots);
      for (int k = 0; k < kShots; ++k) {
        const double a = madeUpAccuracy("final", "rad", l, 0.0, k, 0);
        QCOMPARE(line[k], QPointF(k, a));
        QCOMPARE(panel->radPoints(learner, 1)[k].y(), madeUpHigh(a));
        QCOMPARE(panel->radPoints(learner, -1)[k].y(), madeUpLow(a));
      }
    }
    // Consistent colours: the chart's ICL line has ICL's colour everywhere.
    bool found = false;
    for (QAbstractSeries* series : panel->radChartView()->chart()->series()) {
      if (series->name() == QStringLiteral("ICL")) {
        found = true;
        QCOMPARE(static_cast<QLineSeries*>(series)->pen().color(),
                 icl::ui::learnerColor(QStringLiteral("icl")));
      }
    }
    QVERIFY(found);
    // The legend hides a learner's curves in both charts, and shows them again.
    auto* entry = panel->findChild<QCheckBox*>(QStringLiteral("legend-icl"));
    QVERIFY(entry != nullptr && entry->isChecked());
    const auto iclVisible = [](QChartView* view) {
      for (QAbstractSeries* series : view->chart()->series()) {
        if (series->name() == QStringLiteral("ICL")) {
          return series->isVisible();
        }
      }
      return false;
    };
    entry->setChecked(false);
    QVERIFY(!iclVisible(panel->radChartView()));
    QVERIFY(!iclVisible(panel->levelChartView()));
    entry->setChecked(true);
    QVERIFY(iclVisible(panel->radChartView()));
    QVERIFY(iclVisible(panel->levelChartView()));
  }

  // #10 item 4: the heat map holds the numbers; the sentence names the best reference.
  void probeHeatMapAndSentence() {
    QTemporaryDir dir;
    const QString run = copyRun(trainedRun_, dir);
    QVERIFY(writeEvaluation(fs::path(run.toStdString()), "", 0));
    MainWindow window;
    window.resize(1280, 800);
    QVERIFY(window.openRunFolder(run));
    ProbePanel* probe = window.generalisationViews()->probePanel();
    icl::ui::ProbeTableModel* model = probe->model();
    QCOMPARE(probe->familyChoice()->currentData().toString(), QStringLiteral("proto"));
    QCOMPARE(probe->levelChoice()->currentData().toDouble(), 1.0);  // the training sigma first
    QCOMPARE(model->rowCount(), static_cast<int>(kReferences.size()));
    // Shots 0..11: the key shots 0, 1, 2, 3, 5, 10 and the last, 11.
    QCOMPARE(model->columnCount(), 7);
    QCOMPARE(model->shotsAt(6), static_cast<int64_t>(11));
    for (int row = 0; row < model->rowCount(); ++row) {
      QCOMPARE(model->headerData(row, Qt::Vertical, Qt::DisplayRole).toString(),
               icl::ui::learnerDisplayName(QString::fromStdString(kReferences[static_cast<std::size_t>(row)])));
      for (int column = 0; column < model->columnCount(); ++column) {
        const int k = static_cast<int>(model->shotsAt(column));
        const double agreement = madeUpAgreement("proto", static_cast<std::size_t>(row), k);
        const double chance = 0.5 + row / 64.0;
        QCOMPARE(model->data(model->index(row, column), Qt::DisplayRole).toString(),
                 QStringLiteral("%1\n(%2)").arg(agreement, 0, 'f', 2).arg(chance, 0, 'f', 2));
      }
    }
    QCOMPARE(probe->selectedShots(), static_cast<int64_t>(10));
    const QString proto = probe->sentenceLabel()->text();
    QVERIFY2(proto.startsWith(QStringLiteral("On proto (σ = 1) at 10 shots ICL agrees most with "
                                             "ProtoNet: %1 (chance %2).")
                                  .arg(madeUpAgreement("proto", 1, 10), 0, 'f', 2)
                                  .arg(0.5 + 1 / 64.0, 0, 'f', 2)),
             qPrintable(proto));
    // The family selector: on sim the nearest class mean agrees most.
    QVERIFY(selectData(probe->familyChoice(), QStringLiteral("sim")));
    QVERIFY2(probe->sentenceLabel()->text().contains(
                 QStringLiteral("ICL agrees most with nearest class mean")),
             qPrintable(probe->sentenceLabel()->text()));
    // Clicking a column header describes that column.
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.viewTabs()->setCurrentWidget(probe);
    QHeaderView* header = probe->table()->horizontalHeader();
    const int column = model->columnOf(3);
    QVERIFY(column >= 0);
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {},
                      QPoint(header->sectionViewportPosition(column) + 10, header->height() / 2));
    QCOMPARE(probe->selectedShots(), static_cast<int64_t>(3));
    QVERIFY2(probe->sentenceLabel()->text().contains(QStringLiteral("at 3 shots")),
             qPrintable(probe->sentenceLabel()->text()));
    // Another sigma: other numbers in the cells.
    QVERIFY(selectData(probe->levelChoice(), 4.0));
    const double shifted = madeUpAgreement("sim", 3, 3) - 3.0 / 64.0;
    QVERIFY2(probe->sentenceLabel()->text().contains(
                 QStringLiteral("(σ = 4) at 3 shots ICL agrees most with nearest class mean: %1")
                     .arg(shifted, 0, 'f', 2)),
             qPrintable(probe->sentenceLabel()->text()));
    // All shots: one column per shot count.
    probe->allShotsChoice()->setChecked(true);
    QCOMPARE(model->columnCount(), kShots);
    // The colouring by agreement above chance changes the cells' colour.
    const QModelIndex cell = model->index(0, 0);
    const QVariant before = model->data(cell, Qt::BackgroundRole);
    probe->colouringChoice()->setCurrentIndex(1);
    QVERIFY(model->data(cell, Qt::BackgroundRole) != before);
  }

  // #10: several evaluations in a folder give a selector; both tabs follow it.
  void severalTagsGiveASelector() {
    QTemporaryDir dir;
    const QString run = copyRun(trainedRun_, dir);
    QVERIFY(writeEvaluation(fs::path(run.toStdString()), "", 0));
    QVERIFY(writeEvaluation(fs::path(run.toStdString()), "wide", 3, /*probe=*/false));
    MainWindow window;
    QVERIFY(window.openRunFolder(run));
    GeneralisationViews* views = window.generalisationViews();
    GeneralisationPanel* panel = views->generalisationPanel();
    QVERIFY(!panel->evaluationChoice()->isHidden());
    QCOMPARE(panel->evaluationChoice()->count(), 2);
    QCOMPARE(views->currentTag(), QString());
    QCOMPARE(panel->levelPoints(QStringLiteral("icl"))[0].y(), meanOverShots("proto", 0, 1.0, 0));
    // Choose "wide" as a user does (activated).
    panel->evaluationChoice()->setCurrentIndex(panel->evaluationChoice()->findData(QStringLiteral("wide")));
    Q_EMIT panel->evaluationChoice()->activated(panel->evaluationChoice()->currentIndex());
    QCOMPARE(views->currentTag(), QStringLiteral("wide"));
    QCOMPARE(views->probePanel()->evaluationChoice()->currentData().toString(), QStringLiteral("wide"));
    QCOMPARE(panel->levelPoints(QStringLiteral("icl"))[0].y(), meanOverShots("proto", 0, 1.0, 3));
    // That evaluation ran without the probe: the Probe tab says so.
    QVERIFY(views->probePanel()->hintLabel()->text().contains(QStringLiteral("without the probe")));
    QCOMPARE(views->probePanel()->model()->rowCount(), 0);
  }

  // #10 item 1: the Evaluate action runs the engine on the worker thread, shows progress and
  // reloads the views; a stand-in engine writes the files, as the real one does.
  void evaluateActionRunsOffTheGuiThreadAndReloads() {
    QTemporaryDir dir;
    const QString run = copyRun(trainedRun_, dir);
    MainWindow window;
    QVERIFY(window.openRunFolder(run));
    GeneralisationViews* views = window.generalisationViews();
    std::atomic<bool> offGuiThread{false};
    QThread* gui = QThread::currentThread();
    icl::core::GeneralisationRequest seen;
    views->evaluation()->setEngine([&](const fs::path& runDir,
                                       const icl::core::GeneralisationRequest& request,
                                       const icl::core::GeneralisationCallback& progress,
                                       const icl::core::RunControl*) {
      offGuiThread = QThread::currentThread() != gui;
      seen = request;
      for (int i = 1; i <= 3; ++i) {
        progress({i, 3, "shift sigma=" + std::to_string(i) + " proto (final)"});
      }
      writeEvaluation(runDir, request.tag, 0);
      icl::core::GeneralisationResults results;
      results.tag = request.tag;
      return icl::core::Result<icl::core::GeneralisationResults>::success(results);
    });
    QSignalSpy ended(views, &GeneralisationViews::evaluationEnded);
    QSignalSpy running(views, &GeneralisationViews::evaluatingChanged);
    views->evaluateAction()->trigger();
    auto* dialog = window.findChild<icl::ui::EvaluateDialog*>();
    QVERIFY(dialog != nullptr);
    QCOMPARE(dialog->tagEdit()->text(), QString());  // no evaluation yet: the untagged files
    dialog->sigmasEdit()->setText(QStringLiteral("1, 2 3"));
    dialog->accept();
    QVERIFY(ended.wait(kEndTimeoutMs));
    QCOMPARE(ended.first().at(1).toBool(), true);
    QVERIFY(offGuiThread.load());
    QCOMPARE(running.count(), 2);  // on, then off
    QCOMPARE(seen.overrides, std::vector<std::string>{"generalisation.sigmas=1,2,3"});
    QCOMPARE(seen.checkpoints, (std::vector<std::string>{"final", "best"}));
    QCOMPARE(views->generalisationPanel()->levelLearners().size(),
             static_cast<int>(kLearners.size()));
    QVERIFY(views->generalisationPanel()->hintLabel()->isHidden());
    QVERIFY(views->probePanel()->model()->rowCount() > 0);
    QVERIFY(views->evaluateAction()->isEnabled());
    QCOMPARE(window.resumer()->action()->isEnabled(), window.resumer()->reason().isEmpty());
    // A second evaluation proposes a free tag.
    views->evaluateAction()->trigger();
    auto dialogs = window.findChildren<icl::ui::EvaluateDialog*>();
    QVERIFY(!dialogs.isEmpty());
    QCOMPARE(dialogs.last()->tagEdit()->text(), QStringLiteral("2"));
    dialogs.last()->reject();
  }

  // Cancel ends the evaluation through RunControl::requestStop, with no error dialog.
  void cancelStopsTheEvaluation() {
    QTemporaryDir dir;
    const QString run = copyRun(trainedRun_, dir);
    MainWindow window;
    QVERIFY(window.openRunFolder(run));
    GeneralisationViews* views = window.generalisationViews();
    views->evaluation()->setEngine([](const fs::path&, const icl::core::GeneralisationRequest&,
                                      const icl::core::GeneralisationCallback& progress,
                                      const icl::core::RunControl* control) {
      progress({0, 10, "waiting"});
      while (!control->stopRequested()) {
        QThread::msleep(1);
      }
      return icl::core::Result<icl::core::GeneralisationResults>::failure("stopped");
    });
    QSignalSpy errors(&window, &MainWindow::errorShown);
    QSignalSpy ended(views, &GeneralisationViews::evaluationEnded);
    QSignalSpy running(views, &GeneralisationViews::evaluatingChanged);
    QVERIFY(views->evaluate({}));
    QCOMPARE(running.count(), 1);
    QVERIFY(!views->evaluateAction()->isEnabled());
    QVERIFY(!window.resumer()->action()->isEnabled());
    QVERIFY(!views->generalisationPanel()->cancelButton()->isHidden());
    QVERIFY(views->generalisationPanel()->hintLabel()->text().contains(
        QStringLiteral("Evaluating this run")));
    views->generalisationPanel()->cancelButton()->click();
    QVERIFY(ended.wait(kEndTimeoutMs));
    QCOMPARE(ended.first().at(1).toBool(), false);
    QCOMPARE(errors.count(), 0);
    QVERIFY(views->generalisationPanel()->hintLabel()->text().contains(
        QStringLiteral("No evaluation yet")));
    QVERIFY(views->generalisationPanel()->cancelButton()->isHidden());
    QVERIFY(views->evaluateAction()->isEnabled());
  }

  // An engine error: a dialog with its message, and the views stay as they were.
  void engineErrorShowsADialog() {
    QTemporaryDir dir;
    const QString run = copyRun(trainedRun_, dir);
    MainWindow window;
    QVERIFY(window.openRunFolder(run));
    GeneralisationViews* views = window.generalisationViews();
    views->evaluation()->setEngine([](const fs::path&, const icl::core::GeneralisationRequest&,
                                      const icl::core::GeneralisationCallback&,
                                      const icl::core::RunControl*) {
      return icl::core::Result<icl::core::GeneralisationResults>::failure(
          "checkpoints/icl-final.pt: not a checkpoint (truncated?)");
    });
    QSignalSpy errors(&window, &MainWindow::errorShown);
    QSignalSpy ended(views, &GeneralisationViews::evaluationEnded);
    const std::set<std::string> before = filesIn(fs::path(run.toStdString()));
    QVERIFY(views->evaluate({}));
    QVERIFY(ended.wait(kEndTimeoutMs));
    QCOMPARE(filesIn(fs::path(run.toStdString())), before);
    QCOMPARE(errors.count(), 1);
    QVERIFY2(errors.first().at(0).toString().contains(QStringLiteral("icl-final.pt")),
             qPrintable(errors.first().at(0).toString()));
    QVERIFY(views->generalisationPanel()->hintLabel()->text().contains(
        QStringLiteral("No evaluation yet")));
  }

  // The dialog checks what it can: an existing tag, sigma <= 0, a word for a number.
  void dialogRefusesBadFields() {
    QTemporaryDir dir;
    QVERIFY(writeEvaluation(fs::path(dir.path().toStdString()), "", 0));
    fs::create_directory(fs::path(dir.path().toStdString()) / "checkpoints");
    QVERIFY(writeText(fs::path(dir.path().toStdString()) / "checkpoints" / "icl-final.pt", "x"));
    icl::ui::EvaluateDialog dialog(dir.path());
    QVERIFY(dialog.finalChoice()->isChecked());
    QVERIFY(!dialog.bestChoice()->isEnabled());  // no best checkpoint in this folder
    QCOMPARE(dialog.tagEdit()->text(), QStringLiteral("2"));
    dialog.tagEdit()->clear();
    QVERIFY(dialog.validate().contains(QStringLiteral("untagged evaluation already")));
    dialog.tagEdit()->setText(QStringLiteral("a/b"));
    QVERIFY(dialog.validate().contains(QStringLiteral("tag 'a/b'")));
    dialog.tagEdit()->setText(QStringLiteral("x"));
    dialog.sigmasEdit()->setText(QStringLiteral("1, 0"));
    QVERIFY2(dialog.validate().contains(QStringLiteral("generalisation.sigmas: 0 must be > 0")),
             qPrintable(dialog.validate()));
    dialog.sigmasEdit()->setText(QStringLiteral("1, two"));
    QVERIFY(dialog.validate().contains(QStringLiteral("'two' is not a number")));
    dialog.sigmasEdit()->setText(QStringLiteral("0.5"));
    dialog.offsetsEdit()->setText(QStringLiteral("-1,1"));
    dialog.overridesEdit()->setText(QStringLiteral("generalisation.tasks_per_family=32; "));
    QCOMPARE(dialog.validate(), QString());
    const auto request = dialog.request();
    QCOMPARE(request.tag, std::string("x"));
    QCOMPARE(request.overrides,
             (std::vector<std::string>{"generalisation.sigmas=0.5", "generalisation.offsets=-1,1",
                                       "generalisation.tasks_per_family=32"}));
  }

  // #10 with the engine: Evaluate through the action on a tiny trained run, on the worker
  // thread, adds the three files and fills both tabs.
  void evaluatesATrainedRunThroughTheAction() {
    QTemporaryDir dir;
    const QString run = copyRun(trainedRun_, dir);
    const fs::path runDir(run.toStdString());
    MainWindow window;
    QVERIFY(window.openRunFolder(run));
    GeneralisationViews* views = window.generalisationViews();
    const std::set<std::string> before = filesIn(runDir);
    QSignalSpy errors(&window, &MainWindow::errorShown);
    QSignalSpy ended(views, &GeneralisationViews::evaluationEnded);
    QSignalSpy progress(views->evaluation(), &icl::ui::EvaluationSession::progressReady);
    QVERIFY(views->evaluateAction()->isEnabled());
    views->evaluateAction()->trigger();
    auto* dialog = window.findChild<icl::ui::EvaluateDialog*>();
    QVERIFY(dialog != nullptr);
    dialog->sigmasEdit()->setText(QStringLiteral("1, 3"));
    dialog->offsetsEdit()->setText(QStringLiteral("0, 2"));
    dialog->overridesEdit()->setText(
        QStringLiteral("generalisation.tasks_per_family=8; generalisation.families=proto,sim"));
    dialog->accept();
    QVERIFY(views->evaluation()->active());
    QVERIFY(ended.wait(kEngineTimeoutMs));
    QVERIFY2(ended.first().at(1).toBool(), qPrintable(window.lastError()));
    QCOMPARE(errors.count(), 0);
    QVERIFY(!progress.isEmpty());
    // The three files were added and nothing else changed in the set of files.
    std::set<std::string> expected = before;
    expected.insert({"generalisation.csv", "probe.csv", "generalisation.json"});
    QCOMPARE(filesIn(runDir), expected);
    GeneralisationPanel* panel = views->generalisationPanel();
    QVERIFY(panel->hintLabel()->isHidden());
    for (const QString& learner : {QStringLiteral("icl"), QStringLiteral("matchnet"),
                                   QStringLiteral("protonet"), QStringLiteral("cnp"),
                                   QStringLiteral("nearest_mean")}) {
      QVERIFY2(panel->levelLearners().contains(learner), qPrintable(learner));
      const QVector<QPointF> line = panel->levelPoints(learner);
      QCOMPARE(line.size(), 2);
      QCOMPARE(line[0].x(), 1.0);
      QCOMPARE(line[1].x(), 3.0);
      for (const QPointF& point : line) {
        QVERIFY(point.y() >= 0.0 && point.y() <= 1.0);
      }
    }
    QVERIFY(panel->radLearners().contains(QStringLiteral("selection")));
    QVERIFY(panel->radLearners().contains(QStringLiteral("oracle")));
    QCOMPARE(panel->radPoints(QStringLiteral("icl")).size(),
             static_cast<int>(tinyRunConfig().eval.length));
    ProbePanel* probe = views->probePanel();
    QVERIFY(probe->model()->rowCount() >= 3);
    QVERIFY2(probe->sentenceLabel()->text().startsWith(QStringLiteral("On proto (σ = 1) at ")),
             qPrintable(probe->sentenceLabel()->text()));
  }

  // #10 bad input: a corrupt checkpoint gets a dialog naming it, and no file is added.
  void corruptCheckpointShowsADialogAndAddsNothing() {
    QTemporaryDir dir;
    const QString run = copyRun(trainedRun_, dir);
    const fs::path runDir(run.toStdString());
    const fs::path checkpoint = runDir / "checkpoints" / "icl-final.pt";
    QVERIFY(fs::exists(checkpoint));
    fs::resize_file(checkpoint, fs::file_size(checkpoint) / 2);
    MainWindow window;
    QVERIFY(window.openRunFolder(run));
    GeneralisationViews* views = window.generalisationViews();
    const std::set<std::string> before = filesIn(runDir);
    QSignalSpy errors(&window, &MainWindow::errorShown);
    QSignalSpy ended(views, &GeneralisationViews::evaluationEnded);
    icl::core::GeneralisationRequest request;
    request.overrides = {"generalisation.tasks_per_family=8"};
    QVERIFY(views->evaluate(request));
    QVERIFY(ended.wait(kEngineTimeoutMs));
    QCOMPARE(ended.first().at(1).toBool(), false);
    QCOMPARE(errors.count(), 1);
    QVERIFY2(errors.first().at(0).toString().contains(QStringLiteral("icl-final.pt")),
             qPrintable(errors.first().at(0).toString()));
    auto* box = window.findChild<QMessageBox*>();
    QVERIFY(box != nullptr && box->isVisible());
    QCOMPARE(filesIn(runDir), before);
    QVERIFY(views->generalisationPanel()->hintLabel()->text().contains(
        QStringLiteral("No evaluation yet")));
  }

  // No evaluation while the window trains: Evaluate is off during a run and on after it.
  void evaluateIsOffWhileTraining() {
    MainWindow window;
    GeneralisationViews* views = window.generalisationViews();
    auto config = tinyRunConfig();
    config.train.steps = 1000000;
    config.train.evalEvery = 1000000;
    window.experimentPanel()->setConfig(config);
    QSignalSpy ended(&window, &MainWindow::runEnded);
    QVERIFY(window.startRun());
    QVERIFY(!views->evaluateAction()->isEnabled());
    QVERIFY2(views->evaluateBlockedReason().contains(QStringLiteral("training")),
             qPrintable(views->evaluateBlockedReason()));
    QVERIFY(views->generalisationPanel()->hintLabel()->text().contains(
        QStringLiteral("No evaluation yet")));
    window.stopAction()->trigger();
    QVERIFY(icl::test::waitForRunEnd(ended, kEndTimeoutMs).has_value());
    QVERIFY(views->evaluateAction()->isEnabled());
  }

  // Not a classification run, or a run training: Evaluate is off and says why.
  void evaluateIsOffWithoutAClassificationRun() {
    MainWindow window;
    GeneralisationViews* views = window.generalisationViews();
    QVERIFY(!views->evaluateAction()->isEnabled());
    QVERIFY(views->evaluateBlockedReason().contains(QStringLiteral("Open a classification run")));
    auto config = tinyRunConfig();
    config.experiment = icl::core::Experiment::Regression;
    views->setRunFolder(QStringLiteral("/nowhere"), config);
    QVERIFY(!views->evaluateAction()->isEnabled());
    QVERIFY(views->generalisationPanel()->hintLabel()->text().contains(
        QStringLiteral("classification runs")));
  }

 private:
  icl::test::WindowTestEnvironment environment_;
  QTemporaryDir trained_;
  fs::path trainedRun_;
};

QTEST_MAIN(TestGeneralisationViews)
#include "tst_generalisation_views.moc"
